"""Which quotes are a country's statements, and which stance each states.

A quote (direct, indirect, or a fragment the sentence ends by attributing) is its speaker's
country's statement when the speaker is an official, a government body or a state outlet,
and not when the sentence shows the words are someone else's: the one named is addressed
("warned Mr Brown not to"), acted on ("ousted leader Leonid Kuchma") or a venue ("At a U.N.
Security Council meeting"), another full name stands before the reporting verb, or the "he"
that frames it is another person. A direct quote keeps only its sentences that state the
speaker's own position (not those relaying another country's). The stance is the quote's
content, else the reporting verb that frames it ('"...," Putin complained.').
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container
from functools import cache

from briefgen.analysis.actor_verbs import stance_after
from briefgen.analysis.clause_stance import clause_stance
from briefgen.analysis.gazetteer import member_of
from briefgen.analysis.holders import Holder, acted_on_before
from briefgen.analysis.mentions import SPEAKER_AFTER_QUOTE, speech_alternation
from briefgen.analysis.officials import official_body
from briefgen.analysis.reported_facts import STATE_KINDS
from briefgen.analysis.reporting_verbs import reporting_stance, sentence_stance
from briefgen.analysis.stance_lexicon import SILENT
from briefgen.analysis.stated_clauses import SUBJECT_REACH, SUBORDINATE_OPENING
from briefgen.analysis.statement_builder import StoryStatements
from briefgen.analysis.voices import ACCORDING_TO, REPORT_REACH, mentions_of, state_outlet
from briefgen.model import Quote, Story

# a sentence whose subject is a person described, not named ("The speaker also repeats his
# claim"): a "he" after it is that person
_DESCRIBED_PERSON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?:The|This|That)\s+(?:[a-z\-]+\s+)?"
    r"(?:speaker|man|woman|narrator|voice|author|writer|caller|cleric|militant|gunman|figure)\b",
    re.MULTILINE,
)
_PRONOUN_FRAME = re.compile(r"\b(?:he|she|He|She)\s+(?:says|said|adds|added|continues|continued)\b")
PRONOUN_REACH = 1500  # characters back to the speaker's last named mention


# a full name right before the reporting verb of an indirect quote ("..., Viktor Yanukovich,
# said the vote showed"): the one who said it
_NAME_BEFORE_VERB = re.compile(
    r"(?<![\w'’])([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]*)+),?\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told\s+[\w\s]{0,30}?|added|argued|insisted|claimed)\s*(?:that\s*)?$"
)


def _named_other(body: str, name: str, s_start: int, quote_start: int) -> bool:
    """Whether another person's full name stands right before the reporting verb of a quote
    given to ``name`` (the speaker was read from a possessive or an earlier mention)."""
    frame = _NAME_BEFORE_VERB.search(body, max(s_start, quote_start - 120), quote_start)
    if frame is None:
        return False
    said_by = [w.strip(".,'’").lower() for w in frame.group(1).split()]
    speaker = [w.strip(".,'’").lower() for w in name.split()]
    # the same person when either's last name is in the other ("President Xi", "Xi Jinping");
    # a shared first name is not enough ("Viktor Yanukovich" is not "Viktor Yushchenko")
    return speaker[-1] not in said_by and said_by[-1] not in speaker


FRAME_REACH = 160  # characters of a direct quote's frame read for its reporting verb


def _direct_frame(story: Story, quote: Quote) -> tuple[str, bool] | None:
    """(stance, negated) of the reporting verb framing a direct quote, after it ('"...,"
    Putin complained.') or before it ('Wang Yi accused Washington: "..."'); None when that
    verb states no stance ("said")."""
    body = story.body
    after = story.sentence_at(max(quote.end - 1, quote.start)) or (quote.start, quote.end)
    tail = body[quote.end : min(after[1], quote.end + FRAME_REACH)]
    verb = reporting_stance(tail.lstrip(" \"”’',"), last=False) if tail.strip(" \"”’'.") else None
    if verb is None:
        before = story.sentence_at(quote.start) or (quote.start, quote.end)
        head = body[max(before[0], quote.start - FRAME_REACH) : quote.start]
        if head.rstrip(" \"“‘'").endswith((":", ",")):
            verb = reporting_stance(head.rstrip(" \"“‘':,"))
    if verb is None or verb[0] in ("neutral", SILENT):
        return None
    return verb


def _pronoun_framed(body: str, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether a quote's sentence frames it by "he says", "she added" and the like."""
    lo, hi = min(sentence[0], quote.start), max(sentence[1], quote.end)
    return _PRONOUN_FRAME.search(body, lo, min(hi + 40, len(body))) is not None


def _another_he(body: str, name: str, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether a quote given to ``name`` through "he says" follows a sentence about another,
    described person ("The speaker also repeats his claim. He says ..."): the "he" is that
    person, not the last one named (asked only of a quote framed by "he says")."""
    lo = min(sentence[0], quote.start)
    last = name.split()[-1]
    named = body.rfind(last, max(0, lo - PRONOUN_REACH), lo)
    if named < 0:
        return False
    return _DESCRIBED_PERSON.search(body, named, lo) is not None


_VENUE_BEFORE = re.compile(r"\b(?:[Aa]t|[Bb]efore|[Tt]o)\s+(?:a|an|the)\s+$")


def _state_subject(holders: list[Holder], s_start: int, before: int) -> Holder | None:
    """The state holder opening a sentence (within its first words), before ``before``."""
    at = bisect_left(holders, s_start, key=lambda h: h.start)
    if at < len(holders):
        holder = holders[at]
        if holder.start < min(before, s_start + SUBJECT_REACH) and holder.kind in STATE_KINDS:
            return holder
    return None


def _acted_on(body: str, name: str, s_start: int, quote_start: int) -> bool:
    """Whether the speaker an indirect quote is given to is named in its sentence only as the
    object of a verb before the quote ("ousted long-serving leader Leonid Kuchma")."""
    at = body.find(name, s_start, quote_start)
    return at > 0 and acted_on_before(body, max(s_start, at - 60), at)


def _according_to_other(reading: StoryStatements, s_start: int, quote_start: int) -> bool:
    """Whether an indirect quote's sentence opens on "According to" someone who speaks for no
    government (a person or organisation that is no official, ministry or state outlet)."""
    body = reading.body
    if "ccording" not in body[s_start : min(quote_start, s_start + 40)]:
        return False  # (a cheap test first: most sentences open otherwise)
    lead = body[s_start:quote_start]
    found = ACCORDING_TO.match(body, s_start + len(lead) - len(lead.lstrip(" \"“‘'")))
    return found is not None and reading.reporters().holds_between(found.end(), found.end() + 8)


def _venue(body: str, name: str, s_start: int, quote_start: int) -> bool:
    """Whether an organisation a quote is given to is named in its sentence only as the venue
    ("At a U.N. Security Council emergency meeting", "told the UN General Assembly")."""
    at = body.find(name, s_start, quote_start)
    return at > 0 and _VENUE_BEFORE.search(body, max(0, at - 12), at) is not None


def _other_he(story: Story, name: str, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether the "he" of a quote given to ``name`` through "he said" is someone else: the
    sentence's own "He" cannot be ``name`` when it names ``name`` after it ("He rejected
    speculation that Mr Brown was ..."); and the last mention of ``name`` before is no subject
    when it is a possessor with another person named after it in its sentence ("Formerly one
    of Mr Brown's closest aides, Ed Balls hinted"); asked only of a quote framed by "he said"."""
    body = story.body
    lo = min(sentence[0], quote.start)
    last = name.split()[-1]
    opening = _PRONOUN_OPENING.match(body, sentence[0])
    if opening and body.find(last, opening.end(), sentence[1]) >= 0:
        return True
    named = body.rfind(last, max(0, lo - PRONOUN_REACH), lo)
    if named < 0 or body[named + len(last) : named + len(last) + 2] not in ("'s", "’s"):
        return False
    own = story.sentence_at(named)
    others = mentions_of(story, ("person",), exclude=(name,))
    return own is not None and others.holds_between(named + len(last), min(own[1], lo))


_PRONOUN_OPENING = re.compile(r"[\s\"“‘']*(?:He|She)\s")


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+")


def _addressed(text: str, name: str) -> bool:
    """Whether a reported clause opens with its own speaker's name: the speaker is the one
    addressed ("warned Mr Brown not to ..."), not the one speaking."""
    head = _HONORIFIC.sub("", text.lstrip(" \"'“‘"), count=1)
    parts = name.split()
    return bool(parts) and (head.startswith(name) or head.startswith(parts[-1] + " "))


# a title and a surname; the surname is the text before the NUL that ``_names_speaker``
# prepends (a back-reference: one pattern for every name, none compiled per story)
_TITLED_SURNAME = re.compile(
    r"\A(?P<who>[^\x00]*)\x00(?s:.*?)\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P=who)\b"
)


def _names_speaker(quoted: str, name: str) -> bool:
    """Whether a direct quote names its own speaker in the third person by title ("Mr
    Yushchenko was careful"): the reporter's words, run on from an unclosed quotation."""
    surname = name.split()[-1] if " " in name else ""
    return (
        len(surname) > 2
        and surname in quoted  # (cheap: most quotes never hold the surname)
        and _TITLED_SURNAME.match(f"{surname}\x00{quoted}") is not None
    )


_CLAUSE_FRAGMENT_WORDS = 4  # a shorter quoted phrase may be a term or a scare quote
_SHORT_TAIL = 40  # characters after a short quoted phrase to its sentence's end: '", he said.'


@cache
def _attribution_tail() -> re.Pattern[str]:
    """What may follow a quote's closing mark up to its sentence's end when the sentence ends
    on who said it: '," she added in an interview.', '," Sarkozy said.', '," said Rice.'"""
    verbs = speech_alternation("attribution")
    who = SPEAKER_AFTER_QUOTE
    return re.compile(
        rf"[,.!?…]?[\"”’']\s*,?\s*(?:{who}\s+(?:{verbs})|(?:{verbs})\s+{who})\b[^\"“”]*$"
    )


def _attributed_fragment(body: str, quote: Quote, sentence: tuple[int, int]) -> bool:
    """Is a quoted fragment the content of its sentence, the sentence ending on who said it
    ('Iran is "the single greatest threat ...," she added.'), and long enough to be a claim?"""
    if quote.end > sentence[1]:
        return False
    if len(quote.text.split()) < _CLAUSE_FRAGMENT_WORDS and (
        sentence[1] - quote.end > _SHORT_TAIL
        or len(body[sentence[0] : quote.start].split()) < _CLAUSE_FRAGMENT_WORDS
    ):
        # a short quoted phrase counts only when it ends a clause of the reporter's that the
        # attribution right after it closes: the whole clause is the speaker's ('the matter
        # is being taken "extremely seriously", he said.'); else a term or a scare quote
        return False
    return _attribution_tail().match(body, quote.end, sentence[1]) is not None


_PRONOUN_SUBJECT = re.compile(r"(?:But |And |Yet |So )?(?:It|They|it|they)(?:['’](?:s|re)\b|\s)")


def _own_part(
    body: str,
    span: tuple[int, int],
    sentences: list[tuple[int, int]],
    holders: list[Holder],
    country: str,
) -> tuple[int, int] | None:
    """The span of a direct quote that states its speaker's own position: without its
    sentences whose subject is another country, nor the "it"/"they" sentences that continue
    one ("The North Korean administration wants to denuclearize as well. But it's asking for
    its safety to be guaranteed": Putin relays the North's position). The whole quote when
    no sentence relays; None when every sentence does."""
    start, end = span
    kept: list[tuple[int, int]] = []
    relayed = relaying = False
    lo = bisect_right(sentences, (start, len(body) + 1)) - 1  # the sentence holding start
    for s_start, s_end in sentences[max(lo, 0) :]:
        if s_start >= end:
            break
        piece = (max(s_start, start), min(s_end, end))
        if piece[0] >= piece[1]:
            continue
        head = piece[0] + len(body[piece[0] : piece[1]]) - len(body[piece[0] : piece[1]].lstrip())
        at = bisect_left(holders, head, key=lambda h: h.start)
        subject = holders[at] if at < len(holders) else None
        if subject is not None and subject.start < min(piece[1], head + SUBJECT_REACH):
            # "The North Korean administration wants": another country's stance verb; not
            # "Russia is Ukraine's partner" (the speaker's view of it) nor "If the US ..."
            relaying = (
                subject.country != country
                and not member_of(country, subject.country)  # a French minister's "Europe"
                and not SUBORDINATE_OPENING.match(body, head)
                and stance_after(body, subject.end, piece[1]) is not None
            )
        elif not (relaying and _PRONOUN_SUBJECT.match(body, head)):
            relaying = False
        if relaying:
            relayed = True
        else:
            kept.append(piece)
    if not relayed:
        return start, end
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


# a free relative on the speaker's verb ("what Obama says and promises is ...", "whatever
# Beijing claims"): a noun phrase of the writer's sentence, the speaker's words not given
_FREE_RELATIVE_SPEAKER = re.compile(
    r"\b(?:[Ww]hat|[Ww]hatever)\s+(?:[A-Z][\w.'’\-]*\s+){1,4}[a-z]+\s+$"
)


def quote_statements(reading: StoryStatements, persons: Container[str]) -> None:
    """Add the statements of the story's quotes whose speaker has a country and speaks for
    its government (``persons``: the names of the story's people)."""
    story, body = reading.story, reading.body
    officials = reading.speakers.countries
    # a council the holders gave a country ("The National Security Committee, chaired by
    # Prime Minister Shehbaz Sharif"): its statement's quotes are that country's
    councils = {h.name: h.country for h in reading.holders if h.kind == "institution"}
    for quote in story.quotes:
        name = quote.speaker.name
        country = officials.get(name or "") or quote.speaker.country or councils.get(name or "")
        if not country or not name:
            continue
        outlet = name not in officials and state_outlet(name)
        if (
            name not in officials
            and not outlet
            and name not in councils
            and (name in persons or not official_body(name))
        ):
            # (a state outlet the people finder took for a person still speaks: '"... a
            # military provocation that cannot be tolerated," the Rodong Sinmun said')
            if quote.kind != "indirect":
                continue
            sentence = story.sentence_at(quote.start) or (quote.start, quote.end)
            if not _acted_on(body, name, sentence[0], quote.start):
                continue
            # "Ukraine recently ousted long-serving leader Leonid Kuchma and has said it
            # wants ...": whoever the one acted on is, the subject state says it (_speaker)
        else:
            sentence = story.sentence_at(quote.start) or (quote.start, quote.end)
        if quote.kind == "indirect" and _FREE_RELATIVE_SPEAKER.search(
            body, max(0, quote.start - 60), quote.start
        ):
            continue  # "what Obama says and promises is now the baseline": the words are
            # the subject of another's sentence, nothing he said
        speaker = _speaker(reading, quote, name, country, sentence, officials)
        if speaker is None:
            continue
        country, speaker_name = speaker
        read = _quote_stance(reading, quote, name, country, sentence)
        if read is None:
            continue
        start, end, stance, quoted = read
        if outlet and stance == "neutral":
            continue  # a state outlet's neutral report is news, not a position (as for holders)
        reading.add(country, start, end, stance, speaker_name, quoted)


def _speaker(
    reading: StoryStatements,
    quote: Quote,
    name: str,
    country: str,
    sentence: tuple[int, int],
    officials: Container[str],
) -> tuple[str, str | None] | None:
    """(country, actor) whose statement the quote given to ``name`` is: ``name``'s, the
    sentence's subject state's when ``name`` is only the object of a verb before it (then
    no actor), or None when the sentence shows the words are not ``name``'s."""
    story, body = reading.story, reading.body
    if quote.kind == "indirect" and _addressed(quote.text, name):
        return None  # "warned Mr Brown not to be tempted": Brown is told, he says nothing
    if quote.kind == "fragment" and not _attributed_fragment(body, quote, sentence):
        return None  # a quoted phrase run into the reporter's own account
    if name not in officials and _venue(body, name, sentence[0], quote.start):
        return None  # "At a U.N. Security Council emergency meeting ..., Ukrainian Ambassador
        # Andrii Melnyk denied ...": the body is where he spoke, not who spoke
    speaker: str | None = name
    if quote.kind == "indirect" and _acted_on(body, name, sentence[0], quote.start):
        # "Ukraine recently ousted long-serving leader Leonid Kuchma and has said it wants
        # ...": the one named is the object; the sentence's subject state says it
        subject = _state_subject(reading.holders, sentence[0], quote.start)
        if subject is None:
            return None
        country, speaker = subject.country, None
    if quote.kind == "indirect" and _according_to_other(reading, sentence[0], quote.start):
        return None  # "According to Philippe Sands, Lord Goldsmith had warned Tony Blair
        # that ...": the author's account of what was said, not the speaker's own word
    if quote.kind == "indirect" and _named_other(body, name, sentence[0], quote.start):
        return None  # "the Regions Party of the president's archrival, Viktor Yanukovich, said"
    framed = _pronoun_framed(body, sentence, quote)
    if framed and _another_he(body, name, sentence, quote):
        return None  # "The speaker also repeats his claim. He says ...": not Sarkozy's words
    if framed and _other_he(story, name, sentence, quote):
        return None  # "Formerly one of Mr Brown's closest aides, Ed Balls hinted ... He said"
    if (
        quote.kind == "indirect"
        and quote.start - sentence[0] <= REPORT_REACH  # (bounded: run-ons stay linear)
        and SUBORDINATE_OPENING.match(body, sentence[0])
        and body.find(",", sentence[0], quote.start) < 0
        # "While the risk is low the matter is taken seriously, he said.": the reported
        # words open on the subordinate clause themselves, the speaker's own
        and not SUBORDINATE_OPENING.match(body, quote.start)
    ):
        return None  # "As Mr Brown announced the Budget date, ...": background, no position
    return country, speaker


def _quote_stance(
    reading: StoryStatements, quote: Quote, name: str, country: str, sentence: tuple[int, int]
) -> tuple[int, int, str, str] | None:
    """(start, end, stance, stated words) of the statement a quote makes: a direct quote's
    own part, an indirect quote's or a fragment's whole sentence; None for a question or a
    direct quote that relays only others or runs on into the reporter's text."""
    story, body = reading.story, reading.body
    start, end = quote.start, quote.end
    quoted = quote.text
    if quote.kind == "direct":
        own = _own_part(body, (start, end), reading.sentences, reading.holders, country)
        if own is None:
            return None  # every sentence relays another country's position (read below)
        start, end = own
        quoted = body[start:end]
    if quoted.rstrip(" ,.\"'”’").endswith("?"):
        return None  # "Do you feel any ethical guilt?": a question states no position
    if quote.kind == "direct" and _names_speaker(quoted, name):
        return None  # '"... Mr Yushchenko was careful ...': an unclosed quote runs on into
        # the reporter's text; whose words it opened with is not known
    dash = quoted.find(" - ")  # "... missile base - a plan that Russia opposes": not his
    stance = clause_stance("neutral", quoted[:dash] if dash > 0 else quoted, False)
    if quote.kind == "direct" and stance == "neutral":
        # '"...," Putin complained.', 'Wang Yi accused Washington: "..."': the verb that
        # frames a direct quote says what kind of statement it is
        verb = _direct_frame(story, quote)
        if verb is not None:
            stance = clause_stance(verb[0], quoted, verb[1])
    if quote.kind != "direct" and sentence[0] <= start and end <= sentence[1]:
        # the whole sentence, with its "X said" (a fragment: the reporter's clause it
        # completes, 'Iran is "the single greatest threat ...," Rice said')
        start, end = sentence
        # "Barroso has suggested the cash could be shared": the reporting verb's stance
        stance = sentence_stance(body, sentence, quote, stance)
    return start, end, stance, quoted
