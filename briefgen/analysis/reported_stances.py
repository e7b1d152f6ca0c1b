"""Which actors a sentence's reporter says take a stance, and which stance: reported stances.

Sentence by sentence, each position holder (``holders.find_holders``: a person with a
country, a country named or meant, a government institution, a state outlet, a body) in a
subject position followed by a stance verb ("Washington has insisted", "Kim had reportedly
proposed", "the South does not want") states a stance over its clause
(:mod:`briefgen.analysis.stated_clauses`), unless the sentence shows it is another's account
(:mod:`briefgen.analysis.voices`) or the reporter's description
(:mod:`briefgen.analysis.reporter_framing`). A sentence opening on "He" / "It" continues the
person or state of the sentence before; a holder-less sentence with a modal right after a
stance, on its issue, continues it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefgen.analysis.actor_verbs import (
    FORECAST_BEFORE,
    MAIN_LEAD_WINDOW,
    MAIN_LEADS,
    stance_after,
)
from briefgen.analysis.clause_stance import CLAUSE_WINDOW, clause_stance
from briefgen.analysis.holders import Holder
from briefgen.analysis.mentions import speech_forms
from briefgen.analysis.partners import CandidateIndex, agreed_with, company, coordinated, joined
from briefgen.analysis.reported_facts import STATE_KINDS
from briefgen.analysis.reporter_framing import (
    BACKGROUND_RELATIVE,
    HEDGED,
    OBJECT_RELATIVE,
    OWN_CONDUCT,
    reporter_described,
)
from briefgen.analysis.stance_lexicon import SILENT
from briefgen.analysis.stance_verbs import future_act
from briefgen.analysis.stated_clauses import (
    RELATIVE_OPENING,
    REPORTED_CLAUSE,
    SUBJECT_LEADS,
    clause_end,
    clause_opening,
    coordinated_stance,
    fronted_stance,
)
from briefgen.analysis.statement_builder import StoryStatements, actor_name
from briefgen.analysis.statement_issues import ISSUE_WINDOW
from briefgen.analysis.voices import (
    ACCORDING_TO,
    REPORT_REACH,
    REPORTED_BEFORE,
    MentionIndex,
    mentions_of,
    reported_by_other,
    told_by_private_pronoun,
)
from briefgen.analysis.whole_words import has_word
from briefgen.model import AGAINST, Quote, Statement

PRONOUNS = frozenset({"He", "She", "he", "she"})
# a relative clause on the holder telling a stance it first took ("Indonesia, which originally
# accepted the debt moratorium offer, owes ..."): what it had, not what it states now
_FORMER_STANCE = re.compile(
    r",\s+(?:which|who)\s+(?:had\s+|has\s+)?(?:originally|initially|previously|once|first|"
    r"earlier|at\s+first)\s+[\w\-]+\s*$"
)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")
QUOTE_OPENING = 40  # characters from a sentence's start within which "He said (that)" ends
# a sentence opening on the writer's guess ("Perhaps Russia will oppose any move")
_CONJECTURE = re.compile(r"[\"“]?(?:Perhaps|Maybe|Possibly|Conceivably)\b")
_CONJECTURE_INITIALS = frozenset('PMC"“')
# between two holders of one list: "China and Russia", "Britain, France and Germany"
_LISTED_GAP = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?")
_MUTUAL_VERB = re.compile(r"(?:agreed|agrees|reached)$")
# "He urged the government to scrap the tax": the home government is addressed, not speaking
_OWN_GOVERNMENT = re.compile(r"\s+(?:the\s+)?(?:government|ministers|executive)\b")
# a claim the subject states in a relative clause after its act ("..., which it says are
# lying idle"; "which they claim")
_WHICH_IT_SAYS = re.compile(
    r",\s+(?:which|who|that)\s+(?:it|they)\s+(?:says|say|said|claims|claim|claimed|argues|"
    r"argue|argued|insists|insist|insisted)\b"
)
# a sentence whose subject is a described person or thing ("The speaker", "The man")
_DESCRIBED_SUBJECT = re.compile(r"[\"“]?(?:The|A|An)\s+(?:[a-z\-]+\s+)?[a-z\-]+\s+(?!of\b)")
# a conjunction opening a sentence before its pronoun subject: "But he urged reconciliation and
# called for new elections." continues the person before as "He urged" does
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|However,)\s+(?=(?:He|he|She|she|It)\s)")
_CONJUNCTION_INITIALS = frozenset("BAYHI")
# where it said it opening the sentence before its "it": "In a statement, it said ..."
_WHERE_STATED = re.compile(
    r"In\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){0,2}(?:statement|communiqu[eé]|release|post)"
    r"(?:\s+on\s+[\w\-]+)?,\s+(?=it\s)"
)
# a quote closed by the statement just named: '"...," the statement said.' (a state's
# statement the sentence before told of; its words)
_STATEMENT_SAID = re.compile(
    r"[,.!?]?[\"”’']\s*,?\s+the\s+statement\s+(?:said|says|added|adds|read|reads|continued)\b"
)
_CLAUSE_STOPS = ("according to", ";", " — ", " – ")


class _Thread:
    """What one sentence hands the next: the person a "he" can be, the country or
    institution an "It" can be, the statement just made and its sentence; and the mention
    indexes a pronoun's check reads (built on first use)."""

    __slots__ = (
        "carried",
        "fact",
        "last_person",
        "last_state",
        "named",
        "others",
        "previous",
        "told_fact",
    )

    def __init__(self) -> None:
        self.carried = False  # the sentence continued the last state but stated no position
        self.last_person: Holder | None = None
        self.last_state: Holder | None = None  # the last country or institution with a stance
        self.previous: tuple[Statement, tuple[int, int]] | None = None
        self.fact: Statement | None = None  # a state's words this sentence told no position
        self.told_fact = False  # ``previous`` is such words: only an "It" continues them
        self.others: MentionIndex | None = None  # people who speak for no government
        self.named: MentionIndex | None = None  # any named organisation


