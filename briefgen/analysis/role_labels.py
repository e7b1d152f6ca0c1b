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
from functools import cache
from typing import TYPE_CHECKING

from briefgen.analysis.gazetteer import find_terms
from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.mentions import word_spans
from briefgen.analysis.namewords import function_words, not_first_names

# words that end a qualifier when read backwards from the title: the end of a clause, a verb
# of speech, a conjunction or a preposition ("..., said spokesman X" has no qualifier)
LEADING_FUNCTION_WORDS = frozenset(
    {
        *("the", "a", "an", "but", "and", "or", "so", "yet", "as", "in", "on", "at", "for"),
        *("said", "says", "told", "adding", "added", "meanwhile", "however", "while", "when"),
        *("former", "then", "by", "from", "with", "to", "of", "responded", "warned", "argued"),
        "another",
    }
)
if TYPE_CHECKING:
    from briefgen.analysis.people import Person
    from briefgen.model import Quote

MAX_QUALIFIER = 3  # words
MAX_NAME_QUALIFIER = 6  # words, when the qualifier is a longer name ("South Carolina Democratic
# Party Chairman")
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
            if p.role is not None:
                out[p.name] = p.role  # "": the title is no label the story gives
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
    name at the first mention that reads "<title> <name or surname>" (the title also in an
    abbreviation the lexicon expands: "former Florida Gov. Jeb Bush" gives "former Florida
    Governor"); ``title`` unchanged when the story gives none; "" (no label) when the title is
    no role ("and chief executive officer") or every mention that reads it stands inside a
    longer capitalised name or a headline ("Bank of England governor" cut to "England
    governor", "... Was A Really Effective Senator")."""
    if not title or not name:
        return title
    head, _, rest = title.partition(" ")
    if rest and head in _days_and_months():
        title = rest  # "On Tuesday Labour chairman": the day opens no title
    ex = _EX.match(title)
    if ex and title[ex.end() :]:
        title = "former " + title[ex.end() :]  # "Ex-foreign secretary"
    first = title.split(None, 1)[0].lower()
    paired = first in _PAIRING
    if first in _NOT_A_TITLE_START and not paired:
        return ""  # "of manager": a title cut from a longer phrase
    surname = name.rsplit(None, 1)[-1]
    toks, starts = word_spans(body)
    cut = False
    for words in _surfaces(title):
        last = words[-1]
        for s, e in mentions:
            mention = body[s:e]  # the name may end it or come before a postnominal ("Jr")
            k = mention.find(name)
            if k < 0:
                k = mention.find(surname)
            if k < 0 or (k > 0 and mention[k - 1].isalnum()):
                continue
            at = s + k
            before = body[max(0, at - len(last) - 4) : at].rstrip().rstrip(".").lower()
            if not before.endswith(last):
                continue  # most mentions ("Mr Blair", "Blair"): no title right before the name
            i = bisect.bisect_left(starts, at) - 1
            found = _qualifier(body, toks, i, words, paired)
            if found is None:
                continue
            if paired and not found:
                found = [_CUT]  # "and analyst" with no title before the "and"
            if found and found[-1] is _CUT:
                cut = True
                continue
            return " ".join([*found, title]) if found else title
    return "" if cut else title


# a title that opens with one of these is a piece of a longer phrase, not a role; after "and"
# and "or" the story's words before it complete it ("chairman and chief executive officer")
_NOT_A_TITLE_START = frozenset({"and", "or", "of", "for", "the", "a", "an", "to", "with", "by"})
_PAIRING = frozenset({"and", "or", "&"})
_CUT = "\0cut"  # the marker ``_qualifier`` ends its answer with when the label is cut from a name
_EX = re.compile(r"(?:ex|then)[-‐‑](?=\w)", re.IGNORECASE)
_QUOTE_CHARS = "'’\"”"
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_NAME_JOINERS = frozenset({"of", "and", "&", "for", "de", "du", "la"})


def _surfaces(title: str) -> list[list[str]]:
    """The lower-case words ``title`` may be written in before a name: itself, then the
    lexicon's abbreviations of it ("Gov" for "Governor", "Sen" for "Senator")."""
    from briefgen.analysis.name_lexicon import lexicon

    out = [title.lower().split()]
    for key, canon in lexicon().titles.items():
        if canon == title and list(key) != title.split():
            out.append([w.lower() for w in key])
    return out


def _qualifier(
    body: str,
    toks: Sequence[tuple[int, int, str, bool, bool]],
    i: int,
    title_words: list[str],
    paired: bool = False,
) -> list[str] | None:
    """The qualifier words before the title that ends at token ``i`` (a list, maybe empty), or
    None when the title does not stand there. ``paired``: the title opens with "and", the
    lower-case title before it is part of the label ("historian and analyst")."""
    nxt = toks[i + 1][0] if i + 1 < len(toks) else len(body)
    for word in reversed(title_words):
        if i < 0 or toks[i][2].lower() != word or body[toks[i][1] : nxt].strip(" \t."):
            return None  # the title, word by word (an abbreviation with its point: "Gov.")
        nxt = toks[i][0]
        i -= 1
    if _EX.search(body[max(0, nxt - 5) : nxt]) and body[max(0, nxt - 5) : nxt].endswith("-"):
        return ["former"]  # "ex-Rep. Curt Weldon", "then-Gov. Jeb Bush": no longer held
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
    stop_at = -1
    for at in range(len(chunks) - 1, -1, -1):
        word = chunks[at]
        ex = _EX.match(word)
        if ex:
            # "then-US Representative", "ex-finance chief": the office is a former one; not
            # after a possessive ("the ex-Hole singer's lawyer": the singer is the former one)
            word = word[ex.end() :]
            if word[:1].isupper() and word[-1] not in _CLAUSE_END and budget:
                words.insert(0, word)
            former = not any(w.endswith(_POSSESSIVE) for w in words)
            break
        if word[-1] in _QUOTE_CHARS and not word.endswith(("s'", "s’")):
            break  # the end of a quotation ("on ''This Week,'' Senator X")
        bare = word.lower()
        if bare == "of" and _name_of_name(chunks, at, words, stop):
            # an organisation's name: "Federal Reserve Bank of Kansas City President"
            words.insert(0, word)
            budget += MAX_QUALIFIER
            continue
        if bare in stop and words and _place_word(word, words[0]):
            words.insert(0, word)  # "New" in "New York Senator": a place's name
            budget -= 1
            continue
        if (
            budget == 0
            or word[-1] in _CLAUSE_END
            or bare in stop
            or bare in LEADING_FUNCTION_WORDS
            or word in _days_and_months()  # "on Wednesday Prime Minister"
        ):
            # the end of a clause, a function word or a verb: the qualifier stops here; a
            # "former" stays on the label ("former UN Ambassador John Bolton" is no ambassador),
            # also before a full qualifier ("former State policy planning director")
            former = bare == "former"
            stop_at = at
            break
        if word == "-" or (capital_title and not word[:1].isupper()):
            break  # a dash after a dateline ("ABU DHABI - President"); a capitalised office's
            # qualifier is a name ("Liberal Democrats' President"), never a lower-case word
            # ("Pakistani president met Prime Minister Tony Blair")
        words.insert(0, word)
        budget -= 1
    while words and not words[0][:1].isupper() and not paired:
        words.pop(0)  # the qualifier starts with a name ("Labour campaign spokesman")
    if not capital_title and _predicate(chunks):
        return [_CUT]  # "he is also the most able candidate Viguerie argues": his, not a title
    if not former and _inside_name(chunks, stop_at, words, capital_title, title_words[0]):
        more = _rest_of_name(chunks, stop_at, MAX_NAME_QUALIFIER - len(words))
        if more is None:
            return [_CUT]
        words = [*more, *words]
    words = [w for k, w in enumerate(words) if k == 0 or w != words[k - 1]]  # a doubled word
    return ["former", *words] if former else words


_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "remains", "became"})
_ARTICLES = frozenset({"the", "a", "an"})


