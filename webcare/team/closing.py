"""The days a municipal webcare team is closed: the paid holidays of the Cao Gemeenten.

The Netherlands' holidays come from the well-kept `holidays` package (its `NL` calendar knows
Easter, Ascension, Whitsun and Koningsdag's move to Saturday 26 April when the 27th is a
Sunday). The municipal rules go on top: the Cao Gemeenten gives Bevrijdingsdag (5 May) as a
paid day off every year from 2024 (before that only in lustrum years, the package's PUBLIC
category), and Good Friday is a normal working day for municipal staff. Dates the team closes
on besides (a collective closure between Christmas and New Year) are data, kept with the
policy (`webcare.team.store`), never code.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

GOOD_FRIDAY = "Goede vrijdag"
LIBERATION_DAY = "Bevrijdingsdag"
LIBERATION_DAY_EVERY_YEAR_FROM = 2024  # Cao Gemeenten 2023, art. 6.6


@functools.cache
def municipal_holidays(year: int) -> Mapping[date, str]:
    """The paid holidays of the Cao Gemeenten in `year`, with their Dutch names.

    Imported on first use: the package takes a tenth of a second to load, which the desktop
    spends on its database thread (see `webcare.team.policy.Policy.warm`), not at start.
    """
    from holidays import country_holidays
    from holidays.constants import OPTIONAL, PUBLIC

    found = dict(country_holidays("NL", years=year, categories=PUBLIC, language="nl"))
    if year >= LIBERATION_DAY_EVERY_YEAR_FROM:
        optional = country_holidays("NL", years=year, categories=OPTIONAL, language="nl")
        found.update((day, name) for day, name in optional.items() if name == LIBERATION_DAY)
    return MappingProxyType({day: name for day, name in found.items() if name != GOOD_FRIDAY})
