"""Whether a clause cue says what it seems to, and whether a real condition follows.

A bare "if" is a condition only when it names who must act ("if the EU agrees", not "if you
are willing to lie", nor a forecast's "if"); "until" only after a refusal held until someone
acts ("will not return until the sanctions are lifted"); a demand not in a relative clause or
another's claim; a warning not a device ("warning sirens") nor a past order told; support not
won from others ("winning support"). ``_condition_after``: whether such a condition follows.
"""

from __future__ import annotations

import re

from briefgen.analysis.clause_cues import _clause_cue_regex, _clause_stances
from briefgen.analysis.date_resolution import MONTH_NAMES

# a condition names who must do what: "if South Korea or the U.S. can guarantee", "if the EU
# agrees"; not "if you are willing to lie" (rhetoric), "if it wasn't so serious", nor an "if"
# whose outcome is a forecast ("if the embargo is lifted, it could lead to")
_IF_SUBJECT = re.compile(
    # (a possessive, "if Iran's leaders", but not a pronoun's "it's": "if it's to survive")
    r"if (?:the |(?!(?:it|he|she|that|there|what|who)['’]s)[a-z]+['’]s )?"
    r"(?!(?:you|we|i|it|they|he|she|there|its|their|his|her|our|your|my|this|that)\b)"
)
# "what needs to be done", "what must change": a free relative, no demand made of anyone
_FREE_RELATIVE = re.compile(r"\bwhat\s+$")
# an order or decision the speaker reports as already given ("Putin said he ordered the
# Russian military to retaliate", "said they had decided to impose countermeasures"): what
# was done, told in the past, no warning ("warned he would order" is one; review 8)
_PAST_ORDER = re.compile(
    r"\b(?:he|she|i|we|they|it)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?"
    r"(?:ordered|instructed|decided|authori[sz]ed|directed|commanded|gave\s+(?:the\s+)?orders?)"
    r"\b[^.;:!?,]{0,80}$"
)
_WARNING_DEVICE = re.compile(r"\s+(?:sirens?|signs?|shots?|systems?|lights?|labels?|signals?)\b")
_EXERCISED_BEFORE = re.compile(r"\bexercis(?:ed|ing)\s+(?:its|their|his|her|our|the)\s+[\"“‘']?$")
# a claim someone else makes, inside the speaker's clause ("said that for the minister to claim
# that ... should see very little change is taking spin"): its modals are not the speaker's
_OTHERS_CLAIM = re.compile(
    r"\bfor\s+(?:the\s+)?[a-z]+\s+to\s+(?:claim|say|suggest|argue|insist)\s+that\b[^.;]*$"
)
# a modal opening a relative clause on a noun ("resources which must serve"): not the speaker's
# demand but a description of the noun
# (or "who": "vulnerable people who need to escape"; "that": "the steps that must be taken")
_RELATIVE_BEFORE = re.compile(r"[a-z]\s+(?:which|who|that)\s+$")
# the same with no "which", its subject a claim's ("In a move ministers say should keep council
# tax rises below 5%"): "say" with no subject of its own between a noun and the modal
_SAID_RELATIVE_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+[a-z]+\s+[a-z]+\s+(?:say|says|said|believe|believes|claim|claims)\s+$"
)
# an object relative on "the kind of ..." ("the kind of elections that they need to have"):
# what a thing should be like, described, not a demand made of anyone
_KIND_RELATIVE_BEFORE = re.compile(
    r"\b(?:kind|kinds|sort|sorts|type|types)\s+of\s+(?:[a-z]+\s+){1,3}(?:that|which)\s+"
    r"(?:they|we|you|he|she|it|i)\s+(?:(?:need|needs|have|has)\s+to\s+)?$"
)
# a manner question under another verb ("not trying to dictate how Pakistan should be governed")
_HOW_BEFORE = re.compile(r"\bhow\s+(?:[a-z]+\s+){1,2}$")
_FUTURE_BEFORE = re.compile(r"\b(?:will|would)\s+(?:only\s+|still\s+|also\s+)?$")
# an economic trend as the subject of "will continue": a forecast
_IMPERSONAL_BEFORE = re.compile(
    r"\b(?:recovery|growth|economy|expansion|prices|inflation|demand|trend|slowdown|boom|"
    r"decline|rise|fall)\s+$"
    # a relative clause's subject ("many companies who will continue with existing trading
    # relationships"): what others will do, told
    r"|\b(?:who|which|that)\s+$"
)
# "X will be raised if ...": what will happen to something, a prediction, no condition set
_PREDICTED_BEFORE = re.compile(
    r"\b(?:will\s+be\s+[a-z]+(?:ed|en)|(?:will|would)\s+have\s+to\s+[a-z]+)\b[^,;]{0,60}$"
)
# the main clause after an "if" clause tells someone what to do: a demand, not a condition
_DIRECTIVE_AFTER = re.compile(
    r"(?:,|\s+then|\s+(?:[a-z]+\s+){1,3}up)\s+(?:then\s+)?(?:they|you|the\s+[a-z]+|he|she)\s+"
    r"(?:should|must|ought\s+to)\b"
)
_FORECAST_OUTCOME = re.compile(r",[^,.;]{0,40}\b(?:could|might|may)\b")


