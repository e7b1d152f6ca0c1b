"""Entities under quote speakers in outlets' styles (issue 16, point 1): people sharing a
surname, a body named by an acronym the story never defines, photo credits and bylines, a
military rank after a body's name. Each case has a trap that must stay as it was."""

from __future__ import annotations

from briefgen.analysis.credits import credit_spans
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


# --- namesakes ---------------------------------------------------------------------------


def test_a_father_named_after_his_son_leaves_the_son_the_surname() -> None:
    # a news magazine: the son is "Kadyrov" before his father is named in full
    _, speakers = analyse(
        "President Ramzan Kadyrov has declared war on indecency. Kadyrov brushes off the "
        "charges.\n\nAt first glance, Kadyrov might seem the perfect tool. His father, Ahmed "
        "Kadyrov, had been the chief mufti and was assassinated in 2004. The younger Kadyrov "
        "now casts himself as his heir.\n\n"
        '"Russia will lose out," says Kadyrov. "We will never accept it."'
    )
    assert speakers == ["Ramzan Kadyrov", "Ramzan Kadyrov"]


def test_a_namesake_with_another_given_name_is_another_person() -> None:
    # a wire story: the daughter is no mention of her father
    people, _ = analyse(
        "Hillary Clinton spoke in Iowa. Clinton and her husband, former President Bill "
        "Clinton, met donors. In 2006, a fund hired Chelsea Clinton.\n\n"
        "These donors have stuck by Clinton as she rolled out her plans."
    )
    assert people["Bill Clinton"].mentions == [(63, 85)]  # "former President Bill Clinton"
    assert len(people["Hillary Clinton"].mentions) == 3


def test_a_namesake_the_story_turns_to_takes_the_surname() -> None:
    # a live blog: the spokesman is named long after the prime minister, then "Sharif" is him
    _, speakers = analyse(
        "Prime Minister Shehbaz Sharif commended the armed forces. Sharif said the air force "
        "was on alert.\n\nIndia said its strikes hit camps.\n\nThe army said jets were "
        "scrambled.\n\nMilitary spokesperson Lt. Gen. Ahmed Sharif said the jets were downed "
        "from within Pakistani airspace.\n\nSharif also accused Indian forces of damaging a "
        'dam.\n\n"Pakistan is responding to the Indian aggression," Sharif said.'
    )
    assert speakers == ["Ahmed Sharif"]


def test_namesakes_of_two_genders_follow_the_honorific() -> None:
    # a US broadsheet: "Mrs." names the mother, not the son named last
    _, speakers = analyse(
        "Phyllis Schlafly died on Monday. Her son John Schlafly defended her.\n\n"
        '"She was a fighter," Mrs. Schlafly once said of herself.'
    )
    assert speakers == ["Phyllis Schlafly"]


# --- acronyms ----------------------------------------------------------------------------


def test_an_acronym_spelled_by_a_body_named_before_is_that_body() -> None:
    # a British paper: "HPA" and "MoD" are never defined in brackets
    people, speakers = analyse(
        "The Health Protection Agency said the doctors had been told. The Ministry of Defence "
        'said it was concerned.\n\nAn HPA spokeswoman said: "We are aware of the cases."\n\n'
        '"We are looking into it," an MoD spokesman said.'
    )
    assert "HPA" not in people and "MoD" not in people
    assert speakers == ["Health Protection Agency", "Ministry of Defence"]


def test_an_acronym_two_bodies_spell_is_left_alone() -> None:
    people, _ = analyse(
        "The World Trade Organization met the World Tourism Organization in Geneva. "
        '"Tourism is trade," the WTO said.'
    )
    assert "WTO" in people


# --- credits and bylines -----------------------------------------------------------------


def test_a_photo_credit_names_no_speaker() -> None:
    # a New York Times feature: a photographer's credit between the caption and the quote
    people, speakers = analyse(
        "Tubman's Hymnal\n\nJessica Kourkounis for The New York Times\n\n"
        '"Some of my relatives escaped from southern Delaware with Harriet Tubman."'
    )
    assert "Jessica Kourkounis" not in people
    assert speakers == [None]


