"""The HTML reader: trafilatura's main-text extraction and metadata, lxml as the fallback.

Choices: comments and tables are left out (tables rarely carry quotable text and come out as
pipe-separated runs), precision is favoured over recall, links and images are dropped. Nothing is
fetched: trafilatura gets a string, never a URL to download. Each extracted block becomes a
paragraph (``"\\n\\n"``); the text boilerplate filter then removes widget lines and sign-offs.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from briefgen.errors import InputError
from briefgen.hookspecs import hookimpl
from briefgen.ingest.boilerplate import Cleaned, clean_lines, title_stamp
from briefgen.ingest.decode import clean_text, decode, fix_mojibake
from briefgen.ingest.metadata import (
    clean_byline,
    clean_outlet,
    clean_title,
    latin,
    other_script,
    outlet_like,
)
from briefgen.ingest.pagemeta import PageFacts, name_like, page_facts, title_site
from briefgen.ingest.sniff import detect_format
from briefgen.ingest.timestamps import parse_timestamp
from briefgen.model import Story

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "figcaption",
        "td",
        "th",
        "article",
        "section",
        "div",
    ]
)
_SPACES = re.compile(r"\s+")
_SKIP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
)
# a page's last change dates the story only when nothing gives its publication
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified")
# a <time> is in the running text (a date the story talks about) when its paragraph holds at
# least this many words besides the time; "Published 22:00, 11 July 2021" is a dateline
_TEXT_WORDS = 8

_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


def decode_html(data: bytes) -> str:
    """Decode HTML bytes: BOM / UTF-8 first, then the page's declared charset, then a guess."""
    try:
        if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return clean_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        match = _CHARSET.search(data[:4096])
        if match:
            try:
                return clean_text(data.decode(match.group(1).decode("ascii"), "replace"))
            except LookupError:
                pass
    return decode(data)


def _paragraph_lines(blocks: list[str]) -> list[str]:
    """Blocks to lines for the boilerplate filter: a blank line after each block."""
    lines: list[str] = []
    for block in blocks:
        block_lines = [" ".join(line.split()) for line in block.split("\n")]
        block_lines = [line for line in block_lines if line]
        if block_lines:
            lines.extend([*block_lines, ""])
    return lines


