"""The stance a quote's content states, read as constructions of English (issue 15).

A reporting verb is mostly "said"; what the quoted words do is in their grammar: a modal of
obligation is a demand only when it is addressed to another actor ("Syria must show", not "we
must end this agreement", which proposes, nor "the economy must be assessed", which judges);
a hope that someone else will act asks it to ("he hoped the Arab states would pitch in"); a
state described as going on doing harm is accused ("Israel continued to act with impunity");
an "if" whose outcome is harm warns ("if this drags on, it could collapse"); a stance word
inside a concessive clause ("while Russia also supports denuclearization, the North will
require guarantees") is the concession, not the point; a condition the speaker then says will
not be met ("If X can guarantee ... But I don't think they can") sets none.
"""

from __future__ import annotations

import re

# modal cues of obligation whose subject decides whether they demand
MODALS = frozenset(
    [
        "must",
        "should",
        "need to",
        "needs to",
        "needed to",
        "have to",
        "has to",
        "ought to",
        "would need",
        "will require",
        "going to require",
        "we need",
        "an obligation to",
        "have an obligation",
        "has an obligation",
        "obliged to",
        # an importance stated is read as an obligation is: "it's important to point out
        # that ..." is discourse, its clause says the stance
        "it is important for",
        "it is important to",
        "it's important",
        "it’s important",
        "it is essential",
        "it is vital",
        "it is crucial",
        "it is imperative",
    ]
)
# the speaker's own side as the subject: "we must", "I should", "our government has to"
_OWN_SUBJECT = re.compile(
    r"(?:^|[^\w'’])(?:we|i|our(?:\s+(?!(?:is|are|was|were|be|that|they|he|she|it|which|who)\b)"
    r"[a-z\-]+){1,2}|all\s+of\s+us)"
    r"(?:\s+(?:all|also|really|still|now|just|simply|therefore|certainly|clearly|both|"
    r"too|first|finally|will|would|shall|can|must|are|am|'ll|’ll))*\s*$"
)
# how to judge something: "must be assessed comprehensively", "cannot look at GDP alone",
# "should not be confused with": a view, asked of no one
_JUDGING = re.compile(
    r"\s+(?:not\s+|only\s+|just\s+|simply\s+)*(?:(?:be|been)\s+(?:[a-z]+ly\s+)?"
    r"(?:assessed|judged|viewed|understood|interpreted|measured|compared|confused|read|"
    r"evaluated|looked\s+at|regarded|weighed)|look\s+at|judge|assess|interpret|compare|"
    r"measure|evaluate|confuse)\b"
)
# a speaker's discourse, not an obligation: "I have to say", "I should tell you", "we must
# admit", "we have to recognize that", "it must be said that", "it's important to point out
# that" (what follows says the stance); an emphatic assertion too: "there should be no doubt
# about that", "nobody should doubt that terrorists wanted to attack" (the claim is the stance)
_DISCOURSE = re.compile(
    r"\s+(?:to\s+)?(?:(?:just|also|frankly|honestly)\s+)?(?:say|tell|add(?!\s+up)|admit|confess|stress|emphasi[sz]e|"
    r"point\s+out|note|remind|be\s+honest|be\s+frank|be\s+clear|recogni[sz]e|acknowledge|"
    r"reali[sz]e|understand|be\s+(?:said|noted|stressed|emphasi[sz]ed|admitted|acknowledged)|"
    r"(?:ever\s+)?doubt|be\s+(?:in\s+)?(?:no|any)\s+doubt)\b"
)
# asking to weigh a course, not to take it: "Israelis must consider giving up"
_CONSIDER = re.compile(r"\s+(?:(?:seriously|now|also|at\s+least)\s+)?(?:consider|reflect\s+on)\b")
_SEE = re.compile(r"\s+(?:(?:also|now|really)\s+)?see\b")
_NEGATED_AFTER = re.compile(r"\s*(?:not\b|n['’]t\b|never\b)")
# what to expect, not what to do: "no one should expect any improvements soon", "we should
# not expect a breakthrough" (a forecast, asked of no one)
_EXPECT = re.compile(r"\s+(?:not\s+)?(?:expect|anticipate|count\s+on)\b")


