"""Role labels and shown names of quoted people on constructions of fresh outlets (session 14):
abbreviated titles with their qualifier, "ex-"/"then-" offices, labels cut from a longer
name, a headline's or a quotation's words, a copula's complement, and descriptors kept in
front of a name. Sentences written for the tests."""

from __future__ import annotations

import pytest

from briefgen.analysis.name_display import shown_name
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story
from briefgen.sections.key_quotes import role_label


def label(body: str, name: str) -> str | None:
    story = analyze_builtin(Story(title="t", body=body))
    speakers = {q.speaker.name: q.speaker.title for q in story.quotes if q.speaker.name}
    assert name in speakers, speakers
    return role_label(story, name, speakers[name])


@pytest.mark.parametrize(
    ("body", "name", "shown"),
    [
        # an abbreviated title keeps the qualifier and "former" the story writes before it
        (
            '"The plan will fail," said former Kansas Gov. Tom Rider.',
            "Tom Rider",
            "former Kansas Governor",
        ),
        ('"The plan will fail," said Oregon Sen. Ann Wells.', "Ann Wells", "Oregon Senator"),
        (
            '"The plan will fail," said ex-U.S. Rep. Paul Dorn.',
            "Paul Dorn",
            "former Representative",
        ),
        (
            '"The plan will fail," said then-Treasury Secretary Alan Fisk.',
            "Alan Fisk",
            "former Treasury Secretary",
        ),
        (
            '"The plan will fail," said ex-Home Secretary Jane Moss.',
            "Jane Moss",
            "former Home Secretary",
        ),
        # the possessor is the former one, not the speaker
        (
            'The ex-Blur drummer\'s lawyer Mark Hale said: "We will appeal."',
            "Mark Hale",
            "Blur drummer's lawyer",
        ),
        # a label read back to where the name it is cut from starts
        (
            '"Rates will rise," said Bank of Portugal governor Luis Mota.',
            "Luis Mota",
            "Bank of Portugal governor",
        ),
        (
            '"Rates will rise," said New Mexico Senator Rosa Lind.',
            "Rosa Lind",
            "New Mexico Senator",
        ),
        (
            '"Rates will rise," said Energy and Climate Secretary Owen Pask.',
            "Owen Pask",
            "Energy and Climate Secretary",
        ),
        (
            '"We will win," said North Dakota Democratic Party Chairman Lee Orr.',
            "Lee Orr",
            "North Dakota Democratic Party Chairman",
        ),
        # a second person's title after "and" stays that person's
        ('The mayor and Sen. Ted Holm met. "We will win," Holm said.', "Ted Holm", "Senator"),
        # a day opens no name
        (
            'The talks ended. On Friday Finance Minister Ana Ruiz said: "We will pay."',
            "Ana Ruiz",
            "Finance Minister",
        ),
        # the words of a quoted programme title are no qualifier
        (
            "He spoke later on ''Meet the Press,'' Senator Mel Burt said: \"We will win.\"",
            "Mel Burt",
            "Senator",
        ),
        # a pair of titles keeps both
        (
            '"Sales fell," said chairman and chief executive officer Ron Hale.',
            "Ron Hale",
            "chairman and chief executive officer",
        ),
    ],
)
def test_a_label_reads_as_the_story_gives_it(body: str, name: str, shown: str) -> None:
    assert label(body, name) == shown


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a copula's complement describes the clause's subject, not the name after it
        (
            "He is right on the issues, and he is also the most able candidate Dunn argues. "
            '"Cruz is our best debater," he says. Richard Dunn spoke on Monday.',
            "Richard Dunn",
        ),
    ],
)
def test_a_doubtful_label_is_not_shown(body: str, name: str) -> None:
    assert label(body, name) is None


@pytest.mark.parametrize(
    ("name", "body", "shown"),
    [
        ("Swede Lars Berg", "Lars Berg won.", "Lars Berg"),
        ("Fellow Lib Dem Ann Cole", "Ann Cole spoke.", "Ann Cole"),
        ("DJ Sam Prior", "Sam Prior spoke.", "Sam Prior"),
        ("Broadcaster Tom Lane", "The broadcaster Tom Lane spoke.", "Tom Lane"),
        # a name's own first words stay
        ("Ieuan Wyn Jones", "Ieuan Wyn Jones spoke.", "Ieuan Wyn Jones"),
        ("Juan Carlos Ferrero", "Juan Carlos Ferrero won.", "Juan Carlos Ferrero"),
        ("George W Bush", "George W Bush spoke.", "George W Bush"),
    ],
)
def test_a_descriptor_in_front_of_a_name_is_not_shown(name: str, body: str, shown: str) -> None:
    assert shown_name(name, body) == shown


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Farmer Geoff Brooks", "Geoff Brooks"),
        ("Goalscorer Jimmy Floyd Hasselbaink", "Jimmy Floyd Hasselbaink"),
        ("Staff Denis McDonough", "Denis McDonough"),  # of "Chief of Staff"
        # an unknown first name before a known one stays
        ("Ard Jan Vetham", "Ard Jan Vetham"),
    ],
)
def test_a_role_noun_before_a_given_name_is_not_shown(name: str, shown: str) -> None:
    assert shown_name(name, "The match ended.") == shown


def test_a_name_the_analysis_gave_no_person_loses_a_descriptor_only_before_a_given_name() -> None:
    assert shown_name("Chief Executive Martin Sorrell", "x", need_given=True) == "Martin Sorrell"
    assert shown_name("British Chambers of Commerce", "x", need_given=True) == (
        "British Chambers of Commerce"
    )


@pytest.mark.parametrize(
    ("body", "name", "shown"),
    [
        (
            'The vote was close. On Tuesday Labour chairman Ian Dunn said: "We will win."',
            "Ian Dunn",
            "Labour chairman",
        ),
        (
            'The vote was close. Ex-foreign secretary Rob Hale said: "We will win."',
            "Rob Hale",
            "former foreign secretary",
        ),
    ],
)
def test_a_day_or_an_ex_before_the_title(body: str, name: str, shown: str) -> None:
    assert label(body, name) == shown


def test_former_alone_is_no_label() -> None:
    from briefgen.model import Quote, Speaker
    from briefgen.sections.key_quotes import KeyQuotesConfig, select_quotes

    text = "We will keep the border crossings open for trade and for the people of both countries."
    quote = Quote(text, 0, len(text), "direct", Speaker("Manfred Mann", "Former"), "explicit")
    story = Story(title="t", body=text, id="a", quotes=[quote])
    items = select_quotes([story], KeyQuotesConfig())
    assert [i.speaker.title for i in items] == [None]