def fragment_blocks(markup: str) -> list[str]:
    """Text blocks of an HTML document or fragment, one per paragraph-level element (lxml)."""
    import lxml.html
    from lxml import etree

    if not markup.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):
        try:  # a whole document (several <body>s, stray <html>): take its body
            root = lxml.html.document_fromstring(markup).body
        except (etree.ParserError, ValueError, AssertionError, IndexError):
            return []
    if root is None:
        return []
    for bad in list(root.iter(*_SKIP)):
        if bad.getparent() is not None:
            bad.drop_tree()
    blocks: list[str] = []
    pending: list[str] = []

    def add(text: str | None) -> None:
        if text:
            pending.append(_SPACES.sub(" ", text))

    def flush() -> None:
        lines = (line.strip() for line in "".join(pending).split("\n"))
        text = "\n".join(line for line in lines if line)
        pending.clear()
        if text:
            blocks.append(text)

    def walk(element: Any) -> None:
        if not isinstance(element.tag, str):  # comments, processing instructions
            add(element.tail)
            return
        if element.tag == "br":
            pending.append("\n")
            add(element.tail)
            return
        block = element.tag in _BLOCKS
        if block:
            flush()
        add(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        add(element.tail)

    walk(root)
    flush()
    return [clean_text(block) for block in blocks]


def _meta_tags(root: Any, names: tuple[str, ...]) -> list[str]:
    """The contents of the meta tags with these names, in the order of ``names``."""
    found: list[str] = []
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for meta in root.xpath(f"//meta[@{attr}=$n]", n=name):
                content = meta.get("content")
                if content:
                    found.append(content)
    return found


@lru_cache(maxsize=1)
def _page_root(markup: str) -> Any | None:
    """The page's first 200 kB parsed once, for every reader of its metadata (time stamps,
    headlines, dates in the text); None when lxml cannot parse it. The readers only query
    the tree, never change it."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(markup[:200_000])
    except (etree.ParserError, ValueError):
        return None


def _page_stamps(markup: str) -> tuple[list[str], list[str]]:
    """The page's publication time stamps, best first (meta tags, JSON-LD, <time datetime>),
    and its modification time stamps."""
    root = _page_root(markup)
    if root is None:
        return [], []
    found = _meta_tags(root, _DATE_META)
    for script in root.xpath("//script[@type='application/ld+json']")[:5]:
        json_date = _JSON_LD_DATE.search(script.text or "")
        if json_date:
            found.append(json_date.group(1))
    # a <time> marked as the publication time, else the first one outside the running text
    for element in root.xpath(
        "//time[@datetime][@pubdate or @itemprop='datePublished' or contains(@class, 'publish')]"
    )[:1]:
        found.append(element.get("datetime"))
    for element in root.xpath("//time[@datetime]"):
        if not _in_running_text(element):
            found.append(element.get("datetime"))
            break
    return found, _meta_tags(root, _MODIFIED_META)


def _in_running_text(element: Any) -> bool:
    """Is this <time> part of a sentence of the story (not a dateline or a byline's date)?"""
    for parent in element.iterancestors("p", "li", "blockquote"):
        words = len(parent.text_content().split()) - len(element.text_content().split())
        return words >= _TEXT_WORDS
    return False


def _first_timestamp(stamps: list[str | None]) -> datetime | None:
    """The first of ``stamps`` that parses as a time stamp."""
    for stamp in stamps:
        if stamp:
            value = parse_timestamp(stamp)
            if value is not None:
                return value
    return None


def unwrap_page_form(markup: str) -> str:
    """The page with a <form> that wraps most of its text (ASP.NET pages put the whole page in
    one) turned into a <div>: extractors drop forms as widgets, and would drop the story."""
    if "<form" not in markup and "<FORM" not in markup:
        return markup
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    body = root.find("body")
    total = len(body.text_content()) if body is not None else 0
    wrappers = [form for form in root.iter("form") if len(form.text_content()) >= total / 2]
    if not total or not wrappers:
        return markup
    for form in wrappers:
        form.tag = "div"
    return lxml.html.tostring(root, encoding="unicode")


def html_to_story(markup: str) -> Story:
    """One story from an HTML page; raise InputError when no article text can be found."""
    try:
        return _page_story(markup)
    except InputError:
        wider = unwrap_page_form(markup)  # only then: it parses the page once more
        if wider is markup:
            raise
        return _page_story(wider)


def _page_story(markup: str) -> Story:
    """The story of one HTML page as given; InputError when it has no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        # the page's own date (meta tags, URL, <time>), never the first date in the text: a
        # 2013 speech quoted in a 2015 story does not date the story 2013
        date_extraction_params=_DATE_PARAMS,
    )
    title = byline = source = url = date = None
    blocks: list[str] = []
    if doc is not None:
        data = doc if isinstance(doc, dict) else doc.as_dict()
        title, byline, source = data.get("title"), data.get("author"), data.get("sitename")
        url, date = data.get("url"), data.get("date")
        # the markup was repaired as text, but mojibake spelt as entities ("Fran&Atilde;&sect;ois")
        # only shows once trafilatura has decoded them
        blocks = fix_mojibake(data.get("text") or "").split("\n")
    if not any(block.strip() for block in blocks):
        blocks = fragment_blocks(markup)
    page_latin = latin(title or "") or latin(" ".join(blocks[:3]))
    if page_latin and source and not latin(source):
        source = None  # "台北時報" on an English page: the name its readers know is elsewhere
    if title and _broken_title(title):
        title = None
    if source and title and _fold(source) == _fold(title) and len(title.split()) >= _SENTENCE:
        source = None  # the headline taken for the site's name: no name at all
    if not title or _site_label(title, source):
        title = _headline(markup, source) or title or _fallback_title(markup)
    else:
        title = _visible_headline(markup, title, source) or title
    title = fix_mojibake(title) if title else title  # (entities decoded, as for the blocks)
    lines = _paragraph_lines(blocks)
    if not title and lines:
        title = lines[0]
        lines = lines[2:]
    cleaned = clean_lines(lines, title or "")
    if not cleaned.body.strip():
        raise InputError("empty story (no article text found in the HTML)")
    displaced = None  # a site's name given as the title ("Financial Times FT.com")
    if title and _site_label(title, source):
        # still the site's name: a headline the page gives elsewhere (meta tags, a heading
        # above the text); the text is kept as read, a line under the site's name included
        headline = _page_headline(markup, source, blocks)
        displaced, title = (title, headline) if headline else (None, title)
    # the page's own date: meta tags, JSON-LD, a <time> outside the text, the address, the
    # page furniture trafilatura reads (not the text: no extensive search), the dateline; a date
    # marked up inside a paragraph (a 2013 speech quoted in a 2015 story) is never the story's
    page_date = date if date and date not in _text_dates(markup) else None
    stamps, modified = _page_stamps(markup)
    published = _first_timestamp([*stamps, _url_date(url), page_date, *modified, cleaned.stamp])
    if published is None:
        published = _date_line(lines, title) or _stamp_above(markup, blocks, title)
    signed, stamp = _classed_byline(markup)
    published = published or stamp
    title = clean_title(strip_site_suffix(" ".join(fix_mojibake(title or "").split()), source))
    byline = _byline(byline, cleaned.byline or signed, source, page_latin)
    byline = fix_mojibake(byline) if byline else byline
    outlet = _outlet(markup, title, source, url, cleaned, displaced)
    if outlet is None and byline and outlet_like(byline):
        outlet = byline  # "VOA News" signs the story and nothing else names the outlet
    return Story(
        title=title,
        body=cleaned.body,
        source=outlet,
        byline=byline,
        url=url if url and url.startswith(("http://", "https://")) else None,
        published=published,
    )


def _byline(
    author: str | None, signed: str | None, site: str | None, page_latin: bool
) -> str | None:
    """The metadata's author, else the byline line above or below the text; a name in another
    script on an English page ("新間" for Eiji Shinma) is none its readers can use."""
    for found in (clean_byline(author, site), clean_byline(signed, site)):
        if found and not (page_latin and other_script(found) and not latin(found)):
            return found
    return None


_BYLINE_CLASS = (
    "//*[contains(translate(@class, 'BYLINE', 'byline'), 'byline') or "
    "contains(translate(@class, 'DATELINE', 'dateline'), 'dateline')]"
)
_SIGNED = re.compile(r"^By\s+(?=\S)", re.IGNORECASE)


def _classed_byline(markup: str) -> tuple[str | None, datetime | None]:
    """The "By ..." line and the time stamp of the elements a page classes as its byline or
    dateline (``<span class="byline">By HERB KEINON AND AP</span>``, ``<span
    class="byline">Dec 16, 2007 18:22 | Updated Dec 17, 2007 11:52</span>``): the markup names
    them the story's, wherever they stand. Only when nothing else gave them."""
    root = _page_root(markup)
    if root is None:
        return None, None
    signed = stamp = None
    for element in root.xpath(_BYLINE_CLASS)[:6]:
        text = " ".join(element.text_content().split())
        if not text or len(text) > _SHORT_LINE:
            continue
        if signed is None and _SIGNED.match(text):
            signed = text
        for piece in text.split(" | ") if stamp is None else []:
            stamp = _bare_date(piece) or title_stamp(piece)
            if stamp is not None:
                break
    return signed, stamp


_SHORT_LINE = 100
_SENTENCE = 6  # words of a "site name" that is a headline
_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)")


def _outlet(
    markup: str,
    title: str,
    sitename: str | None,
    url: str | None,
    cleaned: Cleaned,
    displaced: str | None = None,
) -> str | None:
    """The story's outlet: the site's name from its metadata (og:site_name, JSON-LD publisher),
    a wire named by a dateline or sign-off, the site's name in <title> or given as the title
    (``displaced`` by the headline), an outlet footer's copyright name, the address's host
    name, in that order."""
    host = _HOST.match(url or "")
    from_host = bool(sitename and host and sitename.lower() == host.group(1).lower())
    if sitename and not from_host:
        return clean_outlet(sitename)
    if cleaned.source and not cleaned.source_in_footer:
        return cleaned.source
    named = _title_outlet(markup, title)
    site_like = displaced and (_DOMAIN.search(displaced) or _OUTLET_END.search(displaced))
    if not named and site_like and len(displaced.split()) <= 5 and name_like(displaced):
        named = displaced
    return clean_outlet(named or cleaned.source or sitename)


def _title_outlet(markup: str, title: str) -> str | None:
    """The site's name in the page's <title> (the part that is not the headline)."""
    found = re.search(r"<title[^>]*>(.*?)</title>", markup[:200_000], re.IGNORECASE | re.DOTALL)
    if found is None or not title:
        return None
    import html

    text = html.unescape(re.sub(r"<[^>]*>", " ", found.group(1)))
    return title_site(text, title, lambda part: _site_label(part, None))


_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})")
_DATE_ONLY = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