def modal_reading(low: str, start: int, end: int) -> str | None:
    """What the obligation cue at ``low[start:end]`` states: None when it stays a demand on
    another actor; "proposes" when the speaker's own side is its subject ("we must end this
    ceasefire") or it asks only that a course be considered; "skip" when it says how to judge
    something ("must be assessed") or is the speaker's own prohibition ("we must not forget"),
    which states nothing a cue list can name."""
    if _JUDGING.match(low, end) or _DISCOURSE.match(low, end) or _EXPECT.match(low, end):
        return "skip"
    if low.endswith("the ", max(0, start - 4), start) and low.startswith("need", start):
        return "skip"  # "felt the need to go", "recognises the need to": a noun, asked of no one
    if _CONSIDER.match(low, end):
        return "proposes"
    if _SEE.match(low, end):
        return None  # "we will need to see decisions adopted": asked of whoever decides
    if low[start:end] == "we need":
        # "we need to restore" is the speaker's own course; "we need cash assistance" asks
        return "proposes" if low.startswith(" to ", end) else None
    own = _OWN_SUBJECT.search(low, max(0, start - 40), start)
    if own:
        return "skip" if _NEGATED_AFTER.match(low, end) else "proposes"
    return None


# "there will be no terrorism" is a refusal, but not as what someone is to make sure of
# ("assure that there will be no terrorism directed at Israel": a demand on whoever assures)
REFUSALS_OF_WHAT_IS = frozenset(["there will be no", "there can be no"])
_ASSURED_BEFORE = re.compile(
    r"\b(?:ensure|ensures|assure|assures|make\s+sure|guarantee)\s+(?:that\s+)?$"
)


def assured(low: str, start: int) -> bool:
    """Whether the cue at ``start`` is what someone is to ensure ("assure that there will be
    no terrorism"): a demand for that outcome."""
    return _ASSURED_BEFORE.search(low, max(0, start - 24), start) is not None


WANTS = frozenset(["wants", "we want"])  # "we want the US to lift the ban" demands
NO_NEED = frozenset(["no need for", "does not need", "do not need", "doesn't need", "don't need",
                     "doesn’t need", "don’t need"])  # fmt: skip
READINESS = frozenset(
    [
        "we are ready to",
        "we stand ready",
        "stands ready",
        "we are prepared to",
        "it is ready to",
        "it was ready to",
        "it is prepared to",
        "it was prepared to",
        "it stands ready",
    ]
)
HOPES = frozenset(["hopes", "hoping", "hoped", "we hope", "i hope"])
# a hope that another actor will act: "hoped the Arab states would pitch in"; not "hopes the
# summit will be a success" (no act), nor "I hope we will focus" (the speaker's own)
_HOPE_SOMEONE = re.compile(
    r"\s+(?:that\s+)?(?!(?:we|i|our|my|it|this|that|there|to|an?)\b)(?:[\w'’\-.]+\s+){1,5}?"
    r"(?:would|will|can|could)\s+(?:(?:also|now|soon|quickly|finally)\s+)?(?P<act>[a-z]+)"
)
# acts of will a hope can ask of another actor ("pitch in", "agree", "release"); "survive",
# "see", "succeed" are wishes about someone, no demand on them
HOPED_ACTS = frozenset(
    [
        "pitch", "help", "agree", "accept", "join", "release", "respond", "return", "stop",
        "end", "act", "do", "take", "make", "show", "comply", "cooperate", "co-operate", "step",
        "follow", "honour", "honor", "implement", "allow", "give", "support", "back", "lift",
        "withdraw", "resume", "reconsider", "contribute", "provide", "pay", "free", "hand",
        "sign", "ratify", "abandon", "halt", "cease", "rein", "drop", "change", "reverse",
        "listen", "engage", "negotiate", "recognise", "recognize", "open", "reopen", "send",
    ]
)  # fmt: skip


def hope_reading(low: str, end: int) -> str:
    """A hope states support for a thing, and demands when another actor is to act."""
    match = _HOPE_SOMEONE.match(low, end)
    return "demands" if match is not None and match.group("act") in HOPED_ACTS else "supports"


# another actor going on doing harm, or acting with impunity: an accusation
ACCUSATION = re.compile(
    r"\b(?:continues|continued|continue|continuing|keeps|kept)\s+to\s+(?:[a-z]+ly\s+)?"
    r"(?:violate|ignore|defy|flout|obstruct|undermine|attack|kill|target|occupy|bomb|shell|"
    r"harass|provoke|destabili[sz]e|sabotage|block|breach|commit|act\s+with\s+impunity|displace|"
    r"starve|expel|demolish|detain|torture|persecute|repress|oppress|suppress|blockade|besiege|"
    r"bombard|massacre|murder|terrori[sz]e|intimidate|lie|deceive|mislead|interfere|meddle|"
    r"encroach|annex|invade|escalate|shoot|fire\s+(?:on|at)|arm|fund|shelter|harbou?r)\b"
    r"|\b(?:act|acts|acted|acting|operate|operates|operated)\s+with\s+[\"“‘']?impunity"
)
# "a democratic society cannot be built through missiles": opposing the means named
MEANS_REFUSED = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t|will\s+not|won['’]t)\s+be\s+(?:built|achieved|solved|"
    r"resolved|imposed|won|settled|found|secured|brought|restored)\s+(?:only\s+)?(?:through|by|with)\b"
)
_SELF_BEFORE = re.compile(r"(?:^|[^\w'’])(?:we|i)\s+(?:[a-z]+\s+)?$")


