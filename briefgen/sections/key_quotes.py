"""Key quotes: the most informative direct quotations, each with its speaker and sources.

Candidates are the stories' direct quotes whose speaker is named. Each gets a score: policy
vocabulary (``briefgen/data/policy_terms.txt``) and the stories' main issues (words that recur
across the stories' titles and bodies) count for it, pleasantries against it, and a quote reported
by several outlets counts once per outlet (copies of one story count once). The same or nearly the
same quote in several stories is merged into one entry listing every source: an exact index on
normalised text, then a shingle index (5-word shingles -> entries) so only quotes sharing a shingle
are compared with rapidfuzz — never all pairs. The same words given to two different speakers are an
attribution conflict and are left out (one of the two is wrong). Selection is greedy by score with
caps per speaker and per story and a diminishing bonus for speakers, stories and countries not yet
shown; when every remaining candidate is at a cap the section is shorter, not less diverse. A
speaker's role is shown as the story gives it ("Labour spokesman").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from briefgen.analysis.gazetteer import tenures
from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.mentions import speech_alternation
from briefgen.analysis.name_display import shown_name
from briefgen.analysis.officials import non_government, speaks_for_country
from briefgen.analysis.role_labels import STATE_OFFICE_RE
from briefgen.hookspecs import hookimpl
from briefgen.model import Quote, Speaker, Story, outlet_count
from briefgen.section import BuildContext, Section

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
SHINGLE = 5
# Below this many quoted speakers the caps give way to the best remaining quotes (a two-story
# brief where one man speaks); at or above it they hold.
FEW_SPEAKERS = 4


@dataclass
class KeyQuotesConfig:
    """``[sections.key-quotes]`` options."""

    max_quotes: int = 8
    min_words: int = 6
    max_words: int = 90
    max_per_speaker: int = 2
    max_per_story: int = 2  # applies once quotes come from at least ``max_per_story + 2`` stories
    merge_similarity: float = 90.0  # rapidfuzz ratio (0-100) for near-duplicates
    include_organisations: bool = True


@dataclass
class QuoteSource:
    """Where a quote appears: story id and character span of the text in its body."""

    story: str
    start: int
    end: int


@dataclass
class QuoteSpeaker:
    """Who said it: canonical name, title, ISO 3166-1 alpha-2 country (or None)."""

    name: str | None
    title: str | None = None
    country: str | None = None

    @property
    def attribution(self) -> str:
        """ "Vladimir Putin, President of Russia" — the line shown under the quote.

        "of <country>" follows only an office of state given bare ("President", "Foreign
        Minister"); any other role is shown as the story gives it ("Labour spokesman"), never
        "spokesman of United Kingdom".
        """
        parts = [self.name or "Unknown speaker"]
        place = country_name(self.country) if self.country else None
        if self.title and place and STATE_OFFICE_RE.fullmatch(self.title):
            parts.append(f"{self.title} of {place}")
        elif self.title:
            parts.append(self.title)
        return ", ".join(parts)


def role_label(story: Story, name: str | None, title: str | None) -> str | None:
    """``title`` as the story labels the speaker's role ("Labour spokesman"): the label the
    analysis read for the person (``people.Person.role``) when it ends with the last word of
    ``title`` (the analysis may drop a day or write "former" for "Ex-")."""
    role = story.annotations.get("roles", {}).get(name) if name and title else None
    if role == "":
        return None  # the analysis found the title no label ("England governor" cut from a name)
    head = (title or "").rsplit(None, 1)[-1] if title else ""
    return role if isinstance(role, str) and role.endswith(head) else title


@dataclass
class KeyQuote:
    """One entry of the Key quotes section."""

    text: str
    speaker: QuoteSpeaker
    kind: str
    sources: list[QuoteSource] = field(default_factory=list)
    reported_by: int = 1  # distinct outlets carrying it (copies of one story count once)

    @property
    def display_text(self) -> str:
        """The text as shown in the brief (not serialised; ``text`` stays verbatim).

        A quote that the article split with an attribution (``"…my colleagues," Putin said``)
        ends in a comma or dash inside the marks; shown alone that reads as a typo, so the
        dangling comma/semicolon/dash becomes an ellipsis: "…my colleagues…".
        """
        return display_quote(self.text)


def display_quote(text: str) -> str:
    """``text`` with a dangling trailing ``,``/``;``/dash replaced by "…" (display only)."""
    stripped = text.rstrip()
    trimmed = stripped.rstrip(",;–—- ")
    if not trimmed or trimmed == stripped:
        return stripped
    return trimmed if trimmed[-1] in ".?!…" else trimmed + "…"


def country_name(code: str | None) -> str | None:
    """Short English name of an ISO 3166-1 alpha-2 code ("RU" -> "Russia")."""
    if not code:
        return None
    try:
        from briefgen.analysis.gazetteer import display_name

        name = display_name(code)
        if name and name != code:
            return name
    except Exception:
        pass
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code.upper())
    except (ImportError, LookupError, KeyError):
        return code
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


@cache
def _terms() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(policy words, policy phrases, pleasantry words, pleasantry phrases)."""
    sections: dict[str, set[str]] = {"policy": set(), "pleasantry": set()}
    current = "policy"
    for raw in (DATA_DIR / "policy_terms.txt").read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, set())
            continue
        sections[current].add(line)
    pol, ple = sections["policy"], sections["pleasantry"]
    return (
        frozenset(t for t in pol if " " not in t),
        frozenset(t for t in pol if " " in t),
        frozenset(t for t in ple if " " not in t),
        frozenset(t for t in ple if " " in t),
    )


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower().replace("’", "'"))


