"""The access request's files (GDPR art. 15): `inzage.json` as collected, and `inzage.pdf`,
the same in plain Dutch for the resident to read (see `webcare.residents.access`)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from webcare.documents import Document, Heading, PageBreak, Paragraph, Table, write_pdf
from webcare.residents import validation
from webcare.residents.errors import ResidentError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PLATFORM_NL = {"x": "X", "facebook": "Facebook", "instagram": "Instagram"}
LANGUAGE_NL = {
    "nld": "Nederlands",
    "eng": "Engels",
    "deu": "Duits",
    "fra": "Frans",
    "tur": "Turks",
    "ara": "Arabisch",
    "pol": "Pools",
    "fry": "Fries",
    "pap": "Papiaments",
}


def _at(moment: datetime | None) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M") if moment else ""


def document(data: dict[str, Any]) -> Document:
    """The access request as a readable document in plain Dutch."""
    profile = data["profiel"]
    blocks: list[Any] = [
        Paragraph(
            "U vroeg welke gegevens de gemeente over u heeft. Hieronder staat alles wat in ons "
            "systeem voor webcare over u is vastgelegd. Het bestand inzage.json bevat "
            "dezelfde gegevens in een vorm die een computer kan lezen."
        ),
        Heading("Uw gegevens"),
    ]
    address = profile["adres"]
    rows = [
        ("Naam", profile["naam"]),
        ("E-mailadres", profile["e-mailadres"] or "-"),
        (
            "Telefoonnummer",
            validation.display_phone(profile["telefoonnummer"])
            if profile["telefoonnummer"]
            else "-",
        ),
        ("Adres", _address_line(address)),
        (
            "Buurt",
            f"{profile['buurt']} (wijk {profile['wijk']}, indeling {profile['indeling_jaar']})"
            if profile["buurt"]
            else "-",
        ),
        ("Voorkeurstaal", LANGUAGE_NL.get(profile["voorkeurstaal"], profile["voorkeurstaal"])),
    ]
    blocks.append(Table(("Gegeven", "Waarde"), tuple(rows)))
    if profile["bronnen"]:
        blocks.append(Heading("Waar komen deze gegevens vandaan?", 2))
        blocks.append(
            Table(("Gegeven", "Bron"), tuple((k, v) for k, v in profile["bronnen"].items()))
        )
    blocks.append(Heading("Toestemmingen"))
    if not data["toestemmingen"]:
        blocks.append(Paragraph("U gaf ons geen toestemming."))
    for consent in data["toestemmingen"]:
        blocks.append(Heading(consent["doel_omschrijving"], 2))
        lines = [
            f"Status: {consent['status']}",
            f"Gegeven op: {_at(_parse(consent['gegeven_op']))}, via {consent['manier']}",
        ]
        if consent["bewijs"]:
            lines.append(f"Bewijs: {consent['bewijs']}")
        if consent["ingetrokken_op"]:
            lines.append(f"Ingetrokken op: {_at(_parse(consent['ingetrokken_op']))}")
        elif consent["status"] == "gegeven":
            lines.append(f"Geldig tot: {_at(_parse(consent['vernieuwen_voor']))}")
        lines.append(f"Tekst die u zag: versie {consent['kennisgeving_versie']} (zie bijlage)")
        blocks.append(Paragraph("\n".join(lines)))
    blocks.append(Heading("Gekoppelde accounts"))
    accounts = data["gekoppelde_accounts"]
    blocks.append(
        Table(
            ("Platform", "Account", "Gecontroleerd op"),
            tuple(
                (
                    PLATFORM_NL.get(a["platform"], a["platform"]),
                    a["account"],
                    _at(_parse(a["gecontroleerd_op"])),
                )
                for a in accounts
            ),
        )
        if accounts
        else Paragraph("Er zijn geen accounts aan uw profiel gekoppeld.")
    )
    blocks.append(Heading("Gesprekken"))
    if not data["gekoppelde_gesprekken"]:
        blocks.append(Paragraph("Er zijn geen gesprekken aan uw profiel gekoppeld."))
    for conversation in data["gekoppelde_gesprekken"]:
        blocks.append(
            Heading(
                f"Gesprek {conversation['gesprek']} op "
                f"{PLATFORM_NL.get(conversation['platform'], conversation['platform'])}, "
                f"begonnen {_at(_parse(conversation['begonnen']))}",
                2,
            )
        )
        blocks.append(
            Table(
                ("Tijd", "Van", "Bericht"),
                tuple(
                    (_at(_parse(m["tijd"])), m["van"], m["tekst"])
                    for m in conversation["berichten"]
                ),
            )
        )
    blocks.append(Heading("Wie keek wanneer in uw profiel, en waarom"))
    blocks.append(
        Paragraph("Namen van medewerkers staan hier niet bij. U ziet wanneer en waarvoor.")
    )
    blocks.append(
        Table(
            ("Tijd", "Wat", "Waarvoor"),
            tuple(
                (_at(_parse(r["tijd"])), r["handeling"], r["doel"]) for r in data["raadplegingen"]
            ),
        )
    )
    blocks.append(Heading("Uitleg"))
    for item in data["toelichting"]:
        blocks.append(Heading(item["vraag"], 2))
        blocks.append(Paragraph(item["antwoord"]))
    seen: set[str] = set()
    for consent in data["toestemmingen"]:
        version = consent["kennisgeving_versie"]
        if version in seen:
            continue
        seen.add(version)
        blocks.append(PageBreak())
        blocks.append(Heading(f"Bijlage: de tekst die u zag (versie {version})"))
        blocks.append(Paragraph(consent["kennisgeving_tekst"]))
    made = _at(_parse(data["inzageverzoek"]["gemaakt_op"]))
    return Document(
        title="Inzage in uw gegevens",
        subtitle=f"Voor {profile['naam']}, gemaakt op {made}",
        blocks=tuple(blocks),
        language="nl",
        footer=f"Vertrouwelijk - inzageverzoek {made}",
        meta={"kenmerk": data["inzageverzoek"]["kenmerk"]},
    )


def _address_line(address: dict[str, Any] | None) -> str:
    if not address:
        return "-"
    addition = f" {address['toevoeging']}" if address["toevoeging"] else ""
    return (
        f"{validation.display_postcode(address['postcode'])} "
        f"{address['huisnummer']}{address['huisletter']}{addition}"
    )


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def write(data: dict[str, Any], out_dir: Path) -> tuple[Path, Path, int]:
    """Write `inzage.json` and `inzage.pdf` into `out_dir` (created, owner-only).

    Raises:
        ResidentError: the folder or the files cannot be written.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        json_path = out_dir / "inzage.json"
        pdf_path = out_dir / "inzage.pdf"
        partial = json_path.with_name("inzage.json.partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
        os.replace(partial, json_path)
        pages = write_pdf(document(data), pdf_path)
        os.chmod(pdf_path, 0o600)
    except OSError as exc:
        raise ResidentError(
            f"cannot write the access request to {out_dir}: {exc.strerror}"
        ) from exc
    return json_path, pdf_path, pages
