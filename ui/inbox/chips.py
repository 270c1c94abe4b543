"""The colours of a chip in the conversation list: a label's own colour, with readable text.

A label's colour is the team's choice (Settings); the text on it is dark or light, whichever
contrasts more with it (WCAG 2 relative luminance), so that a pale yellow label gets dark text
and a deep blue one white text.
"""

from __future__ import annotations

DARK_TEXT = "#1f2a44"
LIGHT_TEXT = "#ffffff"
PLAIN_CHIP = ("#2c3850", "#e4e9f2")  # (text, background) of a label without a colour


def luminance(colour: str) -> float:
    """The relative luminance of "#rrggbb" (0 black … 1 white)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    red, green, blue = linear
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours (1 … 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def label_chip(colour: str | None) -> tuple[str, str]:
    """(text, background) for a label chip: its colour with the more readable text on it."""
    if not colour:
        return PLAIN_CHIP
    text = max((DARK_TEXT, LIGHT_TEXT), key=lambda candidate: contrast(candidate, colour))
    return text, colour