def _predicate(chunks: Sequence[str]) -> bool:
    """Whether the lower-case title after ``chunks`` is a copula's complement ("he is also the
    most able candidate", "she was a lawyer"): a description of the clause's subject, not a
    title of the name after it. The article stands at most two words before the title."""
    words = [c.lower() for c in chunks[-5:]]
    for k in range(len(words) - 1, max(len(words) - 4, -1), -1):
        if words[k][-1] in _CLAUSE_END:
            return False
        if words[k] in _ARTICLES:
            return any(w in _COPULAS for w in words[max(0, k - 2) : k])
    return False


def _rest_of_name(chunks: Sequence[str], at: int, budget: int) -> list[str] | None:
    """The capitalised words (and the joiners between them: "of", "and") from ``chunks[at]``
    back to where the name starts ("said Trade and Industry", "said South Carolina"), or None
    when no clean start stands within ``budget`` words (a headline, a list of names)."""
    out: list[str] = []
    joined = False
    while at >= 0:
        word = chunks[at]
        bare = word.lower()
        if word[-1] in _CLAUSE_END or word[-1] in _QUOTE_CHARS:
            break  # a clause ends before the name
        if word[:1].isupper():
            if bare in LEADING_FUNCTION_WORDS or word in _days_and_months():
                if at == 0 or chunks[at - 1][-1] in _CLAUSE_END:
                    break  # "But", "On" opening a sentence: the name starts after it
                return None  # "A", "The" inside a line: a headline's words
            if joined and _is_title(word):
                return []  # "Nestor Kirchner and Venezuelan President": two people's titles
        elif bare not in _NAME_JOINERS:
            break  # "said", "by": the name starts after it
        joined = joined or bare in ("and", "&")
        if len(out) == budget:
            return None
        out.insert(0, word)
        at -= 1
    while out and not out[0][:1].isupper():
        out.pop(0)  # "for European Justice": a joiner opening the run is no part of the name
    return out or None


