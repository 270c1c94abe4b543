"""Comparing our copy of a sent text with the platform's copy of it.

Platforms rewrite some of what they store: X replaces every URL with a t.co link, and
normalises line endings. Reconciliation must still recognise its own reply.
"""

from __future__ import annotations

import re
import unicodedata

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The text with URLs replaced by a marker, whitespace collapsed, NFC-normalised."""
    text = unicodedata.normalize("NFC", text)
    text = _URL.sub("<url>", text)
    return _SPACE.sub(" ", text).strip()


def same_text(ours: str, theirs: str) -> bool:
    """Whether a platform's copy of a text is the text we sent."""
    return normalise(ours) == normalise(theirs)
