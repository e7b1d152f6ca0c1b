"""Timeline lines that do not tell a concrete act by an actor, though a date stands in them.

A timeline line tells who did what, when. These constructions of English carry a date and a
verb yet tell something else:

- a condition or a supposition: "If his core supporters were worried ..., they had to wait only
  until he spoke in Phoenix on Wednesday night" (what would follow, not what happened);
- a habit framing the dated event: "Demonstrators picket every political convention, but
  punches were thrown last week" (the line's main clause is a generality);
- a speech cut before its content: "Obama addressed the concerns last Thursday, stating state
  and local authorities" (a "stating"/"saying" whose clause has no verb), "Trump told the
  station in an interview aired on Monday when asked how ties would fare" (the answer is cut);
- rally rhetoric: "Patrick told Cruz backers Saturday night that Cruz has “taken every
  punch”" (words to a crowd of supporters, a quotation for an event);
- the reporter's reading of events: "judging from the initial reaction, the attack resonated
  ...", "what seemed most relevant was ..." (an interpretation, not an act);
- a subject that leans on its story: "On CNN Tuesday, his wife, Jane, called for ..." (whose
  wife?);
- a guess or a plan: "he may need a third-place finish on Saturday", "research to be released
  this week", "Tuesday, in her last speech of the year, she plans to call for ...";
- a passer-by's word: "Marley Anderson, 21, a junior from Las Vegas, said she turned out ..."
  (a name with an age, then "said": a voice of the street, not an actor);
- a quantity without its figure: "The amount Trump essentially gave his campaign Thursday"
  (the figure was cut from the text);
- two events of two days under one date: "Sanders held a rally Saturday while Clinton hosted
  an event Monday";
- a statement without its content: "The mayor's office issued a statement Thursday" (that it
  spoke, not what it said);
- an attribution told twice around one quotation: "Asked about it, Roe said "I know nothing
  about the plan," she said" (a garbled line);
- an act named before, as the subject of "came": "The announcement came in a letter sent out
  Friday" (which announcement?);
- a counted group the story introduced: "The three governors drew plaudits at Saturday's
  debate" (which three?);
- a country's party or government named by its role alone: "the leader of the governing
  party invoked the attacks" (which country's?);
- a day that dates only a clause after "after" or "before": "The minister was heard telling an
  aide to leave after he was pressed Sunday in an interview" (the act itself is undated), or
  only a relative clause after the main one ("the crowd was loud outside the hall, which the
  mayor on Friday declared a landmark");
- an act that did not happen: "But the mayor did not dismiss his aide on Tuesday", "Roe did not
  reply to a request for comment Tuesday" (a non-event);
- an outlet's note on its own reporting: "An earlier version of this story ...", "Because of an
  editing error, an article on Wednesday misidentified ..." (a correction, not news), "The poll
  was conducted Nov. 6 to 10 ..." (a method);
- a running count: "As of Wednesday, Roe had 1,200 delegates", "won 77 percent of the vote
  through the May 10 contests" (a total to a day, not an act of that day);
- a mood or a scene: "Frustrations at the mayor's slide have begun to percolate", "By Monday
  morning, the grim ritual had begun", "The room remained half-full Saturday" (no act);
- a request for comment, answered or not: "X did not respond to requests for comment";
- a feeling or an appearance, not an act: "Roe was shocked by the reaction", "officials were
  thrilled with the editorial", "the rally appeared choreographed", "Oliver appeared to lose his
  temper", "supporters wondered whether ...";
- a day as the subject of a verdict: "Last week proved that ...", "Tuesday marks four weeks
  since ..."; a teaser: "Something rare happened Monday";
- a poll's field days: "May 13-22 and surveyed 1,000 adults", "conducted the poll of 1,042
  voters from April 27 through Sunday" (a method, not an event);
- a plan: "had been scheduled to deliver a speech on Monday", "proposed a debate on the evening
  of April 4" (the day is the planned event's, not an act's).
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefgen.analysis.mentions import speech_alternation, speech_data, speech_forms


def _reporting_participles() -> list[str]:
    """The participles of the speech lexicon (``[cues] participles``) whose verb reports what
    was said (a form of it in ``[cues] indirect``, ``reported_words`` or ``words_follow``):
    "saying", "stating", "noting", "insisting" — a clause follows them, not a name ("calling
    the plan a disaster", "praising the mayor")."""
    reporting = {
        *speech_forms("indirect"),
        *speech_forms("reported_words"),
        *speech_forms("words_follow"),
    }
    verbs = speech_data()["verbs"].values()
    wanted = {f for forms in verbs if reporting.intersection(forms) for f in forms}
    return [p for p in speech_forms("participles") if p in wanted]


# a line that opens on a condition or a supposition
_CONDITION = re.compile(r"^\W*(?:(?:But|And|Yet)\s+)?(?:If|Even\s+if|Unless|Had\s+(?!been\b))\b")
# a habit or a generality in a clause before another joined by "but" or ";"
_HABIT = re.compile(
    r"^[^;]*?\b(?:every|always|usually|typically|routinely|traditionally)\b[^;]*?(?:,\s*but\b|;)"
    # a habit as the main clause, a dated instance only its example: "X regularly pledges to
    # ..., as she put it on Wednesday"
    r"|^(?:[^,;]{1,40},\s+)?[^,;]*?\b(?:regularly|routinely|often|frequently|usually|always|typically|habitually)\s+"
    r"[a-z]+(?<!s)s\b"
)
# a speech participle that closes the line ("..., stating state and local authorities")
_SPEECH_TAIL = re.compile(
    rf",\s+(?:{'|'.join(map(re.escape, _reporting_participles()))})\s+(?P<rest>[^,;:“”\"]*)$"
)
# a finite verb in what the participle says: "saying he would resign", "noting that it failed"
_CLAUSE_VERB = re.compile(
    r"\b(?:that|is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did"
    r"|does|do|[a-z]{2,}ed|he|she|it|they|we|I)\b"
)
# "told the station ... when asked how ...": what was told is missing
_ASKED_NO_ANSWER = re.compile(r"\btold\s+(?![^“\"]*\bthat\b)[^“\"]*\bwhen\s+asked\b")
# words to a crowd of supporters, given as a quotation
_TO_SUPPORTERS = re.compile(
    r"\b(?:told|urged|assured|reminded)\s+(?:[\w.'’-]+\s+){0,2}?(?:supporters|backers|crowds?"
    r"|audiences?|rally-?goers|faithful|fans|cheering\s+\w+)\b[^“\"]*[“\"]"
)
# the reporter reading events: "judging from the reaction", "what seemed most relevant was"
_READING = re.compile(
    r"\bjudging\s+(?:from|by)\b"
    r"|(?:^|,\s+)what\s+(?:seemed|seems|mattered|matters|stood\s+out|stands\s+out)\b"
)
# a subject that is someone's relative or aide, after a fronted phrase: "On CNN Tuesday, his
# wife, Jane, called ...", "Later, her spokesman said"
_POSSESSED_SUBJECT = re.compile(
    r"^\W*(?:[^,]{1,40},\s+)?(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+\b"
    # or a contracted demonstrative: "That's according to reports ...", "It's the first ..."
    r"|^\W*(?:That|This|It)['’]s\b"
    # or a bare pronoun after a fronted phrase: "At his stops Monday, he did not ..."
    r"|^\W*[^,]{1,40},\s+(?:he|she|they)\s+[a-z]+"
)


# a guess or what is still ahead ("may" in lower case: "May" is a month)
_GUESS_OR_AHEAD = re.compile(
    r"\b(?:may|might)\b|\bto\s+be\s+(?![a-z]+ed\s+by\b)[a-z]+(?:ed|en)\b|\b(?:due|set)\s+to\s+[a-z]+"
    r"|(?<!no\s)\b(?:plans|intends|hopes|aims)\s+to\s+[a-z]+"
)
# a name, an age, maybe a description, then "said": "Marley Anderson, 21, a junior from ..., said"
_PASSER_BY = re.compile(
    r"^\W*(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s+\d{1,2},\s+(?:[^,]{1,80},\s+)?"
    rf"(?:{speech_alternation('attribution')})\b"
)
# a quantity whose figure is missing: "The amount Trump gave ...", "The number of people ..."
_QUANTITY = re.compile(r"^\W*The\s+(?:amount|number|share|percentage|proportion|sum|total)\b")
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?"
    r"|millions?|billions?|half|double|doubled|tripled|halved)\b"
)


