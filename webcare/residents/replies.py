"""The replies of the letterbox campaign or the web form, as a CSV file: residents and consent.

UTF-8 (a BOM is fine), comma- or semicolon-separated, with exactly this header:

    name,email,phone,postcode,house_number,addition,consent_link,
    consent_neighbourhood_email,consent_campaigns,method,given_at,evidence,notice_version

A consent column is `ja`/`nee` or `yes`/`no`; `given_at` is `YYYY-MM-DD` (a day in Europe/
Amsterdam); `method` is one of `reply_card`, `web_form`, `dm_keyword`, `phone`, `counter`
(or in Dutch: antwoordkaart, webformulier, bericht, telefoon, balie). A resident is found
again by e-mail address, else by name and address; a row creates or updates them. A "ja"
records the consent (replacing an older one for the purpose); a "nee" withdraws a consent
that was given. A row that cannot be used is skipped and reported with its line number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from webcare.residents import consents, profiles, validation
from webcare.residents.errors import InvalidValue, NotFound, ResidentError
from webcare.residents.values import ReplyImportReport, ReplyLineError, ResidentInput
from webcare.residents.vocabulary import ConsentMethod, ConsentStatus, Purpose, Source
from webcare.storage.models import DigitaalAdres, Partij

HEADER = (
    "name",
    "email",
    "phone",
    "postcode",
    "house_number",
    "addition",
    "consent_link",
    "consent_neighbourhood_email",
    "consent_campaigns",
    "method",
    "given_at",
    "evidence",
    "notice_version",
)
PURPOSE_COLUMNS = {
    "consent_link": Purpose.LINK_SOCIAL,
    "consent_neighbourhood_email": Purpose.NEIGHBOURHOOD_EMAIL,
    "consent_campaigns": Purpose.CAMPAIGNS,
}
ANSWERS = {"ja": True, "yes": True, "nee": False, "no": False}
METHODS = {
    **{m.value: m for m in ConsentMethod},
    "antwoordkaart": ConsentMethod.REPLY_CARD,
    "webformulier": ConsentMethod.WEB_FORM,
    "bericht": ConsentMethod.DM_KEYWORD,
    "telefoon": ConsentMethod.PHONE,
    "balie": ConsentMethod.COUNTER,
}
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MAX_ERRORS = 1000


@dataclass(frozen=True)
class Reply:
    line: int
    resident: ResidentInput
    answers: dict[Purpose, bool]
    method: ConsentMethod
    given_at: datetime
    evidence: str
    notice_version: str


class ReplyFileError(ResidentError):
    """The file cannot be read at all, or its header is not the expected one."""


def read(path: Path) -> tuple[list[list[str]], int]:
    """The rows of `path` after its header (and the size of the file, for progress)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReplyFileError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReplyFileError(f"{path.name} is not UTF-8 (byte {exc.start})") from exc
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [cell.strip().lower() for cell in next(reader, [])]
    if tuple(header) != HEADER:
        raise ReplyFileError(f"the header must be exactly: {','.join(HEADER)}")
    return [row for row in reader], len(raw)


def parse(rows: list[list[str]], errors: list[ReplyLineError]) -> Iterator[Reply]:
    """The usable rows; every other row adds a `ReplyLineError` (line 1 is the header)."""
    for offset, row in enumerate(rows):
        line = offset + 2
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(HEADER):
            errors.append(ReplyLineError(line, "row", "wrong_number_of_columns"))
            continue
        cells = dict(zip(HEADER, (cell.strip() for cell in row), strict=True))
        try:
            yield _reply(line, cells)
        except InvalidValue as exc:
            errors.append(ReplyLineError(line, exc.field, exc.code))


def _reply(line: int, cells: dict[str, str]) -> Reply:
    answers = {}
    for column, purpose in PURPOSE_COLUMNS.items():
        answer = ANSWERS.get(cells[column].lower())
        if answer is None:
            raise InvalidValue(column, "empty" if not cells[column] else "not_yes_or_no")
        answers[purpose] = answer
    method = METHODS.get(cells["method"].lower())
    if method is None:
        raise InvalidValue("method", "unknown")
    try:
        day = date.fromisoformat(cells["given_at"])
    except ValueError:
        raise InvalidValue("given_at", "not_a_date") from None
    given_at = datetime.combine(day, time(12), AMSTERDAM)
    if not cells["notice_version"]:
        raise InvalidValue("notice_version", "empty")
    number, letter, addition = "", "", cells["addition"]
    if cells["house_number"]:
        parsed, letter, own_addition = validation.split_house_number(cells["house_number"])
        number, addition = str(parsed), addition or own_addition
    resident = ResidentInput(
        name=cells["name"],
        email=cells["email"],
        phone=cells["phone"],
        postcode=cells["postcode"],
        house_number=number,
        house_letter=letter,
        addition=addition,
        source=Source(method.value),
    )
    profiles.normalise(resident)  # every field is checked before anything is written
    return Reply(
        line, resident, answers, method, given_at, cells["evidence"], cells["notice_version"]
    )


