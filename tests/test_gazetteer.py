"""Gazetteer: dated office holders, country words, fuzzy matching that never merges names."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefgen.analysis.gazetteer import (
    country_of_word,
    extend_aliases,
    office_holder,
    person_info,
    reset_aliases,
)


def test_office_holder_is_dated():
    assert office_holder("prime minister", "GB", date(2005, 3, 1)) == "Tony Blair"
    assert office_holder("prime minister", "GB", date(2008, 3, 1)) == "Gordon Brown"
    assert office_holder("president", "US", datetime(2019, 4, 26)) == "Donald Trump"
    assert office_holder("president", "KR", date(2019, 4, 26)) == "Moon Jae-in"
    assert office_holder("foreign secretary", "GB", date(1990, 1, 1)) is None


def test_surnames_resolve_by_date():
    bush = person_info("Mr Bush", date(2005, 3, 1))
    straw = person_info("Mr Straw", date(2005, 3, 1))
    assert (bush.name, bush.country) == ("George W Bush", "US")
    assert (straw.name, straw.country, straw.office) == ("Jack Straw", "GB", "foreign secretary")
    assert person_info("Mr Straw", date(2015, 1, 1)) is None  # no term of office then
    assert person_info("Kim", date(2005, 1, 1)).name == "Kim Jong Il"
    assert person_info("Kim", date(2019, 4, 26)).name == "Kim Jong Un"


def test_ambiguous_surnames_give_none():
    # Michael Howard (GB) and John Howard (AU) both held office in 2005
    assert person_info("Mr Howard", date(2005, 3, 1)) is None
    assert person_info("Michael Howard", date(2005, 3, 1)).country == "GB"
    assert person_info("Wes Brown") is None  # a full name the gazetteer does not know


def test_titles_and_demonyms_are_stripped_from_names():
    assert person_info("Chinese President Xi Jinping").country == "CN"
    assert person_info("Global Times editor Hu Xijin").country == "CN"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Washington", "US"),
        ("the U.S.", "US"),
        ("America", "US"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("North Korean", "KP"),
        ("Chinese", "CN"),
        ("Pyongyang", "KP"),
        ("Global Times", "CN"),
        ("KCNA", "KP"),
        ("the Kremlin", "RU"),
        ("Downing Street", "GB"),
        ("UN Security Council", "UNSC"),
        ("NATO", "NATO"),
        ("Russia's", "RU"),
        ("IAEA", "IAEA"),
    ],
)
def test_country_words(word, code):
    assert country_of_word(word) == code


def test_context_words_need_context():
    assert country_of_word("the North") is None
    assert country_of_word("the North", {"KP"}) == "KP"
    assert country_of_word("the South", {"KR"}) == "KR"
    assert country_of_word("the two Koreas", {"KP"}) is None  # names two countries
    assert country_of_word("the Treasury") is None  # ambiguous on purpose


def test_fuzzy_misspellings():
    assert country_of_word("Pyeongyang") == "KP"
    assert country_of_word("Beijng") == "CN"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Austria", "AT"),
        ("Australia", "AU"),
        ("Niger", "NE"),
        ("Nigeria", "NG"),
        ("Iran", "IR"),
        ("Iraq", "IQ"),
        ("Georgia", "GE"),
        ("Slovenia", "SI"),
        ("Slovakia", "SK"),
    ],
)
def test_fuzzy_never_merges_distinct_names(word, code):
    assert country_of_word(word) == code


@pytest.mark.parametrize("word", ["Hollande", "Indiana", "Austrai", "Parris", "Romano", "Jordana"])
def test_fuzzy_rejects_other_names(word):
    assert country_of_word(word) is None


def test_extend_aliases():
    try:
        extend_aliases({"Hermit Kingdom": "KP", "Dubya": "George W Bush"})
        assert country_of_word("Hermit Kingdom") == "KP"
        assert person_info("Dubya", date(2005, 1, 1)).country == "US"
    finally:
        reset_aliases()
    assert country_of_word("Hermit Kingdom") is None
