"""The Graph API (Facebook Pages and Instagram) as the sandbox serves it under `/graph`.

Adapters rewrite `https://graph.facebook.com/v21.0/...` to `http://127.0.0.1:PORT/graph/
v21.0/...`. Any version prefix `v<major>.<minor>` is accepted (facebook-sdk sends v2.8 when
nobody sets one; versions Meta retired are answered as the oldest living one, named in the
`facebook-api-version` header). The token comes as `access_token` in the query, the form or a
multipart field, or as `Authorization: Bearer`. Every answer carries `X-App-Usage`, and with a
Page token `X-Business-Use-Case-Usage`; a figure at 100 % turns calls into throttling errors.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

from werkzeug.wrappers import Request, Response

from channels.sandbox import graph_control, graph_fb_nodes, graph_ig_nodes, graph_writes
from channels.sandbox.graph_model import (
    Conversation,
    GraphPage,
    IgUser,
    ThreadMessage,
)
from channels.sandbox.graph_render import (
    Ctx,
    NodeType,
    Settings,
    fields_param,
    node_type,
    render_edge,
    render_node,
)
from channels.sandbox.graph_residents import GraphResidents
from channels.sandbox.graph_state import (
    GraphState,
    fresh_state,
)
from channels.sandbox.graph_usage import Usage
from channels.sandbox.graph_wire import (
    GraphError,
    invalid_parameter,
    no_such_field,
    no_such_object,
    request_values,
)
from channels.sandbox.http import json_response

NODE_TYPES: dict[type, NodeType] = {**graph_fb_nodes.TYPES, **graph_ig_nodes.TYPES}
VERSION = re.compile(r"^/(v(\d+)\.(\d+))(/.*)?$")
DEFAULT_VERSION = "v21.0"
OLDEST_LIVE_VERSION = (19, 0)


class GraphPlatform:
    """The Graph platform of the sandbox: state, usage and residents behind one lock."""

    name = "graph"

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self.lock = threading.RLock()
        self.clock_offset = 0.0
        self.settings = Settings()
        self.usage = Usage(self.clock)
        self.state: GraphState = fresh_state(self.clock)
        self.residents = GraphResidents(seed)

    def clock(self) -> float:
        return time.time() + self.clock_offset

    def reset(self) -> None:
        with self.lock:
            self.clock_offset = 0.0
            self.settings = Settings()
            self.usage.clear()
            self.state = fresh_state(self.clock)
            self.residents = GraphResidents(self.seed)

    # The Platform protocol

    def token(self, request: Request) -> str | None:
        token = request.args.get("access_token")
        if token is None and request.method in ("POST", "DELETE"):
            token = request.form.get("access_token")
        if token is None:
            auth = request.authorization
            if auth is not None and auth.type == "bearer":
                token = auth.token
        return token

    def error_response(self, status: int, request: Request) -> Response:
        if status in (400, 401, 403):
            error = GraphError(190, "Error validating access token: the session is invalid.")
        elif status == 429:
            error = GraphError(4, "(#4) Application request limit reached")
        elif status == 503:
            error = GraphError(2, "Service temporarily unavailable", transient=True)
        else:
            error = GraphError(1, "An unknown error has occurred.", transient=True)
        return json_response(error.body(), status)

    def rate_limited_headers(self, request: Request, path: str, reset_in: float) -> dict[str, str]:
        with self.lock:
            _, rest = _split_version(path)
            business, kind = self._business(self.token(request), rest)
            minutes = max(1, int(-(-reset_in // 60)))
            return self.usage.exhausted(business, kind, minutes)

    def control(self, request: Request, path: str) -> Response:
        return graph_control.handle_control(self, request, path)

    def tick(self, count: int) -> list[dict[str, Any]]:
        return graph_control.tick(self, count)

    # Serving

    def handle(self, request: Request, path: str) -> Response:
        version, rest = _split_version(path)
        with self.lock:
            token = self.token(request)
            business, kind = self._business(token, rest)
            headers = {"facebook-api-version": _served_version(version)}
            try:
                ctx = self._context(token, version)
                self.usage.record(business)
                throttled = self.usage.throttle(business, kind)
                if throttled is not None:
                    raise throttled
                status, body = self._dispatch(ctx, request, rest)
            except GraphError as error:
                status, body = error.status, error.body()
            headers.update(self.usage.headers(business if token else None, kind))
            return json_response(body, status, headers)

    def _context(self, token: str | None, version: str) -> Ctx:
        if not token:
            raise GraphError(
                104, "An access token is required to request this resource.", status=400
            )
        state = self.state
        page = state.page_by_token(token)
        user_id = state.user_tokens.get(token) if token not in state.revoked else None
        if page is None and user_id is None:
            if token in state.revoked:
                raise GraphError(
                    190,
                    "Error validating access token: Session has expired on a previous day.",
                    subcode=463,
                )
            raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
        return Ctx(state, version, token, page, user_id, self.settings, NODE_TYPES)

    def _business(self, token: str | None, rest: str) -> tuple[str | None, str]:
        """Whose budget a request uses: the Page, or its Instagram account; and its type."""
        page = self.state.page_by_token(token)
        if page is None:
            return None, "pages"
        segments = [s for s in rest.split("/") if s]
        target = self.state.find(segments[0]) if segments and segments[0] != "me" else page
        instagram = self.state.instagram_of(target) if target is not None else None
        if instagram is not None:
            return instagram, "instagram"
        if isinstance(target, Conversation | ThreadMessage) or (
            len(segments) > 1 and segments[1] in ("conversations", "messages")
        ):
            return page.id, "messenger"
        return page.id, "pages"

    def _resolve(self, ctx: Ctx, object_id: str, method: str) -> Any:
        if object_id == "me":
            if ctx.page is not None:
                return ctx.page
            return ctx.state.people[ctx.user_id or ""]
        found = ctx.state.find(object_id)
        if found is None:
            raise no_such_object(object_id, method)
        owner = ctx.state.owner_page(found)
        if ctx.page is not None and owner is not None and owner != ctx.page.id:
            raise no_such_object(object_id, method)
        if ctx.page is None and owner is not None and not isinstance(found, GraphPage | IgUser):
            raise no_such_object(object_id, method)  # a user token reads /me and its Pages
        return found

    def _dispatch(self, ctx: Ctx, request: Request, rest: str) -> tuple[int, dict[str, Any]]:
        segments = [s for s in rest.split("/") if s]
        values = request_values(request)
        method = request.method
        if method == "GET" and not segments and values.get("ids"):
            ids = [i for i in values["ids"].split(",") if i]
            specs = fields_param(values)
            return 200, {i: render_node(ctx, self._resolve(ctx, i, "get"), specs) for i in ids}
        if not segments or len(segments) > 2:
            raise invalid_parameter(f"Unsupported {method.lower()} request")
        target = self._resolve(ctx, segments[0], method.lower())
        edge = segments[1] if len(segments) == 2 else None
        if method == "GET":
            specs = fields_param(values)
            if edge is None:
                return 200, render_node(ctx, target, specs)
            return 200, self._edge(ctx, target, edge, values, specs)
        if method == "DELETE" and edge is None:
            return graph_writes.delete_node(ctx, target)
        if method != "POST":
            raise invalid_parameter(f"Unsupported {method.lower()} request")
        return self._write(ctx, request, target, edge, values)

    def _edge(self, ctx: Ctx, target: Any, edge: str, values: Any, specs: Any) -> dict[str, Any]:
        kind = node_type(ctx, target)
        if edge not in kind.edges:
            raise no_such_field(edge, kind.name)
        params = values.to_dict()
        link = {k: v for k, v in params.items() if k not in ("after", "before", "access_token")}
        return render_edge(ctx, target, edge, params, specs, link_params=link)

    def _write(
        self, ctx: Ctx, request: Request, target: Any, edge: str | None, values: Any
    ) -> tuple[int, dict[str, Any]]:
        if edge is None:
            return graph_writes.update_node(ctx, target, values)
        if edge == "comments":
            return graph_writes.comment_on(ctx, target, values)
        if edge == "replies":
            return graph_writes.reply_to(ctx, target, values)
        if edge == "feed":
            return graph_writes.post_to_feed(ctx, target, values)
        if edge == "photos":
            return graph_writes.post_photo(ctx, target, values, request.files)
        if edge == "messages":
            return graph_writes.send_message(ctx, values)
        if edge == "media":
            return graph_writes.create_container(ctx, target, values, self.settings.hashtag_limit)
        if edge == "media_publish":
            return graph_writes.publish_container(ctx, target, values)
        if edge == "mentions":
            return graph_writes.reply_to_mention(ctx, target, values)
        raise invalid_parameter(f"Unsupported post request to the {edge} edge")


def _split_version(path: str) -> tuple[str, str]:
    match = VERSION.match(path)
    if match is None:
        return DEFAULT_VERSION, path
    return match.group(1), match.group(4) or "/"


def _served_version(version: str) -> str:
    match = VERSION.match("/" + version)
    if match is None:
        return DEFAULT_VERSION
    if (int(match.group(2)), int(match.group(3))) < OLDEST_LIVE_VERSION:
        return "v{}.{}".format(*OLDEST_LIVE_VERSION)
    return version
