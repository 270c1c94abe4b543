"""What a post's variant must be for its platform, checked while composing, on import, on
saving and again in the pre-flight.

- X: 280 weighted characters (twitter-text: every URL 23, every emoji 2), the link counted
  with the text; Webcare cannot post images on X yet (the v1.1 media upload is not spoken).
- Facebook: 63,206 characters; a photo from a file or a public URL.
- Instagram: 2,200 characters, at most 30 hashtags, an image required, and at a public URL:
  Meta fetches the image itself, so a file on this computer cannot be posted.
- Every image needs an alt text (accessibility: Dutch government guidance on social media).
"""

from __future__ import annotations

import re
from pathlib import Path

from webcare.calendar.records import ImageDraft, Problem
from webcare.inbox.limits import POST_LIMITS, platform_length
from webcare.vocabulary import Platform

INSTAGRAM_HASHTAG_LIMIT = 30
HASHTAG = re.compile(r"(?<![\w&])#\w+")
PUBLIC_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$", re.IGNORECASE)


def composed(text: str, link: str | None, platform: Platform) -> str:
    """The text as the platform will carry it (the link appended as the adapters do)."""
    if not link:
        return text
    return f"{text} {link}" if platform is Platform.X else f"{text}\n\n{link}"


def length(platform: Platform, text: str, link: str | None = None) -> int:
    return platform_length(platform, composed(text, link, platform))


def hashtags(text: str) -> int:
    return len(HASHTAG.findall(text))


def is_public_url(value: str | None) -> bool:
    return bool(value and PUBLIC_URL.match(value.strip()))


def check_variant(
    platform: Platform,
    text: str,
    link: str | None,
    images: tuple[ImageDraft, ...],
    account_id: int | None = None,
    *,
    base: Path | None = None,
) -> list[Problem]:
    """Everything that would stop this variant from publishing, as problems.

    Args:
        base: the folder relative image paths are read from (an imported CSV's).
    """
    problems: list[Problem] = []

    def add(code: str, detail: str = "") -> None:
        problems.append(Problem(code, account_id, detail))

    if not text.strip():
        add("empty")
    limit = POST_LIMITS[platform]
    size = length(platform, text, link)
    if size > limit:
        add("too_long", f"{size}/{limit}")
    if link and not is_public_url(link):
        add("bad_link", link)
    for image in images:
        if not image.alt_text.strip():
            add("alt_text_missing", image.path or image.url or "")
        if image.url and not is_public_url(image.url):
            add("bad_image_url", image.url)
        if image.path and not image.url:
            path = Path(image.path)
            if base is not None and not path.is_absolute():
                path = base / path
            if not path.is_file():
                add("media_unreadable", image.path)
    if platform is Platform.X and images:
        add("x_media_unsupported")
    if platform is Platform.INSTAGRAM:
        if hashtags(text) > INSTAGRAM_HASHTAG_LIMIT:
            add("too_many_hashtags", f"{hashtags(text)}/{INSTAGRAM_HASHTAG_LIMIT}")
        if not images:
            add("image_required")
        elif not all(image.url for image in images):
            add("image_url_required")
        if len(images) > 1:
            add("one_image_only")
    if platform is Platform.FACEBOOK and len(images) > 1:
        add("one_image_only")
    return problems
