"""Does a line lean on its story for who or what it means?

A brief's line is read without its story, so a line whose subject is a pronoun ("He said",
"This was"), a definite noun that points back to something named earlier ("The firm", "The
move", "the two banks", "the rules"), "another" ("bought out another partner") or a person
given only as "Mr Kennedy" does not read on its own. These checks are rules of English, shared
by the summary, the timeline, what to watch and the open questions.
"""

from __future__ import annotations

import re

from briefgen.analysis.mentions import speech_alternation

# nouns that, after "the"/"this"/"that", point back to an organisation, a person or a measure
# the story named earlier: out of its story the reader cannot tell which one is meant
_HEADS = (
    "firm|firms|company|companies|group|groups|bank|banks|lender|lenders|airline|airlines|"
    "carrier|brewer|retailer|carmaker|insurer|operator|business|businesses|"
    "move|moves|deal|deals|agreement|plan|plans|proposal|proposals|scheme|rules|measure|"
    "measures|bill|decision|offer|bid|takeover|merger|sale|report|study|survey|tour|"
    "latter|former|pair|partner|partners|club|board|team|lawyers|officials|authorities|"
    "agency|ministry|minister|man|woman|men|women|couple|executive|executives|chief|boss|"
    "spokesman|spokeswoman|official|amnesty|law|legislation|reform|reforms|package|changes|"
    "policy|programme|project|treaty|accord|pact|ruling|verdict|inquiry|probe|review|ban|"
    "issue|gathering|comments|remarks"
)
_NUMBER = r"(?:two|three|four|five|both|\d+)"
# up to two modifiers that name no one: "new", "South African", "British" ("The Lyons review"
# names its review)
_MODIFIERS = r"(?:(?:[a-z][\w-]*|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ish|ese|ch|i))\s+){0,2}"
# "The firm", "The two banks", "This move", "The South African group" opening a sentence
_ANAPHORIC_SUBJECT = re.compile(
    rf"^\s*(?:(?:The|This|That|These|Those)\s+(?:{_NUMBER}\s+)?{_MODIFIERS}(?:{_HEADS})"
    rf"|Both\s+(?:{_HEADS})|Another\b|Such\b)(?![\w'’-])(?!\s+of\b)"
)
# the same anywhere in a line (for a question, whose words are all the reader has)
_ANAPHORIC_ANYWHERE = re.compile(
    rf"\b(?:the|this|that|these|those)\s+(?:{_NUMBER}\s+)?(?:{_HEADS})(?![\w'’-])(?!\s+of\s+[A-Z])"
    r"|\banother\s+(?:partner|firm|company|bank|deal)\b",
    re.IGNORECASE,
)
# a pronoun (or a demonstrative standing alone) as the subject
_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:He|She|They|It|We|I|You|Its|Their|His|Her"
    r"|(?:This|That|These|Those)(?=\s+(?:is|was|are|were|will|would|has|had|have|could|can|"
    r"may|might|should|came|comes|meant|means|made|led|[a-z]+ed|[a-z]+s)\b))(?![\w'’-])"
)
# a person by honorific and surname only, opening the line: "Mr Kennedy's tour comes as he"
_HONORIFIC_ONLY = re.compile(r"^\s*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:'s|’s)?\s")
# "X comes as ...": a sentence that ties its story to a previous one ("The move comes as")
_COMES_AS = re.compile(r"\b(?:comes|came)\s+(?:as|after|amid|days|weeks|a\s+day)\b")


def dangling_subject(text: str) -> bool:
    """Does ``text`` open on a subject the reader cannot resolve: a pronoun, a definite noun
    pointing back ("The firm returned to profit"), "another", "such"?"""
    return bool(_PRONOUN_SUBJECT.match(text) or _ANAPHORIC_SUBJECT.match(text))


def anaphoric_phrase(text: str) -> re.Match[str] | None:
    """The first noun phrase of ``text`` that points back into its story ("the rules", "the
    future of the airline", "the two banks"), or None."""
    return _ANAPHORIC_ANYWHERE.search(text)


