"""The loopback sandbox: the X API v2 and Graph API wire formats on 127.0.0.1, for tests and
the demo.

`start()` runs it in background threads and returns a `SandboxHandle`; `serve()` runs it in the
foreground (what `webcare sandbox` does, through the `webcare.sandbox` entry points). The X
API is served under `/x` (`handle.x_base`), the Graph API of Facebook Pages and Instagram under
`/graph` (`handle.graph_base`), the control API under `/_sandbox/`; see the README's Sandbox
section and the docstrings of `server`, `x_control`, `graph_control` and `faults`.
"""

from __future__ import annotations

from channels.sandbox.graph_model import (
    IG_USER_ID,
    IG_USERNAME,
    PAGE_ID,
    PAGE_TOKEN,
    PAGE_USERNAME,
    USER_TOKEN,
)
from channels.sandbox.requestlog import token_id
from channels.sandbox.runner import SandboxHandle, is_loopback, serve, start
from channels.sandbox.x_state import X_ACCOUNT_ID, X_NAME, X_TOKEN, X_USERNAME

__all__ = [
    "IG_USERNAME",
    "IG_USER_ID",
    "PAGE_ID",
    "PAGE_TOKEN",
    "PAGE_USERNAME",
    "USER_TOKEN",
    "X_ACCOUNT_ID",
    "X_NAME",
    "X_TOKEN",
    "X_USERNAME",
    "SandboxHandle",
    "is_loopback",
    "serve",
    "start",
    "token_id",
]
