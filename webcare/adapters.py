"""Finding the adapter for a platform through the `webcare.channels` entry points.

The core never imports `channels`; pyproject.toml maps each platform name to its adapter
class, and this module instantiates it for an account with its stored credential.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from webcare import entrypoints
from webcare.accounts.credentials import Credential, CredentialStore
from webcare.channel import AccountConfig, Channel, Rereader
from webcare.errors import WebcareError
from webcare.storage.models import Account
from webcare.vocabulary import Platform

ChannelFactory = Callable[[AccountConfig, Credential], Channel]
GROUP = "webcare.channels"


class NoAdapterError(WebcareError):
    """No installed adapter serves this platform."""


@cache
def adapter_class(platform: Platform) -> ChannelFactory:
    if platform.value not in entrypoints.names(GROUP):
        raise NoAdapterError(f"no adapter is installed for platform {platform.value!r}")
    factory: ChannelFactory = entrypoints.load(GROUP, platform.value)
    return factory


def installed_platforms() -> list[Platform]:
    installed = entrypoints.names(GROUP)
    return [platform for platform in Platform if platform.value in installed]


def account_config(account: Account) -> AccountConfig:
    return AccountConfig(
        platform=account.platform,
        external_id=account.external_id,
        handle=account.handle,
        api_base=account.api_base,
        page_id=account.page_id,
    )


def open_channel(config: AccountConfig, ref: str, credentials: CredentialStore) -> Channel:
    """An adapter for one account, with its credential loaded from the store."""
    return adapter_class(config.platform)(config, credentials.load(ref))


def rereader(platform: Platform) -> Rereader | None:
    """The adapter's reader of quarantined payloads (`reread` on its class), if it has one."""
    found = getattr(adapter_class(platform), "reread", None)
    return found if callable(found) else None
