"""Tidy the metadata readers take from pages: headlines and bylines.

Metadata extractors read whatever a page labels as title or author: an account widget
("Washington Post (Username)"), the same name twice in two casings ("Jeffrey Gettleman; JEFFREY
GETTLEMAN"), a headline with a full stop after its question mark ("victory?."). The words of
widgets live in ``briefgen/data/boilerplate.toml`` under ``[byline]``.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["clean_byline", "clean_outlet", "clean_title", "latin", "other_script", "outlet_like"]

_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});", re.IGNORECASE)
_DOUBLED_STOP = re.compile(r"([?!])\.(?!\.)")
_BY = re.compile(r"^(?:(?:posted|written|words|story) )?by(?:\s+|$)", re.IGNORECASE)
_SPECIAL_TO = re.compile(r"\s+special\s+to\b.*$", re.IGNORECASE)
_STAMP_WORD = re.compile(r"^(?:posted|updated|published)(?: on)?\s+(?=\S)", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_MAX_NAME_WORDS = 6  # a longer "name" is a run of widget text ...
# ... unless a name opens it, then repeats or gives way to a widget's link words
_NAME_THEN_WIDGET = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){1,2}[A-Z][\w.'’-]+)\s+"
    r"(?:\1\b|(?:View|Get|Follow|Email|More|Read|See|Contact|Subscribe)\b)"
)
_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]")
_SEPARATORS = re.compile(r"\s*(?:;|,|\||\b(?:and|AND)\b|&|·|•|\s/(?=\s))\s*")
# where the reporter filed from: "Andy Bruce in London and Ankur Banerjee in Bengaluru"
_IN_PLACE = re.compile(
    r"(?<=[a-z])\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s*(?:;|\band\b|&|$))"
)
# an editor's or a helper's credit after the reporter's: "Adrian Croft, Editing by Luke Baker"
_CREDIT = re.compile(r"^(?:editing|edited|additional reporting|compiled|graphics)\b", re.I)
_ADDRESS = re.compile(r"https?\b|\bwww\b|@|\b[\w-]+ (?:com|org|net|co uk)$", re.IGNORECASE)
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|"
    r"june|july|august|september|october|november|december"
)
# a date a page's date widget left beside the author's name: "December", "Dec 3", "Dec. 2016";
# a bare "May", "June", "April" or "August" after a name is a surname (Theresa May), not a date
_DATE_TAIL = re.compile(
    rf"(?:^|\s+)(?:(?:january|february|march|september|october|november|december)"
    rf"(?:\s+\d{{1,2}})?|(?:{_MONTHS})\s+\d{{1,2}}|(?:{_MONTHS})\s+\d{{4}})(?:,?\s+\d{{4}})?$"
    rf"|^(?:{_MONTHS})$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _widget() -> re.Pattern[str]:
    text = resources.files("briefgen").joinpath("data/boilerplate.toml").read_text("utf-8")
    words = tomllib.loads(text).get("byline", {}).get("widget", [])
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)", re.IGNORECASE)


def clean_title(title: str) -> str:
    """The headline with "?." / "!." reduced to "?" / "!" and character references a page
    escaped twice ("&amp;#039;") read (otherwise as written)."""
    for _ in range(2):
        if not _ENTITY.search(title):
            break
        title = html.unescape(title)
    return _DOUBLED_STOP.sub(r"\1", title)


def _fold(name: str) -> str:
    """A name without case and punctuation: "Chuck-Ross" and "CHUCK ROSS" fold alike."""
    return " ".join(re.sub(r"[\W_]+", " ", name).casefold().split())


@lru_cache(maxsize=1)
def _role_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The words a job title after a byline's name is made of (``[byline] role_words`` and
    titles.toml ``[title_words]`` but the honorifics, which are surnames too: King, Lord) and
    the nouns that end one (``[byline] role_nouns``)."""
    data = resources.files("briefgen").joinpath("data")
    byline = tomllib.loads(data.joinpath("boilerplate.toml").read_text("utf-8")).get("byline", {})
    titles = tomllib.loads(data.joinpath("titles.toml").read_text("utf-8"))
    honorifics = {word.lower() for word in titles.get("honorifics", {})}
    title_words = set(titles.get("title_words", {}).get("words", "").split())
    words = (title_words - honorifics - {"king", "queen", "prince", "the", "new"}) | set(
        byline.get("role_words", "").split()
    )
    return frozenset(words), frozenset(byline.get("role_nouns", "").split())


