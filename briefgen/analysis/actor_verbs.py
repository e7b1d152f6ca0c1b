"""The stance verb that follows an actor (``stance_after``), past what stands between them.

An acronym in parentheses, a name particle, a time or place phrase ("Japan on Tuesday urged"),
an appositive ("Germany, an observer at the Arctic Council, is ready"), a role and a name in
apposition ("The French president, Emmanuel Macron, urged"), a named office ("Bangladesh's
Ministry of Commerce said"), a stance noun through a possessive ("Bush's refusal"), a list or
conjunct sharing the verb ("the US and its allies rejected"), and a main subject's second verb
("Russia has been waiting ... and hopes to"). Not the state: its cities, firms or "some EU
countries". What may stand before a main subject (``MAIN_LEADS``) and a forecast before an
actor (``FORECAST_BEFORE``) are named here for the statement steps.
"""

from __future__ import annotations

import re

from briefgen.analysis.date_resolution import MONTH_NAMES
from briefgen.analysis.stance_content import launched_deed
from briefgen.analysis.stance_lexicon import HOLDER_NOUNS, SILENT, cues
from briefgen.analysis.stance_verbs import (
    _COLLECTIVE,
    _LAST_WORD,
    _predicate_after,
    _verb_in,
    _words_from,
)
from briefgen.analysis.verb_objects import (
    _COURTESY_OFFERED,
    _HAS_OBJECT,
    _MATERIAL,
    _MATERIAL_VERBS,
    _NOT_SPEECH_WITH_OBJECT,
    hailed_result,
    hosted,
    light_verb,
    reassurance,
)

# the months' names, the ones the dates' labels are written with ("Japan on 3 March said")
_MONTHS = "|".join(MONTH_NAMES[1:])
_SKIP_AFTER_HOLDER = re.compile(
    r"(?:(?<=\.[A-Z])\.(?!\s+[A-Z]))"  # the last dot of "U.N." (not a sentence end)
    r"|"
    r"(?:\s*\([A-Z][A-Za-z0-9.&\-]{1,12}\))"  # "The World Trade Organisation (WTO)"
    r"|(?:\s+(?:al|el|bin|ibn|abu)-?[A-Z][\w'’]+)"  # "Mohammed Mustafa al-Jibouri"
    # "UNSC resolution 2397, which orders"
    r"|(?:\s+resolutions?\s+(?:No\.?\s*)?\d+(?:,?\s+which)?)"
    # "Japan on Tuesday urged", "The Commerce Department last week announced", "The European
    # Commission on Wednesday (14 May) proposed"
    r"|(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+\((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\))?(?=\s))"
    r"|(?:\s+(?:last|this|earlier\s+this|later\s+this)\s+(?:week|month|year)(?=\s))"
    # "Ukraine's cabinet on Nov. 12 approved", "Japan on 3 March said"
    r"|(?:\s+on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:" + _MONTHS + r"))(?=[\s,]))"
    # "The Foreign Office in Berlin said", "the Chinese embassy in Canberra said", "The Iranian
    # mission to the United Nations said"
    r"|(?:\s+in\s+[A-Z][a-z]+(?=\s+[a-z]))"
    r"|(?:\s+(?:to|at)\s+(?:the\s+)?(?:United\s+Nations|U\.N\.|UN|EU|European\s+Union|NATO|WTO|"
    r"IAEA)(?=\s+[a-z]))"
    # "Vikram Misri in a news briefing in New Delhi accused", "Iran in a statement said"
    r"|(?:\s+(?:in|at)\s+(?:a|an|his|her|its|their|the)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:briefing|conference|statement|interview|speech|address)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?(?=\s+[a-z]))"
    # "The United States and its allies have demanded"
    r"|(?:\s+and\s+(?:its|their|other)\s+(?:[a-z]+\s+)?"
    r"(?:allies|partners|neighbours|neighbors|counterparts|members))"
)
# "The French president, Emmanuel Macron, urged": a name in apposition to a role
_NAME_APPOSITIVE = re.compile(r",\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3},(?=\s)")
# a named office after a possessive: "Ministry of Water Resources", "Office for Kosovo and
# Metohija", "Directorate General of Foreign Trade"
_NAMED_OFFICE = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){0,2}(?:Ministry|Department|Office|Directorate|Agency|Commission|"
    r"Council)(?:\s+General)?\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’\-]*(?:\s+(?:and|of|&)?\s*[A-Z][\w'’\-]*){0,5}"
)
_LOCATIVE = re.compile(r"\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?")
# role words after an actor ("A senior US official, speaking on condition of anonymity, said")
_ROLE_TAIL = re.compile(r"(?:\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(HOLDER_NOUNS)) + r")\b)+")
# ", Afghanistan's envoy to the United Nations in Geneva, said"; ", which disputes the claim, has"
# an appositive opens lower-case or with a possessive ("..., Kosovo's closest ally, was")
_APPOSITIVE = re.compile(r",\s+(?=[a-z]|[A-Z][\w\-]*['’]s\s)[^,;:.!?\"“”()\n]{3,120}?,(?=\s)")
_AND_VERB = re.compile(r"\band\s+")
ROLE_NOUNS = (
    "minister|envoy|ambassador|spokesman|spokeswoman|spokesperson|negotiator|official|"
    "representative|secretary|president|leader|adviser|advisor|delegate|commissioner"
)
# a role phrase after an actor, then a comma and (optionally) the name and a second comma
_ROLE_APPOSITIVE = re.compile(
    r"(?:'s|’s)?(?: [a-z\-]+){0,2}? (?:" + ROLE_NOUNS + r")\b[^,;:.!?\"“”()\n]{0,80}?,"
    r"(?: [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3},)?(?= )"
)
_QUANTIFIER_BEFORE = re.compile(
    r"\b(?:some|several|many|most|few|other|two|three|four|five|six|seven|eight|nine|ten|"
    r"a number of|a handful of|a few|certain|individual)\s+(?:of\s+the\s+)?$",
    re.IGNORECASE,
)