# support won or sought from others ("winning support", "gained the backing of"): the speaker
# tells of others' support, he states none of his own
_WON_BEFORE = re.compile(
    r"\b(?:win|wins|winning|won|gain|gains|gaining|gained|attract|attracts|attracting|"
    r"attracted|enjoys|enjoying|enjoyed|drum\s+up|drumming\s+up|rally|rallying|lacks|lacked|"
    r"lacking)\s+[\"“‘']?(?:(?:the|its|his|her|their|more|wide|broad|growing)\s+)?$"
)


# a wish for the listeners ("I hope you guys have a wonderful party", "we hope everyone
# enjoys"; not "I hope you will agree to the ceasefire"): a pleasantry, no support of anything
_WISH_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:you|everyone|everybody|all\s+of\s+you)(?:\s+(?:guys|all|folks))?"
    r"\s+(?:have|has|enjoy|enjoys)\s+(?:a|an|the|your|their)\b"
)
_HOPE_CUES = frozenset(["hopes", "hoping", "hoped", "we hope", "i hope"])
# a feeling asked for ("we should be proud of the progress", "we must be grateful"): pride or
# thanks, no act demanded of anyone ("they should be ashamed" blames: left to the cue)
_FEELING_AFTER = re.compile(
    r"\s+be\s+(?:very\s+|so\s+|really\s+|rightly\s+)?(?:proud|grateful|thankful|"
    r"pleased|glad|happy|honou?red|humbled)\b"
)
_FEELING_CUES = frozenset(["should", "must", "ought to"])
# a comparison's second term ("..., just as Israeli security needs to be a Palestinian
# interest"): a parallel drawn, not a demand the speaker makes (reviewers, rounds 14 and 18)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:just\s+as|in\s+the\s+same\s+way\s+as|just\s+like)\b[^,;:.!?]*$"
)
# an aside in a relative clause set off by commas ("see the Iraq war, which his party opposed,
# as a defining issue"): a description of the noun, not the stance the clause states (reviewers
# marked the Lib Dem "opposes" wrong in rounds 18, 21 and 22)
# the cue is the aside's own when it opens it (", which should give us some hope") or ends it
# a few words on (", which his party opposed,"); not a main verb after a long relative clause
# ("envoys, ..., who are in Colombia to help the mission should now return home")
_ASIDE_BEFORE = re.compile(
    r",\s+(?:which|who|whom|whose)\s+(?P<words>(?:[^\s,;:.!?\"“”]+\s+){0,4})$"
)
_ASIDE_CLOSED = re.compile(r"[^,;:.!?\"“”]{0,40},")
# "appeal to" as a noun or an infinitive ("a right of appeal to the tribunal", "designed to
# appeal to women voters"): no one is called on
_APPEAL_NOUN_BEFORE = re.compile(r"\b(?:to|of|an|the|a|its|his|her|their|broad|wide|mass)\s+$")
# a threat is the speaker's verdict only when something is judged one ("Iran is a threat to
# peace", "poses a serious threat", "sees it as a direct threat"); a threat someone made
# ("speedboats ... radioing a threat to blow them up", "received a threat to") is an act told
_THREAT_CUES = frozenset(["a threat to", "a direct threat", "a serious threat", "a grave threat"])
_THREAT_JUDGED_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|becomes?|became|remains?|pose[sd]?|posing|"
    r"represents?|represented|constitutes?|constituted|as|seen\s+as|considered|called\s+it|"
    r"calls\s+it)\s+(?:(?:also|now|still|not|clearly|potentially|increasingly|no\s+longer)\s+)?"
    r"[\"“‘']?$"
)


