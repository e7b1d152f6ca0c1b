"""A person's role as the story labels it: the title with the qualifier written before it.

"Labour spokesman Fraser Kemp" gives "spokesman" the label "Labour spokesman"; "Labour
campaign spokesman Fraser Kemp" gives "Labour campaign spokesman" (a lower-case noun may stand
between the capitalised qualifier and the title). Read once per quoted person from the text
before its mentions (``speaker_roles`` sets ``Person.role``; the pipeline stores the labels in
``story.annotations["roles"]``); key quotes show it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from briefgen.analysis.gazetteer import find_terms
from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.mentions import word_spans

# words that end a qualifier when read backwards from the title: the end of a clause, a verb
# of speech, a conjunction or a preposition ("..., said spokesman X" has no qualifier)
LEADING_FUNCTION_WORDS = frozenset(
    {
        *("the", "a", "an", "but", "and", "or", "so", "yet", "as", "in", "on", "at", "for"),
        *("said", "says", "told", "adding", "added", "meanwhile", "however", "while", "when"),
        *("former", "then", "by", "from", "with", "to", "of", "responded", "warned", "argued"),
    }
)
if TYPE_CHECKING:
    from briefgen.analysis.people import Person
    from briefgen.model import Quote

MAX_QUALIFIER = 3  # words
_CLAUSE_END = '.,;:!?"“”)—–'


def speaker_roles(body: str, people: Iterable[Person], quotes: Iterable[Quote]) -> dict[str, str]:
    """The role label of each titled person quoted in the story, by name (set on
    ``Person.role`` too)."""
    speakers = {q.speaker.name for q in quotes if q.speaker is not None and q.speaker.name}
    out: dict[str, str] = {}
    for p in people:
        if p.kind == "person" and p.title and p.name in speakers:
            p.role = role_label(body, p.name, p.display_title, p.mentions)
            if (
                p.role
                and p.display_title
                and STATE_OFFICE_RE.fullmatch(p.display_title)
                and _country_qualified(p.role, p.display_title)
            ):
                # "Russian President": the office of a state, which key quotes name after their
                # country ("President of Russia"); "Bank of America President" stays a label
                p.role = p.display_title
            if p.role:
                out[p.name] = p.role
    return out


_COUNTRY_KINDS = frozenset({"name", "display", "demonym", "alias"})
# Offices of state that read naturally as "<office> of <country>".
STATE_OFFICE_RE = re.compile(
    r"(?:(?:Vice|Deputy)[ -])?(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor"
    r"|Supreme Leader|(?:Foreign|Defen[cs]e|Finance|Interior|Trade|Economy|Energy|Justice"
    r"|Home|Health|Education)? ?Minister|Foreign Secretary|Secretary of State)",
    re.IGNORECASE,
)


def _country_qualified(role: str, title: str) -> bool:
    """Whether the qualifier before ``title`` in ``role`` is nothing but a country's name or
    demonym ("Russian", "South Korean", "Britain's")."""
    qualifier = role[: len(role) - len(title)].strip()
    if not qualifier or qualifier == role:
        return False
    covered = 0
    for match in find_terms(qualifier):
        if match.term.kind not in _COUNTRY_KINDS or match.start != covered:
            return False
        covered = match.end
        if qualifier.startswith(("'s", "’s"), covered):
            covered += 2
        covered += len(qualifier[covered:]) - len(qualifier[covered:].lstrip())
    return covered == len(qualifier)


def role_label(
    body: str, name: str, title: str | None, mentions: Sequence[tuple[int, int]]
) -> str | None:
    """``title`` with the capitalised qualifier the story writes before it and the person's
    name at the first mention that reads "<title> <name or surname>"; ``title`` unchanged
    when the story gives none."""
    if not title or not name:
        return title
    surname = name.rsplit(None, 1)[-1]
    title_words = title.lower().split()
    last_len = len(title_words[-1])
    toks, starts = word_spans(body)
    for s, e in mentions:
        mention = body[s:e]  # the name may end it or come before a postnominal ("Jr")
        k = mention.find(name)
        if k < 0:
            k = mention.find(surname)
        if k < 0 or (k > 0 and mention[k - 1].isalnum()):
            continue
        at = s + k
        if not body[max(0, at - last_len - 3) : at].rstrip().lower().endswith(title_words[-1]):
            continue  # most mentions ("Mr Blair", "Blair"): no title right before the name
        i = bisect.bisect_left(starts, at) - 1
        found = _qualifier(body, toks, i, title_words)
        if found is None:
            continue
        return " ".join([*found, title]) if found else title
    return title


def _qualifier(
    body: str, toks: Sequence[tuple[int, int, str, bool, bool]], i: int, title_words: list[str]
) -> list[str] | None:
    """The qualifier words before the title that ends at token ``i`` (a list, maybe empty), or
    None when the title does not stand there."""
    nxt = toks[i + 1][0] if i + 1 < len(toks) else len(body)
    for word in reversed(title_words):
        if i < 0 or toks[i][2].lower() != word or body[toks[i][1] : nxt].strip():
            return None
        nxt = toks[i][0]
        i -= 1
    # the qualifier: up to three space-separated chunks before the title, on its line (three
    # more after each "of" inside a name)
    capital_title = body[nxt : nxt + 1].isupper()
    head = body[max(0, nxt - 120) : nxt]
    if not head.endswith((" ", "\t")):
        return None  # no space before the title: nothing qualifies it here
    chunks = head.rsplit("\n", 1)[-1].split()[-(2 * MAX_QUALIFIER + 1) :]
    if not chunks:
        return None  # the title opens the text or a line: no qualifier can stand before it
    words: list[str] = []
    stop = stopwords()
    budget = MAX_QUALIFIER
    former = False
    for at in range(len(chunks) - 1, -1, -1):
        word = chunks[at]
        bare = word.lower()
        if bare == "of" and _name_of_name(chunks, at, words, stop):
            # an organisation's name: "Federal Reserve Bank of Kansas City President"
            words.insert(0, word)
            budget += MAX_QUALIFIER
            continue
        if budget == 0 or word[-1] in _CLAUSE_END or bare in stop or bare in LEADING_FUNCTION_WORDS:
            # the end of a clause, a function word or a verb: the qualifier stops here; a
            # "former" stays on the label ("former UN Ambassador John Bolton" is no ambassador),
            # also before a full qualifier ("former State policy planning director")
            former = bare == "former"
            break
        if word == "-" or (capital_title and not word[:1].isupper()):
            break  # a dash after a dateline ("ABU DHABI - President"); a capitalised office's
            # qualifier is a name ("Liberal Democrats' President"), never a lower-case word
            # ("Pakistani president met Prime Minister Tony Blair")
        words.insert(0, word)
        budget -= 1
    while words and not words[0][:1].isupper():
        words.pop(0)  # the qualifier starts with a name ("Labour campaign spokesman")
    return ["former", *words] if former else words


def _name_of_name(chunks: Sequence[str], at: int, words: list[str], stop: frozenset[str]) -> bool:
    """Whether the "of" at ``chunks[at]`` joins two capitalised parts of one name ("Bank of
    America"): capitalised words after it, a capitalised word before it."""
    if not words or not all(w[:1].isupper() for w in words) or at == 0:
        return False
    before = chunks[at - 1]
    return before[:1].isupper() and before[-1] not in _CLAUSE_END and before.lower() not in stop