class _Sentence:
    """What the holders of one sentence share as they are read in text order: the clause a
    stance embeds (holders inside it are part of it), the neutral "X said" of each country,
    and the statement the sentence produced."""

    __slots__ = ("embedded_after", "embedded_until", "embedding", "produced", "said")

    def __init__(self) -> None:
        self.embedded_until = -1
        self.embedded_after = -1  # where that clause's verb ends: holders before it share it
        self.embedding: tuple[Statement, int] | None = None  # the stance holders are inside
        self.said: dict[str, tuple[Statement, int]] = {}  # country -> neutral "X said", X's end
        self.produced: Statement | None = None


def reported_statements(reading: StoryStatements) -> None:
    """Add the reported stances of the story, sentence by sentence."""
    body, holders = reading.body, reading.holders
    thread = _Thread()
    starts = [h.start for h in holders]  # (holders are sorted by start, as sentences are)
    for sentence in reading.sentences if holders else ():  # no holder: no sentence to read
        s_start, s_end = sentence
        lo = bisect_left(starts, s_start)
        local = holders[lo : bisect_left(starts, s_end, lo)]
        if not local and thread.previous is None and thread.last_person is None:
            continue  # no holder, no stance just before, no one "He" could be: nothing to read
        text = body[s_start:s_end]
        if text.rstrip().rstrip("\"'”’").endswith("?"):
            local = []  # a question states no position ("Should the United Kingdom approve ...?")
        produced = _holder_stances(reading, sentence, text, local, thread) if local else None
        if produced is None and (thread.last_person is not None or thread.last_state is not None):
            produced = _pronoun_stance(reading, sentence, text, local, thread)
        if produced is None and not local and thread.previous is not None and not thread.told_fact:
            produced = _follow_up(reading, sentence, text, thread.previous)
        if produced is None:
            _track_person(reading, sentence, local, thread)
        told_fact = False
        if produced is not None:
            thread.previous = (produced, sentence)
        elif thread.carried and thread.previous is not None:
            thread.previous = (thread.previous[0], sentence)  # the same state, still told
            told_fact = thread.told_fact
        elif thread.fact is not None:
            # "The ILO said one million people have lost their livelihoods.": a reported
            # fact, no position, but the "It" of the next sentence continues the ILO (a
            # holder-less sentence after it is no follow-up of a stance)
            thread.previous, told_fact = (thread.fact, sentence), True
        else:
            thread.previous = None
        thread.carried = False
        thread.fact = None
        thread.told_fact = told_fact


def _holder_stances(
    reading: StoryStatements,
    sentence: tuple[int, int],
    text: str,
    local: list[Holder],
    thread: _Thread,
) -> Statement | None:
    """Add the stances the sentence's ``local`` holders take, in text order; the last
    statement made, or None."""
    body, hearsay = reading.body, reading.hearsay
    s_start, s_end = sentence
    state = _Sentence()
    first_holder = local[0].start
    reported_end = -1  # the end of the last holder another's account reports
    for holder in local:
        if hearsay.holds(holder.start):
            continue
        if reported_end >= 0 and _LISTED_GAP.fullmatch(body, reported_end, holder.start):
            reported_end = holder.end  # "Pantucci said China and Russia have established":
            continue  # the second of the pair is in the same account
        if (
            holder.start == first_holder
            and (
                REPORTED_BEFORE.search(
                    body, max(s_start, holder.start - REPORT_REACH), holder.start
                )
                or (
                    body.find("ccording", s_start, holder.start) >= 0  # (cheap test first)
                    and ACCORDING_TO.search(
                        body, max(s_start, holder.start - REPORT_REACH), holder.start
                    )
                )
            )
            and reported_by_other(body, s_start, holder.start, reading.reporters())
        ):
            reported_end = holder.end
            continue  # "Philippe Sands says Lord Goldsmith warned": not his own word
        if (
            holder.start == first_holder
            and body.startswith(("He", "She"), s_start + (body[s_start] in "\"“‘'"))
            and told_by_private_pronoun(
                body, s_start, holder.start, reading.people(), reading.private_people()
            )
        ):
            reported_end = holder.end
            continue  # "He suggested ... the government also planning": Mr Cable's account
        # holders before the verb share its subject: "Both sides agreed", "The Danish and
        # German governments are challenging"; after it they are inside its clause
        inside = state.embedded_after <= holder.start < state.embedded_until
        # only a short lead can be one of MAIN_LEADS: never slice a long sentence per holder
        lead = (
            body[s_start : holder.start].strip(" \n\t\"'“‘")
            if holder.start - s_start <= MAIN_LEAD_WINDOW
            else "…"
        )
        read = _verb(reading, holder, s_end, local, first_holder == holder.start, lead)
        if read is None:
            continue
        (stance, verb_end, negated), with_partners = read
        if stance == SILENT:
            continue  # "Liberia declined to comment": no position
        if _FORMER_STANCE.match(body, holder.end, verb_end):
            continue  # "Indonesia, which originally accepted the offer, owes ...": a stance
            # the story tells as one the holder had, background to what it does now
        # "India is urgently searching for fresh energy supplies": the reporter's reading
        # of a country's need, no government voice states it; the country is in the story
        # but states no stance (neutral), and its clause still holds the holders inside it
        framed = reporter_described(body, holder.kind in STATE_KINDS, holder.end, verb_end, text)
        if body[s_start] in _CONJECTURE_INITIALS and _CONJECTURE.match(body, s_start):
            continue  # "Perhaps Russia will oppose any move": the writer's guess
        if HEDGED.search(body, holder.end, verb_end):
            continue  # "Beijing has issued what appears to be a veiled threat": the
            # reporter's inference from something not given, no statement in the text
        if future_act(body, verb_end) and FORECAST_BEFORE.search(
            body, max(s_start, holder.start - 80), holder.start
        ):
            continue  # "more likely that the Federal Reserve will raise rates": a forecast
        if inside:
            inside = _still_inside(body, holder, reading.partners, state)
        if inside and verb_end <= state.embedded_until:
            continue  # part of another actor's stated clause
        if holder.kind == "state-outlet" and stance == "neutral":
            continue
        if (
            stance == "demands"
            and holder.country == reading.speakers.home
            and _OWN_GOVERNMENT.match(body, verb_end)
        ):
            continue  # "He urged the government to scrap the tax": not the government's
            # own voice (a government does not urge itself; the "He" is someone else)
        clause = _clause(body, holder, sentence, (stance, verb_end, negated), lead)
        if clause is None:
            continue
        fact = reading.fact
        made = _record(reading, holder, sentence, clause, verb_end, framed, with_partners, state)
        if holder.kind == "person":
            thread.last_person = holder
        elif made is not None and holder.kind != "pair":
            thread.last_state = holder
        elif (
            holder.kind != "pair"
            and reading.fact is not fact
            and reading.fact is not None
            and reading.fact.country == holder.country
        ):
            thread.last_state, thread.fact = holder, reading.fact  # its words told a fact
    return state.produced


def _verb(
    reading: StoryStatements,
    holder: Holder,
    s_end: int,
    local: list[Holder],
    first: bool,
    lead: str,
) -> tuple[tuple[str, int, bool], list[Holder]] | None:
    """The holder's stance verb ((stance, verb end, negated)) and the partners that share it
    ("Germany and France agreed"), or None when the holder takes no stance: its own verb,
    a second predicate of the sentence's subject (``first``), a joint verb, or a claim in a
    relative clause after its act ("..., which it says are lying idle")."""
    body = reading.body
    if holder.verb_from is not None:
        found = stance_after(body, holder.verb_from, s_end, False)
    else:
        found = stance_after(body, holder.end, s_end, lead in MAIN_LEADS, holder.start)
    if found is None and first and lead in SUBJECT_LEADS:
        found = coordinated_stance(body, holder.end, s_end, local)
    if found is not None:
        return found, []
    together = joined(body, holder, s_end, reading.partners)
    if together is None:
        says = _WHICH_IT_SAYS.search(body, holder.end, min(s_end, holder.end + 200))
        if says is None or lead not in MAIN_LEADS or holder.kind == "person":
            return None
        # "The government is cracking down on latifundios, which it says are lying idle":
        # the act is told, the claim in the relative is stated
        return ("neutral", says.end(), False), []
    return together[1], list(together[0])


