"""Positions by country: for each country (and international body) its actors and its stated
positions, issue by issue, each with the evidence that supports it.

Statements come from ``story.statements`` (see :mod:`briefgen.analysis.positions`); when one
country holds most of them (a domestic political corpus), its parties' statements
(``story.annotations["positions.parties"]``) make rows of their own beside "<country> —
government". Across stories, positions merge by an index keyed on (row, issue, stance, target):
one pass, no all-pairs comparison. Only lexicon issues are shown (a statement whose issue the
lexicon cannot name would need an internal label); the table has at most
``max_table_issues`` of them, most cited first. Neutral statements (a government voice saying
something with no stance the sentence states) are left out unless ``include_neutral`` is set:
an independent review found most "states" lines were no position at all; party rows show
stances only. Rows share ``max_statements`` lines, best-evidenced first; of those, a line shows
only when its confidence clears the bar (:mod:`briefgen.sections.position_lines`), and a line
below it leaves its place empty rather than let a weaker one move up. A footnote cites the
stories holding the line shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from briefgen.analysis.actor_verbs import stance_after
from briefgen.analysis.gazetteer import display_name, find_terms, is_body
from briefgen.analysis.genre import is_opinion
from briefgen.analysis.issues import classify_issue, issue_label, issue_lexicon
from briefgen.analysis.mentions import speech_alternation, speech_forms
from briefgen.analysis.own_words import TOLD_AGAIN
from briefgen.analysis.parties import ANNOTATION as PARTY_ANNOTATION
from briefgen.analysis.stance_lexicon import stance_cues_file
from briefgen.hookspecs import hookimpl
from briefgen.model import Statement, Story
from briefgen.section import BuildContext, Section
from briefgen.sections.position_lines import confident
from briefgen.sections.referents import points_back

STANCE_ORDER = (
    "demands",
    "conditions",
    "proposes",
    "opposes",
    "rejects",
    "denies",
    "accuses",
    "warns",
    "supports",
    "neutral",
)
STANCE_LABELS = {
    "demands": "demands",
    "conditions": "sets conditions",
    "proposes": "proposes",
    "opposes": "opposes",
    "rejects": "rejects",
    "denies": "denies",
    "accuses": "accuses",
    "warns": "warns",
    "supports": "supports",
    "neutral": "states",
}
# how a stance aimed at another actor reads: "warns United States", "rejects the position of
# the European Union" (the issue column alone would misread it: China warning the US against
# its demand does not oppose what the US demands)
TARGET_LABELS = {
    "opposes": "opposes the position of {}",
    "rejects": "rejects the position of {}",
    "denies": "denies claims of {}",
    "accuses": "accuses {}",
    "warns": "warns {}",
    "demands": "demands of {}",
    "supports": "supports {}",
}


def stance_label(stance: str, target: str | None = None) -> str:
    """A stance as a readable verb, with the actor it is aimed at ("warns United States")."""
    if target and stance in TARGET_LABELS:
        return TARGET_LABELS[stance].format(display_name(target))
    return STANCE_LABELS.get(stance, stance)


NO_POSITION = "–"
OTHER_ISSUES = "Other issues"  # the table's last column when the issues outnumber the columns


@dataclass
class PositionsConfig:
    """``[sections.positions-by-country]`` options."""

    max_positions_per_country: int = 10
    max_statements: int = 48  # lines under all rows together; rows share them out
    max_evidence: int = 3
    min_evidence: int = 1
    include_bodies: bool = True
    include_neutral: bool = False
    max_countries: int = 14
    max_table_issues: int = 6
    max_statement_chars: int = 220
    # show only lines whose confidence clears the fitted bar (position_lines.py): a row or a
    # section left empty beats a wrong line
    line_bar: bool = True


@dataclass
class Evidence:
    """Where a position is stated: story id, character span in its body, and the text."""

    story: str
    start: int
    end: int
    text: str


@cache
def _lexicon_labels() -> frozenset[str]:
    return frozenset(issue.label for issue in issue_lexicon())


@dataclass
class Position:
    """One stated position of a country on an issue."""

    issue: str
    stance: str
    statement: str
    evidence: list[Evidence] = field(default_factory=list)
    target: str | None = None

    @property
    def stance_label(self) -> str:
        """The stance as a readable verb ("sets conditions", "states", "warns United States")."""
        return stance_label(self.stance, self.target)

    @property
    def lexicon(self) -> bool:
        """Whether the issue is a lexicon issue (not a key-phrase fallback)."""
        return self.issue in _lexicon_labels()

    @property
    def sources(self) -> list[str]:
        """The stories that hold the statement shown (its first evidence, and copies of that
        sentence in other stories), each once: a footnote cites only stories containing its
        evidence, never those that merely gave the same stance in other words."""
        if not self.evidence:
            return []
        shown = _SPACES.sub(" ", self.evidence[0].text).strip()
        return list(
            dict.fromkeys(
                e.story for e in self.evidence if _SPACES.sub(" ", e.text).strip() == shown
            )
        )


@dataclass
class CountryPositions:
    """A country's (or body's) row: its actors and its positions."""

    country: str
    name: str
    actors: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    voice: str = "government"  # or the party whose row this is

    @property
    def table_issues(self) -> list[str]:
        """The table's issue columns (the same for every row of one build)."""
        return list(getattr(self, "_table_issues", []))

    @property
    def table_cells(self) -> list[str]:
        """One cell per table column: this row's readable stances on that issue, or a dash."""
        columns = self.table_issues
        cells = [self._stances_on(issue) or NO_POSITION for issue in columns]
        if columns and columns[-1] == OTHER_ISSUES:
            others = dict.fromkeys(
                p.issue for p in self.positions if p.lexicon and p.issue not in columns
            )
            named = "; ".join(f"{issue}: {self._stances_on(issue)}" for issue in others)
            cells[-1] = named or NO_POSITION
        return cells

    def _stances_on(self, issue: str) -> str:
        """This row's readable stances on one issue ("demands, supports"), or ""."""
        stances = [(p.stance, p.target) for p in self.positions if p.issue == issue]
        ordered = sorted(dict.fromkeys(stances), key=lambda s: STANCE_ORDER.index(s[0]))
        return ", ".join(stance_label(*s) for s in ordered)


