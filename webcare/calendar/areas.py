"""The neighbourhoods a campaign or post targets: CBS buurt and wijk codes.

Before a postcode table is imported (the residents' room, `webcare postcodes import`), they are
free text. Once one is, every code must be a buurt (`BU` and 8 digits) or wijk (`WK` and 6
digits) of that table; codes are kept upper-case, in the order given, without repeats.

The postcode table has no index on its area codes (its key is the address): a code found
stops at its first row, a code not found reads the table once. Campaigns and posts are saved
by hand, a few at a time, so that is paid per save, never per post shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from webcare.calendar.records import PostInvalid, Problem
from webcare.storage.models import PostcodeArea, PostcodeImport

CBS_CODE = re.compile(r"^(BU\d{8}|WK\d{6})$")


def kept(session: Session, codes: Iterable[str]) -> list[str]:
    """The codes as they are kept: trimmed, without repeats, upper-case once a table exists."""
    found = list(dict.fromkeys(code.strip() for code in codes if code.strip()))
    if found and _have_table(session):
        found = list(dict.fromkeys(code.upper() for code in found))
    return found


def problems(session: Session, codes: Iterable[str]) -> list[Problem]:
    """A `neighbourhood_unknown` problem per code the postcode table does not know (as typed)."""
    typed = list(dict.fromkeys(code.strip() for code in codes if code.strip()))
    if not typed or not _have_table(session):
        return []
    unknown = [code for code in typed if not _known(session, code.upper())]
    return [Problem("neighbourhood_unknown", None, code) for code in unknown]


def checked(session: Session, codes: Iterable[str]) -> list[str]:
    """The codes as they are kept.

    Raises:
        PostInvalid: a code that is no buurt or wijk of the postcode table.
    """
    found = problems(session, codes)
    if found:
        raise PostInvalid(found)
    return kept(session, codes)


def _have_table(session: Session) -> bool:
    return session.scalar(select(PostcodeImport.id).limit(1)) is not None


def _known(session: Session, code: str) -> bool:
    if CBS_CODE.match(code) is None:
        return False
    column = PostcodeArea.buurtcode if code.startswith("BU") else PostcodeArea.wijkcode
    return bool(session.scalar(select(exists().where(column == code))))
