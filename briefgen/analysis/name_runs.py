"""Which capitalised runs of a story are names, and how each splits into modifier, title,
honorific and name (``Russian President Vladimir Putin``: modifier "Russian", title
"President", name "Vladimir Putin").

:func:`_candidates` reads runs of capitalised tokens (initials, particles "de", "bin", "al-",
dotted honorifics "Mr.", "Sen.") once over the body's tokens, cuts the function words of
``namewords`` off them and asks ``name_kinds`` whether a run names an organisation, a law or
a place. Each run is a :class:`_Cand`; which of them are one person is ``people``'s job.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter

from briefgen.analysis.document import sentence_start
from briefgen.analysis.mentions import (
    APOSTROPHES,
    COMPOUND_MODIFIERS,
    _Tok,
    party_tag_tokens,
    speech_cues,
    speech_position,
    word_spans,
)
from briefgen.analysis.name_kinds import (
    ORG_HEADS,
    OUTLETS,
    TITLE_TAIL_WORDS,
    _and_org_tail,
    _is_org_words,
    _name_word,
    _not_a_person,
    _possessed,
    _role_apposition,
    _speaking_word,
    _title_tail,
    described_as_person,
    descriptor_words,
    organisation_nouns,
)
from briefgen.analysis.name_lexicon import (
    ARTICLE_PARTICLE_RE,
    ARTICLE_PARTICLES,
    CONNECTORS,
    SECOND_PARTICLES,
    SURNAME_PARTICLES,
    _Lexicon,
    _match_title,
    _modifier_len,
    dotted_titles,
    lexicon,
)
from briefgen.analysis.namewords import function_words, not_first_names
from briefgen.analysis.whole_words import has_word

MAX_RUN = 12  # longer capitalised runs are headlines or lists, not names; cut them


_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")  # a literal first character: a fast scan of the body
OF_WORDS = frozenset({"of", "for"})


def _tok(body: str, s: int, t: str) -> _Tok:
    """One token with its possessive suffix split off ("Blair's" -> "Blair", "Jones'")."""
    poss = False
    if t[-1] == "s":
        e = s + len(t)
        if len(t) > 3 and t[-2] in "'’":
            t = t[:-2]
            poss = True
        elif (
            e < len(body) and body[e] in "'’" and (e + 1 >= len(body) or not body[e + 1].isalnum())
        ):
            poss = True
    return (s, s + len(t), t, poss, t[0].isupper())


def _tokens(body: str) -> list[_Tok]:
    """The body's word tokens (``mentions.word_spans``) with possessives split off."""
    raw, starts = word_spans(body)
    toks = list(raw)  # as matched: right for every word but possessives
    # a possessive has an apostrophe inside the token (its "'s") or right after it ("Jones'"):
    # redo the token before each apostrophe (str.find is much faster than a regex scan here)
    for apostrophe in APOSTROPHES:
        at = body.find(apostrophe)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0:
                toks[i] = _tok(body, raw[i][0], raw[i][2])
            at = body.find(apostrophe, at + 1)
    return toks


@dataclass
class _Cand:
    """A candidate name mention found in the text."""

    start: int
    end: int
    name_tokens: list[str]
    title: str | None
    modifier: str | None
    honorific: str | None
    strong: bool
    org: bool
    name_start: int
    alias_only: bool = False  # a place word used as a surname ("Cuban said"): link, never create
    # a word that is also a common or company word, speaking ('"…," said Guardian', "Black
    # said"): the surname of a person the story named in full, else an organisation or nothing
    surname_only: bool = False


# a number of one to three digits after a body's name, then a word boundary that goes on in
# words or punctuation, not in a figure ("Radio 1 said", "Channel 4's"; not "Council 10,000",
# "Commission 2.5", "Bank 5%", "Police 10-2"; not "RBS 6 Nations", a longer name)
_NUMBER_TAIL_RE = re.compile(r" (\d{1,3})(?=[ ,.;:'’\")]|$)(?![.,]\d)")
# words after such a number that make it a count, not part of the name ("Council 10 years ago")
_COUNT_WORDS = frozenset(
    ["years", "year", "days", "day", "weeks", "week", "months", "month", "hours", "hour",
     "minutes", "times", "per", "percent", "million", "billion", "people", "points", "and",
     "or", "to", "of", "more", "new", "members", "staff", "officers", "jobs", "cases"]
)  # fmt: skip


def _number_ending(body: str, end: int) -> str | None:
    """The number that ends a body's name at ``end`` ("Radio 1"), else None."""
    m = _NUMBER_TAIL_RE.match(body, end)
    if m is None or m.group(1)[0] == "0" or body[end - 1].isdigit():
        return None  # "M50 000": a figure with its thousands spaced
    rest = body[m.end() : m.end() + 12].split(maxsplit=1)
    if body[m.end() : m.end() + 1] == " " and rest and rest[0].rstrip(",.;:") in _COUNT_WORDS:
        return None
    if rest and body[m.end() : m.end() + 1] == " " and rest[0][0].isupper():
        return None  # "RBS 6 Nations", "TFC 101 Tower": a longer name, read as it was
    return m.group(1)


# titles that end a longer office ("Attorney General", "Majority Leader", "Chief Justice"):
# one of them after other capitalised words opens no title of its own
_TAIL_TITLES = frozenset(
    [
        *("MP", "MSP", "MEP", "AM", "Chief", "Deputy", "Acting", "Former", "General"),
        *("Leader", "Justice", "Major", "Speaker", "Chair"),
    ]
)