# "PARIS, Jan 8 (Reuters) - ", "SEOUL, Aug. 20 (Yonhap) -- ": a wire dateline, not the statement
_DATELINE = re.compile(
    r"^…?[A-Z][\w .,'’\-]{0,40}?\((?:[A-Z][\w.&]*)(?:\s+[A-Z][\w.&]*){0,2}\)\s*[-—–]+\s*"
)
# a clause that ends on its reporting verb: what was said comes before it
_TOLD_WHOM = r"\s+[\w ]{1,30}"  # "told reporters in Seoul"
# the reporting verb and the day it may name: "said", "told reporters in Seoul on Monday"
_SAID_ON_DAY = (
    rf"(?:{speech_alternation('attribution', hearer=_TOLD_WHOM)})"
    r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day|\s+today)?"
)
_REPORTING_TAIL = re.compile(rf"\b{_SAID_ON_DAY}\s*$")
# a line that opens on a word pointing back to a sentence the line does not show ("This money
# must go back into the economy.", "It issued a statement"): it cannot be read alone
_ANAPHORIC = re.compile(
    r"^[\"“‘']?(?:This|These|That|Those|It|They|Its|Their|His|Her|Because|Which)\b"
    # ("It is a mistake to ...": "it" stands for the clause after, not for a thing before; "It
    # is a terrorist organisation and we are fighting them" points back)
    r"(?!\s+is\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:to|that|for|when|if|whether)\b)"
)
# "Mr Brown said it was "winning support every day"": a person's "it" points back to a
# thing the line does not name (the IFF); "it was important to" (no referent) is kept
_PERSON_SAID_IT = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|[Hh]e|[Ss]he)\b[^,;:\"“]{0,40}?"
    rf"\b(?:{speech_alternation('said_it')})"
    r"\s+(?:that\s+)?it\s+(?:was|is|were|had\s+been|has\s+been|would\s+be|will\s+be)"
    r"\s+(?:[\"“‘']|(?:not\s+)?[a-z]+ing\b)"
)
# a line that only says who spoke ("Sarkozy said.", "French President Nicolas Sarkozy told
# reporters."): what was said stayed in the sentence before
_BARE_ATTRIBUTION = re.compile(
    rf"^[\"“‘'”’,]*\s*(?:[A-Z][\w.'’-]*\s+){{1,5}}{_SAID_ON_DAY}\s*[.!]?\s*$"
)
_PERSON_PRONOUN = re.compile(r"^(He|She)\s+(?=[a-z])")
# a quote opening on "He": someone the speaker talks about, not the speaker
_QUOTED_PRONOUN = re.compile(r"^[\"“‘'](?:He|She|His|Her)\b")
_FIRST_PERSON = re.compile(r"^[\"“‘']?(?:I|We|Our|My)\b")
_SAID_BY_PRONOUN = re.compile(rf"\b(?:he|she)\s+(?=(?:{speech_alternation('pronoun_said')})\b)")
_CONJUNCTION = re.compile(r"…(?:but|and|while|whereas|although|though|as|yet)\s")
_BULLET = re.compile(r"^[-•*]\s+")
# "the cash could be shared out", "This money must go back": money named by a word pointing
# back to a sentence the line does not show
_MONEY_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:cash|money|sum|funds)\b(?!\s+(?:of|from|for|raised|"
    r"spent|owed|needed|pledged))"
)
_SPEECH = re.compile(rf"\b(?:{speech_alternation('in_line')}|according)\b")
# a subordinate clause with no main clause ("When the police say that you have to take them
# seriously"), a participle whose subject the line does not show ("While saying that ...
# the South does not want ..."), a pronoun subject after a conjunction ("But he argued")
_SUBORDINATE = re.compile(r"^[\"“‘']?(?:When|If|Although|Though|Because|Since|Unless|Whether)\b")
_PARTICIPLE = re.compile(
    r"^[\"“‘']?(?:(?:While|After|Before|Despite|Besides)\s+)?"
    rf"(?:{speech_alternation('opening_participles')})\b"
)
_CONJOINED_PRONOUN = re.compile(r"^[\"“‘']?(?:But|And|Yet|So)\s+(?:he|she)\b")
# a stance whose object is only a generic noun the line does not name ("Italy and Germany also
# favour an early start to talks, but", "welcomed the move,", "backs the proposal and"): the
# story may say which talks or plan, the line does not ("talks with Ankara", "the plan to cut
# subsidies" and a fronted "On Turkey's bid, ..." name it). The verbs are the stance lexicon's
# (stance_cues.toml) one-word forms of support, opposition and rejection.
_GENERIC_NOUN = (
    r"\s+(?:(?:an?|the)\s+)?(?:(?:early|quick|swift|speedy|prompt|immediate|new|fresh|further)\s+)?"
    r"(?:(?:start|return|resumption|end)\s+(?:to|of)\s+(?:the\s+)?)?"
    r"(?:talks|negotiations|plans?|proposals?|changes|move|idea|measures?|scheme)"
    r"(?=\s*(?:[,.;!]|$|\s+(?:but|and|while|as|because)\b))"
)


@cache
def _generic_object() -> re.Pattern[str]:
    """The pattern of a line whose stance verb takes only a generic noun (built once)."""
    verbs = stance_cues_file()["verbs"]
    forms = sorted(
        {f for family in ("supports", "opposes", "rejects") for f in verbs[family] if " " not in f},
        key=lambda f: (-len(f), f),
    )
    return re.compile(rf"^[^,;:]{{0,80}}?\b(?:{'|'.join(forms)}){_GENERIC_NOUN}")


# lower-case words and figures: names are shared by every line of one speaker, not a matter
_CONTENT_WORD = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]{3,}|\d[\d.,]*")
_FUNCTION_WORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "have",
        "has",
        "had",
        "will",
        "would",
        "also",
        "were",
        "been",
        "their",
        "there",
        "they",
        "which",
        "about",
        "after",
        "before",
        "could",
        "should",
        "must",
        "into",
        "than",
        "more",
        "most",
        "over",
        "such",
        "some",
        "when",
        "what",
        "while",
        "other",
        "them",
        "only",
        "just",
        "being",
        "does",
        *speech_forms("attribution"),
    ]
)
SAME_MATTER = 3  # content words two evidence texts share to be about one matter


