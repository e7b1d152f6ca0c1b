"""Party positions: what a political party states, kept apart from its country's government.

In a domestic political story the split between the government and the opposition is the
story, and a party's position is the party's, never the country's. A party states a position
when the party itself is the subject of a main clause ("The Tories have promised", "Labour
says", "the Lib Dems also oppose"), when a party figure is ("Tory leader Michael Howard has
accused"), or when a party figure who holds no government office is quoted. Parties and their
names come from ``[parties]`` in ``briefgen/data/offices.toml``.

These statements are stored under ``story.annotations["positions.parties"]`` (a list of
:class:`~briefgen.model.Statement` whose ``voice`` is the party), never in
``story.statements``: a reader of country positions never takes them for a government's.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from briefgen.analysis.actor_verbs import MAIN_LEAD_WINDOW, MAIN_LEADS, stance_after
from briefgen.analysis.clause_stance import CLAUSE_WINDOW, clause_stance
from briefgen.analysis.issues import classify_issue
from briefgen.analysis.reporting_verbs import sentence_stance
from briefgen.analysis.stance_content import maxim
from briefgen.analysis.stance_lexicon import DATA_DIR, SILENT
from briefgen.model import Statement, Story

ANNOTATION = "positions.parties"
# role words between a party word and a name: "Tory leader Michael Howard", "Lib Dem home
# affairs spokesman Mark Oaten", "Conservative co-chairman Liam Fox"
_ROLE = (
    r"(?:\s+(?:[a-z\-]+\s+){0,3}?(?:(?i:leader|co-chairman|chairman|chairwoman|chair|"
    r"spokesman|spokeswoman|spokesperson)|chancellor|secretary|treasurer)(?![\w\-])(?P<role_end>)"
    r"(?:\s+[A-Z][\w'’\-]+){0,3})?"
)


@cache
def _party_table() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Each party name, alias and adjective -> (the party's name, its country code), and the
    adjectives (which name a party only before a role), from ``offices.toml``."""
    with (DATA_DIR / "offices.toml").open("rb") as fh:
        raw = tomllib.load(fh).get("parties", {})
    out: dict[str, tuple[str, str]] = {}
    adjectives: set[str] = set()
    for name, entry in raw.items():
        for alias in [name, *entry.get("aliases", []), *entry.get("adjectives", [])]:
            out[alias] = (name, entry["country"])
        adjectives.update(entry.get("adjectives", []))
    return out, frozenset(adjectives)


def parties() -> dict[str, tuple[str, str]]:
    """Each party name, alias and adjective -> (the party's name, its country code)."""
    return _party_table()[0]


@cache
def _subject() -> re.Pattern[str]:
    table, adjectives = _party_table()
    nouns = "|".join(re.escape(a) for a in sorted(set(table) - adjectives, key=len, reverse=True))
    adjs = "|".join(re.escape(a) for a in sorted(adjectives, key=len, reverse=True))
    # no "\b" or optional article before the names: the pattern then opens with a literal
    # alternation the regex engine scans for quickly ("The" before it is a main-clause lead)
    return re.compile(
        rf"(?:(?P<party>{nouns})(?![\w'’\-]){_ROLE}"
        rf"|(?P<adjective>{adjs})(?=\s+(?:[a-z\-]+\s+){{0,3}}?(?:(?i:leader|co-chairman|chair|"
        rf"spokes)|chancellor|secretary|treasurer)){_ROLE.replace('role_end', 'role_end2')})"
    )


