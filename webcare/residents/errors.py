"""The residents room's typed errors: codes and values, never sentences for the interface."""

from __future__ import annotations

from webcare.errors import WebcareError
from webcare.residents.vocabulary import LinkBlock


class ResidentError(WebcareError):
    """Base of the room's errors."""


class NotFound(ResidentError):  # noqa: N818 - a lookup that found nothing, not a fault
    """No such resident, consent, code, notice or request."""

    def __init__(self, kind: str, key: object) -> None:
        super().__init__(kind, key)
        self.kind = kind
        self.key = key

    def __str__(self) -> str:
        return f"no {self.kind} {self.key}"


class InvalidValue(ResidentError):  # noqa: N818 - a refused value, not a fault
    """A value that cannot be stored: `field` names it, `code` says what is wrong.

    Attributes:
        code: e.g. "empty", "invalid", "too_long", "unknown".
        detail: the validating library's own reason, where it gave one.
    """

    def __init__(self, field: str, code: str, detail: str = "") -> None:
        super().__init__(field, code, detail)
        self.field = field
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        text = f"{self.field}: {self.code.replace('_', ' ')}"
        return f"{text} ({self.detail})" if self.detail else text


class LinkRefused(ResidentError):  # noqa: N818 - a refusal with its reason
    """The link is not allowed: no valid consent, or the identity is not verified."""

    def __init__(self, reason: LinkBlock) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot link: {self.reason.value.replace('_', ' ')}"


class ConsentRefused(ResidentError):  # noqa: N818 - a refusal with its reason
    """A consent action that does not apply (nothing given to withdraw, say)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"consent: {self.code.replace('_', ' ')}"


class PostcodeFileError(ResidentError):
    """A postcode file that cannot be read at all (its header, its encoding)."""
