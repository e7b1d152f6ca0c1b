"""Speaker recall on unseen pages (issue 16, session 13): constructions that left a quote
without a speaker in several dev sets and outlets, as sentence-level cases in several outlets'
house styles, each with its trap, run through the real analysis.

* a seat or origin compound before a name ("Athens-based Aegean Star Tankers", "Tunisian-born
  Abdellatif Kechiche") modifies it: it is no word of the name, a name a body sits in is an
  organisation ("the company said" then names it), and a name after "from"/"at" and such a
  compound is still a preposition's object, not the speaker.
"""

from __future__ import annotations

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We have complied with every rule"


def speakers(body: str) -> dict[str, str | None]:
    story = analyze_builtin(Story(title="t", body=body))
    return {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes if q.kind == "direct"}


def people(body: str) -> dict[str, str]:
    story = analyze_builtin(Story(title="t", body=body))
    return {a.name: a.kind for a in story.actors}


# --- 1. seat and origin compounds ------------------------------------------------------------


def test_reuters_style_seated_company_is_the_company_that_speaks() -> None:
    body = (
        "The EU named 12 tankers in its draft sanctions list on Monday.\n\n"
        "Athens-based Aegean Star Tankers, which operates 12 vessels named in the draft, "
        f'denied any wrongdoing. "{QUOTE}," the company said.'
    )
    assert speakers(body)[QUOTE] == "Aegean Star Tankers"


def test_bbc_style_seated_body_keeps_its_name_without_the_seat() -> None:
    body = (
        "Deutsche Boerse has made an offer for the London Stock Exchange.\n\n"
        "Paris-based Euronext said it was also interested in bidding for the exchange. "
        f'"{QUOTE}," the company said.'
    )
    assert speakers(body)[QUOTE] == "Euronext"


def test_origin_compound_is_no_part_of_a_persons_name() -> None:
    body = (
        "The film won four awards on Saturday.\n\n"
        f'"{QUOTE}," said Tunisian-born Abdellatif Kechiche.'
    )
    assert speakers(body)[QUOTE] == "Abdellatif Kechiche"


def test_body_after_from_and_a_seat_is_no_speaker() -> None:
    # Namibian style: the person before "from" speaks, not the body after the seat compound
    body = (
        "Campaigners criticised the hydrogen deals on Thursday.\n\n"
        "Samson Mokoena from South African-based Vaal Environmental Justice Alliance says: "
        f"“{QUOTE}.”\n\n"
        f"Jane Holt from London-based Acme Holdings said: “{QUOTE} too.”"
    )
    found = speakers(body)
    assert found[QUOTE] != "Vaal Environmental Justice Alliance"
    assert found[QUOTE + " too"] == "Jane Holt"
