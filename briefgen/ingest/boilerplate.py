"""The data-driven boilerplate filter: compiled patterns from ``briefgen/data/boilerplate.toml``.

:func:`clean_lines` takes the lines of a story below its headline and returns the clean body
with the byline and source it found in sign-offs, datelines and outlet footers.
"""

from __future__ import annotations

import re
import re._constants as _sre  # the parsed form of a pattern, read for its required words
import re._parser as _sre_parser
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Rules:
    """Compiled boilerplate patterns (see the data file for what each category means)."""

    max_line: int
    footer_min_position: float
    nav: re.Pattern[str]
    footer_cut: Union
    line_drop: Union
    signoff: tuple[re.Pattern[str], ...]
    signoff_top: tuple[re.Pattern[str], ...]
    source_footer: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    title_stamp: tuple[re.Pattern[str], ...]


@dataclass
class Cleaned:
    """A story body after the filter, with what the filter learnt."""

    body: str
    byline: str | None = None
    source: str | None = None
    stamp: str | None = None
    # the source is an outlet footer's ("© 2008 AFP"), not a sign-off's or a dateline's
    source_in_footer: bool = False


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(3):  # macros may use macros
        for name, value in macros.items():
            pattern = pattern.replace(f"%{name}%", value)
    return pattern


def _union(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


class Union:
    """Case-blind patterns of which a line may fully match any: a pattern that needs a word
    ("click here", "copyright", "|") is tried only on a line holding one of its words.

    A pattern opening with ``.{0,160}`` tries every position of an article paragraph; substring
    tests reject such a paragraph first. The answer is the same: every match of the pattern
    holds one of its words, and the tests run on ASCII lines only, where lower-casing matches
    exactly what the case-blind pattern does (other lines go to the union of all patterns).
    """

    def __init__(self, patterns: list[str]) -> None:
        found = [(p, _guard(p)) for p in patterns]
        free = [p for p, needles in found if not needles]
        self.every = _union(patterns)
        self.free = _union(free) if free else None
        # each guarded pattern compiled alone, once: a line holding some of the words is tried
        # with the patterns those words guard (compiling a union per set of words present cost
        # more than the matching, since most sets are met once)
        self.guarded = [(needles, re.compile(p, re.IGNORECASE)) for p, needles in found if needles]
        self.needles = tuple(sorted({n for needles, _ in self.guarded for n in needles}))

    def fullmatch(self, line: str) -> bool:
        """Whether one of the patterns matches the whole of ``line``."""
        if not line.isascii():
            return self.every.fullmatch(line) is not None
        if self.free is not None and self.free.fullmatch(line):
            return True
        lowered = line.lower()
        if not any(map(lowered.__contains__, self.needles)):  # most lines: no loop in Python
            return False
        present = frozenset([n for n in self.needles if n in lowered])
        # a line fully matches the union of patterns exactly when it fully matches one of them
        return any(
            pattern.fullmatch(line) is not None
            for needles, pattern in self.guarded
            if not needles.isdisjoint(present)
        )


def _guard(pattern: str) -> frozenset[str]:
    """The words that guard ``pattern``: those of which every match holds one, for a pattern
    opening with a repeat (``.{0,160}``, ``\\s*``, ``[-–•]?``), which the engine tries at length
    after length; empty for one opening with a fixed character (it fails at once)."""
    items = _sre_parser.parse(pattern, re.IGNORECASE).data
    first = items
    while first and first[0][0] is _sre.SUBPATTERN:
        first = first[0][1][-1].data
    return _seq_needles(items) if first and first[0][0] in _REPEATS else frozenset()


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _seq_needles(items: Any) -> frozenset[str]:
    best: frozenset[str] = frozenset()
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _sre.LITERAL and _caseless_or_ascii(chr(arg)):
            run += chr(arg).lower()
            continue
        best = _better(best, frozenset([run]) if run else frozenset())
        run = ""
        if op is _sre.SUBPATTERN:
            best = _better(best, _seq_needles(arg[-1].data))
        elif op in _REPEATS and arg[0] >= 1:
            best = _better(best, _seq_needles(arg[2].data))
        elif op is _sre.BRANCH:
            sets = [_seq_needles(branch.data) for branch in arg[1]]
            if all(sets):
                best = _better(best, frozenset().union(*sets))
    return best


def _caseless_or_ascii(ch: str) -> bool:
    return ch.isascii() or ch.lower() == ch.upper() == ch


def _better(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The more selective needle set: the one whose shortest word is longer."""
    if not b:
        return a
    if not a:
        return b
    return b if min(map(len, b)) > min(map(len, a)) else a


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled rules, read once per process."""
    text = resources.files("briefgen").joinpath("data/boilerplate.toml").read_text("utf-8")
    data = tomllib.loads(text)
    macros = data.get("macros", {})

    def patterns(section: str) -> list[str]:
        return [_expand(p, macros) for p in data[section]["patterns"]]

    signoff = tuple(re.compile(p) for p in patterns("signoff"))
    return Rules(
        max_line=int(data.get("max_line", 400)),
        footer_min_position=float(data.get("footer_min_position", 0.5)),
        nav=_union(patterns("nav")),
        footer_cut=Union(patterns("footer_cut")),
        line_drop=Union(patterns("line_drop")),
        signoff=signoff,
        signoff_top=tuple(p for p in signoff if p.pattern.startswith("By ")),
        source_footer=tuple(re.compile(p) for p in patterns("source_footer")),
        dateline=tuple(re.compile(p) for p in patterns("dateline")),
        title_stamp=tuple(re.compile(p) for p in patterns("title_stamp")),
    )


def _short(line: str, limit: int) -> bool:
    return 0 < len(line) <= limit


def is_nav(line: str) -> bool:
    """True for a navigation line (tested only above the headline)."""
    r = rules()
    return _short(line, 120) and r.nav.fullmatch(line) is not None


def _signoff(line: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[str | None, str | None]:
    for pattern in patterns:
        match = pattern.fullmatch(line)
        if match:
            found = match.groupdict()
            byline = (found.get("byline") or "").strip() or None
            source = (found.get("source") or "").strip() or None
            return byline, source
    return None, None


def _first_match(line: str, patterns: tuple[re.Pattern[str], ...], group: str) -> str | None:
    for pattern in patterns:
        match = pattern.fullmatch(line)
        if match and match.group(group):
            return match.group(group).strip().rstrip(".,")
    return None


def _paragraphs(lines: list[str]) -> str:
    """Join lines: blank-line runs become one paragraph break, single newlines are kept."""
    out: list[str] = []
    blank = False
    for line in lines:
        if not line:
            blank = bool(out)
            continue
        if out:
            out.append("\n\n" if blank else "\n")
        out.append(line)
        blank = False
    return "".join(out)


def clean_lines(lines: list[str], title: str = "") -> Cleaned:
    """Strip boilerplate from the lines below a headline; return body, byline, source.

    ``lines`` are already stripped of surrounding whitespace; blank strings are paragraph breaks.
    """
    r = rules()
    limit = r.max_line
    result = Cleaned(body="")
    lines = list(lines)

    # Leading lines: a repeat of the headline, a time stamp, a "By ..." byline.
    def first_index() -> int | None:
        return next((i for i, line in enumerate(lines) if line), None)

    for _ in range(4):
        i = first_index()
        if i is None:
            break
        line = lines[i]
        if title and _same(line, title):
            lines[i] = ""
            continue
        stamp = _first_match(line, r.title_stamp, "stamp") if _short(line, 80) else None
        if stamp:
            from briefgen.ingest.timestamps import parse_timestamp

            if parse_timestamp(stamp):
                result.stamp = result.stamp or stamp
                lines[i] = ""
                continue
        if _short(line, 160):
            byline, source = _signoff(line, r.signoff_top)
            if byline:
                result.byline = byline
                result.source = source
                lines[i] = ""
                continue
        break

    # Outlet footers name the source; look before cutting anything.
    total = sum(len(line) + 1 for line in lines) or 1
    footer_source = None
    position = 0
    for line in lines:
        if footer_source is None and _short(line, limit) and position >= total * 0.3:
            footer_source = _first_match(line, r.source_footer, "outlet")
        position += len(line) + 1

    # Footer cut, then widget lines.
    position = 0
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _short(line, limit) and r.footer_cut.fullmatch(line):
            if kept and (
                position >= total * r.footer_min_position or _list_like(lines[index + 1 :])
            ):
                break
            position += len(line) + 1
            continue
        position += len(line) + 1
        if _short(line, limit) and r.line_drop.fullmatch(line):
            continue
        kept.append(line)

    # Trailing sign-offs ("Lee Ji-won, Arirang News.", "Reporting by ...; Editing by ...").
    for _ in range(3):
        while kept and not kept[-1]:
            kept.pop()
        if len(kept) < 2 or not _short(kept[-1], 200):
            break
        byline, source = _signoff(kept[-1], r.signoff)
        if not (byline or source):
            break
        kept.pop()
        result.byline = result.byline or byline
        result.source = result.source or source

    # A wire dateline opening the story names the source; the line before it may be the
    # headline repeated in another form ("Headline | Latest News" above "TBILISI (Thomson
    # Financial) - ...").
    opening = [line for line in kept[:8] if line][:2]
    for line in opening if result.source is None else []:
        match = next((m for m in (p.match(line) for p in r.dateline) if m), None)
        if match:
            result.source = match.group("source").strip()
            break
    if result.source is None:
        result.source = footer_source
        result.source_in_footer = footer_source is not None
    result.body = _paragraphs(kept)
    return result


def title_stamp(line: str) -> datetime | None:
    """The time a line like "Published: December 31 2007 00:29" stamps, or None."""
    from briefgen.ingest.timestamps import parse_timestamp

    stamp = _first_match(line, rules().title_stamp, "stamp") if _short(line, 120) else None
    return parse_timestamp(stamp) if stamp else None


def _list_like(lines: list[str]) -> bool:
    """True when lines are mostly short (headline lists, tags, widgets), not article paragraphs."""
    filled = [line for line in lines if line]
    return sum(1 for line in filled if len(line) > 100) <= len(filled) // 5


def _same(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def _fold(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


_NON_WORD = re.compile(r"\W+")


def split_title_stamp(line: str) -> tuple[str, str | None]:
    """Split "Headline Updated: 2019-04-26 07:00:15 KST" into headline and stamp text."""
    r = rules()
    if len(line) > 1000:
        return line, None
    for pattern in r.title_stamp:
        # The stamp trails the line: try each occurrence of a stamp word from the right.
        for match in reversed(list(re.finditer(r"\s(?=\S)", line))):
            tail = line[match.end() :]
            if len(tail) > 90:
                break
            stamp = pattern.fullmatch(tail)
            if stamp:
                return line[: match.start()].rstrip(" -–—|·"), stamp.group("stamp")
    return line, None
