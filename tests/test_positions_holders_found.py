"""Government statements the people and holder layers used to miss (issue 15, found on unseen
pages): each construction with a sentence it must now read and a trap it must leave alone."""

from __future__ import annotations

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _positions(body: str) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance) for st in story.statements}


def _countries(body: str) -> set[str]:
    return {country for country, _stance in _positions(body)}


# a live blog's heading gives the title its country; the paragraph names the holder
_HEADED = (
    "Both armies were on alert along the border on Wednesday.\n\n"
    "Pakistan's defense minister condemns what he calls a 'cowardly act'\n\n"
    "Defense Minister Khawaja Mohammad Asif has strongly condemned what he calls a "
    '"cowardly act by India."\n'
)


def test_a_title_given_its_country_just_before_gives_the_official_it() -> None:
    story = analyze_builtin(Story(title="t", body=_HEADED, path="t.txt"))
    asif = [
        st
        for st in story.statements
        if story.body[st.start : st.end].startswith("Defense Minister")
    ]
    assert [(st.country, st.stance) for st in asif] == [("PK", "opposes")]


def test_another_persons_title_gives_no_country() -> None:
    # "Indian Defense Minister Rajnath Singh" is another person's title, not a role noun
    # standing for the next minister named
    body = (
        "Pakistan and India exchanged fire on Tuesday. Shells fell in Pakistan's Punjab and in "
        "Pakistan's part of Kashmir.\n\n"
        "Indian Defense Minister Rajnath Singh visited troops near the border.\n\n"
        "Defense Minister Khawaja Mohammad Asif has strongly condemned what he calls a "
        '"cowardly act by India."\n'
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    asif = [
        st
        for st in story.statements
        if story.body[st.start : st.end].startswith("Defense Minister")
    ]
    assert asif == []


def test_a_possessive_office_with_coordinated_modifiers_states_its_verb() -> None:
    body = (
        "Pakistan's top political and military leaders on Wednesday condemned Indian "
        "airstrikes that they said killed 26 people."
    )
    assert ("PK", "opposes") in _positions(body)
    assert _positions(
        "India's senior civil and military officials condemned the attack on the convoy."
    )


def test_coordinated_nouns_that_are_no_office_state_nothing() -> None:
    # no office word after the coordinated words: the country's towns are no government voice
    assert "IN" not in _countries("India's towns and villages welcomed the new road plan.")


def test_the_embassy_capitalised_is_the_embassy_named_before() -> None:
    body = (
        "India's embassy in Washington says its adviser has spoken to officials.\n\n"
        "The Embassy says in a statement that Pakistan's claims are baseless.\n"
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    said = [st for st in story.statements if story.body[st.start : st.end].startswith("The Emb")]
    assert [st.country for st in said] == ["IN"]


# a ministry named with its country, then again by its name alone further down a live blog
_MINISTRY = (
    "Pakistan's Ministry of Foreign Affairs says Islamabad has informed the Security Council "
    "about the attacks.\n\n"
    + "India's strikes hit several towns; Indian and Chinese teams watched the border. "
    * 20
    + "\n\n"
    "The Ministry of Foreign Affairs has condemned what it calls a blatant act of aggression.\n"
)


def test_a_ministry_named_again_takes_the_country_it_was_named_with() -> None:
    story = analyze_builtin(Story(title="t", body=_MINISTRY, path="t.txt"))
    again = [st for st in story.statements if story.body[st.start : st.end].startswith("The Min")]
    assert [(st.country, st.stance) for st in again] == [("PK", "opposes")]


def test_a_ministry_never_named_with_a_country_gets_none() -> None:
    body = (
        "Talks resumed on Monday.\n\n"
        "The Ministry of Foreign Affairs has condemned what it calls a blatant act of aggression.\n"
    )
    assert _positions(body) == set()


def test_an_act_defended_as_in_measure_supports_it() -> None:
    assert _positions("India said its strikes were justified.") == {("IN", "supports")}
    assert _positions("India said its response was proportionate.") == {("IN", "supports")}
    # turned round by a negation, or the opposite word
    assert _positions("Pakistan said the strikes were not justified.") == {("PK", "opposes")}
    assert _positions("Pakistan said the response was disproportionate.") == {("PK", "opposes")}


def test_a_states_own_strike_on_militants_accuses_them() -> None:
    body = (
        "India said it struck infrastructure used by militants linked to last month's "
        "massacre of tourists in Kashmir."
    )
    assert _positions(body) == {("IN", "accuses")}
    targeted = "Indian officials said the strikes targeted the headquarters of militant groups."
    assert _positions(targeted) == {("IN", "accuses")}
    # an attack by militants, no own act: still a reported fact, no position
    assert _positions("Pakistan said militants struck a convoy, killing five soldiers.") == set()


def test_a_committee_chaired_by_a_head_of_government_is_his_countrys() -> None:
    body = (
        "Pakistan's Prime Minister Shehbaz Sharif called his top commanders to Islamabad.\n\n"
        "The National Security Committee, chaired by Prime Minister Shehbaz Sharif, said in a "
        "statement that the Indian strikes deliberately targeted civilians.\n"
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    said = [st for st in story.statements if story.body[st.start : st.end].startswith("The Nat")]
    assert [(st.country, st.stance) for st in said] == [("PK", "accuses")]


def test_a_council_chaired_by_no_official_speaks_for_no_state() -> None:
    body = (
        "The Ethics Council, chaired by Professor Jane Morris, said in a statement that the "
        "Indian strikes deliberately targeted civilians.\n"
    )
    assert _positions(body) == set()


def test_a_title_named_as_an_object_gives_no_country() -> None:
    # "met India's defense minister": an object, maybe another minister than the one named next
    body = (
        "Pakistan and India exchanged fire on Tuesday. Shells fell in Pakistan's Punjab and in "
        "Pakistan's part of Kashmir.\n\n"
        "The envoy met India's defense minister on Monday.\n\n"
        "Defense Minister Khawaja Mohammad Asif has strongly condemned what he calls a "
        '"cowardly act by India."\n'
    )
    assert "IN" not in _countries(body)


def _opening(body: str) -> dict[str, set[tuple[str, str]]]:
    """The (country, stance) of each statement by the first two words of its text."""
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    out: dict[str, set[tuple[str, str]]] = {}
    for st in story.statements:
        words = " ".join(story.body[st.start : st.end].split()[:2])
        out.setdefault(words, set()).add((st.country, st.stance))
    return out


def test_it_said_opening_the_next_paragraph_continues_the_state() -> None:
    # a wire story's paragraphs of one sentence: "It said" is the ministry that opened the
    # paragraph before, though a person-like name ("the Indian Air Force") stands between
    body = (
        "Pakistan's Ministry of Foreign Affairs has condemned what it calls a “blatant and "
        "unprovoked act of aggression” by the Indian Air Force.\n\n"
        "It said the attack posed a significant threat to commercial air traffic.\n"
    )
    assert "It said" in _opening(body)
    assert {country for country, _stance in _opening(body)["It said"]} == {"PK"}


def test_it_opening_a_paragraph_after_other_words_or_a_description_is_no_one_known() -> None:
    # the paragraph before has several sentences, the state not their subject: its "It" may
    # be the charity quoted there
    body = (
        '"We are deeply concerned about the garment workers," said Andrew Pendleton of '
        "Christian Aid. The WTO said there was no consensus among its members to retain the "
        "quotas.\n\n"
        "It added that the impact of the changes on workers had not been considered.\n"
    )
    assert "It added" not in _opening(body)
    # no speech verb: a description of the alliance, no statement
    described = (
        "Nato supported the UN by intervening in the war in the former Yugoslavia.\n\n"
        "It also co-ordinates military plans and carries out joint military exercises.\n"
    )
    assert "It also" not in _opening(described)


_STATEMENT_CHAIN = (
    "Pakistan on Wednesday summoned India’s charge d’affaires to lodge a strong protest, the "
    "Ministry of Foreign Affairs said.\n\n"
    "In a statement, it said the strikes resulted in the deaths of several civilians.\n\n"
    "The Indian diplomat was told that “India’s blatant act of aggression constitutes a clear "
    "violation of Pakistan’s sovereignty,” the statement said.\n\n"
    "It said the Indian side was warned that such “reckless behaviour” poses a serious threat "
    "to regional peace and stability.\n"
)


def test_the_statement_said_and_it_said_continue_the_state_that_made_it() -> None:
    found = _opening(_STATEMENT_CHAIN)
    assert {country for country, _stance in found["The Indian"]} == {"PK"}
    assert {country for country, _stance in found["It said"]} == {"PK"}
    # the deaths the statement tells are a reported fact, no position (and no break in the
    # chain of the state's statement)
    assert "In a" not in found


def test_the_statement_said_after_another_body_is_no_states() -> None:
    body = (
        "Pakistan condemned the strikes on Wednesday. The Red Cross also issued a statement.\n\n"
        "“Civilians must be protected on both sides of the border,” the statement said.\n"
    )
    assert "Civilians must" not in _opening(body)
    assert "“Civilians must" not in _opening(body)


def test_a_wire_dateline_gives_a_national_title_its_country() -> None:
    # "Defense Secretary" names a national office (US spelling) and the story's dateline
    # names the capital: the secretary speaks for that state (an invented name: the
    # gazetteer knows the real secretaries)
    body = (
        "WASHINGTON (Aug. 13) -- Defense Secretary Robert Galton has ordered a review of the "
        "seaborne service.\n\n"
        '"It is proper to ask whether large-scale amphibious assault landings are feasible," '
        "Galton said.\n"
    )
    assert _countries(body) == {"US"}


def test_no_dateline_or_another_city_gives_no_country() -> None:
    body = (
        "Defense Secretary Robert Galton has ordered a review of the seaborne service.\n\n"
        '"It is proper to ask whether amphibious landings are feasible," Galton said.\n'
    )
    assert _countries(body) == set()
    abroad = "GLASGOW (Reuters) -- Defense Secretary Robert Galton has ordered a review.\n"
    assert _countries(abroad) == set()


def test_the_offices_of_listed_states_speak_for_each() -> None:
    body = "The foreign ministers of France and Germany condemned the attack."
    assert _positions(body) == {("FR", "opposes"), ("DE", "opposes")}
    listed = (
        "The Prime Ministers of Australia, Canada and New Zealand likewise declared for UK "
        "membership."
    )
    assert {country for country, _stance in _positions(listed)} == {"AU", "CA", "NZ"}


def test_states_listed_as_an_object_take_no_stance() -> None:
    # "met the foreign ministers of France and Germany": the list is the object of "met"
    body = "Mr Blinken met the foreign ministers of France and Germany, who condemned the attack."
    assert ("FR", "opposes") not in _positions(body)


def test_an_appeal_filed_against_a_ruling_opposes_it() -> None:
    assert _positions("In November, Ireland filed an appeal against the ruling.") == {
        ("IE", "opposes")
    }
    # an appeal for something asks for it
    assert _positions("Ireland appealed for calm.") == {("IE", "demands")}


def test_money_allocated_supports_its_use() -> None:
    body = "Pakistan has allocated more than $70 million for a digital initiative."
    assert _positions(body) == {("PK", "supports")}


def test_calling_something_a_thing_states_a_view() -> None:
    body = "Pakistan's prime minister called the strikes an act of aggression."
    assert _positions(body) == {("PK", "accuses")}
    # convening a meeting, phoning someone: no view of anything
    assert _positions("China called a meeting of the council.") == set()
    assert _positions("China called off the talks with Japan.") == set()


_OFFICERS = (
    "Col. Sofiya Qureshi, an Indian army officer, said the strikes lasted 25 minutes.\n\n"
    "Another officer, Wing Commander Vyomika Singh, said India had demonstrated "
    "considerable restraint.\n"
)


def test_another_officer_is_one_more_of_the_officers_just_named() -> None:
    story = analyze_builtin(Story(title="t", body=_OFFICERS, path="t.txt"))
    assert {st.country for st in story.statements if st.actor == "Vyomika Singh"} == {"IN"}


def test_another_officer_with_none_named_before_has_no_country() -> None:
    body = (
        "Another officer, Wing Commander Vyomika Singh, said India had demonstrated "
        "considerable restraint.\n"
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    assert [st for st in story.statements if st.actor == "Vyomika Singh"] == []


def test_it_must_be_said_is_discourse_not_a_demand() -> None:
    body = (
        "“However, it must be said that the Indian armed forces are fully prepared to respond,” "
        "Indian Defence Minister Rajnath Singh said."
    )
    assert ("IN", "demands") not in _positions(body)
    assert ("IN", "demands") in _positions(
        "“Pakistan must stop the attacks,” Indian Defence Minister Rajnath Singh said."
    )


def test_calling_a_person_something_is_no_states_view() -> None:
    body = "Prime Minister Tony Blair called him a giant of the Labour movement."
    assert _positions(body) == set()


def test_demonyms_of_smaller_states_name_their_governments() -> None:
    body = "The Namibian and South African governments say they will build the pipeline together."
    assert {country for country, _stance in _positions(body)} == {"NA", "ZA"}
    assert _countries("The Tanzanian government rejected the report.") == {"TZ"}
    # a demonym without a government noun is a national, not the state
    assert _countries("A Namibian farmer rejected the report.") == set()


def test_a_concessive_clause_ends_at_its_comma() -> None:
    # the main clause after the comma is the environmentalists' accusation, not the states'
    body = (
        "While the Namibian and South African governments say they have met with rural "
        "communities, environmentalists say nothing has been done to protect the land."
    )
    assert _positions(body) == {("NA", "neutral"), ("ZA", "neutral")}


def test_a_councils_statement_quoted_is_its_countrys() -> None:
    body = (
        "Pakistan's Prime Minister Shehbaz Sharif called his top commanders to Islamabad.\n\n"
        "The National Security Committee, chaired by Prime Minister Shehbaz Sharif, said in a "
        "statement that the strikes deliberately targeted civilians.\n\n"
        "“These unprovoked and unjustified attacks martyred innocent men, women and children,” "
        "the statement said.\n"
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    quoted = [st for st in story.statements if story.body[st.start : st.end].startswith("These")]
    assert {st.country for st in quoted} == {"PK"}


def test_a_concessive_clause_goes_on_into_its_own_subjects_main_clause() -> None:
    body = "While Russia has signed the Charter, it has never ratified it."
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    assert [story.body[st.start : st.end] for st in story.statements] == [body]


def test_a_nickname_between_given_name_and_surname_keeps_the_verb() -> None:
    body = (
        "Indonesian President Joko “Jokowi” Widodo ordered an immediate review of all aviation "
        "procedures."
    )
    assert _positions(body) == {("ID", "supports")}  # an order within its own government
    # a quoted word after a name that is no nickname and surname: no verb found past it
    quoted = 'Indonesian President Joko Widodo "ordered" nothing, aides said.'
    assert ("ID", "demands") not in _positions(quoted)


def test_a_states_defense_establishment_speaks_for_it() -> None:
    body = "Israel's defense establishment has expressed interest in receiving two new aircraft."
    assert _positions(body) == {("IL", "supports")}


def test_aircraft_downed_is_a_reported_event() -> None:
    # a state's shoot-down told without blame: a reported fact, no position
    body = (
        "Military spokesperson Lt. Gen. Ahmed Sharif, Pakistan's military spokesperson, said "
        "the jets were downed from within Pakistani airspace."
    )
    assert "PK" not in _countries(body)


def test_a_devolved_government_is_not_the_states() -> None:
    assert _positions("The Scottish government rejected the plan.") == set()
    assert _positions("Scottish ministers insist they will have the final say.") == set()
    # the state's own government, named by its demonym, still speaks
    assert _positions("The British government rejected the plan.") == {("GB", "rejects")}
