"""What a page says about itself besides trafilatura's reading: headline candidates and the
site's name.

A headline is looked for where pages put it: headline meta tags (``og:title``,
``twitter:title``, ``dc.title``, any ``*headline`` name, JSON-LD ``headline``), then the page's
headings, then a heading-like element (``class`` naming a headline or title) standing above the
story's first paragraph. The site's name comes from the part of ``<title>`` that is not the
headline ("Khaleej Times Online - Bush speech ...", "MyFox Houston | Bush ..."), or from the whole
``<title>`` when it is not the headline at all ("The Anatolian Times").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_HEADLINE_META = ("og:title", "twitter:title", "dc.title", "headline")
_HEADING_CLASS = re.compile(r"headline|(?:^|[\s_-])(?:story|article|news|post|entry)[_-]?title")
_MAX_SCAN = 4000
_SHORT = 120  # characters of a line of page furniture (a time stamp, a byline)
_TITLE_SPLIT = re.compile(r"\s+(?:[|–—*-]|--|::|>|»)\s+|\s*[|:]\s+|_(?=[A-Z])")


@dataclass
class PageFacts:
    """Headline candidates (best first) and the <title> text of one page."""

    meta_headlines: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    title: str = ""
    # short texts between the last heading and the story's first paragraph, nearest first
    # ("Published: Dec 31 2007"); a date above the headline is the site's "today", not the story's
    above: list[str] = field(default_factory=list)


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def page_facts(root: Any, body_start: str) -> PageFacts:
    """Read headline candidates from a parsed page; ``body_start`` is the story's first words,
    to find the heading that stands above them."""
    facts = PageFacts()
    for meta in root.xpath("//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _HEADLINE_META or name.endswith("headline"):
            content = " ".join((meta.get("content") or "").split())
            if content and "+" not in content.replace(" + ", ""):
                facts.meta_headlines.append(content)
    for script in root.xpath("//script[@type='application/ld+json']")[:5]:
        facts.meta_headlines.extend(_json_ld_headlines(script.text or ""))
    titles = root.xpath("//title")
    facts.title = _text(titles[0]) if titles else ""
    facts.headings, facts.above = _headings_above(root, body_start)
    return facts


def _json_ld_headlines(text: str) -> list[str]:
    """The ``headline`` values of a JSON-LD block (top level, lists and ``@graph``)."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    items = data if isinstance(data, list) else [data]
    found: list[str] = []
    for item in items:
        if isinstance(item, dict):
            for node in [item, *(item.get("@graph") or [])]:
                if isinstance(node, dict) and isinstance(node.get("headline"), str):
                    found.append(" ".join(node["headline"].split()))
    return found


def _headings_above(root: Any, body_start: str) -> tuple[list[str], list[str]]:
    """The page's headings (h1-h3, elements classed as a headline or story title) and its
    short texts, in page order; when the story's first words are found, only those above
    them, nearest first."""
    key = " ".join(body_start.split()[:8])
    found: list[str] = []
    short: list[str] = []
    for count, element in enumerate(root.iter()):
        if count > _MAX_SCAN or not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ("script", "style", "title", "head", "meta"):
            continue
        own = (element.text or "").strip()
        heading = tag in ("h1", "h2", "h3")
        if heading or _HEADING_CLASS.search((element.get("class") or "").lower()):
            text = _text(element)
            if text:
                found.append(text)
                short.clear()  # only what stands between the last heading and the text
            if key and text.startswith(key):  # the text opens with its headline
                return found[::-1], short[::-1]
        elif own:
            text = _text(element)
            if key and text.startswith(key):
                return found[::-1], short[::-1]  # the element whose own text opens the story
            if len(text) <= _SHORT:
                short.append(text)
            else:  # "Staff and agencies<br>01 January, 2008<br>" opening a box holding the story
                short.extend(piece for piece in _lines_of(element) if len(piece) <= _SHORT)
    return found, []


def _lines_of(element: Any) -> list[str]:
    """The element's own text and the text after each <br> child: the short lines a
    container prints before the elements it holds."""
    pieces = [element.text or ""]
    pieces += [child.tail or "" for child in element if str(child.tag).lower() == "br"]
    return [" ".join(piece.split()) for piece in pieces if piece.strip()]


def title_site(title_text: str, headline: str | None, site_label: Any) -> str | None:
    """The site's name in the page's <title>: the part around the headline that is not a
    section label ("Top News", "World"), farthest from the headline; the whole <title> when it
    is a site label and not the headline. ``site_label`` tells site or section labels apart."""
    title = " ".join(title_text.split())
    if not title or not headline:
        return None
    head = _fold(headline)
    if _fold(title) == head:
        return None
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]
    spots = [i for i, part in enumerate(parts) if _in_headline(part, head)]
    if not spots:  # the whole <title> names the site ("Bloomberg.com: Japan")
        if len(title.split()) > 5 or not site_label(title):
            return None
        names = [p for p in parts if name_like(p)]
        names = [p for p in names if "." in p] or names
        return _tidy(names[0]) if names else None
    # a site's name is shorter than the headline
    limit = len(re.findall(r"[^\W_]+", headline))
    after = [p for p in parts[spots[-1] + 1 :] if name_like(p) and _words(p) < limit]
    before = [p for p in parts[: spots[0]] if name_like(p) and _words(p) < limit]
    # a domain ("Allardyce leaves Magpies | SPORTBOX.tv"), else the part farthest from the
    # headline ("Headline | Royal | Metro News") unless it is a slogan ("Raw Story - Celebrating
    # 18 Years of Independent Journalism")
    for side in (after[::-1], before):
        names = [p for p in side if _DOMAIN.search(p)] or [p for p in side if not _slogan(p)]
        if names or side:
            return _tidy((names or side)[0])
    return None


_DOMAIN = re.compile(r"\w\.(?:com|net|org|co\.uk|tv|ca|au|in)\b", re.IGNORECASE)
_DOMAIN_NAME = re.compile(r"(?:www\.)?[a-z][\w-]*\.(?:com|net|org|co\.uk|tv|ca|au|in)")


def _slogan(part: str) -> bool:
    """Is this part of a title a site's slogan rather than its name?"""
    return "," in part or _words(part) > 4 or bool(re.search(r"\s(?:by|for|of|and)\s", part))


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


_SECTION_TEXT = (
    "top latest breaking news world national international local nation africa asia europe "
    "americas politics business sport sports opinion home english front page story article "
    "technology tech health science entertainment us uk india middle east arts and lifestyle "
    "culture feed web site football"
)
_SECTION = frozenset(_SECTION_TEXT.split(" "))


def name_like(part: str) -> bool:
    """Could this part of a title be a site's name (short, capitalised or a domain name like
    "globeandmail.com", not section words)?"""
    words = re.findall(r"[^\W_]+", part)
    if not words or len(words) > 6:
        return False
    if not re.match(r"[A-Z0-9]", part.lstrip("@(")) and not _DOMAIN_NAME.fullmatch(part):
        return False
    return not all(word.lower() in _SECTION for word in words)


def _in_headline(part: str, head: str) -> bool:
    """Is this part of a title the headline, or a piece of it (most of its words are)?"""
    key = _fold(part)
    if not key:
        return False
    if key in head or head in key:
        return True
    words = key.split()
    return sum(1 for word in words if word in head.split()) >= 0.6 * len(words) and len(words) > 2


_EDITION = re.compile(r"\s*\((?:English|English edition|Online)\)$", re.IGNORECASE)


def _tidy(name: str) -> str:
    return _EDITION.sub("", name.strip(" -|:"))


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).casefold().split())
