"""Companies that look like people's names ("George Wimpey", "Deutsche Boerse") are
organisations; people in company contexts ("Henry Ford said his ...") stay people."""

from __future__ import annotations

import pytest

from briefgen.analysis.people import Person, find_people
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story


def kinds(body: str) -> dict[str, str]:
    """Name -> kind of everyone ``find_people`` finds in ``body``."""
    story = Story(title="t", body=body)
    story.sentences = split_sentences(body)
    found: list[Person] = find_people(story)
    return {p.name: p.kind for p in found}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (  # a company word ends the name
            "Shares in Deutsche Boerse have risen. Deutsche Boerse said its bid was fair.",
            "Deutsche Boerse",
        ),
        (  # a given name opens it, but the story treats it as a company throughout
            "The market remains robust, according to housebuilder George Wimpey. Wimpey "
            "reported a 19% rise in profits. Wimpey said its sales were strong. Shares in "
            "Wimpey were up 6%.",
            "George Wimpey",
        ),
        (
            "Cairn Energy has found more oil in India. Cairn Energy said the find was large.",
            "Cairn Energy",
        ),
        (
            "Drugs group Eli Lilly is launching adverts. Eli Lilly's chief executive said the "
            "claims were false. Eli Lilly said its drug was safe.",
            "Eli Lilly",
        ),
        (  # "Bosses of": a sentence-initial word before "of" is not part of a longer title
            "Bosses of Deutsche Boerse are to meet. Deutsche Boerse has made an offer.",
            "Deutsche Boerse",
        ),
        (  # a list of two companies, not a title ending in "Universal Music"
            "The Norwegian branches of Sony Music and Universal Music welcomed the ruling.",
            "Universal Music",
        ),
        (
            "Fannie Mae's profits were overstated, investors said. Fannie Mae said its "
            "accounts would be restated.",
            "Fannie Mae",
        ),
    ],
)
def test_company_is_an_organisation(body: str, name: str) -> None:
    assert kinds(body).get(name) == "organisation"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (  # a given name and a company word: a person ("Helen Steel", "Lisa Power")
            "Helen Steel, 39, said she had won the case against the fast-food chain.",
            "Helen Steel",
        ),
        (  # company cues, but "he"/"his" refer to him
            "Shares in Henry Ford rose. Henry Ford's shares were bought back. Henry Ford said "
            "his company would grow.",
            "Henry Ford",
        ),
        (  # company cues, but an honorific elsewhere makes him a person
            "Shares in Sibneft rose. Roman Abramovich's shares were sold to investors in Roman "
            "Abramovich. Mr Abramovich said the price was right.",
            "Roman Abramovich",
        ),
        (  # a title makes him a person
            "Chancellor Gordon Brown's budget was welcomed. Gordon Brown's board of advisers "
            "said its plans were sound. Gordon Brown said the economy was strong.",
            "Gordon Brown",
        ),
        (  # "who" is a person's apposition
            "Rupert Murdoch, who controls News Corp, said shares would rise. Investors in "
            "Rupert Murdoch's empire were pleased.",
            "Rupert Murdoch",
        ),
        (  # a single company cue is not enough
            "George Soros said the pound would fall. Shares in George Soros were not on offer.",
            "George Soros",
        ),
    ],
)
def test_person_in_company_context_stays_a_person(body: str, name: str) -> None:
    assert kinds(body).get(name) == "person"


def test_tail_of_a_longer_title_is_not_a_company() -> None:
    found = kinds("His album Modern Sounds in Country and Western Music is a classic.")
    assert "Western Music" not in found


def test_organisation_has_no_gender() -> None:
    story = Story(
        title="t",
        body="Housebuilder news: housebuilder George Wimpey said its "
        "profits rose. Shares in George Wimpey rose.",
    )
    story.sentences = split_sentences(story.body)
    wimpey = {p.name: p for p in find_people(story)}["George Wimpey"]
    assert wimpey.kind == "organisation"
    assert wimpey.gender is None