def _main_issues(stories: list[Story], top: int = 25) -> frozenset[str]:
    """Content words that recur across the stories (titles weigh triple)."""
    df: Counter[str] = Counter()
    stop = stopwords()
    for s in stories:
        seen = {w for w in set(_words(s.body)) if len(w) > 3 and w not in stop}
        title = {w for w in set(_words(s.title)) if len(w) > 3 and w not in stop}
        df.update(seen)
        for w in title:
            df[w] += 3
    # ties broken by the word itself: Counter order follows set order, which varies per process
    ranked = sorted(df.items(), key=lambda item: (-item[1], item[0]))
    return frozenset(w for w, _ in ranked[:top])


@dataclass
class _Entry:
    quote: Quote
    words: list[str]
    key: str
    story: Story
    sources: list[QuoteSource] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)
    score: float = 0.0
    conflict: bool = False
    outlets: int = 1  # distinct outlets of the stories quoting it


def _score(words: list[str], text: str, issues: frozenset[str]) -> float:
    pw, pp, lw, lp = _terms()
    low = " ".join(words)
    policy = sum(1 for w in words if w in pw) + sum(1 for t in pp if t in low)
    pleasant = sum(1 for w in words if w in lw) + sum(1 for t in lp if t in low)
    issue = sum(1 for w in set(words) if w in issues)
    n = len(words)
    length = 1.0 if 12 <= n <= 60 else 0.6
    return (2.0 * policy + 1.0 * issue - 2.5 * pleasant) * length + min(n, 40) / 40


class KeyQuotesSection(Section):
    """The N most informative direct quotes, attributed, with every source."""

    id = "key-quotes"
    title = "Key quotes"
    order = 20
    description = "Verbatim quotations that matter, each with its speaker and sources."
    config_class = KeyQuotesConfig

    def build(self, context: BuildContext) -> list[KeyQuote]:
        config = (
            context.config if isinstance(context.config, KeyQuotesConfig) else (KeyQuotesConfig())
        )
        return select_quotes(context.stories, config)


def _merge(stories: list[Story], config: KeyQuotesConfig) -> list[_Entry]:
    from rapidfuzz import fuzz

    entries: list[_Entry] = []
    exact: dict[str, _Entry] = {}
    shingles: dict[int, list[int]] = {}
    for story in stories:
        for q in story.quotes:
            if q.kind != "direct" or not q.speaker.name:
                continue
            words = _words(q.text)
            if not (config.min_words <= len(words) <= config.max_words):
                continue
            if not reads_alone(q.text):
                continue
            key = " ".join(words)
            src = QuoteSource(story.id, q.start, q.end)
            entry = exact.get(key)
            if entry is not None and entry.quote.speaker.name != q.speaker.name:
                entry.conflict = True  # the same words given to another speaker
                continue
            if entry is None:
                grams = {
                    hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)
                }
                seen: set[int] = set()
                conflicted = False
                for g in grams:
                    for idx in shingles.get(g, ()):
                        if idx in seen:
                            continue
                        seen.add(idx)
                        cand = entries[idx]
                        if cand.conflict:
                            continue
                        if cand.quote.speaker.name != q.speaker.name:
                            # the same words given to another speaker: one of them is wrong
                            if fuzz.partial_ratio(cand.key, key) >= config.merge_similarity:
                                cand.conflict = True
                                conflicted = True
                            continue
                        if fuzz.ratio(cand.key, key) >= config.merge_similarity:
                            entry = cand
                            break
                    if entry is not None:
                        break
                if entry is None:
                    entry = _Entry(q, words, key, story, conflict=conflicted)
                    entries.append(entry)
                    idx = len(entries) - 1
                    for g in grams:
                        shingles.setdefault(g, []).append(idx)
                exact[key] = entry
            if story.id not in entry.stories:
                entry.stories.add(story.id)
                entry.sources.append(src)
    return entries