def _content(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(text) if w.lower() not in _FUNCTION_WORDS}


def same_matter(first: str, other: str) -> bool:
    """Whether ``other`` is evidence of the same matter as ``first``: a copy, or at least
    ``SAME_MATTER`` content words in common (Kennedy's welcome of a quick US count and his
    party's UK campaign share a stance and an issue, not a matter)."""
    a, b = _content(first), _content(other)
    return a == b or len(a & b) >= min(SAME_MATTER, len(a), len(b))


def readable(line: str, actor: str | None) -> str | None:
    """A statement line an analyst can read alone, or None: a wire dateline is dropped, a
    leading "He"/"She" names the speaker, a first-person quote is given its speaker
    ("Mahmoud Abbas: I renew my offer ..."); a line opening on a clause fragment ("…the
    unity and ...") or on a word pointing back ("This money ...") is no line."""
    line = _DATELINE.sub("", line, count=1)
    bullet = _BULLET.match(line)
    if bullet is not None:  # an outlet's summary bullet: only a quoted voice is kept
        line = line[bullet.end() :]
        if not _FIRST_PERSON.match(line):
            return None
    if line.startswith("…") and not line[1:2].isupper() and not _CONJUNCTION.match(line):
        return None
    if _QUOTED_PRONOUN.match(line) or _PARTICIPLE.match(line) or _CONJOINED_PRONOUN.match(line):
        return None
    if _SUBORDINATE.match(line) and ", " not in line:
        return None
    if _MONEY_BACK.search(line) or _PERSON_SAID_IT.search(line) or _BARE_ATTRIBUTION.match(line):
        return None
    person = _PERSON_PRONOUN.match(line)
    if person is not None:
        if not actor:
            return None
        return actor + line[person.end(1) :]
    if _FIRST_PERSON.match(line):
        surname = actor.split()[-1] if actor else None
        if surname and surname in line:
            return line  # '"We need ...," said Mr Maran.'
        if actor and _SAID_BY_PRONOUN.search(line):
            return _SAID_BY_PRONOUN.sub(f"{surname} ", line, count=1)
        return f"{actor}: {line}" if actor else None
    if _ANAPHORIC.match(line) or _generic_object().match(line):
        return None
    if points_back(line):
        return None  # "Mr Howard said the changes should be carried out": which changes?
    named = actor and any(part in line for part in actor.split() if len(part) > 2)
    if actor and not named and _SAID_BY_PRONOUN.search(line):
        # '"...," he said.': the speaker by name, not a pronoun the line cannot resolve
        return _SAID_BY_PRONOUN.sub(f"{actor.split()[-1]} ", line, count=1)
    if actor and not named and not _SPEECH.search(line):
        return f"{actor}: {line}"  # "Tough choices are needed in public spending." (whose?)
    return line


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_SPACES = re.compile(r"\s+")