def _bare_date(line: str) -> datetime | None:
    """The date of a line that is only a date ("15/01/2008", "January 8, 2008 10:28pm"); a
    numeric date whose day and month could be swapped ("01-08-2008") is not read."""
    numeric = _NUMERIC_DATE.fullmatch(line)
    if numeric:
        first, second, year = (int(part) for part in numeric.groups())
        if first > 12 >= second:
            return parse_timestamp(f"{year}-{second:02d}-{first:02d}")
        if second > 12 >= first:
            return parse_timestamp(f"{year}-{first:02d}-{second:02d}")
        return None
    return parse_timestamp(line) if _DATE_ONLY.fullmatch(line) else None


def _date_line(lines: list[str], title: str | None) -> datetime | None:
    """The date of the line right under the headline, when that line is only a date (a date
    above the headline is the site's "today", not the story's)."""
    filled = [line for line in lines if line][:8]
    for line, following in pairwise(filled):
        if title and _fold(line) == _fold(title):
            return _bare_date(following)
    return None


def _text_dates(markup: str) -> set[str]:
    """ISO days of the <time> elements inside paragraphs: dates the text talks about."""
    if "<time" not in markup:
        return set()
    root = _page_root(markup)
    if root is None:
        return set()
    found = root.xpath("//time[@datetime][ancestor::p or ancestor::li or ancestor::blockquote]")
    return {str(element.get("datetime"))[:10] for element in found if _in_running_text(element)}


