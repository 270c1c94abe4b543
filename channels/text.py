"""Text from a platform made storable, and raw payloads kept for quarantine.

JSON may carry what no database column takes: a lone UTF-16 surrogate (`"\\ud83d"`, half an
emoji cut by a truncation) cannot be encoded as UTF-8, so SQLite refuses the whole batch, and
PostgreSQL refuses a NUL character in text. Either would fail every poll of the account on the
same item again. Both are replaced here, in the adapters, so that everything else a resident
wrote is stored exactly as written.
"""

from __future__ import annotations

import json
import re
from typing import Any

from webcare.channel import storable

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """`value` with lone surrogates replaced by U+FFFD and NUL characters removed (the core's
    `storable`, which ingest applies again to whatever any adapter hands over)."""
    return storable(value)


def dump_payload(raw: Any) -> str:
    """A raw item as JSON for quarantine: readable, and storable even when it is broken.

    Only what cannot be written as JSON at all (nested deeper than Python recurses) is kept as
    a note of what it was instead.
    """
    try:
        text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
        if _SURROGATE.search(text):
            # Escaped, the payload is still exactly what the platform sent, and it is ASCII.
            return json.dumps(raw, ensure_ascii=True, sort_keys=True, default=str)
    except (RecursionError, ValueError) as exc:
        return json.dumps({"unwritable": type(raw).__name__, "reason": type(exc).__name__})
    return text


def parse_json(body: bytes | str) -> Any:
    """JSON as a platform sent it, read defensively: a number of more digits than any id has
    stays text (Python refuses to make an int of thousands of digits, and would fail the whole
    page), so that one silly value costs its item only.

    Raises:
        ValueError: not JSON; RecursionError: nested deeper than Python recurses.
    """
    return json.loads(body, parse_int=_bounded_int)


def _bounded_int(digits: str) -> int | str:
    return int(digits) if len(digits) <= 40 else digits