def _holds_in(clause: str, country: str | None) -> bool:
    """Whether a clause names ``country`` (its name, capital or demonym) as the subject of a
    stance verb ("while Tehran denied"; not "warned Iran against")."""
    if country is None:
        return False
    return any(
        country in m.term.codes and stance_after(clause, m.end, len(clause), True, m.start)
        for m in find_terms(clause)
    )


def _whole(story: Story, st: Statement, limit: int) -> str:
    """A statement's text, or the sentence around it when the span is a fragment of a quote
    ("must prevent illegal actions, ...", "We are all pleased ... colleagues,": the sentence
    says who said it and about what)."""
    text = st.text.lstrip(" \"“‘'")
    if not text[:1].islower() and not st.text.rstrip(" \"”’'").endswith(","):
        return st.text
    sentence = story.sentence_at(st.start)
    if sentence is None or not (sentence[0] <= st.start and st.end <= sentence[1]):
        return st.text
    whole = story.body[sentence[0] : sentence[1]]
    return whole if len(whole) <= 2 * limit else st.text


_IF_OPENING = re.compile(r"[\"“‘']?(?:If|Unless)\b")
_TURN = re.compile(r"[\"“‘']?(?:But|However|Yet)\b")


def concise(
    text: str,
    limit: int = 220,
    issue: str | None = None,
    actor: str | None = None,
    country: str | None = None,
) -> str:
    """A statement for display: the sentence about ``issue`` (else the first), unbalanced
    quote marks trimmed, at most ``limit`` characters. A long sentence keeps the clauses from
    the actor's mention (or from the clause naming the issue) on; cuts are marked with "…".
    The evidence spans keep the verbatim text."""
    text = _SPACES.sub(" ", text).strip()
    sentences = [p.strip() for p in _SENTENCE_BREAK.split(text) if p.strip()]
    chosen = next((p for p in sentences if issue and classify_issue(p) == issue), None)
    if chosen is None:
        chosen = next((p for p in sentences if len(p) >= 40), text)
    at = sentences.index(chosen) if chosen in sentences else -1
    if (
        0 <= at < len(sentences) - 1
        and _IF_OPENING.match(chosen)
        and _TURN.match(sentences[at + 1])
    ):
        # "If South Korea or the U.S. can guarantee ..., the talks won't be needed. But I don't
        # think they can": cut before the turn, the line would say the opposite of the point
        chosen = f"{chosen} {sentences[at + 1]}"
    text = chosen
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")  # the span opens or closes mid-quote
    if text.count('"') % 2:
        text = text.replace('"', "")
    text = _before_open_bracket(text)  # "… 400m pesos ($136m": the span ends in a bracket
    if len(text) <= limit:
        return text
    clauses = text.split(", ")
    surname = actor.split()[-1] if actor else None
    first = next((i for i, c in enumerate(clauses) if surname and surname in c), None)
    if first is not None and _REPORTING_TAIL.search(clauses[first]):
        first = 0  # "..., Zelenskyy said Sunday, marking ...": what he said comes before
    if first is None and country is not None:  # "..., while Tehran denied": the holder's clause
        first = next((i for i, c in enumerate(clauses) if _holds_in(c, country)), None)
    naming = [i for i, c in enumerate(clauses) if issue and classify_issue(c) == issue]
    # a fronted time or place ("During a press conference before the summit, ...") only sets
    # the scene: the clause naming the issue after it is the topic
    said = [i for i in naming if not _SCENE.match(clauses[i])]
    topic = (said or naming or [0])[0]
    start = first if first is not None and (first <= topic or country is not None) else topic
    if len(", ".join(clauses[start : topic + 1])) > limit:
        start = topic
    if start == topic:
        joined = _subject_and_topic(clauses, topic, first, actor, limit)
        if joined is not None:
            return joined
    if start and start != first and not clauses[start][:1].isupper():
        start = 0  # "…the unity and the re-election chances of ...": a clause with no subject
    out = ", ".join(clauses[start:])
    prefix = "…" if start else ""
    if len(out) > limit:
        cut = out.rfind(", ", 0, limit)
        if cut < limit // 2:
            cut = out.rfind(" ", 0, limit)
        out = _before_open_bracket(out[: cut if cut > 0 else limit]) + "…"
    return prefix + out


