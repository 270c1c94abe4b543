"""Starting and stopping the sandbox: in a background thread (`start`) or in the foreground
until a signal (`serve`, what `webcare sandbox` runs)."""

from __future__ import annotations

import ipaddress
import random
import signal
import sys
import threading
import time
from types import FrameType, TracebackType

from channels.sandbox.graph_api import GraphPlatform
from channels.sandbox.graph_model import (
    IG_NAME,
    IG_USER_ID,
    IG_USERNAME,
    PAGE_ID,
    PAGE_NAME,
    PAGE_TOKEN,
    PAGE_USERNAME,
)
from channels.sandbox.server import SandboxApp, SandboxServer
from channels.sandbox.x_api import XPlatform
from channels.sandbox.x_state import X_ACCOUNT_ID, X_NAME, X_TOKEN, X_USERNAME


def is_loopback(host: str) -> bool:
    """True for `localhost` and loopback addresses: the only places the sandbox may listen."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ResidentTimer:
    """Lets residents post at `rate_per_minute` on average (exponential gaps) until stopped.

    Only the timing is random here; what residents say comes from the seeded simulator, so a
    given seed still produces the same sequence.
    """

    def __init__(self, app: SandboxApp, rate_per_minute: float) -> None:
        self._app = app
        self._mean_gap = 60.0 / rate_per_minute
        self._thread = threading.Thread(target=self._run, name="webcare-sandbox-residents")

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        timing = random.Random()
        while not self._app.stopping.wait(timing.expovariate(1.0 / self._mean_gap)):
            self._app.tick(1)

    def join(self) -> None:
        if self._thread.is_alive():
            self._thread.join()


class SandboxHandle:
    """A running sandbox. Use as a context manager, or call `stop()`.

    Attributes:
        url: the base URL, e.g. `http://127.0.0.1:43123`.
        x_base: `url + "/x"`, an X account's "API base URL" in the sandbox.
        x_account_id, x_username, x_name, x_token: the default municipality account.
        graph_base: `url + "/graph"`, the API base URL of Facebook and Instagram accounts.
        facebook_account, instagram_account: the default Page and its Instagram account, as
            the keyword arguments of `webcare.accounts.service.add_account` (without
            `platform`).
    """

    x_account_id = X_ACCOUNT_ID
    x_username = X_USERNAME
    x_name = X_NAME
    x_token = X_TOKEN

    def __init__(self, server: SandboxServer, timer: ResidentTimer | None) -> None:
        self._server = server
        self._timer = timer
        self._lock = threading.Lock()
        self._stopped = False
        host = server.host if ":" not in server.host else f"[{server.host}]"
        self.host = server.host
        self.port = server.port
        self.url = f"http://{host}:{server.port}"
        self.x_base = self.url + "/x"
        self.graph_base = self.url + "/graph"
        self.facebook_account: dict[str, str] = {
            "name": f"{PAGE_NAME} (Facebook)",
            "handle": PAGE_USERNAME,
            "external_id": PAGE_ID,
            "credential": PAGE_TOKEN,
            "api_base": self.graph_base,
        }
        self.instagram_account: dict[str, str] = {
            "name": f"{IG_NAME} (Instagram)",
            "handle": IG_USERNAME,
            "external_id": IG_USER_ID,
            "credential": PAGE_TOKEN,
            "api_base": self.graph_base,
            "page_id": PAGE_ID,
        }

    def tick(self, count: int = 1) -> None:
        """Let simulated residents act `count` times now on every platform (what
        `POST /_sandbox/x/tick` and `POST /_sandbox/graph/tick` do for one)."""
        self._server.app.tick(count)

    def stop(self) -> None:
        """Stop serving and wait for every sandbox thread to end; safe to call twice."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._server.stop()
        if self._timer is not None:
            self._timer.join()

    def __enter__(self) -> SandboxHandle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<SandboxHandle {self.url}{' stopped' if self._stopped else ''}>"


def start(
    host: str = "127.0.0.1", port: int = 0, seed: int = 1, rate_per_minute: float = 0.0
) -> SandboxHandle:
    """Start the sandbox in background threads; returns once it listens.

    Args:
        host: a loopback address (anything else raises ValueError).
        port: 0 picks a free port.
        seed: the residents' seed; the same seed gives the same residents' sequence.
        rate_per_minute: if above 0, residents post by themselves at this average rate.
    """
    if not is_loopback(host):
        raise ValueError(f"the sandbox listens on loopback only, not on {host!r}")
    if rate_per_minute < 0:
        raise ValueError("rate_per_minute must not be negative")
    app = SandboxApp([XPlatform(seed), GraphPlatform(seed)])
    server = SandboxServer(app, host, port)
    server.start()
    timer = ResidentTimer(app, rate_per_minute) if rate_per_minute > 0 else None
    if timer is not None:
        timer.start()
    return SandboxHandle(server, timer)


def serve(
    host: str = "127.0.0.1", port: int = 0, seed: int = 1, rate_per_minute: float = 0.0
) -> int:
    """Serve in the foreground until SIGINT or SIGTERM; returns the exit code (0).

    The first line on stdout is exactly `Sandbox listening on http://HOST:PORT`, flushed, so
    that a parent process can read the port.
    """
    signalled: list[int] = []

    def on_signal(signum: int, frame: FrameType | None) -> None:
        # Only record it: a handler must not take locks the interrupted code may hold.
        signalled.append(signum)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with start(host, port, seed, rate_per_minute) as handle:
            print(f"Sandbox listening on {handle.url}", flush=True)
            while not signalled:
                time.sleep(0.1)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.stdout.flush()
    return 0
