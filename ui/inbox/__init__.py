"""The agents' inbox."""