def _title_split(words: list[str], k: int, lex: _Lexicon) -> int:
    """Index of a title/honorific after ``k`` that is followed by a name, else ``k``."""
    for i in range(k + 1, len(words) - 1):
        if words[i] in lex.honorifics:
            return i
        t = _match_title(words, i, lex)
        if (
            t
            and i + t[1] < len(words)
            and (t[0] not in _TAIL_TITLES or _rank_after_body(words, k, i, t[1], lex))
        ):
            return i
        if (
            i > k
            and words[i] in lex.given
            and words[i + 1][:1].isupper()
            and any(w in ORG_HEADS for w in words[k:i])
            and not any(_match_title(words, j, lex) for j in range(k, i))
        ):
            return i  # "Commons Oliver Heald": a body's name run into a person's
    return k


def _rank_after_body(words: list[str], k: int, i: int, n: int, lex: _Lexicon) -> bool:
    """Does the rank ``words[i : i + n]`` ("General", "Chief") follow a body's name and open
    a given name and a surname ending the run ("Chief of Army Staff General Asim Munir": the
    army's general, no office called "Staff General")?"""
    name = words[i + n :]
    return (
        2 <= len(name) <= 3
        and all(_name_word(w) and w not in ORG_HEADS and w not in function_words() for w in name)
        and not any(_match_title(words, j, lex) for j in range(k, i))
        and _is_org_words(words[k:i], lex, True)
    )


def _role_before(body: str, toks: list[_Tok], i: int, lex: _Lexicon) -> tuple[str, str] | None:
    """A lower-case role phrase right before token i ("Tory leader", "our correspondent")."""
    j = i - 1
    role: list[str] = []
    while j >= 0 and not toks[j][4] and toks[j][2].lower() in lex.role_words:
        gap = body[toks[j][1] : toks[j + 1][0]] if j + 1 <= i else " "
        if gap not in (" ", ", ") or toks[j][3]:
            break
        role.insert(0, toks[j][2])
        j -= 1
        if len(role) >= 4:
            break
    if not role or (head := role[-1].lower()) not in lex.role_heads:
        return None
    if head not in lex.role_heads_alone and not any(
        " ".join(role[n:]).lower() in lex.roles for n in range(len(role) - 1)
    ):
        return None  # "US state Texas" ("secretary of state George Shultz" is a role)
    mod: list[str] = []
    while j >= 0 and toks[j][4] and body[toks[j][1] : toks[j + 1][0]] == " ":
        mod.insert(0, toks[j][2])
        j -= 1
        if len(mod) >= 5:
            break
    function = function_words()
    while mod and mod[0] in function:
        mod = mod[1:]
    return " ".join(role), " ".join(mod)


# last parts of a capitalised compound that describes the name after it ("In-form",
# "Fly-half", "Trouble-hit", "Ten-year-old")
_DESCRIPTOR_TAILS = frozenset(["old", "hit", "half", "form", "held", "time", "up", "off"])


def _descriptor_compound(word: str) -> bool:
    """Is ``word`` a capitalised compound that describes a name, no part of it: its parts
    after the first lower-case, and three or more of them ("Father-of-three", "Man-of-the-
    match"), or two with a participle, an agent noun or a descriptor's tail ("Oscar-winner",
    "Coffee-loving", "Oscar-nominated", "In-form"; not "Ki-moon", "Mong-koo"), or "Ex-"?"""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() and p.islower() for p in parts[1:]):
        return False
    if len(parts) >= 3 or parts[0] == "Ex":
        return True
    last = parts[1]
    return (len(last) >= 5 and last.endswith(("ed", "ing", "er"))) or last in _DESCRIPTOR_TAILS


# royal titles that are part of a royal's name before a first name ("Prince Charles")
ROYAL_TITLES = frozenset(["Prince", "Princess", "Queen", "King"])
# first words of places' names, never of a person's ("San Francisco", "Las Vegas")
PLACE_OPENERS = frozenset(["San", "Santa", "Los", "Las", "Fort", "Port", "Mount", "Lake"])
# countries' names that are also common first names ("Chad Myers", "Israel Katz")
COUNTRY_GIVEN_NAMES = frozenset(["Chad", "Jordan", "Israel", "Georgia", "India", "Kenya"])


# a lower-case role noun right before a name ("meteorologist", "producer", "analyst")
_ROLE_NOUN_RE = re.compile(r"[a-z]{3,}(?:ist|er|or|ant|ent|ian|man|woman)")


def _named_after_role(
    body: str, toks: list[_Tok], i: int, title: str | None, honorific: str | None
) -> bool:
    """Does a title, an honorific or a lower-case role noun stand before the run at token
    ``i`` ("Defence Minister Israel Katz", "CNN meteorologist Chad Myers")?"""
    if title is not None or honorific is not None:
        return True
    if i == 0 or toks[i - 1][4] or body[toks[i - 1][1] : toks[i][0]] != " ":
        return False
    before = toks[i - 1][2]
    return _ROLE_NOUN_RE.fullmatch(before) is not None and before not in function_words()


# Dotted abbreviations of countries and bodies: one word, never a person's initials
DOTTED_ACRONYMS = frozenset({"U.S.", "U.N.", "U.K.", "E.U.", "U.A.E.", "U.S.A.", "U.S.S.R."})