# a complement after a noun that points back tells which one it is: "the plans for
# pensioners", "The deal to open formal talks with Ankara"
_TELLS_WHICH = re.compile(
    r"\s+(?:for|to|on|of|that|with|over|from|between|against|in|by|which|who)\b|\s*[,(]"
)


def points_back(text: str) -> bool:
    """Does ``text`` hold a noun pointing back into its story with nothing after it saying
    which one ("Mr Howard said the changes should be carried out", "in line with the rules
    until 15 July")?"""
    return any(not _TELLS_WHICH.match(text, m.end()) for m in _ANAPHORIC_ANYWHERE.finditer(text))


_WORD = re.compile(r"[\w'’-]+")
_VERBISH = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "said",
        "says",
        "do",
        "does",
        "did",
    ]
)


def possessive_before_verb(text: str) -> bool:
    """Does a possessive "its"/"their" come before the line's first verb, inside its subject,
    where nothing it could stand for has been named ("An independent inquiry into its
    findings, the Lyons review, is due to report")?"""
    for word in _WORD.findall(text)[1:]:
        low = word.lower()
        if low in ("its", "their"):
            return True
        if low in _VERBISH or low.endswith(("ed", "s")) or word[:1].isupper():
            return False  # a verb (or a name the possessive may stand for) comes first
    return False


# words after "this"/"that" that make a time, not a pointer back: "this year", "that day"
_TIME_NOUNS = frozenset(
    [
        "year",
        "week",
        "month",
        "day",
        "morning",
        "afternoon",
        "evening",
        "night",
        "time",
        "season",
        "quarter",
        "spring",
        "summer",
        "autumn",
        "winter",
        "weekend",
        "decade",
        "century",
    ]
)


_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"])