def _url_date(url: str | None) -> str | None:
    """The date in a news address like ``/2015/11/30/slug``, as ISO text."""
    found = _URL_DATE.search(url or "")
    if not found:
        return None
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—:*-]|--|::)\s+|\s*\|\s*")
# script or markup that a broken <title> swallowed: not a headline
_CODE = re.compile(r"</?[a-z]|//|[{};]\s*$|\bvar\s+\w+\s*=|\(\);|\bthis\.\w+\s*=")
_MAX_TITLE = 300


def _broken_title(title: str) -> bool:
    """Is ``title`` page code or a run of text no headline is (a <title> left unclosed)?"""
    if not re.search(r"[^\W\d_]", title):
        return True  # not a letter: "2008-01-14 03:50:02 -"
    return len(title) > _MAX_TITLE or _CODE.search(title) is not None


def _site_label(title: str, source: str | None) -> bool:
    """Is ``title`` the site's name or a section label ("Khaleej Times Online", "News | Africa")
    rather than the story's headline?"""
    words = title.split()
    bare = re.sub(r"\W+", " ", title).strip().lower()
    site = re.sub(r"\W+", " ", source or "").strip().lower()
    if site and bare and (bare in site or (site in bare and len(words) <= len(site.split()) + 2)):
        return True
    if _DOMAIN.search(title) and len(words) <= 5:
        return True  # "Financial Times FT.com"
    if len(words) <= 5 and _OUTLET_END.search(title):
        return True  # "Asharq Alawsat Newspaper (English)", "The Anatolian Times"
    if len(re.findall(r"\s[>»›]\s", title)) >= 2:
        return True  # a breadcrumb trail: "TV3 > News > National News > Story"
    return len(words) < 4 or ("|" in title and len(words) < 6)


