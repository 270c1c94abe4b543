"""Account credentials: in the OS keyring, or (where no keyring works) a private file.

Credentials never go into the database and never into a log line. The database holds only
`Account.credential_ref`, the key under which the credential is stored. Where the keyring has
no working backend (a headless server, a bare container) the credential goes into
`credentials.json` in the data folder, created with mode 0600, and the caller is warned.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from webcare import files
from webcare.errors import ConfigError, WebcareError

SERVICE = "webcare"
FALLBACK_FILE = files.CREDENTIALS_FILE

Credential = str | dict[str, str]

_TOKEN = re.compile(r"[A-Za-z0-9._~+/=%:-]+")


class CredentialError(WebcareError):
    """A credential cannot be stored or found."""


class InvalidCredentialError(ConfigError):
    """What was given as a credential is not one (a usage error: exit code 2)."""


# No platform's token or key set comes near this; a megabyte on standard input is a mistake.
CREDENTIAL_MAX = 8_192


def parse_credential(raw: str) -> Credential:
    """A token, or a JSON object of OAuth keys (strings only)."""
    text = raw.strip()
    if not text:
        raise InvalidCredentialError("no credential given on standard input")
    if len(text) > CREDENTIAL_MAX:
        raise InvalidCredentialError(
            f"the credential is longer than {CREDENTIAL_MAX} characters; no platform's is"
        )
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidCredentialError(f"the credential is not valid JSON: {exc.msg}") from exc
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
        ):
            raise InvalidCredentialError("a JSON credential must be an object of non-empty strings")
        return dict(value)
    if not _TOKEN.fullmatch(text):
        raise InvalidCredentialError(
            "a token is one word of letters, digits and . _ ~ + / = % : - characters"
        )
    return text


def _encode(credential: Credential) -> str:
    return json.dumps(credential) if isinstance(credential, dict) else credential


def _decode(stored: str) -> Credential:
    return parse_credential(stored)


class CredentialStore:
    """Stores credentials by reference, in the keyring or the fallback file.

    Attributes:
        used_fallback: True once a credential went to (or came from) the fallback file.
    """

    _file_lock = threading.Lock()

    def __init__(self, data_dir: Path, *, use_keyring: bool = True) -> None:
        """`use_keyring=False` keeps credentials in the data folder only (the demo's
        throwaway sandbox tokens must not end up in the user's real keyring)."""
        self.fallback_path = data_dir / FALLBACK_FILE
        self.use_keyring = use_keyring
        self.used_fallback = False

    def save(self, ref: str, credential: Credential) -> None:
        encoded = _encode(credential)
        if self.use_keyring:
            try:
                keyring.set_password(SERVICE, ref, encoded)
                self._drop_from_file(ref)
                return
            except KeyringError:
                pass  # the caller warns: see `used_fallback`
        self.used_fallback = True
        with self._file_lock:
            stored = self._read_file()
            stored[ref] = encoded
            self._write_file(stored)

    def find(self, ref: str) -> Credential | None:
        """The stored credential, or None when there is none."""
        try:
            return self.load(ref)
        except CredentialError:
            return None

    def load(self, ref: str) -> Credential:
        value = None
        if self.use_keyring:
            try:
                value = keyring.get_password(SERVICE, ref)
            except KeyringError:
                value = None
        if value is None:
            with self._file_lock:
                value = self._read_file().get(ref)
            if value is not None:
                self.used_fallback = True
        if value is None:
            raise CredentialError(f"no stored credential for {ref}; add the account again")
        return _decode(value)

    def delete(self, ref: str) -> None:
        if self.use_keyring:
            try:
                keyring.delete_password(SERVICE, ref)
            except (PasswordDeleteError, KeyringError):
                pass
        self._drop_from_file(ref)

    def _drop_from_file(self, ref: str) -> None:
        with self._file_lock:
            stored = self._read_file()
            if ref in stored:
                del stored[ref]
                self._write_file(stored)

    def _read_file(self) -> dict[str, str]:
        try:
            files.tighten(self.fallback_path, files.FILE_MODE)
            data = json.loads(self.fallback_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, json.JSONDecodeError) as exc:
            raise CredentialError(f"cannot read {self.fallback_path}: {exc}") from exc
        if not isinstance(data, dict):
            raise CredentialError(f"{self.fallback_path} is not a JSON object")
        return {str(k): str(v) for k, v in data.items()}

    def _write_file(self, stored: dict[str, str]) -> None:
        files.private_folder(self.fallback_path.parent)
        temporary = self.fallback_path.with_suffix(".tmp")
        # Created with 0600 from the start: the secret is never readable by others.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(stored, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.fallback_path)
