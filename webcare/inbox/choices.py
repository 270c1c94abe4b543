"""What the inbox's filter boxes and tag menu offer: the accounts and the team's labels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from webcare.storage.models import Account, Tag
from webcare.vocabulary import Platform


@dataclass(frozen=True)
class AccountChoice:
    id: int
    platform: Platform
    name: str
    handle: str


@dataclass(frozen=True)
class TagChoice:
    id: int
    name: str


@dataclass(frozen=True)
class FilterChoices:
    """What the filter boxes offer."""

    accounts: tuple[AccountChoice, ...]
    tags: tuple[TagChoice, ...]


def filter_choices(session: Session) -> FilterChoices:
    accounts = tuple(
        AccountChoice(row.id, row.platform, row.name, row.handle)
        for row in session.execute(
            select(Account.id, Account.platform, Account.name, Account.handle).order_by(
                Account.platform, Account.name
            )
        )
    )
    tags = tuple(
        TagChoice(row.id, row.name)
        for row in session.execute(select(Tag.id, Tag.name).order_by(Tag.name))
    )
    return FilterChoices(accounts, tags)
