"""Whether a name names a person or not: the evidence that a capitalised name is an
organisation (an organisation's head word, a body, an acronym, a company's name and cues, a
name run on through "and"), a news outlet, a law or a place, and the evidence that it is a
person acting (a speech verb after it, an apposition, a surname used alone as a subject).

Each function reads the text around one name and answers yes or no; ``name_runs`` asks while
it reads a run, ``people.find_people`` while it groups the mentions.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from briefgen.analysis.document import sentence_start
from briefgen.analysis.mentions import (
    APOSTROPHES,
    WORD_RE,
    _Tok,
    person_descriptors,
    place_or_body,
    speech_cues,
    speech_data,
    speech_position,
)
from briefgen.analysis.name_lexicon import _gaz_info, _Lexicon, _match_title, _OrgCues, lexicon
from briefgen.analysis.namewords import function_words

if TYPE_CHECKING:
    from briefgen.analysis.name_runs import _Cand
    from briefgen.analysis.people import Person


ORG_HEADS = frozenset(
    [
        "Office",
        "Council",
        "Party",
        "Commission",
        "Committee",
        "Association",
        "Alliance",
        "League",
        "Union",
        "Agency",
        "Ministry",
        "Department",
        "Court",
        "Bank",
        "Times",
        "News",
        "Institute",
        "Foundation",
        "Federation",
        "Society",
        "Trust",
        "Service",
        "Services",
        "Executive",
        "Government",
        "Assembly",
        "Parliament",
        "Congress",
        "Senate",
        "Authority",
        "Board",
        "Group",
        "Company",
        "Corporation",
        "Chambers",
        "Centre",
        "Center",
        "University",
        "College",
        "School",
        "Hospital",
        "Police",
        "Campaign",
        "Coalition",
        "Confederation",
        "Forum",
        "Network",
        "Organisation",
        "Organization",
        "Programme",
        "Unit",
        "Post",
        "Guardian",
        "Telegraph",
        "Mail",
        "Express",
        "Mirror",
        "Herald",
        "Observer",
        "Journal",
        "Radio",
        "Television",
        "Channel",
        "Press",
        "Reuters",
        "Treasury",
        "Cabinet",
        "Army",
        "Navy",
        "Commons",
        "Lords",
        "Movement",
        "Front",
        "Fund",
        "Watch",
        "Concern",
        "Aid",
        "Action",
        "International",
        "Industries",
        "Inc",
        "Ltd",
        "Plc",
        "Club",
        "Church",
        "Inquiry",
        "Tribunal",
        "Secretariat",
        "Directorate",
        "Bureau",
        "Exchange",
        "Securities",
        "Holdings",
        "Airlines",
        "Airways",
        "Motors",
        "Electronics",
        "Administration",
    ]
)
OUTLETS = frozenset(
    [
        "BBC",
        "Associated Press",
        "Press Association",
        "PA",
        "CNN",
        "RT",
        "Reuters",
        "AP",
        "AFP",
        "Tass",
        "TASS",
        "Xinhua",
        "Yonhap",
        "KCNA",
        "Interfax",
        "Bloomberg",
        "NHK",
        "Sky",
        "ITV",
        "Fox",
        "NBC",
        "CBS",
        "ABC",
        "NPR",
        "Guardian",
        "Telegraph",
        "Times",
        "Independent",
        "Mail",
        "Mirror",
        "Sun",
        "Express",
        "Observer",
        "Herald",
        "Post",
        "Newsnight",
        "Today",
        "Panorama",
        "Arirang",
        "Al Jazeera",
        "Xinhua News Agency",
        "Politico",
        "POLITICO",
        "Breitbart",
        "Breitbart News",
        "HuffPost",
        "New York Times",
        "Washington Post",
        "Wall Street Journal",
        "USA Today",
        "MSNBC",
        "Fox News",
    ]
)


def is_outlet(name: str) -> bool:
    """A news outlet: one of ``OUTLETS``, or one of them with "News" after it ("CBS News",
    "ABC News")."""
    if name in OUTLETS:
        return True
    first, _, last = name.rpartition(" ")
    return last == "News" and first in OUTLETS


RELAY_WORDS = frozenset(speech_data()["cues"]["relay"])


def _outlet_reports(name: str, body: str, end: int) -> bool:
    """Is ``name`` a news outlet the text has reporting ('," Politico reported.')?"""
    if name not in OUTLETS:
        return False
    m = WORD_RE.match(body, end + 1, end + 20) if body[end : end + 1] == " " else None
    return m is not None and m.group() in RELAY_WORDS


TITLE_TAIL_WORDS = frozenset({"of", "for", "and"})


def _is_org_words(words: list[str], lex: _Lexicon, heads: bool = False) -> bool:
    """An organisation's name; with ``heads``, also a company word ends it ("Cairn Energy")."""
    if not ORG_HEADS.isdisjoint(words) or (heads and _has_company_head(words, lex)):
        return True
    if " ".join(words) in lex.bodies:
        return True
    return (
        len(words) == 1
        and words[0].isupper()
        and len(words[0]) >= 2
        and words[0] not in lex.countries
        and words[0] not in lex.demonyms
        and words[0] not in lex.postnominals
    )


