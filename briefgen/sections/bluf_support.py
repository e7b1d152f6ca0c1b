"""What the corpus backs: the subjects most stories share, and how far a line names them.

The analysis found each story's actors (people, organisations, bodies) and where they are
mentioned; a subject's share is the part of the stories that mention it. A corpus has dominant
subjects when one actor is in a large part of its stories (the candidates of a campaign, the
parties of a parliament); a bottom line of such a corpus names one of them, and a line about
someone no other story mentions (a company's strike, a judge, a party's caterer) is one story's
detail, not the corpus's bottom line. A corpus of many threads (a business desk's year) has no
dominant subject and its lines are judged as before. Countries are left out (in a corpus of
one country's news its name is in every story and tells no subject), and so are news outlets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.analysis.gazetteer import find_terms
from briefgen.model import Story
from briefgen.sections.evidence import content_tokens

DOMINANT_SHARE = 0.4  # the top subject's share of the stories for the corpus to have one
SUPPORT_RATIO = 0.4  # a line's subject share, against the top one, for the line to be backed
MIN_STORIES = 5  # fewer stories are one subject by construction: every line is about it
SHARED_WORDS = 0.5  # the part of a line's words other stories must use (colour is one story's)
SHARED_STORIES = 3  # ... in this many stories at least
MIN_BACKERS = 2  # dominant subjects a detail must tie together
OPENING_WORDS = 2  # words before a detail's subject ("Democrat", "Sen.") when it opens the line
RANK_FLOOR = 0.7  # the ranking factor of a line naming no dominant subject (1.0: the top one)
_KINDS = ("person", "organisation", "body")
# a word that may stand before a line's subject: a title or a party ("Sen.", "Democrat"), not
# a conjunction or a preposition opening a clause ("While Mr. Trump was ..., Cruz ...")
_TITLE_WORD = re.compile(
    r"(?!(?:While|As|When|After|Before|Although|Though|If|Because|Since|Despite|With|Without"
    r"|Unlike|Like|For|In|On|At|By|From|Amid|Until|Once|Even|But|And|Then|So)\b)[A-Z][\w.'’-]*$"
)


@dataclass(frozen=True)
class Subjects:
    """The corpus's subjects and their shares of the stories."""

    shares: dict[tuple[str, str], float] = field(default_factory=dict)
    top: float = 0.0
    dominant: bool = False

    def support(self, story: Story, start: int, end: int) -> tuple[float, int]:
        """The largest share among the subjects ``story.body[start:end]`` mentions, and how
        many dominant subjects it names (those a line may be backed by)."""
        best, backers = 0.0, set()
        for actor in story.actors:
            if actor.kind not in _KINDS:
                continue
            key = subject_key(actor.kind, actor.name)
            share = self.shares.get(key, 0.0)
            if share <= 0 or not any(start <= m0 and m1 <= end for m0, m1 in actor.mentions):
                continue
            best = max(best, share)
            if self.backs(share):
                backers.add(key)
        return best, len(backers)

    def backs(self, support: float) -> bool:
        """Does a line of subject share ``support`` name a dominant subject (always true in a
        corpus without one)?"""
        return not self.dominant or support >= SUPPORT_RATIO * self.top

    def backs_detail(self, story: Story, start: int, end: int, backers: int) -> bool:
        """May the line ``story.body[start:end]`` from inside a story (not its lead), naming
        ``backers`` dominant subjects, stand in the bottom line? A lead tells its story's main
        event; a later line is a detail unless it is about the corpus's subjects: it opens on
        one of them and ties two together ("Trump is lagging behind Clinton ...", "Sanders and
        Clinton both campaigned on ..."): the contest the corpus follows, not one story's
        aside ("Despite being surrounded by veteran Clinton haters, ...", "Gov. Chris
        Christie ..., a Trump ally, rebounded with a call to arms against Mrs. Clinton")."""
        if not self.dominant:
            return True
        if backers < MIN_BACKERS:
            return False
        first = min(
            (
                (m0, actor)
                for actor in story.actors
                for m0, m1 in actor.mentions
                if start <= m0 < end
            ),
            key=lambda pair: pair[0],
            default=None,
        )
        if first is None or first[1].kind not in _KINDS:
            return False
        before = story.body[start : first[0]].split()
        if len(before) > OPENING_WORDS or not all(_TITLE_WORD.match(w) for w in before):
            return False  # "While Mr. Trump was being nominated, ... Cruz mingled": not its subject
        return self.backs(self.shares.get(subject_key(first[1].kind, first[1].name), 0.0))

    def shares_words(self, text: str, doc_freq: Counter[str], n_stories: int) -> bool:
        """Are most of the line's words used by several stories (``doc_freq``: stories per
        word)? A scene or an aside ("Flanked by Secret Service agents, Clinton stepped out of
        her motorcade near Stonewall", oysters and margaritas at a party) is told in one
        story's own words; a development the corpus follows is told in words other stories
        use too. Always true in a corpus without a dominant subject."""
        if not self.dominant:
            return True
        words = set(content_tokens(text))
        if not words:
            return False
        common = sum(doc_freq[w] >= min(SHARED_STORIES, n_stories) for w in words)
        return common >= SHARED_WORDS * len(words)

    def rank_factor(self, support: float) -> float:
        """A factor in [RANK_FLOOR, 1] that puts lines on the dominant subjects first."""
        if not self.dominant or self.top <= 0:
            return 1.0
        return RANK_FLOOR + (1.0 - RANK_FLOOR) * min(1.0, support / self.top)


def _plain(name: str) -> str:
    """An outlet's name for comparison: "The Washington Post" is "washington post"."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _medium(kind: str, name: str, outlets: set[str]) -> bool:
    """Is the organisation a news outlet (one the corpus reads, or one the gazetteer knows
    opening its name: "CNN", "BBC Radio", "Reuters")? An outlet is how the stories are told,
    not what they are about: "told the BBC" in most stories of a BBC corpus makes no subject."""
    return kind == "organisation" and (_plain(name) in outlets or _known_outlet(name))


@lru_cache(maxsize=4096)
def _known_outlet(name: str) -> bool:
    """Does ``name`` open with an outlet of the gazetteer ("BBC" of "BBC Radio")?"""
    return any(m.start == 0 and m.term.kind in ("outlet", "state-outlet") for m in find_terms(name))


def subject_key(kind: str, name: str) -> tuple[str, str]:
    """The key a subject is counted under: a person's first and last names ("Donald J. Trump"
    is "Donald Trump" of the other stories), any other name as written."""
    if kind == "person":
        words = name.split()
        if len(words) > 2:
            return kind, f"{words[0]} {words[-1]}"
    return kind, name


def corpus_subjects(stories: list[Story]) -> Subjects:
    """Each subject's share of ``stories`` (from the analysis's actors) and whether one
    dominates: a subject at least one story in DOMINANT_SHARE mentions, in a corpus of
    MIN_STORIES or more."""
    n = len(stories)
    if n < MIN_STORIES:
        return Subjects()
    outlets = {_plain(o) for story in stories for o in story.outlets}
    counts: Counter[tuple[str, str]] = Counter()
    for story in stories:
        counts.update(
            {
                subject_key(a.kind, a.name)
                for a in story.actors
                if a.kind in _KINDS and a.mentions and not _medium(a.kind, a.name, outlets)
            }
        )
    shares = {key: count / n for key, count in counts.items() if count >= 2}
    top = max(shares.values(), default=0.0)
    return Subjects(shares, top, top >= DOMINANT_SHARE)
