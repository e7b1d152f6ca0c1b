"""People: names the finder must read out of longer runs, and names it must not make up."""

from __future__ import annotations

from briefgen.analysis.people import find_people
from briefgen.analysis.quotes import find_quotes
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story


def analyse(body: str) -> tuple[dict[str, object], list[tuple[str | None, str]]]:
    """People by name, and (speaker, first words) of each direct quote."""
    story = Story(title="t", body=body)
    story.sentences = split_sentences(body)
    people = find_people(story)
    quotes = [
        (q.speaker.name, body[q.start : q.end][:20])
        for q in find_quotes(story, people)
        if q.kind == "direct"
    ]
    return {p.name: p for p in people}, quotes


def test_name_after_a_long_capitalised_office() -> None:
    body = (
        "“They must pay for what they did,” New York City Public Advocate Trish James said. "
        '"Bernie stands with the gun industry."'
    )
    people, quotes = analyse(body)
    assert "Trish James" in people
    assert people["Trish James"].title == "Public Advocate"
    assert people["Trish James"].modifier == "New York City"
    assert [s for s, _ in quotes] == ["Trish James", "Trish James"]


def test_office_words_alone_make_no_name() -> None:
    # trap: a role noun followed by one capitalised word, or by a place, is no name
    people, _ = analyse(
        "“It is over,” New York City Public Advocate James said. "
        "“It is not,” Water Commissioner New Jersey said."
    )
    assert not any(name.endswith(("Advocate James", "New Jersey")) for name in people)
    assert "New Jersey" not in people


def test_surname_that_is_a_common_or_company_word_speaking() -> None:
    body = (
        "Atlantic City Mayor Don Guardian was pleased. “We are ready,” said Guardian. "
        "“We are not,” the Guardian said in an editorial. "
        "Republican strategist Charlie Black backed the plan. “It will work,” Black said."
    )
    _, quotes = analyse(body)
    assert quotes == [
        ("Don Guardian", "We are ready,"),
        ("Guardian", "We are not,"),  # trap: "the Guardian" is the newspaper
        ("Charlie Black", "It will work,"),
    ]


def test_common_word_speaking_is_nobody_without_a_full_name() -> None:
    # trap: no one named Black or Friday in full: the words stay no one's name
    people, quotes = analyse("“It will work,” Black said. “It did,” said Friday.")
    assert "Black" not in people and "Friday" not in people
    assert [s for s, _ in quotes] == [None, None]
