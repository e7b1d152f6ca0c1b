"""Gazetteers: countries, international bodies and dated office holders, loaded once.

Data files (sources named in their headers): ``briefgen/data/countries.tsv`` (names, demonyms,
capitals, institutions, outlets; ISO 3166 names from pycountry are merged in), ``bodies.tsv``
(international bodies and their codes) and ``leaders.tsv`` (who held which office when).

Public API::

    office_holder("prime minister", "GB", date(2005, 3, 1)) -> "Tony Blair"
    person_info("Mr Straw", date(2005, 3, 1)) -> PersonInfo("Jack Straw", "GB", "foreign secretary")
    country_of_word("Pyongyang") -> "KP"

Extensions: :func:`extend_aliases` (the ``[actors]`` table of briefgen.toml or a plugin) adds
``alias -> code`` (a country or body) or ``alias -> canonical person name`` entries; call it
before analysing (in each worker process when analysis runs in a pool). Lookups are cached and
deterministic; tokenisation is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

import pycountry
from rapidfuzz.fuzz import ratio

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Honorifics and titles stripped before looking a person up.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "lord",
        "lady",
        "dame",
        "president",
        "chairman",
        "premier",
        "chancellor",
        "prime",
        "minister",
        "secretary",
        "general",
        "supreme",
        "leader",
        "foreign",
        "finance",
        "senator",
        "governor",
        "king",
        "queen",
        "prince",
        "ayatollah",
        "colonel",
        "general",
        "gen.",
        "sen.",
        "rep.",
        "the",
    ]
)
FUZZY_MIN_LENGTH = 6
FUZZY_THRESHOLD = 90.0
FUZZY_MARGIN = 4.0

# a token after its first character (kept apart so a scan can open with its own first test)
_TOKEN_TAIL = r"[^\W_]*(?:[.\-&][^\W_]+)*(?:['’][^\W_]+)?\.?"
_TOKEN = re.compile(r"[^\W_]" + _TOKEN_TAIL)


@dataclass(frozen=True)
class Term:
    """One surface form: the codes it names, its kind and the codes a context needs."""

    text: str
    codes: tuple[str, ...]
    kind: str
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tenure:
    """One term of office."""

    name: str
    country: str
    office: str
    start: date | None
    end: date | None

    def active(self, on: date) -> bool:
        """Whether the office was held on ``on``."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class PersonInfo:
    """What the gazetteer knows of a person: canonical name, country (or body), office."""

    name: str
    country: str | None
    office: str | None


@dataclass(frozen=True)
class TermMatch:
    """A gazetteer term found in a text: character span, term, and whether it was fuzzy."""

    start: int
    end: int
    term: Term
    surface: str
    fuzzy: bool = False


