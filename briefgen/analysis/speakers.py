"""Who a subject phrase names: the person or organisation a cue's subject stands for.

:func:`subject_phrase` reads the words before (or after) a speech verb and resolves them to a
``Person`` from ``people``: a name mention ("Mr Blair", "Russian President Vladimir Putin"), a
person and where they work ("Stephen Vladeck of the University of Texas": the person), a role
noun's holder ("the prime minister": ``spokespeople.role_person``), a body or its
spokesperson ("Downing Street said"; "a Foreign Office spokesman": the body, with title
"spokesman"; see :mod:`~briefgen.analysis.spokespeople`), not the person someone depends on
("Tony Blair's lawyer", "a lawyer for John Smith"), or a pronoun. Joint speakers ("X and Y
said") are the first one named; a party ("the Tories said") and a country's ministry ("the
Russian foreign ministry") speak under the names the quotes gold gives them; an owner's text
("the Conservatives' letter to X said", later "the letter said") is the owner's. A pronoun
is answered by the ``resolve`` function the caller passes (``pronouns.resolve_pronoun``): the
pronoun search reads spokesperson subjects with this function, so it lies above this module and
hands itself in.
An unresolvable subject is ``None``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from briefgen.analysis.gazetteer import gazetteer, normalise_token
from briefgen.analysis.mentions import PARTY_TAG_RE, speech_data
from briefgen.analysis.name_kinds import OUTLETS
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import (
    FRONTED_SUBORDINATORS,
    PREP_BEFORE_SUBJ,
    PREPOSITIONS,
    after_preposition,
)
from briefgen.analysis.quotations import trim_span
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    QuoteContext,
    in_quote,
    mention_covering,
    mention_cue,
    mention_ending_at,
)
from briefgen.analysis.role_nouns import ROLE_QUALIFIERS, title_holder
from briefgen.analysis.spokespeople import (
    SPOKES_GENDER,
    office_body,
    party_body,
    recent_org,
    role_person,
    spokes_modifier,
    state_ministry,
)
from briefgen.model import QuoteCue

# how a pronoun subject is resolved: (context, gender "m"/"f", the pronoun's offset) -> person
PronounResolver = Callable[[QuoteContext, str, int], Person | None]

POSSESSIVE_SPOKES_RE = re.compile(
    r"([A-Z][\w'’-]*)(?:'s|’s|'|’)\s+(?:[a-z]+\s+)?(spokesman|spokeswoman|spokesperson|aide|adviser)"
)

# a subject phrase whose head is a common noun with a person after a preposition ("a spokesman
# for Tony Blair", "an aide to X", "a source close to X", "the wife of X"): the head speaks, not
# the person in the prepositional phrase; group 1 the head noun, the match ends where the
# person's mention must start
DEPENDANT_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"([a-z][\w'’-]*)\s+(?:close\s+to|for|to|of|representing)\s+(?:the\s+)?"
)

# a possessive name, then lower-case words ending the phrase ("Tony Blair's lawyer"): the noun
# is the subject, not the possessor (group 1 the possessor, 2 the head noun)
POSSESSIVE_HEAD_RE = re.compile(
    r"([A-Z][\w'’-]*)(?:'s|’s|'|’)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)$"
)

ROLE_SUBJECT_HEADS = (
    "spokesman", "spokeswoman", "spokesperson", "source", "official", "aide", "insider",
    "prime minister", "president", "chancellor", "foreign secretary", "home secretary",
    "foreign minister", "finance minister", "leader", "chairman", "correspondent", "editor",
    "first minister", "secretary", "minister", "premier",
    # house styles that capitalise the office ("the Prime Minister", "the US President")
    "Prime Minister", "President", "Chancellor", "Foreign Secretary", "Home Secretary",
    "Foreign Minister", "Finance Minister", "First Minister", "Secretary", "Minister", "Premier",
)  # fmt: skip
ROLE_SUBJ_RE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Oo]ur|[Aa]|[Aa]n|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    r"((?:[A-Za-z][\w'’-]*\s+){0,4}?)"
    r"(" + "|".join(ROLE_SUBJECT_HEADS) + r")\s*$"
)

# "the economist", "the veteran senator": a definite description whose head noun may be the
# last word of a person's title
TITLE_NOUN_SUBJ_RE = re.compile(r"^\s[Tt]he\s+((?:[A-Za-z][\w-]*\s+){0,2}?)([a-z][\w-]{2,})\s*$")


def _indefinite(phrase: str, at: int) -> bool:
    """Does the role phrase matched at ``at`` open with an indefinite article ("a Nato
    official", "an aide")?"""
    return phrase[at : at + 4].lstrip().lower().startswith(("a ", "an "))


def _modifiers_fit(mods: str, holder: Person) -> bool:
    """Do the capitalised modifiers of "the French coach" name what the holder's title does
    ("France coach Bernard Laporte"): the same word or the same country (the gazetteer's
    exact terms; a home nation of the UK by its own name)? Lower-case ones ("the veteran
    senator") are not checked."""
    title = [w for w in (holder.display_title or "").split() if w[:1].isupper()]
    for w in mods.split():
        if not w[:1].isupper() or w in title:
            continue
        code = _country_word(w)
        if code is None or not any(
            _country_word(t) == code and (code != "GB" or t[:4] == w[:4]) for t in title
        ):
            return False
    return True


def _country_word(word: str) -> str | None:
    """The country a single word names exactly in the gazetteer ("French", "France": FR)."""
    term = gazetteer().terms.get((normalise_token(word),))
    return term.codes[0] if term is not None and len(term.codes) == 1 else None


# "Stephen Vladeck of the University of Texas", "Katya Malofeeva at Renaissance Capital"
AFFILIATION_RE = re.compile(r" (?:of|at|from|with) ")


def _person_of_body(ctx: QuoteContext, s: int, e: int) -> Person | None:
    """The person named first in a subject phrase that goes on to say where they work
    ("Stephen Vladeck of the University of Texas School of Law", "Katya Malofeeva of
    Renaissance Capital"): the person speaks, not the body after the preposition. Only when
    the person is the phrase's first mention and a mention ends the phrase (a title phrase
    "Secretary of State John Kerry" is one mention; "the Bank of England" is no person)."""
    m = AFFILIATION_RE.search(ctx.body, s, e)
    if m is None or ctx.ment_by_end.get(e) is None:
        return None
    p = ctx.ment_by_end.get(m.start())
    if p is None or p.kind != "person" or p is ctx.ment_by_end.get(e):
        return None
    i = bisect.bisect_left(ctx.ment_starts, s)
    if i >= len(ctx.ments) or ctx.ments[i][1] != m.start():
        return None  # the first name of the phrase: not "Jane Doe's aide Tom Roe of ..."
    return p


# a definite or indefinite person noun and what it is of, at or in, closing on the body
# ("the director of academic management at SUM", "a professor at the University of Texas")
def _staff_of_body(ctx: QuoteContext, s: int, e: int) -> bool:
    """Does a capitalised name open the phrase ``body[s:e]`` and a preposition of affiliation
    ("of", "at", "from", "with") come between it and the body's mention that ends it?"""
    cov = mention_covering(ctx, e - 1)
    if cov is None or not ctx.body[s : s + 1].isupper():
        return False
    first = ctx.body[s : ctx.body.find(" ", s, e)]
    if first.endswith("s") and mention_covering(ctx, s) is None:
        return False  # "Officials at the New York Police Department": the body's people
    m = AFFILIATION_RE.search(ctx.body, s, cov[0] + 1)
    return m is not None and ctx.body[m.end() : cov[0]] in ("", "the ")


_EMPLOYEE_OF_RE = re.compile(
    r"(?:the|a|an|one) (?:[a-z][\w-]* ){0,2}(?:director|professor|lecturer|researcher|"
    r"scientist|teacher|student|doctor|engineer|manager)(?: of [a-z][\w -]*)? (?:at|in) "
)


def subject_phrase(
    ctx: QuoteContext, s: int, e: int, resolve: PronounResolver
) -> tuple[Person | None, QuoteCue, str | None]:
    """Resolve the subject phrase ``body[s:e]`` (just before/after a speech verb): (the person
    or body it names or None, the kind of cue, a spokesperson's title). A pronoun subject is
    answered by ``resolve`` (``pronouns.resolve_pronoun``)."""
    body = ctx.body
    s, e = trim_span(body, s, e)
    phrase = body[s:e].strip(" ,")
    if not phrase:
        return None, "other", None
    whole = e
    if ", " in phrase and not phrase.lower().startswith(("the ", "a ", "an ", "our ")):
        # "Tevfik Aksoy, chief Turkish economist for Deutsche Bank": the name, not the apposition
        cut = body.find(", ", s, e)
        if cut > s and _fronted_phrase(ctx, s, cut):
            # "After a meeting with Mark Rutte, the US President": the phrase before the
            # comma is fronted and its name the object of a preposition; the subject follows
            s = body.rfind(", ", s, e) + 2
            phrase = body[s:e].strip(" ,")
        elif cut > s:
            e = cut
            phrase = body[s:e].strip(" ,")
    if (
        phrase.endswith(")")
        and (cut := body.rfind(" (", s, e)) > s
        and PARTY_TAG_RE.fullmatch(phrase, cut - s + 2, len(phrase) - 1)
    ):
        # "Sen. Chuck Schumer (D-N.Y.)": the name before the party-state tag
        e = cut
        phrase = body[s:e]
    low = phrase.lower()
    if "inistry" in phrase and (ministry := state_ministry(phrase)) is not None:
        # "the Russian Foreign Ministry", "Seoul's foreign ministry": the country's ministry
        return ministry, "explicit", None
    if (party := party_body(ctx, phrase)) is not None:
        # "Labour said", "the Tories said": the party, as the quotes gold names it
        return party, "explicit", None
    if low in PRONOUN_GENDER:
        return resolve(ctx, PRONOUN_GENDER[low], s), "pronoun", None
    p = _person_of_body(ctx, s, e)
    if p is not None:
        return p, "explicit", None
    if " to " in phrase or " for " in phrase:
        p = addressed_text_owner(ctx, s, e)
        if p is not None:
            return p, "explicit", None
    if phrase[:1] in "Tt" and (p := definite_text_owner(ctx, s, e)) is not None:
        return p, "explicit", None  # "The letter also said": the letter the story named
    dependant = _dependant_of_person(ctx, s, e, phrase)
    if dependant is not None:
        return dependant
    # a mention ending the phrase ("Mr Blair", "Russian President Vladimir Putin")
    p = mention_ending_at(ctx, e)
    if p is not None and p.kind == "organisation" and _staff_of_body(ctx, s, e):
        # "Dexter Kroll with the New York Police Department": a person of the body speaks,
        # one the story does not name as a person here; not the body
        return None, "other", None
    if p is not None and p.kind == "organisation" and _EMPLOYEE_OF_RE.match(phrase):
        # "the director of academic management at SUM": one person of the body, who is not
        # the body ("a spokesman for the Foreign Office" speaks for it: not matched)
        return None, "other", None
    if p is not None and not (p.kind == "organisation" and p.name in OUTLETS):
        if p.kind == "person" and " and " in phrase:
            first = first_of_pair(ctx, s, e)
            if first is not None:
                return first, "explicit", None
        return p, mention_cue(ctx, e), None
    m = POSSESSIVE_SPOKES_RE.search(phrase)
    if m:
        # "Mr Blair's spokesman": the spokesperson of a person is not that person
        p = mention_ending_at(ctx, s + m.start(1) + len(m.group(1)))
        if p is not None and p.kind == "person":
            p = office_body(ctx, p)
        if p is not None and m.group(2).startswith("spokes"):
            return p, "explicit", m.group(2)
        return None, "other", None
    # (the pattern ends with the head noun: a string test first, most phrases end otherwise)
    m = ROLE_SUBJ_RE.search(" " + phrase) if phrase.rstrip().endswith(ROLE_SUBJECT_HEADS) else None
    if m:
        mod = m.group(1).strip()
        role = m.group(2).lower()  # "the Prime Minister", "the US President" (house styles)
        if role in ("source", "insider") or (
            role in ("official", "aide")
            and "inistry" not in mod
            and _indefinite(" " + phrase, m.start())
        ):
            # "A Tory source said:", "A Nato official told the BBC": an unnamed source, one
            # official among many, speaks for no one the story names (a spokesperson speaks
            # for the body; a source or an official only comes from it): the honest null.
            # "a Finance Ministry official" stays the ministry's: a government's voice
            return None, "other", None
        if role in (
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "source",
            "official",
            "aide",
            "insider",
        ):
            org = (state_ministry(mod) if "inistry" in mod else None) or (
                spokes_modifier(ctx, mod) if mod else None
            )
            if org is None and not mod:
                org = recent_org(ctx, s)
            if org is not None:
                return org, "explicit", role
            return None, "other", None
        if ROLE_QUALIFIERS.intersection(mod.lower().replace("-", " ").split()):
            # "the former prime minister", "the Deputy Prime Minister": another office than
            # the one the role noun names alone; its holder is not the office's
            return None, "role", None
        lex = lexicon()
        caps = " ".join(w for w in mod.split() if w[:1].isupper()) or None
        holder = role_person(ctx, role, caps, lex)
        if holder is not None:
            return holder, "role", None
        return None, "role", None
    if phrase.startswith(("the ", "The ")):
        # "Economist Jeremiah Mbelu said …. Asked why, the economist said:": the one person
        # of the story whose title ends in that noun
        holder = _title_noun_holder(ctx, " " + phrase)
        if holder is not None:
            return holder, "role", None
    m = POSSESSIVE_HEAD_RE.search(phrase) if ("'" in phrase or "’" in phrase) else None
    if m:
        cov = mention_covering(ctx, s + m.start(1))
        if (
            cov is not None
            and cov[2].kind == "person"
            and cov[1] == s + m.start(1) + len(m.group(1))
            and not body[s : cov[0]].strip()
            and m.group(2) not in authored_texts()
        ):
            # "Tony Blair's lawyer": not Tony Blair; "Rubio's campaign manager, Rich Beeson,":
            # the person the apposition names
            named = mention_covering(ctx, e + 2) if body[e : e + 2] == ", " else None
            if named is not None and named[0] == e + 2 and named[2].kind == "person":
                return named[2], "explicit", None
            return None, "explicit", None
        party = party_body(ctx, m.group(1)) if m.group(2) in authored_texts() else None
        if party is not None and body[s : s + m.start(1)].strip() in ("", "The", "the"):
            return party, "explicit", None  # "Labour's statement said", "the Tories' letter"
        if (
            cov is not None
            and cov[2].kind == "organisation"
            and cov[2].name not in OUTLETS
            and cov[1] == s + m.start(1) + len(m.group(1))
            and body[s : cov[0]].strip() in ("", "The", "the")
            and m.group(2) in authored_texts()
        ):
            # "Labour's statement said", "the Conservatives' letter said": a text an
            # organisation issues speaks for it, as a person's does for them
            return cov[2], "explicit", None
    # a mention inside the phrase ("Mr Mates, who is ..., told the BBC")
    cov = mention_covering(ctx, s)
    if cov is not None and cov[2].kind == "person":
        return cov[2], "explicit", None
    tail = body.rfind(", ", s, whole)
    if tail > s and body.startswith("the ", tail + 2):
        # "Asked why the council spent …, a bit more than gas, the economist replies": the
        # definite description after the fronted clause's comma, when it repeats the title
        # of one person named before it, a party or a country's ministry ("…, the Tories
        # have claimed")
        last = body[tail + 2 : whole]
        if "inistry" in last and (ministry := state_ministry(last)) is not None:
            return ministry, "explicit", None
        if (party := party_body(ctx, last)) is not None:
            return party, "explicit", None
        holder = _title_noun_holder(ctx, " " + last)
        if holder is not None and holder.mentions and min(holder.mentions)[0] < tail:
            return holder, "role", None
    return None, "other", None


def _title_noun_holder(ctx: QuoteContext, phrase: str) -> Person | None:
    """The one person whose title "the economist", "the French coach" repeats."""
    m = TITLE_NOUN_SUBJ_RE.search(phrase)
    if m is None or ROLE_QUALIFIERS.intersection(m.group(1).split()):
        return None
    holder = title_holder(ctx.persons, m.group(2))
    return holder if holder is not None and _modifiers_fit(m.group(1), holder) else None


# the words that may stand between two people a phrase joins: "and", then the second
# one's title ("Phil Berger and House Speaker Tim Moore"; only capitalised or role words)
PAIR_JOIN_RE = re.compile(r" and (?:(?:[A-Z][\w.'’-]*|[a-z]+) ){0,4}")


# "the Conservatives' letter to Daniel Greenberg", "Mr Crosby's statement to the court": an
# owner's text and the one it is addressed to (group "owner", group "text" its noun)
ADDRESSED_TEXT_RE = re.compile(
    r"(?:[Tt]he )?(?P<owner>[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,4}?)(?:'s|’s|'|’)"
    r" (?:[a-z-]+ ){0,2}?(?P<text>[a-z]+) (?:to|for) "
)


# the same without the addressee: "<owner>'s letter" (read where the text is named)
OWNED_TEXT_RE = re.compile(
    r"(?:[Tt]he )?(?P<owner>[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,4}?)(?:'s|’s|'|’)"
    r" (?:[a-z-]+ ){0,2}?(?P<text>[a-z]+)\b"
)


def addressed_text_owner(ctx: QuoteContext, s: int, e: int) -> Person | None:
    """The owner of a text the subject phrase ``body[s:e]`` names with its addressee ("the
    Conservatives' letter to Daniel Greenberg, the standards commissioner, said": the
    Conservative Party; "Mr Crosby's statement to the court said": Mr Crosby), not the
    addressee; None when the phrase is not so shaped, its noun is no authored text
    (``speech.toml [descriptors] authored``) or the owner is no one the story names (an
    outlet is a relay, not an owner)."""
    m = ADDRESSED_TEXT_RE.match(ctx.body, s, e)
    return _text_owner(ctx, m) if m is not None else None


def _text_owner(ctx: QuoteContext, m: re.Match[str]) -> Person | None:
    """The owner a match of ``ADDRESSED_TEXT_RE`` / ``OWNED_TEXT_RE`` names: a party, or a
    person or body the story names whose mention is the whole owner (not an outlet); None
    when the text's noun is no authored text."""
    if m.group("text") not in authored_texts():
        return None
    owner = party_body(ctx, m.group("owner"))
    if owner is not None:
        return owner
    cov = mention_covering(ctx, m.start("owner"))
    if cov is None or cov[1] != m.end("owner") or cov[2].name in OUTLETS:
        return None
    return cov[2]


# "The letter also said", "the statement said": a text the story named before
DEFINITE_TEXT_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat) ([a-z]+)")
OWNED_TEXT_LOOKBACK = 3000  # characters read back for the owner of "the letter"


