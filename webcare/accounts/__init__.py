"""Connected platform accounts: registration, credentials and health."""