def _title_tail(body: str, toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """The run at token ``i`` ends a longer capitalised title ("Country and Western Music",
    "Oil & Natural Gas Corp"): "of", "for", "and" or "&" between it and a capitalised word
    that neither opens a sentence ("Bosses of Deutsche Boerse") nor ends a company name of
    its own ("Sony Music and Universal Music")."""
    if i < 1:
        return False
    amp = body[toks[i][0] - 3 : toks[i][0]] == " & "
    b = i - 1 if amp else i - 2
    if b < 0 or not toks[b][4] or not (amp or toks[i - 1][2] in TITLE_TAIL_WORDS):
        return False
    before = toks[b]
    if (before[2] in ORG_HEADS or before[2] in lex.org_cues.heads) and b > 0 and toks[b - 1][4]:
        return False
    at = before[0]
    return at > 1 and body[at - 2 : at] != ". " and body[at - 1] != "\n"


def _has_company_head(words: list[str], lex: _Lexicon) -> bool:
    """A multi-word name ending in a company word ("Cairn Energy", "Deutsche Boerse") with no
    honorific or title in it. A given name and one more word stays a person ("Helen Steel")."""
    if len(words) < 2 or words[-1] not in lex.org_cues.heads:
        return False
    if len(words) == 2 and words[0] in lex.given:
        return False
    return all(w not in lex.honorifics and w not in lex.title_first for w in words)


AND_ORG_WORDS = 3  # capitalised words on either side of "and" in one organisation's name
# the heads of ORG_HEADS that end an institution's name, which may hold "and" ("Food and Drug
# Administration"); not a title's or brand's ("Sunday Times and Sunday Telegraph", "Celtic
# League", "Outlook Express", "Channel")
INSTITUTION_HEADS = frozenset(
    ["Commission", "Committee", "Department", "Ministry", "Bank", "Company", "Corporation",
     "Board", "Authority", "Institute", "Council", "Agency", "Office", "Administration",
     "Executive", "Service", "Services", "Association", "Federation", "Confederation",
     "Foundation", "Society", "Trust", "Union", "Organisation", "Organization", "Centre",
     "Center", "Bureau", "Directorate", "Secretariat", "Tribunal", "Inquiry", "Court", "Fund",
     "Alliance", "Coalition", "Police", "Constabulary"]
)  # fmt: skip


def _and_org_tail(body: str, toks: list[_Tok], i: int, j: int, lex: _Lexicon) -> int:
    """The last token of an organisation's name that runs on through "and" after token ``j``
    ("Securities and Exchange Commission", "US Food and Drug Administration"), else 0: the
    capitalised run after "and" ends in an institution's head (``INSTITUTION_HEADS``) and
    neither side is a name of its own ("Deutsche Bank and Credit Suisse Group", "Treasury and
    Bank of England"). No word of the
    run may be a person's (a given name, honorific or title: "Tony Blair and Foreign Office
    officials"), and the words next to "and" are no place, party, acronym or function word
    ("Britain and European Union leaders", "BBC and ITV News"). "Blair and Brown said"
    stays two names: no head ends it."""
    if j - i >= AND_ORG_WORDS:
        return 0
    k = j + 2
    if k >= len(toks) or not toks[k][4] or body[toks[j + 1][1] : toks[k][0]] != " ":
        return 0
    while (
        k + 1 < len(toks)
        and k - j - 2 < AND_ORG_WORDS
        and not toks[k][3]
        and toks[k + 1][4]
        and body[toks[k][1] : toks[k + 1][0]] == " "
    ):
        k += 1
    if toks[k][2] not in INSTITUTION_HEADS or k == j + 2 or toks[j + 2][2] in INSTITUTION_HEADS:
        return 0  # "Treasury and Bank of England": a name of its own after "and"
    if j > i and any(t[2] in INSTITUTION_HEADS for t in toks[i : j + 1]):
        return 0  # "Deutsche Bank and Credit Suisse Group": two names
    if k + 1 < len(toks) and toks[k + 1][4] and body[toks[k][1] : toks[k + 1][0]] == " ":
        return 0  # the run goes on past the words read
    words = [t[2] for t in (*toks[i : j + 1], *toks[j + 2 : k + 1])]
    for n, w in enumerate(words):
        if w in lex.given or w in lex.honorifics or _match_title(words, n, lex):
            return 0
    for w in (toks[j][2], toks[j + 2][2]):
        if (
            w in lex.countries
            or w in lex.demonyms
            or w in lex.parties
            or w in function_words()
            or (w.isupper() and len(w) > 1)
        ):
            return 0
    return k


# the head nouns that end the name of a law or treaty ("Sarbanes-Oxley Act", "Kyoto Protocol")
LAW_HEADS = frozenset(
    ["Act", "Acts", "Bill", "Treaty", "Accord", "Accords", "Convention", "Conventions",
     "Agreement", "Protocol", "Directive", "Charter", "Amendment", "Code", "Statute"]
)  # fmt: skip
# prepositions of place before a single capitalised word: "in Sheppey", "from Bexley"
PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "near"])


