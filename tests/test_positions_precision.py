"""No country given a position it never took (issue 15, precision): each construction that
gave one, with the sentence it misread and the reading it must keep. Found on pages nobody
tuned on (the sweep pages, sets H and I): a central bank's head or the bank itself, an office
the gazetteer gives someone else, an organisation's Secretary-General, a place's country
("New Jersey", "in Lima, Peru,") and an importance that is only discourse."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _positions(body: str, published: datetime | None = None) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt", published=published))
    return {(st.country, st.stance) for st in story.statements}


# a story that names the US far more than the country its president leads
_ABROAD = (
    "The president had flown to the US for treatment. Doctors in the US said he was stable. "
    "The US hospital issued a statement. President {name} said the nation must respect the "
    "structure of the government."
)
_FEB_2024 = datetime(2024, 2, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "published"),
    [
        # a regional central bank's head, his title capitalised after the bank's two-word place
        (
            "Federal Reserve Bank of Kansas City President Thomas M. Hoenig said the Fed should "
            "raise rates to 1 percent.",
            None,
        ),
        # the central bank itself as the actor
        ("The Bank of England has pushed through two rate cuts since June.", None),
        ("The Federal Reserve has pushed through three rate rises since June.", None),
        # the home country's office is another's on the story's date (Biden's, in 2024)
        (_ABROAD.format(name="Nangolo Mbumba"), _FEB_2024),
        # an organisation's Secretary-General is no minister of the story's country
        (
            "Rebels in Sri Lanka continue to abduct children. Sri Lanka's army is fighting "
            "them. Secretary-General Ban Ki-moon urged all sides to stop recruiting children.",
            None,
        ),
        # a town's country after a locative is a place ("in Lima, Peru,")
        (
            "Negotiators at the December climate talks in Lima, Peru, have recognized that "
            "the proposed cuts are too small.",
            None,
        ),
        # "it's important to point out that ...": discourse; the clause after it is a fact
        (
            '"I think it\'s important to point out that half of the oil is now gone," US '
            "President Barack Obama said.",
            None,
        ),
    ],
)
def test_no_position_is_given(body: str, published: datetime | None) -> None:
    assert {p for p in _positions(body, published) if p[1] != "neutral"} == set()


@pytest.mark.parametrize(
    ("body", "published", "position"),
    [
        # the government's own voice on the same matter still speaks
        (
            "US Treasury Secretary Timothy Geithner said the Fed should raise rates to 1 percent.",
            None,
            ("US", "demands"),
        ),
        (
            "The US government has pushed through three tax rises since June.",
            None,
            ("US", "supports"),
        ),
        # the office's holder on that date is the home country's
        (_ABROAD.format(name="Joe Biden"), _FEB_2024, ("US", "demands")),
        (
            "Rebels in Sri Lanka continue to abduct children. Sri Lanka's army is fighting "
            "them. Defence Secretary Gotabaya Rajapaksa urged all sides to stop recruiting "
            "children.",
            None,
            ("LK", "demands"),
        ),
        # a country after a town and a comma that goes on to act is the subject
        ("At talks in Brussels, France rejected the proposed cuts.", None, ("FR", "rejects")),
        # an importance that asks for an act still demands it
        (
            '"I think it\'s important to stop the leak now," US President Barack Obama said.',
            None,
            ("US", "demands"),
        ),
    ],
)
def test_the_position_is_kept(
    body: str, published: datetime | None, position: tuple[str, str]
) -> None:
    assert position in _positions(body, published)


def test_new_jersey_is_no_home_country() -> None:
    """A capitalised "New" before a country's name makes another place ("New Jersey",
    "New Mexico"): it neither speaks nor makes the story the country's."""
    body = (
        "A bomb exploded in New Jersey on Saturday. Police in New Jersey closed the station. "
        "Officials cautioned against linking the attack to the explosion in New Jersey."
    )
    assert {country for country, _stance in _positions(body)} == set()
    # the island itself still speaks
    assert "JE" in {c for c, _s in _positions("Jersey warned against panic after the attack.")}


def _actors(body: str) -> set[tuple[str, str, str | None]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance, st.actor) for st in story.statements}


