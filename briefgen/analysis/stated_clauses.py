"""Where a stated clause starts and stops, and which clause states a stance.

A reported stance holds from its holder's sentence (or clause) to the first clause marker
(``according to``, a semicolon, a dash, ", which", ", while"); a coordinated main clause
("..., and Canada has begun") opens another holder's clause; a clause reported before its
speaker ("France will have no more contact with Syria ..., President Nicolas Sarkozy said")
gives the stance of the words before the comma; a subject's second predicate after "but" /
"and" takes the stance its verb states.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefgen.analysis.actor_verbs import stance_after
from briefgen.analysis.clause_stance import CLAUSE_WINDOW, clause_stance
from briefgen.analysis.holders import Holder
from briefgen.analysis.partners import CandidateIndex
from briefgen.analysis.stance_lexicon import SILENT

# where a stated clause stops: "according to X", a dash, a semicolon, a relative clause, and
# a contrasting main clause (", while India has also rejected aid" is India's, not Thailand's)
_CLAUSE_MARKERS = (
    ", according to",
    " according to ",
    "; ",
    " — ",
    " – ",
    ", a request",
    ", which",
    ", while ",
    ", whereas ",
)


@lru_cache(maxsize=4)
def _clause_marks(body: str) -> list[int]:
    """Start offsets of every clause marker in ``body``, sorted (one scan per story)."""
    marks: list[int] = []
    for marker in _CLAUSE_MARKERS:
        at = body.find(marker)
        while at >= 0:
            marks.append(at)
            at = body.find(marker, at + 1)
    return sorted(marks)


def clause_end(body: str, start: int, end: int) -> int:
    """Where the clause of a reported stance stops: ``according to``, a dash, a semicolon
    (not the dashes around an aside)."""
    marks = _clause_marks(body)
    index = bisect.bisect_left(marks, start)
    past = start  # the end of an aside read over
    while index < len(marks) and marks[index] < end:
        at = marks[index]
        index += 1
        if at < past:
            continue
        # the marker must fit inside the segment, as a find() on body[start:end] required
        if any(body.startswith(m, at) and at + len(m) <= end for m in _CLAUSE_MARKERS):
            closing = _aside_end(body, at, end)
            if closing < 0:
                return at
            past = closing
    return end


# a dash opening an aside the next dash closes ("He said Britain — which has millions of
# citizens of Indian or Pakistani heritage — has close ... relationships"): the clause goes on
_ASIDE_OPENING = re.compile(r" [—–] (?:which|who|whose|where|a|an|the|itself|themselves) ")
_ASIDE_REACH = 160  # characters an aside may run before its closing dash


def _aside_end(body: str, at: int, end: int) -> int:
    """The end of the aside the dash at ``at`` opens, up to a second dash before ``end``; -1
    when it opens none."""
    if _ASIDE_OPENING.match(body, at) is None:
        return -1
    closing = body.find(body[at : at + 3], at + 3, min(end, at + _ASIDE_REACH))
    return closing + 3 if closing >= 0 else -1


_FRONTED_TAIL = re.compile(r"[\s\w.,]{0,40}$")  # "said on Sunday.", "told reporters."
# ('..., President Nicolas Sarkozy said'; '...," the Iranian president said': an article first)
_FRONTED_END = re.compile(r"[,\"”’']\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.\-]*\s+){0,5}$")


def fronted_stance(body: str, s_start: int, holder: int, verb_end: int, clause_end: int) -> str:
    """The stance of a clause reported before its speaker ("France will have no more contact
    with Syria until Damascus shows goodwill, President Nicolas Sarkozy said on Sunday."):
    when the reporting verb ends the sentence, what was said is the clause before the comma."""
    if holder - s_start < 12 or not _FRONTED_TAIL.match(body, verb_end, clause_end):
        return "neutral"
    if not _FRONTED_END.search(body, max(s_start, holder - 60), holder):
        return "neutral"
    return clause_stance("neutral", body[s_start : min(holder, s_start + CLAUSE_WINDOW)], False)


# a second predicate of the sentence's subject: "Israel did not appear at the hearings, but, in
# a written submission to the court, rejected the questions"; "Chavez read out the letter, and
# he accused Uribe of sabotaging his plan"
_COORDINATION = re.compile(
    r",?\s+(?:but|and|yet)\s*,?\s+"
    r"(?:(?:in|at|on|after|before|during|with|through)\s[^,.;:\"“”]{0,80},\s+)?"
    r"(?:(?:he|she|it)\s+)?(?:also\s+|later\s+|then\s+)?"
)
_HEARSAY_PREDICATE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:reported|said|believed|thought|understood|rumoured|rumored)\s+to\b"
)
# the holder opens the sentence ("Israel did not appear ..."), not a noun phrase it qualifies
# ("The US network is not part of the claim, but has supported ...")
SUBJECT_LEADS = frozenset({"", "But", "And", "Yet", "Meanwhile,", "However,", "So"})
_NEXT_WORD = re.compile(r"[a-z]+")
_VERB_ENDS = ("ed", "es", "ly", "ts", "ns")  # "rejected", "urges", "flatly", "rejects", "warns"
COORDINATION_REACH = 200  # characters after the subject read for its second predicate


def coordinated_stance(
    body: str, start: int, limit: int, local: list[Holder]
) -> tuple[str, int, bool] | None:
    """The stance of the subject's second predicate after "but"/"and" (the first took none),
    when its verb follows the conjunction (and an adjunct in commas) at once and no other
    holder stands between: a stance verb only ("and said" stays unread)."""
    if body.startswith(("'", "’"), start):
        return None  # "Europe's main farm lobby called ... and promised": the lobby's
    end = min(limit, start + COORDINATION_REACH)
    # (the first conjunction found by plain string search, then the pattern read there)
    ats = [body.find(word, start, end) for word in (" and", " but", " yet")]
    at = min((i for i in ats if i >= 0), default=-1)
    if at < 0:
        return None
    found = _COORDINATION.match(body, at - 1 if body[at - 1] == "," else at, end)
    if found is None:
        return None
    word = _NEXT_WORD.match(body, found.end())
    if word is None or not (word.group(0) in _BEFORE_VERB or word.group(0).endswith(_VERB_ENDS)):
        return None  # (a cheap test first: "and the rebels", "and a new", "but not")
    if any(start <= h.start < found.start() for h in local):
        return None
    if _HEARSAY_PREDICATE.search(body, start, found.start()):
        return None  # "Ms Kelly ... is reported to be 'pro-life' and has opposed embryo
        # research": what others report of a person's views, not a stated position
    verb = stance_after(body, found.end(), limit)
    if verb is None or verb[0] in ("neutral", SILENT):
        return None
    between = body[found.end() : verb[1]].split()[:-1]  # the words before the verb's last
    if not all(word in _BEFORE_VERB or word.endswith("ly") for word in between[-4:]):
        return None  # the verb is another subject's ("and the rebels rejected")
    return verb if len(between) <= 4 else None


_BEFORE_VERB = frozenset(
    [
        "has",
        "had",
        "have",
        "was",
        "were",
        "is",
        "also",
        "then",
        "later",
        "not",
        "never",
        "publicly",
        "formally",
        "flatly",
        "swiftly",
        "strongly",
        "again",
    ]
)


RELATIVE_OPENING = re.compile(r",\s+(where|when|which|who|whom|whose)\b")
# a reported clause: "said that ..., and Russia also supports" stays inside what was said
REPORTED_CLAUSE = re.compile(r"\bthat\b|[\"“”]")
# "..., and Canada has", "... but China said", "..., while Japan wants", "..., as Russia said"
# (not "said that while")
_CONJUNCTION_BEFORE = re.compile(
    r"(?:(?:,\s*|\s+)(?:and|but)|,\s*(?:while|whereas|as))\s+(?:the\s+)?$"
)


def clause_opening(body: str, holder: Holder, partners: CandidateIndex) -> int | None:
    """Where a coordinated main clause opened by ``holder`` starts ("..., and Canada has
    begun"), or None; "the US and UN agree" is one subject, not a new clause."""
    conjunction = _CONJUNCTION_BEFORE.search(body, max(0, holder.start - 14), holder.start)
    if conjunction is None or conjunction.start() in partners.by_end:
        return None
    return conjunction.start()


SUBJECT_REACH = 40  # characters from a sentence's start within which its subject holder opens
SUBORDINATE_OPENING = re.compile(
    r"[\"“‘']?(?:If|Unless|When|While|Although|Though|As|Whether|Because|Since|Once)\b"
)