def _join_dotted_acronyms(run: list[int], words: list[str]) -> tuple[list[int], list[str]]:
    """Join the initials "U." "S." of a run into one word "U.S." (its token index the first
    letter's), so "U.S." never reads as a person's initials; other initials stay apart."""
    out_run: list[int] = []
    out_words: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2):
            joined = "".join(words[i : i + n])
            if i + n <= len(words) and joined in DOTTED_ACRONYMS:
                out_run.append(run[i])
                out_words.append(joined)
                i += n
                break
        else:
            out_run.append(run[i])
            out_words.append(words[i])
            i += 1
    return out_run, out_words


def _particle_surnames(body: str, toks: list[_Tok]) -> list[int]:
    """Indices of the tokens that are a surname opening with a lower-case article particle
    ("al-Maliki", "el-Sisi"): a name whatever its case."""
    starts: list[int] | None = None
    out: list[int] = []
    for m in _HYPHEN_CAPITAL.finditer(body):
        hyphen = m.start()
        for at in (hyphen - 2, hyphen - 3):
            if (
                at >= 0
                and body[at:hyphen] in ARTICLE_PARTICLES
                and (at == 0 or not body[at - 1].isalnum())
            ):
                if starts is None:
                    starts = [t[0] for t in toks]
                i = bisect.bisect_left(starts, at)
                if i < len(toks) and toks[i][0] == at and not toks[i][4]:
                    out.append(i)
                break
    return out


