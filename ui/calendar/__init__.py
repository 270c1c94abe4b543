"""The publishing calendar."""