def test_credit_lines_of_several_outlets() -> None:
    body = (
        "Ruth Fremson/The New York Times\n"
        "Photograph: Silver Screen Collection/Getty Images\n"
        "By Julian Linden in Sydney\n"
        "By JAMES PRICHARD, AP Business Writer\n"
        "The Best Sleeping Bag for Car Campers\n"
        "Mixed Christmas for US retailers\n"
        "By the end of the day, Smith said, the talks had failed.\n"
        "Photographs show the damage clearly."
    )
    credits = [body[s:e] for s, e in credit_spans(body)]
    assert credits == [
        "Ruth Fremson/The New York Times",
        "Photograph: Silver Screen Collection/Getty Images",
        "By Julian Linden in Sydney",
        "By JAMES PRICHARD, AP Business Writer",
    ]


# --- ranks after a body's name -----------------------------------------------------------


def test_a_rank_after_a_body_opens_the_person() -> None:
    # an Indian daily: "Chief of Army Staff General Asim Munir", later "Munir"
    people, _ = analyse(
        "Pakistan's Chief of Army Staff General Asim Munir has warned about social media.\n\n"
        'In August, Munir said that "anarchy is spread through social media by some people".'
    )
    assert people["Asim Munir"].kind == "person"
    assert people["Asim Munir"].title == "General"
    assert "Munir" not in people


def test_an_office_ending_in_general_keeps_its_title() -> None:
    people, _ = analyse(
        "US Attorney General Eric Holder said on Monday that the case was closed. "
        "Senate Majority Leader Harry Reid agreed."
    )
    assert people["Eric Holder"].title == "Attorney General"
    assert people["Harry Reid"].title == "Majority Leader"


def test_a_relative_named_in_apposition_is_a_person_of_her_own() -> None:
    # USA Today: the father shares the surname of the son the story is about
    people, _ = analyse(
        "Trayvon Martin was killed in 2012. Tracy Martin, Trayvon's father, issued a "
        "statement. Martin's family has set up a foundation."
    )
    assert "Tracy Martin" in people
    assert people["Trayvon Martin"].mentions[0] == (0, 14)


def test_a_two_word_surname_after_an_honorific_is_the_full_name() -> None:
    # the New York Times: "Mr. Vander Plaats" after "Bob Vander Plaats"
    _, speakers = analyse(
        "Mr. Cruz won the endorsement of Bob Vander Plaats.\n\n"
        '"We have been praying for unity," Mr. Vander Plaats said.'
    )
    assert speakers == ["Bob Vander Plaats"]


# --- a family name written first -----------------------------------------------------------


def test_an_inverted_cue_names_the_person_by_the_first_word_of_the_full_name() -> None:
    # Nature: "Yao Zhe" (family name first, no list knows it), later "..., says Yao."
    _, speakers = analyse(
        "Yao Zhe, a Beijing-based researcher at Greenpeace East Asia, suspects it might.\n\n"
        "The world should expect leadership of a different flavour, says Yao. \u201cThey "
        "cannot expect China to do exactly what the US does.\u201d"
    )
    assert speakers == ["Yao Zhe"]


def test_an_inverted_cue_after_two_full_names_sharing_the_first_word_names_no_one() -> None:
    people, _ = analyse(
        "Yao Zhe said it was first. Yao Ming said it was next.\n\n"
        "The talks went well, says Yao. \u201cWe cannot expect more from them.\u201d"
    )
    assert len(people["Yao Zhe"].mentions) == 1 and len(people["Yao Ming"].mentions) == 1


def test_a_word_no_list_knows_before_a_full_name_is_no_other_person() -> None:
    # HuffPost: "Pastor Kevin Swanson" then "Kevin Swanson" then "Swanson said"
    people, speakers = analyse(
        "Pastor Kevin Swanson spoke at the church. The pastor, Kevin Swanson, is known for "
        'sermons.\n\n"Don\'t train your little girls to be feminists," Swanson said.'
    )
    assert "Pastor Kevin Swanson" not in people
    assert speakers == ["Kevin Swanson"]