# a reported clause whose subject is followed only by its relative clause: "Cruz insisted that
# Republicans who refused to rule out a draft" (the clause's own verb was cut)
_THAT_CLAUSE = re.compile(
    rf"\b(?:{speech_alternation('indirect')})\s+that\s+"
    r"(?P<subject>[^,;]*?)\s+(?:who|which)\s+(?P<rest>[^,;]*)$"
)


def _relative_only(text: str) -> bool:
    """Does a reported "that" clause end inside the relative clause of its subject?"""
    found = _THAT_CLAUSE.search(text)
    if found is None or _CLAUSE_VERB.search(found.group("subject")):
        return False
    return len(_CLAUSE_VERB.findall(found.group("rest"))) <= 1


# a weekday: a line naming two tells two events of two days ("Sanders held a rally Saturday
# while Clinton hosted an event Monday"), listed under one
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


_JOINED = re.compile(r"\s(?:while|whereas)\s|,\s+(?:and|but)\s")


# a statement issued, and nothing of what it said: "X issued a statement Thursday"
_EMPTY_STATEMENT = re.compile(
    r"\b(?:issued|released|put\s+out|sent\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:statement|response|reply)\b(?:\s+(?:on\s+)?[\w.]+){0,3}\W*$"
)
# one quotation with a verb of speech on each side: "Roe said "...," she said"
_TWICE_SAID = re.compile(
    rf"\b(?:{speech_alternation('in_quote_attribution')})\s*:?\s*[“\"][^”\"]{{3,}}[”\"]\s*,?\s*"
    rf"(?:he|she|they|it|[A-Z][\w'’-]+)\s+(?:{speech_alternation('in_quote_attribution')})\b"
)
# a subordinate clause of time after the main clause: "..., after he was pressed Sunday",
# "... after finishing second in the state a week ago", "... before Monday's caucus"; an event
# named after "after"/"following" ("losing supporters after the debate on Saturday", "died
# following the Dec. 2 attack"); a comparison's clause ("hit harder than they were hit by
# France on Sunday")
_AFTER_CLAUSE = re.compile(
    r"\s(?:after|before|than)\s+(?:(?:the\s+)?[\w'’-]+\s+(?:was|were|is|are|had|has|did"
    r"|[a-z]+ed)|[a-z]+ing|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\b"
    r"|\s(?:after|following)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:on\s+)?(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)


# an act told before, as the subject of "came"/"followed": "The announcement came in a letter"
_CAME = re.compile(r"^\W*The\s+(?:[a-z]+\s+)?[a-z]+\s+(?:came|comes|followed|follows)\b")
# a counted group as the subject, not named after it: "The three governors drew plaudits"
_COUNTED_SUBJECT = re.compile(
    r"^\W*The\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?[a-z]+s\b"
    r"(?!\s*[,(—–-])"
)
# a party or a government named by its role in its country, which the line must then name
_ROLE_PARTY = re.compile(
    r"\bthe\s+(?:governing|ruling|opposition|main\s+opposition)\s+"
    r"(?:party|parties|coalition|government)\b"
)
_COUNTRY_KINDS = frozenset(["name", "display", "demonym", "capital"])
_NEAR = 24  # characters after the party phrase where its country may stand ("of Hungary")


def unplaced_party(text: str) -> bool:
    """Does the line name "the governing party" (or the ruling coalition, the opposition
    party) and no country, so it does not say whose?"""
    party = _ROLE_PARTY.search(text)
    if party is None:
        return False
    from briefgen.analysis.gazetteer import find_terms

    # the country before the party or right after it ("Hungary's governing party", "the
    # ruling party in Hungary"), not a country the line names for something else ("its
    # campaign against migrants from Syria")
    near = text[: party.end() + _NEAR]
    return not any(m.term.kind in _COUNTRY_KINDS for m in find_terms(near))


def dated_only_after(text: str) -> bool:
    """Are the line's days (a weekday, a date, "a week ago") all in a clause of "after" or
    "before" that follows its main clause ("X was heard telling Y to go home after Y was
    pressed Sunday")? Then the day dates the other event, not the line's act. A clause set
    before the main one ("Days before it was to report on Wednesday, the firm said on
    Friday") leaves the later day to it."""
    clause = _AFTER_CLAUSE.search(text)
    if clause is None:
        return False
    comma = text.find(",", clause.end())
    end = len(text) if comma < 0 else comma
    days = [d.start() for d in _DAY_WORDS.finditer(text)]
    return bool(days) and all(clause.start() < d < end for d in days)


# the words that date a line: a weekday, a day of a month, a time counted back from the story
_DAY_WORDS = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tonight)\b"
    r"|\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+ago\b"
    r"|\blast\s+(?:week|month|night)\b|\b(?:earlier\s+|later\s+)?this\s+(?:week|month)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)


