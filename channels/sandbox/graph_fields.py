"""The Graph API `fields` parameter: `a,b,edge.limit(10).summary(true){x,y{z}}`.

Each entry is a field or an edge, with optional modifiers (`.name(value)`, e.g. `limit`,
`summary`, `filter`, `order`, `platform`, `media_id`) and optional nested fields in braces.
Serialising a spec gives the text back, for the `fields` of a nested edge's `paging.next`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from channels.sandbox.graph_wire import GraphError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class FieldSpec:
    """One requested field: its name, modifiers and nested fields (None: none given)."""

    name: str
    modifiers: dict[str, str] = field(default_factory=dict)
    children: list[FieldSpec] | None = None

    def render(self) -> str:
        text = self.name + "".join(f".{key}({value})" for key, value in self.modifiers.items())
        if self.children is not None:
            text += "{" + render_fields(self.children) + "}"
        return text


def render_fields(specs: list[FieldSpec]) -> str:
    return ",".join(spec.render() for spec in specs)


def parse_fields(text: str) -> list[FieldSpec]:
    """Parse a `fields` value; a syntax error is the Graph API's code 100."""
    parser = _Parser(text)
    specs = parser.list()
    if parser.pos != len(parser.text):
        parser.fail()
    return specs


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text.replace(" ", "").replace("\n", "")
        self.pos = 0

    def fail(self) -> None:
        raise GraphError(
            100, f"Syntax error \"Expected end of string instead of '{self.text[self.pos :]}'.\""
        )

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def list(self) -> list[FieldSpec]:
        specs = [self.item()]
        while self.peek() == ",":
            self.pos += 1
            if self.peek() in ("", "}"):  # a trailing comma, as Graph tolerates
                break
            specs.append(self.item())
        return specs

    def name(self) -> str:
        match = _NAME.match(self.text, self.pos)
        if match is None:
            self.fail()
            raise AssertionError  # unreachable: fail() raises
        self.pos = match.end()
        return match.group(0)

    def item(self) -> FieldSpec:
        spec = FieldSpec(self.name())
        while self.peek() == ".":
            self.pos += 1
            key = self.name()
            if self.peek() != "(":
                self.fail()
            end = self.text.find(")", self.pos)
            if end < 0:
                self.fail()
            spec.modifiers[key] = self.text[self.pos + 1 : end]
            self.pos = end + 1
        if self.peek() == "{":
            self.pos += 1
            spec.children = self.list() if self.peek() != "}" else []
            if self.peek() != "}":
                self.fail()
            self.pos += 1
        return spec