_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*$")


def _name_shaped(words: list[str]) -> bool:
    """Two to four capitalised words, not opening with "The": a person's name."""
    return 2 <= len(words) <= 4 and words[0] != "The" and all(_NAME_WORD.match(w) for w in words)


def _without_role(name: str) -> str:
    """``name`` without a job title after it: a role noun ("Reporter", "Bureau Chief",
    "Special") and the title words before it ("National Security", "Associated Press"), or a
    widget's word ("Follow", "Updated"). A name in capitals ends where the capitals do ("JASON
    STRAZIUSO Associated Press Writer"). Cut only when a name is left; a bare role noun only
    when that name has at most three words, since the name's end is not known."""
    words = name.split()
    if len(words) <= 2:
        return name
    lexicon, nouns = _role_lexicon()
    last = words[-1].lower().strip(".,")
    if last in ("follow", "updated", "posted", "published"):
        rest = words[:-1]
        return " ".join(rest) if _name_shaped(rest) and len(rest) <= 3 else name
    if last not in nouns:
        return name
    cut = len(words) - 1
    while cut > 2 and words[cut - 1].lower() in lexicon:
        cut -= 1
    caps = 0
    while caps < cut and words[caps].isupper() and len(words[caps]) > 1:
        caps += 1
    if caps >= 2 and caps < cut:  # "JASON STRAZIUSO Associated Press Writer"
        cut = caps
    rest = words[:cut]
    if rest[-1].lower() in lexicon:  # "World's Editorial Writers": no name before the title
        return name
    titled = cut < len(words) - 1  # title words as well as the noun: a job title for sure
    if not _name_shaped(rest) or (not titled and len(rest) > 3):
        return name
    return " ".join(rest)


def _role_parts(parts: list[str]) -> set[int]:
    """The indexes of the parts that are a job title alone ("Contributing Writer", "Associate
    NFL Editor"), a piece of one before it ("TV & Radio Writer") or a title the names share
    ("... / Yomiuri Shimbun Staff Writers"); none when every part is one."""
    lexicon, nouns = _role_lexicon()
    split = [[w.lower().strip(".") for w in part.strip(" .,;:-–—").split()] for part in parts]
    found: set[int] = set()
    for index in range(len(parts) - 1, -1, -1):
        words = split[index]
        if not words or not all(w in lexicon or w in nouns for w in words):
            continue
        if words[-1] in nouns or (index + 1) in found:
            found.add(index)
    for index, words in enumerate(split):
        if (
            len(words) > 1
            and words[-1] in nouns
            and ((len(words) <= 4 and words[0] in lexicon) or words[-1].endswith("s"))
        ):
            found.add(index)
    return found if len(found) < len(parts) else set()


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    """The words that end an outlet's name (boilerplate.toml's ``OUTLET_WORD`` macro)."""
    text = resources.files("briefgen").joinpath("data/boilerplate.toml").read_text("utf-8")
    macro = tomllib.loads(text).get("macros", {}).get("OUTLET_WORD", "")
    return frozenset(re.findall(r"[\w]+", macro.lower()))


# outlet words that are surnames too ("Emily Post"): an outlet only after "The" or in capitals
_SURNAME_LIKE = frozenset(
    ["post", "daily", "standard", "review", "monitor", "observer", "independent", "today"]
)


def outlet_like(part: str) -> bool:
    """Is this part of a byline an outlet's name ("The Huffington Post", "CNN", "USA TODAY",
    "CBC News") rather than a person's?"""
    words = part.split()
    if not words or words[-1].lower() not in _outlet_words():
        return False
    return words[-1].lower() not in _SURNAME_LIKE or words[0] == "The" or part.isupper()


