"""Error types of the fourth review of the positions sheets (issue 15): a company's deal, a
former aide, an assessment read as a demand, a line whose "it" the line does not explain, and
an unclosed quote run on into the reporter's words."""

from __future__ import annotations

from datetime import datetime

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.analysis.voices import former
from briefgen.model import Story
from briefgen.sections.positions import readable


def _statements(text: str) -> list[tuple[str, str, str]]:
    story = analyze_builtin(Story(title="t", body=text, published=datetime(2005, 3, 1)))
    return [(s.country, s.stance, s.text) for s in story.statements]


DEAL = "Ukraine has agreed to pay 30% more for natural gas supplied by Turkmenistan."


def test_a_deal_companies_carry_out_gives_the_country_no_position() -> None:
    assert any(c == "UA" and "agreed to pay" in t for c, _, t in _statements(DEAL))
    story = DEAL + " The head of the Ukrainian state-owned Naftohaz company said he was happy."
    assert not any(c == "UA" and "agreed to pay" in t for c, _, t in _statements(story))


def test_a_titled_name_is_former_when_the_story_introduced_the_full_name_as_former() -> None:
    body = "Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted at a giveaway."
    assert former(body + " Mr Balls said so.", "Mr Balls", {})
    assert former("Ed Balls, Brown's former aide, said so.", "Ed Balls", {})
    assert former(
        "Ed Balls, a former adviser now standing for parliament, said so.", "Ed Balls", {}
    )
    assert not former("Mr Bush said so. George Bush is president.", "Mr Bush", {})
    assert not former("Ed Balls, Brown's closest aide, said so.", "Ed Balls", {})


def test_cannot_look_at_figures_alone_is_no_demand() -> None:
    said = 'Japanese Economy Minister Heizo Takenaka said: "{}"'
    assessed = _statements(said.format("We cannot look at GDP alone and must be patient."))
    assert assessed and all(stance != "demands" for _, stance, _ in assessed)
    demanded = _statements(said.format("Beijing must cut taxes and be patient."))
    assert any(stance == "demands" for _, stance, _ in demanded)
    # an obligation of the speaker's own side is the speaker's course, not a demand on anyone
    own = _statements(said.format("We must cut taxes and be patient."))
    assert any(stance == "proposes" for _, stance, _ in own)


def test_a_persons_it_the_line_does_not_explain_is_no_line() -> None:
    line = 'Mr Brown said it was "winning support every day".'
    assert readable(line, "Gordon Brown") is None
    kept = "Mr Brown said it was important to act now."
    assert readable(kept, "Gordon Brown") == kept


def test_an_unclosed_quote_naming_its_speaker_is_not_his() -> None:
    text = (
        'Ukraine wants closer links with the EU. "We feel that it is important for Ukraine to '
        'join the WTO. Mr Yushchenko was careful not to turn his back on Russia. "Russia is a '
        'partner," President Viktor Yushchenko said.'
    )
    assert not any("WTO" in t for c, _, t in _statements(text) if c == "UA")


def test_a_sentence_another_person_said_is_not_the_actors() -> None:
    text = (
        "Gordon Brown's decision to announce the Budget date in China was a sensible thing to "
        "do, since he was talking about investment, Mr Balls told the BBC."
    )
    assert not any(actor == "Gordon Brown" for actor in _actors(text))


def _actors(text: str) -> list[str | None]:
    story = analyze_builtin(Story(title="t", body=text, published=datetime(2005, 3, 1)))
    return [s.actor for s in story.statements]
