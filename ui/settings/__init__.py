"""Settings and information about this installation."""