def two_days(text: str) -> bool:
    """Does the line join two clauses of two different weekdays ("... Saturday while ...
    Monday")? A frame of another day ("Just days before it was to report on Wednesday, the
    company said on Friday") joins none."""
    for first, second in pairwise(_WEEKDAY.finditer(text)):
        if first.group() != second.group() and _JOINED.search(text, first.end(), second.start()):
            return True
    return False


def quantity_without_figure(text: str) -> bool:
    """Does the line open on a quantity ("The amount ...", "The number of people ...") and
    give no figure?"""
    return _QUANTITY.match(text) is not None and _FIGURE.search(text) is None


# the main clause's verb negated: "But the mayor did not dismiss his aide on Tuesday" (no comma
# before it, so not "Roe, who did not say so, said on Wednesday ...")
_SUBJECT_RUN = (
    r"(?:(?!\b(?:but|and|or|while|who|which|that|as|after|before|when|because|if)\b)"
    r"[^,;:“”\"]){1,80}?"
)
_NEGATED = re.compile(
    rf"^\W*(?:(?:But|And|Yet|Still|However),?\s+)?{_SUBJECT_RUN}\b"
    r"(?:(?:did|does|do|would|could)\s*(?:not|n['’]t)\s+(?!only\b)[a-z]+"
    r"|never|declined\s+to|refused\s+to)\s"
)
# a request for comment: "did not respond to a request for comment", "declined to comment"
_COMMENT = re.compile(
    r"\brequests?\s+(?:for|seeking)\s+(?:comment|an\s+interview)\b|\bdeclined\s+(?:to\s+)?comment"
    r"|\bcould\s+not\s+be\s+reached\b"
)
# an outlet's note on its own reporting: a correction, a poll's method
_CORRECTION = re.compile(
    r"\b(?:[Aa]n\s+(?:earlier|alternate|alternative|previous)\s+version\s+of\s+this"
    r"|(?:[Bb]ecause\s+of|[Dd]ue\s+to|[Oo]wing\s+to)\s+an?\s+[a-z]+\s+error"
    r"|(?:this|the)\s+(?:article|story)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended)"
    r"|misidentified|misstated|misspelled|misquoted|incorrectly\s+[a-z]+ed"
    r"|(?:poll|survey)\s+was\s+conducted|margin\s+of\s+(?:sampling\s+)?error)\b"
)
# a running count to a day: "As of Wednesday, ...", "through the May 10 contests"
_RUNNING_COUNT = re.compile(
    r"^\W*(?:As\s+of|So\s+far|To\s+date|Up\s+to)\b"
    r"|\b(?:through|up\s+to)\s+the\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\s+)?[a-z]+(?:s|es)\b[^,;]*$"
)
# a mood or a scene: a feeling as the subject of "has begun to", a scene "By <time>, ... had
# begun", a state that "remained"
_FEELINGS = (
    r"frustrations?|anger|anxiety|anxieties|fears?|worries|worry|concerns?|unease|resentment"
    r"|mood|discontent|grumbling|doubts?|impatience|angst|dismay|gloom|optimism|enthusiasm"
)
_MOOD = re.compile(
    rf"^\W*(?:(?:The|A|But|And)\s+)?(?:[a-z]+\s+)?(?i:{_FEELINGS})\b[^;]*?\b(?:have|has)\s+"
    r"(?:begun|started|grown|mounted|deepened|spread)\b"
    r"|^\W*By\s+[^,]{1,30},\s+[^;]*?\bhad\s+(?:begun|started|set\s+in|arrived|settled)\b"
    r"|^\W*The\s+(?:[a-z]+\s+)?[a-z]+\s+(?:remained|stayed)\b"
)
# a relative clause of "which"/"where" with its own subject after the main one ("..., which
# the mayor on Friday declared"; not "..., which began on Monday": the subject's own act), or a
# reduced "as dedicated by X on Friday", holds every day of the line
_RELATIVE_AFTER = re.compile(
    r",\s+(?:which|where|whom)\s+(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)"
    r"|,?\s+as\s+(?=[a-z]+ed\s+by\s)|\s(?:those|people|anyone)\s+who\s"
)
# a relative clause that tells a plan ("Biden, who was to travel to Ohio on Wednesday, said
# ..."): a day in it dates the plan, not the line's act
_PLANNED = re.compile(
    r"(?:,|\s[-–—]+)\s+(?:who|which)\s+(?:was|were|is|are)\s+(?:due\s+|set\s+|scheduled\s+)?to\s"
)
# an actor no one can name: "A voter went to a town hall on Monday", "One woman said Friday",
# "A second debate unfolded online Wednesday" (an indefinite subject whose first words hold no
# proper name)
_NAMELESS_SUBJECT = re.compile(
    r"^\W*(?:(?:On|Last|Late|Early|This)\s+[^,]{1,30},\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)\s+"
    r"(?!(?:[\w'’-]+\s+){0,5}?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z])"
)
# a social gathering or a day's schedule as the act: "hosted a reception", "attended a dinner",
# "spent the day", "his schedule Monday"
_SOCIAL = re.compile(
    r"\b(?:hosted|held|threw|attended|gave|joined)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reception|dinner|luncheon|lunch|breakfast|brunch|cocktails?|gala|barbecue|picnic|party)"
    r"\b(?!\s+(?:conference|convention|caucus|meeting|congress|primary|leaders?|platform"
    r"|members?|officials?)\b)"
    r"|\b(?:schedule|itinerary)\b|\bspent\s+(?:the|his|her|their)\s+(?:day|morning|afternoon"
    r"|evening|weekend)\b"
)