def _real_cue(low: str, match: re.Match[str]) -> bool:
    """Whether a clause cue says what it seems to: a bare "if" only as a real condition."""
    if match.group(0) == "until":
        return _refused_until(low, match.start())
    if match.group(0) in _CONTINUE and _DELIBERATION.match(low, match.end()):
        return False  # "would continue to discuss": talking on, no position
    if match.group(0) in _CONTINUE and _IMPERSONAL_BEFORE.search(
        low, max(0, match.start() - 30), match.start()
    ):
        return False  # "the recovery will continue": a forecast, no one's position
    if _clause_stances()[match.group(0)] == "rejects" and _NOT_A_REFUSAL.match(low, match.end()):
        return False  # "he will not have to give up", "it will not be easy": no refusal
    if match.group(0) in _WOULD_NOT and (
        not _REFUSER_BEFORE.search(low, max(0, match.start() - 16), match.start())
        or _NOT_A_REFUSAL_WOULD.match(low, match.end())
        or _HYPOTHESIS_BEFORE.search(low, max(0, match.start() - 60), match.start())
        or _IF_AFTER.match(low, match.end())
    ):
        return False  # "the new powers would not take them away", "it would not affect
        # prices", "if ..., they would not", "would not stay if he felt": no refusal
    if match.group(0) in _HOPE_CUES and _WISH_AFTER.match(low, match.end()):
        return False  # "I hope you guys have a wonderful party": a pleasantry
    if match.group(0) in _FEELING_CUES and _FEELING_AFTER.match(low, match.end()):
        return False  # "we should be proud of the progress we've made": a feeling
    if match.group(0) != "if":
        if match.group(0) == "appeal to" and _APPEAL_NOUN_BEFORE.search(
            low, max(0, match.start() - 8), match.start()
        ):
            return False  # "a right of appeal to the tribunal": no one called on
        aside = _ASIDE_BEFORE.search(low, max(0, match.start() - 80), match.start())
        if aside is not None and (
            not aside.group("words") or _ASIDE_CLOSED.match(low, match.end())
        ):
            return False  # "the Iraq war, which his party opposed, as ...": an aside
        if match.group(0) in _THREAT_CUES and not _THREAT_JUDGED_BEFORE.search(
            low, max(0, match.start() - 40), match.start()
        ):
            return False  # "radioing a threat to blow them up": a threat made, told
        if _clause_stances()[match.group(0)] == "supports" and _WON_BEFORE.search(
            low, max(0, match.start() - 24), match.start()
        ):
            return False  # "it was winning support every day": others' support, told
        if match.group(0) == "warning" and _WARNING_DEVICE.match(low, match.end()):
            return False  # "air raid warning sirens": a device, no warning given
        if match.group(0) == "retaliation" and low.endswith("in ", 0, match.start()):
            return False  # "it shot down several Indian aircraft in retaliation": done, told
        if _clause_stances()[match.group(0)] == "warns" and _EXERCISED_BEFORE.search(
            low, max(0, match.start() - 30), match.start()
        ):
            return False  # "his government had exercised its 'right to respond'": a past act
        if _clause_stances()[match.group(0)] == "warns" and _PAST_ORDER.search(
            low, max(0, match.start() - 120), match.start()
        ):
            return False  # "said he ordered the military to retaliate": a past order, told
        if _clause_stances()[match.group(0)] == "demands" and _OTHERS_CLAIM.search(
            low, max(0, match.start() - 160), match.start()
        ):
            return False  # "for the minister to claim that ... should see": his claim's word
        if _clause_stances()[match.group(0)] == "demands" and (
            _RELATIVE_BEFORE.search(low, max(0, match.start() - 8), match.start())
            or _COMPARISON_BEFORE.search(low, max(0, match.start() - 100), match.start())
            or _SAID_RELATIVE_BEFORE.search(low, max(0, match.start() - 48), match.start())
            or _KIND_RELATIVE_BEFORE.search(low, max(0, match.start() - 60), match.start())
            or _HOW_BEFORE.search(low, max(0, match.start() - 30), match.start())
        ):
            return False  # "our national resources which must serve the development of the
            # nation": what a thing is for, told in a relative clause, asks nothing of anyone
        if match.group(0) == "have to" and _FUTURE_BEFORE.search(
            low, max(0, match.start() - 14), match.start()
        ):
            return False  # "the tax burden would have to rise", "voters will have to wait"
        return not _FREE_RELATIVE.search(low, max(0, match.start() - 6), match.start())
    at = match.start()
    if not _IF_SUBJECT.match(low, at) or _NO_CONDITION_IF.match(low, at):
        return False
    if _QUESTION_IF.search(low, max(0, at - 16), at):
        return False  # "to see if a deal was possible": an embedded question, no condition
    if _PREDICTED_BEFORE.search(low, max(0, at - 60), at):
        return False  # "National Insurance will be raised if Labour wins": a prediction
    if _DIRECTIVE_AFTER.search(low, at, at + 200):
        return False  # "if the government believes ..., they should just ask us": a demand
    return not _FORECAST_OUTCOME.search(low, at, at + 200)