# a subordinate clause of time whose subject is the holder: what it tells is
# that holder's act, told as a fact (not the content of the stance before)
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:after|since)\s+(?:the\s+)?$")


def _still_inside(body: str, holder: Holder, partners: CandidateIndex, state: _Sentence) -> bool:
    """Whether a holder inside the clause of the stance before stays inside it: not when it
    opens a coordinated main clause the enclosing stance does not report ("Germany proposed
    a freeze and Canada has begun its own"), which then ends the enclosing statement."""
    if _TIME_CLAUSE_BEFORE.search(body, max(0, holder.start - 12), holder.start):
        return False  # "agreed to suspend its case after Beijing committed to a review": the
        # time clause tells Beijing's own act, not what Australia states
    opening = clause_opening(body, holder, partners)
    embedding = state.embedding
    if opening is not None and embedding is not None and embedding[0].end > opening:
        enclosing, enclosing_verb_end = embedding
        if not REPORTED_CLAUSE.search(body, enclosing_verb_end, opening):
            state.embedded_until = opening
            enclosing.end = len(body[:opening].rstrip(" ,"))
            enclosing.text = body[enclosing.start : enclosing.end]
            return False
    return True


def _clause(
    body: str,
    holder: Holder,
    sentence: tuple[int, int],
    verb: tuple[str, int, bool],
    lead: str,
) -> tuple[int, str, str, str] | None:
    """(clause end, issue text, stance, the verb's own stance) of the holder's clause: the
    stance its verb states as the clause reads it; None when the verb is someone else's, or
    the holder is named in the reporter's background (a relative clause about it) or defends
    its own conduct."""
    s_start, s_end = sentence
    stance, verb_end, negated = verb
    end = clause_end(body, holder.start, s_end)
    if body[s_start : s_start + 1] in _CONCESSIVE_INITIALS and _CONCESSIVE.match(body, s_start):
        comma = body.find(", ", verb_end, end)
        if comma > 0 and not _SAME_SUBJECT.match(body, comma + 2):
            end = comma  # "While the two governments say they have met with communities,
            # environmentalists say ...": the main clause after the comma is another's (not
            # "While Russia has signed the Charter, it has never ratified it")
    if verb_end > end:
        between = body[holder.end : verb_end]
        if any(m in between for m in _CLAUSE_STOPS):
            return None  # the verb is someone else's
        end = clause_end(body, verb_end, s_end)  # past an appositive
    comma = body.find(",", verb_end, end)
    clause_from = s_start if holder.start - s_start < ISSUE_WINDOW else holder.start
    # the holder's own clause: "... the presidential election, where Bush opposed
    # stem-cell research" is about the research, not the election (a relative clause)
    for relative in RELATIVE_OPENING.finditer(body, clause_from, holder.start):
        clause_from = relative.start(1)
    clause = body[clause_from : min(comma if comma > 0 else end, verb_end + CLAUSE_WINDOW)]
    if (
        lead not in MAIN_LEADS
        # (a cheap test first: the pattern ends on "that" or "which" right before the holder)
        and body[max(0, holder.start - 7) : holder.start].rstrip().endswith(("that", "which"))
        and OBJECT_RELATIVE.search(body, max(s_start, holder.start - 30), holder.start)
    ):
        return None  # "... missile base - a plan that Russia sharply opposes": the
        # reporter's note on a plan, no Russian voice in the sentence
    if (
        lead not in MAIN_LEADS
        and BACKGROUND_RELATIVE.match(body, holder.end)
        and "," not in body[holder.end + 2 : verb_end]
    ):
        return None  # "relations with neighbor China, which ... has threatened war if ...":
        # the reporter's background about an actor named inside another clause, not a
        # stance it states (a subject's own "The US, which has been a strong supporter of"
        # still is)
    # the stance is read up to a spaced dash: after it comes another clause ("... missile
    # base - a plan that Russia sharply opposes" is Russia's, not Tusk's)
    dash = body.find(" - ", verb_end, end)
    read = clause_stance(
        stance, body[verb_end : min(dash if dash > 0 else end, verb_end + CLAUSE_WINDOW)], negated
    )
    if read == "neutral" and stance == "neutral" and not negated:
        read = fronted_stance(body, s_start, holder.start, verb_end, end)
    if read == "supports" and OWN_CONDUCT.match(body, verb_end):
        return None  # "Sarkozy defended on Tuesday his decisions to congratulate ... and
        # invite ...": a justification of several acts, no position on one issue
    return end, clause, read, stance