# nouns of news outlets: right before a name they make it the outlet's ("the state newspaper
# Rodong Sinmun", "news agency Yonhap", "the daily Le Monde")
OUTLET_NOUNS = frozenset(
    ["newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "agency", "channel",
     "station", "website"]
)  # fmt: skip


def _not_a_person(
    body: str, toks: list[_Tok], run: list[int], k: int, words: list[str], name: list[str]
) -> str | None:
    """What a name with no honorific, title or given name is when the text says it is no
    person: "thing" (a law: "the Sarbanes-Oxley Act"), "organisation" (after a news outlet's
    noun: "the state newspaper Rodong Sinmun", "news agency Yonhap") or "place" (a single
    word after a preposition of place, or joined by "and" to one: "in Sheppey", "the MP for
    Sittingbourne and Sheppey", "the Isle of Sheppey"); else None."""
    if len(name) >= 2 and name[-1] in LAW_HEADS:
        return "thing"
    i = run[k]
    prev = toks[i - 1] if i > 0 and body[toks[i - 1][1] : toks[i][0]] == " " else None
    if prev is None:
        return None
    word = prev[2]
    if not prev[4] and not prev[3] and word in OUTLET_NOUNS:
        # the outlet speaking ("the state newspaper Rodong Sinmun said"); named in passing
        # ("an interview with US magazine Entertainment Weekly") it is left as it was read
        last = run[-1]
        speaks = last + 1 < len(toks) and toks[last + 1][2] in speech_cues()
        return "organisation" if speaks else None
    if len(name) != 1:
        return None
    if word in PLACE_PREPOSITIONS:
        return "place"
    if word == "of" and i >= 3 and toks[i - 2][4] and toks[i - 3][2] == "the":
        return "place"  # "the Isle of Sheppey"
    if word == "and" and i >= 3 and toks[i - 2][4]:
        before = toks[i - 3][2]
        if before in PLACE_PREPOSITIONS or before in ("for", "of"):
            return "place"  # "the MP for Sittingbourne and Sheppey"
    return None