def _sentence_at(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The sentence holding ``offset`` (a bisection: one quote after another stays linear)."""
    at = bisect_right(sentences, (offset, len(sentences) and sentences[-1][1] + 1)) - 1
    if 0 <= at < len(sentences) and sentences[at][0] <= offset < sentences[at][1]:
        return sentences[at]
    return None


def _subject_at(body: str, at: int, end: int) -> re.Match[str] | None:
    """A party subject starting at ``at`` (past "the")."""
    if body.startswith(("the ", "The "), at):
        at += 4
    return _subject().match(body, at, end)


def _party(match: re.Match[str]) -> tuple[str, str]:
    return parties()[match.group("party") or match.group("adjective")]


def mentions_party(body: str) -> bool:
    """Whether ``body`` names any party (a cheap gate before reading it clause by clause:
    plain substring searches, no pattern run over every story)."""
    return any(alias in body for alias in _party_words())


@cache
def _party_words() -> tuple[str, ...]:
    """Every party name, alias and adjective, shortest first (a prefix finds the longer)."""
    words = sorted(parties(), key=len)
    return tuple(w for i, w in enumerate(words) if not any(p in w for p in words[:i]))


def party_of(title: str) -> tuple[str, str] | None:
    """(party, country) when a title phrase names a party ("Tory co-chairman")."""
    for match in _subject().finditer(title):
        if (
            match.group("role_end") is not None or match.group("role_end2") is not None
        ):  # "Tory co-chairman", not "Labour MP"
            return _party(match)
    return None


# a party word that modifies the subject, not the party as the subject: its candidates, voters,
# lawmakers one by one, its race ("GOP frontrunner Donald Trump has called for", "The GOP
# presidential candidate says", "Republican voters", "The Republican convention", "the GOP's
# nominee"): a candidate's promise is the candidate's, a nominee's too (kept apart, the
# conservative reading: the platform is the party's, the nominee's campaign is the nominee's)
_NOT_THE_PARTY = re.compile(
    r"['’]|\s+(?:[A-Z]|(?:presidential|primary|primaries|candidates?|contenders?|hopefuls?|"
    r"front-?runners?|frontrunners?|nominees?|nomination|field|race|voters?|donors?|"
    r"strategists?|consultants?|operatives?|pollsters?|establishment|base|senators?|"
    r"congressman|congresswoman|representatives?|governors?|incumbents?|convention|debates?|"
    r"side|rules?|members?|activists?|supporters?|officials?|aides?)\b)"
)


# a parenthetical after the subject: a relative or participial clause between commas, an aside
# between dashes
_ASIDE = re.compile(
    r",\s+(?:who|which|[a-z]+ing)\s[^,;:.!?\"“”]{1,120},(?=\s)"
    r"|\s+(?:--|—|–)\s*[^,;:.!?\"“”—–]{1,80}?\s*(?:--|—|–)(?=\s)"
)


_WITH_ABSOLUTE = re.compile(r",\s+with\s+[^,;:.!?]{1,80}?\b[a-z]+ing\b")


def find_party_statements(
    story: Story, party_speaker: Callable[[str], tuple[str, str] | None]
) -> list[Statement]:
    """The positions parties state in ``story``: party subjects of main clauses and quotes
    of party figures (``party_speaker``: a quoted person's (party, country), or None for an
    official or a person of no party; asked once per speaker)."""
    body = story.body
    out: list[Statement] = []
    taken: set[tuple[int, int]] = set()

    def add(
        party: tuple[str, str],
        start: int,
        end: int,
        stance: str,
        actor: str | None,
        issue_end: int | None = None,
    ) -> None:
        if (start, end) in taken or end <= start:
            return
        text = body[start:end]
        if text.rstrip(" \"'”’").endswith("?"):
            return  # a question states no position
        if stance in ("demands", "proposes") and maxim(text[:CLAUSE_WINDOW]):
            return  # "Budgets have to add up. Tough choices are needed": no object
        issue = classify_issue(body[start : issue_end or end][: CLAUSE_WINDOW * 2])
        if issue is None:
            return  # an issue the brief cannot name is not shown
        taken.add((start, end))
        out.append(
            Statement(party[1], issue, stance, text, start, end, actor, voice=party[0])  # type: ignore[arg-type]
        )

    for s_start, s_end in story.sentences or [(0, len(body))]:
        # the subject of the main clause opens the sentence, after at most one lead word
        # ("The Tories", "But Labour"): anchored matches, no scan of the sentence
        at = s_start
        while at < s_end and body[at] in " \n\t\"'“‘":
            at += 1
        match = _subject_at(body, at, s_end)
        if match is None:
            space = body.find(" ", at, min(s_end, at + MAIN_LEAD_WINDOW))
            if space < 0 or body[at:space] not in MAIN_LEADS:
                continue
            match = _subject_at(body, space + 1, s_end)  # "But the Tories", "Meanwhile, Labour"
            if match is None:
                continue
        if body[s_start:s_end].rstrip().rstrip("\"'”’").endswith("?"):
            continue
        if (
            match.group("role_end") is None
            and match.group("role_end2") is None
            and _NOT_THE_PARTY.match(body, match.end())
        ):
            continue
        # "House Democrats, looking for a way to ..., seized", "Republican lawmakers, who are
        # close to ..., have vowed", "Democrats -- including Clinton -- quickly accused": the
        # verb after the parenthetical clause
        aside = _ASIDE.match(body, match.end(), s_end)
        found = stance_after(
            body, aside.end() if aside else match.end(), s_end, True, match.start()
        )
        if found is None or found[0] == SILENT:
            continue
        stance, verb_end, negated = found
        stance = clause_stance(
            stance, body[verb_end : min(s_end, verb_end + CLAUSE_WINDOW)], negated
        )
        # "launched their platform, with leader Charles Kennedy saying ... the Iraq war": the
        # absolute clause is another speaker's, its words name no issue of the verb's object
        absolute = _WITH_ABSOLUTE.search(body, verb_end, s_end)
        add(_party(match), s_start, s_end, stance, None, absolute.start() if absolute else None)
    parties_of: dict[str, tuple[str, str] | None] = {}
    sentences = story.sentences
    for quote in story.quotes:
        name = quote.speaker.name
        if not name or quote.kind == "fragment":
            continue
        if name not in parties_of:
            parties_of[name] = party_speaker(name)
        party = parties_of[name]
        if party is None:
            continue
        sentence = _sentence_at(sentences, quote.start) or (quote.start, quote.end)
        stance = clause_stance("neutral", quote.text, False)
        start, end = quote.start, quote.end
        if quote.kind == "indirect" and sentence[0] <= start and end <= sentence[1]:
            start, end = sentence
            stance = sentence_stance(body, sentence, quote, stance)
        add(party, start, end, stance, name)
    out.sort(key=lambda s: s.start)
    return out
