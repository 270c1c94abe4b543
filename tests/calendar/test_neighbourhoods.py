"""A campaign's neighbourhoods: free text until the postcode table exists, then buurt and wijk
codes of that table; the calendar's neighbourhood filter finds a post by its campaign's codes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers.calendar import Env, draft, in_local
from webcare.calendar.records import CalendarFilter, CampaignDraft, PostDraft, PostInvalid
from webcare.residents.desk import ResidentsDesk
from webcare.storage.db import transaction
from webcare.users import ensure_user

DEMO_TABLE = Path(__file__).parents[2] / "resources" / "postcodes" / "demo_pc6hnr2025.csv"


def import_postcode_table(env: Env) -> None:
    with transaction(env.database.sessions) as session:
        admin = ensure_user(session, "beheer").id
    ResidentsDesk(env.database.sessions, admin).import_postcodes(DEMO_TABLE, lambda _d, _t: None)


def test_before_the_postcode_table_a_neighbourhood_is_free_text(env: Env) -> None:
    saved = env.desk().save_campaign(
        CampaignDraft("Wijkavond", neighbourhoods=(" Noord ", "Noord"))
    )
    assert saved.value.neighbourhoods == ("Noord",)


def test_with_the_postcode_table_only_its_buurt_and_wijk_codes_are_taken(env: Env) -> None:
    import_postcode_table(env)
    desk = env.desk()
    with pytest.raises(PostInvalid) as refused:
        desk.save_campaign(
            CampaignDraft("Wijkavond", neighbourhoods=("Noord", "WK999901", "WK123456"))
        )
    assert [(p.code, p.detail) for p in refused.value.problems] == [
        ("neighbourhood_unknown", "Noord"),
        ("neighbourhood_unknown", "WK123456"),
    ]
    saved = desk.save_campaign(
        CampaignDraft("Wijkavond", neighbourhoods=("wk999901", "BU99990201"))
    )
    assert saved.value.neighbourhoods == ("WK999901", "BU99990201")
    with pytest.raises(PostInvalid) as post_refused:
        desk.save_post(_with_areas(draft(env, in_local(60 * 24)), ("BU00000000",)))
    assert [p.code for p in post_refused.value.problems] == ["neighbourhood_unknown"]


def test_the_neighbourhood_filter_finds_a_post_by_its_campaigns_codes(env: Env) -> None:
    desk = env.desk()
    campaign = desk.save_campaign(CampaignDraft("Wijkavond Oost", neighbourhoods=("WK999902",)))
    planned = draft(env, in_local(60 * 24))
    post = desk.save_post(_with_campaign(planned, campaign.value.id)).value
    start, end = post.scheduled_at - timedelta(hours=1), post.scheduled_at + timedelta(hours=1)
    found = desk.posts(start, end, CalendarFilter(neighbourhoods=frozenset({"WK999902"})))
    assert [p.id for p in found] == [post.id]
    assert desk.posts(start, end, CalendarFilter(neighbourhoods=frozenset({"WK999901"}))) == []


def _with_areas(planned: PostDraft, codes: tuple[str, ...]) -> PostDraft:
    from dataclasses import replace

    return replace(planned, neighbourhoods=codes)


def _with_campaign(planned: PostDraft, campaign_id: int) -> PostDraft:
    from dataclasses import replace

    return replace(planned, campaign_id=campaign_id)