def dated_only_relative(text: str) -> bool:
    """Are the line's days all in a relative clause ("..., which the mayor on Friday
    declared a landmark") after a main clause that names none? The day dates that clause."""
    days = [d.start() for d in _DAY_WORDS.finditer(text)]
    for clause in (_RELATIVE_AFTER.search(text), _PLANNED.search(text)):
        if clause is not None and days and all(d > clause.end() for d in days):
            return True
    return False


# a feeling or a state of mind as the main clause ("was shocked by", "were thrilled with")
_FEELING_WORDS = (
    r"shocked|thrilled|delighted|pleased|angry|upset|frustrated|disappointed|surprised|stunned"
    r"|relieved|worried|happy|unhappy|excited|furious|dismayed|baffled|confused|horrified"
    r"|outraged|elated|nervous|anxious|annoyed|irritated|saddened|heartbroken|uneasy|impressed"
    r"|unimpressed|embarrassed|ashamed|afraid|scared|glad|sad|proud|overjoyed|incensed"
)
_FEELING = re.compile(
    r"\b(?:was|were|is|are|felt|feels|seemed|appeared|looked|sounded|grew|became)\s+"
    r"(?:(?:so|very|deeply|visibly|clearly|genuinely|particularly|especially|more|less"
    r"|increasingly|also|still|not)\s+)?"
    rf"(?:{_FEELING_WORDS})\b"
    # an appearance, the reporter's reading: "appeared choreographed", "appeared to lose"
    # (not a hedged speech act: "seemed to imply that ...", "appeared to confirm")
    r"|\b(?:appeared|seemed|appears|seems)\s+(?:to\s+(?!have\s+been\b|(?:imply|suggest|say"
    r"|indicate|signal|acknowledge|concede|confirm|endorse|reject|back|threaten|mock|refer"
    r"|question|contradict|deny|accept|admit|blame|call|praise|criticize|criticise)\b)[a-z]+"
    r"|[a-z]+ed\b)"
    r"|\b(?:wondered|wonder|wonders)\s+(?:whether|if|how|why|what)\b"
    r"|\bsounding\s+(?:[a-z]+ly\s+)?[a-z]+\b"
)
_SPEECH_BEFORE = re.compile(
    rf"\b(?:{speech_alternation('indirect')}|{speech_alternation('news_attribution')})\b"
)
# a day as the subject of a verdict, or a teaser: "Last week proved that", "Tuesday marks"
_DAY_VERDICT = re.compile(
    r"^\W*(?:(?:Last|This|That)\s+(?:week|month|year|weekend|night)|Today|Yesterday"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?)"
    r"\s+(?:proved|proves|showed|shows|(?:marks|marked)(?=\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?"
    r"|months?|years?|anniversary)\b))\b"
    r"|^\W*(?:Something|Nothing|Everything)\s+[a-z]+"
)
# a poll's method: its field days, its sample
_POLL_METHOD = re.compile(
    r"\b(?:surveyed|polled|interviewed)\s+(?:\d|more\s+than|nearly|about|some|roughly|over)"
    r"|\bconducted\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:poll|survey)\b"
    r"|\b(?:poll|survey)\s+(?:was\s+|were\s+)?(?:taken|fielded|in\s+the\s+field)\b"
)
# a plan: the day dates what was planned, not an act
_PLAN = re.compile(
    r"\b(?:scheduled|slated|supposed)\s+to\b"
    r"|\b(?:proposed|suggested|planned|scheduled)\s+(?:a|an)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:on|for)\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?\s+\d)"
)


