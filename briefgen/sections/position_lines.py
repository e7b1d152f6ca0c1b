"""How sure a Positions line is: features of the statements it rests on, read from the analysis.

A line of the Positions section is one (row, issue, stance, target) with its evidence. Its
confidence comes from what the analysis computed, read with a few patterns of English: who
voices it (a head of state or government, a minister, a spokesperson, a government body, the
country or its capital as subject, or a looser voice: unnamed advisers or sources, an adviser
among several), whether the evidence is the government's own quoted words, an attributed report
("X said") or the reporter's framing with no speech in it, whether it sums up a record ("has
long backed"), whether the holder's predicate is hearsay ("reportedly"), whether the country is
only the possessive of an act ("Egypt's decision"), whether the line names its issue, and how
many stories hold it. The section shows a line only when the weighted sum clears the bar
(``briefgen/data/position_lines.json``: fitted on pooled reviewer marks, leave one corpus out,
by ``benchmarks/fit_position_lines.py``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from briefgen.analysis.gazetteer import find_terms, person_info
from briefgen.analysis.issues import classify_issue
from briefgen.analysis.mentions import speech_alternation
from briefgen.analysis.officials import person_titles
from briefgen.model import Actor, Statement, Story

VoiceKind = str  # "leader", "minister", "spokesperson", "body", "named", "country", "loose"

_LEADER = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emperor|supreme leader|"
    r"leader|head of state|head of government|taoiseach)\b",
    re.IGNORECASE,
)
_MINISTER = re.compile(
    r"\b(?:minister|secretary|attorney general|chancellor of the exchequer)\b", re.IGNORECASE
)
_SPOKESPERSON = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press secretary|ambassador|envoy)\b", re.IGNORECASE
)
# a voice close to a government but not its own: unnamed advisers or sources ("President
# Bush's advisers have repeatedly denied", "diplomatic sources said") and one adviser among
# several ("Myron Ebell, an adviser on climate change to President Bush"); an office is no
# looser voice ("President Ramaphosa's special adviser", "President Castro's chief aide"), nor
# are a government's officials ("Israeli officials said")
_LOOSE = re.compile(
    r"\b(?:advis[eo]rs|aides|sources|insiders|consultants|"
    r"an?\s+(?:[a-z-]+\s+){0,2}?(?:advis[eo]r|aide|consultant|source|insider))\b",
    re.IGNORECASE,
)
# hearsay and the reporter's guesswork: the line does not give a voice's own claim ("Kim had
# reportedly proposed", "the U.S. sees the Russian move as"); the passive of a verb of saying
# or thinking before "to" ("is said to", "are believed to") is read from the speech lexicon
_HEDGE_WORDS = (
    r"reportedly|allegedly|purportedly|apparently|seen\s+as|sees|appears?\s+to|seems?\s+to|"
    r"(?:is|are)\s+expected\s+to|(?:is|are)\s+understood\s+to"
)


@cache
def _hedge() -> re.Pattern[str]:
    said = f"{speech_alternation('after_name')}|{speech_alternation('relay')}"
    return re.compile(rf"\b(?:{_HEDGE_WORDS}|(?:is|are|was|were)\s+(?:{said})\s+to)\b")


# a record summed up in the present or past perfect: "has long backed", "had proposed",
# "have repeatedly denied", "has intensified its criticism"
_RECORD = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:long|repeatedly|also|already|never|consistently|often|"
    r"previously|recently)\s+)?[a-z]+(?:ed|en)\b"
)
_QUOTE_MARK = re.compile('["“”]')


@cache
def _speech() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{speech_alternation('in_line')}|according to)\b")


def voice_kind(story: Story, st: Statement) -> VoiceKind:
    """Who voices a statement, from the analysis's actor and its titles: a leader, a
    minister, a spokesperson or envoy, a government body, a person named with no office the
    text or gazetteer gives ("named"), the country or its capital standing as subject
    ("country"), or a looser voice: unnamed advisers, aides or sources as the subject, or an
    adviser among several ("President Bush's advisers have repeatedly denied", "Myron Ebell, an
    adviser on climate change to President Bush, has said")."""
    if _LOOSE.search(_subject_part(st.text)):
        return "loose"
    if st.actor is None:
        return "country"
    actor = next((a for a in story.actors if a.name == st.actor), None)
    if actor is None or actor.kind != "person":
        return "body"
    titles = " ; ".join(t for t in _titles(actor, story) if t)
    if _SPOKESPERSON.search(titles):
        return "spokesperson"
    if _MINISTER.search(titles):
        return "minister"
    if _LEADER.search(titles):
        return "leader"
    return "named"


def _titles(actor: Actor, story: Story) -> list[str]:
    """A person's titles in the text, then the gazetteer's office for them."""
    titles = [actor.title or "", *person_titles(actor, story)]
    roles = story.annotations.get("roles") or {}
    titles.append(roles.get(actor.name, "") if isinstance(roles, dict) else "")
    info = person_info(actor.name, story.published)
    if info is not None and info.office:
        titles.append(info.office)
    return titles


# the first finite verb of a statement, roughly: its subject comes before it
_AUXILIARY_OR_PAST = r"has|have|had|is|are|was|were|will|would|wants?|[a-z]+ed"


@cache
def _first_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{speech_alternation('after_name')}|{_AUXILIARY_OR_PAST})\b")