def frame_at(low: str, start: int = 0) -> tuple[re.Match[str], str] | None:
    """The first accusation frame of the clause from ``start`` ("Israel continued to act with
    impunity": accuses), unless the speaker's own side is its subject ("we continue to
    target"), or a means said to be unable to bring a result ("cannot be built through
    missiles": opposes), with its stance."""
    found: list[tuple[re.Match[str], str]] = []
    # (the frames' words: most clauses have none, and are not scanned)
    if "impunity" in low or "contin" in low or "kept to" in low or "keeps to" in low:
        for match in ACCUSATION.finditer(low, start):
            if not _SELF_BEFORE.search(low, max(0, match.start() - 20), match.start()):
                found.append((match, "accuses"))
                break
    if " be " in low and "n" in low:
        means = MEANS_REFUSED.search(low, start)
        if means is not None:
            found.append((means, "opposes"))
    return min(found, key=lambda pair: pair[0].start()) if found else None


# an "if" whose outcome is harm: "If this were to drag on ..., it could collapse"
_HARM_AFTER_IF = re.compile(
    r"if\b[^.;?!]{3,160}?,[^.;?!]{0,80}?\b(?:could|would|might|will)\s+(?:[a-z]+\s+)?"
    r"(?:collapse|fail|escalate|worsen|explode|backfire|destabili[sz]e|jeopardi[sz]e|endanger|"
    r"lead\s+to\s+(?:war|conflict|disaster|chaos|catastrophe|bloodshed)|"
    r"have\s+(?:serious\s+|grave\s+|dire\s+)?consequences|"
    r"be\s+(?:dangerous|disastrous|catastrophic))\b"
)
# the speaker then says the condition will not be met: "If South Korea or the U.S. can
# guarantee the North's security, then ... won't be needed. But I don't think the two
# countries can ...": the condition is rhetorical, the point is its opposite
_DENIED_LATER = re.compile(
    r"\b(?:but|however,?)\s+(?:i|we)\s+(?:don['’]t|do\s+not|doubt|can['’]t\s+see)\b"
)
CONDITION_REACH = 400  # characters after an "if" read for its denial


def if_reading(low: str, at: int) -> str | None:
    """What an "if" at ``at`` states beyond a condition: "warns" when its outcome is harm,
    "skip" when the speaker goes on to deny the condition, None otherwise."""
    if _HARM_AFTER_IF.match(low, at):
        return "warns"
    if _DENIED_LATER.search(low, at, at + CONDITION_REACH):
        return "skip"
    return None


# harm named just before an "unless": "the world faced "economic catastrophe" unless the US
# worked with Europe", "there will be war unless": the condition is a warning
_HARM_BEFORE_UNLESS = re.compile(
    r"\b(?:catastrophe|catastrophic|disaster|disastrous|chaos|crisis|collapse|war|bloodshed|"
    r"ruin|suffer|dire\s+consequences|serious\s+consequences)\b[\"”’']?[^.;?!\"“]{0,60}$"
)


def harm_before(low: str, at: int) -> bool:
    """Whether harm is named in the 80 characters before the condition cue at ``at``."""
    return _HARM_BEFORE_UNLESS.search(low, max(0, at - 80), at) is not None


# a concessive clause before the main clause: its stance words are the concession
_CONCESSIVE = re.compile(
    r"(?:^|(?<=[\s,;:\"“‘']))(?:while|although|though|whereas|even\s+though)\s+[^,;.?!]{3,200},"
)


def concessions(low: str) -> list[tuple[int, int]]:
    """The spans of concessive clauses ("while Kim sincerely wants ..., ") in ``low``, and
    the inside of "if" clauses ("If the government believes that we should leave, they
    should ask us": the first "should" is supposed, not said), the "if" itself left out."""
    spans = []
    if "while" in low or "though" in low or "whereas" in low:
        spans = [(m.start(), m.end()) for m in _CONCESSIVE.finditer(low)]
    if "if " in low or "unless" in low:
        spans.extend((m.start() + 1, m.end()) for m in _IF_CLAUSE.finditer(low))
    return spans


_IF_CLAUSE = re.compile(r"(?:^|(?<=[\s\"“‘']))(?:if|unless)\s+[^,;.?!]{3,200},")
# "what is expected from Mr. Gadhafi": a free relative whose addressee is named (a capital
# or a pronoun after "from"/"of"), not "what is expected from the current year"
_ADDRESSEE = re.compile(r"\s+(?:[A-Z]|(?:him|her|them|you|us)\b)")