def definite_text_owner(ctx: QuoteContext, s: int, e: int) -> Person | None:
    """'The letter also said that "…"' after "The Conservatives' letter to ... said": the
    owner of the text the phrase ``body[s:e]`` refers back to, when the last time the story
    wrote that noun (outside quotes) it was an owner's ("<owner>'s letter"); None when the
    noun is no authored text, was last written without an owner ("a report by ...") or the
    owner is no one the story names."""
    m = DEFINITE_TEXT_RE.fullmatch(ctx.body, s, e)
    if m is None or m.group(1) not in authored_texts():
        return None
    noun, body = m.group(1), ctx.body
    cap = noun.capitalize()
    at, lo = s, max(0, s - OWNED_TEXT_LOOKBACK)
    while True:
        # the noun as last written, or capitalised in a heading-like name ("An Open Letter")
        at = max(body.rfind(noun, lo, at), body.rfind(cap, lo, at))
        if at < 0:
            return None
        if body[at - 1 : at].isalpha() or body[at + len(noun) : at + len(noun) + 1].isalpha():
            continue  # inside another word ("newsletter")
        if not in_quote(ctx, at):
            break
    for owned in OWNED_TEXT_RE.finditer(body, max(lo, at - 80), at + len(noun)):
        if owned.end("text") == at + len(noun):
            return _text_owner(ctx, owned)
    return _text_author(ctx, at + len(noun))


