"""Made-up Dutch texts of the kinds a municipality's webcare team reads and writes.

Residents ask about the things a municipality does (waste, permits, documents, roads, parking,
benefits, noise, greenery, participation), in the words residents use: greetings, streets and
neighbourhoods, dates, case numbers, complaints and thanks. Sentences are drawn from topic
banks with slots, so that the vocabulary has the long tail of real text (street names, house
numbers, times) beside the everyday words that occur in every tenth message. Lengths follow
the platforms: short on X (at most 280 characters), longer in Facebook comments and
direct messages.
"""

from __future__ import annotations

import random
from itertools import accumulate
from string import Formatter

FIRST_NAMES = [
    "Anouk", "Bram", "Daan", "Emma", "Fatima", "Gijs", "Hanna", "Ilse", "Jesse", "Kees",
    "Lotte", "Mohamed", "Noor", "Olivier", "Priya", "Rik", "Sanne", "Thijs", "Yara", "Zeynep",
    "Mila", "Luuk", "Sem", "Julia", "Ahmed", "Sophie", "Tim", "Eva", "Finn", "Lieke",
    "Joost", "Marieke", "Hüseyin", "Petra", "Wim", "Ria", "Dewi", "Kevin", "Naima", "Stijn",
    "Ingrid", "Bas", "Elif", "Ruud", "Linda", "Youssef", "Floor", "Henk", "Chantal", "Max",
    "Nina", "Jeroen", "Samira", "Koen", "Fenna", "Mehmet", "Tessa", "Arjen", "Romy", "Gerrit",
]  # fmt: skip
LAST_NAMES = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Yilmaz", "El Amrani", "Kaya", "Verhoeven", "Kramer",
    "van Dijk", "Koster", "Prins", "Huisman", "Post", "Kuipers", "van der Linden", "Schouten",
    "Boukhari", "Öztürk", "Willems", "Maas", "Postma", "van Wijk", "Jacobs", "Veenstra",
    "Sedney", "Tahiri", "de Haan", "Gerritsen", "Zwart", "Hoekstra", "Nijhuis", "Çelik",
]  # fmt: skip
STREETS = [
    "Westzijde", "Zuiddijk", "Vlietsingel", "Stationsstraat", "Kerkstraat", "Dorpsstraat",
    "Julianalaan", "Beatrixstraat", "Molenweg", "Parklaan", "Wilhelminastraat", "Rozengracht",
    "Hoogstraat", "Schoolstraat", "Nieuwstraat", "Oranjestraat", "Lindelaan", "Eikenlaan",
    "Vinkenweg", "Sluispolderweg", "Houtveldweg", "Peperstraat", "Czaar Peterstraat",
    "Provincialeweg", "Hemkade", "Prins Hendrikkade", "Zaandammerplein", "Vermiljoenweg",
    "Kogerveldweg", "Kalverringdijk", "Pelikaanweg", "Leeghwaterweg", "Bloemgracht",
]  # fmt: skip
PLACES = [
    "het station", "de bibliotheek", "het winkelcentrum", "de basisschool", "het gemeentehuis",
    "de sporthal", "het Darwinpark", "de speeltuin", "de markt", "het zwembad",
    "de bushalte", "de jachthaven", "het buurthuis", "de kinderboerderij", "de brug",
]  # fmt: skip
AREAS = [
    "Poelenburg", "Peldersveld", "Kogerveld", "Rosmolenwijk", "Westerwatering", "Oude Haven",
    "Assendelft", "Krommenie", "Wormerveer", "Zaandijk", "Koog aan de Zaan", "Westzaan",
]  # fmt: skip
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
GREETINGS = ["Hallo,", "Goedemorgen,", "Goedemiddag,", "Beste gemeente,", "Hoi,", "Hallo gemeente,"]
SIGN_OFFS = [
    "Alvast bedankt!", "Groet,", "Met vriendelijke groet,", "Graag een reactie.",
    "Dank je wel.", "Bedankt voor het meedenken.", "Hoor graag van jullie.",
]  # fmt: skip