def addressed(text: str, end: int) -> bool:
    """Whether a named addressee follows ``end`` in ``text`` (original case)."""
    return _ADDRESSEE.match(text, end) is not None


# maxims with no object (issue 15's review): a universal aim the speaker's own side must pursue,
# with nothing named and no means given ("We have to fight terrorism with all our means", "We
# need to restore the power of international law"); choices or decisions that are needed but
# not named ("Tough choices are needed in public spending"); budgets that must add up
_OWN_AIM = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:all\s+)?(?:must|have\s+to|need\s+to|should|ought\s+to)\s+"
    r"(?:fight|combat|defeat|tackle|beat|confront|defend|protect|uphold|restore|promote|"
    r"strengthen|win|break)\s+(?:the\s+(?:power|rule|primacy|fight|war)\s+(?:of|against)\s+)?"
    r"(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|[A-Z\d])[a-z]+(?:\s+[a-z]+)?"
    r"(?=\s*(?:[,.;!\"”]|$|\s+with\b|\s+and\b|\s+but\b|\s+to\s+(?:return|make|ensure)\b))"
)
_UNNAMED_CHOICES = re.compile(
    r"^[\s\"“‘']*(?:(?:tough|hard|difficult|painful|big|bold)\s+(?:choices|decisions)\s+"
    r"(?:are|will\s+be|have\s+to\s+be|must\s+be)\s+(?:needed|required|necessary|made|taken)"
    r"|(?:budgets|books|the\s+sums|the\s+figures)\s+(?:have\s+to|must|need\s+to|should)\s+"
    r"(?:add\s+up|balance))\b",
    re.IGNORECASE,
)
_MEANS_NAMED = re.compile(r"\b(?:by\s+[a-z]+ing|through|via)\b|[A-Z][a-z]+\s+[A-Z]|\d")
_MAXIM_WORDS = ("choices", "decisions", "add up", "balance")
_OWN_AIM_WORDS = (
    "we must",
    "we have to",
    "we need to",
    "we should",
    "we all",
    "we ought",
    "i must",
)
_MAXIM_SENTENCES = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def maxim(text: str) -> bool:
    """Whether every sentence of a statement is a maxim with no object: a universal aim of
    the speaker's own side with no means named, or unnamed tough choices that are needed."""
    low = text.lower()
    if not any(word in low for word in _MAXIM_WORDS) and not any(
        word in low for word in _OWN_AIM_WORDS
    ):
        return False  # (a cheap test first: most statements hold none of these)
    for sentence in _MAXIM_SENTENCES.split(text.strip()):
        if _UNNAMED_CHOICES.match(sentence):
            continue
        aim = _OWN_AIM.search(sentence)
        if aim is None or _MEANS_NAMED.search(sentence, aim.end()):
            return False
    return True


# a deed launched is done, not proposed: "launched an anti-corruption drive in December",
# "has launched a crackdown on militants" (an act, no stance: issue 15's review 3); a plan, an
# initiative, a campaign for something or an investigation launched still proposes
_LAUNCHED = re.compile(r"\b(?:launched|launches|launch|launching)$")
_DEED_LAUNCHED = re.compile(
    r"\s+(?:(?:a|an|the|its|his|her|their|new|fresh|major|nationwide|national|sweeping|"
    r"full-scale|wide-ranging|massive|military|security|police|official|[a-z]+-[a-z]+)\s+){0,4}"
    r"(?:drive|crackdown|clampdown|purge|operation|manhunt|raids?)\b"
)


def launched_deed(body: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` launches a deed ("a crackdown on militants",
    "an anti-corruption drive"): an act done, no proposal."""
    if _LAUNCHED.search(body, max(0, verb_end - 10), verb_end) is None:
        return False
    return _DEED_LAUNCHED.match(body, verb_end) is not None


# a commitment or a decision to an act against something opposes it ("Israel's decision to
# ban the UN Relief and Works Agency", "vowed to suspend the talks", "agreed to cut off aid",
# "vowed to ignore the ruling")
_AGAINST_ACT = re.compile(
    r"\s*to\s+(?:ban|suspend|halt|block|bar|boycott|expel|outlaw|prohibit|cut\s+off|sever|"
    r"withdraw\s+from|pull\s+out\s+of|shut\s+down|scrap|abolish|"
    # a vow to set aside or fight another's decision ("has vowed to ignore the ruling")
    r"ignore|disregard|defy|resist|reject|veto|overturn)\b"
    # not an act on one's own things ("Both sides agreed to suspend their WTO requests")
    r"(?!\s+(?:their|its|our|his|her|my)\b)"
)


def against_act(low: str) -> bool:
    """Whether the lower-case clause ``low`` after a commitment opens on an act against
    something ("to ban", "to suspend", "to cut off")."""
    return _AGAINST_ACT.match(low) is not None
