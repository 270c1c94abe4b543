"""Helpers the tests share: test data through the real ingest, the `webcare` command, the
sandbox's control API. Imported as `tests.helpers.…` (pytest's `pythonpath` holds the root)."""
