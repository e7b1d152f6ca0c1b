"""People: names read by their shape and context (issue 16): particles inside a name, firms
named after two partners, one-word names the story treats as organisations, and capitalised
words that name no one. Each case has a trap that must stay as it was."""

from __future__ import annotations

from briefgen.analysis.people import Person, find_people
from briefgen.analysis.quotes import find_quotes
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Story


def analyse(body: str) -> tuple[dict[str, Person], list[str | None]]:
    """People by name, and the speaker of each direct quote."""
    story = Story(title="t", body=body)
    story.sentences = split_sentences(body)
    people = find_people(story)
    speakers = [
        q.speaker.name if q.speaker else None
        for q in find_quotes(story, people)
        if q.kind == "direct"
    ]
    return {p.name: p for p in people}, speakers


def test_two_particles_after_a_given_name_belong_to_the_name() -> None:
    people, speakers = analyse(
        "He advised chief executive Jeroen van der Veer. Mr van der Veer agreed. "
        '"It was right," said production chief Walter van der Vijver.'
    )
    assert people["Jeroen van der Veer"].title == "chief executive"
    assert people["Jeroen van der Veer"].mentions == [(27, 46), (48, 63)]
    assert "Jeroen" not in people and "Walter" not in people
    assert speakers == ["Walter van der Vijver"]


def test_the_person_after_a_firm_of_two_partners_speaks() -> None:
    people, speakers = analyse(
        '"The market is growing," added Ernst and Young\'s Sanjay Mehta. '
        "Accountancy firm Ernst & Young said growth was slowing."
    )
    assert speakers == ["Sanjay Mehta"]
    assert people["Ernst and Young"].kind == "organisation"
    assert people["Ernst & Young"].kind == "organisation"
    assert "Ernst" not in people and "Young" not in people


def test_pairs_and_titles_joined_by_and_stay_apart() -> None:
    # traps: two names joined by "and" or "&" with no firm's context
    people, _ = analyse(
        "The single by Dido and Coldplay's Chris Martin sold well. The film Bonnie & Clyde "
        "was shown. Ant & Dec's show won."
    )
    assert "Chris Martin" in people
    assert not any(name in people for name in ("Dido and Coldplay", "Bonnie & Clyde", "Ant & Dec"))


def test_one_word_name_the_story_treats_as_an_organisation() -> None:
    people, _ = analyse(
        "In January, Shell told shocked investors that its reserves were smaller. Shell said "
        "the pay-off was fair. The revelation that Shell had inflated its reserves led to "
        "resignations. Anti-virus firm Sophos said that 10% of e-mail was infected."
    )
    assert people["Shell"].kind == "organisation"
    assert people["Sophos"].kind == "organisation"


def test_one_word_name_with_he_or_an_age_stays_a_person() -> None:
    # traps: a single name with "its" nearby, but "he" refers to it, or an age follows it
    people, _ = analyse(
        "Ronaldinho said his club had let its fans down. Ronaldinho said he would stay. "
        "Bono, 44, said the charity had met its target. Bono said its work went on."
    )
    assert people["Ronaldinho"].kind == "person"
    assert people["Bono"].kind == "person"


def test_capitalised_words_that_name_no_one() -> None:
    people, _ = analyse(
        "Rome lost, but the Italians confirmed their improvement. Only 25% of Britons said "
        "a camera would be their choice. Organisers say the show was a hit. We've simply "
        "asked that they move it. The Lord of the Rings won. Former Labour leader Neil "
        "Kinnock spoke ahead of the General Election. US state Texas has filed a lawsuit."
    )
    assert sorted(people) == ["Neil Kinnock"]
    assert people["Neil Kinnock"].title == "leader"


def test_an_honorific_alone_is_the_surname_of_someone_named_in_full() -> None:
    # trap: "Baron" is an honorific and Marty Baron's surname
    people, speakers = analyse(
        'Executive editor Marty Baron wrote a note. "He is unlike any," Baron said. '
        '"Good Lord," said Smith.'
    )
    assert speakers == ["Marty Baron", "Smith"]
    assert "Lord" not in people


def test_an_office_ending_in_of_state_is_still_a_title() -> None:
    people, _ = analyse("Former US secretary of state George Shultz said no.")
    assert people["George Shultz"].title == "secretary of state"
