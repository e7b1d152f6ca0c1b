"""A pronoun cue before a quote that the pronoun layer leaves open ('Earlier, she told the
Today programme: "…"', the sentences before opening on "The minister") goes on from the
previous speaker as '"…," she said' does (issue 16, session 14): the same gender, no other
person of that kind named or speaking in between; else it stays unresolved."""

from __future__ import annotations

from datetime import datetime

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def speaker_of(body: str, opening: str) -> str | None:
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2024, 5, 1)))
    found = [q for q in story.quotes if q.text.startswith(opening)]
    assert found, [q.text for q in story.quotes]
    return found[0].speaker.name


LEAD = (
    "Trade Secretary Patricia Hewitt opened the seminar on Monday. Ms Hewitt told the "
    'audience: "We are looking at how quickly we can do that."\n\n'
    "Ms Hewitt also announced a new drive to help women in engineering. Women in full-time "
    "work earn 19% less than men.\n\n"
    'The minister told delegates that "career sexism" was vital to the pay gap.\n\n'
    '"Career sexism limits opportunities for women of all ages. '
)


def test_she_told_after_she_said_in_a_broadcaster_style() -> None:
    # BBC style: straight marks, the programme named as the hearer
    body = LEAD + (
        '"It is simply wrong to assume someone cannot do a job," she said. Earlier, she '
        "told BBC Radio 4's Today programme: \"What we are talking about is the fact that "
        'women work in low-paid jobs."'
    )
    assert speaker_of(body, "What we are talking about") == "Patricia Hewitt"


def test_he_wrote_after_he_said_in_a_wire_style() -> None:
    # US wire style: curly marks, the speaker named two paragraphs back, "The senator" between
    # (a guard: the pronoun layer resolves this one itself)
    body = (
        "Sen. Mark Delaney of Ohio spoke to reporters at the Capitol on Tuesday. Delaney "
        "said the bill would pass.\n\n"
        "The senator has opposed the measure for a decade. Farm groups back it.\n\n"
        "\u201cWe will not stand for this,\u201d he said. In a letter on Monday, he wrote: "
        "\u201cThe farmers of Ohio deserve better than this bill.\u201d"
    )
    assert speaker_of(body, "The farmers of Ohio") == "Mark Delaney"


def test_another_woman_named_in_between_stays_unresolved() -> None:
    # trap: another woman is named after the first speaker: "she" may be either
    body = LEAD + (
        '"It is simply wrong to assume someone cannot do a job," she said. Labour MP Jane '
        "Kennedy disagreed with the plan. Earlier, she told BBC Radio 4's Today programme: "
        '"What we are talking about is the fact that women work in low-paid jobs."'
    )
    assert speaker_of(body, "What we are talking about") != "Patricia Hewitt"


def test_other_gender_stays_unresolved() -> None:
    # trap: "he" after a woman's quote names no one
    body = LEAD + (
        '"It is simply wrong to assume someone cannot do a job," she said. Earlier, he '
        "told BBC Radio 4's Today programme: \"What we are talking about is the fact that "
        'women work in low-paid jobs."'
    )
    assert speaker_of(body, "What we are talking about") is None
