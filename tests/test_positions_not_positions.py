"""Positions a country never took (issue 15 point 2, review of session 12): a US state read as
the country, a person's name read as a country, a poll's figure, an outlet's lead-in, a
proposal the story says was dropped."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _positions(body: str) -> list[tuple[str, str, str]]:
    story = analyze_builtin(Story(title="T", body=body))
    return [(s.country, s.stance, s.text) for s in story.statements]


def _countries(body: str) -> set[str]:
    return {country for country, _stance, _text in _positions(body)}


@pytest.mark.parametrize(
    "body",
    [
        # a US state beside another, in a story of voters
        "Voters went to the polls in Tennessee and Georgia on Tuesday. More than nine of 10 "
        "Republicans in Tennessee and Georgia were worried about the economy.",
        # Atlanta, primaries
        "Candidates campaigned in Atlanta ahead of the primaries. Georgia demanded a recount "
        "of the ballots.",
    ],
)
def test_a_us_state_is_not_the_country_georgia(body):
    assert "GE" not in _countries(body)


@pytest.mark.parametrize(
    "body",
    [
        "Georgia demanded that Russia withdraw its troops, officials in Tbilisi said.",
        # the country's own signs outweigh a US state named in passing
        "Georgian President Mikheil Saakashvili met the governor of Texas. Georgia demanded "
        "that Russia withdraw its troops from South Ossetia.",
    ],
)
def test_the_country_georgia_keeps_its_positions(body):
    assert "GE" in _countries(body)


def test_a_persons_name_is_not_a_country():
    assert "JO" not in _countries(
        "Basketball star Michael Jordan visited the White House. Jordan said he supports the "
        "plan to fund schools."
    )
    assert "TD" not in _countries(
        "Chad Johnson, a farmer, spoke at the rally. Chad said the government must cut taxes."
    )
    assert "JO" in _countries(
        "King Abdullah of Jordan met Bush. Jordan demanded that Israel stop building settlements."
    )
    assert "TD" in _countries(
        "Chad President Idriss Deby met rebels. Chad demanded that Sudan stop backing the rebels."
    )


@pytest.mark.parametrize(
    "body",
    [
        "President George W. Bush left office in 2009. President Bush's approval rating dipped "
        "into the mid-20s right before the election, according to Gallup.",
        "A Gallup poll found that 60 percent of Americans back the president's plan.",
    ],
)
def test_a_polls_figure_is_no_position(body):
    assert "US" not in _countries(body)


def test_a_government_rejecting_a_poll_still_rejects_it():
    assert ("US", "rejects") in {
        (c, s) for c, s, _t in _positions("The State Department rejected the survey as biased.")
    }
    # a government's own survey is its argument
    assert "RU" in _countries(
        "Russia's federal fisheries agency has rejected the cut as unjustified, insisting that "
        "its own surveys show a healthier stock."
    )
    # the sentence before a poll's is its own
    assert "US" in _countries(
        "The White House said on Monday that the economy was improving. A Gallup poll found "
        "that 60 percent of Americans back the president's plan."
    )


def test_a_lead_in_ending_in_a_colon_is_a_fragment():
    assert not _positions(
        "As Breitbart News reported, even on Friday morning, the Obama White House was "
        "refusing to call the San Bernardino Christmas party slaughter as terrorism:"
    )


def test_a_proposal_the_story_says_was_dropped_is_no_position():
    assert "DE" not in _countries(
        "Worried the nation might miss its 2020 target to drastically cut emissions of carbon "
        "dioxide, the German government proposed a steep levy last year on the most heavily "
        "polluting generators. The tax was intended to deliver a decisive blow against lignite. "
        "But after protests by unions, Berlin backed off."
    )
    assert "DE" not in _countries(
        "The German government proposed a levy on coal. Berlin has since scrapped the plan."
    )
    # a retreat from something else withdraws nothing
    assert ("DE", "proposes") in {
        (c, s)
        for c, s, _t in _positions(
            "Germany proposed a levy on coal last year. But Germany later dropped its "
            "objection to the deal."
        )
    }


def test_backing_a_plan_still_supports_it():
    assert ("DE", "supports") in {(c, s) for c, s, _t in _positions("Germany backed the plan.")}