@cache
def _days_and_months() -> frozenset[str]:
    """Weekdays and months written out ("Wednesday", "March"): they open no name."""
    return not_first_names() - function_words()


def _honorifics() -> frozenset[str]:
    """The lexicon's honorifics ("Mr", "Dr", "Lord")."""
    from briefgen.analysis.name_lexicon import lexicon

    return frozenset(lexicon().honorifics)


def _is_title(word: str) -> bool:
    """Whether ``word`` is a one-word title or honorific of the lexicon ("President", "Mr")."""
    from briefgen.analysis.name_lexicon import lexicon

    lex = lexicon()
    bare = word.rstrip(".")
    bare = bare[:1].upper() + bare[1:]
    return (bare,) in lex.titles or bare in lex.honorifics


def _inside_name(
    chunks: Sequence[str], at: int, words: list[str], capital_title: bool, title_first: str
) -> bool:
    """Whether the label that the qualifier ``words`` opens (the title alone when it has none)
    continues a longer capitalised name or a headline: the chunk ``chunks[at]`` where the
    reading stopped is capitalised and ends no clause ("Bank of England governor", "New York
    Senator", "Was A Really Effective Senator"), or joins two capitalised words ("Trade and
    Industry Secretary"). A capitalised function word opening its sentence ("The Labour
    spokesman") cuts nothing."""
    if at < 0 or (not words and not capital_title):
        return False
    word = chunks[at]
    if word[-1] in _CLAUSE_END or word[-1] in _QUOTE_CHARS:
        return False
    if word.lower() in _NAME_JOINERS and not word[:1].isupper():
        if not words and word.lower() in ("and", "&") and _is_title(title_first):
            return False  # "Trump and Sen. Ted Cruz": a second person's title
        return at > 0 and chunks[at - 1][:1].isupper() and chunks[at - 1][-1] not in _CLAUSE_END
    if word.rstrip(".") in _honorifics():
        return False  # "Mr Ebbers' lawyer": the person the qualifier names, not a cut name
    if not word[:1].isupper() or word in _days_and_months():
        return False  # "on Wednesday Prime Minister": a day or a function word opens no name
    if word.lower() in LEADING_FUNCTION_WORDS or word.lower() in stopwords():
        # "The", "A", "New": a sentence's first word cuts nothing; inside a line it is a
        # headline's capitalised word or a name's ("New York")
        return at > 0 and chunks[at - 1][-1] not in _CLAUSE_END
    return True


def _place_word(word: str, after: str) -> bool:
    """Whether the capitalised ``word`` opens a place's name with ``after`` ("New York")."""
    if not word[:1].isupper() or word[-1] in _CLAUSE_END:
        return False
    phrase = f"{word} {after}"
    return any(m.start == 0 and m.end >= len(word) + 2 for m in find_terms(phrase))


def _name_of_name(chunks: Sequence[str], at: int, words: list[str], stop: frozenset[str]) -> bool:
    """Whether the "of" at ``chunks[at]`` joins two capitalised parts of one name ("Bank of
    America"): capitalised words after it, a capitalised word before it."""
    if not words or not all(w[:1].isupper() for w in words) or at == 0:
        return False
    before = chunks[at - 1]
    return before[:1].isupper() and before[-1] not in _CLAUSE_END and before.lower() not in stop