# Topic banks: the first sentence opens a conversation, the rest are said later or beside it.
TOPICS: dict[str, list[str]] = {
    "afval": [
        "De container in de {street} is al {n} dagen niet geleegd.",
        "Er ligt grofvuil naast de glasbak bij {place}, wie ruimt dat op?",
        "Wanneer wordt het oud papier weer opgehaald in {area}?",
        "Mijn groene container is kapot, de deksel is eraf gebroken.",
        "De ondergrondse container bij nummer {house} zit vol en mensen zetten zakken ernaast.",
        "Het stinkt enorm bij de afvalbakken, de meeuwen halen alles open.",
        "Kan ik een extra container voor gft aanvragen?",
        "Wat zijn de openingstijden van de milieustraat op {day}?",
    ],
    "burgerzaken": [
        "Mijn paspoort verloopt volgende maand, kan ik online een afspraak maken?",
        "Kan ik mijn rijbewijs ook op {day} ophalen?",
        "Ik ben verhuisd naar de {street} {house}, hoe geef ik mijn nieuwe adres door?",
        "Hoe lang duurt het voordat mijn identiteitskaart klaar is?",
        "Ik heb een uittreksel uit de basisregistratie nodig voor mijn werkgever.",
        "Er zijn geen afspraken meer vrij voor een paspoort tot {n} weken, kan dat sneller?",
        "Mijn dochter moet een nieuw paspoort, moet ze zelf mee naar het gemeentehuis?",
    ],
    "openbare ruimte": [
        "Wanneer wordt de lantaarnpaal in de {street} gerepareerd? Het is 's avonds aardedonker.",
        "Ik heb een melding gedaan over een losliggende stoeptegel maar hoor niets.",
        "Er staan al weken fietswrakken bij {place}.",
        "De speeltuin aan de {street} heeft een kapotte schommel.",
        "Er zit een diep gat in de weg bij de kruising met de {street}, gevaarlijk voor fietsers.",
        "De bomen langs de {street} hangen over het fietspad, kan er gesnoeid worden?",
        "Het bankje in {place} is met graffiti beklad.",
        "Na de storm ligt er een grote tak op het voetpad in {area}.",
    ],
    "verkeer": [
        "Waarom is de {street} afgesloten? Er staat geen omleiding aangegeven.",
        "Er wordt veel te hard gereden in de {street}, kan er een drempel komen?",
        "Hoe vraag ik een parkeervergunning aan voor bewoners?",
        "Mijn parkeervergunning is verlopen maar ik kan hem niet verlengen op de website.",
        "Het verkeerslicht bij {place} staat al {n} dagen op knipperen.",
        "Er staat een auto zonder kenteken al weken voor nummer {house}.",
        "Waarom zijn er zo weinig laadpalen in {area}?",
    ],
    "vergunning": [
        "Mag ik een dakkapel plaatsen zonder vergunning?",
        "Ik wil een schutting van twee meter hoog, heb ik een omgevingsvergunning nodig?",
        "Hoe lang duurt de behandeling van mijn vergunningaanvraag nog?",
        "De buren bouwen een uitbouw, is daar een vergunning voor verleend?",
        "Kan ik een vergunning krijgen voor een straatfeest op {day} in de {street}?",
        "Ik wil een container voor de deur zetten tijdens de verbouwing, moet dat aangevraagd?",
    ],
    "inkomen": [
        "Mijn huurtoeslag klopt niet, waar kan ik terecht?",
        "Ik heb de bijzondere bijstand aangevraagd maar nog niets gehoord.",
        "Kom ik in aanmerking voor de energietoeslag?",
        "Waar vind ik het formulier voor kwijtschelding van de gemeentelijke belastingen?",
        "Mijn aanslag gemeentelijke belastingen is veel hoger dan vorig jaar, klopt dat wel?",
        "Kan ik de aanslag in termijnen betalen? Het gaat om {amount} euro.",
    ],
    "overlast": [
        "Kan de gemeente iets doen aan de geluidsoverlast van de bouwplaats in de {street}?",
        "Elke nacht hangt er een groep jongeren bij {place} met harde muziek.",
        "De buren stoken hun houtkachel de hele dag, mijn huis staat vol rook.",
        "Er zijn ratten gezien bij de containers in {area}.",
        "Sinds {day} staat er een bestelbus met draaiende motor voor nummer {house}.",
    ],
    "participatie": [
        "Wanneer komt de uitslag van de inspraakavond over het nieuwe park?",
        "Ik wil graag meedenken over de plannen voor het centrum, waar meld ik me aan?",
        "Komt er ook een bewonersavond over de nieuwbouw in {area}?",
        "Wat is er gedaan met de enquête over het groen in de wijk?",
        "Kan ik als bewoner meebeslissen over het buurtbudget van {area}?",
    ],
    "algemeen": [
        "Is het gemeentehuis open op Koningsdag?",
        "Ik bel al een uur maar kom er niet door.",
        "Waarom krijg ik geen antwoord op mijn mail van {day}?",
        "Waar kan ik terecht met een klacht over een medewerker?",
        "Hoe bereik ik de wijkagent van {area}?",
    ],
}
FOLLOW_UPS = [
    "Bedankt voor de snelle reactie!",
    "Ik heb het formulier ingevuld, maar krijg een foutmelding.",
    "Het probleem is nog steeds niet opgelost.",
    "Zie https://www.example.nl/melding/{case} voor de foto.",
    "Top, dan kom ik {day} langs.",
    "Kunt u mij ook per e-mail antwoorden?",
    "Het gaat om de {street} {house}, in {area}.",
    "Ik heb vorige week ook al gebeld, toen zeiden jullie dat het binnen {n} dagen klaar is.",
    "Dank je wel, dat is duidelijk.",
    "Ik heb nog geen bericht ontvangen. Hoe lang gaat het nog duren?",
    "Mijn melding heeft nummer {case}.",
    "Oké, ik wacht het af.",
    "Ik snap niet waarom dit zo lang moet duren, het is echt gevaarlijk.",
    "Fijn, bedankt voor het oplossen!",
    "Nee, er is nog niemand geweest.",
]  # fmt: skip
ANSWERS = [
    "Dank voor uw bericht. We hebben het doorgezet; u hoort binnen {n} werkdagen van ons.",
    "Goed dat u het meldt! U kunt een afspraak maken via onze website.",
    "Vervelend om te horen. Wilt u ons een privébericht sturen met het adres?",
    "De milieustraat is open van maandag tot en met zaterdag, van 8.00 tot 16.00 uur.",
    "Uw melding staat geregistreerd onder zaaknummer Z-{case}. Een collega neemt contact op.",
    "We hebben het nagevraagd bij de afdeling: de reparatie staat gepland voor {day}.",
    "Dank voor uw geduld. Het team buitenruimte gaat er deze week naar kijken.",
    "Een afspraak voor een paspoort of identiteitskaart maakt u via de website of via 14 075.",
    "Wat fijn dat het is opgelost! Fijne dag nog.",
    "Dat begrijpen we. We hebben uw vraag met voorrang doorgestuurd.",
    "Voor een omgevingsvergunning kijkt u eerst in het Omgevingsloket of een vergunning nodig is.",
    "Wilt u de melding doen via de app of de website? Dan kunnen we hem direct inplannen.",
]  # fmt: skip
NOTES = [
    "Doorgezet naar team buitenruimte, zaak Z-{case}.",
    "@{colleague} kun jij dit oppakken? Het gaat om {area}.",
    "Bewoner heeft vaker gemeld, zie eerdere gesprekken.",
    "Teruggebeld, bewoner is tevreden. Kan dicht na bevestiging.",
    "Navraag gedaan bij vergunningen, antwoord volgt {day}.",
]  # fmt: skip
TOPIC_NAMES = list(TOPICS)
# How often residents write about each topic (a municipality's webcare: waste and roads lead).
TOPIC_WEIGHTS = list(accumulate((22, 14, 20, 12, 6, 8, 7, 4, 7)))
_FIELDS: dict[str, list[str]] = {}  # the slots of each template, parsed once
LIMITS = {"x": 280, "facebook": 1200, "instagram": 1000}