def test_an_office_the_text_gives_another_is_not_held() -> None:
    """An undated story that titles one person with an office gives it to no other person the
    gazetteer knows only by that office: the other is a candidate, a predecessor or a
    successor, not in office in the story."""
    obama_titled = (
        "President Barack Obama said the United States would defend its allies. "
        "Donald Trump said the US must build a wall on the border."
    )
    assert {actor for _c, _s, actor in _actors(obama_titled)} == {"Barack Obama"}
    trump_titled = (
        "President Donald Trump said the US must build a wall on the border. "
        "Barack Obama said the United States must defend its allies."
    )
    assert {actor for _c, _s, actor in _actors(trump_titled)} == {"Donald Trump"}
    # the one titled, named again by surname, is the same person
    blair = "Prime Minister Tony Blair visited Iraq. Mr Blair said Britain must stay the course."
    assert ("GB", "demands", "Tony Blair") in _actors(blair)


def test_a_state_that_ousted_its_leader_still_says_it() -> None:
    """ "Ukraine recently ousted leader Leonid Kuchma and has said it wants ...": the one acted
    on speaks for no one, even when he is no official of the story (the office is
    Yushchenko's); the subject state says it."""
    body = (
        "The figure was announced by President Viktor Yushchenko. Ukraine recently ousted "
        "long-serving leader Leonid Kuchma and has said it wants closer European Union links."
    )
    assert ("UA", "supports", None) in _actors(body)


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # running for an office is not holding it: a nominee, a front-runner
        (
            "Hillary Clinton spoke in Ohio. In October, Mrs. Clinton, the Democratic "
            "presidential nominee, proposed enforcing a partial no-fly zone over Syria.",
            False,
        ),
        (
            "Republican front-runner Donald Trump says China must stop using trade rules to "
            "take jobs away from the U.S.",
            False,
        ),
        # the office itself still speaks
        (
            "Hillary Clinton spoke in Ohio. In October, Mrs. Clinton, the US secretary of "
            "state, proposed enforcing a partial no-fly zone over Syria.",
            True,
        ),
    ],
)
def test_a_candidate_speaks_for_no_government(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated


def test_an_undated_story_is_of_its_titled_officials_time() -> None:
    """An undated story that titles "President Barack Obama" is of his term (2009-2017): a
    person the gazetteer knows only by a later office (Marco Rubio, secretary of state from
    2025) and the text titles with none is not in office; one whose term falls in it is."""
    body = (
        "President Barack Obama said the United States would defend its allies. "
        "{name} said the US must confront North Korea."
    )
    assert {a for _c, _s, a in _actors(body.format(name="Marco Rubio"))} == {"Barack Obama"}
    assert "John Kerry" in {a for _c, _s, a in _actors(body.format(name="John Kerry"))}


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # a state inside a relative clause on the reporter's noun ("other truths that ...")
        (
            "But what surprises is that The Interview also spotlights other truths that North "
            "Korea doesn't want people to see.",
            False,
        ),
        # commentators, analysts or critics, qualified, tell what a state plans: theirs
        (
            "Chinese military commentators have said China plans to make the shoal into a "
            "fortress.",
            False,
        ),
        # the state's own clause after a reporting verb still states it
        ("Officials said that China plans to make the shoal into a fortress.", True),
        ("Western diplomats have said China plans to make the shoal into a fortress.", True),
    ],
)
def test_a_state_in_anothers_words(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # a British story about a devolved government: its untitled-country minister is its own
        (
            "The Welsh Assembly Government has set out its budget for councils in Wales. "
            "Britain's councils face rising costs. Finance Minister Sue Essex said councils "
            "must keep council tax rises low.",
            False,
        ),
        # a British story with no devolved government: the same title is the state's
        (
            "Britain's councils face rising costs. The UK government set out its budget. "
            "Finance Minister Sue Essex said councils must keep council tax rises low.",
            True,
        ),
    ],
)
def test_a_devolved_governments_minister(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # what someone who speaks for no government says was said: their account
        (
            "According to Philippe Sands, Lord Goldsmith had warned Tony Blair that the war "
            "could be illegal.",
            False,
        ),
        # ... or a newspaper's, of a state's aim
        (
            "According to the Times, the UK leader wants to end US isolation with a new agreement.",
            False,
        ),
        # an official's or a ministry's account still gives the government's side
        (
            "According to Foreign Secretary Jack Straw, Lord Goldsmith had warned Tony Blair "
            "that the war could be illegal.",
            True,
        ),
        (
            "According to the Foreign Office, Britain had warned Iran that the talks could fail.",
            True,
        ),
    ],
)
def test_according_to_a_private_person(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated
