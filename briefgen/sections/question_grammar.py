"""The grammar of open questions: the subject and verb phrase a yes/no question is built from,
and the two checks every question passes (well formed, grounded in its evidence).

A question is phrased from parts of its evidence, never by pasting a clause into a template:
the subject is a named actor or an institution ("the FSA", "member states"), the verb phrase a
base verb and its object, cut at the end of its clause. Each helper returns None (or False)
rather than a doubtful part. Also here: the wording of templated questions and how evidence is
quoted.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from briefgen.analysis.document import sentence_start
from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.mentions import speech_alternation, speech_forms
from briefgen.analysis.sentences import abbreviations
from briefgen.model import Story
from briefgen.sections.questions_lexicon import Issue, QuestionsLexicon
from briefgen.sections.referents import anaphoric_phrase, dangling_their

PRONOUNS = {
    "it", "this", "that", "these", "those", "they", "them", "he", "she", "we", "i", "you",
    "there", "which", "who", "one", "its", "their", "his", "her", "our", "some", "such",
}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "all", "both", "each", "every", "many", "most", "some", "any"}
# Words that end a clause: a question's verb phrase stops before them.
_PRED_END = re.compile(
    r"\s*(?:,(?!\d{3})|[;:\u2013\u2014]|\s-\s|(?<![A-Z])\.(?:\s|$)|[!?]"
    r"|\s(?:if|unless|otherwise|because|while|although|though|whereas|but|so that|as well as"
    rf"|amid|despite|after|before|when|{speech_alternation('clause_end')}|according"
    r"|(?P<broken>or|which|who|whom|whose|where))\b)"
)
_CLAUSE_END = re.compile(
    r"\s*(?:,(?!\d{3})|[;:\u2013\u2014]|\s-\s|(?<![A-Z])\.(?:\s|$)|[!?]"
    rf"|\s(?:{speech_alternation('clause_end')}|according"
    r"|(?P<broken>or|which|who|whom|whose|where))\b)"
)
_VAGUE_REFERENCE = re.compile(
    r"\bthat to\b|\bthat$|\b(?:this|these|those)\b|\b(?:of|in|on|at|for|from|with|to|by) that\b"
)
_LIST_GOES_ON = re.compile(r",?\s*(?:[\w'’-]+\s+){1,2}?(?:and|or)\s")
# Before a subject: a condition, a rule's frame or a negation makes the clause no demand
# ("if there are clear signs, the MPC should ...", "Under EU rules, member countries must ...").
_NOT_A_DEMAND = re.compile(
    r"\b(?:if|unless|should|where|when|once|whether|in order to|under)\b", re.IGNORECASE
)
_NEGATED = re.compile(r"\b(?:not|n't|never|no)\b[^,;]*$", re.IGNORECASE)
_OBJECT_PRONOUNS = {"it", "this", "them", "those", "these", "him", "her", "he", "she", "they"}
_REPORTING = frozenset(speech_forms("phrase_end"))
BOUNDARY = re.compile(
    rf"(?:^|[,;:\"“”(]|\s-\s|\bthat\b|\b(?:{speech_alternation('boundary')})\b)\s*",
    re.IGNORECASE,
)
_OPENERS = (
    "Will ", "How ", "What ", "Can ", "Could ", "Should ", "Is ", "Are ", "Has ", "Have ",
    "Who ", "On what ",
)  # fmt: skip
_BAD_ENDINGS = {
    "to", "of", "the", "a", "an", "and", "or", "by", "for", "with", "that", "if", "than", "as",
    "in", "on", "at", "from", "whether", *speech_forms("attribution"),
}  # fmt: skip
_FUNCTION_WORDS = {
    "the", "a", "an", "to", "of", "in", "on", "for", "and", "or", "but", "if", "by", "with",
    "as", "at", "from", "that", "this", "it", "he", "she", "they", "we", "there", "these",
    "those", "when", "while", "because", "although", "though", "after", "before", "since",
    "under", "over", "neither", "nor", "so", "then", "than", "however", "also",
}  # fmt: skip
_BASE_VERBS = {
    "be", "have", "do", "make", "get", "take", "give", "go", "come", "keep", "put", "set",
    "say", "see", "show", "use", "find", "tell", "ask", "work", "call", "try",
}  # fmt: skip
_ANSWER_WORDS = {"will", "can", "could", "should", "is", "are", "has", "have", "the"}


# a single quote mark opening a quotation (before a word) and closing one (after a word)
_SINGLE_OPEN = re.compile(r"(?<![\w'’])['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?![\w'])")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|ours)\b|\bWe\b")


def well_formed(question: str) -> bool:
    """A plain question: a question word first, one question mark at the end, balanced quotes
    and brackets, no label or placeholder, no pronoun subject, no dangling or doubled word."""
    if not question.endswith("?") or question.count("?") != 1 or not question.startswith(_OPENERS):
        return False
    if any(bad in question for bad in ("other:", "{", "}", "_", "  ", "..")):
        return False
    if question.count('"') % 2 or question.count("“") != question.count("”"):
        return False
    if question.count("(") != question.count(")"):
        return False
    if question.count("''") % 2 or len(_SINGLE_OPEN.findall(question)) > len(
        _SINGLE_CLOSE.findall(question)
    ):
        return False  # "do the 'Carolina two-step?", "and ''be rallying ...": a quote cut
    if _FIRST_PERSON.search(question):
        return False  # "rallying our partners": whose? the speaker's, out of the question
    words = question[:-1].split()
    if not 4 <= len(words) <= 32:
        return False
    if words[1].lower().strip("'’") in PRONOUNS or words[-1].lower() in _BAD_ENDINGS:
        return False
    for det in re.finditer(
        r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?)(?:its|their|his|her)\b", question
    ):
        if not any(w.lower() in _FUNCTION_WORDS for w in det.group(1).split()):
            return False  # "the stalled suspended its plan": two determiners, one noun phrase
    if _unresolved_reference(words) or anaphoric_phrase(question) or dangling_their(question):
        return False  # "the future of the airline", "supporting their submission": whose?
    if missing_complement(question):
        return False  # "the findings of its own investigation": an investigation into what?
    for prev, word in itertools.pairwise(words):
        if word.lower() == prev.lower() and word.isalpha():
            return False
        # "Will To qualify ...": a capitalised function word inside a question is a pasted
        # sentence start, not a name
        if word[:1].isupper() and word.lower() in _FUNCTION_WORDS and prev[-1:] not in ':“"':
            return False
    return True


# Nouns that mean nothing without what they are about: an investigation, an inquiry or a
# review into or of something; an obligation, a duty or a right to do something to someone.
_TOPIC_NOUNS = re.compile(
    r"\b(?:the|an?|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:investigation|inquiry|enquiry|probe|review|audit|assessment|study|consultation)s?\b"
    r"(?!\s+(?:into|of|on|about|over|in|by|for|to|from|that"
    r"|the|an?|its|their|his|her|this|these|those)\b)"  # "the government review the case": a verb
)
_BARE_DUTY = re.compile(
    r"\b(?:obligation|duty|requirement|right|power)s?\s+to\s+[a-z]+\s*"
    r"(?:$|[?,;]|(?:will|would|is|are|was|were|be|been|must|should|can|could|has|have)\b)"
)


# An ask whose object says no act: "make gestures to show its commitment to peace" (which
# gestures?), "take steps", "do more to help"; "take action to cut the deficit" names the act
_DISPLAY = (
    r"show|demonstrate|prove|signal|express|underline|reaffirm|build|restore|boost|ease|improve"
    r"|help|support|foster|promote|address|tackle|deal|respond|resolve|calm|defuse|advance"
)
_VAGUE_ASK = re.compile(
    r"\b(?:(?:make|take|show|offer|adopt)\s+(?:(?:some|more|further|concrete|serious|positive"
    r"|real|genuine|urgent|bold|new|practical|meaningful|immediate|appropriate|the\s+necessary"
    r"|necessary|goodwill)\s+){0,2}(?:gestures?|steps?|measures?|action|actions|efforts?|moves?"
    r"|concessions?)|do\s+(?:more|something|everything|whatever|all\s+(?:it|they|he|she)\s+can))"
    rf"(?=\s*\?|\s+(?:to\s+(?:{_DISPLAY})\b|towards?\b|for\s+(?!the\b)[a-z]+\s*\?))"
    # "recognise the steps that Ukraine was taking": steps only said to be taken
    r"|\bthe\s+(?:gestures|steps|measures|efforts|moves|actions|changes|reforms|progress)\s+"
    r"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|has|have|had)\s+"
    r"(?:been\s+)?(?:taking|making|taken|made)\s*\?"
)


# a question ending on a matter named only as told before ("resolve the conflict?",
# "investigate the market?", "use the name?"), or a bare "think again": which one, about what?
_BARE_MATTER_END = re.compile(
    r"\bthe\s+(?:conflict|dispute|row|crisis|market|name|matter|issue|affair|problem"
    r"|situation|question|idea|request|demand|claims?|allegations?)\s*\?$"
    r"|\b(?:think\s+again|look\s+again|rethink|reconsider)(?:\s+(?:at\s+a\s+later\s+stage|later"
    r"|soon|now))?\s*\?$"
    # an act named only as one told before: "do the same?", "follow suit?", "do so?"
    r"|\b(?:do\s+(?:the\s+same|likewise|so|it|that|this)|follow\s+suit)\s*\?$"
    # a verb that needs what it is about, cut off: "be appointed to determine?"
    r"|\bto\s+(?:determine|decide|ensure|establish|assess|examine|investigate|consider|check"
    r"|verify|judge|see|find\s+out|find|learn|know|show|prove)\s*\?$"
)


# a state of mind or a look asked as if it were an act: "Will General Prelogar feel pretty
# good?" (from "should feel pretty good")
_STATE_ASK = re.compile(
    r"^\w+\s+.+?\b(?:feel|seem|appear|look)\s+(?!into\b|at\b|for\b)"
    # what someone should be, not do: "Will the GOP be a party of ideas?" ("be the capital
    # of Israel" names one thing, a matter of dispute)
    r"|^Will\s+(?:\S+\s+){1,7}?be\s+(?:a|an)\s+"
)


# a comparison asked without what it compares: "Will tech companies become more aggressive?"
# (more aggressive at what, than what?), "Will the bank be tougher?"
_BARE_COMPARATIVE = re.compile(
    r"\b(?:be|become|get|grow|act|remain|stay|do)\s+(?:much\s+|far\s+|even\s+|a\s+lot\s+"
    r"|a\s+(?:little|bit)\s+)?(?:(?:more|less)\s+[a-z-]+|better|worse|tougher|stronger"
    r"|harder|faster|bigger|greater|firmer|bolder|clearer)\s*\?$"
)


def missing_complement(question: str) -> bool:
    """Does the question name a matter without what it is about: "disclose the findings of
    its own investigation" (into what?), "guarantee that an obligation to consult will be
    enshrined in law" (to consult whom, on what?), "make gestures to show its commitment to
    peace" (which gestures?)."""
    return bool(
        _TOPIC_NOUNS.search(question)
        or _BARE_DUTY.search(question)
        or _VAGUE_ASK.search(question)
        or _BARE_MATTER_END.search(question)
        or _STATE_ASK.search(question)
        or _BARE_COMPARATIVE.search(question)
    )


# A definite subject that points back to an entity the story named earlier ("the airline",
# "the firm"): out of its story the reader cannot tell which one is meant.
_ANAPHORIC_HEADS = frozenset(
    {
        *("firm", "firms", "company", "companies", "airline", "carrier", "bank", "group"),
        *("party", "country", "minister", "ministry", "council", "union"),
        *("club", "board", "team", "lawyers", "officials", "authorities", "court", "agency"),
    }
)
_POSSESSIVES = frozenset({"its", "their", "his", "her"})


def _unresolved_reference(words: list[str]) -> bool:
    """Does the question lean on the story for who it means: "Will the airline ...", an
    indefinite subject ("Will a president ..."), or a possessive with no name before it ("Will
    the lawyers see their submission ...")?"""
    if len(words) > 2 and words[1].lower() == "the" and words[2].lower() in _ANAPHORIC_HEADS:
        return True
    if len(words) > 2 and words[1] in ("a", "an"):
        return True  # "Will a president make clear ...?": asked of no one in particular
    named = False
    for word in words[1:]:
        if word[:1].isupper():
            named = True
        elif word.lower().strip(",;:") in _POSSESSIVES and not named:
            return True
    return False


def _words(text: str) -> set[str]:
    """Lower-case words, possessive endings dropped ("Korea's" -> "korea")."""
    return {re.sub(r"['’]s?$", "", w.lower()) for w in re.findall(r"[^\W\d_][\w'’-]*", text)}


def grounded(question: str, scaffold: str, evidence: str, extra: list[str]) -> bool:
    """Every word of ``question`` is a word of its wording (``scaffold``), of the evidence or
    of ``extra`` (its countries' names, its date label)."""
    allowed = _words(scaffold) | _words(evidence) | _ANSWER_WORDS
    for text in extra:
        allowed |= _words(text)
    return _words(question) <= allowed


def third_person_before(story: Story, s0: int, a: int, b: int) -> bool:
    """A person named before the subject, after the sentence's first words: "his" in the verb
    phrase may stand for them ("described Mr Sigarchi's sentence as harsh and called
    on President Khatami to secure his release")."""
    for actor in story.actors:
        if actor.kind != "person":
            continue
        if any(s0 + 3 < s < a for s, _e in actor.mentions):
            return True
    return False


def framed(body: str, s0: int, a: int) -> bool:
    """A condition or rule before the subject, a negation in its clause, or a subject that is
    the tail of a list ("People in England, Scotland and Wales must ...")."""
    return bool(
        _NOT_A_DEMAND.search(body, s0, a)
        or _NEGATED.search(body[s0:a])
        or body[max(s0, a - 2) : a] == ", "
    )


def antecedent_offset(story: Story, v: int, v1: int) -> int | None:
    """The first actor mention inside the verb phrase: a pronoun after it has its antecedent
    in the question ("promise North Korea its survival for it to denuclearize")."""
    starts = [s for actor in story.actors for s, e in actor.mentions if v <= s and e <= v1]
    return min(starts) - v if starts else None


def agrees(subject: str, pred: str) -> bool:
    """ "its" in the verb phrase needs a subject it can stand for: not "German authorities"."""
    last = subject.split()[-1]
    plural = last.endswith("s") and last.islower()
    return not (plural and re.search(r"\bits\b", pred))


def trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "\"'“‘,;:-"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def subject_phrase(
    story: Story,
    a: int,
    b: int,
    lex: QuestionsLexicon,
    definite_ok: bool,
    home: str | None = None,
) -> str | None:
    """The subject ``body[a:b]`` as it reads inside a question, or None when it is no actor:
    a pronoun, a fragment, or a noun phrase that names neither an actor of the story nor an
    institution ("customers", "the figures"). ``definite_ok`` also takes "the <noun> ...".
    "the government" is asked about only in a story about the brief's own country (``home``);
    "the firm" and other bare institutions stand for a name the question lacks."""
    text = " ".join(story.body[a:b].split())
    words = text.split()
    if not 1 <= len(words) <= 7:
        return None
    first, last = words[0].lower(), words[-1].lower().strip("'’")
    if first in PRONOUNS - _DETERMINERS or last in PRONOUNS or last in stopwords():
        return None
    if any(ch in text for ch in '"“”()[]:;') or re.search(r"\d", words[0]):
        return None
    if first in stopwords() and first not in _DETERMINERS:
        return None  # "by G7 ministers", "with the Tories ...", "neither does UKIP"
    if first.endswith("ing") or any(w.lower() == "the" for w in words[1:2]):
        return None  # "saying the UN", "investors the combined company"
    if any(w.lower() in stopwords() for w in words[1:] if w.lower() not in ("of", "and", "the")):
        return None
    named = _names_an_actor(story, a, a + len(story.body[a:b].rstrip()), lex)
    # "Nadal enjoys another hold and Roddick": every part of a coordination is a subject
    for part in re.finditer(r"(\S.*?)\s+and\s+", story.body[a:b]):
        if not _names_an_actor(story, a + part.start(1), a + part.end(1), lex):
            return None
    if not named and not (
        definite_ok and first == "the" and any(w[:1].isupper() for w in words[1:])
    ):
        return None  # "the sale": which one, the question does not say
    bare = " ".join(w.lower() for w in words if w.lower() != "the")
    generic = all(
        w == "and" or w in lex.subject_heads or (w.endswith("s") and w.isalpha())
        for w in (x.lower() for x in words if x.lower() not in _DETERMINERS)
    )
    if (
        generic
        and first not in ("the", "a", "an")
        and not any(w[:1].isupper() for w in words[1:])
        and not any(ch.isupper() for w in words for ch in w[1:])  # "MPs": a name
        and not _starts_actor(story, a)
        and bare not in lex.national
    ):
        return None  # "companies", "users and companies": anyone, not an actor
    if bare in lex.national and not home:
        return None  # whose government, in a brief about several countries, is unclear
    if bare in lex.national and len(words) == 1 and words[0].islower() and bare[-1] != "s":
        return None  # "government must be strictly limited": any government, a maxim (a
        # plural stands for the home country's: "said ministers must explain")
    if first == "the" and bare in lex.subject_heads and bare not in lex.national:
        return None  # "the firm", "the committee": which one the question does not say
    if first in _DETERMINERS or (
        words[0][:1].isupper()
        and words[0][1:].islower()
        and not _starts_actor(story, a)
        and (sentence_start(story.body, a) or _opens_quote(story.body, a))
    ):
        text = words[0].lower() + text[len(words[0]) :]
    return text


