"""Simulated residents: a deterministic stream of Dutch mentions, replies and direct messages.

The same seed gives the same sequence of authors, texts and thread choices (given the same
state to react to), so a test or a demo can be replayed exactly. The pool and the texts are
chosen to exercise what a webcare inbox must survive: diacritics, a right-to-left name, a
display name with HTML in it, emoji, `&` and `<` in text, URLs, newlines and a post close to
X's 280-character weighted limit.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Resident:
    """A simulated resident's X identity."""

    id: str
    username: str
    name: str
    location: str | None = None


RESIDENTS: tuple[Resident, ...] = (
    Resident("1001", "jandevries", "Jan de Vries", "Voorbeeld-Noord"),
    Resident("1002", "fatima_elamrani", "Fatima El Amrani", "Centrum"),
    Resident("1003", "zoe_bakker", "Zoë Bakker"),
    Resident("1004", "cagla_yilmaz", "Çağla Yılmaz", "De Hoven"),  # noqa: RUF001 (a Turkish dotless i)
    Resident("1005", "m_alaoui", "محمد العلوي"),
    Resident("1006", "jan_html", "<b>Jan</b>"),
    Resident("1007", "lotte_tulp", "Lotte 🌷 Janssen"),
    Resident("1008", "sjoerd_hoekstra", "Sjoerd Hoekstra", "Westerdorp"),
    Resident("1009", "rene_smeets", "René Smeets"),
    Resident("1010", "priya_ramdin", "Priya Ramdin", "Centrum"),
    Resident("1011", "bram_fietst", "Bram 🚲 de Boer"),
    Resident("1012", "gijs_vanthof", "Gijs van 't Hof"),
)

STREETS = (
    "Dorpsstraat", "Kerkweg", "Molenlaan", "Stationsplein", "Beatrixlaan", "Julianastraat",
    "'t Achterom", "Prinses Irenestraat", "Ooievaarshof",
)  # fmt: skip

MENTIONS = (
    "Wanneer wordt de groene container aan de {street} geleegd? Staat al {n} dagen vol.",
    "Afval & grofvuil: mag een oude bank bij het grofvuil, of moet ik naar de milieustraat?",
    "De lantaarnpaal bij {street} {n} is al twee weken kapot. Het is 's avonds echt donker.",
    "Lantaarnpaal kapot, zie foto: https://example.org/meldingen/{n}?straat={street}",
    "Ik krijg een parkeerboete terwijl mijn vergunning gewoon geldig is. Hoe maak ik bezwaar?",
    "Goedemorgen,\nDe parkeerautomaat op het {street} doet het niet.\nWie kan helpen?",
    "Mijn paspoort verloopt over {n} weken. Kan ik nog vóór de zomer een afspraak maken?",
    "Wachttijd bij de balie was <10 minuten, top! Maar mijn paspoort is nog niet klaar.",
    "Mijn WOZ-waarde is met {n}% gestegen, klopt dat wel? Ik wil bezwaar maken.",
    "Hoe lang duurt het voordat mijn aanvraag voor bijstand is behandeld? Ik wacht al {n} weken.",
    "Koningsdag vrijmarkt 🎉🇳🇱 mag ik een kraam zetten op de {street}?",
    "Komt er dit jaar weer een zomerfestival in het park? #evenementen",
    "Er zit een enorm gat in de weg op de {street}, mijn fietswiel is kapot 😡 #wegwerkzaamheden",
    "Waarom wordt de {street} alwéér opengebroken? Dit is de derde keer dit jaar…",
    "Bedankt voor het snel ophalen van het grofvuil gisteren 👍",
    "سؤال over de WOZ-beschikking: klopt de waarde van mijn huis aan de {street} wel?",
    "Is de milieustraat op zaterdag open? En kan ik daar ook met een aanhanger <750 kg terecht?",
    "Kunnen jullie iets doen aan de hangjongeren bij het {street}? Elke avond herrie tot 01:00.",
    "Beste gemeente, ik woon aan de Molenlaan en sinds de werkzaamheden in maart staat het "
    "water bij elke bui tot aan de voordeur. De put is verstopt, mijn melding van {n} weken "
    "geleden is nog steeds niet opgepakt en niemand belt terug. Wat moet ik nu nog doen?",
)  # the last one is close to 280 weighted characters with the @handle in front

FOLLOW_UPS = (
    "Nog een aanvulling: het gaat om nummer {n}.",
    "Is hier al iets mee gedaan? Ik heb nog niets gehoord.",
    "Sorry, vergeten te zeggen: het is aan de kant van de {street}.",
)

REPLIES = (
    "Dank voor het snelle antwoord!",
    "Dat heb ik al geprobeerd, maar het formulier geeft een foutmelding.",
    "Oké, ik stuur jullie een DM met mijn adres.",
    "Top, dank je 🙏",
    "Dat klopt niet, de container is vandaag wéér niet geleegd.",
    "Kunt u dat nog eens uitleggen? Ik begrijp het niet & de website is onduidelijk.",
)

DMS = (
    "Hoi, ik woon aan de {street} {n}. Mijn container is niet geleegd.",
    "Hierbij mijn gegevens: {street} {n}, geboortedatum volgt. Kunt u mijn aanvraag checken?",
    "Dag, ik heb een vraag over de bijstand die ik niet publiek wil stellen.",
    "Mijn klantnummer is {n}. Wanneer hoor ik iets over mijn bezwaar?",
    "Dank jullie wel voor de hulp! 😊",
    "Regel 1 van mijn vraag\nRegel 2: <geen> idee & geen antwoord",
)

Kind = Literal["mention", "reply", "dm"]


@dataclass(frozen=True)
class Plan:
    """What a resident does next: `parent_id` is set for a reply."""

    kind: Kind
    resident: Resident
    text: str
    parent_id: str | None = None


class ResidentSimulator:
    """Draws residents' next actions from one seeded random generator.

    Args:
        seed: the same seed gives the same sequence.
        handle: the account's username, written at the start of mentions and replies.
    """

    def __init__(self, seed: int, handle: str) -> None:
        self._random = random.Random(seed)
        self._handle = handle

    def _fill(self, template: str) -> str:
        return template.format(street=self._random.choice(STREETS), n=self._random.randint(2, 60))

    def next(
        self,
        account_replies: Sequence[tuple[str, str]],
        resident_roots: Sequence[tuple[str, str]],
    ) -> Plan:
        """The next action.

        Args:
            account_replies: (post id, resident id) of the account's replies to residents,
                oldest first: a resident may answer one of them, continuing that thread.
            resident_roots: (post id, resident id) of residents' own top-level mentions,
                oldest first: without account replies a resident may add to one of them.
        """
        roll = self._random.random()
        if roll < 0.25 and (account_replies or resident_roots):
            if account_replies:
                parent_id, resident_id = self._random.choice(account_replies)
                template = self._random.choice(REPLIES)
            else:
                parent_id, resident_id = self._random.choice(resident_roots)
                template = self._random.choice(FOLLOW_UPS)
            resident = next(r for r in RESIDENTS if r.id == resident_id)
            return Plan("reply", resident, f"@{self._handle} {self._fill(template)}", parent_id)
        resident = self._random.choice(RESIDENTS)
        if roll < 0.75:
            text = f"@{self._handle} {self._fill(self._random.choice(MENTIONS))}"
            return Plan("mention", resident, text)
        return Plan("dm", resident, self._fill(self._random.choice(DMS)))