def find(session: Session, data: ResidentInput) -> Partij | None:
    """The resident this reply is from: by e-mail address, else by name and address."""
    values = profiles.normalise(data)
    if values.email:
        found = session.scalars(
            select(Partij)
            .join(DigitaalAdres, DigitaalAdres.partij_id == Partij.id)
            .where(func.lower(DigitaalAdres.adres) == values.email.lower())
        ).first()
        if found is not None:
            return found
    if values.postcode is None:
        return None
    return session.scalars(
        select(Partij).where(
            func.lower(Partij.naam) == values.name.lower(),
            Partij.postcode == values.postcode,
            Partij.huisnummer == values.house_number,
            Partij.huisletter == values.house_letter,
            Partij.huisnummertoevoeging == values.addition,
        )
    ).first()


def merged(existing: Partij, email: str, phone: str, data: ResidentInput) -> ResidentInput:
    """`data` with what the reply leaves empty taken from the profile (empty erases nothing)."""
    return ResidentInput(
        name=data.name or existing.naam,
        email=data.email or email,
        phone=data.phone or phone,
        postcode=data.postcode or existing.postcode or "",
        house_number=data.house_number or str(existing.huisnummer or ""),
        house_letter=data.house_letter if data.postcode else existing.huisletter,
        addition=data.addition if data.postcode else existing.huisnummertoevoeging,
        language=existing.voorkeurstaal,
        source=data.source,
    )


def apply(
    session: Session,
    reply: Reply,
    report: ReplyImportReport,
    *,
    by: str,
    now: datetime,
    audit: Callable[[str, int, dict[str, object]], None],
) -> None:
    """Create or update the resident of one reply, with its consents."""
    try:
        consents.notice(session, reply.notice_version)
    except NotFound:
        report.errors.append(ReplyLineError(reply.line, "notice_version", "unknown"))
        report.skipped += 1
        return
    partij = find(session, reply.resident)
    if partij is None:
        partij = profiles.create(session, reply.resident, now)
        report.created += 1
        audit("resident.created", partij.id, {"purpose": "edit", "line": reply.line})
    else:
        shown = profiles.profile(
            session, partij, now, masked=False, with_consultations=False, with_names=False
        )
        changed = profiles.update(
            session, partij, merged(partij, shown.email, shown.phone, reply.resident), now
        )
        report.updated += 1
        audit(
            "resident.changed",
            partij.id,
            {"purpose": "edit", "fields": changed, "line": reply.line},
        )
    for purpose, yes in reply.answers.items():
        given = consents.valid_consent(session, partij.id, purpose, now)
        if yes and (given is None or given.given_at < reply.given_at):
            consent = consents.give(
                session,
                partij.id,
                purpose,
                method=reply.method,
                given_at=reply.given_at,
                evidence_ref=reply.evidence,
                notice_version=reply.notice_version,
                by=by,
                now=now,
            )
            report.consents_given += 1
            audit(
                "consent.given",
                partij.id,
                {"consent_id": consent.id, "purpose": "edit", "consent_purpose": purpose.value},
            )
        elif not yes and _given(session, partij.id, purpose):
            result = consents.withdraw(
                session, partij.id, purpose, method=reply.method, by=by, now=now
            )
            report.consents_withdrawn += 1
            audit(
                "consent.withdrawn",
                partij.id,
                {
                    "consent_id": result.consent_id,
                    "purpose": "edit",
                    "consent_purpose": purpose.value,
                    "unlinked": list(result.unlinked),
                },
            )


def _given(session: Session, partij_id: int, purpose: Purpose) -> bool:
    last = consents.latest(session, partij_id, purpose)
    return last is not None and last.status == ConsentStatus.GIVEN
