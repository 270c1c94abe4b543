"""Normalising and validating what a resident tells us, with the libraries that know best.

E-mail addresses through `email-validator` (syntax, internationalised domains, normalised
form; no DNS look-up: the tool runs offline), phone numbers through `phonenumbers` (Google's
libphonenumber, Dutch numbers without a country code, stored as E.164), postcodes and house
numbers by the rules of PostNL and the BAG (municipal-context.md §2.1).
"""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from webcare.residents.errors import InvalidValue
from webcare.residents.vocabulary import Language

# 4 digits (not starting with 0), 2 letters; SA, SD and SS are never used.
POSTCODE = re.compile(r"^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$")
ADDITION = re.compile(r"^[0-9A-Z]{1,4}$")
ADDRESS_MAX = 80  # `adres` of a digitaal adres in Open Klant
NAME_MAX = 200
MAX_HOUSE_NUMBER = 99999
MASK = "*****"

LANGUAGE_ALIASES = {
    "nl": Language.DUTCH,
    "nld": Language.DUTCH,
    "dut": Language.DUTCH,
    "nederlands": Language.DUTCH,
    "dutch": Language.DUTCH,
    "en": Language.ENGLISH,
    "eng": Language.ENGLISH,
    "engels": Language.ENGLISH,
    "english": Language.ENGLISH,
    "de": Language.GERMAN,
    "fr": Language.FRENCH,
    "tr": Language.TURKISH,
    "ar": Language.ARABIC,
    "pl": Language.POLISH,
    "fy": Language.FRISIAN,
    "pap": Language.PAPIAMENTO,
}


def normalise_postcode(raw: str) -> str:
    """`1234 ab` -> `1234AB`.

    Raises:
        InvalidValue: not a Dutch postcode.
    """
    value = re.sub(r"\s+", "", raw or "").upper()
    if not value:
        raise InvalidValue("postcode", "empty")
    if not POSTCODE.match(value):
        raise InvalidValue("postcode", "invalid")
    return value


def display_postcode(postcode: str) -> str:
    """`1234AB` -> `1234 AB` (the way it is written on a letter)."""
    return f"{postcode[:4]} {postcode[4:]}" if len(postcode) == 6 else postcode


def normalise_house_number(raw: str | int) -> int:
    text = str(raw).strip()
    if not text:
        raise InvalidValue("house_number", "empty")
    if not text.isdigit() or not 1 <= int(text) <= MAX_HOUSE_NUMBER:
        raise InvalidValue("house_number", "invalid")
    return int(text)


def normalise_letter(raw: str | None) -> str:
    """A house letter: one letter, upper case; '' for none."""
    value = (raw or "").strip().upper()
    if value and not (len(value) == 1 and "A" <= value <= "Z"):
        raise InvalidValue("house_letter", "invalid")
    return value


def normalise_addition(raw: str | None) -> str:
    """A house-number addition (`huisnummertoevoeging`): up to 4 letters or digits."""
    value = re.sub(r"[\s-]+", "", raw or "").upper()
    if value and not ADDITION.match(value):
        raise InvalidValue("addition", "invalid")
    return value


def split_house_number(raw: str) -> tuple[int, str, str]:
    """`12`, `12a`, `12 A 2`, `12-bis` -> (number, letter, addition)."""
    match = re.match(r"^\s*(\d+)\s*([A-Za-z](?![A-Za-z0-9]))?[\s-]*([0-9A-Za-z]{0,4})\s*$", raw)
    if match is None:
        raise InvalidValue("house_number", "invalid")
    number = normalise_house_number(match.group(1))
    return number, normalise_letter(match.group(2)), normalise_addition(match.group(3))


def normalise_email(raw: str) -> str:
    """The normalised address (domain lower-cased and IDNA-checked); never looked up in DNS.

    Raises:
        InvalidValue: not an e-mail address, or longer than a digitaal adres holds.
    """
    value = (raw or "").strip()
    if not value:
        raise InvalidValue("email", "empty")
    try:
        normalised = validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidValue("email", "invalid", str(exc)) from exc
    if len(normalised) > ADDRESS_MAX:
        raise InvalidValue("email", "too_long")
    return normalised


def normalise_phone(raw: str, region: str = "NL") -> str:
    """The number in E.164 (`+31201234567`); a number without country code is Dutch.

    Raises:
        InvalidValue: not a valid phone number.
    """
    value = (raw or "").strip()
    if not value:
        raise InvalidValue("phone", "empty")
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidValue("phone", "invalid", str(exc)) from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue("phone", "invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """A stored number as people write it: `020 123 4567` at home, `+32 …` abroad."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def normalise_name(raw: str) -> str:
    value = " ".join((raw or "").split())
    if not value:
        raise InvalidValue("name", "empty")
    if len(value) > NAME_MAX:
        raise InvalidValue("name", "too_long")
    return value


def normalise_language(raw: str | None) -> Language:
    value = (raw or "").strip().lower()
    if not value:
        return Language.DUTCH
    if value in LANGUAGE_ALIASES:
        return LANGUAGE_ALIASES[value]
    try:
        return Language(value)
    except ValueError:
        raise InvalidValue("language", "unknown") from None
