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
    """A raw item as JSON for quarantine: readable, and storable even when it is broken."""
    text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
    if _SURROGATE.search(text):
        # Escaped, the payload is still exactly what the platform sent, and it is ASCII.
        return json.dumps(raw, ensure_ascii=True, sort_keys=True, default=str)
    return text
