"""What a stance verb's object makes of its stance.

A light verb takes the stance of its object noun (``light_verb``: "issued a warning" warns,
"launched an attack on" opposes); courtesies offered ("offered his congratulations") and
campaign material launched ("unveiled a new poster") state no position; a reporting verb with
a noun-phrase object reports nothing ("maintains a presence", "issued a passport").
"""

from __future__ import annotations

import re

from briefgen.analysis.stance_lexicon import cues
from briefgen.analysis.stance_verbs import _LAST_WORD

# verbs that carry no stance of their own when a stance noun is their object ("issued a
# warning", "launched an attack on", "has issued what appears to be a veiled threat")
LIGHT_VERBS = frozenset(
    [
        "issued", "issues", "issue", "launched", "launches", "launch", "made", "makes", "make",
        "delivered", "delivers", "voiced", "voices", "expressed", "expresses", "sent", "sends",
        "mounted", "mounts", "renewed", "renews", "repeated", "repeats", "stepped", "gave",
        "gives", "lodged", "lodges", "unveiled", "unveils",
    ]
)  # fmt: skip
LIGHT_REACH = 70  # characters after a light verb read for its object noun


def light_verb(body: str, verb_end: int, stance: str) -> tuple[str, int] | None:
    """(the noun's stance, the noun's end) when the verb ending at ``verb_end`` is a light verb
    whose object is a stance noun; None otherwise."""
    if stance not in ("neutral", "proposes"):
        return None
    word = _LAST_WORD.search(body, max(0, verb_end - 12), verb_end)
    if word is None or word.group(1) not in LIGHT_VERBS:
        return None
    nouns = cues().nouns
    piece = body[verb_end : verb_end + LIGHT_REACH]
    marks = (",", ";", ".", ":", "\n", "“", '"')
    cut = min((piece.find(m) for m in marks if m in piece), default=-1)
    if cut >= 0:
        piece = piece[:cut]
    for match in re.finditer(r"[A-Za-z'’\-]+", piece):
        noun = match.group(0).lower()
        if noun in nouns and nouns[noun] != "supports":
            return nouns[noun], verb_end + match.end()
    return None


# courtesies offered ("offered his congratulations", "offers condolences"): no position
_COURTESY_OFFERED = re.compile(
    r"\s+(?:(?:his|her|its|their|our|my|the|warm|warmest|heartfelt|sincere|deepest|best)\s+)*"
    r"(?:congratulations|condolences|sympathy|sympathies|thanks|best\s+wishes|good\s+wishes|"
    r"greetings|prayers)\b"
)


# a guest welcomed to a place ("welcomed world leaders to the White House", "welcomed him to
# Moscow"): hospitality, no support; not "welcomed the move to cut tariffs" (a verb after "to")
_HOSTED = re.compile(
    r"\s+(?:[\w'’\-]+\s+){1,4}?to\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
    r"(?:\s+(?:for|on|in|at|this|last|,)|[.,;])"
)
_WELCOME = frozenset(["welcome", "welcomed", "welcomes", "welcoming"])


def hosted(body: str, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at ``body[verb_start:verb_end]`` welcomes a guest to a place."""
    return body[verb_start:verb_end].lower() in _WELCOME and bool(_HOSTED.match(body, verb_end))


# worries eased ("sought to ease growing Asian worries about the campaign", "moved to allay
# fears"): a reassurance, no offer on any issue
_REASSURANCE = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:to\s+)?(?:ease|allay|calm|soothe|assuage|quell|dispel)\s+(?:[\w\-’']+\s+){0,3}?"
    r"(?:worries|concerns|fears|anxiety|anxieties|doubts|jitters|nerves)\b"
)


def reassurance(body: str, verb_end: int) -> bool:
    """Whether the words after a verb ending at ``verb_end`` ease worries."""
    return _REASSURANCE.match(body, verb_end) is not None


# a result hailed ("hailed the record streak of job growth", "touted the latest figures"): a
# boast about facts, no support of a policy or another's act
_RESULT_HAILED = re.compile(
    r"\s+(?:(?:the|a|its|his|her|their|our)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:record|streak|growth|figures|numbers|data|statistics|results)\b"
)
_HAIL = frozenset(["hailed", "hails", "hail", "touted", "touts", "tout", "trumpeted", "boasted"])


def hailed_result(body: str, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at ``body[verb_start:verb_end]`` hails a result or a figure."""
    return body[verb_start:verb_end].lower() in _HAIL and bool(_RESULT_HAILED.match(body, verb_end))


# launching campaign material is no position ("Labour has unveiled the four little words that
# will form the heart of its campaign", "unveiled a new poster"); a plan or a campaign to do
# something still proposes
_MATERIAL_VERBS = frozenset(["unveiled", "unveils", "launched", "launches", "floated"])
_MATERIAL = re.compile(
    r"\s+(?:(?:its|their|his|her|the|a|an|new|latest|four|three|two|five|little|short|"
    r"first|campaign|election|party|own)\s+){0,4}"
    r"(?:slogan|slogans|words|logo|logos|poster|posters|advert|adverts|advertisement|"
    r"advertisements|song|mascot|website|motto|jingle|billboard|billboards|brand|catchphrase)\b"
    # a platform or manifesto named with nothing of what it holds ("launched their
    # pre-election platform, with leader Charles Kennedy saying ...")
    r"|\s+(?:(?:its|their|his|her|the|a|an|new)\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"(?:platform|manifesto)\s*(?:[,.;](?!\s+[a-z]+ing\b)|$)"
)
# reporting verbs that with a noun-phrase object report nothing ("maintains a presence",
# "sees a chance", "issued a passport"; not "maintains that", "issued a statement")
_NOT_SPEECH_WITH_OBJECT = frozenset(["maintains", "maintained", "sees", "issued", "issues"])
_HAS_OBJECT = re.compile(r"\s+(?:a|an)\s+(?!statement\b|communique\b|communiqué\b)")