def _names_an_actor(story: Story, a: int, end: int, lex: QuestionsLexicon) -> bool:
    """``body[a:end]`` ends with an actor's name or an institution ("the FSA", "member
    states"), not with another noun ("GM's announcement", "the civil liberties of Britain")."""
    words = story.body[a:end].lower().split()
    if not words:
        return False
    last = words[-1].strip("'’")
    return any(e == end and a <= s for actor in story.actors for s, e in actor.mentions) or (
        last in lex.subject_heads or " ".join(words[-2:]) in lex.subject_heads
    )


def _starts_actor(story: Story, at: int) -> bool:
    return any(s == at for actor in story.actors for s, _e in actor.mentions)


def _opens_quote(body: str, at: int) -> bool:
    """The word at ``at`` follows an opening quote mark ('warned "Ministers must ...'): a quoted
    sentence's first word, capitalised as one, wherever the quote stands in the sentence."""
    return at > 0 and body[at - 1] in '"“'


def verb_phrase_end(body: str, v: int, s1: int, conditions: bool = True) -> int:
    """Where the verb phrase starting at ``v`` ends; -1 when it ends in a relative clause or an
    alternative ("those persons who ...", "raise taxes or rein in spending"): cut there, the
    question would say something else. Brackets are skipped, not ended at. ``conditions=False``
    keeps an "if" or "unless" clause: part of what a "whether" question asks."""
    scan = re.sub(r"\([^()]{0,80}\)", lambda m: " " * len(m.group()), body[v:s1])
    pattern = _PRED_END if conditions else _CLAUSE_END
    m = pattern.search(scan)
    while m is not None and _title_dot(scan, m):
        m = pattern.search(scan, m.end())  # "tell Mr. Trump to drop ...": no end at "Mr."
    if m is None:
        return s1
    if m.group("broken") or _LIST_GOES_ON.match(scan, m.end()):
        return -1  # "their traditions, norms and civilisation": a list cut short
    return v + m.start()


_WORD_END = re.compile(r"(\w+)$")


def _title_dot(scan: str, m: re.Match[str]) -> bool:
    """Is the end ``m`` the dot of an abbreviation before a name ("Mr. Trump", "Sen. Ayotte"),
    not the end of the verb phrase?"""
    if m.group().strip() != ".":
        return False
    word = _WORD_END.search(scan, 0, m.start())
    return (
        word is not None
        and word.group(1).lower() in abbreviations()
        and scan[m.end() : m.end() + 1].isupper()
    )


def verb_phrase(text: str, antecedent: int | None = None) -> str | None:
    """The verb phrase of a question: a base verb and what follows it, quotation marks dropped;
    None when it is too short, too long, negated or ends on an attribution."""
    text = re.sub(r"\s*\([^()]{0,80}\)", "", text)
    pred = " ".join(text.replace("“", "").replace("”", "").replace('"', "").split())
    pred = pred.rstrip(".,;:!?'’ ").replace(" and to ", " and ")
    words = pred.split()
    if not 2 <= len(words) <= 24:
        return None
    head = words[0].lower()
    if not head.isalpha() or not words[0].islower() or head in ("not", "never", "also"):
        return None
    if head == "be" and len(words) < 3:
        return None
    if head in stopwords() and head not in _BASE_VERBS:
        return None  # "once again serve": an adverb where the verb should be
    if head.endswith("ing") or words[-1].lower() in _REPORTING:
        return None
    if words[-1].lower() in ("all", "some", "any", "more", "those", "these", "such"):
        return None
    lead = len(text) if antecedent is None else antecedent
    if any(w.lower().strip(".,'’") in _OBJECT_PRONOUNS for w in text[:lead].split()) or (
        antecedent is None and any(w.lower().strip(".,'’") in _OBJECT_PRONOUNS for w in words)
    ):
        return None  # "permit that to happen", "do it": what "it" is stands elsewhere
    if _VAGUE_REFERENCE.search(pred):
        return None  # "the security of that network": which one stands elsewhere
    return pred