def _subject_part(text: str) -> str:
    """The words before a statement's first verb-like word: where its subject is."""
    verb = _first_verb().search(text)
    return text[: verb.start()] if verb else ""


# a possessive that names a voice ("France's finance minister", "Iran's president", "Pakistan's
# top political and military leaders", "Israel's defense establishment"), not an act or a thing
# ("Egypt's decision", "Israel's decision", "Russia's decision to bar foreign firms")
_VOICE_NOUN = re.compile(
    r"(?:[a-z-]+\s+){0,4}?(?:government|administration|cabinet|presidents?|presidency|"
    r"prime|premiers?|chancellors?|leaders?|leadership|king|queen|ministers?|ministry|"
    r"ministries|secretary|spokes\w+|embassy|ambassadors?|envoys?|delegation|mission|"
    r"officials?|authorities|regime|parliament|state\s+media|establishment|military|army|"
    r"(?:armed\s+)?forces)\b",
    re.IGNORECASE,
)
_GOVERNMENT_SUBJECT = re.compile(
    r"\b(?:government|administration|authorities|ministry|cabinet|officials)\b", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s?\s+")


def held_as_possessive(text: str, country: str) -> bool:
    """Whether ``country`` appears in ``text`` only as the possessive of something other
    than a voice of its own ("pressing economic reasons for Egypt's decision", "in response
    to Israel's decision to ban UNRWA"): the country is no subject there, the line is the
    reporter's account of an act, not the government's stated position."""
    if _GOVERNMENT_SUBJECT.search(_subject_part(text)):
        return False  # "The government hopes that ... the country's economic progress"
    found = False
    for match in find_terms(text):
        if country not in match.term.codes:
            continue
        after = _POSSESSIVE.match(text, match.end)
        if after is None or _VOICE_NOUN.match(text, after.end()):
            return False  # a subject, or a voice of its own ("Iran's president")
        found = True
    return found


HEDGE_REACH = 60  # characters after the holder's mention a hedge may stand in


def hedged(text: str, actor: str | None, country: str) -> bool:
    """Whether the holder's own predicate is hearsay or the reporter's guess: a hedge within
    ``HEDGE_REACH`` characters after a mention of the holder ("Kim had reportedly proposed",
    "the U.S. sees the Russian move as"), not one about something else ("There is thought to
    be widespread support for the plan - tabled by France and Germany")."""
    hedge = _hedge()
    names = [w for w in (actor or "").split() if len(w) > 2]
    starts = [m.end for m in find_terms(text) if country in m.term.codes]
    starts += [m.end() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    return any(hedge.search(text, at, at + HEDGE_REACH) for at in starts)


def quoted(story: Story, st: Statement) -> bool:
    """Whether the evidence is a voice's own quoted words: it overlaps a direct quotation of
    the story, or holds quotation marks."""
    if _QUOTE_MARK.search(st.text):
        return True
    return any(q.kind == "direct" and q.start < st.end and st.start < q.end for q in story.quotes)


def line_features(
    evidence: list[tuple[Story, Statement]], line: str, issue_id: str, party: bool
) -> dict[str, float]:
    """The features of one line: its first statement's voice and wording, the line's issue
    fit, and corroboration (stories holding the same matter)."""
    story, st = evidence[0]
    kind = "party" if party else voice_kind(story, st)
    own = quoted(story, st)
    said = own or bool(_speech().search(st.text))
    stories = {s.id for s, _ in evidence}
    features = {
        f"voice:{kind}": 1.0,
        "quoted": float(own),
        "framing": float(not said),
        "record": float(not own and bool(_RECORD.search(st.text))),
        "hedge": float(not own and hedged(st.text, st.actor, st.country)),
        "possessive": float(
            st.actor is None and not own and held_as_possessive(st.text, st.country)
        ),
        "issue_fit": float(classify_issue(line) == issue_id),
        "stories": float(min(len(stories), 3) - 1),
    }
    return features


@dataclass(frozen=True)
class LineModel:
    """The line bar: a weight per feature (and "bias"), and the score a line must reach."""

    weights: dict[str, float]
    bar: float

    def score(self, features: dict[str, float]) -> float:
        """The line's confidence: the bias plus the weighted features."""
        return self.weights.get("bias", 0.0) + sum(
            self.weights.get(name, 0.0) * value for name, value in features.items()
        )


@cache
def line_model() -> LineModel:
    """The shipped weights and bar (``briefgen/data/position_lines.json``), read once."""
    text = resources.files("briefgen").joinpath("data/position_lines.json").read_text("utf-8")
    data = json.loads(text)
    return LineModel({k: float(v) for k, v in data["weights"].items()}, float(data["bar"]))


def confident(
    evidence: list[tuple[Story, Statement]], line: str, issue_id: str, party: bool
) -> bool:
    """Whether a line clears the bar: an empty row beats a wrong line. (A bloc's summary in
    the reporter's words is no statement at all: :mod:`briefgen.analysis.no_voice`.)"""
    model = line_model()
    return model.score(line_features(evidence, line, issue_id, party)) >= model.bar