@dataclass
class Gazetteer:
    """All lookup indexes, built once."""

    terms: dict[tuple[str, ...], Term] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # first token -> longest term length
    people: dict[str, list[Tenure]] = field(default_factory=dict)  # lower full name/alias
    surnames: dict[str, list[Tenure]] = field(default_factory=dict)  # lower single-token alias
    offices: dict[tuple[str, str], list[Tenure]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # body -> member states
    fuzzy_index: dict[tuple[str, int], list[tuple[str, Term]]] = field(default_factory=dict)
    # the same entries keyed also by the lower-cased first two letters (which a fuzzy match
    # must share), in the same order: the lookup then never visits the other entries
    fuzzy_pairs: dict[tuple[str, str, int], list[tuple[str, Term]]] = field(default_factory=dict)
    lower_words: dict[str, Term] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # every leading part of a key

    def add_term(self, text: str, codes: tuple[str, ...], kind: str, context=()) -> None:
        """Index one surface form (later entries do not override earlier ones of higher rank)."""
        key = tuple(normalise_token(t) for t in tokens(text))
        if not key:
            return
        term = Term(text, codes, kind, tuple(context))
        old = self.terms.get(key)
        if old is None or _RANK.get(kind, 9) < _RANK.get(old.kind, 9):
            self.terms[key] = term
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
        self.prefixes.update(key[:size] for size in range(1, len(key) + 1))
        if len(key) == 1 and kind in ("name", "capital", "alias") and not text.isupper():
            self.lower_words.setdefault(text.lower(), term)
            if len(text) >= FUZZY_MIN_LENGTH:
                bucket = (text[0], len(text))
                self.fuzzy_index.setdefault(bucket, []).append((text, term))
                pair = (text[0], text[:2].lower(), len(text))
                self.fuzzy_pairs.setdefault(pair, []).append((text, term))

    def add_tenure(self, tenure: Tenure, aliases: list[str]) -> None:
        """Index one term of office under its canonical name and aliases."""
        for alias in [tenure.name, *aliases]:
            key = _person_key(alias)
            if not key:
                continue
            target = self.surnames if " " not in key else self.people
            target.setdefault(key, []).append(tenure)
        self.offices.setdefault((tenure.office, tenure.country), []).append(tenure)


_RANK = {
    "alias": 0,
    "name": 1,
    "display": 1,
    "body": 1,
    "capital": 2,
    "institution": 3,
    "party": 3,
    "state-outlet": 3,
    "outlet": 4,
    "demonym": 5,
    "context": 6,
}


def tokens(text: str) -> list[str]:
    """Word tokens of ``text`` (dotted abbreviations and hyphenated words are one token)."""
    return _TOKEN.findall(text)  # the pattern has no groups: whole matches


_NORM_CACHE: dict[str, tuple[str, int]] = {}


def _norm_and_cut(tok: str) -> tuple[str, int]:
    """(normalised token, characters to cut from the token's end); memoised (bounded)."""
    found = _NORM_CACHE.get(tok)
    if found is None:
        if tok.isalpha():  # most tokens: no stop, no possessive; only "The" changes
            found = ("the" if tok in ("The", "THE") else tok, 0)
        else:
            norm = normalise_token(tok)
            cut = 0
            if len(norm) < len(tok) and not tok.endswith("."):
                cut = len(tok) - len(norm)  # possessive stripped
            elif tok.endswith(".") and norm == tok[:-1]:
                cut = 1
            found = (norm, cut)
        if len(_NORM_CACHE) > 200_000:
            _NORM_CACHE.clear()
        _NORM_CACHE[tok] = found
    return found


def iter_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, normalised token) for each word of ``text``; linear time."""
    for m in _TOKEN.finditer(text):
        norm, cut = _norm_and_cut(m.group(0))
        yield m.start(), m.end() - cut, norm


def normalise_token(tok: str) -> str:
    """Drop a possessive ``'s`` and a final full stop; ``The`` -> ``the``."""
    if tok.endswith("."):
        tok = tok[:-1]
    if len(tok) > 2 and tok[-2:] in ("'s", "’s"):
        tok = tok[:-2]
    elif tok.endswith("s'") or tok.endswith("s’"):
        tok = tok[:-1]
    if tok in ("The", "THE"):
        return "the"
    return tok.replace("’", "'")


@lru_cache(maxsize=65536)
def _person_key(name: str) -> str:
    """``name`` as the gazetteer's people are keyed; memoised (names recur across stories,
    while ``_person_info`` is keyed by the story's date as well)."""
    words = name.split(" ")
    if name.replace(" ", "").isalpha() and "" not in words:
        # letters and single spaces (most names): the tokens are the words, none changes
        # but "The", and the whole is lower-cased anyway
        while len(words) > 1 and words[0].lower() in HONORIFICS:
            words = words[1:]
        return " ".join(words).lower()
    words = [w for w in tokens(name.replace("’", "'"))]
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(normalise_token(w) for w in words).lower().replace("-", " ")


