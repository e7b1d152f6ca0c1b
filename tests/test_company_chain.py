"""'," the company said' after sentences that go on about one body (issue 16, session 14):
"Northrop Grumman Corporation is …. The company said on Monday that … the Pentagon …" names
the body the chain of subjects starts from, though another body is named in between; a chain
that starts from a person or from no name gives no one."""

from __future__ import annotations

from datetime import datetime

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def speaker_of(body: str, opening: str) -> str | None:
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2024, 5, 1)))
    found = [q for q in story.quotes if q.text.startswith(opening)]
    assert found, [q.text for q in story.quotes]
    return found[0].speaker.name


def test_company_chain_reaches_the_body_named_as_subject() -> None:
    # a wire-agency business story: the body, then "The company said", then the quote
    body = (
        "Northrop Grumman Corporation is in only the early stages of planning the "
        "replacement. The company said on Monday that it had signed a contract with the "
        "Pentagon worth $170 million.\n\n"
        '"We look forward to working with the Air Force on subsequent phases of the '
        'program," the company said.'
    )
    assert speaker_of(body, "We look forward") == "Northrop Grumman Corporation"


def test_group_chain_with_curly_marks() -> None:
    # a broadsheet style: curly marks, "the group", a regulator named in between
    body = (
        "Siemens Energy Group has cut its forecast for the year. The group said on "
        "Thursday that the Federal Network Agency had delayed two permits.\n\n"
        "\u201cWe remain confident in the long-term demand for our turbines,\u201d the group "
        "said."
    )
    assert speaker_of(body, "We remain confident") == "Siemens Energy Group"


def test_chain_from_a_person_names_no_body() -> None:
    # trap: the chain starts from a person, and two bodies are named: stay unresolved
    body = (
        "Jane Brown, the chief executive, met the Financial Conduct Authority on Monday. "
        "The company said on Monday that it had been warned by Barclays Bank about its "
        "reporting.\n\n"
        '"We are disappointed by the results this quarter," the company said.'
    )
    assert speaker_of(body, "We are disappointed") is None


def test_chain_from_no_name_names_no_body() -> None:
    # trap: "Shares in X fell": the subject is no body, and two bodies are named
    body = (
        "Shares in Barclays Bank fell sharply on Tuesday. The company said on Monday that "
        "it had been warned by the Financial Conduct Authority about its reporting.\n\n"
        '"We are disappointed by the results this quarter," the company said.'
    )
    assert speaker_of(body, "We are disappointed") is None