POSSESSIVES = frozenset({"whose", "his", "her", "its", "their", "our", "my", "your"})


def _possessed(body: str, toks: list[_Tok], i: int) -> bool:
    """Is the word at token ``i`` the noun of a possessive phrase ("whose self-titled LP",
    "their debut CD"): a possessive determiner, then only lower-case words, before it?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and body[toks[j][1] : toks[j + 1][0]] == " ":
        if toks[j][2].lower() in POSSESSIVES:
            return j < i - 1  # "their UN envoy" (no modifier) stays open: the body owns it
        if toks[j][4]:
            return False
        j -= 1
    return False


# the first he/she/its after a name, or the end of its sentence
PRONOUN_RE = re.compile(r"\b(?:he|him|his|she|her|its)\b|[.!?](?=\s)|\n")
PERSON_APPOSITION_RE = re.compile(r", (?:\d{1,3},|who |aged )")


def _company_not_person(
    body: str, p: Person, honorifics: set[str], lex: _Lexicon, gaz: Any, on: date | None
) -> bool:
    """A "person" that the story treats as a company: no honorific, title, he/she or "who"
    ever goes with it, and at least two company cues ("shares in X", "X's profits",
    "housebuilder X", "X said its ..."), one of them more than an "its"."""
    if p.title or p.name.split()[-1] in honorifics:
        return False
    strong = 0
    for s, e in p.mentions:
        cue = _company_cue(body, s, e, lex.org_cues)
        if cue is None:
            return False  # a person cue
        strong += cue
    if strong == 0:
        return False  # most people: spare the pronoun search
    weak = 0
    for _, e in p.mentions:
        m = PRONOUN_RE.search(body, e, e + 300)
        if m is not None and m[0][0].isalpha():
            if m[0] != "its":
                return False
            weak += 1
    if strong + weak < 2:
        return False
    return gaz is None or _gaz_info(gaz, p.name, on) is None


def _company_cue(body: str, s: int, e: int, cues: _OrgCues) -> int | None:
    """1 when the text around a name mention at ``s:e`` marks a company, 0 when nothing does,
    None when it marks a person ("X, 45,", "X, who")."""
    c = body[e : e + 1]
    if c == "," and PERSON_APPOSITION_RE.match(body, e, e + 8):
        return None
    if c in APOSTROPHES:
        post = body[e : e + 40]
        if post[1:3] != "s " and post[1:2] != " ":
            return 0
        words = post[post.index(" ") + 1 :].lower().split(maxsplit=2)
        if words and (
            words[0].rstrip(",.") in cues.possessions or " ".join(words[:2]) in cues.possessions
        ):
            return 1
        return 0  # "X's" is X's: the words before do not describe X
    if c == " ":
        nxt = body[e + 1 : e + 16].split(maxsplit=1)
        if nxt and nxt[0].rstrip(",.") in cues.after:
            return 1  # "George Wimpey plc", "a Deutsche Boerse shareholder"
    if body[s - 1 : s] != " ":
        return 0
    words = body[max(0, s - 40) : s].lower().split()[-3:]
    if words and (
        words[-1] in cues.nouns_before
        or " ".join(words[-2:]) in cues.phrases_before
        or " ".join(words) in cues.phrases_before
    ):
        return 1
    return 0


# words after a capitalised run that make it a person acting: the speech verbs of speech.toml
# [cues] after_name ("Teske said") and the auxiliaries and relative pronoun a subject takes
# ("Teske has", "Teske, who")
SPEECH_HINT = frozenset(speech_data()["cues"]["after_name"]) | frozenset(
    ["has", "had", "was", "is", "will", "would", "also", "who"]
)


def _name_word(word: str) -> bool:
    """Title case, each hyphenated part too ("Jean-Marc", not "Chennai-based" or "NATO")."""
    return all(part[:1].isupper() and not part.isupper() for part in word.split("-"))


def _person_shaped(c: _Cand, lex: _Lexicon) -> bool:
    """A run shaped like a given name and a surname: two or three title-case words, none of
    them a company, place or function word."""
    words = c.name_tokens
    return (
        2 <= len(words) <= 3
        and all(_name_word(w) for w in words)
        and not words[0].endswith(("ing", "ed"))  # "Praising Celtic", "Embattled Smith"
        and not any(w in function_words() or w in ORG_HEADS for w in words)
        and not _has_company_head(words, lex)
        and not any(place_or_body(w) for w in words)
    )


def _speaking_word(body: str, toks: list[_Tok], i: int, j: int, words: list[str]) -> bool:
    """Is the run ``toks[i..j]`` one title-case word, the subject (or inverted subject) of a
    speech verb next to a quote ('"…," Black said', 'said Guardian')? Such a word may be a
    surname that is also a common or company word. (The caller has checked that a closing
    quote mark or a speech verb is next to it.)"""
    if i != j or i == 0 or len(words) != 1 or len(words[0]) < 3:
        return False
    start = toks[i][0]
    if not _name_word(words[0]) or words[0] in function_words():
        return False
    if toks[i - 1][2].lower() in ("the", "a", "an") and toks[i - 1][1] + 1 == start:
        return False  # "the Guardian said": the newspaper
    if words[0].lower() in descriptor_words():
        return False
    return speech_position(body, start, toks[i][1])


@cache
def descriptor_words() -> frozenset[str]:
    """The person, organisation and plural head nouns of ``speech.toml [descriptors]``."""
    desc = speech_data()["descriptors"]
    return frozenset(w for key in ("person", "organisation", "plural") for w in desc[key])


def _common_noun(word: str, body: str, start: int, toks: list[_Tok]) -> bool:
    """Is a capitalised single word a common noun rather than a name: a speaker description
    ("Analysts", "Prosecutors", "Irishman": ``speech.toml [descriptors]``), a contraction
    ("I'd"), or, opening a sentence, a word the story also writes in lower case ("Industry")?"""
    low = word.lower()
    if low in descriptor_words() or word[:2] in ("I'", "I’") or CONTRACTION_RE.search(word):
        return True
    if _plural_subject(word, body, start, toks):
        return True
    if not sentence_start(body, start):
        return False
    # rare (only sentence-initial single speakers): a scan of every token, in C
    return low in map(itemgetter(2), toks)


# "We've", "They're", "We'll", "You'd", "Don't": a pronoun or verb with its contraction
CONTRACTION_RE = re.compile(r"['’](?:ve|re|ll|d|m|t)$")
# the words before a plural noun naming a group ("the Italians", "25% of Britons", "Most
# Gibraltarians"): a person's name takes none of them
GROUP_WORDS = frozenset(["the", "of", "most", "many", "some", "all", "Most", "Many", "Some", "All"])


def _plural_subject(word: str, body: str, start: int, toks: list[_Tok]) -> bool:
    """Is ``word`` (a capitalised single word before a speech verb) a plural group, not a
    person: a demonym's plural ("Italians"), a plural after a group word ("the Italians",
    "of Britons"), or any word before the plural form of a speech verb ("Organisers say",
    "Others claim": a person "says", "claims")?"""
    end = start + len(word)
    m = WORD_RE.match(body, end + 1, end + 20) if body[end : end + 1] == " " else None
    cues = speech_cues()
    if m is not None and m.group() in cues and m.group() + "s" in cues:
        return True
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if word[:-1] in lexicon().demonyms:
        return True
    before = body[max(0, start - 6) : start].split()
    return bool(before) and before[-1] in GROUP_WORDS and body[start - 1 : start] == " "


def _acts(body: str, end: int) -> bool:
    """Is a name followed by what a subject is ("Sanders compared", "Sanders says", "Sanders,")
    rather than by the noun it qualifies ("Forest manager", "City boss")?"""
    nxt = body[end : end + 1]
    if nxt != " ":
        return nxt in ",.;:"
    m = WORD_RE.match(body, end + 1, end + 30)
    if m is None:
        return False
    w = m.group()
    return not w.islower() or w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))


def _opens_with_surname(word: str, body: str) -> bool:
    """May a sentence-opening single word be a surname ("Schalk Burger needed a break.
    Burger, 21, was crowned", "Mitt Romney. Romney attacked")? Not a word the story also
    writes in lower case ("Officials", "Industry"), nor one of the speaker descriptions
    ("Analysts"). The caller refuses one described by an apposition ("View, a new estate
    near the sea": a place)."""
    low = word.lower()
    if low in descriptor_words():
        return False
    i = body.find(low)
    while i >= 0:  # a lower-case occurrence as a word of its own (a C-level scan per try)
        j = i + len(low)
        if not (i and body[i - 1].isalnum()) and not (j < len(body) and body[j].isalnum()):
            return False
        i = body.find(low, j)
    return True


# ", a retired worker from a nuclear plant, said": an apposition, then a speech verb
APPOSITION_SPEECH_RE = re.compile(r", (?:a|an|the|who) [^,.;:!?\"“”]{3,80}, (\w+)")


# "Yevhen Zosin, 74, a Kyiv resident", "Mona Lamberson, 59, said" (not a score: "United, 3,")
DESCRIBED_RE = re.compile(r", (?:a|an|the) ")  # "View, a new estate near the sea": a thing
AGE_APPOSITION_RE = re.compile(r", \d{1,3}, (?:a|an|the|who|of|from|said|says|told)\b")
ROLE_APPOSITION_RE = re.compile(r", (?:(?:a|an|the|its|their) )?((?:[\w-]+ ){0,2}[\w-]+)[ ,]")


def _role_apposition(body: str, end: int, lex: _Lexicon) -> bool:
    """Is the name ending at ``end`` followed by an apposition headed by a role noun, closed by
    a comma, then a verb (", vice chairwoman for Clinton's campaign, emailed", ", a senior
    adviser, wrote", ", acting national chairwoman of the Police Federation, told")?"""
    if not body.startswith(", ", end):
        return False  # (how the pattern opens: a string test is cheaper than the regex call)
    m = ROLE_APPOSITION_RE.match(body, end, end + 60)
    if m is None:
        return False
    words = m.group(1).split()
    if not any(w in lex.role_words for w in words) or words[0][:1].isupper():
        return False
    close = body.find(", ", m.end(1), end + 140)
    if close < 0 or any(ch in body[end + 2 : close] for ch in ';:."“”'):
        return False
    nxt = WORD_RE.match(body, close + 2, close + 30)
    # a verb in the past or present, or any verb of speech after a name ("..., told Times Radio")
    return (
        nxt is not None
        and nxt.group().islower()
        and (nxt.group().endswith(("ed", "s")) or nxt.group() in SPEECH_AFTER_NAME)
    )


def described_as_person(body: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by an apposition that describes a person (", a
    chemistry researcher at DonNU,", ", an economist with ABN Amro,"): an article, up to three
    words, then a person noun of ``speech.toml [descriptors]`` or a role word?"""
    m = PERSON_DESCRIBED_RE.match(body, end, end + 60)
    if m is None:
        return False
    noun = m.group(1)
    return noun in person_descriptors() or noun in lexicon().role_words


PERSON_DESCRIBED_RE = re.compile(
    r", (?:a|an) (?:[\w-]+ ){0,3}?([a-z][\w-]*)(?= (?:at|of|for|with|in)\b|,)"
)


def _speaks_past_apposition(body: str, end: int) -> bool:
    """Is the name ending at ``end`` the subject of a speech verb after an apposition
    ("Miller, a retired worker from a nuclear plant, said")?"""
    if body[end : end + 2] != ", ":
        return False
    m = APPOSITION_SPEECH_RE.match(body, end, end + 100)
    return m is not None and m.group(1) in speech_cues()


# ", who", ", a", ", leader of", ", VP analyst at", ", chief executive", and with a possessive
# before the role (", Twitter’s director of political advertising", ", Labour's campaign chief")
APPOSITION_RE = re.compile(
    r", (?:who |a |an |the |\d{1,3}, (?=[a-z])|[a-z]+ (?:of|for|at) |"
    r"[A-Z]{2,5} (?:[a-z]+ )?(?:of|for|at) |"
    r"(?:(?:[A-Z][\w&.-]* ){0,2}[A-Z][\w&.-]*['’]s? )?"
    r"(?:chief|senior|head|leader|director|manager|spokesperson|lawyer|attorney|adviser|advisor|"
    r"chairman|chairwoman|spokesman|spokeswoman|economist|analyst|secretary|minister|"
    r"president|professor|founder|editor|general secretary)\b)"
)
# "Katya Malofeeva of Renaissance Capital, an investment bank, said": the body a person is
# of, then maybe an indefinite apposition, then a speech verb
AFFILIATION_RE = re.compile(
    r" (?:of|with|at|from) (?:the )?(?:[A-Z][\w&.'’-]* ){0,4}[A-Z][\w&.'’-]*(?=[ ,])"
)
AFFILIATION_VERB_RE = re.compile(r"(?:, an? [^,;:\"“”]{1,60},)? ([a-z]+)\b")
# "Massoud Shadjareh, from the Muslim Safety Forum, said"
FROM_APPOSITION_RE = re.compile(r", (?:from|of) (?:the )?[A-Z][^,;:\"“”]{0,60}, ([a-z]+)\b")
SPEECH_AFTER_NAME = frozenset(speech_data()["cues"]["after_name"])


TITLE_APPOSITION_RE = re.compile(r", ((?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*)(?: of | for | at |,)")


def _followed_by_speech(body: str, end: int) -> bool:
    """A speech verb (or an apposition: "X Y, leader of ...", "X Y, who ...", "X Y, Executive
    Director of ...", "X Y, 45,") follows, maybe past the body the person is of ("X Y of
    Renaissance Capital, an investment bank, said", "X Y, from the Muslim Safety Forum,
    said")."""
    if (body.startswith(" of ", end) and not _title_ends(body, end)) or body.startswith(
        (" with the ", " at the ", " from the "), end
    ):
        # "X Y with the New York Police Department said": the body the person works for
        m = AFFILIATION_RE.match(body, end, end + 80)
        verb = AFFILIATION_VERB_RE.match(body, m.end(), m.end() + 80) if m else None
        if verb is not None and verb.group(1) in SPEECH_AFTER_NAME:
            return True
    if body.startswith((", from ", ", of th"), end):
        m = FROM_APPOSITION_RE.match(body, end, end + 90)
        if m is not None and m.group(1) in SPEECH_AFTER_NAME:
            return True
    if body.startswith(", ", end):  # (how both patterns open: most names are followed otherwise)
        if APPOSITION_RE.match(body, end, end + 40):
            return True
        m = TITLE_APPOSITION_RE.match(body, end, end + 60)
        if m:
            words = m.group(1).split()
            t = _match_title(words, 0, lexicon())
            if t and t[1] == len(words):
                return True
    tail = body[end : end + 30]
    m = WORD_RE.search(tail)
    return bool(m) and tail[: m.start()].strip() in ("", ",") and m.group() in SPEECH_HINT


def _title_ends(body: str, end: int) -> bool:
    """Does the run ending at ``end`` end with a title or role word ("The Roman Catholic
    Archbishop of Cardiff, the Most Reverend Peter Smith, told")? "of" then names its see or
    office, and the person comes later."""
    word = body[body.rfind(" ", 0, end) + 1 : end]
    lex = lexicon()
    return (word,) in lex.titles or word.lower() in lex.role_words or word in lex.honorifics


# a pronoun, or a definite description that refers back to an organisation ("the firm said"),
# whichever comes first after a name: the first that refers to it tells what it is
REFERENT_RE = re.compile(r"(?:he|him|his|she|her|its|[tT]he ([a-z]+))\b|[.!?](?=\s)|\n")
# ", a Google spokesperson", "a BaFin spokeswoman", "a Sony representative": an organisation's
# voice ("a Blair aide" is a person's: "aide" is not here)
ORG_VOICES = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "representative", "executive", "executives",
     "insider", "insiders", "employee", "employees", "shareholder", "shareholders", "staff"]
)  # fmt: skip
# what an organisation's name heads after "'s" besides names.toml's possessions ("Nortel's
# head Frank Dunn", "Yukos' US lawyers" is not here: people have lawyers)
ORG_HOLDINGS = frozenset(["head", "boss", "bosses", "executives", "staff", "shareholders"])
ORG_EVIDENCE = 2  # the weight of evidence that makes a one-word "person" an organisation


@cache
def organisation_nouns() -> frozenset[str]:
    """The lower-case nouns that describe an organisation (``speech.toml [descriptors]
    organisation`` and ``names.toml [organisations] nouns_before``), without the nouns of a
    text ("report", "statement", "website")."""
    desc = speech_data()["descriptors"]
    texts = frozenset(desc["authored"]) | {"site", "study", "survey"}
    return (frozenset(desc["organisation"]) | lexicon().org_cues.nouns_before) - texts


def organisation_evidence(body: str, mentions: list[tuple[int, int]], lex: _Lexicon) -> int:
    """How strongly the text treats a one-word name with no given name, honorific or title
    as an organisation rather than a person, 0 when anything marks it a person: an
    organisation's noun before it ("anti-virus firm Sophos", "regulator Ofcom": 2), an
    organisation's voice ("a Google spokesperson": 2) or holding ("Nortel's head", "Google's
    profits": 2), and the first referring word after it: "its" or "the firm" (1), "he", "she",
    "his", "her" (a person: 0 in all). Lexicons weigh the evidence; none decides alone."""
    nouns = organisation_nouns()
    score = 0
    for s, e in mentions:
        if body[e : e + 1] == "," and PERSON_APPOSITION_RE.match(body, e, e + 8):
            return 0  # "X, 45," "X, who": a person
        referent = _first_referent(body, e, nouns)
        if referent == "person":
            return 0
        if referent == "organisation":
            score += 1
        before = body[max(0, s - 30) : s].split()
        if before and before[-1] in nouns:
            score += 2  # "anti-virus firm Sophos", "record company Universal"
        elif len(before) >= 1 and before[-1] in ("a", "an") and _voice_after(body, e):
            score += 2  # "a Sony representative"
        post = body[e : e + 30].split(maxsplit=2) if body[e : e + 1] in APOSTROPHES else []
        if (len(post) >= 2 and post[1].rstrip(",.") in ORG_HOLDINGS) or _company_cue(
            body, s, e, lex.org_cues
        ) == 1:
            score += 2  # "Nortel's head", "Google's profits", "shares in X", "X shareholders"
    return score


def _voice_after(body: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by an organisation's voice ("Sony
    representative", "Google spokesperson"), with at most one lower-case word between?"""
    words = body[end : end + 40].split()[:2]
    return bool(words) and (
        words[0] in ORG_VOICES
        or (len(words) == 2 and words[0].islower() and words[1] in ORG_VOICES)
    )


def _introduced_since(body: str, end: int, start: int, noun: str) -> bool:
    """Was ``noun`` introduced with "a"/"an" between the name ending at ``end`` and the
    "the ``noun``" at ``start`` ("announced a new fund ... the fund")? Then "the" points to it.
    (``noun`` is a word of letters: where it is absent, no pattern is compiled for it.)"""
    between = body[end:start]
    if noun not in between:
        return False
    return re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{noun}\b", between) is not None


def _first_referent(body: str, end: int, nouns: frozenset[str]) -> str | None:
    """What the first word that refers back to the name ending at ``end`` makes it: in its
    sentence "he", "she", "his", "her" a "person", "its" an "organisation"; an
    organisation's noun after "the" there or opening the next sentence ("Shell said ... The
    firm added"), unless the text introduced that noun since ("a new fund ... the fund"), an
    "organisation"; else None."""
    ended = False
    for m in REFERENT_RE.finditer(body, end, end + 300):
        word = m.group()
        if not word[0].isalpha():
            if ended:
                return None
            ended = True
            continue
        if m.start() and body[m.start() - 1].isalnum():
            continue  # inside a word ("ashes"): the pattern opens on letters, for speed
        if m.group(1) is not None:
            if m.group(1) in nouns and not _introduced_since(body, end, m.start(), m.group(1)):
                return "organisation"
            continue  # "Marinho announced a new fund ... the fund": the fund, not Marinho
        if ended:
            return None
        return "organisation" if word == "its" else "person"
    return None