# a concessive clause opening the sentence: its holder's words end at the comma
_CONCESSIVE = re.compile(r"(?:While|Although|Though|Whereas)\s")
_CONCESSIVE_INITIALS = frozenset("WAT")
_SAME_SUBJECT = re.compile(r"(?:it|he|she|they|we)\s")
_REASON_MARK = re.compile(r"[,;:\-–—]|saying|adding|explaining")
OWN_QUOTE_MIN = 40  # characters of a quote that gives the reason of a stance, not a phrase
# what introduces the reason quoted after a stance ("..., saying: ", "... He said: ")
_REASON_OPENING = re.compile(r"[\s,;:\-–—]*(?:(?:saying|adding|explaining)\s*)?[\s,;:\"“‘']*$")


def _before_own_quote(reading: StoryStatements, name: str, verb_end: int, end: int) -> int:
    """Where a person's stance clause ends when their own quote, already stated, comes after
    the stance verb in the sentence ("US President George W. Bush also ruled out direct talks
    with the Syrian leader, saying: 'My patience ran out ...'"): before the quote and the
    words that introduce it, so the stance and the quote are two statements, not the quote's
    one; ``end`` otherwise."""
    for other in reading.statements:
        if not (other.actor == name and verb_end < other.start < end and other.end <= end + 2):
            continue
        if other.end - other.start < OWN_QUOTE_MIN:
            return end  # a quoted phrase ("would be 'open'"), not the reason
        cut = _REASON_OPENING.search(reading.body, verb_end, other.start)
        if cut is None or not _REASON_MARK.search(cut.group(0)):
            return end  # 'a poll campaign "which is upbeat ..."': the quote goes on the clause
        own = reading.body[verb_end : cut.start()]
        if len(own.split()) < 3 or any(mark in own for mark in '"“‘'):
            return end  # "Tony Blair has promised that": the stance's object is the quote
        return verb_end + len(own)
    return end


def _record(
    reading: StoryStatements,
    holder: Holder,
    sentence: tuple[int, int],
    clause: tuple[int, str, str, str],
    verb_end: int,
    framed: bool,
    with_partners: list[Holder],
    state: _Sentence,
) -> Statement | None:
    """Add the holder's statement (and its partners'), and note the clause it embeds."""
    body, partners = reading.body, reading.partners
    end, issue_text, stance, verb_stance = clause
    start = sentence[0] if holder.start - sentence[0] < 200 else holder.start
    if framed:
        stance = "neutral"  # (its clause still embeds: "... want the budget capped - the
        # Commission wants it to be 1.26%" gives the Commission no line of theirs)
        state.embedded_until, state.embedded_after = end, verb_end
    elif stance != "neutral":
        state.embedded_until = end  # "demanded that the US and UN agree": not theirs
        state.embedded_after = verb_end
    reported = state.said.get(holder.country)
    if reported is not None and reported[1] <= holder.start and stance != "neutral":
        reported[0].stance = stance  # "Officials in Tokyo said Japan would protest"
    if verb_stance not in ("neutral", SILENT) and not framed and holder.kind == "person":
        end = _before_own_quote(reading, holder.name, verb_end, end)
    target = _target(body, verb_end, end, partners) if stance in AGAINST else None
    count = len(reading.statements)
    made = reading.add(
        holder.country, start, end, stance, actor_name(holder), issue_text, True, target
    )
    if (
        made is not None
        and len(reading.statements) == count  # an earlier reading of the span came back
        and made.start <= holder.start < made.end
        and verb_stance not in ("neutral", SILENT)  # its own verb, not a said clause's cue
        and _NEGATION.search(body, holder.end, verb_end) is None
    ):
        # "''The United States supports efforts to reduce excess capacity,'' Mr. Lew said":
        # the official's words read as no stance, the state they name as subject states one
        _own_verb_stance(made, stance, target)
    state.produced = made or state.produced
    if made is not None:
        if verb_stance != "neutral" and stance != "neutral":
            state.embedding = (made, verb_end)
        if made.stance == "neutral" and made.start <= holder.start:
            state.said.setdefault(holder.country, (made, holder.end))
        with_partners += coordinated(holder, body, partners)
        with_partners += company(body, holder, verb_end, partners)
        if _MUTUAL_VERB.search(body, max(0, verb_end - 8), verb_end):
            # "Turkey has agreed a draft with the IMF": both agreed; "Mr Brown has signed a
            # debt relief deal with Tanzania": the UK's act, no Tanzanian voice
            with_partners += agreed_with(body, holder, verb_end, end, partners)
    for partner in with_partners:
        reading.add(partner.country, start, end, stance, actor_name(partner), issue_text, True)
    return made


