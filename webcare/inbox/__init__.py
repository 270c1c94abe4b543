"""The inbox: ingest of inbound items, the reply outbox, and the agents' services."""