def _verb_in_s(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a present verb in -s after a noun ("term as president ends on")?"""
    word, prev = words[i], words[i - 1].lower()
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s"))
        and prev not in _DETERMINERS
        and prev not in ("that", "this", "those", "these", "of", "from", "in", "on", "for")
    )


def demonstrative_before_verb(text: str) -> bool:
    """Does a demonstrative noun phrase stand in the line's subject, before its first verb,
    pointing back to something told before ("The death toll from that strike had risen",
    "Those talks were")? A time ("this year") points nowhere."""
    words = _WORD.findall(text)
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if i and (low in _VERBISH or low.endswith(("ed", "ing")) or _verb_in_s(words, i)):
            return False  # the verb comes first: "said that ..." is a conjunction
        if low in ("that", "this", "those", "these"):
            nxt = words[i + 1].removesuffix("'s").removesuffix("’s")
            if nxt[:1].islower() and nxt not in _VERBISH | _TIME_NOUNS | _DETERMINERS:
                return True
    return False


# a sentence tied to the one before it: a connective of consequence or concession ("Thus,
# the name ...", "Nevertheless, on Saturday ..."), a short verbless lead-in before a colon
# ("And up again: National Bank ...", "To name a few: High inflation, ..."), words that
# announce what follows ("had this to say about", "said the following"), or a speech verb
# whose words were cut off ("Seth Rogen noted,")
# a sentence answering or adding to the one before it: "But ...", "And ...", "However, ...",
# "Still, ...", "So ..." ("So far", "However much" and "Yet another" stand alone)
_SHORT = (
    r"(?:But|And|However(?!\s+(?:much|many|long|far|hard|often)\b)|Still(?=\s*,)|Yet(?=\s*,)"
    r"|So(?!\s+(?:far|much|many|long|called|too)\b)(?![-’'])|Also(?=\s*,))\b"
)
_CONNECTIVE = re.compile(
    r"^\W*(?:Thus|Therefore|Hence|Nevertheless|Nonetheless|Consequently|Accordingly|Likewise"
    rf"|Similarly|Instead|Even\s+so|As\s+a\s+result|In\s+turn|In\s+response|In\s+fact)\b|^\W*{_SHORT}"
)
# what follows must open on its own subject: a name, a figure, a quotation, a noun ("the
# Smithsonian", "exports"), not a word that leans on or frames the rest ("But judging from
# ..., the attack resonated", "And he left", "But when ...", "Yet in 2004 ...")
_LEANING_OPENERS = (
    r"(?:he|she|it|they|we|i|you|his|her|its|their|this|that|these|those|there|here|then|now"
    r"|when|if|while|although|though|because|as|since|after|before|until|unless|whether|once"
    r"|in|on|at|by|for|from|with|without|despite|during|under|over|to|of|about|against|among"
    r"|into|through|also|even|not|only|instead|so|yet|still|what|how|why|who|which|[a-z]+ing"
    r"|[a-z]+ly)\b"
)
_SHORT_LEAD = re.compile(
    rf"{_SHORT}\s*,?\s+(?=[A-Z0-9\"“‘]|(?!{_LEANING_OPENERS})[a-z][\w’'-]*\s+\w)"
)


def connective_end(text: str) -> int:
    """Where the clause after a short connective opening ``text`` starts ("But a short
    statement ... was presented" -> the offset of "a"), or 0: a line can drop the word that
    ties it to the sentence before and keep the fact it tells, when what follows opens on
    its own subject."""
    m = _SHORT_LEAD.match(text)
    return m.end() if m else 0


_LEAD_IN = re.compile(r"^\W*(?P<words>(?:[A-Za-z'’]+\s+){0,3}[A-Za-z'’]+):\s")
_LEAD_IN_VERB = re.compile(
    rf"\b(?:is|are|was|were|has|have|had|will|would|{speech_alternation('attribution')}"
    r"|[a-z]{3,}ed)\b"
)
_ANNOUNCES = re.compile(
    r"\b(?:had|has|have)\s+this\s+to\s+say\b|\bas\s+follows\b"
    rf"|\b(?:{speech_alternation('words_follow')})\s+(?:this\s*[:.]|the\s+following\b)"
)
_WORDS_CUT = re.compile(rf"\b(?:{speech_alternation('words_follow')})\s*[,:]?\s*$")


def continues_before(text: str) -> bool:
    """Does the line lean on the sentence before it or the words after it: it opens with a
    connective ("Thus", "Nevertheless", "As a result", "But", "However,"), a verbless lead-in
    before a colon ("And up again:"), announces words it does not hold ("had this to say
    about") or ends on the speech verb whose words were cut ("..., Seth Rogen noted,")?"""
    if _CONNECTIVE.match(text) or _ANNOUNCES.search(text) or _WORDS_CUT.search(text):
        return True
    lead = _LEAD_IN.match(text)
    return lead is not None and _LEAD_IN_VERB.search(lead.group("words")) is None


def leans_on_story(text: str) -> bool:
    """Stricter, for a summary line: also a person given only as "Mr Kennedy" at its start,
    and a sentence that says what it "comes as" (it continues the story's previous one), or
    that leans on the sentence before or after it (``continues_before``)."""
    if dangling_subject(text) or _HONORIFIC_ONLY.match(text) or possessive_before_verb(text):
        return True
    if continues_before(text):
        return True
    if demonstrative_before_verb(text):
        return True
    return _COMES_AS.search(text) is not None


def dangling_their(question: str) -> bool:
    """Does a question say "their" with no plural before it for it to stand for ("Will the
    Canadian government send a note supporting their submission?")?"""
    words = question.rstrip("?").split()
    for i, word in enumerate(words):
        if word.lower() in ("their", "they", "them"):
            before = [w.strip(",;:").lower() for w in words[1:i]]
            return not any(_plural(w) for w in before)
    return False


_NOT_PLURAL = frozenset(
    {"was", "has", "is", "its", "this", "does", "us", "u.s.", "his", "as", "us.", "thus", "whereas"}
)


def _plural(word: str) -> bool:
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL
    )