# the reporter's words run into the quotation: an attribution inside it ("'Monetary policy
# will be restrictive ...' to the central bank's 2% target, said Fed Vice Chair Lael
# Brainard"; "... regrets. Robinson also revealed that ..."; a title quoted, then "He wrote,
# ‘...’": another writer's words)
_OWN_ATTRIBUTION = re.compile(
    rf",\s+(?:{speech_alternation('attribution')})\s+(?:[A-Z]|the\s)"
    r"|(?:^|[.!?…][’'”\"]?\s+)(?!(?:We|They|You|It)\b)(?:[A-Z][\w'’-]+|He|She)\s+(?:also\s+)?"
    rf"(?:{speech_alternation('in_quote_attribution')}|wrote|writes)\b"
)


def reads_alone(text: str) -> bool:
    """Can the quotation stand alone under its speaker's name: it does not go on from the
    reporter's words ("but if you get a real close election") and holds
    no attribution of the reporter's ("..., said Fed Vice Chair Lael Brainard")?"""
    first = text.lstrip(" \"'“‘.…[(").split(maxsplit=1)
    if first and first[0] in _GOES_ON:
        return False
    return _OWN_ATTRIBUTION.search(text) is None


# a quotation opening on one of these goes on from the reporter's words ("but if you get a
# real close election", "like the United States military, relies on", "does not represent");
# "we can't resolve anything without talks" opens a sentence of its own
_GOES_ON_WORDS = (
    "but and or nor so then like because if when while although though that which who whom to "
    "of for with as than does do did is are was were has have had never not also"
)
_GOES_ON = frozenset(_GOES_ON_WORDS.split())


def private_voice(story: Story, speaker: Speaker) -> bool:
    """Is the speaker a private person the story introduces by age ("Jane Roe, 78, arrived at
    her polling station"), with no role and no country: a voter's word, not a key quote?"""
    if speaker.title or speaker.country or not speaker.name:
        return False
    return re.search(rf"\b{re.escape(speaker.name)},\s+\d{{1,3}},", story.body) is not None


def select_quotes(stories: list[Story], config: KeyQuotesConfig) -> list[KeyQuote]:
    """Pick, merge and order the key quotes of ``stories``."""
    entries = [e for e in _merge(stories, config) if not e.conflict]
    if not config.include_organisations:
        people = {a.name for s in stories for a in s.actors if a.kind == "person"}
        entries = [e for e in entries if e.quote.speaker.name in people]
    entries = [e for e in entries if not private_voice(e.story, e.quote.speaker)]
    issues = _main_issues(stories)
    quoted_in: dict[str, set[str]] = {}  # a speaker quoted in many stories matters more
    for e in entries:
        quoted_in.setdefault(e.quote.speaker.name or "", set()).update(e.stories)
    by_id = {story.id: story for story in stories}
    for e in entries:
        e.outlets = outlet_count([by_id[src.story] for src in e.sources])
        prominence = math.log2(1 + len(quoted_in[e.quote.speaker.name or ""]))
        e.score = _score(e.words, e.quote.text, issues) + 1.5 * (e.outlets - 1) + 0.5 * prominence
    entries.sort(key=lambda e: (-e.score, e.story.id, e.quote.start))
    story_cap = (
        config.max_per_story
        if len({e.story.id for e in entries}) >= config.max_per_story + 2
        else config.max_quotes
    )
    chosen: list[_Entry] = []
    per_speaker: Counter[str] = Counter()
    per_story: Counter[str] = Counter()
    per_country: Counter[str | None] = Counter()
    pool = list(entries)
    max_per_speaker = config.max_per_speaker
    # plain look-ups in the scan (a Counter's missing key costs a Python call)
    speaker_n, story_n, country_n = per_speaker.get, per_story.get, per_country.get
    while pool and len(chosen) < config.max_quotes:
        best_i, best_val = -1, float("-inf")
        for i, e in enumerate(pool):
            speaker = e.quote.speaker
            name = speaker.name or ""
            by_speaker = speaker_n(name, 0)
            by_story = story_n(e.story.id, 0)
            if by_speaker >= max_per_speaker or by_story >= story_cap:
                continue
            val = e.score - 1.5 * by_speaker - 1.0 * by_story - 0.5 * country_n(speaker.country, 0)
            if val > best_val:
                best_i, best_val = i, val
        if best_i < 0:
            if len(quoted_in) >= FEW_SPEAKERS:
                break  # every candidate left is at a cap: a shorter section, not a less diverse one
            best_i = 0  # a story or two with one or two voices: their best quotes, by score
        e = pool.pop(best_i)
        chosen.append(e)
        per_speaker[e.quote.speaker.name or ""] += 1
        per_story[e.story.id] += 1
        per_country[e.quote.speaker.country] += 1
    chosen.sort(key=lambda e: -e.score)
    return [_key_quote(e) for e in chosen]


