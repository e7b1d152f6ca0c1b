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


def test_surname_speaking_past_an_apposition_confirms_the_full_name() -> None:
    body = (
        "The first two volunteers are Eva Miller and Gloria Major, both retired. "
        '"I am calling from the campaign," Miller, a retired worker from a nuclear plant, '
        'said pleasantly. "We are here."'
    )
    people, quotes = analyse(body)
    assert "Eva Miller" in people
    assert [s for s, _ in quotes] == ["Eva Miller", "Eva Miller"]


def test_apposition_without_a_speech_verb_confirms_nothing() -> None:
    # trap: "Harbour View" is a place; its last word in an apposition that no speech verb
    # follows is no speaker
    people, _ = analyse(
        "Flats at Harbour View were sold. View, a new estate near the sea, opened in May."
    )
    assert "Harbour View" not in people


def test_speech_verb_opening_a_sentence_is_no_name_part() -> None:
    people, quotes = analyse('The vote was close. Said Dorothy Poynter: "It was a good day."')
    assert "Dorothy Poynter" in people and "Said Dorothy Poynter" not in people
    assert quotes == [("Dorothy Poynter", "It was a good day.")]


def test_given_name_said_is_kept() -> None:
    # trap: "Said" is also a given name; before a lone surname it stays in the name
    people, _ = analyse('Negotiator Said Jalili spoke. "We win," said Said Jalili.')
    assert "Said Jalili" in people


def test_initials_with_or_without_spaces_are_one_name() -> None:
    body = (
        "Spokesman P.J. Crowley said the talks went well. "
        '"We agree," said P. J. Crowley. President George W. Bush agreed.'
    )
    people, quotes = analyse(body)
    assert "P.J. Crowley" in people and "P. J. Crowley" not in people
    assert "George W. Bush" in people  # trap: one initial keeps its space
    assert quotes == [("P.J. Crowley", "We agree,")]


def test_abbreviated_police_ranks_are_titles() -> None:
    body = (
        'Acting Detective Chief Superintendent Mick Deats said: "We have arrested a man." '
        'Chief Supt Deats added: "It is safe."\n\nDet Insp Jane Cole led the raid.'
    )
    people, quotes = analyse(body)
    assert "Supt Deats" not in people and "Deats" not in people
    assert [s for s, _ in quotes] == ["Mick Deats", "Mick Deats"]
    assert people["Jane Cole"].title == "Detective Inspector"


def test_title_opening_the_run_is_not_split() -> None:
    # "Press" is a company word, "Secretary" a title: "Press Secretary" is one title
    people, quotes = analyse(
        'Reporters questioned Press Secretary Josh Earnest. "I will not say," Earnest said.'
    )
    assert people["Josh Earnest"].title == "Press Secretary"
    assert quotes == [("Josh Earnest", "I will not say,")]


def test_abbreviation_owned_by_a_possessive_is_a_thing() -> None:
    body = (
        'The band - whose self-titled LP was the best-selling album - thanked "all the '
        'members", adding: "We would not be here without you." Its NATO allies agreed.'
    )
    people, quotes = analyse(body)
    assert "LP" not in people
    assert "NATO" in people  # trap: no word between the possessive and the body's name
    assert [s for s, _ in quotes] == [None]


def test_a_name_with_a_role_apposition_then_a_verb_is_a_person() -> None:
    body = (
        "Huma Abedin, vice chairwoman for Clinton's presidential campaign, emailed supporters "
        "on Monday evening, telling them, “I am a proud Muslim.”\n\n"
        "Dan Jolin, reviews editor of Empire magazine, says classic shows sell."
    )
    people, quotes = analyse(body)
    assert people["Huma Abedin"].kind == "person"
    assert people["Dan Jolin"].kind == "person"
    assert quotes == [("Huma Abedin", "I am a proud Muslim.")]


def test_a_place_or_body_with_an_apposition_is_no_person() -> None:
    body = (
        "New Hampshire, a state with a governor, votes first. "
        "Deutsche Bank, the lender whose chairman quit, reported losses. "
        "Cardiff City, whose manager resigned, lost again."
    )
    people, _quotes = analyse(body)
    assert all(p.kind != "person" for p in people.values()), people


def test_a_titled_surname_shared_by_two_people_is_the_one_with_that_title() -> None:
    body = (
        '"There is no ceasefire," Defence Secretary Gotabhaya Rajapakse, who is President '
        "Mahinda Rajapakse's younger brother, told the Daily News.\n\n"
        '"Why should we hoodwink the people?" Defence Secretary Rajapakse said.\n\n'
        '"We will talk," President Rajapakse said.'
    )
    _people, quotes = analyse(body)
    assert quotes[1] == ("Gotabhaya Rajapakse", "Why should we hoodwi")
    assert quotes[2] == ("Mahinda Rajapakse", "We will talk,")


def test_a_name_with_an_age_apposition_is_a_person() -> None:
    body = (
        "“It was a terrible night,” said Kyiv resident Svitlana Onofryichuk, 55.\n\n"
        "Yevhen Zosin, 74, a Kyiv resident who witnessed the attack, said he grabbed his dog.\n\n"
        "“Then there was another explosion and we were thrown back,” he said.\n\n"
        "Manchester United, 3, Arsenal 1."
    )
    people, quotes = analyse(body)
    assert people["Yevhen Zosin"].kind == "person"
    assert quotes[1] == ("Yevhen Zosin", "Then there was anoth")
    assert "Manchester United" not in people or people["Manchester United"].kind != "person"


def test_a_name_with_a_possessive_role_apposition_is_a_person() -> None:
    body = (
        "Trump raised $4 million that day.\n\n"
        "“They’re very open to trying new things,” Jenna Golden, Twitter’s director of "
        "political advertising, said of Trump’s campaign.\n\n"
        "“Orders are up,” Nova Holdings, Asia’s leader in shipping, said."
    )
    people, quotes = analyse(body)
    assert people["Jenna Golden"].kind == "person"
    assert quotes[0] == ("Jenna Golden", "They’re very open to")
    # trap: a company's possessive apposition keeps it a company
    assert people["Nova Holdings"].kind != "person"


def test_a_surname_opening_a_sentence_confirms_the_full_name() -> None:
    body = (
        "Coach Bob Dwyer spoke. South African flanker Schalk Burger needed a break. Burger, "
        "21, was crowned player of the year.\n\n"
        "The party's nominee, Mitt Romney. Romney attacked Trump on Wednesday.\n\n"
        "Officials at Royal Officials met. Officials attacked the officials."
    )
    people, _quotes = analyse(body)
    assert people["Schalk Burger"].kind == "person"
    assert people["Mitt Romney"].kind == "person"
    # trap: a word the story also writes in lower case opens sentences as a common noun
    assert "Royal Officials" not in people or people["Royal Officials"].kind != "person"