def issue_label(issue_id: str, lex: QuestionsLexicon) -> str:
    """The issue's label as it reads inside a sentence ("sanctions and sanctions relief")."""
    found: Issue | None = lex.issues.get(issue_id)
    label = found.label if found else issue_id.replace("-", " ")
    words = label.split()
    first = words[0] if words else ""
    name = len(words) > 1 and words[1][:1].isupper()  # "Middle East peace": a name's first word
    if first[1:2].islower() and first.lower() in _common_words(lex) and not name:
        label = label[0].lower() + label[1:]
    return label


def _common_words(lex: QuestionsLexicon) -> set[str]:
    """Words of the issue labels that are not names (lower-cased in the running text)."""
    return {w.lower() for issue in lex.issues.values() for w in issue.label.split()[:1]} - {
        "eu",
        "un",
        "us",
        "iraq",
        "iran",
        "europe",
        "china",
    }


_THE = re.compile(
    r"^(?:EU|UN|UK|US|United|European|Czech|Dominican|Central African|Democratic|Republic)\b|"
    r"\b(?:Union|Council|Nations|Kingdom|States|Emirates|Organisation|Organization|Islands"
    r"|Netherlands|Philippines|Bahamas|Gambia)\b"
)


def with_article(name: str) -> str:
    """ "the United States", "the UN Security Council"; "North Korea" as it is."""
    return "the " + name if _THE.search(name) and not name.startswith("the ") else name


def phrase(
    kind: str,
    issue: str | None,
    values: dict[str, str | None],
    lex: QuestionsLexicon,
    wording: dict[str, Any],
    issue_only: bool = False,
) -> tuple[str, int, str] | None:
    """The first template (``wording`` from the config, issue-specific, generic) whose
    placeholders are all known: the question, the template's rank and its fixed words."""
    candidates: list[str] = []
    if issue:
        override = wording.get(issue, {}).get(kind)
        if isinstance(override, str):
            candidates.append(override)
        elif isinstance(override, list):
            candidates.extend(str(t) for t in override)
        candidates.extend(lex.issue_templates.get(issue, {}).get(kind, []))
    if not issue_only:
        candidates.extend(t for t in lex.templates.get(kind, []) if "_clause}" not in t)
    for rank, template in enumerate(candidates):
        names = re.findall(r"{(\w+)}", template)
        if all(values.get(n) for n in names):
            text = template.format(**{n: values[n] for n in names})
            text = text[0].upper() + text[1:]
            return text, rank, re.sub(r"{\w+}", " ", template)
    return None


def join_names(names: list[str]) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def balanced(body: str, start: int, end: int) -> tuple[int, int]:
    """Trim quote marks at the ends of a span that have no partner inside it: a sentence cut
    from the end of a quotation ends with the quotation's closing mark."""
    for _ in range(4):
        text = body[start:end]
        if not text:
            break
        odd = text.count('"') % 2 == 1
        if (text[-1] == '"' and odd) or (text[-1] == "”" and text.count("”") > text.count("“")):
            end -= 1
        elif (text[0] == '"' and odd) or (text[0] == "“" and text.count("“") > text.count("”")):
            start += 1
        else:
            break
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
    return start, end


def quote_snippet(text: str, limit: int = 160, focus: int = 0) -> str:
    """The evidence in quotation marks, cut to ``limit`` characters around offset ``focus``
    (the cue or the deadline), so a long sentence still shows what the question is about."""
    at = len(" ".join(text[:focus].split()))
    text = " ".join(text.split())
    if len(text) <= limit:
        return f"“{text}”"
    start = 0
    if at > limit * 2 // 3:  # the cue would fall outside the first ``limit`` characters
        # centred on the cue, but a full window when the sentence ends soon after it
        start = text.find(" ", max(0, min(at - limit // 2, len(text) - limit))) + 1
    window = text[start : start + limit - 1]
    if start + limit - 1 < len(text):
        window = window.rsplit(" ", 1)[0] + "…"
    return f"“{'…' if start else ''}{window}”"


def evidence_span(story: Story, start: int, end: int) -> dict[str, Any]:
    return {"story": story.id, "start": start, "end": end, "text": story.body[start:end]}