class TextMaker:
    """Texts for one generated data set, reproducible from the random generator it holds."""

    def __init__(self, rnd: random.Random, colleagues: list[str] | None = None) -> None:
        self.rnd = rnd
        self.colleagues = colleagues or ["anna"]

    def _fill(self, template: str) -> str:
        fields = _FIELDS.get(template)
        if fields is None:
            fields = _FIELDS[template] = [f for _, f, _, _ in Formatter().parse(template) if f]
        if not fields:
            return template
        return template.format(**{name: self._slot(name) for name in fields})

    def _slot(self, name: str) -> str:
        r = self.rnd
        if name == "street":
            return r.choice(STREETS)
        if name == "place":
            return r.choice(PLACES)
        if name == "area":
            return r.choice(AREAS)
        if name == "day":
            return r.choice(DAYS)
        if name == "n":
            return str(r.randint(2, 21))
        if name == "house":
            return str(r.randint(1, 240))
        if name == "amount":
            return str(r.randint(3, 180) * 10)
        if name == "case":
            return f"{r.randint(2024, 2026)}-{r.randint(1000, 99999)}"
        return r.choice(self.colleagues)  # colleague

    def topic(self) -> str:
        return self.rnd.choices(TOPIC_NAMES, cum_weights=TOPIC_WEIGHTS)[0]

    def opening(self, topic: str, platform: str, direct: bool) -> str:
        """A resident's first message about `topic`."""
        r = self.rnd
        bank = TOPICS[topic]
        sentences = [self._fill(r.choice(bank))]
        longer = direct or platform != "x"
        for _ in range(
            r.choices([0, 1, 2, 3], cum_weights=(3, 7, 9, 10) if longer else (6, 9, 10, 10))[0]
        ):
            sentences.append(self._fill(r.choice(bank + FOLLOW_UPS)))
        if longer and r.random() < 0.5:
            sentences.insert(0, r.choice(GREETINGS))
        if longer and r.random() < 0.35:
            sentences.append(r.choice(SIGN_OFFS))
        if platform == "x" and r.random() < 0.6:
            sentences.insert(0, "@gemeente")
        return self._clip(" ".join(sentences), platform)

    def follow_up(self, topic: str, platform: str) -> str:
        r = self.rnd
        pool = FOLLOW_UPS if r.random() < 0.7 else TOPICS[topic]
        text = self._fill(r.choice(pool))
        if platform != "x" and r.random() < 0.3:
            text += " " + self._fill(r.choice(FOLLOW_UPS))
        return self._clip(text, platform)

    def answer(self, platform: str, first_name: str) -> str:
        r = self.rnd
        text = self._fill(r.choice(ANSWERS))
        if r.random() < 0.5:
            text = f"Hoi {first_name}, {text[0].lower()}{text[1:]}"
        if r.random() < 0.4:
            text += f" ^{r.choice(self.colleagues)[0].upper()}{r.choice('AEIOU')}"
        return self._clip(text, platform)

    def note(self) -> str:
        return self._fill(self.rnd.choice(NOTES))

    @staticmethod
    def _clip(text: str, platform: str) -> str:
        limit = LIMITS.get(platform, 1000)
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
