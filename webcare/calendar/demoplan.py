"""The demo's plan: two campaigns with a dozen posts over the coming weeks, made through the
calendar's desk like a planner's (so every check applies).

Among them: a weekly series, a post a minute ahead that really appears in the sandbox, one
whose image file went missing (the pre-flight flags it before its slot), and one that was
due yesterday with a deadline that has passed (the first sweep marks it missed, and the
calendar asks for a decision).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from webcare.calendar import timing
from webcare.calendar.desk import CalendarDesk
from webcare.calendar.records import CampaignDraft, ImageDraft, PostDraft, VariantDraft
from webcare.vocabulary import Platform

IMAGE_URL = "https://www.example.nl/gemeente/beelden/{name}.jpg"


def _wall(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def seed(
    sessions: sessionmaker[Session],
    user_id: int,
    accounts: dict[Platform, int],
    folder: Path,
) -> list[int]:
    """Plan the demo's posts; returns their ids."""
    now = datetime.now(UTC)
    desk = CalendarDesk(sessions, user_id)
    today = timing.local_of(now).wall.date()
    x, fb, ig = (accounts.get(p) for p in (Platform.X, Platform.FACEBOOK, Platform.INSTAGRAM))
    check = desk.save_campaign(
        CampaignDraft(
            "Check je gegevens",
            "Bewoners controleren en vullen hun gegevens aan vóór 1 maart",
            "#3465a4",
            today,
            today + timedelta(days=42),
            ("WK999901", "BU99990201"),
        )
    ).value
    evenings = desk.save_campaign(
        CampaignDraft(
            "Wijkavonden Oost",
            "Uitnodigen voor de wijkavonden en terugkoppelen wat er met de inbreng gebeurt",
            "#c64600",
            today - timedelta(days=3),
            today + timedelta(days=28),
            ("WK999902",),
        )
    ).value

    def variants(
        text: str, *targets: int | None, image: str | None = None
    ) -> tuple[VariantDraft, ...]:
        found = []
        for account in targets:
            if account is None:
                continue
            images: tuple[ImageDraft, ...] = ()
            if account in (ig, fb) and image:
                alt = "Bewoners in gesprek met een medewerker van de gemeente"
                images = (ImageDraft(alt, url=IMAGE_URL.format(name=image)),)
            found.append(VariantDraft(account, text, None, images))
        return tuple(found)

    made: list[int] = []

    def plan(draft: PostDraft, *, at: datetime | None = None) -> None:
        planner = desk if at is None else CalendarDesk(sessions, user_id, clock=lambda: at)
        made.append(planner.save_post(draft).value.id)

    soon = timing.local_of(now + timedelta(minutes=1, seconds=30)).wall.replace(
        second=0, microsecond=0
    )
    text = "Klopt uw adres nog? Controleer uw gegevens op gemeente.nl/gegevens #checkjegegevens"
    plan(PostDraft(text, soon, variants(text, x), campaign_id=check.id))
    weekly = "Elke maandag inloopspreekuur in het stadhuis, 09:00-11:00. Loop gerust binnen!"
    monday = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
    plan(
        PostDraft(
            weekly,
            _wall(monday, 9),
            variants(weekly, fb),
            campaign_id=check.id,
            recurrence="FREQ=WEEKLY;COUNT=8",
            neighbourhoods=("WK999901",),
        )
    )
    for days, hour, words, targets, image in (
        (
            2,
            10,
            "Nog niet gecontroleerd? Het kost twee minuten: gemeente.nl/gegevens",
            (x, fb),
            None,
        ),
        (
            5,
            12,
            "Zo controleert u uw gegevens: een korte uitleg in beeld #checkjegegevens",
            (ig, fb),
            "uitleg",
        ),
        (
            12,
            9,
            "Nog twee weken om uw gegevens te controleren #checkjegegevens",
            (x, fb, ig),
            "stadhuis",
        ),
        (26, 16, "Laatste week! Controleer uw gegevens vóór 1 maart", (x, fb), None),
    ):
        plan(
            PostDraft(
                words,
                _wall(today + timedelta(days=days), hour),
                variants(words, *targets, image=image),
                campaign_id=check.id,
            )
        )

    evening_day = today + timedelta(days=9)
    for before, hour, words in (
        (
            7,
            10,
            f"Over een week: wijkavond Oost in buurthuis De Linde, {evening_day:%d-%m} om "
            "19:30. Praat mee!",
        ),
        (1, 17, "Morgen wijkavond Oost in De Linde, 19:30. U bent welkom, aanmelden hoeft niet."),
        (0, 12, "Vanavond wijkavond Oost, 19:30 in De Linde. Tot straks!"),
    ):
        day = evening_day - timedelta(days=before)
        plan(
            PostDraft(
                words,
                _wall(day, hour),
                variants(words, x, fb, ig, image="wijkavond"),
                campaign_id=evenings.id,
                deadline=_wall(evening_day, 19, 30),
                neighbourhoods=("WK999902",),
            )
        )
    follow = "Wat er met uw inbreng gebeurt: het verslag van de wijkavond staat op gemeente.nl/oost"
    plan(
        PostDraft(
            follow,
            _wall(evening_day + timedelta(days=6), 11),
            variants(follow, fb),
            campaign_id=evenings.id,
            schedule=False,
        )
    )

    # Its image file goes missing after planning: the pre-flight flags it before the slot.
    missing = folder / "demo-affiche.jpg"
    missing.write_bytes(b"\xff\xd8\xff\xe0demo")
    words = "De affiche van de wijkavond: hang hem op in uw portiek!"
    poster = (ImageDraft("Affiche wijkavond Oost met datum en tijd", path=str(missing)),)
    plan(
        PostDraft(
            words,
            timing.local_of(now + timedelta(hours=20)).wall.replace(
                minute=0, second=0, microsecond=0
            ),
            (VariantDraft(fb, words, None, poster),) if fb else variants(words, x),
            campaign_id=evenings.id,
        )
    )
    missing.unlink()

    # Due yesterday, not to be published after yesterday noon: nothing ran, so it is missed.
    yesterday = today - timedelta(days=1)
    late = "Vanmiddag: inloop over de herinrichting van het Oosterplein, 14:00-16:00"
    plan(
        PostDraft(
            late,
            _wall(yesterday, 10),
            variants(late, x, fb),
            campaign_id=evenings.id,
            deadline=_wall(yesterday, 12),
        ),
        at=timing.resolve(_wall(yesterday, 9)).instant,
    )
    return made