# "no more contact with Syria until Damascus shows", "will not return until the sanctions are
# lifted": a refusal held until an act of someone named; not "until 2012", "until now"
_REFUSAL = re.compile(r"\b(?:not|no|never|nothing)\b|n't|n’t")
# the months' names in lower case ("until january"): the ones the dates' labels are written with
_MONTHS = "|".join(name.lower() for name in MONTH_NAMES[1:])
_UNTIL_ACT = re.compile(
    r"until\s+(?!(?:now|then|recently|today|last|next|this|the\s+end|at\s+least|after|"
    + _MONTHS
    + r"|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))[a-z’'\-]+"
    # a clause, with its verb: "until Damascus shows", not "until polling day"
    r"(?:\s+[\w’'\-]+){0,6}?\s+(?:is|are|was|were|has|have|had|can|will|does|do|did|"
    r"[a-z]+ed|(?:agree|show|provide|prove|stop|end|release|return|accept|meet|give|take|make|"
    r"withdraw|lift|guarantee|respect|free|hand|pay|recognise|recognize|halt|abandon)s?|"
    r"complies|comply)\b"
)


def _condition_after(low: str, at: int, refused: bool = False) -> bool:
    """Whether a real condition cue ("until Damascus shows", "unless", "only if") follows;
    ``refused``: the refusal "until" needs is the verb before the clause ("would not reopen
    its embassy until Iran provided guarantees")."""
    stances = _clause_stances()
    for m in _clause_cue_regex().finditer(low, at, at + 200):
        if stances[m.group(0)] != "conditions":
            continue
        if refused and m.group(0) == "until":
            # "rejected a policy of not enforcing the ban until ...": the inner "not" owns it
            inner = _REFUSAL.search(low, at, m.start())
            if _UNTIL_ACT.match(low, m.start()) and inner is None:
                return True
        elif _real_cue(low, m):
            return True
    return False


_CONTINUE = frozenset(["will continue", "would continue", "will keep"])
_DELIBERATION = re.compile(
    r"\s+(?:to\s+)?(?:discuss|talk|consult|study|review|consider|monitor|watch|look|examine|"
    r"assess|evaluate|debate|negotiate|meet)"
)
# ("the changes will not apply to all of them", "it will not affect": what a thing will do)
_NOT_A_REFUSAL = re.compile(
    r"\s+(?:have|has|need|be|necessarily|only|just|last|exceed|apply|affect)\b"
)
# "would not" is "will not" told in reported speech, or a forecast or a hypothesis: a refusal
# only with an act after it, and not in the outcome of an "if" or a "without"
_WOULD_NOT = frozenset(["would not", "wouldn't", "wouldn’t"])
_NOT_A_REFUSAL_WOULD = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:get|become|know|like|want|expect|happen|affect|change|matter|"
    r"make|mean|hurt|harm|lead|result|cost|see|feel|seem|exist|come|go|last|survive|stand|"
    r"hesitate|rule)\b"
)
_HYPOTHESIS_BEFORE = re.compile(r"\b(?:if|unless|without|otherwise)\b[^.;:!?]*$")
_IF_AFTER = re.compile(r"[^.;:!?]{0,80}?\bif\b")
# who can refuse: a speaker ("he would not", "Israel's government would not"), not a thing
# ("the new powers would not take them away": a forecast), nor the generic "you"
_REFUSER_BEFORE = re.compile(
    r"\b(?:he|she|we|i|they|it|government|administration|ministry|minister|president|"
    r"country|nation|state|kingdom|republic|leader|leadership|authorities|officials)\s+"
    r"(?:(?:also|still|simply|never|certainly)\s+)?$"
)
# an "if" that names no one to act ("if any", "if necessary", "if required"): no condition set
_NO_CONDITION_IF = re.compile(
    r"if\s+(?:any|necessary|needed|required|possible|appropriate|so|not|ever|at\s+all|true)\b"
    # a truth supposed, not an act asked for: "if the reports are true", "if confirmed"
    r"|if\s+(?:(?:the|these|those|such)\s+)?(?:[a-z’'\-]+\s+){0,3}?(?:is|are|was|were|be|"
    r"proves?|proved)\s+(?:\w+\s+)?(?:true|accurate|correct|confirmed|verified)\b"
    r"|if\s+confirmed\b"
)
# an "if" opening an embedded question ("to see if a deal was possible", "asked if")
_QUESTION_IF = re.compile(
    r"\b(?:see|know|ask|asked|asks|asking|wonder|wondered|wondering|check|determine|find\s+out|"
    r"found\s+out|whether|unclear|unsure|clear|decide|tell)\s+$"
)


def _refused_until(low: str, at: int) -> bool:
    """Whether "until" at ``at`` ends a refusal made until someone acts (a condition)."""
    return (
        _UNTIL_ACT.match(low, at) is not None
        and _REFUSAL.search(low, max(0, at - 150), at) is not None
    )