def _before_open_bracket(text: str) -> str:
    """``text`` without a bracket it opens and does not close in its second half ("… 400m
    pesos ($136m" -> "… 400m pesos"), trailing separators trimmed."""
    opened = text.rfind("(")
    if opened > text.rfind(")") and opened > len(text) // 2:
        text = text[:opened]
    return text.rstrip(" ,;:")


_AND = re.compile(r"^(?:and|but)\s+")
_SCENE = re.compile(r"(?:During|In|At|On|After|Before|When|Ahead\s+of|Following)\s")


def _subject_and_topic(
    clauses: list[str], topic: int, first: int | None, actor: str | None, limit: int
) -> str | None:
    """A long sentence whose clause on the issue has no subject of its own ("…, and declared
    that he hoped the summit would be a "milestone" in the talks"): the clause where the actor
    is the subject, "…", then the issue's clause ("Kim praised Putin … declared that he hoped
    ..."), when the two fit the limit; else None."""
    if not topic or first == topic or clauses[topic][:1].isupper() or not actor:
        return None
    names = [w for w in actor.split() if len(w) > 2]
    subject = next(
        (
            i
            for i, c in enumerate(clauses[:topic])
            if c[:1].isupper()
            and any(c.startswith(n) or f" {n} " in f" {c} " for n in names)
            and not _SCENE.match(c)
        ),
        None,
    )
    if subject is None:
        return None
    tail = _AND.sub("", ", ".join(clauses[topic:]))
    line = f"{clauses[subject]} … {tail}"
    return line if len(line) <= limit else None