def _candidates(
    body: str, toks: list[_Tok], datelines: tuple[tuple[int, int], ...] = ()
) -> list[_Cand]:
    """Name mentions of ``body``: runs of capitalised tokens, read into title, modifier,
    honorific and name; none inside a wire dateline (``datelines``)."""
    lex = lexicon()
    role_words = lex.role_words
    cands: list[_Cand] = []
    n = len(toks)
    resume = 0  # the first token not yet part of a run
    dotted = dotted_titles()
    function = function_words()  # "The", "But", "Meanwhile": never part of a name
    opening_cues = capitalised_cues()
    cues = speech_cues()

    def near_cue(i: int) -> bool:
        """A closing quote mark or a speech verb right before token ``i``, or a speech verb
        right after it: where a surname that is also a word may speak ('"…," Black said')."""
        at = toks[i][0]
        return (
            body[at - 2 : at] in ('" ', "” ")
            or (i > 0 and toks[i - 1][2] in cues)
            or (i + 1 < n and toks[i + 1][2] in cues)
        )

    tags = party_tag_tokens(body, toks)  # "R-Ky.", "(D-S.C.)": never a name
    firms: set[int] = set()  # first tokens of runs that name a firm ("Ernst & Young")
    dateline_ends = dict(datelines)
    # runs start at capitalised tokens (the indices whose flag [4] is set) and at surnames
    # that open with a lower-case article particle ("al-Maliki")
    firsts: Iterable[int] = compress(range(n), map(itemgetter(4), toks))
    particles = _particle_surnames(body, toks)
    if particles:
        firsts = heapq.merge(firsts, particles)
    for i in firsts:
        if i < resume or i in tags:
            continue
        if toks[i][2].endswith(COMPOUND_MODIFIERS) or (
            "-" in toks[i][2]
            and i + 1 < n
            and toks[i + 1][4]
            and body[toks[i][1] : toks[i + 1][0]] == " "
            and _descriptor_compound(toks[i][2])
        ):
            # "Paris-based Euronext", "Father-of-three Peter Burkill", "Oscar-winner Andrea
            # Arnold": the name starts after it
            continue
        # collect a run of capitalised tokens separated by single spaces
        run = [i]
        j = i
        while j + 1 < n and not toks[j][3] and j - i < MAX_RUN:
            nxt = toks[j + 1]
            if nxt[4] and nxt[2].endswith(COMPOUND_MODIFIERS):
                j = -1  # "Los Angeles-based attorney …": no name before the modifier
                break
            gap = body[toks[j][1] : nxt[0]]
            if gap != " ":  # the gaps below that are not one space
                if gap == "." and len(toks[j][2]) == 1 and len(nxt[2]) == 1 and nxt[4]:
                    run.append(j + 1)  # run-together initials: "G.K. Butterfield"
                    j += 1
                    continue
                if gap == ". " and nxt[4] and (len(toks[j][2]) == 1 or toks[j][2] in dotted):
                    # an initial ("George W. Bush") or an honorific or title with its
                    # abbreviation point ("Mr. Morgan", "Sen. Lindsey Graham", "Lt. Gen. Jones")
                    run.append(j + 1)
                    j += 1
                    continue
                if (
                    gap == " & "
                    and nxt[4]
                    and _firm_word(toks[j][2], lex)
                    and _firm_evidence(body, toks, i, j)
                ):
                    run.append(j + 1)  # "Marks & Spencer", "Ernst & Young": partners' names
                    firms.add(i)
                    j += 1
                    continue
                break
            if nxt[4]:
                run.append(j + 1)
                j += 1
                continue
            # "Ahmed al-Mansouri" (the hyphen test first: most words hold none where it must be)
            if "-" in nxt[2][2:4] and ARTICLE_PARTICLE_RE.match(nxt[2]):
                run.append(j + 1)
                j += 1
                continue
            if nxt[2] == "and":
                if (
                    i == j
                    and _partners_possessive(body, toks, j, lex)
                    and _firm_evidence(body, toks, i, j, after=False)
                ):
                    run.extend([j + 1, j + 2])  # "Ernst and Young's Sanjay Mehta"
                    firms.add(i)
                    j += 2
                    continue
                if tail := _and_org_tail(body, toks, i, j, lex):
                    run.extend(range(j + 1, tail + 1))  # "Securities and Exchange Commission"
                    j = tail
                    continue
            elif nxt[2] in CONNECTORS or nxt[2] in OF_WORDS:
                if (
                    nxt[2] in CONNECTORS
                    and j + 3 < n
                    and toks[j + 2][2] in SECOND_PARTICLES
                    and toks[j + 3][4]
                    and body[nxt[1] : toks[j + 3][0]] == " " + toks[j + 2][2] + " "
                ):
                    run.extend([j + 1, j + 2, j + 3])  # "Jeroen van der Veer": two particles
                    j += 3
                    continue
                if (
                    j + 2 < n
                    and toks[j + 2][4]
                    and body[nxt[1] : toks[j + 2][0]] == " "
                    and (
                        nxt[2] in CONNECTORS or toks[j][2] in ORG_HEADS or toks[j][2] == "Secretary"
                    )
                ):
                    run.extend([j + 1, j + 2])
                    j += 2
                    continue
            break
        if j < 0:
            resume = run[-1] + 1
            continue
        if j > i and j + 1 < n and toks[j + 1][2] in cues:
            j = _outlet_cut(body, toks, run, lex)
            del run[run.index(j) + 1 :]
        resume = j + 1
        if j == i and len(toks[i][2]) > 1 and toks[i][2] in function:
            continue  # a lone "The" or "But" (a one-letter word may be an initial: see below)
        if firms and i in firms:
            k = 0
            while k < len(run) - 1 and toks[run[k]][2] in function:
                k += 1
            if k < len(run) - 1 and toks[run[k]][2] not in ("&", "and"):
                s0 = toks[run[k]][0]
                words = body[s0 : toks[j][1]].split()
                cands.append(_Cand(s0, toks[j][1], words, None, None, None, True, True, s0))
                continue
        if j == i:  # most runs are one word: no comprehension (a call of its own in 3.11)
            w = toks[i][2]
            words = [w + "." if len(w) == 1 and body[toks[i][1] : toks[i][1] + 1] == "." else w]
        else:
            words = [
                toks[k][2] + "."
                if len(toks[k][2]) == 1 and body[toks[k][1] : toks[k][1] + 1] == "."
                else toks[k][2]
                for k in run
            ]
        # a word holds a point only as an initial's ("W."): tokens have none of their own
        if len(words) > 1 and "." in "".join(words):
            run, words = _join_dotted_acronyms(run, words)
        # strip leading function words ("But", "The", "And") that are sentence-initial capitals
        k = 0
        while k < len(words) - 1 and words[k] in function:
            k += 1
        if words[k] in function or (k == len(words) - 1 and words[k] in DOTTED_ACRONYMS):
            continue  # "U.S." alone is a country, never a person or an organisation
        if words[k] in opening_cues and _opening_speech_verb(body, toks[run[k]][0], words, k, lex):
            k += 1  # 'Said Dorothy Poynter, a voter: "…"': the verb opens the sentence
        whole = _match_title(words, k, lex) if words[k] in lex.title_first else None
        if whole and k + whole[1] == len(words) and (whole[1] > 1 or "-" in words[k]):
            continue  # a title alone ("Executive Director of ...") names no one
        # an organisation or place before a title ("Home Office Minister Lord Falconer"): the
        # person follows the title, the words before it are the modifier
        split = _title_split(words, k, lex) if len(words) > k + 2 else k
        pre_mod: str | None = None
        if whole and k < split < k + whole[1]:
            k0 = k  # inside the title opening the run: "Det Insp Jane Cole" is one title
        elif split > k:
            pre_mod = " ".join(words[k:split])
            # a rank after a body that ends an office begun before the run ("Chief of Army
            # Staff General Asim Munir") opens the mention: the office is the title before it
            # ("Senate Democratic Leader Greg Taylor" stays whole)
            k0 = k
            if (
                i > 0
                and toks[i - 1][2] in OF_WORDS
                and words[split] in _TAIL_TITLES
                and words[split] not in lex.honorifics
            ):
                k0 = split
            k = split
        else:
            k0 = k
            if k == len(words) - 1:  # one word (most runs): ``_is_org_words`` spelled out
                w0 = words[k]
                org_words = (
                    w0 in ORG_HEADS
                    or w0 in lex.bodies
                    or (
                        w0.isupper()
                        and len(w0) >= 2
                        and w0 not in lex.countries
                        and w0 not in lex.demonyms
                        and w0 not in lex.postnominals
                    )
                )
            else:  # a company word ends it unless it ends a longer title ("Country and Western
                # Music"); most runs follow no "of", "for", "and" or "&": spare the call
                heads = not (
                    i > 0
                    and (toks[i - 1][2] in TITLE_TAIL_WORDS or body[toks[i][0] - 2] == "&")
                    and _title_tail(body, toks, i, lex)
                )
                org_words = _is_org_words(words[k:], lex, heads)
                if (
                    org_words
                    and len(words) - k == 2
                    and (
                        described_as_person(body, toks[j][1])
                        or (words[k] in lex.given and _role_apposition(body, toks[j][1], lex))
                    )
                ):
                    # "Serhii Radio, a chemistry researcher at DonNU, says", "Jim Press, vice
                    # president ... of Toyota's US sales arm, said": a surname that is an
                    # organisation's word; the apposition says who it is
                    org_words = False
            if org_words:
                while "and" in words[k + 1 :] and (
                    words[k] in lex.countries or words[k] in lex.demonyms
                ):
                    k += 1  # "US Food and Drug Administration": the country qualifies it
                w = words[k:]
                if " ".join(w) in lex.countries or (
                    w[0] in lex.demonyms
                    and (
                        len(w) < 3
                        or w[0] in lex.countries
                        or _AND_NAME_RE.match(body, toks[j][1]) is not None
                    )
                ):
                    # "British Government", "US District Court": the country's; a longer name
                    # after a people's adjective is a body of its own ("British Medical
                    # Association", "Welsh Assembly Government", "Israeli Defence Forces"),
                    # unless "and" cut it short ("Brazilian Institute for Geography and ...")
                    continue
                s0 = toks[run[k]][0]
                if dateline_ends.get(s0, -1) >= toks[j][1]:
                    continue  # "SEOUL, June 12 —", "LONDON (Reuters) -": a dateline, no one
                if i == j and w[0].isupper() and _possessed(body, toks, i):
                    continue  # "whose self-titled LP", "their new CD": a thing, no one
                end = toks[j][1]
                if body[end : end + 1] == " " and (number := _number_ending(body, end)):
                    # "Radio 1 said", "Channel 4 said", "BBC News 24": a body's name ends in
                    # its number (a person's never does)
                    w = [*w, number]
                    end += 1 + len(number)
                    org = _Cand(s0, end, w, None, None, None, True, True, s0)
                else:
                    org = _Cand(s0, end, w, None, None, None, True, True, s0)
                    org.surname_only = (
                        i == j and near_cue(i) and _speaking_word(body, toks, i, j, w)
                    )
                cands.append(org)
                continue
        title = modifier = honorific = None
        strong = False
        mod_parts: list[str] = []
        while k < len(words) - 1:  # each prefix below must leave a word for the name
            m = _modifier_len(words, k, lex)
            if not m and words[k][-1:] == "s" and words[k][:-1] in lex.demonyms:
                m = 1  # "Top-seeded Americans Andy Roddick and Andre Agassi": a people's name
            if (
                m == 1
                and k + 2 == len(words)
                and words[k] in COUNTRY_GIVEN_NAMES
                and _name_word(words[-1])
                and words[-1] not in lex.countries
                and words[-1] not in lex.demonyms
                and _named_after_role(body, toks, run[k0], title, honorific)
            ):
                break  # "Defence Minister Israel Katz": a first name, not a country (below)
            if m and k + m < len(words):
                mod_parts.append(" ".join(words[k : k + m]))
                k += m
                continue
            t = _match_title(words, k, lex)
            if t and k + t[1] < len(words):
                if t[0] not in ("Former", "Deputy", "Acting", "Chief") or title is None:
                    title = t[0] if title is None or t[0] not in ("MP",) else title
                k += t[1]
                strong = True
                continue
            if words[k] in lex.honorifics and k + 1 < len(words):
                honorific = words[k]
                strong = True
                k += 1
                continue
            break
        if pre_mod:
            mod_parts.insert(0, pre_mod)
        if mod_parts:
            modifier = " ".join(mod_parts)
        name = words[k:]
        name_start = toks[run[k]][0] if k < len(run) else toks[j][1]
        postnominal = False
        while len(name) > 1 and name[-1] in lex.postnominals:
            if title is None:
                title = name[-1]
                postnominal = True
            name = name[:-1]
        if not name:
            continue
        if (
            name[-1] in OFFICE_HEADS  # (a set lookup first: most names end otherwise)
            and len(name) >= 2
            and honorific is None
            and name[0] not in lex.given
        ):
            continue  # "the Trade and Industry Secretary has said": an office, no one's name
        if postnominal and honorific is None and _after_the(body, toks, run, k, words):
            continue  # "the Glasgow Kelvin MP": a constituency's member, not a name
        if len(name) == 3 and _sentence_adjective(
            body, name, toks[run[k]][0], lex, honorific or (None if postnominal else title)
        ):
            # "WARNING: Brave Marina Lacerda has described": a capitalised word opening the
            # sentence before a given name, when the story names the person without it
            name = name[1:]
            k += 1
            k0 = max(k0, k)
            name_start = toks[run[k]][0]
        if title is None and len(name) >= 3 and (cut := _title_phrase_cut(name, lex)):
            # "New York City Public Advocate Trish James": a capitalised office no title
            # list holds, ending in a role noun, then the person's name
            head, cut = cut
            title = " ".join(name[head:cut])
            if head:
                modifier = " ".join([*mod_parts, *name[:head]])
            strong = True
            name = name[cut:]
            k += cut
            name_start = toks[run[k]][0]
        if title is None:
            rb = None
            # a role phrase ends in a lower-case role word right before the run: test that first
            if k == k0 and i > 0 and not toks[i - 1][4] and toks[i - 1][2].lower() in role_words:
                rb = _role_before(body, toks, i, lex)
            if rb is not None:
                title, rmod = rb
                strong = True
                if rmod and not modifier:
                    modifier = rmod
        if (
            title is None
            and honorific is None
            and len(name) > 2
            and name[0] not in lex.not_names
            and (g := _after_party_word(name, lex))
        ):
            # "Connecticut Republican Christopher Shays", "Maryland Democrat Elijah Cummings":
            # a place and a party member qualify the person named after them
            modifier = " ".join(w for w in [modifier, *name[:g]] if w)
            if not mod_parts:
                k0 = k
            k += g
            name = name[g:]
            name_start = toks[run[k]][0]
            strong = True
        if (
            len(name) >= 4
            and honorific is None
            and title is None
            and (g := _thing_then_person(name, lex))
            and _after_the(body, toks, run, k, words)
        ):
            # "Captain of the Steve Irwin Paul Watson denied": after "the", a thing's name
            # (a ship, a prize) then a person's given name and surname
            k += g
            name = name[g:]
            name_start = toks[run[k]][0]
        if name[0] in lex.not_names and honorific is None:
            if title is not None:
                if len(name) == 1 and name[0] not in lex.given:
                    continue  # "the General Election", "Former Labour leader": a title, no name
            # "Bill Clinton", "Will Smith": a given name that is also a common word
            elif not (len(name) >= 2 and name[0] in lex.given and name[1] not in lex.not_names):
                g = _given_after_words(name, lex) if len(name) > 2 else 0
                if g:
                    # "House Republican Thomas Massie": the words before a given name and a
                    # surname qualify the person, as a modifier does; a weekday or month
                    # ("On Wednesday Tony Blair said") qualifies no one
                    drop = 0
                    while drop < g and name[drop] in not_first_names():
                        drop += 1
                    modifier = " ".join(w for w in [modifier, *name[drop:g]] if w) or None
                    if not mod_parts and title is None:
                        k0 = k + drop
                    k += g
                    name = name[g:]
                    name_start = toks[run[k]][0]
                    strong = True
                elif i == j and (
                    (near_cue(i) and _speaking_word(body, toks, i, j, name))
                    # "Paris, who used to work on Capitol Hill, said": a relative "who"
                    # makes the word a person's, if the story named one so in full
                    or (body.startswith(", who ", toks[j][1]) and _name_word(name[0]))
                ):
                    cand = _Cand(toks[i][0], toks[j][1], name, None, None, None, False, False, 0)
                    cand.name_start = cand.start
                    cand.surname_only = True
                    cands.append(cand)
                    continue
                else:
                    continue
        if (
            len(name) >= 2
            and name[0] in lex.title_first  # a set lookup first: most names open otherwise
            and all((w,) in lex.titles for w in name)
        ):
            continue  # "Acting Detective Chief Superintendent, Mick Deats": a title, no one
        joined = " ".join(name)
        if len(name) >= 2 and joined in OUTLETS and honorific is None and title is None:
            # "Al Jazeera's manager": a news outlet whose name opens with a given name
            s0 = toks[run[k]][0]
            cands.append(_Cand(s0, toks[j][1], name, None, None, None, True, True, s0))
            continue
        alias_only = False
        if (
            not lex.countries.isdisjoint(name)
            or joined in lex.countries
            or joined in lex.demonyms
            or name[0] in lex.demonyms
        ):
            start, end = toks[run[k0]][0], toks[j][1]
            if (
                len(name) == 2
                and name[0] in lex.given
                and name[0] not in lex.countries
                and name[0] not in lex.demonyms
            ):
                pass  # "Steve Israel", "Michael Jordan": a given name and a surname
            elif (
                len(name) == 2
                and name[0] in COUNTRY_GIVEN_NAMES
                and _name_word(name[1])
                and name[1] not in lex.countries
                and name[1] not in lex.demonyms
                and name[1] not in ORG_HEADS
                and name[1] not in lex.bodies
                and name[1] not in OUTLET_TAILS
                and _named_after_role(body, toks, run[k0], title, honorific)
            ):
                # "CNN meteorologist Chad Myers", "Defence Minister Israel Katz", "music
                # producer Jordan Bratman": a country's name that is also a first name,
                # after a title or a role, opens a person's name
                pass
            elif (
                len(name) == 1
                and honorific is None
                and (speech_position(body, start, end) or body.startswith(", who ", end))
            ):
                # '"…," Cuban said', '"…," Paris, who used to work on Capitol Hill, said':
                # Mark Cuban, Jeremy Paris, if the story named them
                alias_only = True
            else:
                continue
        if honorific in lex.peerage and len(name) == 1:
            name = [honorific, *name]
        elif (
            title in ROYAL_TITLES
            and len(name) == 1
            and honorific is None
            and name[0] in lex.given
            and words[k - 1] == title
        ):
            name = [title, *name]  # "Prince Charles", "Queen Elizabeth": a royal's name
        if len(name) >= 2 and (
            name[0] in lex.given or name[0] in lex.east_asian or name[0].endswith(".")
        ):
            strong = True
        start, end = toks[run[k0]][0], toks[j][1]
        reading = None
        if honorific is None and title is None and lex.given.keys().isdisjoint(name):
            reading = _not_a_person(body, toks, run, k, words, name)
            if reading == "thing":
                continue  # "the Sarbanes-Oxley Act": a law, no one
        if (
            honorific is None
            and title is None
            and 2 <= len(name) <= 3
            and name[0] in PLACE_OPENERS
            and name[-1] not in ORG_HEADS
        ):
            reading = "place"  # "San Francisco", "Los Angeles", "Fort Worth": a place
        cand = _Cand(start, end, name, title, modifier, honorific, strong, False, name_start)
        # "the Lord of the Rings": an honorific alone is a surname only of someone named in
        # full ("Marty Baron" ... "Baron said"), never a person of its own
        cand.alias_only = (
            alias_only
            or reading == "place"
            or (honorific is None and len(name) == 1 and name[0] in lex.honorifics)
        )
        if (
            reading == "organisation"
            or (
                honorific is None
                and title is None
                and body[start - 3 : start] in ORDINAL_ENDS
                and body[start - 4 : start - 3].isdigit()
            )
            or (
                k0 == 0
                and honorific is None
                and title is None
                and name[0] not in lex.given
                and _seated_before(body, toks, run[0])
            )
        ):
            # "21st Century Fox", "the 82nd Airborne": an ordinal opens a body's name;
            # "Athens-based Aegean Star Tankers": a body has a seat, a person a home town
            cand = _Cand(start, end, name, None, None, None, True, True, start)
        cands.append(cand)
    return cands