def _own_verb_stance(made: Statement, stance: str, target: str | None) -> None:
    """Give an earlier reading of a span that stated no stance the stance its subject's own
    verb states (the caller checks the verb is the subject's and not negated)."""
    if made.stance == "neutral" and stance != "neutral":
        made.stance = stance  # type: ignore[assignment]
        made.target = target if stance in AGAINST and target != made.country else None


def _pronoun_stance(
    reading: StoryStatements,
    sentence: tuple[int, int],
    text: str,
    local: list[Holder],
    thread: _Thread,
) -> Statement | None:
    """The stance of a sentence opening on "He said ..." (the last person holder of the
    sentence before) or "It said" (the country or institution whose stance the sentence
    just before stated, when nothing else was named in between); None otherwise."""
    body = reading.body
    s_start, s_end = sentence
    lead = text.lstrip(" \"“'‘")
    joined_on = False  # "But he urged reconciliation": still his, when it takes a stance
    if lead[:1] in _CONJUNCTION_INITIALS:
        conjunction = _LEADING_CONJUNCTION.match(lead)
        if conjunction is not None:
            lead, joined_on = lead[conjunction.end() :], True
        elif lead.startswith("In "):
            where = _WHERE_STATED.match(lead)
            if where is not None:
                lead = "It" + lead[where.end() + 2 :]  # "In a statement, it said": "It said"
    first_word = lead.split(" ", 1)[0] if lead else ""
    if first_word not in PRONOUNS and first_word != "It":
        return _statement_said(reading, sentence, text, local, thread)
    referent = _referent(reading, sentence, lead, first_word, thread)
    if referent is None:
        return None
    offset = s_start + len(text) - len(lead) + len(first_word)
    found = stance_after(body, offset, s_end)
    if (
        found
        and found[0] == "demands"
        and referent.country == reading.speakers.home
        and _OWN_GOVERNMENT.match(body, found[1])
    ):
        found = None  # "He urged the government to scrap the tax": someone else
    if not found or found[0] == SILENT or any(h.kind == "person" for h in local):
        return None
    stance, verb_end, negated = found
    end = clause_end(body, s_start, s_end)
    stance = clause_stance(stance, body[verb_end : min(end, verb_end + CLAUSE_WINDOW)], negated)
    if joined_on and stance == "neutral":
        return None  # "Yet he added that he didn't like to do 'futurology'": a neutral
        # aside after a conjunction adds no position
    count = len(reading.statements)
    made = reading.add(
        referent.country, s_start, end, stance, actor_name(referent), body[s_start:end], True
    )
    if (
        made is not None
        and len(reading.statements) == count  # the pronoun's words read before, as no stance
        and found[0] not in ("neutral", SILENT)
        and not negated
        and made.start <= offset < made.end
    ):
        _own_verb_stance(made, stance, None)  # "He argued against intervention": his verb
    # "In a statement, it said the strikes killed 26.": figures, no position, but the "It"
    # of the next sentence still continues the same state
    thread.carried = made is None and first_word == "It"
    return made


def _statement_said(
    reading: StoryStatements,
    sentence: tuple[int, int],
    text: str,
    local: list[Holder],
    thread: _Thread,
) -> Statement | None:
    """The statement of a sentence whose quote "the statement" closes ('"India's act
    constitutes a clear violation of Pakistan's sovereignty," the statement said.'): the
    state "It" would continue, when the quote finder gave the quote no named speaker."""
    if "statement" not in text:
        return None  # (a cheap test first)
    said = _STATEMENT_SAID.search(text)
    if said is None or any(h.kind == "person" for h in local):
        return None
    s_start, s_end = sentence
    for quote in reading.story.quotes:
        if s_start <= quote.start < s_end and quote.speaker.name:
            return None  # the quote finder named whose statement it is
    referent = _referent(reading, sentence, "It said", "It", thread)
    if referent is None:
        return None
    stance = clause_stance("neutral", text[: said.start()], False)
    made = reading.add(referent.country, s_start, s_end, stance, actor_name(referent), text, True)
    thread.carried = made is None
    return made


