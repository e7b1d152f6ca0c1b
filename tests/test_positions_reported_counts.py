"""Counts and economic forecasts told by a state or a body are reported facts, no position
(session 13, positions18: the pooled wrong statements of every dev positions set; counts in
sets J, heldout3 and heldout6, forecasts in heldout5 and heldout6). A plan, a refusal or a
speaker's own words around a figure still state one."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _statements(body: str) -> list[tuple[str, str]]:
    story = analyze_builtin(Story(title="T", body=body))
    return [(s.country, s.text) for s in story.statements]


def _stated(body: str, country: str, words: str) -> bool:
    return any(c == country and words in text for c, text in _statements(body))


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        # wire / NYT style: the count first, "officials said" after it
        (
            "President Obama announced new rules for Central American migrants on Tuesday. "
            "About 270 people have now been resettled into the U.S. under the Central American "
            "Minors program, officials said.",
            "US",
            "270 people",
        ),
        # BBC politics style: the government said it had identified a number of things
        (
            "Venezuela's President Hugo Chavez has ordered a review of land ownership. Last "
            "month, the Venezuelan government said it had identified more than 500 idle farms "
            "and had yet to consider the status of a further 40,000.",
            "VE",
            "500 idle farms",
        ),
        # BBC business style: a body's count of the people hit by a disaster
        (
            "The tsunami has hit the economies of the region. Separately, the International "
            "Labour Organisation (ILO) said that at least one million people have lost their "
            "livelihoods in Sri Lanka and Indonesia alone.",
            "ILO",
            "one million people",
        ),
    ],
)
def test_a_count_told_by_a_state_or_body_is_no_position(body, country, words):
    assert not _stated(body, country, words)


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        # a ministry's growth forecast, the speaker named after it
        (
            "South Korea's finance ministry has cut its forecast. In 2004, growth will be "
            "between 4.7% and 4.8%, the ministry said.",
            "KR",
            "growth will be",
        ),
        # a body's estimate of what a disaster will take from growth
        (
            "Sri Lanka was among the countries worst hit by the tsunami. Meanwhile, the "
            "International Monetary Fund (IMF) said damage from the tsunami would cut one "
            "percentage point from Sri Lanka's economic growth this year.",
            "IMF",
            "percentage point",
        ),
    ],
)
def test_an_economic_forecast_is_no_position(body, country, words):
    assert not _stated(body, country, words)


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        # a plan with a count: a decision, kept
        (
            "Britain's Home Secretary Charles Clarke said the government would resettle 500 "
            "refugees from the camps this year.",
            "GB",
            "500",
        ),
        # a demand beside a count
        (
            "The French foreign ministry said Israel must let aid reach the 2,000 families "
            "stranded at the border.",
            "FR",
            "2,000 families",
        ),
        # a figure the speaker uses as an argument, in his own words
        (
            'Chancellor Gordon Brown said: "We have lifted 700,000 children out of poverty and '
            'we will not stop there."',
            "GB",
            "700,000 children",
        ),
    ],
)
def test_a_plan_or_a_demand_with_a_count_is_still_a_position(body, country, words):
    assert _stated(body, country, words)


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        # BBC business: a body's count, then its demand told with "It"
        (
            "The tsunami has hit the economies of the region. Separately, the International "
            "Labour Organisation (ILO) said that at least one million people have lost their "
            "livelihoods in Sri Lanka and Indonesia alone. It called for action to create jobs.",
            "ILO",
            "It called for action",
        ),
        # wire style: a ministry's count, then its demand
        (
            "Floods swept the south of the country on Monday. Pakistan's interior ministry "
            "said 20,000 people had been evacuated from the valley. It urged India to share "
            "water data with Pakistan's flood agency.",
            "PK",
            "It urged India",
        ),
    ],
)
def test_an_it_after_a_reported_count_still_continues_the_state(body, country, words):
    assert not _stated(body, country, "people")
    assert _stated(body, country, words)


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        # wire style: an army officer's account of when the strikes started and ended
        (
            "India struck targets in Pakistan overnight. Col. Sofiya Qureshi, an Indian army "
            "officer, said the Indian missile strikes started at 1:05 a.m. and lasted for about "
            "25 minutes.",
            "IN",
            "started at 1:05",
        ),
        # an army's confirmation, with what its troops fired at
        (
            "Gunfire was heard near the border on Tuesday. The Israeli army confirmed an "
            "operation in the area, saying troops fired at militants who had approached the "
            "border fence.",
            "IL",
            "fired at militants",
        ),
        # security officials telling who is being deployed
        (
            "Tension rose in Ramallah before the visit. Palestinian security officials said US "
            "snipers were being deployed in the area.",
            "PS",
            "being deployed",
        ),
    ],
)
def test_how_an_operation_went_is_no_position(body, country, words):
    assert not _stated(body, country, words)


def test_a_state_that_wants_troops_deployed_still_states_it():
    body = (
        "The alliance met in Brussels. The German defence ministry said more troops should be "
        "deployed to the eastern flank."
    )
    assert _stated(body, "DE", "troops should be")


def test_a_sentence_after_a_reported_count_is_no_follow_up_of_a_stance():
    # the state's count states nothing; the writer's next sentence is not its demand
    body = (
        "The administration expanded the refugee program on Tuesday. About 270 people have now "
        "been resettled into the U.S. under the Central American Minors program, officials "
        "said. This will at least partially address a major problem with the current system: "
        "families must pay smugglers to bring their children north."
    )
    assert not [
        text for country, text in _statements(body) if country == "US" and "This will" in text
    ]
