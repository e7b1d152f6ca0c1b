"""The stance of the reporting verb next to a reported clause (``reporting_stance``).

The last stance verb of the words before the clause ("Barroso has suggested ...") or the first
of those after it ("..., he warned"); a determiner before it makes it a noun ("his hopes"), a
particle "back" is no backing ("turned back"), a light verb takes its object noun's stance, and
a participle after a stated stance argues that stance ("rejected the call, saying ...").
``sentence_stance`` reads a reported quote's stance with that verb, for the quote statements
and the party positions alike.
"""

from __future__ import annotations

import re

from briefgen.analysis.clause_stance import clause_stance
from briefgen.analysis.stance_lexicon import SILENT, cues
from briefgen.analysis.verb_objects import LIGHT_VERBS
from briefgen.model import Quote

# (and the "s" of a possessive: "Congress's demand" is a noun)
_DETERMINERS = frozenset(["his", "her", "its", "their", "our", "my", "the", "a", "an", "your", "s"])
_ASKED = frozenset(["asked", "asks", "ask"])
_QUESTION_WORDS = frozenset(
    ["why", "whether", "if", "about", "how", "what", "when", "where", "who", "which"]
)
_PASSIVE_BEFORE = frozenset(["when", "if", "after", "was", "were", "being", "is", "are", "once"])


def _question_put(words: list[str], at: int) -> bool:
    """Whether "asked" at ``at`` puts a question ("Asked why ...", "when asked about", "was
    asked whether"): the question's words follow it, or it opens the frame or a passive."""
    after = words[at + 1] if at + 1 < len(words) else ""
    before = words[at - 1] if at else ""
    return after in _QUESTION_WORDS or at == 0 or before in _PASSIVE_BEFORE


# nouns a stance word can modify ("press secretary", "press conference", "back office"): before
# one of these it is a noun, not the reporting verb
_NOUN_HEADS = frozenset(
    [
        "secretary",
        "secretaries",
        "conference",
        "conferences",
        "release",
        "briefing",
        "office",
        "officer",
        "corps",
        "aide",
        "aides",
        "statement",
        "team",
    ]
)
_FRAME_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?:'t|’t)?")
FRAME_WORDS = 20  # the reporting verb sits next to the reported clause: look no further


_BACK_VERBS = frozenset(
    [
        "turn",
        "turns",
        "come",
        "comes",
        "came",
        "go",
        "goes",
        "went",
        "fight",
        "fights",
        "fought",
        "hit",
        "hits",
        "hold",
        "holds",
        "held",
        "pull",
        "pulls",
        "push",
        "pushes",
        "cut",
        "cuts",
        "step",
        "steps",
        "scale",
        "scales",
        "roll",
        "rolls",
        "get",
        "gets",
        "got",
        "bring",
        "brings",
        "brought",
        "look",
        "looks",
        "pay",
        "pays",
        "paid",
        "send",
        "sends",
        "sent",
        "give",
        "gives",
        "gave",
        "take",
        "takes",
        "took",
        "fall",
        "falls",
        "fell",
        "sit",
        "sat",
    ]
)


def _particle_back(before: str) -> bool:
    """Whether "back" after ``before`` is a particle ("turned back", "fighting back")."""
    return before in _BACK_VERBS or before.endswith(("ed", "ing"))


def reporting_stance(frame: str, last: bool = True) -> tuple[str, bool] | None:
    """(stance, negated) of the reporting verb next to a reported clause: the last stance
    verb of the frame before it ("Barroso has suggested ..."), or the first of the frame
    after it ("..., he warned"). None when those words hold no stance verb."""
    cue = cues()
    window = frame[-FRAME_WORDS * 15 :] if last else frame[: FRAME_WORDS * 15]
    # a capitalised word inside the frame is part of a name ("the Japan National Press Club"):
    # kept as a word, but never a verb
    tokens = [m.group(0) for m in _FRAME_WORD.finditer(window)]
    tokens = tokens[-FRAME_WORDS:] if last else tokens[:FRAME_WORDS]
    words = [t.lower() if i == 0 or not t[:1].isupper() else "" for i, t in enumerate(tokens)]
    found: tuple[str, bool] | None = None
    stated: tuple[str, bool] | None = None  # the last verb with a stance of its own
    stated_at = 0
    for i, word in enumerate(words):
        for size in range(min(cue.verb_first.get(word, 0), len(words) - i), 0, -1):
            stance = cue.verbs.get(tuple(words[i : i + size]))
            if stance and i and words[i - 1] in _DETERMINERS:
                break  # "his hopes", "the plan": a noun, not a verb
            if stance and i + size < len(words) and words[i + size] in _NOUN_HEADS:
                break  # "White House press secretary Josh Earnest": a noun before its head
            if stance and word in _ASKED and _question_put(words, i):
                break  # "Asked why the administration ..., Earnest responded": a question
                # put to the speaker, no demand of his
            if stance and word == "back" and i and _particle_back(words[i - 1]):
                break  # "the Indian jets turned back": a particle, no backing
            if stance:
                if word in LIGHT_VERBS and stance in ("neutral", "proposes"):
                    # "launched an attack on ..., saying": the object noun's stance
                    noun = next(
                        (cue.nouns[w] for w in words[i + 1 : i + 7] if w in cue.nouns), None
                    )
                    stance = noun if noun and noun != "supports" else stance
                before = words[max(0, i - 3) : i]
                negated = any(w in cue.negations or w.endswith(("n't", "’t")) for w in before)
                found = (stance, negated)
                if stance != "neutral":
                    stated, stated_at = found, i
                break
        if found and not last:
            return found
    tail = words[:-1] if words and words[-1] == "that" else words
    # "Mr Brown rejected the call, saying decisions should be made by ministers": the
    # participle reports how the main verb's stance was argued, not a stance of its own; not
    # when it has its own subject ("launched their platform, with leader Charles Kennedy
    # saying his party was ...": Kennedy's words, not the launch)
    participle = bool(tail) and tail[-1].endswith("ing")
    if found and found[0] == "neutral" and stated and participle:
        return stated if "with" not in words[stated_at + 1 :] else found
    return found


def sentence_stance(body: str, sentence: tuple[int, int], quote: Quote, stance: str) -> str:
    """The stance of a reported quote (an indirect one, a fragment) read with its whole
    ``sentence``: the reporting verb's ("Barroso has suggested the cash could be shared": the
    last stance verb before the quote, else the first after it), turned by the quoted words;
    ``stance`` when that verb states none."""
    verb = reporting_stance(body[sentence[0] : quote.start]) or reporting_stance(
        body[quote.end : sentence[1]], last=False
    )
    if verb is not None and verb[0] not in ("neutral", SILENT):
        return clause_stance(verb[0], quote.text, verb[1])
    return stance