def a_feeling(text: str) -> bool:
    """Is the line's main clause a feeling or an appearance ("was shocked by", "appeared
    choreographed", "wondered whether"), not words reported about one ("said he was
    pleased")?"""
    found = _FEELING.search(text)
    return found is not None and _SPEECH_BEFORE.search(text, 0, found.start()) is None


def not_an_event(text: str) -> bool:
    """Is the line a non-event: an act that did not happen, a request for comment, an
    outlet's correction, a running count, a mood or a scene, a party or a day's schedule, an
    actor no one can name, a day of a relative clause?"""
    if _NEGATED.match(text) or _COMMENT.search(text) or _CORRECTION.search(text):
        return True
    if _RUNNING_COUNT.search(text) or _MOOD.match(text) or _SOCIAL.search(text):
        return True
    if _NAMELESS_SUBJECT.match(text) or _DAY_VERDICT.match(text) or _POLL_METHOD.search(text):
        return True
    if _PLAN.search(text) or a_feeling(text):
        return True
    return dated_only_relative(text)


def not_an_act(text: str) -> bool:
    """Does the timeline line ``text`` tell something else than an act: a condition, a habit,
    a speech cut before its content, rally rhetoric, the reporter's reading, a subject that
    needs its story, a guess or a plan, a passer-by's word or a quantity without its figure?"""
    if _CONDITION.match(text) or _HABIT.match(text) or _READING.search(text):
        return True
    tail = _SPEECH_TAIL.search(text)
    if tail is not None and _CLAUSE_VERB.search(tail.group("rest")) is None:
        return True
    if _ASKED_NO_ANSWER.search(text) or _TO_SUPPORTERS.search(text) or _relative_only(text):
        return True
    if _GUESS_OR_AHEAD.search(text) or _PASSER_BY.match(text) or two_days(text):
        return True
    if _EMPTY_STATEMENT.search(text) or _TWICE_SAID.search(text) or dated_only_after(text):
        return True
    if unplaced_party(text) or _COUNTED_SUBJECT.match(text) or _CAME.match(text):
        return True
    if not_an_event(text):
        return True
    return _POSSESSED_SUBJECT.match(text) is not None or quantity_without_figure(text)
