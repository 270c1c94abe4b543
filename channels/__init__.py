"""Platform adapters (tweepy, facebook-sdk) and the loopback sandbox. No Qt, no UI."""