def _surname_pairs(parts: list[str]) -> list[str] | None:
    """Names given surname first and split at their comma ("Brazil; Rachel"), as "Rachel
    Brazil"; None unless every part is one capitalised word, none an outlet's, in pairs."""
    words = [part.strip() for part in parts]
    if len(words) < 2 or len(words) % 2:
        return None
    lexicon = _role_lexicon()[0] | _outlet_words()
    for word in words:
        if not re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", word) or word.lower() in lexicon:
            return None
        if _DATE_TAIL.search(word) or _WEEKDAY.fullmatch(word):  # "Agencies; January"
            return None
    return [f"{words[i + 1]} {words[i]}" for i in range(0, len(words), 2)]


def _mostly_lower(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return sum(ch.islower() for ch in letters) > len(letters) / 2


def _case_cut(name: str) -> str:
    """A name in capitals before an outlet's name in mixed case ("FRANCES ROBLES McClatchy
    Newspapers"), or a name in mixed case before one in capitals ("Meg Wagner NEW YORK DAILY
    NEWS"): the name alone."""
    words = name.split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps].strip(".")) > 1:
        caps += 1
    tail = words[caps:]
    if caps >= 2 and tail and all(_mostly_lower(w) and w[0].isupper() for w in tail):
        return " ".join(words[:caps])
    for size in (2, 3):
        head, tail = words[:size], words[size:]
        if (
            len(tail) >= 2
            and all(w.isupper() and len(w) > 1 for w in tail)
            and all(_mostly_lower(w) for w in head)
            and _name_shaped(head)
        ):
            return " ".join(head)
    return name


def clean_byline(byline: str | None, site: str | None = None) -> str | None:
    """The byline without widget words, a leading "By", a name repeated, a web address, a
    date left by the page's date widget or the site's own name; None when empty.

    Names are kept in their first spelling that is not all capitals.
    """
    if not byline:
        return None
    text = " ".join(byline.split())
    widget = _widget()
    text = _BRACKET.sub(lambda m: "" if widget.fullmatch(m.group(1).strip()) else m.group(0), text)
    names: dict[str, str] = {}
    text = _IN_PLACE.sub("", text)
    parts = _SEPARATORS.split(text)
    paired = _surname_pairs(parts) if ";" in text else None
    if paired:  # "Lenharo; Mariana; Basu; Mohana": surnames and given names
        return "; ".join(paired)
    titles = _role_parts(parts)
    site_key = _fold(site or "")
    changed = len(text) != len(" ".join(byline.split()))
    for index, part in enumerate(parts):
        if index in titles or _CREDIT.match(part):  # "Lena deCasparis; Contributing Writer"
            changed = True
            continue
        plain = _STAMP_WORD.sub("", _BY.sub("", part).strip(" .,;:-–—"))
        if plain.startswith("the "):  # "By the Associated Press"
            plain, changed = "T" + plain[1:], True
        name = _DATE_TAIL.sub("", plain).strip(" .,;:-–—")
        special = _SPECIAL_TO.search(name)  # "SAEED SHAH Special to The Globe and Mail"
        name = _case_cut(_without_role(name[: special.start()] + " Special" if special else name))
        if len(name.split()) > _MAX_NAME_WORDS:
            opening = _NAME_THEN_WIDGET.match(name)
            name = opening.group(1) if opening else name
        changed = changed or name != plain
        if (
            not re.search(r"[^\W\d_]", name)
            or len(name.split()) > _MAX_NAME_WORDS
            or _WEEKDAY.fullmatch(name)
            or widget.fullmatch(name)
            or _ADDRESS.search(name)
            or _fold(name) == site_key
        ):
            continue
        key = _fold(name)
        if key not in names or (names[key].isupper() and not name.isupper()):
            names[key] = name
        if (special or plain.lower().endswith(" special")) and name != plain:
            changed = True
            break  # the parts after it are the outlet's name, split at its "and"
    people = [key for key, name in names.items() if not outlet_like(name)]
    if people and len(people) < len(names):  # "Sam Stein; The Huffington Post": the person
        names = {key: names[key] for key in people}
        changed = True
    if not names:
        return None
    if len(names) == len(parts) and not changed:  # nothing repeated, dropped or cut
        return _BY.sub("", text).strip() or None
    separator = "; " if ";" in text else ", " if "," in text else " and "
    return separator.join(names.values())


