"""Which stance verb a run of words after an actor opens with (``_verb_in``), and its stance.

Past auxiliaries, adverbs, negations and office words ("has also", "foreign ministry") to the
first stance verb of the lexicon; none after a be-form's passive ("is expected to"), a comma,
a forecast or a deliberation ("is to look at"); "is to give" proposes, "is to speak" is a
schedule; "has begun its own moratorium" and "will prolong" are acts; "will not send" refuses.
Also a predicate after a be-form (``_predicate_after``: "is a staunch backer of") and whether a
verb is an intended act (``future_act``).
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.analysis.stance_lexicon import HOLDER_NOUNS, cues
from briefgen.model import AGAINST


@cache
def _predicate_pattern() -> re.Pattern[str]:
    """A be-form, then a predicate: "X is an enthusiastic proponent of", "X was not ready to"."""
    cues_ = sorted(cues().predicates or {}, key=len, reverse=True)
    return re.compile(
        r"\s+(?:(?:has|have|had)\s+(?:long\s+|always\s+)?been|is|are|was|were|remains?|remained)"
        r"\s+(?P<neg>not\s+|no\s+longer\s+)?"
        r"(?:(?:also|still|now|firmly|strongly|very|more|increasingly|fully|deeply|so|"
        r"[a-z]{3,}ly)\s+){0,2}"
        r"(?:(?:an?|the|one\s+of\s+the)\s+(?:[a-z\-]+\s+){0,2}?)?"
        r"(?P<cue>" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues_) + r")\b"
    )


def _predicate_after(body: str, end: int, limit: int) -> tuple[str, int, bool] | None:
    """The stance of a predicate right after an actor ("... is a staunch backer of")."""
    match = _predicate_pattern().match(body, end, limit)
    if not match:
        return None
    stance = (cues().predicates or {})[" ".join(match.group("cue").lower().split())]
    return stance, match.end(), match.group("neg") is not None


# (an opening quotation mark may stand before a word: 'China expressed “regret” over')
_NEXT_WORD = re.compile(r"([\s,]*(?<=\s)[\"“‘]?|[\s,]*)([A-Za-z]+(?:-[A-Za-z]+)*(?:'t|’t)?)")
_QUOTE_MARKS = ('"', "“", "‘")


def _words_from(body: str, pos: int, limit: int, count: int) -> list[tuple[str, int, bool]]:
    """The next ``count`` words from ``pos``: (lower-case word, its end, whether a comma or an
    opening quotation mark stands before it). A quoted word is read as a word after a comma
    is: it completes a verb phrase ("expressed “regret”"), it is never the actor's own verb
    ('the prime minister "claimed ignorance"', the paper's word)."""
    words: list[tuple[str, int, bool]] = []
    while pos < limit and len(words) < count:
        match = _NEXT_WORD.match(body, pos, limit)
        if not match:
            break
        gap = match.group(1)
        words.append(
            (match.group(2).lower(), match.end(), "," in gap or gap.endswith(_QUOTE_MARKS))
        )
        pos = match.end()
    return words


# "will not"/"would not"/"won't" + a verb: a refusal; not a forecast of a state ("would not
# be able"), nor silence ("would not comment" is listed as such)
_WILL = frozenset(["will", "would", "shall", "won't", "wouldn't", "shan't", "won’t", "wouldn’t"])
_NO_REFUSAL = frozenset(
    ["be", "have", "get", "become", "know", "need", "like", "want", "expect", "happen", "allow"]
)

# after a perfect action an object must follow: "has begun its own moratorium", not "hunts
# have begun on the last day" or "a bid has begun in the Court of Appeal"
_NOT_AN_OBJECT = frozenset(
    ["in", "on", "at", "for", "with", "by", "to", "from", "after", "before", "since", "as", "and"]
)
_BE = frozenset(["is", "are", "was", "were", "been", "being", "be"])
# participles that after "is" describe the subject's own stance ("Russia is opposed to")
_STATIVE = frozenset(["opposed", "committed", "agreed", "prepared", "determined", "pledged"])


def _passive(verb: str) -> bool:
    """Whether a verb after a form of "be" is a passive participle (someone else's act)."""
    return verb not in _STATIVE and (verb.endswith(("ed", "en")) or verb in _IRREGULAR)


_IRREGULAR = frozenset(["told", "said", "held", "sought", "thought", "made", "set", "put"])
_COLLECTIVE = frozenset(["nations", "countries", "states", "members", "member", "governments"])


_SCHEDULED = frozenset([("is", "to"), ("are", "to")])


def _scheduled_act(
    words: list[tuple[str, int, bool]], at: int, negated: bool
) -> tuple[str, int, bool] | None:
    """ "Britain is to give a grant", "Turkey is to relaunch its currency" propose; "is to back"
    takes the verb's own stance; "Yushchenko is to speak", "the minister is to visit Seoul"
    are a schedule, no stance."""
    if at >= len(words):
        return None
    word, end, _comma = words[at]
    if word in cues().scheduled or word == "be":
        return None  # a schedule, or "Labour is to be investigated": done to the subject
    stance = cues().verbs.get((word,))
    if stance in ("supports", "demands") or stance in AGAINST:
        return stance, end, negated
    return "proposes", end, negated


# state media speak for their government: "official newspaper", "state-run daily"
_STATE_MEDIA = frozenset(
    ["newspaper", "media", "daily", "paper", "broadcaster", "television", "tv", "radio"]
)
_STATE_MARKS = frozenset(["official", "state", "state-run", "state-owned", "run"])


def _after_be(words: list[tuple[str, int, bool]], at: int, aux: frozenset[str]) -> bool:
    """Whether a form of "be" stands before word ``at``, past adverbs and auxiliaries ("was
    also asked", "has been repeatedly criticised")."""
    j = at - 1
    while j >= 0 and words[j][0] not in _BE and (words[j][0] in aux or words[j][0].endswith("ly")):
        j -= 1
    return j >= 0 and words[j][0] in _BE


# offices between an actor and its verb that are no government voice (issue 15: courts,
# prosecutors and police give no country a position)
_NOT_GOVERNMENT_WORDS = frozenset(
    ["fraud", "prosecutor", "prosecutors", "prosecution", "police", "court", "statistics"]
)


_FORECAST_VERBS = frozenset([("expected",), ("predicted",)])


# "was quick to condemn", "were swift to welcome": how soon the actor took its stance
_PROMPT = frozenset(["quick", "swift"])


_NAMING = frozenset({"call", "calls", "called", "calling"})
_NAMING_REACH = 5  # words between "called" and the "a"/"an" of what it calls them


def _names_as(words: list[tuple[str, int, bool]], at: int) -> bool:
    """Whether "called" at ``at`` names something as something ("called the strikes an act of
    war"): an "a"/"an" after its object within a few words, no comma and no particle ("called
    for", "called off") before it; not "called a meeting"."""
    following = words[at + 1 : at + 2 + _NAMING_REACH]
    for i, (word, _end, after_comma) in enumerate(following):
        if after_comma or word in _NOT_NAMING:
            return False
        if word in ("a", "an"):
            return i > 0  # (not "called a meeting": convened it)
    return False


# (a particle; a person named so is a tribute or an insult, no state's view of an issue:
# "called him a 'giant' of the Labour movement")
_NOT_NAMING = frozenset(
    {"for", "on", "upon", "off", "in", "up", "back", "out", "to", "with", "by", "at", "from"}
    | {"him", "her", "them", "me", "you", "us"}
)


# words in "-ly" that are no adverb of manner ("is likely to", "an early vote")
_NOT_MANNER = frozenset(
    [
        "likely",
        "unlikely",
        "only",
        "early",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "family",
        "italy",
        "july",
        "ally",
        "rally",
        "reply",
        "supply",
        "apply",
        "assembly",
        "friendly",
        "deadly",
        "costly",
        "elderly",
        "holy",
        "fly",
        "jointly",
    ]
)


def _adverb(word: str) -> bool:
    """Whether ``word`` is an adverb of manner ("sharply", "angrily")."""
    return len(word) > 4 and word.endswith("ly") and word not in _NOT_MANNER


def _phrase_past_adverb(
    words: list[tuple[str, int, bool]], i: int, longest: int
) -> tuple[int, str | None]:
    """The longest listed phrase opening at word ``i`` once one adverb in "-ly" inside it is
    passed over ("spoke out sharply against"), as (words spanned, stance); (0, None) when
    there is none."""
    verbs = cues().verbs
    for skip in range(i + 1, min(i + longest, len(words) - 1)):
        if not _adverb(words[skip][0]) or words[skip][2]:
            continue
        rest = words[i:skip] + words[skip + 1 : i + longest + 1]
        for size in range(min(longest, len(rest)), skip - i, -1):
            stance = verbs.get(tuple(w for w, _e, _c in rest[:size]))
            if stance:
                return size + 1, stance
    return 0, None


def _verb_in(words: list[tuple[str, int, bool]]) -> tuple[str, int, bool] | None:
    """The stance verb the words open with (after auxiliaries, adverbs, holder nouns)."""
    cue = cues()
    negated = False
    for i, (word, _end, after_comma) in enumerate(words):
        if word == "states" and i and words[i - 1][0] == "member":
            continue  # "EU member states are failing": a noun, not "states" (says)
        longest = cue.verb_first.get(word, 0)
        adverbed = (0, None)
        if (
            longest > 1
            and i + 2 < len(words)
            and (words[i + 1][0].endswith("ly") or words[i + 2][0].endswith("ly"))
            and word not in cue.aux
            and any(_adverb(w) for w, _e, _c in words[i + 1 : i + longest])
        ):
            # an adverb inside a phrasal verb: "spoke out sharply against" is "spoke out
            # against", "lashed out angrily at" is "lashed out at"
            adverbed = _phrase_past_adverb(words, i, longest)
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(w for w, _e, _c in words[i : i + size])
            stance = cue.verbs.get(key)
            if adverbed[1] is not None and adverbed[0] > size:
                size, stance = adverbed
                key = (word,)
            if stance:
                if (
                    stance == "neutral"
                    and i
                    and words[i - 1][0] in ("have", "has", "had")
                    and key[0].endswith("s")
                    and not key[0].endswith("ss")
                ):
                    return None  # "Vietnam and Malaysia have claims in the area": a present
                    # form after "have" is a noun, what the states hold, no statement ("has
                    # plans to" still proposes: the noun's own stance)
                if i and words[i - 1][0] == "in" and not word.endswith("ing"):
                    return None  # "an America in decline", "a nation in denial": a noun after
                    # a preposition ("in" is an auxiliary only of "in turn"; "joined France in
                    # rejecting the text" is the joiner's act)
                if _after_be(words, i, cue.aux) and _passive(key[0]):
                    rest = [w for w, _e, _c in words[i + size : i + size + 2]]
                    if stance == "neutral" and rest == ["to", "have"]:
                        # "G8 ministers are also believed to have agreed": the act reported
                        return _verb_in(words[i + size + 2 :])
                    return None  # "China is expected to face", "he was also asked"
                if after_comma:
                    return None  # "impatient with the US, saying": the verb is not the actor's
                if key[-1] == "to" and i + size < len(words) and words[i + size][0] in DELIBERATE:
                    return None  # "the IMF is to look at a proposal": no stance yet
                if key in _SCHEDULED:
                    return _scheduled_act(words, i + size, negated)
                if (
                    key in _FORECAST_VERBS
                    and i + size < len(words)
                    and words[i + size][0] == "to"
                    and not words[i + size][2]
                ):
                    return None  # "With Mr Bush expected to step up his rhetoric": a forecast
                return stance, words[i + size - 1][1], negated
        if word in _NAMING and not after_comma and _names_as(words, i):
            return "neutral", words[i][1], negated  # "calls Indian action an 'act of war'":
            # the clause after it states the stance, as after "called it"
        if (
            word in cue.perfect_acts
            and not after_comma
            and any(w in ("has", "have") for w, _e, _c in words[:i])
            and i + 1 < len(words)
            and not words[i + 1][2]
            and words[i + 1][0] not in _NOT_AN_OBJECT
            and not words[i + 1][0].endswith("ing")  # "has begun incorporating sales": an act
        ):
            return "supports", words[i][1], negated  # "Canada has begun its own moratorium"
        if (
            word in cue.future_acts
            and not after_comma
            and any(w in ("will", "shall") for w, _e, _c in words[:i])
        ):
            return "proposes", words[i][1], negated  # "Moscow will prolong the cuts"
        if (
            negated
            and word not in cue.aux
            and word not in _NO_REFUSAL
            and any(w in _WILL for w, _e, _c in words[:i])
            and not after_comma
        ):
            # "Riyadh would not reopen its embassy", "Japan will not send troops": a refusal
            return "rejects", words[i][1], False
        if word in _NOT_GOVERNMENT_WORDS:
            return None  # "Britain's Serious Fraud Office said": prosecutors, no government voice
        if word in cue.negations or word.endswith(("n't", "’t")):
            negated = True
        elif (word in HOLDER_NOUNS or word in _COLLECTIVE) and not after_comma:
            pass  # "G7 finance ministers have backed", "Russia's president has defended"
        elif word in _STATE_MEDIA and i and words[i - 1][0] in _STATE_MARKS and not after_comma:
            pass  # "North Korea's official newspaper blasted", "China's state media said"
        elif (
            not after_comma
            and word not in cue.verb_first
            and any(w in HOLDER_NOUNS and not comma for w, _e, comma in words[i + 1 : i + 3])
        ):
            pass  # "China's commerce ministry said", "Russia's federal fisheries agency has"
        elif (
            word in _PROMPT
            and i
            and words[i - 1][0] in _BE
            and i + 1 < len(words)
            and words[i + 1][0] == "to"
            and not after_comma
        ) or (word == "to" and i and words[i - 1][0] in _PROMPT):
            pass  # "Bush was quick to condemn the attack": the verb after it is the stance
        elif word not in cue.aux and not (word.endswith("ly") and len(word) > 4):
            return None
        if i >= 4:
            return None  # at most 4 words between the actor and its verb
    return None


DELIBERATE = frozenset(
    [
        "look",
        "consider",
        "study",
        "review",
        "examine",
        "discuss",
        "debate",
        "decide",
        "meet",
        "visit",
        "assess",
        "weigh",
    ]
)


_LAST_WORD = re.compile(r"([a-z]+)$")


def future_act(body: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` is an intended act ("will prolong")."""
    word = _LAST_WORD.search(body, max(0, verb_end - 20), verb_end)
    return word is not None and word.group(1) in cues().future_acts