def _referent(
    reading: StoryStatements,
    sentence: tuple[int, int],
    lead: str,
    first_word: str,
    thread: _Thread,
) -> Holder | None:
    """The holder a sentence's opening "He" / "She" / "It" continues, or None."""
    s_start = sentence[0]
    last_person, last_state, previous = thread.last_person, thread.last_state, thread.previous
    if first_word in PRONOUNS and last_person is not None:
        if thread.others is None:
            thread.others = mentions_of(
                reading.story, ("person",), exclude=reading.speakers.countries
            )
        surname = last_person.name.rsplit(" ", 1)[-1]
        if (
            not thread.others.holds_between(last_person.end, s_start)
            and not _quoted_other(reading.story.quotes, sentence, last_person.name)
            and not has_word(lead[len(first_word) :], surname)
        ):
            # (a name in the pronoun's own sentence is someone else: "And he confirmed
            # Mr Blair's insistence" is not Mr Blair's)
            return last_person
    elif (
        first_word == "It"
        and last_state is not None
        and previous is not None
        and previous[0].country == last_state.country  # the sentence just before
    ):
        if thread.named is None:
            # (a person named in between is no "It": "The ministry condemned the strikes by
            # the Indian Air Force. It said ..." still continues the ministry)
            thread.named = mentions_of(reading.story, ("organisation",))
        if not _named_between(reading.body, thread.named, last_state.end, s_start) and (
            "\n" not in reading.body[last_state.end : s_start]
            or _next_paragraph(reading.body, last_state, previous[1], s_start, lead)
        ):
            return last_state
    return None


_SENTENCE_END = (".", '"', "”", "’")
# an organisation telling the state's statement at its sentence's end: "Pakistan summoned
# India's envoy ..., the Ministry of Foreign Affairs said." (its "It" is the same voice)
_TELLER_AT_END = re.compile(r"(?:[A-Z][\w'’\-]*\s+(?:of\s+|for\s+|and\s+)?){1,6}(?:said|says)\.")


_OWN_BODY_GAPS = frozenset({"'s ", "’s ", " "})


def _named_between(body: str, named: MentionIndex, lo: int, hi: int) -> bool:
    """Whether an organisation is named between a state and the "It" after it, other than
    the state's own ("Pakistan's Ministry of Foreign Affairs") or one that tells the state's
    statement at its sentence's end."""
    at = bisect_left(named.starts, lo)
    while at < len(named.starts) and named.starts[at] < hi:
        start = named.starts[at]
        if body[lo:start] not in _OWN_BODY_GAPS and not _TELLER_AT_END.match(body, start):
            return True
        at += 1
    return False


_SUBJECT_OPENING = ("", "The", "the")


def _next_paragraph(
    body: str, state: Holder, before: tuple[int, int], sentence_start: int, lead: str
) -> bool:
    """Whether an "It said" opening a paragraph continues the state of the paragraph just
    before, one sentence that the state opens as its subject or that itself continued it
    ("The Ministry of Foreign Affairs has condemned ....\n\nIt said ..."): a wire story's
    paragraphs of one sentence. Not after a heading, nor after a paragraph of several
    sentences or another subject (a continuing sentence, "In a statement, it said" or '"...,"
    the statement said', continues it too), nor with a verb other than a speech verb ("It also
    co-ordinates military plans": a description)."""
    words = lead.split(" ", 2)
    if len(words) < 2 or words[1] not in speech_forms("said_it"):
        return False
    paragraph = body.rfind("\n", 0, before[0]) + 1
    if body[before[0] : before[1]].rstrip()[-1:] not in _SENTENCE_END or (
        body[paragraph : before[0]].strip() or body[before[1] : sentence_start].strip()
    ):
        return False
    opening = body[before[0] : before[0] + 60].lstrip(' "“')
    return (
        before[0] <= state.start and body[before[0] : state.start].strip() in _SUBJECT_OPENING
    ) or (
        opening.startswith("It ")
        or _WHERE_STATED.match(opening) is not None
        or _STATEMENT_SAID.search(body, before[0], before[1]) is not None
    )


