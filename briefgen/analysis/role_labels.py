"""A person's role as the story labels it: the title with the qualifier written before it.

"Labour spokesman Fraser Kemp" gives "spokesman" the label "Labour spokesman"; "Labour
campaign spokesman Fraser Kemp" gives "Labour campaign spokesman" (a lower-case noun may stand
between the capitalised qualifier and the title). Read once per quoted person from the text
before its mentions (``speaker_roles`` sets ``Person.role``; the pipeline stores the labels in
``story.annotations["roles"]``); key quotes show it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

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
_CLAUSE_END = '.,;:!?"“”)'


def speaker_roles(body: str, people: Iterable[Person], quotes: Iterable[Quote]) -> dict[str, str]:
    """The role label of each titled person quoted in the story, by name (set on
    ``Person.role`` too)."""
    speakers = {q.speaker.name for q in quotes if q.speaker is not None and q.speaker.name}
    out: dict[str, str] = {}
    for p in people:
        if p.kind == "person" and p.title and p.name in speakers:
            p.role = role_label(body, p.name, p.display_title, p.mentions)
            if p.role:
                out[p.name] = p.role
    return out


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
    # the qualifier: up to three space-separated chunks before the title, on its line
    head = body[max(0, nxt - 120) : nxt]
    if not head.endswith((" ", "\t")):
        return None  # no space before the title: nothing qualifies it here
    chunks = head.rsplit("\n", 1)[-1].split()[-MAX_QUALIFIER:]
    if not chunks:
        return None  # the title opens the text or a line: no qualifier can stand before it
    words: list[str] = []
    stop = stopwords()
    for word in reversed(chunks):
        bare = word.lower()
        if word[-1] in _CLAUSE_END or bare in stop or bare in LEADING_FUNCTION_WORDS:
            break  # the end of a clause, a function word or a verb: the qualifier stops here
        words.insert(0, word)
    while words and not words[0][:1].isupper():
        words.pop(0)  # the qualifier starts with a name ("Labour campaign spokesman")
    return words
