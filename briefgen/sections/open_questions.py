"""Open questions: what the stories leave unresolved, each question backed by numbered evidence.

Kinds: ``conflict`` (countries take opposing positions on one issue, from ``story.statements``),
``requirement`` (a stated condition or a missing mechanism), ``deadline`` (a future deadline or
an ultimatum), ``stalled`` (a stalled or collapsed process) and ``uncertain`` (a hedged claim).
Cues and wording live in ``briefgen/data/questions.toml``; a question is asked only when a
sentence of the stories supports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, overload

from briefgen.analysis.dates import DateMention, story_sentences
from briefgen.hookspecs import hookimpl
from briefgen.model import Statement, Story
from briefgen.section import BuildContext, Section
from briefgen.sections.anchoring import anchored_dates
from briefgen.sections.evidence import (
    clause_span,
    countries_in,
    country_name,
    stopwords,
    story_dates,
)
from briefgen.sections.gazetteer_lite import countries_named
from briefgen.sections.questions_lexicon import (
    Issue,
    QuestionsLexicon,
    lowered,
    prefiltered_search,
    questions_lexicon,
)

ISSUE_WINDOW = 100  # characters either side of a cue searched for issue terms
KIND_ORDER = ("conflict", "requirement", "deadline", "stalled", "uncertain")
# Stance pairs of two different countries on one issue that make a conflict.
_ACTIVE = {"demands", "conditions", "proposes", "supports"}
_PRONOUN_SUBJECTS = {"it", "this", "that", "they", "he", "she", "we", "i", "you", "there", "which"}
_AUX = {"would", "will", "may", "might", "could", "should", "does", "do", "did", "can", "not"}
_MODAL = re.compile(
    r"\b(?:must|needs? to|has to|have to|will have to|is required to|are required to|should)\s+",
    re.IGNORECASE,
)
_ORDERS = re.compile(
    r"\b(?:orders?|ordered|urged|urges|calls? on|called on|requires?|required|obliges?)\s+"
    r"(?P<subj>(?:[\w'’.-]+\s+){1,5}?)to\s+",
    re.IGNORECASE,
)
_WH_AFTER = re.compile(r"\s*(?P<wh>whether|if|how|when|what|who|why|where)\b", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:And|But|However|Meanwhile|Instead|So)\b,?\s+)"
    r"|^(?:As|While|When|After|Before|Although|Though|If|Since|Because)\b[^,]{0,120},\s+",
)
_ATTRIB = re.compile(
    r"^(?:[\w'’.-]+\s+){1,5}?(?:said|says|added|insisted|warned|argued|believes|thinks)"
    r"(?:\s+that)?\s+",
)


@dataclass
class OpenQuestionsConfig:
    """``[sections.open-questions]``: limits and wording overrides.

    ``wording`` maps an issue id to {kind: template or [templates]}, overriding questions.toml.
    """

    max_items: int = 8
    max_per_kind: int = 3
    kinds: list[str] = field(default_factory=lambda: list(KIND_ORDER))
    wording: dict[str, Any] = field(default_factory=dict)


@dataclass
class OpenQuestion:
    """One open question with its issue, kind, reason, countries and evidence spans."""

    question: str
    issue: str | None
    kind: str
    why: str
    countries: list[str]
    evidence: list[dict[str, Any]] = field(default_factory=list)


class OpenQuestionsSection(Section):
    """Questions the stories raise but do not answer."""

    id = "open-questions"
    title = "Open questions"
    order = 40
    description = "Unresolved conflicts, requirements, deadlines, stalled processes, hedged claims."
    config_class = OpenQuestionsConfig

    def build(self, context: BuildContext) -> list[OpenQuestion]:
        config = context.config
        if not isinstance(config, OpenQuestionsConfig):
            config = OpenQuestionsConfig()
        return build_questions(context.stories, config)


def build_questions(stories: list[Story], config: OpenQuestionsConfig) -> list[OpenQuestion]:
    """Every supported open question, conflicts first, at most ``max_items``."""
    lex = questions_lexicon()
    found: list[OpenQuestion] = []
    templated: dict[int, int] = {}  # id(question) -> rank of the issue/generic template used
    if "conflict" in config.kinds:
        found.extend(_conflicts(stories, lex, config))
    dates = anchored_dates(stories)
    for story in stories:
        for q, rank in _cue_questions(story, lex, config, dates[story.id]):
            found.append(q)
            if rank is not None:
                templated[id(q)] = rank
    merged: dict[tuple[str, str], OpenQuestion] = {}
    conflict_spans = [
        (e["story"], e["start"], e["end"])
        for q in found
        if q.kind == "conflict"
        for e in q.evidence
    ]
    deadline_spans = [
        (e["story"], e["start"], e["end"])
        for q in found
        if q.kind == "deadline" and "deadline" in config.kinds
        for e in q.evidence
    ]
    for q in found:
        if q.kind not in config.kinds:
            continue
        if q.kind != "conflict" and any(
            e["story"] == sid and e["start"] < b and a < e["end"]
            for e in q.evidence
            for sid, a, b in conflict_spans
        ):
            continue  # the conflict question already covers this sentence
        if q.kind == "requirement" and any(
            e["story"] == sid and e["start"] < b and a < e["end"]
            for e in q.evidence
            for sid, a, b in deadline_spans
        ):
            continue  # the same sentence's deadline question asks it with its date
        key = (q.kind, q.question.lower())
        if q.issue and id(q) in templated:
            # one templated question per issue and kind: they ask the same thing
            key = (q.kind, "issue:" + q.issue)
        if key in merged:
            other = merged[key]
            if id(q) in templated and templated[id(q)] < templated.get(id(other), 1 << 30):
                # keep the more specific wording ("... North Korea's security ...")
                other.question, other.why = q.question, q.why
                templated[id(other)] = templated[id(q)]
            for ev in q.evidence:
                if ev not in other.evidence:
                    other.evidence.append(ev)
            for c in q.countries:
                if c not in other.countries:
                    other.countries.append(c)
        else:
            merged[key] = q
    by_kind: dict[str, list[OpenQuestion]] = {}
    for q in merged.values():
        by_kind.setdefault(q.kind, []).append(q)
    out: list[OpenQuestion] = []
    for kind in KIND_ORDER:
        qs = by_kind.get(kind, [])
        qs.sort(key=lambda q: -len({e["story"] for e in q.evidence}))
        out.extend(qs[: config.max_per_kind])
    return out[: config.max_items]


# --- conflicts ------------------------------------------------------------------------------


def _conflicts(
    stories: list[Story], lex: QuestionsLexicon, config: OpenQuestionsConfig
) -> list[OpenQuestion]:
    """One question per issue on which two countries make demands of each other, or one
    opposes what the other wants. A statement counts for its own issue and for every issue
    whose terms its text uses ("before sanctions are removed" is about sanctions too)."""
    by_issue: dict[str, list[_Stmt]] = {}
    for story in stories:
        for st in story.statements:
            if st.stance == "neutral" or len(st.country) != 2:
                continue
            # countries the text names outright (not through people), so a report of what a
            # leader did is not read as one country addressing another
            named = set(countries_named(st.text, story.body)) - {st.country}
            item = _Stmt(story, st, frozenset(named))
            issues = {st.issue}
            for issue in lex.issues.values():
                if issue.pattern is not None and issue.pattern.search(st.text):
                    issues.add(issue.id)
            for issue_id in issues:
                by_issue.setdefault(issue_id, []).append(item)
    out: list[OpenQuestion] = []
    for issue_id, items in by_issue.items():
        chosen = _conflicting(items)
        if not chosen:
            continue
        countries: list[str] = []
        for it in chosen:
            if it.st.country not in countries:
                countries.append(it.st.country)
        label = _issue_label(issue_id, lex)
        texts = " ".join(it.st.text for it in chosen)
        counter = next(
            (
                lex.issue_nouns.get(other.id, _issue_label(other.id, lex))
                for other in lex.issues.values()
                if other.id != issue_id
                and other.id in lex.issue_nouns
                and other.pattern is not None
                and other.pattern.search(texts)
            ),
            None,
        )
        values = {
            "issue": label,
            "countries": _join([country_name(c) for c in countries]),
            "counter_issue": counter,
            "actors": _join([it.st.actor for it in chosen if it.st.actor]),
        }
        question = _phrase("conflict", issue_id, values, lex, config)
        if question is None:
            continue
        shown = _one_per_country(chosen)  # the evidence cited is the evidence quoted
        why = (
            f"Conflicting positions on {label}: "
            + "; ".join(
                f"{country_name(it.st.country)} {it.st.stance} ({_quote_snippet(it.st.text, 90)})"
                for it in shown
            )
            + "."
        )
        out.append(
            OpenQuestion(
                question=question,
                issue=issue_id,
                kind="conflict",
                why=why,
                countries=countries,
                evidence=[_evidence(it.story, it.st.start, it.st.end) for it in shown],
            )
        )
    return out


@dataclass(frozen=True)
class _Stmt:
    story: Story
    st: Statement
    named: frozenset[str]  # other countries the statement's text names


def _conflicting(items: list[_Stmt]) -> list[_Stmt]:
    """Statements of countries that make demands of each other or oppose each other.

    Two countries clash on an issue when each names the other in its statement (a demand
    addressed to a counterpart), and either both demand/set conditions or one opposes what the
    other demands, proposes or supports. Statements in one sentence are one speaker's report and
    never clash with each other.
    """
    clash: list[tuple[int, _Stmt, _Stmt]] = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.st.country == b.st.country:
                continue
            if a.story is b.story and a.st.start < b.st.end and b.st.start < a.st.end:
                continue
            if b.st.country not in a.named or a.st.country not in b.named:
                continue
            sa, sb = a.st.stance, b.st.stance
            rival = sa in ("demands", "conditions") and sb in ("demands", "conditions")
            opposed = (sa == "opposes" and sb in _ACTIVE) or (sb == "opposes" and sa in _ACTIVE)
            if rival or opposed:
                clash.append((0 if rival else 1, a, b))
    clash.sort(key=lambda c: c[0])  # two demands on each other first: the clearest deadlock
    chosen: list[_Stmt] = []
    for _rank, a, b in clash:
        for it in (a, b):
            if it not in chosen:
                chosen.append(it)
    return chosen


def _one_per_country(chosen: list[_Stmt]) -> list[_Stmt]:
    seen: set[str] = set()
    out = []
    for it in chosen:
        if it.st.country not in seen:
            seen.add(it.st.country)
            out.append(it)
    return out


# --- sentence cues --------------------------------------------------------------------------


def _cue_questions(
    story: Story,
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
    dates: list[DateMention] | None = None,
) -> list[tuple[OpenQuestion, int | None]]:
    """Questions cued by single sentences, each with the rank of the issue or generic template
    that phrased it (None when the evidence's own words did)."""
    body = story.body
    sentences = story_sentences(story)
    if dates is None:
        dates = story_dates(story)
    out: list[tuple[OpenQuestion, int | None]] = []
    for idx, (s0, s1) in enumerate(sentences):
        text = body[s0:s1]
        low = lowered(text)
        # most sentences hold no cue at all: one scan rules out every kind
        no_cue = (
            low is not None
            and lex.any_cue_lower is not None
            and lex.any_cue_lower.search(low) is None
        )
        first = sentences[max(0, idx - 2)][0]
        prev = body[first:s0] if idx else ""
        deadline = next(
            (
                m
                for m in dates
                if s0 <= m.start < s1 and m.kind == "deadline" and m.relation == "future"
            ),
            None,
        )
        for kind, cue_kinds in (
            ("requirement", ("requirement", "missing")),
            ("deadline", ("ultimatum",)),
            ("stalled", ("stalled",)),
            ("uncertain", ("uncertain",)),
        ):
            if kind not in config.kinds:
                continue
            if kind == "deadline" and deadline is None:
                continue  # an ultimatum needs a date; a dated deadline needs no cue word
            match = None
            for ck in () if no_cue else cue_kinds:
                pattern = lex.cues.get(ck)
                match = (
                    prefiltered_search(pattern, lex.cues_lower.get(ck), text, low)
                    if pattern
                    else None
                )
                if match:
                    break
            if kind == "deadline" and deadline is None:
                continue  # an ultimatum needs a date; a dated deadline needs no cue word
            if kind != "deadline" and match is None:
                continue
            q = _cue_question(story, kind, (s0, s1), prev, match, deadline, lex, config)
            if q is not None:
                out.append(q)
    return out


def _cue_question(
    story: Story,
    kind: str,
    sent: tuple[int, int],
    prev: str,
    match: re.Match[str] | None,
    deadline: DateMention | None,
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
) -> tuple[OpenQuestion, int | None] | None:
    body = story.body
    s0, s1 = _balanced(body, *sent)
    text = body[s0:s1]
    if kind == "deadline" and deadline is not None:
        cue_at = deadline.start
    else:
        cue_at = s0 + match.start() if match else s0
    if kind == "requirement" and prev:
        issue = _issue_of(story, sent, prev + " " + text, len(prev) + 1 + cue_at - s0, lex, kind)
    else:
        issue = _issue_of(story, sent, text, cue_at - s0, lex, kind)
    countries = _countries(story, s0, s1, text)
    if kind == "requirement" and len(countries) < 2 and prev:
        for c in _countries(story, s0 - len(prev) - 1, s0, prev):
            if c not in countries:
                countries.append(c)
    beneficiary = _beneficiary(text, prev, body)
    values: dict[str, str | None] = {
        "issue": _issue_label(issue, lex)
        if issue and _strong(issue, text + " " + prev, lex)
        else None,
        "countries": _join([country_name(c) for c in countries]) if countries else None,
        "beneficiary": country_name(beneficiary) if beneficiary else None,
        "deadline": (deadline.label or deadline.text) if deadline else None,
        "process": None,
        "will_clause": None,
        "claim": None,
        "actors": None,
        "unclear": None,
    }
    c0, c1 = clause_span(body, sent, cue_at, cue_at + 1, max_words=60)
    clause = body[c0:c1]
    why = ""
    if kind == "requirement":
        values["will_clause"] = _will_question(clause, None)
        snippet = _quote_snippet(text, focus=cue_at - s0)
        why = "A stated requirement or missing mechanism: " + snippet
    elif kind == "deadline":
        assert deadline is not None
        values["will_clause"] = _will_question(clause, deadline)
        why = f"Deadline {deadline.label}: " + _quote_snippet(text, focus=cue_at - s0)
    elif kind == "stalled":
        values["process"] = _process(text, prev, lex)
        why = "A stalled process: " + _quote_snippet(text, focus=cue_at - s0)
    elif kind == "uncertain":
        assert match is not None
        values["claim"] = _claim(body, sent, match)
        values["unclear"] = _unclear(body, sent, match)
        if not (values["claim"] or values["unclear"]):
            return None
        why = "A hedged or unconfirmed claim: " + _quote_snippet(text, focus=cue_at - s0)
    phrased = _phrase(kind, issue, values, lex, config, ranked=True)
    if phrased is None:
        return None
    question, rank = phrased
    if issue and not values["issue"] and not values["beneficiary"]:
        issue = None  # too weakly supported to label the question
    q = OpenQuestion(
        question=question,
        issue=issue,
        kind=kind,
        why=why,
        countries=countries,
        evidence=[_evidence(story, s0, s1)],
    )
    return q, rank


def _issue_of(
    story: Story,
    sent: tuple[int, int],
    text: str,
    cue: int,
    lex: QuestionsLexicon,
    kind: str = "",
) -> str | None:
    """The issue of a sentence: a statement inside it, else the issue term nearest the cue.

    ``cue`` is the offset of the cue in ``text`` (which may continue with earlier sentences).
    """
    s0, _s1 = sent
    stated = next((st.issue for st in story.statements if st.start <= s0 + cue < st.end), None)
    lo, hi = max(0, cue - ISSUE_WINDOW), cue + ISSUE_WINDOW
    best: tuple[int, int, int, int, str] | None = None
    for issue in lex.issues.values():
        if issue.pattern is None:
            continue
        hits = [m for m in issue.pattern.finditer(text) if lo <= m.start() < hi]
        # one single-word hit ("guarantee") is too weak to name the issue of a sentence,
        # unless the issue has its own wording for this kind (which needs its own evidence)
        worded = 0 if kind in lex.issue_templates.get(issue.id, {}) else 1
        if not hits or (len(hits) == 1 and " " not in hits[0].group().strip() and worded):
            continue
        dist = min(abs(m.start() - cue) for m in hits)
        # issues with their own wording for this kind of question come first: their question
        # says more than the generic one
        key = (worded, -len(hits), -sum(len(m.group()) for m in hits), dist, issue.id)
        if best is None or key < best:
            best = key
    if best is not None and (best[0] == 0 or stated is None):
        return best[4]
    return stated


def _strong(issue_id: str, text: str, lex: QuestionsLexicon) -> bool:
    """Two term hits, or one of several words: enough to name the issue in a question."""
    issue = lex.issues.get(issue_id)
    if issue is None or issue.pattern is None:
        return True  # the issue came from a statement
    hits = issue.pattern.findall(text)
    return len(hits) >= 2 or any(" " in h.strip() for h in hits)


_BENEFIT = re.compile(
    r"(?:guarantee|guarantees|guaranteed|assure|assured|promise|promised)\s+(?:the\s+)?"
    r"(?P<a>(?:[A-Z][\w.]*\s?){1,3})|(?P<b>(?:the\s+)?(?:[A-Z][\w.]*\s?){1,3})['’]s\s+"
    r"(?:regime\s+)?(?:security|safety|survival)"
    r"|(?P<c>(?:the\s+)?(?:[A-Z][\w.]*\s){1,3})(?:will\s+|would\s+)?"
    r"(?:requires?|required|wants?|demands?|demanded|needs?|seeks?)\s+"
    r"(?:[\w-]+\s+){0,2}?security\s+guarantees"
)


_ITS = re.compile(r"\b(?:its|their)\s+(?:regime\s+)?(?:security|safety|survival)\b")


def _beneficiary(text: str, prev: str, body: str) -> str | None:
    """The country whose security a requirement is about: "guarantee the North's security",
    or the last country named before "its safety" ("The North Korean administration ... is
    asking for its safety to be guaranteed"). None rather than a guess."""
    for chunk in (text, prev):
        for m in _BENEFIT.finditer(chunk):
            span = (m.group("a") or m.group("b") or m.group("c") or "").strip()
            codes = countries_named(span, body) or countries_named("the " + span, body)
            if codes:
                return codes[0]
    joined = prev + " " + text
    for m in _ITS.finditer(joined):
        codes = countries_named(joined[max(0, m.start() - 200) : m.start()], body)
        if codes:
            return codes[-1]
    return None


def _issue_label(issue_id: str, lex: QuestionsLexicon) -> str:
    """The issue's label as it reads inside a sentence ("sanctions and sanctions relief")."""
    found: Issue | None = lex.issues.get(issue_id)
    label = found.label if found else issue_id.replace("-", " ")
    first = label.split()[0] if label.split() else ""
    if first[1:2].islower() and not countries_named(first):
        label = label[0].lower() + label[1:]
    return label


def _countries(story: Story, start: int, end: int, text: str) -> list[str]:
    codes = countries_in(story, start, end)
    for code in countries_named(text):
        if code not in codes:
            codes.append(code)
    return codes


def _speaker_country(story: Story, offset: int) -> str | None:
    for quote in story.quotes:
        if quote.start <= offset < quote.end:
            return quote.speaker.country
    for st in story.statements:
        if st.start <= offset < st.end:
            return st.country
    return None


def _will_question(clause: str, deadline: DateMention | None) -> str | None:
    """Turn "X must/needs to Y" or "orders X to Y" into "Will X Y?"; None when unclear."""
    clause = _strip_lead(clause)
    subj = pred = None
    m = _ORDERS.search(clause)
    if m:
        subj, pred = m.group("subj").strip(), clause[m.end() :]
    else:
        m = _MODAL.search(clause)
        if m:
            subj, pred = clause[: m.start()].strip(), clause[m.end() :]
    if not subj or not pred:
        return None
    frame = _REPORTED_FRAME.match(subj)
    if frame:  # "saying recently that the US must": the subject is "the US"
        subj = subj[frame.end() :]
    words = subj.split()
    if not 1 <= len(words) <= 7 or words[0].lower() in _PRONOUN_SUBJECTS:
        return None
    if words[-1].lower() in _PRONOUN_SUBJECTS | _AUX or not re.match(r"[\w“\"]", subj):
        return None
    pred = pred.strip().rstrip(".,;:!?\"'”’ ").strip()
    if deadline is not None and deadline.resolved and deadline.text in pred:
        when = deadline.label
        if deadline.qualifier:
            when = "the " + when
        pred = pred.replace(deadline.text, when, 1)
    if len(pred.split()) < 2 or len(pred.split()) > 30:
        return None
    if pred.split()[0].lower() in ("be",) and len(pred.split()) < 3:
        return None
    if words[0] in ("The", "A", "An"):
        subj = subj[0].lower() + subj[1:]
    return f"Will {subj} {pred}?"


_REPORTED_FRAME = re.compile(r"(?:[a-z]+ing\b|[a-z]+ed\b)[^“\"]{0,60}?\bthat\s+")


def _strip_lead(clause: str) -> str:
    clause = clause.strip().lstrip("“\"'‘")
    for _ in range(2):
        m = _LEADING.match(clause) or _ATTRIB.match(clause)
        if m:
            clause = clause[m.end() :]
    return clause


def _process(text: str, prev: str, lex: QuestionsLexicon) -> str | None:
    """The stalled process: a noun phrase like "six-party talks" in the sentence or before it."""
    here = [m.group(1) for m in lex.process.finditer(text)]
    before = [m.group(1) for m in lex.process.finditer(prev)]

    def modified(np: str) -> bool:
        words = [w for w in np.split() if w.lower() not in ("the", "a", "an")]
        return len(words) >= 2 and words[0].lower() not in ("its", "their", "his", "her", "our")

    for np in here:
        if modified(np):
            return _clean_np(np)
    if here:
        head = here[0].split()[-1].lower().rstrip("s")
        for np in reversed(before):
            if modified(np) and np.split()[-1].lower().rstrip("s") == head:
                return _clean_np(np)
        return None
    return None


def _clean_np(np: str) -> str:
    words = np.split()
    while words and words[0].lower() in ("the", "never-ending", "stalled", "collapsed", "frozen"):
        words = words[1:]
    return " ".join(words)


def _claim(body: str, sent: tuple[int, int], match: re.Match[str]) -> str | None:
    """The hedged claim of a sentence with the hedge removed, as a clause; None if unclear."""
    s0, s1 = sent
    text = body[s0:s1]
    hedge = match.group().lower()
    if "unclear" in hedge or "not clear" in hedge or "remains to be seen" in hedge:
        return None  # handled by the wh- form below when possible
    start = text.rfind(". ", 0, match.start()) + 1
    left = text[start : match.start()]
    right = text[match.end() :]
    cut = right.find(",")
    if cut >= 0:
        right = right[:cut]
    if hedge.startswith("what appears"):
        claim = left + right.lstrip()
    elif hedge in ("reportedly", "allegedly"):
        claim = left.rstrip() + " " + right.lstrip()
    else:
        return None
    claim = _strip_lead(" ".join(claim.split()))
    claim = claim.rstrip(".,;:!?\"'”’ ")
    first = claim.split()[0] if claim.split() else ""
    if first.lower() in stopwords():
        claim = claim[0].lower() + claim[1:]
    if not 5 <= len(claim.split()) <= 30 or (
        claim[:1].islower()
        and claim.split()[0]
        in (
            "it",
            "this",
        )
    ):
        return None
    return claim


def _unclear(body: str, sent: tuple[int, int], match: re.Match[str]) -> str | None:
    """ "whether the deal will go ahead" after "it is unclear"; None without a wh- word."""
    hedge = match.group().lower()
    if "unclear" not in hedge and "not clear" not in hedge and "to be seen" not in hedge:
        return None
    s0, s1 = sent
    rest = body[s0 + match.end() : s1]
    m = _WH_AFTER.match(rest)
    if m is None:
        return None
    tail = rest[m.start("wh") :]
    cut = min((i for i in (tail.find(","), tail.find(";")) if i >= 0), default=len(tail))
    tail = tail[:cut].rstrip(".!?\"'”’ ")
    if not 3 <= len(tail.split()) <= 25:
        return None
    return tail[0].lower() + tail[1:]


@overload
def _phrase(
    kind: str,
    issue: str | None,
    values: dict[str, str | None],
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
    ranked: Literal[False] = False,
) -> str | None: ...


@overload
def _phrase(
    kind: str,
    issue: str | None,
    values: dict[str, str | None],
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
    ranked: Literal[True],
) -> tuple[str, int | None] | None: ...


def _phrase(
    kind: str,
    issue: str | None,
    values: dict[str, str | None],
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
    ranked: bool = False,
) -> str | tuple[str, int | None] | None:
    """The first template (config, issue-specific, generic) whose placeholders are all known."""
    candidates: list[str] = []
    if values.get("will_clause"):
        candidates.append("{will_clause}")  # the evidence's own words say the most
    if issue:
        override = config.wording.get(issue, {}).get(kind)
        if isinstance(override, str):
            candidates.append(override)
        elif isinstance(override, list):
            candidates.extend(str(t) for t in override)
        candidates.extend(lex.issue_templates.get(issue, {}).get(kind, []))
    candidates.extend(lex.templates.get(kind, []))
    for rank, template in enumerate(candidates):
        names = re.findall(r"{(\w+)}", template)
        if all(values.get(n) for n in names):
            text = template.format(**{n: values[n] for n in names})
            text = text[0].upper() + text[1:]
            if not ranked:
                return text
            return text, (None if template == "{will_clause}" else rank)
    return None


def _join(names: list[str]) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_OPENING = "“‘"
_CLOSING = "”’"


def _balanced(body: str, start: int, end: int) -> tuple[int, int]:
    """Trim quote marks at the ends of a span that have no partner inside it: a sentence cut
    from the end of a quotation ends with the quotation's closing mark."""
    for _ in range(4):
        text = body[start:end]
        if not text:
            break
        odd = text.count('"') % 2 == 1
        if (text[-1] == '"' and odd) or (text[-1] == "”" and text.count("”") > text.count("“")):
            end -= 1
        elif (text[0] == '"' and odd) or (text[0] == "“" and text.count("“") > text.count("”")):
            start += 1
        else:
            break
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
    return start, end


def _quote_snippet(text: str, limit: int = 160, focus: int = 0) -> str:
    """The evidence in quotation marks, cut to ``limit`` characters around offset ``focus``
    (the cue or the deadline), so a long sentence still shows what the question is about."""
    at = len(" ".join(text[:focus].split()))
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    start = 0
    if at > limit * 2 // 3:  # the cue would fall outside the first ``limit`` characters
        # centred on the cue, but a full window when the sentence ends soon after it
        start = text.find(" ", max(0, min(at - limit // 2, len(text) - limit))) + 1
    window = text[start : start + limit - 1]
    if start + limit - 1 < len(text):
        window = window.rsplit(" ", 1)[0] + "…"
    return f"“{'…' if start else ''}{window}”"


def _evidence(story: Story, start: int, end: int) -> dict[str, Any]:
    return {"story": story.id, "start": start, "end": end, "text": story.body[start:end]}


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Open questions section."""
    register(OpenQuestionsSection())
