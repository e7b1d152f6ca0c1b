"""Quotations marked with single quotation marks (issue 16): British and Commonwealth style,
curly or straight, without taking an apostrophe for a quote mark."""

from __future__ import annotations

from briefgen.analysis.people import find_people
from briefgen.analysis.quotations import scan_quotes, single_style
from briefgen.analysis.quotes import find_quotes
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story


def _spans(body: str) -> list[str]:
    """The quoted spans the scanner reads, one line per paragraph."""
    lines, at = [], 0
    for para in body.split("\n"):
        lines.append((at, at + len(para)))
        at += len(para) + 1
    return [body[p.start : p.end] for p in scan_quotes(body, [ln for ln in lines if ln[1] > ln[0]])]


def _direct(body: str) -> list[tuple[str, str | None]]:
    story = Story(title="t", body=body)
    story.sentences = split_sentences(story.body)
    return [
        (q.text, q.speaker.name)
        for q in find_quotes(story, find_people(story))
        if q.kind == "direct"
    ]


def test_which_texts_mark_quotations_with_single_marks() -> None:
    assert single_style("'We will not back down,' the minister said.")
    assert not single_style("\"We won't,\" she said of the 'deal'.")
    # a text typing its double marks as two single ones
    assert not single_style("''I have this memory,'' said Tom Vietor.")
    # curly left single marks far outnumbering double ones: double marks nest in single ones
    assert single_style("‘One.’ ‘Two “nested”.’ ‘Three.’ ‘Four.’")
    # a left single mark typed for an apostrophe counts for nothing: "I don‘t"
    assert not single_style('"Yes," he said. I don‘t, can‘t, won‘t, isn‘t.')


def test_straight_single_quotes_and_apostrophes() -> None:
    body = (
        "Grace O'Neill, who runs the students' union, said: 'We don't accept Trump's terms. "
        "The '90s are over and rock 'n' roll is dead.'\n"
        "'The members' vote was clear,' she added."
    )
    assert _spans(body) == [
        "We don't accept Trump's terms. The '90s are over and rock 'n' roll is dead.",
        "The members' vote was clear,",
    ]


def test_curly_single_quotes_across_paragraphs() -> None:
    body = (
        "Sipho Ndlovu, the mayor, said the city’s water plan would go ahead.\n"
        "‘We have waited long enough for the pipes to be fixed.\n"
        "‘The residents’ patience has run out,’ he said."
    )
    assert _spans(body) == [
        "We have waited long enough for the pipes to be fixed.",
        "The residents’ patience has run out,",
    ]


def test_a_possessive_shaped_mark_closes_before_the_next_quote() -> None:
    body = "Anna Berg called the protesters 'thugs' and said 'we will not give in' on Monday."
    assert _spans(body) == ["thugs", "we will not give in"]


def test_a_lost_paragraph_break_continues_the_quote() -> None:
    body = (
        "Priya Raman said: 'The budget is fair to every region. 'It protects the poorest "
        "families first.'"
    )
    assert _spans(body) == [
        "The budget is fair to every region.",
        "It protects the poorest families first.",
    ]


def test_single_quoted_quotes_get_their_speakers() -> None:
    body = (
        "The health minister, Zweli Mkhize, defended the plan on Tuesday.\n"
        "'We will not back down on this, because the clinics cannot wait any longer,' "
        "Mkhize said.\n"
        "'It's the patients' lives that matter,' he added."
    )
    assert _direct(body) == [
        (
            "We will not back down on this, because the clinics cannot wait any longer,",
            "Zweli Mkhize",
        ),
        ("It's the patients' lives that matter,", "Zweli Mkhize"),
    ]


def test_no_apostrophe_opens_a_quote_in_a_double_quote_text() -> None:
    body = (
        "\"The students' union won't back down,\" said Tom O'Neill. He called the '90s "
        "'a lost decade' for rock 'n' roll."
    )
    assert _spans(body) == ["The students' union won't back down,"]