# what may stand before a sentence's main subject ("But Russia has been waiting ... and hopes")
MAIN_LEADS = frozenset({"", "But", "And", "The", "Yet", "Meanwhile,", "However,", "So"})
MAIN_LEAD_WINDOW = 2 + max(len(lead) for lead in MAIN_LEADS) + 4  # quotes and spaces around it
# "more likely that the Federal Reserve will raise rates", "expectations that X will": a forecast
FORECAST_BEFORE = re.compile(
    r"\b(?:likely|unlikely|expect\w*|forecast\w*|predict\w*|speculation|chances?|odds|bets?)\b"
    r"[^.;:!?]{0,60}$"
)


def _participle(body: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` is an -ing form ("..., saying"): not finite."""
    return body[max(0, verb_end - 3) : verb_end] == "ing"


def stance_after(
    body: str, end: int, limit: int, main_subject: bool = True, start: int | None = None
) -> tuple[str, int, bool] | None:
    """(stance, verb end, negated) when a stance verb follows an actor ending at ``end``; a
    light verb takes the stance of its object noun ("issued a warning" warns)."""
    found = _stance_after(body, end, limit, main_subject, start)
    if start is not None and body[max(0, start - 5) : start].lower() == "what ":
        return None  # "what Obama says and promises is the baseline": a free relative, a noun
    if found is not None and found[0] == "supports":
        verb = _LAST_WORD.search(body, max(0, found[1] - 12), found[1])
        if verb is not None and hosted(body, verb.start(1), found[1]):
            return None  # "who welcomed world leaders to the White House": hospitality
        if verb is not None and hailed_result(body, verb.start(1), found[1]):
            return "neutral", found[1], found[2]  # "hailed the record streak of job growth"
    if found is not None and found[0] == "proposes" and reassurance(body, found[1]):
        return "neutral", found[1], found[2]  # "sought to ease growing Asian worries"
    if found is not None and found[0] == "proposes" and _COURTESY_OFFERED.match(body, found[1]):
        return None  # "John Howard also offered his congratulations": a courtesy, no position
    if found is not None and found[0] == "proposes" and _MATERIAL.match(body, found[1]):
        verb = _LAST_WORD.search(body, max(0, found[1] - 12), found[1])
        if verb is not None and verb.group(1) in _MATERIAL_VERBS:
            return "neutral", found[1], found[2]  # "has unveiled the four little words"
    if found is not None and found[0] == "proposes" and launched_deed(body, found[1]):
        return "neutral", found[1], found[2]  # "launched a crackdown on": a deed, no proposal
    if found is not None:
        light = light_verb(body, found[1], found[0])
        if light is not None:
            return light[0], light[1], found[2]
        if found[0] == "neutral" and _HAS_OBJECT.match(body, found[1]):
            verb = _LAST_WORD.search(body, max(0, found[1] - 12), found[1])
            if verb is not None and verb.group(1) in _NOT_SPEECH_WITH_OBJECT:
                return None  # "China maintains a near-daily military presence": no statement
    return found


# what may stand before a possessive holder whose role appositive is read ("Russia's ambassador
# to the UN, Vassily Nebenzia, rejected"): a comma or the start of a sentence
_OPENS_OR_COMMA = re.compile(r"(?:^|[.!?\n]\s*|,\s*|^\s*)[\"“]?$")


def _verb_after_time(
    body: str, words: list[tuple[str, int, bool]], limit: int
) -> tuple[str, int, bool] | None:
    """The verb after an office and a time phrase: "China's foreign ministry on Monday said",
    "Japan's trade ministry last week announced"."""
    office = 0
    while office < min(len(words), 4) and words[office][0] in HOLDER_NOUNS:
        office += 1
    if not office or office == len(words) or words[office][0] not in ("on", "last", "this"):
        return None
    skip = _SKIP_AFTER_HOLDER.match(body, words[office - 1][1], limit)
    return _verb_in(_words_from(body, skip.end(), limit, 6)) if skip else None


# the modifiers a possessive's office may carry: "Pakistan's top political and military leaders"
_OFFICE_MODIFIERS = 4


def _verb_after_modified_office(
    body: str, words: list[tuple[str, int, bool]], limit: int
) -> tuple[str, int, bool] | None:
    """The verb after a possessive's office whose modifiers are coordinated ("Pakistan's top
    political and military leaders on Wednesday condemned"): up to _OFFICE_MODIFIERS
    lower-case modifiers joined by one "and", then the office words, then the verb as after
    any office; None when a modifier may be a verb or the office words never come."""
    cue = cues()
    joined = False
    for index, (word, _end, comma) in enumerate(words[: _OFFICE_MODIFIERS + 1]):
        if comma:
            return None
        if word in HOLDER_NOUNS:
            if not joined:
                return None  # (no "and": the usual reading already failed)
            rest = words[index:]
            return _verb_in(rest) or _verb_after_time(body, rest, limit)
        if word == "and" and index and not joined:
            joined = True
            continue
        if word in cue.verb_first or word in cue.aux or not word.isalpha():
            return None
    return None


def _possessive(body: str, end: int) -> int:
    """The length of a possessive ending at ``end``: 2 for "'s", 1 for the bare apostrophe
    of a name ending in s ("Abbas' government"), 0 for none."""
    if body[end : end + 2] in ("'s", "’s"):
        return 2
    if body[end : end + 1] in ("'", "’") and body[end - 1 : end] == "s":
        return 1 if body[end + 1 : end + 2] == " " else 0
    return 0


# a belief or speech verb right before a possessive holder: the stance noun after it ("X's
# refusal") stands in the complement clause of another subject's belief or report
_HELD_BY_OTHER = re.compile(
    r"\b(?:believes?|believed|believing|thinks?|thought|says?|said|saying|argues?|argued|"
    r"arguing|claims?|claimed|feels?|felt|fears?|feared|suggests?|suggested|insists?|insisted|"
    r"told\s+[A-Za-z]+|tells\s+[A-Za-z]+)\s+(?:that\s+)?(?:the\s+)?$"
)


# after a stance noun that can be a verb ("calls", "plans"), an object that makes it the verb
# ("calls Indian action", "plans a visit"), not a preposition or clause of the noun ("calls
# for", "plans to")
_VERB_USE_AFTER = re.compile(
    r"\s+(?!(?:for|to|of|on|from|that|by|in|at|with|against|over|about|and|or|is|are|was|"
    r"were|has|have|had|will|would|could|may|might)\b)(?:[A-Z][\w'’\-]*|a|an|the|his|her|its|"
    r"their)\b"
)
# a country's people, places and firms are not its government: "US states and cities are also
# pursuing their own clean-energy agendas"
_NOT_THE_STATE = frozenset(
    [
        "cities",
        "provinces",
        "regions",
        "companies",
        "firms",
        "businesses",
        "citizens",
        "residents",
        "voters",
        "lawmakers",
        "people",
        "consumers",
        "investors",
        "banks",
        "farmers",
        "workers",
        "students",
        "fans",
    ]
)


def _stance_after(
    body: str, end: int, limit: int, main_subject: bool = True, start: int | None = None
) -> tuple[str, int, bool] | None:
    """(stance, verb end, negated) when a stance verb follows an actor ending at ``end``.

    Skips an acronym in parentheses, a name particle ("al-Jibouri") and an appositive
    between commas; reads "X's refusal/support/plan" through the possessive; and takes the
    second verb of "X has been waiting ... and hopes to".
    """
    cue = cues()
    listed = _LIST_REST.match(body, end, limit)
    if start is not None and listed and _INCLUDING_BEFORE.search(body, max(0, start - 80), start):
        # "Kyiv's European allies, including France's Emmanuel Macron and Germany's Friedrich
        # Merz, condemned the strikes": the members named take the group's verb
        found = _verb_in(_words_from(body, listed.end(), limit, 6))
        if found is not None:
            return found
    skip = _SKIP_AFTER_HOLDER.match(body, end, limit)
    if skip:
        end = skip.end()
    possessive = _possessive(body, end)
    if possessive:
        role = _ROLE_APPOSITIVE.match(body, end, limit)
        if role and start is not None and _OPENS_OR_COMMA.search(body, max(0, start - 3), start):
            found = _verb_in(_words_from(body, role.end(), limit, 6))
            if found is not None:
                return found
        office = _NAMED_OFFICE.match(body, end + possessive, limit)
        if office:  # "Bangladesh's Ministry of Commerce said", "Serbia's Office for Kosovo"
            found = _verb_in(_words_from(body, office.end(), limit, 8))
            if found is not None:
                return found
            return _after_apposition(body, office.end(), limit, None)
        words = _words_from(body, end + possessive, limit, 8)
        for index, (word, word_end, _comma) in enumerate(words[:3]):
            if word in cue.nouns and index and _VERB_USE_AFTER.match(body, word_end):
                break  # "Pakistan's prime minister calls Indian action an 'act of war'": the
                # word is the office holder's verb, not a noun of the state's
            if word in cue.nouns:
                if start is not None and _HELD_BY_OTHER.search(body, max(0, start - 40), start):
                    return None  # "The prime minister is said to believe the United States'
                    # refusal to sign ... is undermining": another's belief, not a US statement
                return cue.nouns[word], word_end, False
            if word not in HOLDER_NOUNS and word not in cue.aux:
                break
        if words and words[0][0] in cue.verb_first and words[0][0] not in HOLDER_NOUNS:
            return None  # "Madagascar's disputed election": a participle before a noun
        # "Thailand's deputy foreign minister, Somchai Rattanakorn, told"
        found = _verb_in(words)
        if found is None and words and words[0][0] in HOLDER_NOUNS:
            found = _verb_after_time(body, words, limit)  # "China's foreign ministry on Monday"
        if found is None and any(w == "and" for w, _e, _c in words[1:_OFFICE_MODIFIERS]):
            found = _verb_after_modified_office(body, words, limit)
        return found or _after_apposition(body, end + possessive, limit, None)
    words = _words_from(body, end, limit, 8)
    if words and (
        words[0][0] in _NOT_THE_STATE
        or (words[0][0] == "states" and len(words) > 1 and words[1][0] == "and")
    ):
        return None  # "US states and cities are pursuing": not the state's government
    if (
        words
        and words[0][0] in _COLLECTIVE
        and start is not None
        and _QUANTIFIER_BEFORE.search(body, max(0, start - 24), start)
    ):
        return None  # "some EU countries oppose": not the body's position
    found = _verb_in(words) or _predicate_after(body, end, limit)
    if found is not None:
        return found
    conjunct = _PERSON_CONJUNCT.match(body, end, limit)
    if conjunct is not None:
        # "Mr Musharraf and caretaker premier Mohammedmian Soomro condemned the blast": the
        # two subjects share the verb
        words = _words_from(body, conjunct.end(), limit, 6)
        found = _verb_in(words) if words and words[0][0] not in ("in", "turn") else None
        if found is not None:  # (not "the US and Australian Opens in offering")
            return found
    group = _GROUP_CONJUNCT.match(body, end, limit) if body.startswith(" and ", end) else None
    if group is not None:
        # "The UN and other aid organisations have condemned the decision", "the US and its
        # allies rejected": the named actor shares the verb of the group it heads
        found = _verb_in(_words_from(body, group.end(), limit, 6))
        if found is not None:
            return found
    role = _ROLE_APPOSITIVE.match(body, end, limit)
    if role:
        # "European Union ambassador to the WTO, Carlo Trojan, said"; "Afghanistan's envoy to
        # the United Nations in Geneva, said"
        found = _verb_in(_words_from(body, role.end(), limit, 6))
        if found is not None and not _participle(body, found[1]):
            return found
    return _after_apposition(body, end, limit, start) or _second_verb(
        body, end, limit, words if main_subject else []
    )


# "and" then a person named with at most three lower-case title words before the name
_PERSON_CONJUNCT = re.compile(
    r"\s+and\s+(?:[a-z]+\s+){0,3}?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
    r"(?=\s+[a-z])"
)
# "and" then a group the actor belongs to: "and other aid organisations", "and its allies"
_GROUP_CONJUNCT = re.compile(
    r"\s+and\s+(?:other|its|their|fellow)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+s\b(?=\s+[a-z])"
)
_LIST_REST = re.compile(r"(?:\s+and\s+[^,;:.!?\"“”]{1,60}?)?,")
_INCLUDING_BEFORE = re.compile(r",\s+(?:including|among\s+them|notably)\s+[^,;:.!?\"“”]*$")


def _after_apposition(
    body: str, end: int, limit: int, start: int | None
) -> tuple[str, int, bool] | None:
    """The verb after an appositive: ", which disputes the claim, has", role words and a
    name in apposition (", Emmanuel Macron, urged" after "The French president")."""
    tail = _ROLE_TAIL.match(body, end, limit)
    if tail:
        end = tail.end()
        place = _LOCATIVE.match(body, end, limit)  # "An EU spokesman in Washington dismissed"
        if place:
            found = _verb_in(_words_from(body, place.end(), limit, 6))
            if found is not None and not _participle(body, found[1]):
                return found
    if body[end : end + 1] != ",":
        return None
    apposition = _APPOSITIVE.match(body, end, limit)
    if apposition and "according to" not in apposition.group(0):
        # "Germany, an observer at the Arctic Council, is ready to support"
        found = _verb_in(_words_from(body, apposition.end(), limit, 8)) or _predicate_after(
            body, apposition.end(), limit
        )
        if found is not None and not _participle(body, found[1]):
            return found
    role_last = (tail is not None) or (
        start is not None and body[start:end].rsplit(" ", 1)[-1].lower() in HOLDER_NOUNS
    )
    name = _NAME_APPOSITIVE.match(body, end, limit) if role_last else None
    if name:
        found = _verb_in(_words_from(body, name.end(), limit, 6))
        if found is not None and not _participle(body, found[1]):
            return found
    return None


def _second_verb(
    body: str, end: int, limit: int, words: list[tuple[str, int, bool]]
) -> tuple[str, int, bool] | None:
    """The second verb of a main subject: "Russia has been waiting ... and hopes to"."""
    cue = cues()
    if words and words[0][0] in cue.aux and not words[0][2]:
        stop = limit
        for mark in (",", ";", "“", '"', " but "):
            at = body.find(mark, end, min(limit, end + 160))
            if 0 <= at < stop:
                stop = at
        for match in _AND_VERB.finditer(body, end, min(stop, end + 160)):
            found = _verb_in(_words_from(body, match.end(), stop, 6))
            if found is not None and found[0] not in ("neutral", SILENT):
                return found
            break
    return None