def _parse_date(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


def _rows(name: str) -> Iterator[list[str]]:
    for line in (DATA_DIR / name).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


_EXTRA: dict[str, str] = {}


def extend_aliases(mapping: Mapping[str, str]) -> None:
    """Add aliases (``alias -> country/body code`` or ``alias -> person name``) and reset caches."""
    _EXTRA.update({str(k): str(v) for k, v in mapping.items()})
    gazetteer.cache_clear()
    _fuzzy_lookup.cache_clear()
    _fuzzy_near.cache_clear()
    _find_terms.cache_clear()
    _cap_head_regex.cache_clear()
    _lower_head_regexes.cache_clear()
    _HEAD_CACHE.clear()
    _person_info.cache_clear()


def reset_aliases() -> None:
    """Drop every alias added by :func:`extend_aliases` (tests)."""
    _EXTRA.clear()
    extend_aliases({})


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from the data files plus any extra aliases; built once."""
    gaz = Gazetteer()
    for row in _rows("countries.tsv"):
        text, codes, kind = row[0], tuple(row[1].split("|")), row[2]
        context = tuple(row[3].split("|")) if len(row) > 3 and row[3] else ()
        if kind == "display":
            gaz.display[codes[0]] = text
        gaz.add_term(text, codes, kind, context)
    for country in pycountry.countries:
        code = country.alpha_2
        names = [
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ]
        for name in names:
            if name and "," not in name and "(" not in name:
                gaz.add_term(name, (code,), "name")
        gaz.display.setdefault(code, getattr(country, "common_name", None) or country.name)
    for row in _rows("bodies.tsv"):
        code, name, aliases = row[0], row[1], row[2]
        gaz.bodies[code] = name
        if len(row) > 3 and row[3]:
            gaz.members[code] = frozenset(row[3].split("|"))
        gaz.display[code] = name
        for alias in [name, *aliases.split("|")]:
            gaz.add_term(alias, (code,), "body")
    for row in _rows("leaders.tsv"):
        name, aliases, country, office, start, end = (row + [""] * 6)[:6]
        tenure = Tenure(name, country, office, _parse_date(start), _parse_date(end))
        gaz.add_tenure(tenure, [a for a in aliases.split("|") if a])
    for alias, target in sorted(_EXTRA.items()):
        if target in gaz.display:
            gaz.add_term(alias, (target,), "alias")
        else:
            tenures = list(gaz.people.get(_person_key(target)) or [])
            for tenure in tenures:
                key = _person_key(alias)
                target_map = gaz.surnames if " " not in key else gaz.people
                target_map.setdefault(key, []).append(tenure)
            if not tenures:
                gaz.add_tenure(Tenure(target, "", "", None, None), [alias])
    return gaz


def _as_date(on: date | datetime | None) -> date | None:
    if isinstance(on, datetime):
        return on.date()
    return on


def is_body(code: str | None) -> bool:
    """Whether ``code`` names an international body rather than a country."""
    return bool(code) and code in gazetteer().bodies


def member_of(country: str | None, body: str | None) -> bool:
    """Is ``country`` a member state of the international body ``body`` (bodies.tsv's
    members: "FR" of "EU")?"""
    return country is not None and country in gazetteer().members.get(body or "", frozenset())


def display_name(code: str) -> str:
    """The everyday name of a country or body code ("RU" -> "Russia")."""
    return gazetteer().display.get(code, code)


def country_of_word(word: str, context: frozenset[str] | set[str] | None = None) -> str | None:
    """Country (alpha-2) or body code a word names: name, demonym, capital, alias, outlet...

    Context-dependent words ("the North") need ``context`` to hold one of their context codes.
    Words naming several countries ("the two Koreas") give None. Falls back to fuzzy matching.
    """
    gaz = gazetteer()
    key = tuple(normalise_token(t) for t in tokens(word))
    term = gaz.terms.get(key)
    if term is None and key and key[0] != "the":
        term = gaz.terms.get(("the", *key))
    if term is None and len(key) > 1 and key[0] == "the":
        key = key[1:]
        term = gaz.terms.get(key)
    if term is None and len(key) == 1:
        term = gaz.lower_words.get(key[0].lower()) if key[0][:1].isupper() else None
        if term is None:
            found = _fuzzy_lookup(key[0])
            term = found[1] if found else None
    if term is None or len(term.codes) != 1:
        return None
    if term.context and not (context and set(term.context) & set(context)):
        return None
    return term.codes[0]


@cache
def _fuzzy_near() -> dict[tuple[str, str, int], list[list[tuple[str, Term]]]]:
    """(first letter, first two letters lower-cased, length) of a word -> the gazetteer's
    ``fuzzy_pairs`` buckets of those letters and a length within 2 of it, shortest first (the
    names a misspelling may be of); only keys with a bucket. One look-up per word."""
    pairs = gazetteer().fuzzy_pairs
    near: dict[tuple[str, str, int], list[list[tuple[str, Term]]]] = {}
    for first, pair, size in pairs:
        for length in range(size - 2, size + 3):
            if (first, pair, length) not in near:
                near[first, pair, length] = [
                    entries
                    for other in range(length - 2, length + 3)
                    if (entries := pairs.get((first, pair, other)))
                ]
    return near


@lru_cache(maxsize=65536)
def _fuzzy_lookup(word: str) -> tuple[str, Term] | None:
    """The one gazetteer name ``word`` is a misspelling of, or None (never ambiguous)."""
    if len(word) < FUZZY_MIN_LENGTH or not word[:1].isupper() or word.isupper():
        return None
    near = _fuzzy_near().get((word[0], word[:2].lower(), len(word)))
    if not near:  # no name shares the first two letters and about the length: the usual case
        return None
    gaz = gazetteer()
    if word.lower() in gaz.lower_words or _person_key(word) in gaz.surnames:
        return None
    scored: list[tuple[float, str, Term]] = []
    for entries in near:
        for text, term in entries:
            if word.startswith(text) or text.startswith(word):
                continue  # an extension ("Hollande", "Indiana") is another name, not a typo
            score = ratio(word, text)
            if score >= FUZZY_THRESHOLD - FUZZY_MARGIN:
                scored.append((score, text, term))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], s[1]))
    best = scored[0]
    if best[0] < FUZZY_THRESHOLD:
        return None
    for other in scored[1:]:
        if other[2].codes != best[2].codes and best[0] - other[0] < FUZZY_MARGIN:
            return None
    return best[1], best[2]


def find_terms(text: str, context: frozenset[str] | None = None) -> list[TermMatch]:
    """Every gazetteer term in ``text``, longest match first, left to right; linear time.

    Capitalised single words not found exactly are fuzzy-matched (``Beijng`` -> Beijing).
    Results are cached per text (actors and positions both scan the same body).
    """
    return list(_find_terms(text))


# A word start: not after a letter/digit, nor after one and a joiner (a token's inner
# positions); written as lookbehinds over the ``k`` characters already matched, so that a
# pattern can open with a literal or a character set the regex engine skips to quickly.
_WORD_START_AFTER = r"(?<![^\W_].{{{k}}})(?<![^\W_][.\-&'’].{{{k}}})"


@cache
def _cap_head_regex() -> re.Pattern[str]:
    """A token opening with a letter other than ``a-z`` (capitalised or not ASCII) at a word start.

    No word start lies inside a token (a token's inner positions follow a letter or a letter
    and a joiner), so the scan meets every such start with its whole ``_TOKEN`` matched.
    """
    first = r"[A-Z\x80-\U0010ffff](?<=[^\W\d_a-z])"  # a cheap set first, then the exact test
    return re.compile(first + _WORD_START_AFTER.format(k=1) + _TOKEN_TAIL)


@cache
def _ascii_cap_head_regex() -> re.Pattern[str]:
    """:func:`_cap_head_regex` for an ASCII text, with its classes spelt in ASCII (a letter
    other than ``a-z`` is ``A-Z``, ``[^\\W_]`` is ``[A-Za-z0-9]``): the same matches there,
    without a Unicode category look-up per character."""
    alnum = "[A-Za-z0-9]"
    return re.compile(
        rf"[A-Z](?<!{alnum}.)(?<!{alnum}[.\-&'].)"
        rf"{alnum}*(?:[.\-&]{alnum}+)*(?:'{alnum}+)?\.?"
    )


@cache
def _lower_head_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(word, pattern) for each gazetteer first word in ``a-z`` ("the", "mainland"), see
    :func:`_lower_head_pattern` (a literal opening is the fastest thing to search for)."""
    gaz = gazetteer()
    lower = sorted(k for k in gaz.first if k[:1] in _ASCII_LOWER)
    return tuple((word, re.compile(_lower_head_pattern(word, gaz))) for word in lower)


def _lower_head_pattern(word: str, gaz: Gazetteer) -> str:
    """``word`` whole at a word start; for a plain word that is no term on its own, only where
    the token may continue it: the token goes on (``the-x``, ``the's``) or the next token starts
    with the initial of a term's second word (most "the" are followed by neither)."""
    pattern = re.escape(word) + _WORD_START_AFTER.format(k=len(word)) + r"(?![^\W_])"
    if not (word.isascii() and word.isalpha()) or (word,) in gaz.terms:
        return pattern
    seconds = {key[1] for key in gaz.prefixes if len(key) > 1 and key[0] == word}
    initials = {second[0] for second in seconds} | ({"T"} if "the" in seconds else set())
    if not initials:
        return pattern
    allowed = "".join(re.escape(ch) for ch in sorted(initials))
    return pattern + r"(?=[.\-&'’][^\W_]|[\W_]*[" + allowed + "])"


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _heads(text: str) -> list[re.Match[str]]:
    """The tokens that may open a term or a fuzzy match, left to right: capitalised words, and
    the lower-case first words of terms where they may open one, each at a word start."""
    caps = _ascii_cap_head_regex() if text.isascii() else _cap_head_regex()
    heads = list(caps.finditer(text))
    starts = {
        m.start()
        for word, regex in _lower_head_regexes()
        if word in text  # a substring test is far cheaper than starting a scan
        for m in regex.finditer(text)
    }
    if starts:
        token = _TOKEN.match
        # a token always starts where a lower-case head was found
        heads.extend(token(text, start) for start in starts)  # type: ignore[misc]
        heads.sort(key=re.Match.start)
    return heads


def _token_at(text: str, pos: int) -> tuple[int, int, int, str] | None:
    """The token starting at or after ``pos``: (start, end without suffix, raw end, norm)."""
    m = _TOKEN.search(text, pos)
    if m is None:
        return None
    tok = m.group(0)
    found = _NORM_CACHE.get(tok) or _norm_and_cut(tok)
    return m.start(), m.end() - found[1], m.end(), found[0]


# raw head token -> (normalised token, cut, longest term it opens, fuzzy match or None), or
# None when the token opens nothing (most capitalised words)
_HeadInfo = tuple[str, int, int, tuple[str, Term] | None]
_HEAD_CACHE: dict[str, _HeadInfo | None] = {}


def _head_info(raw: str) -> _HeadInfo | None:
    """What a head token can open (see ``_HEAD_CACHE``); memoised (bounded)."""
    tok, cut = _norm_and_cut(raw)
    longest = gazetteer().first.get(tok, 0)
    fuzzy = _fuzzy_lookup(tok) if len(tok) >= FUZZY_MIN_LENGTH and tok[:1].isupper() else None
    info = (tok, cut, longest, fuzzy) if longest or fuzzy else None
    if len(_HEAD_CACHE) > 200_000:
        _HEAD_CACHE.clear()
    _HEAD_CACHE[raw] = info
    return info


@lru_cache(maxsize=512)
def _find_terms(text: str) -> tuple[TermMatch, ...]:
    out: list[TermMatch] = []
    consumed = 0
    head_get = _HEAD_CACHE.get
    for cand in _heads(text):
        raw = cand[0]
        info = head_get(raw, False)
        if info is False:
            info = _head_info(raw)
        if info is None:
            continue
        pos = cand.start()
        if pos < consumed:
            continue
        tok, cut, longest, fuzzy = info
        if longest:
            found = _term_at(text, pos, cand.end(), tok, cut, longest)
            if found is not None:
                out.append(found[0])
                consumed = found[1]
                continue
        if fuzzy is not None:
            end = cand.end() - cut
            out.append(TermMatch(pos, end, fuzzy[1], text[pos:end], fuzzy=True))
    return tuple(out)


def _term_at(
    text: str, pos: int, raw_end: int, tok: str, cut: int, longest: int
) -> tuple[TermMatch, int] | None:
    """The longest term opening with the head token at ``pos`` (up to ``longest`` tokens) and
    the end of its last raw token, or None."""
    gaz = gazetteer()
    terms = gaz.terms
    prefixes = gaz.prefixes
    toks = [(pos, raw_end - cut, raw_end, tok)]
    keys = [(tok,)]
    while len(toks) < longest:
        nxt = _token_at(text, toks[-1][2])
        if nxt is None or (*keys[-1], nxt[3]) not in prefixes:
            break
        toks.append(nxt)
        keys.append((*keys[-1], nxt[3]))
    for size in range(len(toks), 0, -1):
        term = terms.get(keys[size - 1])
        if term is None:
            continue
        if tok == "the" and size > 1 and _longer_from(text, toks[1], size - 1):
            return None  # "The North Korean administration": "North Korean", not "the North"
        # a term must not straddle a sentence or clause break
        start, end = pos, toks[size - 1][1]
        if size > 1 and _BREAK.search(text, start, end) and "." not in term.text:
            continue
        return TermMatch(start, end, term, text[start:end]), toks[size - 1][2]
    return None


_BREAK = re.compile(r"[.;:!?\n]")


def _longer_from(text: str, head: tuple[int, int, int, str], size: int) -> bool:
    """Whether a term longer than ``size`` tokens starts at token ``head``."""
    gaz = gazetteer()
    key: tuple[str, ...] = (head[3],)
    last = head
    while len(key) <= size:
        nxt = _token_at(text, last[2])
        if nxt is None or (*key, nxt[3]) not in gaz.prefixes:
            return False
        key = (*key, nxt[3])
        last = nxt
    while key in gaz.prefixes:
        if key in gaz.terms:
            return True
        nxt = _token_at(text, last[2])
        if nxt is None:
            return False
        key = (*key, nxt[3])
        last = nxt
    return False


@lru_cache(maxsize=65536)
def _person_info(name: str, on: date | None) -> PersonInfo | None:
    gaz = gazetteer()
    key = _person_key(name)
    if not key:
        return None
    if " " in key:
        words = key.split(" ")
        for first in range(len(words) - 1):  # "chinese president xi jinping" -> "xi jinping"
            tenures = gaz.people.get(" ".join(words[first:]))
            if tenures:
                return _pick(tenures, on, strict=False)
        if len(words) > 2 and any(len(w) == 1 for w in words[1:-1]):
            # a middle initial, newspaper style: "vladimir v putin" is "vladimir putin"
            plain = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
            tenures = gaz.people.get(" ".join(plain))
            if tenures:
                return _pick(tenures, on, strict=False)
        return None
    return _pick(gaz.surnames.get(key, []), on, strict=True)


def _pick(tenures: list[Tenure], on: date | None, strict: bool) -> PersonInfo | None:
    """One person's info from candidate tenures; None when they disagree on the country."""
    if not tenures:
        return None
    pool = tenures
    out_of_office = False
    if on is not None:
        active = [t for t in tenures if t.active(on)]
        if active:
            pool = active
        elif strict:
            return None
        else:
            # a full name known, but in no listed term on that date (a candidate in 2015 who
            # was president from 2017): the person and country are known, no office then
            out_of_office = True
    countries = {t.country for t in pool}
    if len(countries) != 1:
        return None
    names = sorted({t.name for t in pool})
    best = pool[0]
    if len(names) > 1:
        # several people of one country (e.g. "Kim"): the country is known, the person is not
        leaders = [t for t in pool if t.office in ("president", "leader", "prime minister")]
        if on is None or len({t.name for t in leaders}) != 1:
            return PersonInfo(names[0] if len(names) == 1 else "", best.country, None)
        best = leaders[0]
    office = best.office if on is not None or len({t.office for t in pool}) == 1 else None
    if out_of_office:
        office = None
    return PersonInfo(best.name, best.country or None, office or None)


def person_info(name: str, on: date | datetime | None = None) -> PersonInfo | None:
    """What the gazetteer knows of ``name`` (full name, alias or surname; titles stripped).

    A bare surname needs the date to fall in a term of office when ``on`` is given; when several
    people share the name, the result is None unless they all belong to one country (then the
    canonical name may be empty).
    """
    if isinstance(on, datetime):  # ``_as_date`` inline: this runs for every name read
        on = on.date()
    return _person_info(name, on)


@lru_cache(maxsize=4096)
def known_offices(name: str) -> frozenset[str]:
    """Every office the gazetteer records for the person named ``name`` (full name or alias),
    in any period: an undated story cannot tell which of them the person held."""
    key = _person_key(name)
    if " " not in key:
        return frozenset()
    return frozenset(t.office for t in gazetteer().people.get(key, []) if t.office)


def tenures(name: str) -> tuple[Tenure, ...]:
    """Every term of office the gazetteer lists for the full name ``name`` (none for a bare
    surname)."""
    key = _person_key(name)
    if " " not in key:
        return ()
    return tuple(gazetteer().people.get(key, ()))


def office_holder(office: str, country: str | None, on: date | datetime | None) -> str | None:
    """Who held ``office`` (e.g. "prime minister") of ``country`` on ``on``; None if unknown."""
    gaz = gazetteer()
    office = office.lower().strip()
    on = _as_date(on)
    if country is None:
        candidates = [t for (o, _c), ts in gaz.offices.items() if o == office for t in ts]
    else:
        candidates = gaz.offices.get((office, country), [])
    if on is not None:
        candidates = [t for t in candidates if t.active(on)]
    names = {t.name for t in candidates}
    return names.pop() if len(names) == 1 else None


__all__ = [
    "PersonInfo",
    "TermMatch",
    "country_of_word",
    "display_name",
    "extend_aliases",
    "find_terms",
    "gazetteer",
    "is_body",
    "known_offices",
    "office_holder",
    "person_info",
    "tenures",
]