# after a text's noun, its author: "the report from the Air Accidents Investigation Branch
# (AAIB)", "An Open Letter from chief executive Sidney Taurel", "a report by Ofsted"; up to
# three lower-case title words before the name ("chief executive")
AUTHOR_AFTER_RE = re.compile(r" (?:from|by) (?:the )?((?:[a-z][a-z-]* ){0,3})")


def _text_author(ctx: QuoteContext, end: int) -> Person | None:
    """The person or body a text's noun ending at ``end`` is "from" or "by" ("the report
    from the Air Accidents Investigation Branch said ... The report went on:"); None when no
    mention of the story follows there, the words between are no title ("a report by
    researchers at Harvard"), or the author is a news outlet (a relay, not an author)."""
    m = AUTHOR_AFTER_RE.match(ctx.body, end)
    if m is None or any(w in PREPOSITIONS for w in m.group(1).split()):
        return None
    at = m.end()
    spelt = ABBREVIATED_RE.match(ctx.body, at)
    if spelt is not None:
        at = spelt.end()  # "the Air Accidents Investigation Branch (AAIB)": the body named
    i = bisect.bisect_left(ctx.ment_starts, at)
    if i >= len(ctx.ments) or ctx.ments[i][0] != at:
        return None
    _s, e, p = ctx.ments[i]
    if p.name in OUTLETS or NOT_WHOLE_AUTHOR_RE.match(ctx.body, e):
        # "a letter from Smith's lawyer", "a report by Smith and Jones", "the report by the
        # Office for Standards in Education" read as a name cut short: not that one
        return None
    tail = LOWER_RUN_RE.match(ctx.body, e)
    if tail is not None and ctx.lex.org_heads.intersection(tail.group().split()):
        return None  # "a report by the Commons work and pensions committee": not the Commons
    return p