def _follow_up(
    reading: StoryStatements,
    sentence: tuple[int, int],
    text: str,
    previous: tuple[Statement, tuple[int, int]],
) -> Statement | None:
    """A holder-less sentence right after a stance, in its paragraph, on its issue, with a
    modal ("It must be lifted."): the same actor's demand; None otherwise."""
    prev_statement, prev_sentence = previous
    same_paragraph = "\n" not in reading.body[prev_sentence[1] : sentence[0]]
    modal = clause_stance("neutral", text, False) == "demands"
    same_issue = reading.issues.classify(text) == prev_statement.issue
    if (
        same_paragraph
        and modal
        and same_issue
        and "according to" not in text.lower()
        # "Police Federation chairman Jan Berry said civilian officers should act ...": a
        # sentence naming someone who speaks for no government is theirs, no follow-up
        and not reading.reporters().holds_between(sentence[0], sentence[1])
    ):
        return reading.add(
            prev_statement.country,
            sentence[0],
            sentence[1],
            "demands",
            prev_statement.actor,
            text,
            True,
        )
    return None


def _track_person(
    reading: StoryStatements,
    sentence: tuple[int, int],
    local: list[Holder],
    thread: _Thread,
) -> None:
    """Update the person a later "he" can be after a sentence that made no statement: the
    last person it names who speaks in their own words, or no one."""
    body, s_start = reading.body, sentence[0]
    if local and any(h.kind == "person" for h in local):
        # not one named inside another speaker's words ('Mr Bannatyne said: "Gordon Brown
        # is a great chancellor ..." And he branded'), nor one named after a described
        # subject ("The strongman expressed hope that Obama wins re-election. And he
        # wrote"): then the "he" is no one known
        spoken = [
            h
            for h in local
            if h.kind == "person"
            and not reading.hearsay.holds(h.start)
            and not _inside_others_quote(reading.story.quotes, h)
        ]
        if not spoken or (
            _DESCRIBED_SUBJECT.match(body, s_start) and spoken[0].start > s_start + 1
        ):
            thread.last_person = None
        else:
            thread.last_person = spoken[-1]
    elif _DESCRIBED_SUBJECT.match(body, s_start):
        # "The speaker also repeats his claim. He says ...": the "He" is the speaker's, not
        # the last official named
        thread.last_person = None


def _quoted_other(quotes: list[Quote], sentence: tuple[int, int], name: str) -> bool:
    """Whether the quote finder gave this "He said ..." sentence to a named speaker other than
    ``name``: the quote its pronoun frames opens the sentence ("Mr Balls had suggested that
    Mr Brown would ... He said he hoped": Mr Balls, not the last official named), or the
    sentence lies inside another speaker's direct quote ('"He accepted that ...," he said' of
    the prime minister about Mr Blunkett)."""
    at = bisect_left(quotes, sentence[0], key=lambda q: q.start)
    if at and quotes[at - 1].kind == "direct" and quotes[at - 1].end > sentence[0]:
        speaker = quotes[at - 1].speaker.name
        if speaker and speaker != name:
            return True
    while at < len(quotes) and quotes[at].start < sentence[0] + QUOTE_OPENING:
        speaker = quotes[at].speaker.name
        if quotes[at].kind != "fragment" and speaker and speaker != name:
            return True
        at += 1
    return False


def _inside_others_quote(quotes: list[Quote], holder: Holder) -> bool:
    """Whether a person holder lies inside a quote (direct or indirect) the quote finder gave
    to another named speaker ("Mr Blair has 'the same passion' ..., he said" of Alan
    Milburn)."""
    at = bisect_right(quotes, holder.start, key=lambda q: q.start)
    for quote in quotes[max(0, at - 8) : at]:  # (quotes open in text order; few overlap)
        name = quote.speaker.name
        if quote.kind != "fragment" and quote.end > holder.start and name and name != holder.name:
            return True
    return False


# between a verb and the actor it is aimed at: "warned Washington", "accused the US of",
# "hit out at China", "rejected the EU's demand"
_TARGET_GAP = re.compile(r"\s+(?:(?:at|against|on|to)\s+)?(?:the\s+)?")


def _target(body: str, verb_end: int, limit: int, partners: CandidateIndex) -> str | None:
    """The country or body a stance verb is aimed at: the actor right after the verb."""
    gap = _TARGET_GAP.match(body, verb_end, limit)
    if gap is None:
        return None
    holder = partners.at(gap.end())
    if holder is None or _NOUN_AFTER.match(body, holder.end, limit):
        return None  # "cracking down on Gaza militants": the militants, not Gaza's government
    return holder.country


# a place used as a modifier: "Gaza militants", "Iraqi insurgents", "Chinese fishermen"
_NOUN_AFTER = re.compile(
    r"\s+(?:militants?|insurgents?|rebels?|fighters?|gunmen|fishermen|fishers|companies|"
    r"company|firms?|groups?|protesters?|activists?|students?|workers?|civilians?|people|"
    r"residents?|citizens?|nationals?|media|press|opposition|separatists?|forces?\s+loyal)\b"
)