class PositionsSection(Section):
    """Country x issue map of stated positions, with evidence."""

    id = "positions-by-country"
    title = "Positions by country"
    order = 30
    description = "Each country's and international body's stated positions, issue by issue."
    config_class = PositionsConfig

    def build(self, context: BuildContext) -> list[CountryPositions]:
        config = (
            context.config if isinstance(context.config, PositionsConfig) else PositionsConfig()
        )
        home = dominant_country(context.stories)
        items = candidate_rows(context.stories, config, home)
        items = select_lines(items, config, home)
        columns = table_issues(items, config.max_table_issues)
        for row in items:
            row._table_issues = columns  # type: ignore[attr-defined]  # not a JSON field
        return items


def candidate_rows(
    stories: list[Story], config: PositionsConfig, home: str | None
) -> list[CountryPositions]:
    """Every row with every line the statements give (lexicon issues, neutral lines only with
    ``include_neutral``, lines readable alone), lines merged by (row, issue, stance, target),
    best-evidenced first; each line keeps the statements it rests on (``basis``)."""
    lexicon_ids = {issue.id for issue in issue_lexicon()}
    told_again = {i for story in stories for i in _told_again(story)}
    voiced = [
        (story, st, st.country)
        for story in stories
        for st in story.statements
        if id(st) not in told_again and not writers_own(story, st)
    ]
    if home is not None:  # its parties' rows beside its government's
        voiced += [
            (story, st, f"{st.country}:{st.voice}")
            for story in stories
            for st in story.annotations.get(PARTY_ANNOTATION, [])
            if st.country == home
        ]
    rows: dict[str, CountryPositions] = {}
    index: dict[tuple[str, str, str, str | None], Position] = {}
    actor_counts: dict[str, dict[str, int]] = {}
    seen_evidence: set[tuple[str, str, int, int]] = set()
    for story, st, row_key in voiced:
        if is_body(st.country) and not config.include_bodies:
            continue
        if st.stance == "neutral" and not config.include_neutral:
            continue  # a statement with no stance is no position (reviewers: often wrong)
        if st.stance == "neutral" and ":" in row_key:
            continue  # a party row shows the party's stances, not what it said in passing
        if st.issue not in lexicon_ids:
            continue  # an issue the lexicon cannot name is not shown ("Other: ...")
        row = rows.get(row_key)
        if row is None:
            row = rows[row_key] = _row(st.country, row_key, home)
        if st.actor:
            counts = actor_counts.setdefault(row_key, {})
            counts[st.actor] = counts.get(st.actor, 0) + 1
        target = getattr(st, "target", None)
        key = (row_key, st.issue, st.stance, target)
        position = index.get(key)
        if position is None:
            statement = concise(
                _whole(story, st, config.max_statement_chars),
                config.max_statement_chars,
                st.issue,
                st.actor,
                st.country,
            )
            shown = readable(statement, st.actor)
            if shown is None:
                continue  # a line that cannot be read alone: no line beats a wrong one
            position = index[key] = Position(issue_label(st.issue), st.stance, shown, target=target)
            row.positions.append(position)
        mark = (row_key, story.id, st.start, st.end)
        if mark in seen_evidence or len(position.evidence) >= config.max_evidence:
            continue
        if position.evidence and not same_matter(position.evidence[0].text, st.text):
            continue  # another matter with the same stance and issue: not this line's evidence
        seen_evidence.add(mark)
        position.evidence.append(Evidence(story.id, st.start, st.end, st.text))
        basis_of(position).append((story, st))
    items = []
    for code, row in rows.items():
        row.positions = [p for p in row.positions if len(p.evidence) >= config.min_evidence]
        if not row.positions:
            continue
        row.positions.sort(
            key=lambda p: (
                not p.lexicon,
                -len(p.evidence),
                STANCE_ORDER.index(p.stance),
                p.issue,
            )
        )
        counts = actor_counts.get(code, {})
        row.actors = sorted(counts, key=lambda name: (-counts[name], name))
        items.append(row)
    return items


