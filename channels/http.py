"""HTTP plumbing shared by the adapters: a default timeout and the API base URL rewrite.

Neither tweepy nor facebook-sdk lets us choose the host they call, and tweepy passes no
timeout at all. Both use a `requests.Session`, so we mount this transport adapter on it:
every request gets a timeout, and with an API base URL configured (the loopback sandbox in
tests and the demo) the platform host is replaced by that base.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests
from requests.adapters import HTTPAdapter

DEFAULT_TIMEOUT = 15.0


class RoutingAdapter(HTTPAdapter):
    """Sends `https://<real host>/...` to `<api base>/...` and enforces a timeout.

    Args:
        rewrites: real prefix (e.g. "https://api.twitter.com") -> replacement base
            (e.g. "http://127.0.0.1:8765/x"). Empty in production.
    """

    def __init__(
        self, rewrites: Mapping[str, str] | None = None, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        super().__init__(max_retries=0)
        self.rewrites = {k.rstrip("/"): v.rstrip("/") for k, v in (rewrites or {}).items()}
        self.timeout = timeout

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        url = request.url or ""
        for real, base in self.rewrites.items():
            if url == real or url.startswith(real + "/") or url.startswith(real + "?"):
                request.url = base + url[len(real) :]
                break
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().send(request, **kwargs)


def routed_session(
    real_hosts: tuple[str, ...], api_base: str | None, timeout: float = DEFAULT_TIMEOUT
) -> requests.Session:
    """A session whose requests to `real_hosts` go to `api_base` (if set), all with a timeout."""
    session = requests.Session()
    rewrites = {host: api_base for host in real_hosts} if api_base else {}
    adapter = RoutingAdapter(rewrites, timeout)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