_AND_NAME_RE = re.compile(r" and [A-Z]")  # a name that may run on past "and"
SEATED = ("-based", "-headquartered", "-listed", "-registered")  # where a body sits or trades


def _seated_before(body: str, toks: list[_Tok], i: int) -> bool:
    """Is token ``i`` right after a seat compound ("Paris-based Euronext", "Nasdaq-listed")?"""
    return i > 0 and toks[i - 1][2].endswith(SEATED) and body[toks[i - 1][1] : toks[i][0]] == " "


# the end of an ordinal number right before a capitalised run ("21st Century Fox")
ORDINAL_ENDS = frozenset(["st ", "nd ", "rd ", "th "])

# capitalised heads of an office's name, never a surname ("Industry Secretary", "Energy
# Minister" whether or not the title lists hold them)
OFFICE_HEADS = frozenset(["Secretary", "Minister", "Spokesman", "Spokeswoman", "Spokesperson"])


def _after_party_word(name: list[str], lex: _Lexicon) -> int:
    """The index of the name after a party member's word that a place opens the run with
    ("Connecticut Republican Christopher Shays": 2): two or three words, none a common word;
    else 0."""
    for g in range(2, len(name) - 1):
        if name[g - 1] in lex.parties:
            rest = name[g:]
            return g if lex.not_names.isdisjoint(rest) and len(rest) <= 3 else 0
    return 0