_OUTLET_END = re.compile(
    r"\b(?:Newspaper|Times|News|Online|Post|Herald|Tribune|Gazette|Daily|Chronicle)"
    r"(?:\s*\((?:English|Online|English edition)\))?$"
)
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|co\.uk|ca|in|au)\b", re.IGNORECASE)
_SITE_SUFFIX = re.compile(
    r"(?:\s(?:[|–—*-]|--|::)\s|\s?\|\s?|_)\s*((?:(?!\s(?:-|--|::)\s)[^|–—_*]){2,60})$"
)
_DOMAIN_PREFIX = re.compile(r"^([\w-]+\.(?:com|net|org|co\.uk|ca|in|au)):\s+(?=\S)", re.IGNORECASE)
_SITE_PREFIX = re.compile(r"^([^|–—_*:]{2,60}?)\s(?:[|–—*]|--|::)\s")
_SECTION_WORDS = frozenset(
    {
        "national",
        "world",
        "news",
        "english",
        "africa",
        "politics",
        "sport",
        "sports",
        "business",
        "entertainment",
        "technology",
        "tech",
        "health",
        "science",
        "opinion",
        "football",
    }
)


def strip_site_suffix(title: str, source: str | None) -> str:
    """``title`` without a trailing site name ("... - Taipei Times", "... | Yonhap News
    Agency", "..._English_Xinhua", "... - National | Globalnews.ca", "... -- Engadget") or a
    leading one ("toledoblade.com -- ...", "World -- ...")."""
    site = re.sub(r"\W+", " ", source or "").strip().lower()
    for _ in range(3):
        found = _SITE_SUFFIX.search(title)
        if found is None:
            break
        by_author = re.fullmatch(
            r"\s*by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*", found.group(1)
        )
        if not (by_author or _site_name(found.group(1), site)):
            break
        title = title[: found.start()].rstrip()
    found = _SITE_PREFIX.search(title) or _DOMAIN_PREFIX.match(title)
    if found is not None and _site_name(found.group(1), site):
        title = title[found.end() :].lstrip()
    return title


def _site_name(text: str, site: str) -> bool:
    """Is ``text`` (a part of a title) the site's name, a domain or a section word?"""
    bare = re.sub(r"\W+", " ", text).strip().lower()
    named = bool(site and bare and (bare in site or site in bare))
    known = bare in _SECTION_WORDS or bare.endswith((" times", " news", " news agency"))
    return named or known or _DOMAIN.search(text) is not None or bare == "xinhua"


def _headline(markup: str, source: str | None) -> str | None:
    """The story's headline when the page's metadata gave the site's name: the first <h1> of
    four words or more, else the longest part of <title> that is not the site's name."""
    root = _page_root(markup)
    if root is None:
        return None
    for text in _main_headings(markup, root):
        if not _site_label(text, source) and not _broken_title(text):
            return text
    for element in root.xpath("//title")[:1]:
        parts = _TITLE_SEPARATORS.split(" ".join(element.text_content().split()))
        parts = [p for p in parts if not _site_label(p, source) and not _broken_title(p)]
        if parts:
            return max(parts, key=len)
    return None


_MAX_HEADLINE_WORDS = 25


def _facts(markup: str, blocks: list[str]) -> PageFacts | None:
    """Headline candidates and the short texts above the story, from the page's first 200 kB
    (None when lxml cannot parse it)."""
    root = _page_root(markup)
    if root is None:
        return None
    return page_facts(root, next((block for block in blocks if block.strip()), ""))


