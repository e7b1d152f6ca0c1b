"""Government voices and stances on international news (issue 15 point 2, session 12): each
construction with a sentence of its own, the reading it must give and the trap it must not
take."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.analysis.positions import _attribution_only
from briefgen.model import AGAINST, Story


def _statements(body: str) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance) for st in story.statements}


def test_an_office_holder_of_the_2010s_speaks_for_the_state() -> None:
    # an undated story with several states and no home: "Defense Secretary" names no country,
    # the gazetteer's term of office does
    body = (
        "China and the United States traded charges at a forum in Singapore on Saturday.\n\n"
        "Defense Secretary Ash Carter said any land reclamation at the reef would have "
        "consequences for China.\n\n"
        "China said its actions were lawful. The United States and China have held talks."
    )
    assert "US" in {country for country, _stance in _statements(body)}
    # an invented secretary stays without a country
    invented = body.replace("Ash Carter", "Ash Carwell")
    assert "US" not in {country for country, _stance in _statements(invented)}


def test_a_vow_to_ignore_a_ruling_is_no_support() -> None:
    body = (
        "Beijing has vowed to ignore the tribunal's ruling on the reef, its foreign ministry "
        "said on Tuesday."
    )
    found = _statements(body)
    assert found and all(stance in AGAINST for _country, stance in found)
    kept = "Beijing has vowed to support the tribunal's ruling on the reef."
    assert all(stance == "supports" for _country, stance in _statements(kept))


def test_the_state_an_officials_words_name_as_subject_states_its_stance() -> None:
    # the quotation marks are two apostrophes (a newspaper's style the quote finder does not
    # read as a quote): the official's statement reads no stance, the state it names as the
    # subject of "supports" does
    body = (
        "U.S. Treasury Secretary Jack Smithers arrived in Beijing on Sunday for talks. "
        "''The United States supports efforts to reduce excess capacity in the steel "
        "industry,'' Mr. Smithers said at the opening session of the talks."
    )
    assert _statements(body) == {("US", "supports")}
    # a negated verb lends nothing: the statement stays without a stance
    negated = body.replace("supports efforts", "has not backed efforts")
    assert ("US", "supports") not in _statements(negated)


def test_a_private_persons_account_covers_every_state_of_its_list() -> None:
    body = (
        "Raffaello Pantucci, a researcher in London, has studied the region for years. For "
        "now, Pantucci, at the institute, said China and Russia have established a truce in "
        "the region."
    )
    assert _statements(body) == set()
    # the states' own words stay theirs
    own = "China and Russia have established a truce in the region, their foreign ministers said."
    assert {country for country, _stance in _statements(own)} == {"CN", "RU"}


def test_a_sentence_opening_on_the_writers_guess_states_nothing() -> None:
    assert _statements("Perhaps Russia will oppose any move in this direction.") == set()
    assert _statements("Maybe Beijing will reject the offer.") == set()
    said = "Russia will oppose any move in this direction, its foreign ministry said."
    assert _statements(said) == {("RU", "opposes")}


def test_a_candidacy_described_after_a_long_lead_sentence() -> None:
    # the description comes in the next sentence, past a lead of some 300 characters
    body = (
        "Donald Trump's assertion on Monday that more bombing raids are needed in Iraq and "
        "Syria to prevent attacks like the shooting in Florida drew rebukes from retired "
        "generals, former diplomats and others across the political spectrum who have fought "
        "the war on terrorism for years, including some who said it could make matters "
        "worse.\n\n"
        '"We have to really increase the bombing," the presumptive Republican presidential '
        "nominee told a television show.\n\n"
        "Trump also asserted that unnamed generals agree with him and want the bombing "
        "increased."
    )
    assert "US" not in {country for country, _stance in _statements(body)}


def test_the_office_named_after_the_name_picks_the_persons_state() -> None:
    # the gazetteer lists Ban Ki-moon as South Korea's foreign minister, then the UN's
    # secretary-general: in an undated story the office the text gives decides
    body = (
        "Ban Ki-moon, the globe-trotting secretary general of the United Nations, sat in a "
        'hotel in Washington. "We must act on climate change now," Ban said.'
    )
    assert {country for country, _stance in _statements(body)} == {"UN"}
    former = body.replace("the globe-trotting", "the former")
    assert _statements(former) == set()


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        ("Japan's prime minister pushed back against the fishing quota plan.", "opposes"),
        ("The White House railed against the Senate for refusing to hold a vote.", "opposes"),
        ("China's foreign ministry lamented the collapse of the ceasefire talks.", "opposes"),
        ("The United States stepped up pressure on Iran on Monday to halt enrichment.", "demands"),
        ("The United States has been lobbying its allies to back the ruling.", "demands"),
        ("The White House expressed doubt that the North could build such a bomb.", "rejects"),
        ("Germany's foreign minister heralded the trade deal as a breakthrough.", "supports"),
        (
            "Any move to seize the reef would have consequences, China's foreign ministry said.",
            "warns",
        ),
    ],
)
def test_stance_verbs_of_news_reports(body: str, stance: str) -> None:
    found = _statements(body)
    assert found and {s for _country, s in found} == {stance}


def test_a_pronouns_own_stance_verb_gives_its_reading_a_stance() -> None:
    # "argued" reads as speech (no stance); "argued against" is the pronoun's own opposition
    body = (
        "Russian President Vladimir Putin spoke on Thursday. He argued against intervention "
        "by outside powers in Syria."
    )
    assert _statements(body) == {("RU", "opposes")}
    negated = body.replace("He argued against", "He did not argue against")
    assert ("RU", "opposes") not in _statements(negated)


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        ("France's prime minister spoke out sharply against the candidate's plan.", "opposes"),
        ("Japan's prime minister pushed back firmly against the fishing plan.", "opposes"),
        ("Russia's foreign minister lashed out angrily at Turkey over the jet.", "accuses"),
        # an "if" whose outcome is consequences warns
        (
            '"If the voters choose him, that will have consequences," the French president said.',
            "warns",
        ),
    ],
)
def test_a_phrasal_stance_verb_with_an_adverb_inside(body: str, stance: str) -> None:
    found = _statements(body)
    assert found and {s for _country, s in found} == {stance}


def test_likely_is_no_adverb_of_a_phrasal_verb() -> None:
    # "is likely to" is no "is to" (a plan): a forecast states nothing
    body = "Indonesia is likely to have even lower take-up rates, the bank said."
    assert all(stance != "proposes" for _country, stance in _statements(body))


def test_a_diplomat_named_with_the_states_demonym_speaks_for_it() -> None:
    body = (
        "The outgoing president has an admirer in British diplomat Sir Peter Walmsley. "
        "Walmsley praised the president's record in an interview on Saturday."
    )
    assert _statements(body) == {("GB", "supports")}
    former = body.replace("in British diplomat", "in former British diplomat")
    assert _statements(former) == set()


def test_a_middle_initial_names_the_same_office_holder() -> None:
    # newspaper style puts a middle initial in a name the gazetteer lists without one
    body = "Vladimir V. Putin praised the efforts of the negotiators to find a solution in Syria."
    assert _statements(body) == {("RU", "supports")}
    # an unknown name with an initial stays unknown
    assert _statements(body.replace("Vladimir V. Putin", "Vladimir V. Pollen")) == set()


def test_an_attribution_naming_a_described_audience_states_nothing_more() -> None:
    tail = "Carter told the Shangri-La Dialogue, a regional security forum in Singapore."
    assert _attribution_only(tail)
    # a clause after the comma is said, not an audience
    assert not _attribution_only("Carter told the forum, the talks would fail.")


def test_a_seat_of_government_written_in_lower_case_names_the_state() -> None:
    body = (
        '"It is unfortunate that the North has not yet met its commitments," said Tom Carey, '
        "a state department spokesman."
    )
    assert _statements(body) == {("US", "opposes")}
    # a role with no state names none
    assert _statements(body.replace("a state department spokesman", "a spokesman")) == set()


def test_the_adviser_of_an_official_speaks_for_the_officials_state() -> None:
    body = (
        "President Barack Obama will meet South Korea's president in Seoul on Friday. "
        '"We have to take necessary measures to protect ourselves and our allies," said Ben '
        "Rhodin, Obama’s deputy national security adviser."
    )
    assert {country for country, _stance in _statements(body)} == {"US"}
    # a former adviser does not
    former = body.replace("Obama’s deputy national security adviser", "Obama’s former adviser")
    assert _statements(former) == set()


def test_no_before_a_stance_noun_turns_it_round() -> None:
    # "give no support to" denies support: no "supports"
    body = (
        "American officials insist that they give no support to the fighters, the State "
        "Department said."
    )
    assert _statements(body) == {("US", "opposes")}
    kept = body.replace("give no support to", "give support to")
    assert ("US", "opposes") not in _statements(kept)