def _thing_then_person(name: list[str], lex: _Lexicon) -> int:
    """The index of a second given name that a surname ends the run with ("Steve Irwin Paul
    Watson": 2), when no word after it is a common word; else 0."""
    g = len(name) - 2
    if (
        g >= 2
        and name[0] not in lex.not_names  # "the Lib Dems David Laws": a modifier, read below
        and name[g] in lex.given
        and lex.not_names.isdisjoint(name[g:])
    ):
        return g
    return 0


def _given_after_words(name: list[str], lex: _Lexicon) -> int:
    """The index of a given name that a surname follows after the run's first words ("House
    Republican Thomas Massie": 2), when no word of that name is a common word; else 0."""
    for g in range(1, len(name) - 1):
        if name[g] in lex.given:
            rest = name[g:]
            return g if lex.not_names.isdisjoint(rest) and len(rest) <= 3 else 0
    return 0


def _outlet_cut(body: str, toks: list[_Tok], run: list[int], lex: _Lexicon) -> int:
    """The last token of the run that ends before a speech verb: a news outlet the comma
    after it was left out of ("Speaking to the Daily Mail Lacerda claimed:", "Writing in the
    Guardian Lopez said") ends at the outlet when the words after it are a name the story
    uses elsewhere, not a word of the outlet's own ("Fox News said")."""
    for k in range(len(run) - 1):
        outlet = toks[run[k]][2]
        if outlet not in OUTLETS and not (
            outlet in OUTLET_TAILS and k and toks[run[k - 1]][2] in OUTLETS  # "BBC News"
        ):
            continue
        tail = toks[run[k + 1]]
        word = tail[2]
        if (
            body[toks[run[k]][1] : tail[0]] == " "  # not a firm's partners ("News & Media")
            and word[1:2].islower()
            and word not in ORG_HEADS
            and word not in lex.bodies
            and word not in OUTLET_TAILS
            and body.count(word) > body.count(outlet + " " + word)
        ):
            return run[k]
    return run[-1]