LOWER_RUN_RE = re.compile(r"(?: [a-z][\w-]*){1,4}")
# a body's name spelt out before its abbreviation in brackets (the abbreviation the mention)
ABBREVIATED_RE = re.compile(
    r"(?:[A-Z][\w&-]*|of|for|and|on|in)(?: (?:[A-Z][\w&-]*|of|for|and|on|in)){0,7} \("
)
NOT_WHOLE_AUTHOR_RE = re.compile(r"['’]s\b| (?:and|of|in|for|on|at|&) |-")


def first_of_pair(ctx: QuoteContext, s: int, e: int) -> Person | None:
    """'John Smith and Mary Jones said', 'state Senate leader Phil Berger and House Speaker
    Tim Moore, both Republicans, said': joint speakers are given as the first person named
    (the quotes README's convention). The subject phrase ``body[s:e]`` must be two people's
    mentions joined by "and" (the second's title between), only title words before the
    first (capitalised or role words; no preposition: "a lawyer for X and Y")."""
    j = bisect.bisect_left(ctx.ment_starts, s)
    while j < len(ctx.ments) and ctx.ments[j][1] < e:
        j += 1
    if j == 0 or j >= len(ctx.ments) or ctx.ments[j][1] != e:
        return None
    (s1, e1, p1), (s2, _e2, p2) = ctx.ments[j - 1], ctx.ments[j]
    if s1 < s or p1.kind != "person" or p2.kind != "person" or p1 is p2:
        return None
    if " " not in p1.name and len(p1.mentions) < 2:
        return None  # "Economic and Fiscal Policy Minister Heizo Takenaka": one title
    if not PAIR_JOIN_RE.fullmatch(ctx.body, e1, s2):
        return None
    role_words = lexicon().role_words
    if not all(w[:1].isupper() or w in role_words for w in ctx.body[e1:s2].split()[1:]):
        return None  # "John Smith and his lawyer Mary Jones": the lawyer speaks
    cut = ctx.body.rfind(", ", s, s1)  # "In a letter, John Smith and Mary Jones wrote:"
    for w in ctx.body[max(s, cut + 2) : s1].split():
        if w in PREPOSITIONS or w.lower() in PAIR_LEAD_STOP or w.endswith(("ed", "ly", "ing")):
            return None  # "a lawyer for X and Y", "A lawyer representing X and Y", "met X and Y"
        if not (w[:1].isupper() or w in role_words or w.isalpha()):
            return None
    return p1


