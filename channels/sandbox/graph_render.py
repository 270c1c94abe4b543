"""Rendering Graph sandbox objects: field expansion, nodes and connections with paging.

`GET /{id}?fields=...` renders one node; `GET /{id}/{edge}` and a nested `edge.limit(n){...}`
render a connection with cursor paging. Only the requested fields appear (plus `id`, which
Graph always adds); an unknown field or edge is the Graph API's code 100. Objects injected raw
through the control API are served exactly as given. What each node type has is declared in
`graph_fb_nodes` and `graph_ig_nodes`; the request context carries that table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from channels.sandbox.graph_fields import FieldSpec, parse_fields, render_fields
from channels.sandbox.graph_model import (
    GraphPage,
)
from channels.sandbox.graph_state import (
    GraphState,
)
from channels.sandbox.graph_wire import no_such_field, page_url, paginate, paging_block

MISSING = object()
"""A field function's answer for "leave this field out" (e.g. `from` hidden by app review)."""


@dataclass
class Settings:
    """Switches of the Graph sandbox (control API `POST /_sandbox/graph/settings`).

    Attributes:
        omit_from: serve residents' comments without `from`, like an app without review.
        video_polls: status checks a video container answers IN_PROGRESS before FINISHED.
        quota_total: Instagram posts per rolling 24 hours.
        hashtag_limit: hashtags per Instagram caption.
    """

    omit_from: bool = False
    video_polls: int = 2
    quota_total: int = 50
    hashtag_limit: int = 30


@dataclass
class Ctx:
    """One request: the world, the version asked for, who asks, and the node types."""

    state: GraphState
    version: str
    token: str
    page: GraphPage | None
    user_id: str | None
    settings: Settings
    types: Mapping[type, NodeType]


@dataclass
class Conn:
    """What an edge lists, in order, with its summary."""

    items: list[Any]
    summary: dict[str, Any] | None = None


FieldFn = Callable[[Ctx, Any, FieldSpec], Any]
EdgeFn = Callable[[Ctx, Any, Mapping[str, str]], Conn]


@dataclass
class NodeType:
    name: str
    default: tuple[str, ...]
    fields: dict[str, FieldFn]
    edges: dict[str, EdgeFn] = field(default_factory=dict)


def newest(items: list[Any]) -> list[Any]:
    """Newest first: by time, then by creation order within one second."""
    return sorted(items, key=lambda item: (item.created, item.seq), reverse=True)


def oldest(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda item: (item.created, item.seq))


def resident_from(ctx: Ctx, author_id: str, value: Any) -> Any:
    """`from` of a resident's item, unless the sandbox plays an app without review."""
    hidden = ctx.settings.omit_from and author_id not in ctx.state.pages
    return MISSING if hidden and author_id not in ctx.state.ig_users else value


def opt(value: Any) -> Any:
    """Leave an empty optional field out, as Graph does."""
    return MISSING if value in (None, "") else value


# ---- rendering


def node_type(ctx: Ctx, obj: Any) -> NodeType:
    return ctx.types[type(obj)]


def render_node(ctx: Ctx, obj: Any, specs: list[FieldSpec] | None) -> dict[str, Any]:
    """One node with the requested fields (its defaults when none were asked for)."""
    raw = getattr(obj, "raw", None)
    if raw is not None:
        return dict(raw)
    kind = node_type(ctx, obj)
    if specs is None:
        specs = [FieldSpec(name) for name in kind.default]
    out: dict[str, Any] = {}
    for spec in specs:
        if spec.name in kind.edges:
            rendered = render_edge(ctx, obj, spec.name, spec.modifiers, spec.children)
            if rendered["data"] or "summary" in rendered:
                out[spec.name] = rendered
            continue
        function = kind.fields.get(spec.name)
        if function is None:
            raise no_such_field(spec.name, kind.name)
        value = function(ctx, obj, spec)
        if value is not MISSING:
            out[spec.name] = _value(ctx, value, spec.children)
    if "id" in kind.fields and "id" not in out:
        out["id"] = kind.fields["id"](ctx, obj, FieldSpec("id"))
    return out


def _value(ctx: Ctx, value: Any, children: list[FieldSpec] | None) -> Any:
    if type(value) in ctx.types:
        return render_node(ctx, value, children)
    if isinstance(value, dict):
        if "data" in value:
            return {"data": [_value(ctx, item, children) for item in value["data"]]}
        if children is not None:
            return {spec.name: value[spec.name] for spec in children if spec.name in value}
    return value


def render_edge(
    ctx: Ctx,
    obj: Any,
    name: str,
    params: Mapping[str, str],
    children: list[FieldSpec] | None,
    link_params: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A connection of `obj`: one page of it, `paging` and, when asked for, `summary`.

    Args:
        params: the modifiers (nested) or query parameters (top level) of the edge.
        link_params: the query of a top-level request, kept in its `next`/`previous` links.
    """
    kind = node_type(ctx, obj)
    conn = kind.edges[name](ctx, obj, params)
    page, limit = paginate(conn.items, _key, params)
    body: dict[str, Any] = {"data": [render_node(ctx, item, children) for item in page.items]}
    base = dict(link_params or {})
    if link_params is None:
        base.update({k: v for k, v in params.items() if k not in ("limit", "summary")})
        if children is not None:
            base["fields"] = render_fields(children)
    for key in ("after", "before", "access_token"):
        base.pop(key, None)
    owner_id = kind.fields["id"](ctx, obj, FieldSpec("id"))

    def link(cursor_param: str, cursor: str) -> str:
        query = {"access_token": ctx.token, **base, "limit": str(limit), cursor_param: cursor}
        return page_url(ctx.version, f"{owner_id}/{name}", query)

    paging = paging_block(page, link)
    if paging is not None:
        body["paging"] = paging
    if params.get("summary") in ("true", "1", "total_count") and conn.summary is not None:
        body["summary"] = conn.summary
    return body


def _key(item: Any) -> str:
    return f"{type(item).__name__}:{getattr(item, 'id', None) or getattr(item, 'owner_id', '')}"


def fields_param(values: Mapping[str, str]) -> list[FieldSpec] | None:
    raw = values.get("fields")
    if raw is None or raw.strip() == "":
        return None
    return parse_fields(raw)