# words that continue an outlet's name, never a name of their own after it
OUTLET_TAILS = frozenset(["News", "Online", "Magazine", "Radio", "Television", "Sport", "World"])


def _firm_evidence(body: str, toks: list[_Tok], i: int, j: int, after: bool = True) -> bool:
    """Is the capitalised run from token ``i``, joined after token ``j`` by "&" or "and" to
    the next, a firm's name by its context: an organisation's noun or a speech verb right
    before it ("accountancy firm Ernst & Young", "added Ernst and Young's Sanjay Mehta"), or
    a speech verb or an organisation's head word right after it ("Marks & Spencer said",
    "Food & Agriculture Organisation"; not a possessive: "Ant & Dec's show")? Titles of films and
    songs ("Bonnie & Clyde") and pairs of names ("Dido and Coldplay") have none of these.
    Without ``after`` only the words before count ("Dido and Coldplay's Chris Martin")."""
    if i > 0 and body[toks[i - 1][1] : toks[i][0]] == " ":
        before = toks[i - 1][2]
        if before in organisation_nouns() or before in speech_cues():
            return True
    if not after:
        return False
    k = j + 2
    while (
        k < len(toks)
        and toks[k][4]
        and not toks[k - 1][3]
        and body[toks[k - 1][1] : toks[k][0]] == " "
    ):
        k += 1
    last = toks[k - 1]
    cues = lexicon().org_cues
    if last[2] in ORG_HEADS or last[2] in cues.after or last[2] in cues.heads:
        return True
    return k < len(toks) and body[last[1] : toks[k][0]] == " " and toks[k][2] in speech_cues()


def _firm_word(word: str, lex: _Lexicon) -> bool:
    """May ``word`` be a partner's name in a firm's name ("Ernst", "Young"): a title-case word
    that is no given name, honorific, title, country, demonym or function word?"""
    return (
        _name_word(word)
        and word not in lex.given
        and word not in lex.honorifics
        and word not in lex.title_first
        and word not in lex.countries
        and word not in lex.demonyms
        and word not in function_words()
    )