def _stamp_above(markup: str, blocks: list[str], title: str | None) -> datetime | None:
    """The time stamp the page prints under the headline, above the story's first paragraph
    ("Published: December 31 2007 00:29 | Last updated: ...", "Created: Wednesday, 09 Jan
    2008", a date after the byline): the nearest line that has one, its first stamp (the
    publication's, before an update's). Nothing above the headline: a site's "today"."""
    facts = _facts(markup, blocks)
    if facts is None:
        return None
    above = facts.above[:_NEAR]
    headline = [i for i, text in enumerate(above) if title and _fold(text) == _fold(title)]
    if headline:
        above = above[: headline[0]]
    elif not facts.headings:
        return None  # no headline found on the page: no telling what a date up there dates
    for text in above:
        for piece in text.split(" | "):  # "Dec 16, 2007 18:22 | Updated Dec 17, 2007 11:52"
            stamp = _bare_date(piece) or title_stamp(piece) or _labelled_date(piece)
            if stamp is not None:
                return stamp
    return None


_LABELLED = re.compile(r"(?:Created|(?:Last )?Edited|Date)\s*:\s*(.{6,60})", re.IGNORECASE)
_TRAILING_DATE = re.compile(r"(?<![^\W\d_])(\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})$")


def _labelled_date(piece: str) -> datetime | None:
    """The date of "Created: Wednesday, 09 Jan 2008, 7:51 PM CST", or of a date ending a
    byline ("By M.A. Qudoos (Our staff reporter) 14 January 2008")."""
    found = _LABELLED.fullmatch(piece) or _TRAILING_DATE.search(piece)
    return parse_timestamp(found.group(1)) if found else None


_NEAR = 12  # short texts above the story looked at for its time stamp


def _page_headline(markup: str, source: str | None, blocks: list[str]) -> str | None:
    """The headline of a page whose title and <h1> name the site or a section: a headline
    meta tag (og:title, JSON-LD headline, ``*Headline``), else the heading nearest above the
    story's first paragraph (an <h2>, a ``headline`` or ``story_title`` element)."""
    facts = _facts(markup, blocks)
    if facts is None:
        return None
    for text in [*(strip_site_suffix(t, source) for t in facts.meta_headlines), *facts.headings]:
        short = len(text.split()) <= _MAX_HEADLINE_WORDS
        if short and not _site_label(text, source) and not _broken_title(text):
            return text
    return None


def _visible_headline(markup: str, title: str, source: str | None) -> str | None:
    """The page's <h1> when the metadata title is that headline with more around it: a site
    name, a section path or a kicker ("Covic turns up heat - Football - Sport", "TechCrunch |
    ...", "Analysis: ..."), or when the metadata title is another line (a social-media title in
    og:title) and the page's own <title> element carries the <h1>: the page shows that headline
    twice. The <h1> must be a headline itself (four words or more)."""
    root = _page_root(markup)
    if root is None:
        return None
    folded = f" {_fold(title)} "
    shown = [f" {_fold(element.text_content())} " for element in root.xpath("//title")[:1]]
    for text in _main_headings(markup, root):
        key = _fold(text)
        if not key or key == folded.strip() or _site_label(text, source):
            continue
        if f" {key} " in folded:
            return text
        if len(key.split()) >= _SENTENCE and any(f" {key} " in line for line in shown):
            return text
    return None


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)


def _main_headings(markup: str, root: Any) -> list[str]:
    """The text of the page's first three <h1> elements. A page whose head carries 200 kB of
    scripts has its headline past the parsed part: those <h1> are found in the rest."""
    elements = root.xpath("//h1")[:3]
    if not elements and len(markup) > 200_000:
        import lxml.html

        elements = [
            lxml.html.fragment_fromstring(m, create_parent="h1") for m in _H1.findall(markup)[:3]
        ]
    return [" ".join(element.text_content().split()) for element in elements]


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).casefold().split())


def _fallback_title(markup: str) -> str | None:
    root = _page_root(markup)
    if root is None:
        return None
    for xpath in ("//h1", "//title"):
        for element in root.xpath(xpath)[:1]:
            text = " ".join(element.text_content().split())
            if text and not _broken_title(text):
                return text
    return None


@hookimpl(trylast=True)
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Read ``.html``/``.htm`` files and input sniffed as HTML."""
    if detect_format(path, data) != "html":
        return None
    return [html_to_story(decode_html(data))]