def _clears_bar(position: Position, row: CountryPositions) -> bool:
    """Whether a line's confidence (:mod:`briefgen.sections.position_lines`) clears the bar."""
    basis = basis_of(position)
    return confident(basis, position.statement, basis[0][1].issue, row.voice != "government")


def basis_of(position: Position) -> list[tuple[Story, Statement]]:
    """The (story, statement) pairs a line rests on, its evidence's order (not a JSON field)."""
    basis = position.__dict__.get("_basis")
    if basis is None:
        basis = position.__dict__["_basis"] = []
    return basis


def select_lines(
    items: list[CountryPositions], config: PositionsConfig, home: str | None
) -> list[CountryPositions]:
    """The rows and lines the section shows: the home government and its main parties first,
    at most ``max_countries`` rows sharing ``max_statements`` lines, best-evidenced first, and
    of those only the lines whose confidence clears the bar (``line_bar``); a row left with no
    line is not shown."""
    items = sorted(
        items,
        key=lambda r: (
            is_body(r.country),
            r.country != home,  # the home government, then its parties, first
            r.voice != "government",
            -sum(len(p.evidence) for p in r.positions),
            r.name,
        ),
    )
    parties = [r for r in items if r.voice != "government"]
    small = {id(r) for r in parties[MAX_PARTIES:]}  # the main parties only
    small |= {id(r) for r in parties if sum(len(p.evidence) for p in r.positions) < 2}
    items = [r for r in items if id(r) not in small][: config.max_countries]
    # a memo, not a list: the more rows, the fewer lines each (best-evidenced first)
    per_row = max(
        MIN_LINES_PER_ROW,
        min(config.max_positions_per_country, config.max_statements // max(1, len(items))),
    )
    for row in items:
        row.positions = row.positions[:per_row]
        if config.line_bar:
            # after the share, not before: a line below the bar leaves its place empty, no
            # weaker line moves up into it (review round 18: removing a wrong line promoted
            # weaker ones)
            row.positions = [p for p in row.positions if _clears_bar(p, row)]
        row.positions.sort(key=lambda p: (not p.lexicon, p.issue, STANCE_ORDER.index(p.stance)))
    return [row for row in items if row.positions]


MIN_LINES_PER_ROW = 3  # every row shown keeps its three best-evidenced lines
MAX_PARTIES = 4  # party rows shown beside a dominant country's government
DOMINANT_SHARE = 0.6  # the share of government statements that makes a country dominant
# ... and at least this many of them (10, not 20: a 30-story US campaign corpus holds 11 to 14
# government statements, all of them American; session 13, usparties13)
DOMINANT_MIN = 10


_QUOTE_MARKS = re.compile('["“”]')
# a record summed up in the present perfect: "Obama has proposed many ways of helping ...",
# "Beijing has long backed the talks"
_RECORD = re.compile(
    r"\b(?:has|have)\s+(?:(?:long|repeatedly|also|already|never)\s+)?[a-z]+(?:ed|en)\b"
)


def writers_own(story: Story, st: Statement) -> bool:
    """Is ``st`` the writer's own account in an opinion story, a government's record summed up
    in the present perfect ("Obama has proposed many ways of helping ..." in a column)? The
    columnist's argument gives no government's position; what the column reports a
    government says now ("The government alleges ...") or quotes from an official still does."""
    if _QUOTE_MARKS.search(st.text) or not _RECORD.search(st.text):
        return False
    if any(q.start < st.end and st.start < q.end for q in story.quotes):
        return False
    return is_opinion(story)


def dominant_country(stories: list[Story]) -> str | None:
    """The country whose government holds most of the corpus's statements (a domestic
    political corpus), when it holds at least ``DOMINANT_SHARE`` of them and has parties'
    statements too; else None. Read from the analysis: ``story.statements`` and the party
    statements beside them."""
    counts: dict[str, int] = {}
    for story in stories:
        for st in story.statements:
            if not is_body(st.country):
                counts[st.country] = counts.get(st.country, 0) + 1
    if not counts:
        return None
    best = max(sorted(counts), key=lambda code: counts[code])
    total = sum(counts.values())
    if counts[best] < DOMINANT_MIN or counts[best] < DOMINANT_SHARE * total:
        return None
    if not any(
        st.country == best
        for story in stories
        for st in story.annotations.get(PARTY_ANNOTATION, [])
    ):
        return None
    return best


def _told_again(story: Story) -> set[int]:
    """The reporter's accounts of an offer that the speaker's own quoted words, right after,
    spell out, as the analysis marked them (``own_words.TOLD_AGAIN``): the line shows the
    speaker's words or none (ids of the accounts). After other stances the quote more often
    gives the reasons ("'by design'" then the aid groups' warning), and the account stays the
    line."""
    told = set(story.annotations.get(TOLD_AGAIN, ()))
    if not told:
        return set()
    return {id(st) for st in story.statements if (st.country, st.start, st.end) in told}


def _row(country: str, row_key: str, home: str | None) -> CountryPositions:
    """A new row: a country's, its government's (beside its parties) or a party's."""
    if ":" in row_key:
        party = row_key.split(":", 1)[1]
        return CountryPositions(country, party, voice=party)
    name = display_name(country)
    if country == home:
        name = f"{name} — government"
    return CountryPositions(country, name)


def table_issues(items: list[CountryPositions], limit: int = 6) -> list[str]:
    """The table's columns: lexicon issues, most cited (then most countries) first; when there
    are more than ``limit``, the last column is "Other issues", naming each row's others."""
    weight: dict[str, int] = {}
    countries: dict[str, int] = {}
    for row in items:
        for issue in {p.issue for p in row.positions if p.lexicon}:
            countries[issue] = countries.get(issue, 0) + 1
        for p in row.positions:
            if p.lexicon:
                weight[p.issue] = weight.get(p.issue, 0) + len(p.evidence)
    ordered = sorted(weight, key=lambda i: (-countries[i], -weight[i], i))
    if len(ordered) <= limit:
        return ordered
    # a last column names the rest, so no row with positions reads as dashes only
    return [*ordered[: max(1, limit - 1)], OTHER_ISSUES]


def issue_table(items: list[CountryPositions]) -> tuple[list[str], list[list[str]]]:
    """Issue columns and one row of readable stance cells per country."""
    columns = items[0].table_issues if items else []
    return columns, [row.table_cells for row in items]


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Positions by country section."""
    register(PositionsSection())
