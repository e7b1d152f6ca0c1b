"""Precision rules found by reading unsupported statements and continuation speakers: each case
here was once a wrong speaker or a position the country never took."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

BEFORE = (
    "Japan urged China to lift its ban, after the International Atomic Energy Agency said "
    "its review had found no problems.\n\n"
)


def _analysed(body: str) -> Story:
    return analyze_builtin(Story(title="t", body=body, path="t.txt"))


def _positions(body: str) -> set[tuple[str, str]]:
    return {(st.country, st.stance) for st in _analysed(body).statements}


@pytest.mark.parametrize(
    "attribution",
    [
        "Takumi Arai, a deputy press secretary at the Cabinet Office, told reporters.",
        "John Smith, an economist with ABN Amro, told the newspaper.",
        "John Smith, the head of the research unit at the bank, later said.",
        "John Smith, an analyst at Nomura told the BBC.",
        "John Smith, who chairs the panel, said on Monday.",
    ],
)
def test_a_named_speaker_before_an_apposition_is_the_speaker(attribution: str) -> None:
    body = BEFORE + '"There is no scientific basis for the restrictions," ' + attribution
    quote = _analysed(body).quotes[-1]
    assert quote.speaker.name == attribution.split(",")[0]
    assert quote.cue == "explicit"


def test_an_apposition_without_a_speech_verb_names_no_one() -> None:
    body = BEFORE + '"There is no basis," John Smith, a deputy at the Cabinet Office, was out.'
    assert _analysed(body).quotes[-1].speaker.name != "John Smith"


@pytest.mark.parametrize(
    "body,expected",
    [
        ("Under-Secretary John Taylor said the US could not support the plan.", ("US", "opposes")),
        (
            "The State Department said Washington would not fully support the plan.",
            ("US", "opposes"),
        ),
        ("Britain said it did not oppose the plan.", ("GB", "neutral")),
        ("The US says he will not have to give up US citizenship.", ("US", "neutral")),
        ("France said it would support the plan.", ("FR", "supports")),
        ("China said it firmly opposed the decision.", ("CN", "opposes")),
    ],
)
def test_a_negation_turns_a_clause_cue_round(body: str, expected: tuple[str, str]) -> None:
    assert expected in _positions(body)


def test_clause_cues_are_whole_words() -> None:
    # "supporters" and "unsupported" are no support, "threatened" here is the union's
    body = "The Treasury said the claims were unsupported and warned off supporters of the bill."
    assert ("GB", "supports") not in _positions("Britain's " + body[4:])
    assert _positions("Germany said the sheriff must go.") == {("DE", "demands")}


@pytest.mark.parametrize(
    "body",
    [
        "The talks collapsed after the US and North Korea refused to budge from their "
        "positions on denuclearisation.",
        "Russia refuses to back down over sanctions.",
        "Britain refused to answer questions on the Iraq war.",
        "France declined to say whether it would veto the resolution.",
    ],
)
def test_holding_firm_or_not_answering_is_no_position(body: str) -> None:
    assert _positions(body) == set()


def test_refusing_a_named_act_is_still_a_stance() -> None:
    assert ("FR", "rejects") in _positions("France refused to sign the nuclear treaty.")


@pytest.mark.parametrize(
    "body",
    [
        "Pieter Jansen, a former senior EU trade official now at a think-tank, said the "
        "commission must act.",
        "A former US ambassador said sanctions must stay.",
        "A former US president said sanctions must stay.",
        "An ex-British diplomat said the treaty should be signed.",
    ],
)
def test_a_former_officials_words_are_not_their_states(body: str) -> None:
    assert _positions(body) == set()


def test_a_serving_official_still_speaks_for_the_state() -> None:
    assert ("EU", "demands") in _positions(
        "A senior EU trade official said the commission must act."
    )


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "Ukraine's new president, Viktor Yushchenko, is to speak to the European Parliament.",
            set(),
        ),
        (
            "The World Trade Organisation is to hold membership talks with Iraq.",
            {("WTO", "proposes")},
        ),
        ("Britain is to give a £4m grant to help survivors.", {("GB", "proposes")}),
        ("Turkey is to relaunch its currency on Saturday.", {("TR", "proposes")}),
        ("France is to back the plan.", {("FR", "supports")}),
    ],
)
def test_is_to_proposes_an_act_not_a_schedule(body: str, expected: set[tuple[str, str]]) -> None:
    assert _positions(body) == expected


def test_an_official_relaying_another_countrys_wish_states_only_his_own_part() -> None:
    body = (
        'Russian President Vladimir Putin spoke after the summit. "The North Korean '
        "administration wants to denuclearize as well. But it's asking for its safety to be "
        'guaranteed. And this needs to be assured by international law," Putin said.'
    )
    story = _analysed(body)
    russian = [st for st in story.statements if st.country == "RU"]
    assert [(st.stance, st.text) for st in russian] == [
        ("demands", "And this needs to be assured by international law,")
    ]
    # Putin's account of North Korea's wish is no North Korean statement (issue 15: a
    # government voice must state it)
    assert "KP" not in {st.country for st in story.statements}


def test_a_quote_describing_another_country_is_still_the_speakers() -> None:
    body = "“Russia is Ukraine's eternal strategic partner,” President Viktor Yushchenko said."
    statements = _analysed(body).statements
    assert [(st.country, st.text) for st in statements] == [
        ("UA", "Russia is Ukraine's eternal strategic partner,")
    ]


def test_the_foreign_office_is_britains_only_in_a_british_story() -> None:
    pakistani = (
        "ISLAMABAD: Pakistan remains committed to the Iran-Pakistan gas pipeline, the Foreign "
        "Office said on Thursday."
    )
    assert "GB" not in {country for country, _stance in _positions(pakistani)}
    german = "The Foreign Office in Berlin said it expected both governments to refrain."
    assert {country for country, _stance in _positions(german)} == {"DE"}
    british = "Britain's Foreign Office said the embargo must stay."
    assert ("GB", "demands") in _positions(british)


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "The European Commission on Wednesday (14 May) proposed steep tariffs.",
            ("EU", "proposes"),
        ),
        ("Indonesia has lodged a formal protest with China.", ("ID", "opposes")),
        ("Kazakhstan will tighten controls on re-exports to Russia.", ("KZ", "proposes")),
        ("The Food and Agriculture Organization urged the WTO to act.", ("FAO", "demands")),
    ],
)
def test_constructions_found_missing_in_the_blind_set(body: str, expected: tuple[str, str]) -> None:
    assert expected in _positions(body)


def test_a_speakers_account_of_another_governments_stance_is_not_that_governments():
    from briefgen.analysis.relays import relayed as relayed_by
    from briefgen.model import Quote, Speaker, Statement

    body = (
        'Putin said: "The North Korean administration wants to denuclearize as well. But it is '
        'asking for its safety to be guaranteed."'
    )
    quote_start = body.index("The North")
    quote = Quote(
        body[quote_start:-1],
        quote_start,
        len(body) - 1,
        "direct",
        Speaker("Vladimir Putin", "President", "RU"),
    )
    end = body.index("well.") + len("well.")
    relayed = Statement(
        "KP", "denuclearisation", "supports", body[quote_start:end], quote_start, end
    )
    own = Statement("RU", "denuclearisation", "supports", body[quote_start:end], quote_start, end)
    assert relayed_by(relayed, [quote])
    assert not relayed_by(own, [quote])
    unnamed = Quote(quote.text, quote.start, quote.end, "direct", Speaker(None))
    assert not relayed_by(relayed, [unnamed])
