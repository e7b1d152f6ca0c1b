"""Whose demand an obligation is, and whether it is still pending: the checks that keep the
writer's own analysis, a private opinion and a request already past out of the open questions.

An open question rests on a matter between parties. "X must V" told in the writer's own voice
("Clinton has to remind the rank and file ..." in a debate preview) is the writer's view of a
strategy; "I think the government should ..." from a parent on the telephone, or what "most
voters said" the country should do, is an opinion; "had asked Y to V", or a request dated
months before its story, is history whose outcome the reader cannot take as still pending.
The words are in ``questions.toml [voice]``; each check returns True to drop the question.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from briefgen.analysis.dates import DateMention
from briefgen.analysis.mentions import speech_data
from briefgen.model import Story
from briefgen.sections.questions_lexicon import questions_raw

HISTORY_DAYS = 90  # a request dated this long before its story is history, not news


@cache
def _voice() -> dict[str, re.Pattern[str]]:
    raw = questions_raw().get("voice", {})
    verbs = {form for forms in speech_data()["verbs"].values() for form in forms}
    verbs |= set(raw.get("attribution", []))
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(verbs, key=len)[::-1])
    public = "|".join(re.escape(w) for w in sorted(raw.get("public", []), key=len)[::-1])
    said = "|".join(re.escape(w) for w in sorted(raw.get("public_verbs", []), key=len)[::-1])
    return {
        # lower case: "the United States" holds no verb "states"
        "attribution": re.compile(rf"\b(?:{words or '(?!)'})\b"),
        "opinion": re.compile(raw.get("opinion") or r"(?!)"),
        # "Most voters said ...", "a parent interviewed by telephone said", "said one parent"
        "public": re.compile(
            rf"\b(?:{public or '(?!)'})\b(?:\s+[\w,'’-]+){{0,4}}?\s+(?:{said or '(?!)'})\b"
            rf"|\b(?:{said or '(?!)'})\s+(?:(?:one|a|another|the|many|some)\s+)?"
            rf"(?:[\w-]+\s+)?(?:{public or '(?!)'})\b",
            re.IGNORECASE,
        ),
        "past_perfect": re.compile(r"\bhad\s+(?:(?:also|already|earlier|repeatedly|been)\s+)*$"),
        # no party behind the request: "Some have urged ...", "Many called on ...", and the
        # writer's own "I urged ..." outside a quotation
        "nobody": re.compile(
            r"(?:^|[,;:]\s*|\b(?:and|but|that)\s+)(?:[Ss]ome|[Mm]any|[Oo]thers|[Ff]ew|[Ss]everal)"
            r"\s+(?:(?:have|had|has|also|even|already|long)\s+)*$"
        ),
        "writer": re.compile(
            r"(?:^|[^\w\s]\s*|\b(?:and|but|why|so)\s+)(?:I|We)\s+(?:\w+\s+){0,2}$"
        ),
    }


def reporter_voice(story: Story, s0: int, s1: int, a: int, v: int, v1: int) -> bool:
    """Is the obligation ``body[a:v1]`` ("Clinton has to remind ...") told in the writer's own
    voice: no quotation of the story holds it and no verb of saying or thinking in its sentence,
    outside the obliged subject and the demanded act ``body[a:v1]`` ("Member states must ..."
    holds a noun "states", not a verb), gives it to someone? ``v`` is where the act starts."""
    if any(q.start <= a < q.end for q in story.quotes):
        return False
    body = story.body
    attribution = _voice()["attribution"]
    return not (attribution.search(body, s0, a) or attribution.search(body, v1, s1))


def no_party_asks(story: Story, s0: int, cue: int) -> bool:
    """Is a request ("urged X to V") made by no one the story names: "Some have urged
    Republicans to ...", or the writer's own "That's why I urged Ted Cruz to run" outside
    any quotation?"""
    before = story.body[s0:cue]  # a slice: "^" is its start
    voice = _voice()
    if voice["nobody"].search(before):
        return True
    if voice["writer"].search(before) is None:
        return False
    return not any(q.start <= cue < q.end for q in story.quotes if q.kind == "direct")


def private_opinion(story: Story, s0: int, s1: int, a: int) -> bool:
    """Is the demand a first-person opinion ("I think the American government should ...")
    or a member of the public's ("Most voters said the UK should ...", '..., said one
    parent')? Neither is a party's demand on the matter."""
    body = story.body
    voice = _voice()
    if voice["opinion"].search(body, s0, a):
        return True
    return voice["public"].search(body, s0, s1) is not None


def past_request(
    story: Story, s0: int, cue: int, v: int, v1: int, dates: list[DateMention], as_of: date | None
) -> bool:
    """Is the request told as past: in the past perfect ("Clinton had asked Sullivan to
    send ..."), or dated, outside the act it asks for, more than ``HISTORY_DAYS`` before its
    story ("In 2010, X asked Y to ...")? Dates of another role (a span, a birth, a figure's
    period) tell when something else was."""
    body = story.body
    if _voice()["past_perfect"].search(body, max(s0, cue - 30), cue):
        return True
    ref = story.published.date() if story.published is not None else as_of
    if ref is None:
        return False
    cutoff = ref - timedelta(days=HISTORY_DAYS)
    # an event's date, not a span's end ("ambassador from 2007 to 2013") or a birth
    return any(
        m.role == "event"
        and m.end_date is not None
        and m.end_date < cutoff
        and not v <= m.start < v1
        for m in dates
    )