# words that may not stand before the first of a pair: determiners and possessives (a
# dependant's phrase: "the wife of", "his lawyer"), relatives and conjunctions
PAIR_LEAD_STOP = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "our", "who", "which", "that", "and", "or"]
)


def _dependant_of_person(
    ctx: QuoteContext, s: int, e: int, phrase: str
) -> tuple[Person | None, QuoteCue, str | None] | None:
    """A phrase headed by a common noun with a person after a preposition ("a spokesman for
    Tony Blair", "a lawyer for John Smith", "a source close to X"): that person does not
    speak. A spokesperson speaks for the person's office when it is known ("Downing
    Street"); anyone else is nobody we can name (an explicit cue, no speaker). None when
    the phrase is not so shaped or the preposition's object is not a person."""
    if " " not in phrase or phrase[0] not in "TtAaOoHhIi":
        return None  # no determiner opens it: most phrases are a name
    m = DEPENDANT_RE.match(phrase)
    if m is None:
        return None
    p = mention_ending_at(ctx, e)
    cov = mention_covering(ctx, s + m.end())
    if p is None or p.kind != "person" or cov is None or cov[0] != s + m.end():
        return None
    head = m.group(1)
    if head in SPOKES_GENDER:
        if p.weak:
            return p, "explicit", head  # "a spokesman for Dell": a name only seen speaking
        office = office_body(ctx, p)
        if office is not None:
            return office, "explicit", head
    return None, "explicit", None


@cache
def authored_texts() -> frozenset[str]:
    """Nouns of texts a person issues (``speech.toml [descriptors] authored``)."""
    return frozenset(speech_data()["descriptors"]["authored"])


def _fronted_phrase(ctx: QuoteContext, s: int, cut: int) -> bool:
    """Is ``body[s:cut]`` a phrase set before the subject ("After a meeting with Mark Rutte",
    "In a post on Monday"): it opens with a preposition or a subordinator, or its last name is
    governed by one?"""
    first = ctx.body[s:cut].split(maxsplit=1)[:1]
    if first and (first[0].lower() in PREP_BEFORE_SUBJ or first[0] in FRONTED_SUBORDINATORS):
        return True
    cov = mention_covering(ctx, cut - 1)
    return cov is not None and cov[1] == cut and after_preposition(ctx, cov[0], s)
