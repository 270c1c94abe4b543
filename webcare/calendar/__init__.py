"""The activation calendar: campaigns, posts per account, publishing on time, exactly once."""