def _key_quote(entry: _Entry) -> KeyQuote:
    speaker = entry.quote.speaker
    title = speaker.title
    role = role_label(entry.story, speaker.name, title)
    if role != title or not (title and speaker.country and STATE_OFFICE_RE.fullmatch(title)):
        # an office the story qualifies by an organisation ("Federal Reserve Bank of Kansas City
        # President") is not the state's: shown as the story labels it
        title = role
    if title and _NO_ROLE.fullmatch(title):
        title = None  # "Afghan, official" (a demonym cut by a comma), "Jr" (a name's suffix)
    if title and _office_not_held(entry.story, speaker.name, title):
        title = None  # "Secretary" for a former secretary of state: an office no longer held
    return KeyQuote(
        text=entry.quote.text,
        speaker=QuoteSpeaker(
            _shown_name(entry.story, speaker.name),
            title,
            shown_country(title, speaker.country, _official(entry.story, speaker)),
        ),
        kind=entry.quote.kind,
        sources=entry.sources,
        reported_by=entry.outlets,
    )


def _shown_name(story: Story, name: str | None) -> str | None:
    """A person's name without the descriptor a name run kept in front ("Swede Joachim
    Johansson" is shown "Joachim Johansson"); a name the analysis gave no person, only when a
    known given name is left ("Chief Executive Martin Sorrell")."""
    if not name:
        return name
    person = any(a.name == name and a.kind == "person" for a in story.actors)
    return shown_name(name, story.body, need_given=not person)


def _in_office(story: Story, name: str | None) -> bool | None:
    """Did the gazetteer's ``name`` hold an office of government on the story's date? None
    when the story is undated or the gazetteer lists no term for the name."""
    terms = tenures(name) if name else ()
    if story.published is None or not terms:
        return None
    day = story.published.date()
    return any(t.active(day) and t.office and not non_government(t.office) for t in terms)


def _office_not_held(story: Story, name: str | None, title: str) -> bool:
    """Is ``title`` ("Secretary", "President") an office the gazetteer lists for ``name`` in
    another period than the story's date (a former secretary of state, a future president)?"""
    if title.lower().startswith("former") or _in_office(story, name) is not False:
        return False
    word = title.lower()
    return any(t.office and word in t.office for t in tenures(name or ""))


def _official(story: Story, speaker: Speaker) -> bool:
    """Does the speaker speak for a government in ``story``: in office on its date (a
    candidate who later held office did not), else the analysis's test (a government title
    or a known office holder)?"""
    held = _in_office(story, speaker.name)
    if held is not None:
        return held
    actor = next((a for a in story.actors if a.name == speaker.name), None)
    return actor is not None and speaks_for_country(actor, story)


def shown_country(title: str | None, country: str | None, official: bool = False) -> str | None:
    """The country a key quote's speaker is labelled with: none for a speaker the story gives
    no role and who speaks for no government (a candidate, a congressman: the country is a
    nationality, not the state speaking), nor for an envoy to an organisation ("former UN
    Ambassador": a state's envoy, not the organisation's official)."""
    if not country or not (title or official):
        return None
    if title and _ENVOY.search(title) and not _state_code(country):
        return None
    return country


def _state_code(code: str) -> bool:
    """Is ``code`` a state's ISO 3166-1 alpha-2 code (not an organisation's: "UN", "EU")?"""
    try:
        import pycountry

        return pycountry.countries.get(alpha_2=code.upper()) is not None
    except (ImportError, LookupError, KeyError):
        return len(code) == 2 and code.upper() not in {"UN", "EU"}


_ENVOY = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate)\b")


# a label that names no role: a word cut from the next by a comma, a name's suffix, "Former"
# alone ("Former Manfred Mann singer Paul Jones" read as Manfred Mann's title)
_NO_ROLE = re.compile(r"[A-Z][a-z]+,\s+.*|(?:Jr|Sr|Jnr|Snr|II|III)\.?|[Ff]ormer|[Ee]x-?")


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Key quotes section."""
    register(KeyQuotesSection())
