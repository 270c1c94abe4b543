"""Credentials live in the keyring, or in a private file: never in the database or a log."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from webcare.accounts.credentials import (
    CredentialError,
    CredentialStore,
    InvalidCredentialError,
    parse_credential,
)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_tokens_and_oauth_keys_are_parsed() -> None:
    assert parse_credential("  abc123\n") == "abc123"
    keys = {
        "consumer_key": "a",
        "consumer_secret": "b",
        "access_token": "c",
        "access_token_secret": "d",
    }
    assert parse_credential(json.dumps(keys)) == keys


@pytest.mark.parametrize("raw", ["", "   \n", "two words", '{"a": 1}', "{not json", '["x"]'])
def test_unusable_credentials_are_refused(raw: str) -> None:
    with pytest.raises(InvalidCredentialError):
        parse_credential(raw)


def test_without_a_keyring_the_credential_goes_to_a_private_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = CredentialStore(tmp_path)
    with caplog.at_level(logging.DEBUG):
        store.save("x:4242", "s3cr3t-token")
    assert store.used_fallback  # the command that saved it warns the user
    assert stat.S_IMODE(store.fallback_path.stat().st_mode) == 0o600
    assert CredentialStore(tmp_path).load("x:4242") == "s3cr3t-token"
    assert "s3cr3t-token" not in caplog.text
    store.delete("x:4242")
    with pytest.raises(CredentialError):
        store.load("x:4242")


def test_with_a_keyring_nothing_is_written_to_disk(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = CredentialStore(tmp_path)
    store.save("facebook:99", {"page_token": "EAAG"})
    assert not store.fallback_path.exists()
    assert backend.store[("webcare", "facebook:99")] == '{"page_token": "EAAG"}'
    assert store.load("facebook:99") == {"page_token": "EAAG"}