def _partners_possessive(body: str, toks: list[_Tok], j: int, lex: _Lexicon) -> bool:
    """Do tokens ``j``, ``j + 1``, ``j + 2`` read "A and B's" before a capitalised name ("Ernst
    and Young's Sanjay Mehta", "Marks and Spencer's Stuart Rose"): one firm named after two
    partners, whose person follows? Each partner is a word no lexicon reads as anything else
    (``_firm_word``): "Britain and France's leaders", "Tony and Cherie's son" stay apart."""
    if j + 3 >= len(toks):
        return False
    a, b, after = toks[j], toks[j + 2], toks[j + 3]
    return (
        b[3]
        and b[4]
        and after[4]
        and body[a[1] : b[0]] == " and "
        and body[b[1] : after[0]] in ("'s ", "’s ", "' ", "’ ")
        and _firm_word(a[2], lex)
        and _firm_word(b[2], lex)
    )


def _after_the(body: str, toks: list[_Tok], run: list[int], k: int, words: list[str]) -> bool:
    """Is the name read from ``words[k:]`` right after "the" (in the run: a sentence's "The";
    or the word before the run)?"""
    if k > 0:
        return k == 1 and words[0] == "The"
    i = run[0]
    return i > 0 and toks[i - 1][2] == "the" and body[toks[i - 1][1] : toks[i][0]] == " "


# the forms of an adjective that opens a sentence before a person's name ("Defiant",
# "Tearful", "Furious", "Delighted")
_ADJECTIVE_RE = re.compile(r"[a-z]{3,}(?:ant|ent|ful|ous|ive|ed|less|ic)")


def _sentence_adjective(
    body: str, name: list[str], start: int, lex: _Lexicon, titled: str | None
) -> bool:
    """Is ``name[0]`` a capitalised word before a given name and a surname at the start of a
    sentence or after a colon ("Brave Marina Lacerda", "Tearful Anna Smith"), not part of the
    name: no given name itself, and the story names the person elsewhere without it (the
    given-name list is evidence, not a gate: "Marina" need not be in it)?"""
    if (
        len(name) != 3
        or titled
        or name[0] in lex.given
        or name[0] in lex.east_asian
        or name[1].lower() in SURNAME_PARTICLES  # "Marine Le Pen", "Ursula von der Leyen"
        or not sentence_start(body, start)
    ):
        return False
    first = name[0].lower()
    if first in descriptor_words():
        return True  # "Writer Neil Coppendale, from West Sussex, asked": a common noun
    if "-" in first and all(w in descriptor_words() for w in first.split("-")):
        return True  # "Writer-director Brad Bird said"
    if has_word(body, first):
        return True  # "Linebacker Joey Porter" where the story writes "linebacker" too
    if name[1] in lex.given and _ADJECTIVE_RE.fullmatch(first):
        return True  # "Defiant Matt Williams says", "Furious Tom Jones": an adjective's form
    return body.count(" ".join(name[1:])) > body.count(" ".join(name))


@cache
def capitalised_cues() -> frozenset[str]:
    """The speech verbs as they open a sentence ("Said", "Says")."""
    return frozenset(w[:1].upper() + w[1:] for w in speech_cues())


def _opening_speech_verb(body: str, start: int, words: list[str], k: int, lex: _Lexicon) -> bool:
    """Is ``words[k]`` (a capitalised speech verb) opening its sentence before a full name, a
    title or an honorific ("Said Dorothy Poynter", "Says Prof Jones")? Not when the next word
    could be a surname ("Said Jalili", a name of its own)."""
    if k >= len(words) - 2:
        return False
    nxt = words[k + 1]
    if not (nxt in lex.given or nxt in lex.honorifics or nxt in lex.title_first or nxt[-1] == "."):
        return False
    return sentence_start(body, start)


def _title_phrase_cut(name: list[str], lex: _Lexicon) -> tuple[int, int] | None:
    """Where a capitalised office ends inside ``name`` ("New York City Public Advocate Trish
    James"): ``(first word of the role phrase, first word of the person's name)``, when the run
    ends in two or three name-shaped words after a role noun ("Advocate", "Commissioner") and
    the words before make one of the role phrases of ``titles.toml [roles]``; else None."""
    for m in (len(name) - 3, len(name) - 4):
        if m < 0 or name[m].lower() not in lex.role_heads or not _name_word(name[m]):
            continue
        rest = name[m + 1 :]
        if (
            m
            and len(rest) == 2
            and rest[0] in lex.given
            and _name_word(rest[1])
            and rest[1] not in ORG_HEADS
            and rest[1] not in lex.countries
        ):
            # "Patrol Chief James Hall", "Police Chief James Hall": a role noun, then a given
            # name and a surname (a common word too: "Hall"); the words before qualify the
            # office
            for head in range(max(0, m - 3), m + 1):
                if " ".join(name[head : m + 1]).lower() in lex.roles:
                    return head, m + 1
            return m, m + 1
        if not 2 <= len(rest) <= 3 or any(
            not _name_word(w)
            or w in lex.not_names
            or w in ORG_HEADS
            or w.lower() in lex.role_words
            or w in lex.countries
            or w in lex.demonyms
            for w in rest
        ):
            continue
        for head in range(max(0, m - 3), m + 1):
            if " ".join(name[head : m + 1]).lower() in lex.roles:
                return head, m + 1
    return None
