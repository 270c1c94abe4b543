"""Moderation of residents' comments on Facebook and Instagram, through the outbox's pattern."""