# a section label after the site's name: "TheStar.com | News", "SignOnSanDiego.com > News"
_OUTLET_SECTION = re.compile(
    r"\s*(?:\||>|»|::|\s-)\s*(?:News|World|Home|National|International|Top Stories|"
    r"Latest News|Politics|Business|Sport|Sports|Opinion)$",
    re.IGNORECASE,
)
# a copyright sentence's tail: "Agence France Presse. All rights reserved"
_RIGHTS = re.compile(
    r"[.,]?\s+All(?:\s+rights(?:\s+reserved)?)?\.?$|(?<![.\s]\w)(?<!\.)[.,]\s*$|\s+(?:19|20)\d\d$",
    re.IGNORECASE,
)
_COPYRIGHT_MARK = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*)+(?:(?:\d{4}|M{1,3}[CDXLVI]*)(?:\s*[-–]\s*\d{4})?,?\s+)?",
    re.IGNORECASE,
)
_NAME_THEN_DOMAIN = re.compile(
    r"(\S+(?:\s\S+)+?)\s+([\w-]+)\.(?:com|net|org|co\.uk)", re.IGNORECASE
)
_DOUBLED = re.compile(r"(\S{3,})\1")
_OUTLET_EDITION = re.compile(r"\s*\((?:English|English edition|Online)\)$", re.IGNORECASE)


def _abbreviates(stem: str, name: str) -> bool:
    """Is ``stem`` (of a domain) the name's initials or its words run together?"""
    words = re.findall(r"[^\W_]+", name.lower())
    return stem.lower() in ("".join(w[0] for w in words), "".join(words))


def latin(text: str) -> bool:
    """Does ``text`` hold a letter of the Latin script ("Taipei Times", "Le Télégramme")?"""
    return any(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def other_script(text: str) -> bool:
    """Does ``text`` hold a letter of another script than the Latin ("台北時報", "新間")?"""
    return any(ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN") for ch in text)


# a gloss in another script after the name: "The Japan News (読売新聞)", "Taipei Times 台北時報"
_GLOSS = re.compile(r"\s*[(\[（]([^()\[\]（）]{1,40})[)\]）]|\s*\b[^\W\d_][^\s(（]*")


def _without_gloss(name: str) -> str:
    """``name`` without bracketed glosses and words in another script when Latin words are
    left; as written otherwise."""
    if not (latin(name) and other_script(name)):
        return name
    bare = _GLOSS.sub(
        lambda m: "" if not latin(m.group(0)) and other_script(m.group(0)) else m.group(0), name
    ).strip(" -|:")
    return bare if latin(bare) else name


def clean_outlet(outlet: str | None) -> str | None:
    """The outlet's name without a section label after it, a copyright sentence's tail, an
    edition mark or a gloss in another script; underscores read as spaces ("The_Japan_News");
    None when nothing is left."""
    if not outlet:
        return None
    name = _without_gloss(_COPYRIGHT_MARK.sub("", " ".join(outlet.split())))
    if "_" in name and " " not in name:
        name = name.replace("_", " ")
    doubled = _DOUBLED.fullmatch(name)  # "EuroNewsEuroNews"
    name = doubled.group(1) if doubled else name
    with_domain = _NAME_THEN_DOMAIN.fullmatch(name)  # "Financial Times FT.com"
    if with_domain and _abbreviates(with_domain.group(2), with_domain.group(1)):
        name = with_domain.group(1)
    for _ in range(2):
        name = _OUTLET_SECTION.sub("", name)
    name = _OUTLET_EDITION.sub("", _RIGHTS.sub("", name)).strip(" -|:")
    return name or None
