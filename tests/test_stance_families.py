"""The stance a sentence states, read precisely (issue 15): denial, rejection, accusation and
warning are their own stances, a negated verb is not the verb, a stance aimed at another actor
names it, and a party's position is the party's, never its country's. Each case is a
construction of English that once gave a wrong line."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis.parties import ANNOTATION
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story
from briefgen.section import BuildContext
from briefgen.sections.positions import PositionsConfig, PositionsSection


def _analysed(body: str) -> Story:
    return analyze_builtin(Story(title="t", body=body, path="t.txt"))


def _stances(body: str) -> set[tuple[str, str]]:
    return {(st.country, st.stance) for st in _analysed(body).statements}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a denial is not opposition to what the claims are about
        ("The US government denied the claims, saying it condemned torture.", ("US", "denies")),
        ("China rejected the proposal.", ("CN", "rejects")),
        ("Japan accused China of dumping steel.", ("JP", "accuses")),
        ("Russia warned Ukraine against joining Nato.", ("RU", "warns")),
        # a light verb takes its object noun's stance
        ("Beijing has issued a veiled threat.", ("CN", "warns")),
        ("France launched an attack on the budget plans.", ("FR", "opposes")),
        # a bill pushed through is passed, not demanded
        ("France has pushed through plans to cut the budget.", ("FR", "supports")),
        # the main verb, not the participle that argues it
        (
            "Mr Brown rejected the call to open the books, saying decisions should be made by "
            "ministers. Chancellor Gordon Brown spoke in London.",
            ("GB", "rejects"),
        ),
    ],
)
def test_the_sentence_states_its_own_stance(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


@pytest.mark.parametrize(
    "body",
    [
        # a negated reporting verb: the clause is not what was said
        "Germany does not believe the tax should be an election issue.",
        # a negated denial or rejection is no stance either way
        "Japan did not rule out new talks.",
        # "if you ..." is rhetoric and "if X, it could" a forecast, not a condition set
        "Washington argues that if the embargo is lifted, it could lead to a buying spree.",
        # a passive past an adverb: the subject was asked, it asked nothing
        "The Pakistani president was also asked whether the war had made the world less safe.",
        # "is to be" + participle is done to the subject
        "France is to be investigated by the commission.",
        # a threat in a noun phrase is no warning
        "The Pentagon says they would not be a threat to the security of the US.",
        # nor is a threat "from" a country a warning it gave
        "Japan is worried because the nuclear threat from China and Russia is increasing.",
        # "if its intentions ..." is rhetoric; "what needs to be done" demands nothing
        "Rice said Iran does not need enrichment if its intentions are peaceful.",
        "US Secretary of State Condoleezza Rice said we will focus on what needs to be done.",
        # a forecast of no act is no proposal
        "Prime Minister Ehud Olmert suggested Israel would not launch a broad operation.",
        # a holder inside a time clause
        "The institute said the timeline was based on tough measures when Xi Jinping seeks a "
        "new term.",
        # a reporting verb with a noun-phrase object reports nothing
        "China maintains a near-daily military presence around Taiwan.",
        # "would have to" forecasts, it demands nothing
        "Chancellor Gordon Brown said the tax burden would have to rise.",
        # a sentence-opening "After" clause is background
        "After Russia said in March that Bushehr would be launched this year, the US waited.",
        # a sentence-opening "As" clause is background
        "As Chancellor Gordon Brown announced the Budget date, Ernst & Young urged him to "
        "focus on the economy.",
    ],
)
def test_no_stance_read_into_the_sentence(body: str) -> None:
    assert not {s for s in _stances(body) if s[1] != "neutral"}


def test_a_stance_aimed_at_another_actor_names_it() -> None:
    story = _analysed("China warned the United States against new tariffs.")
    [china] = [s for s in story.statements if s.country == "CN"]
    assert (china.stance, china.target) == ("warns", "US")


@pytest.mark.parametrize(
    "title",
    [
        "Tory co-chairman Liam Fox",
        "ex-Foreign Secretary Robin Cook",
        "Scottish National Party Justice Minister Kenny MacAskill",
        "Theresa May, shadow secretary for the family,",
    ],
)
def test_party_and_former_figures_give_no_government_a_position(title: str) -> None:
    body = f"Prime Minister Tony Blair spoke in London. {title} said the plan must be scrapped."
    story = _analysed(body)
    assert not [s for s in story.statements if "scrapped" in s.text]


def test_a_party_position_is_the_partys_and_its_own_row() -> None:
    body = (
        "The Tories have promised an upper limit on immigration. "
        "Home Secretary Charles Clarke said the government would introduce a points system "
        "for immigration. Lib Dem leader Charles Kennedy rejected the immigration quotas."
    )
    story = _analysed(body)
    assert all(s.voice == "government" for s in story.statements)
    parties = {(s.voice, s.stance) for s in story.annotations[ANNOTATION]}
    assert ("Conservatives", "supports") in parties
    assert ("Liberal Democrats", "rejects") in parties
    assert not any(s.voice == "Conservatives" for s in story.statements)


def test_a_dominant_country_shows_its_government_and_parties_as_rows() -> None:
    body = (
        "The Tories have promised an upper limit on immigration. "
        "The Tories want quotas for economic migrants and immigration caps. "
        "Home Secretary Charles Clarke said the government must control immigration. "
    )
    stories = []
    for i in range(25):
        story = _analysed(body + f"Mr Clarke said the government should act on asylum {i}.")
        stories.append(story)
    context = BuildContext(stories=stories, as_of=date(2005, 4, 1), config=PositionsConfig())
    items = PositionsSection().build(context)
    names = [row.name for row in items]
    assert names[:2] == ["United Kingdom — government", "Conservatives"]
    assert items[1].voice == "Conservatives" and items[1].country == "GB"


def test_a_known_official_abroad_speaks_for_his_own_country() -> None:
    body = (
        "Tanzania welcomed the visitors to Dar es Salaam. The days of apologising for the past "
        "are over, Gordon Brown has said. Mr Brown said Tanzania must reform its debt."
    )
    story = _analysed(body)
    assert not [s for s in story.statements if s.country == "TZ" and s.actor == "Gordon Brown"]
    assert any(s.country == "GB" and s.actor == "Gordon Brown" for s in story.statements)


def test_names_are_not_issue_words() -> None:
    """ "Rice" (Condoleezza) is not food, "Damascus" is not a dam."""
    from briefgen.analysis.issues import classify_issue

    assert classify_issue("Condoleezza Rice described the incident as provocative") is None
    assert classify_issue("France will have no more contact with Damascus") is None
    assert classify_issue("the price of rice and wheat rose") == "food"


def test_state_media_speak_for_their_government_and_name_their_target() -> None:
    story = _analysed(
        "North Korea's official newspaper blasted South Korea on Tuesday for conducting a "
        "joint military exercise, warning that Seoul will pay dearly."
    )
    assert {(s.country, s.stance, s.target) for s in story.statements} == {("KP", "opposes", "KR")}


def test_a_capitalised_name_in_a_reporting_frame_is_no_verb() -> None:
    from briefgen.analysis.reporting_verbs import reporting_stance

    frame = "the minister spoke at the Japan National Press Club in Tokyo, saying"
    assert reporting_stance(frame) == ("neutral", False)


def test_a_long_line_shows_the_clause_of_its_holder() -> None:
    from briefgen.sections.positions import concise

    text = (
        "Washington on Tuesday warned Iran against making threatening maneuvers towards "
        "American ships after a tense weekend standoff in the Strait of Hormuz, while Tehran "
        'denied anything other than "routine" interaction between the fleets, officials said '
        "after a long day of exchanges in the region."
    )
    assert concise(text, 120, "maritime", None, "IR").startswith("…while Tehran denied")


@pytest.mark.parametrize(
    "body",
    [
        # what a journalist or a critic reports an official did is not the official's word
        "Prime Minister Tony Blair spoke in London. Andrew Marr says Mr Blair will ask the "
        "Queen to dissolve Parliament.",
        "Prime Minister Tony Blair spoke. The Fire Brigades Union said the government was "
        "planning to cut benefits.",
        "Prime Minister Tony Blair spoke. Liberal Democrat leader Charles Kennedy said some "
        "concessions had already been offered by the government.",
        # the one addressed is not the one speaking
        "Chancellor Gordon Brown spoke in London. He was speaking as Sir Digby Jones, CBI "
        "director general, warned Mr Brown not to be tempted to use extra cash on bribes.",
    ],
)
def test_reported_or_addressed_officials_state_nothing(body: str) -> None:
    story = _analysed(body)
    later = body.index(". ") + 2
    assert not [s for s in story.statements if s.start >= later and s.stance != "neutral"]


def test_an_official_reporting_still_speaks_for_the_government() -> None:
    body = (
        "Argentina's economy minister met the water firm in Buenos Aires. Argentine Economic "
        "Minister, Roberto Lavagna, told the French media in Paris that the government was "
        "considering allowing a 16% increase in tariffs."
    )
    later = body.index(". ") + 2
    assert any(s.country == "AR" and s.start >= later for s in _analysed(body).statements)


def test_a_fragment_states_nothing() -> None:
    assert not _analysed("Tehran was quiet. Iranian officials said Friday.").statements
    assert not _analysed("Russian officials did not say why they decided to move ahead.").statements
    assert _analysed("Russia says it will set its own quota.").statements


@pytest.mark.parametrize(
    "body",
    [
        "The Commons has approved the measures despite considerable opposition.",
        "The US Congress rejected the trade deal.",
    ],
)
def test_a_legislature_is_not_the_governments_voice(body: str) -> None:
    assert not _analysed(body).statements


def test_a_described_subject_breaks_the_pronoun_chain() -> None:
    body = (
        "Culture Secretary Tessa Jowell defended the licensing laws. The police chief gave "
        "evidence to MPs on Monday. He warned that pubs would stretch police numbers."
    )
    story = _analysed(body)
    assert not [s for s in story.statements if "He warned" in s.text]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what the reported clause states, when the reporting verb is only "said"
        (
            "France will have no more contact with Syria until Damascus shows goodwill, "
            "President Nicolas Sarkozy said on Sunday.",
            ("FR", "conditions"),
        ),
        ("Japan said it was time for China to free the crew.", ("JP", "demands")),
        ("Germany said the attack was reckless.", ("DE", "opposes")),
        ("Britain said the deal was a step forward for peace.", ("GB", "supports")),
        ("India said the reports were baseless.", ("IN", "denies")),
        ("Iraq said a US helicopter was to blame for the fire.", ("IQ", "accuses")),
        ("Russia said it would never rule out using force.", ("RU", "warns")),
        ("Brazil said it will not join the pact.", ("BR", "rejects")),
        # verbs of a construction the lexicon lacked
        ("Egypt appealed to Syria to help elect a president.", ("EG", "demands")),
        ("Canada lauded the agreement.", ("CA", "supports")),
        ("Mexico brushed aside the criticism.", ("MX", "rejects")),
        ("Spain cautioned against early elections.", ("ES", "warns")),
        # readiness, a government's own urging, the right to respond kept in reserve
        ("China says it is ready to play a role in easing tensions.", ("CN", "supports")),
        ("Turkey said it was ready to strike back at the rebels.", ("TR", "warns")),
        (
            '"The U.K. government is urging India and Pakistan to show restraint," Foreign '
            "Secretary David Lammy said.",
            ("GB", "demands"),
        ),
        ("Pakistan told the UN it reserves the right to respond.", ("PK", "warns")),
        ("Iran said it had every right to give a robust response.", ("IR", "warns")),
        # a venue between the speaker and the verb; an act called false
        (
            "Indian Foreign Secretary Vikram Misri in a news briefing in New Delhi accused "
            "Pakistan of failing to act.",
            ("IN", "accuses"),
        ),
        ("Pakistan said India falsely tried to implicate it in the attack.", ("PK", "accuses")),
    ],
)
def test_a_said_clause_states_its_stance(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


@pytest.mark.parametrize(
    "body",
    [
        # "until" with a date is a forecast, not a condition on anyone
        "Iraq said it would not be able to defend its borders until 2018.",
        # a contrasting main clause is not the first speaker's
        "Thailand said it is ready to talk, while India has also rejected the offer.",
    ],
)
def test_no_condition_or_borrowed_stance(body: str) -> None:
    stances = _stances(body)
    assert ("IQ", "conditions") not in stances
    assert ("TH", "rejects") not in stances


@pytest.mark.parametrize(
    "body",
    [
        "The death toll from that strike had risen to 21, Russian authorities said late Saturday.",
        "Russia's Defence Ministry said its forces shot down 33 Ukrainian drones overnight.",
    ],
)
def test_a_reported_event_is_no_position(body: str) -> None:
    assert _analysed(body).statements == []


def test_a_stance_beside_an_event_stays() -> None:
    body = "Ukraine's foreign minister said Russia must pay a price for the strike that killed 21."
    assert ("UA", "demands") in _stances(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Japan's prime minister said his government needed a quick injection of cash.", "demands"),
        ("Japan's foreign minister said it would be premature to lift the sanctions.", "rejects"),
        ("Japan's defence ministry said no decision had been taken on new troops.", "denies"),
    ],
)
def test_need_premature_no_decision(body: str, expected: str) -> None:
    opposition = {"opposes", "rejects", "denies"}
    stance = next(st.stance for st in _analysed(body).statements if st.country == "JP")
    assert stance == expected or {stance, expected} <= opposition


def test_sponsorship_and_dodged_questions_are_no_position() -> None:
    body = (
        "The vote was postponed amid divisions between the government and the opposition, "
        "backed by Syria and Iran. The French president refused to take any questions about "
        "his holiday."
    )
    assert _analysed(body).statements == []


def test_he_after_a_described_speaker_is_not_the_last_name() -> None:
    body = (
        "The tape includes references to French President Nicolas Sarkozy, who was elected "
        "in May.\n\nThe speaker also repeats his claim of responsibility for the attacks. He "
        "says the Taliban had no advance knowledge of the plot."
    )
    assert not [st for st in _analysed(body).statements if st.country == "FR"]


def test_important_is_no_import_and_warned_no_war() -> None:
    from briefgen.analysis.issues import classify_issue

    assert classify_issue("It is important for us to mobilise Arab assistance.") != "trade"
    assert classify_issue("The minister for trade warned Japan.") != "trade"
    assert classify_issue("China will cut imports of US soybeans.") == "trade"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an ASCII contraction is a negation as the typographic one is
        ("China won't accept the ruling.", ("CN", "opposes")),
        ("Germany doesn't support the plan.", ("DE", "opposes")),
        # "will not"/"would not" + a verb: a refusal, with "until": a condition
        ("Japan would not reopen its embassy.", ("JP", "rejects")),
        (
            "Riyadh would not reopen its embassy in Tehran until Iran provided guarantees.",
            ("SA", "conditions"),
        ),
        ("France will not support the plan unless Germany agrees.", ("FR", "conditions")),
    ],
)
def test_negated_modal_is_a_refusal(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


def test_would_not_be_able_is_no_refusal() -> None:
    assert _stances("Germany would not be able to pay.") == set()


def test_another_full_name_before_said_is_the_speaker() -> None:
    body = (
        "Ukrainian President Viktor Yushchenko dissolved parliament in April. But the Regions "
        "Party of the president's archrival, Viktor Yanukovich, said the vote showed that the "
        "coalition team was unstable."
    )
    statements = _analysed(body).statements
    assert not [st for st in statements if "Regions Party" in st.text]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a word in closing quotes is still a word
        ("South Africa's delegation said Israel acted with ‘impunity’ in Gaza.", ("ZA", "accuses")),
        (
            'France\'s president said: "We are now waiting for acts, not speeches."',
            ("FR", "demands"),
        ),
        (
            "Clinton, the US secretary of state, said the strikes will stop when Gadhafi "
            "steps down.",
            ("US", "conditions"),
        ),
        (
            "Rice, the US secretary of state, said reconciliation had moved remarkably.",
            ("US", "supports"),
        ),
    ],
)
def test_quoted_words_waiting_and_conditions(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


def test_a_schedule_is_no_position_and_a_negated_threat_no_stance() -> None:
    body = "Uranium fuel will be loaded into the reactor on August 21, Russian officials said."
    assert _analysed(body).statements == []
    assert ("RU", "opposes") in _stances(
        "Russia's foreign ministry said the decision was a direct threat to peace."
    )
    assert not {
        s
        for s in _stances("Russia said the plan would not be a threat to Europe.")
        if s[1] != "neutral"
    }
    assert _stances("The EU has announced that it will start accession talks with Croatia.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Chinese Foreign Minister Wang Yi accused Washington: "They set the tone for some '
            'actors in our country and gave them a signal."',
            ("CN", "accuses"),
        ),
        (
            '"She set the tone for some actors in our country," Russian President Vladimir '
            "Putin complained.",
            ("RU", "opposes"),
        ),
    ],
)
def test_the_verb_framing_a_direct_quote(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


def test_a_quoted_question_is_no_position() -> None:
    body = '"Do you feel any ethical guilt?" Japanese Prime Minister Shigeru Ishiba was asked.'
    assert not [st for st in _analysed(body).statements if st.country == "JP"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Washington wants Seoul to lift the ban.", ("US", "demands")),
        ("France wants a president for Lebanon.", ("FR", "supports")),
        ("Germany does not want Turkey to join.", ("DE", "opposes")),
    ],
)
def test_wanting_someone_to_act_demands(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


def test_a_negated_first_person_act_denies() -> None:
    body = (
        "Asked about the findings, Israel's defence ministry said: \"We don't target journalists.\""
    )
    assert ("IL", "denies") in _stances(body)


@pytest.mark.parametrize(
    ("body", "unexpected"),
    [
        # the "until" belongs to the negation inside the rejected thing
        (
            "Britain's home secretary has rejected a blanket policy of not enforcing the ban "
            "until the Lords has considered its legality.",
            ("GB", "conditions"),
        ),
        # "no more ... than" compares, it refuses nothing
        (
            "Britain's prime minister said a lord chancellor no more needs to be a lawyer than "
            "a health secretary needs to be a doctor.",
            ("GB", "rejects"),
        ),
    ],
)
def test_no_refusal_read_into_the_clause(body: str, unexpected: tuple[str, str]) -> None:
    assert unexpected not in _stances(body)


@pytest.mark.parametrize(
    ("body", "unexpected"),
    [
        # an adjective inside a noun phrase evaluates nothing
        ("Britain's ministers say it would help the fight against illegal immigration.", "opposes"),
        # "until" a time, not an act of someone
        (
            "Britain's prime minister said he would not respond to gossip and would defend the "
            "record from now until polling day.",
            "conditions",
        ),
        # "compared to" is no one wanted to act
        ("Britain's government wants a ban compared to two-thirds in 1999.", "demands"),
    ],
)
def test_no_stance_from_an_adjective_a_time_or_a_comparison(body: str, unexpected: str) -> None:
    assert ("GB", unexpected) not in _stances(body)


def test_an_attack_blamed_on_another_state_accuses_it() -> None:
    body = (
        "A British airstrike hit an oil field on Wednesday, Libya's deputy foreign minister said."
    )
    statements = _analysed(body).statements
    assert [(st.country, st.stance, st.target) for st in statements] == [("LY", "accuses", "GB")]


def test_a_crackdown_launched_is_an_act_not_a_stance() -> None:
    # issue 15: reported actions give no country a position (review 3 marked the line wrong)
    body = "Pakistan's president has launched a crackdown on militants in the border region."
    assert ("PK", "opposes") not in _stances(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Russia's president vowed to strike back for the attack.", ("RU", "warns")),
        (
            "Israel's defence minister said the country would continue to block aid.",
            ("IL", "supports"),
        ),
        (
            "Israel's officials said Israel wanted to make sure Sderot got attention.",
            ("IL", "demands"),
        ),
        (
            "Russia's foreign minister argues the project is essential for peace.",
            ("RU", "supports"),
        ),
        (
            'Abbas, the Palestinian president, said: "I renew my offer for early elections."',
            ("PS", "proposes"),
        ),
        (
            "The Philippine government announced that its vessel was deliberately sideswiped.",
            ("PH", "accuses"),
        ),
    ],
)
def test_vows_continuations_offers_and_deliberate_acts(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in _stances(body)


@pytest.mark.parametrize(
    "body",
    [
        'France\'s president insisted that he had "nothing" to say on the controversy.',
        "A US State Department spokesman said he did not know the status of the funds.",
    ],
)
def test_saying_nothing_is_no_position(body: str) -> None:
    assert _analysed(body).statements == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Turkey\'s prime minister vowed on Monday to "finish" the rebels.', ("TR", "warns")),
        (
            "Bush, the US president, said he was convinced that peace would come.",
            ("US", "supports"),
        ),
        (
            "Clinton, the US secretary of state, said much is expected of Gadhafi now.",
            ("US", "demands"),
        ),
        (
            "Abbas, the Palestinian president, said Israel had failed to lift any checkpoint.",
            ("PS", "accuses"),
        ),
    ],
)
def test_vow_with_a_time_word_conviction_expectation_failure(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in _stances(body)


def test_continuing_to_discuss_is_no_support() -> None:
    body = "Japan's prime minister said he would continue to discuss the issue within the party."
    assert ("JP", "supports") not in _stances(body)


def test_members_named_with_including_take_the_verb() -> None:
    body = (
        "Kyiv's European allies, including France's Emmanuel Macron and Germany's Friedrich "
        "Merz, condemned the Russian strikes."
    )
    stances = _stances(body)
    assert {("FR", "opposes"), ("DE", "opposes")} <= stances
    assert not {s for s in stances if s[0] == "UA"}  # the allies are not Kyiv


def test_cracking_down_on_a_place_s_militants_is_an_act_not_a_statement() -> None:
    # issue 15: reported actions give no country a position (review 3 marked the line wrong)
    body = "Israel has been cracking down on Gaza militants who fire rockets."
    assert _analysed(body).statements == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # (a voice cited: without one, a country's keenness is the reporter's framing and
            # states no stance, tests/test_positions_review6.py)
            "The US is particularly keen to hear whether Pyongyang will admit it, officials said.",
            ("US", "supports"),
        ),
        ("Washington is now increasingly concerned that Pyongyang is stalling.", ("US", "opposes")),
        (
            "A US official said it is unfortunate that Pyongyang has not met its commitments.",
            ("US", "opposes"),
        ),
    ],
)
def test_predicates_after_adverbs_and_regret(body: str, expected: tuple[str, str]) -> None:
    assert expected in _stances(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"I am confident that the status quo is unacceptable," said US President Bush.',
            ("US", "opposes"),
        ),
        (
            '"I am confident that a Palestinian state will emerge," said US President Bush.',
            ("US", "supports"),
        ),
        (
            '"Israel is acting to protect its civilians," Israeli Foreign Minister '
            "Tzipi Livni said.",
            ("IL", "supports"),
        ),
    ],
)
def test_confidence_opens_a_clause_and_self_defence_supports(
    body: str, expected: tuple[str, str]
) -> None:
    assert expected in _stances(body)


def test_another_state_failing_to_act_is_an_accusation() -> None:
    body = (
        '"There are 640 Israeli checkpoints and Israel did not lift any of them," Palestinian '
        "President Mahmoud Abbas said."
    )
    statements = _analysed(body).statements
    assert [(st.country, st.stance, st.target) for st in statements] == [("PS", "accuses", "IL")]
    passive = "South Africa's president said the money pledged by the US had not yet been paid."
    assert ("ZA", "accuses") not in _stances(passive)


def test_a_stance_noun_inside_anothers_belief_is_not_its_holders() -> None:
    # "X is said to believe the United States' refusal ...": the belief is X's, the US says
    # nothing in the sentence (issue 15 review of the politics brief)
    body = (
        "The prime minister is said to believe the United States' refusal to sign the Kyoto "
        "Protocol is undermining other countries' resolve."
    )
    assert ("US", "rejects") not in _stances(body)
    # the noun read through the possessive at the head of its own sentence still is
    assert ("US", "rejects") in _stances(
        "The United States' refusal to sign the Kyoto Protocol angered its allies."
    )


def test_condemning_a_wrong_while_denying_the_claim_is_a_denial() -> None:
    body = (
        'But the Pentagon told BBC News US policy "condemns and prohibits" torture and said '
        "there was no evidence that any British detainee was tortured or abused."
    )
    assert ("US", "denies") in _stances(body)
    assert ("US", "opposes") in _stances(
        'But the Pentagon told BBC News US policy "condemns and prohibits" torture.'
    )


def test_the_war_is_the_war_the_story_names() -> None:
    from briefgen.analysis.issues import classify_issue, definite_war_issue

    text = "The government refuses to publish his advice on the legality of the war."
    iraq = "Critics of the Iraq war want the advice published. " + text
    assert classify_issue(text) == "military"
    assert definite_war_issue(text, iraq, "military") == "iraq"
    # no war named, or "troops" naming the topic itself: military stays
    assert definite_war_issue(text, text, "military") == "military"
    troops = "The government wants more troops for the war."
    assert definite_war_issue(troops, "The Iraq war. " + troops, "military") == "military"


def test_a_right_exercised_is_no_warning() -> None:
    body = "India said it had exercised its right to respond."
    assert ("IN", "warns") not in _stances(body)


def test_a_retaliation_done_is_no_warning() -> None:
    body = "Pakistan claimed it shot down several Indian aircraft in retaliation."
    assert ("PK", "warns") not in _stances(body)
    assert ("PK", "warns") in _stances("Pakistan said it would consider retaliation.")


def test_expected_to_is_a_forecast_not_a_statement() -> None:
    body = "With Mr Bush expected to step up his rhetoric against Iran, Tehran acted."
    assert ("US", "neutral") not in _stances("President George W Bush spoke. " + body)


def test_a_verb_after_an_office_a_device_and_a_countrys_people_are_read_as_such() -> None:
    # "calls" after the office holder is its verb, not the state's "calls" (demands)
    headline = "Pakistan's prime minister calls Indian action an 'act of war'"
    assert ("PK", "demands") not in _stances(headline)
    assert ("IR", "demands") in _stances("Iran's calls for talks were heard.")
    # sirens warn no one
    sirens = "The drills will include air raid warning sirens, India's ministry said."
    assert ("IN", "warns") not in _stances(sirens)
    # a country's states and cities are not its government
    assert (
        _stances("US states and cities are also pursuing their own clean-energy agendas.") == set()
    )


def test_turned_back_is_no_backing() -> None:
    body = '"The enemy could not understand it" and the Indian jets turned back, Sharif said.'
    story = "Pakistan's Prime Minister Shehbaz Sharif spoke to Parliament.\n\n" + body
    assert ("PK", "supports") not in _stances(story)
    assert ("PK", "supports") in _stances(story.replace("turned back", "strongly back us"))


def test_the_war_of_a_statement_is_the_war_its_story_names() -> None:
    body = (
        "Critics of the Iraq war want Lord Goldsmith's advice published.\n\n"
        "The UK government refuses to publish his advice on the legality of the war."
    )
    issues = {(st.country, st.issue) for st in _analysed(body).statements}
    assert ("GB", "iraq") in issues


def test_a_state_firing_artillery_told_by_another_is_an_accusation() -> None:
    body = "The Indian army says Pakistan fired artillery along the border."
    assert ("IN", "accuses") in _stances(body)


def test_a_stance_and_the_quote_giving_its_reason_are_two_statements() -> None:
    body = (
        "US President George W. Bush also ruled out direct talks with the Syrian leader, "
        'saying: "My patience ran out on President Assad a long time ago."'
    )
    stances = _stances(body)
    assert ("US", "rejects") in stances and ("US", "opposes") in stances
    # a quote that goes on the clause ("a campaign 'which is ...'") stays one statement
    clause = 'Mr Bush promised a campaign "which is upbeat, confident and optimistic about it".'
    texts = [st.text for st in _analysed(clause).statements]
    assert all(not text.endswith("campaign") for text in texts)


def test_the_war_of_a_story_naming_two_wars_is_neither() -> None:
    from briefgen.analysis.issues import definite_war_issue

    text = "Criticism of allies may drive Canada out of the war, says the opposition leader."
    two = "Canada stayed out of the Iraq war but sent troops to the war in Afghanistan. " + text
    assert definite_war_issue(text, two, "military") == "military"
    # the trap: one war named, however often and in whichever words, is the war
    one = "The Iraq war divided the party. Critics of the war in Iraq spoke. " + text
    assert definite_war_issue(text, one, "military") == "iraq"


def test_the_war_of_a_statement_placing_its_fighting_elsewhere_is_not_the_storys_war() -> None:
    from briefgen.analysis.issues import definite_war_issue

    # the page names "the war in Iraq" once, but the statement places the fighting in
    # Afghanistan: "the war" there is no more the Iraq war
    text = "Criticism of NATO allies in Afghanistan may drive Canada out of the war, he said."
    story = "Critics of the war in Iraq spoke. " + text
    assert definite_war_issue(text, story, "military") == "military"
    # the trap: a statement naming no other country keeps the story's war
    plain = "Criticism of NATO allies may drive Canada out of the war, he said."
    assert definite_war_issue(plain, "Critics of the war in Iraq spoke. " + plain, "military") == (
        "iraq"
    )
    # ... and naming the war's own country keeps it too
    there = "Criticism of NATO allies in Iraq may drive Canada out of the war, he said."
    assert definite_war_issue(there, "Critics of the war in Iraq spoke. " + there, "military") == (
        "iraq"
    )


def test_a_clause_told_by_a_private_person_named_after_it_is_no_states_position() -> None:
    # "..., says NDP Leader Jack Layton": an opposition leader's account of a US stance
    owned = (
        "A top American official's criticism of NATO allies may drive Canada out of the "
        "war, says NDP Leader Jack Layton."
    )
    assert ("US", "opposes") not in _stances(owned)
    assert ("US", "opposes") not in _stances(
        "The US opposes the plan, says opposition leader Jack Layton."
    )
    # the trap: the same words told by the reporter, or by the state's own official, stand
    assert ("US", "opposes") in _stances(
        "A top American official's criticism of NATO allies may drive Canada out of the war."
    )
    assert ("US", "opposes") in _stances(
        "The US opposes the plan, said Defence Secretary Robert Gates."
    )


def test_a_deed_launched_is_an_act_and_proposes_nothing() -> None:
    drive = "Cameroon's prime minister launched an anti-corruption drive in December."
    assert ("CM", "proposes") not in _stances(drive)
    crackdown = "Pakistan launched a crackdown on Islamic militants in the border region."
    assert ("PK", "proposes") not in _stances(crackdown)
    # the trap: a plan or an investigation launched still proposes
    assert ("PK", "proposes") in _stances("Pakistan launched a new peace plan.")
    assert ("PK", "proposes") in _stances("Pakistan launched an investigation into the killing.")


def test_a_stance_noun_owned_inside_anothers_view_of_it_is_the_viewers_not_the_owners() -> None:
    viewed = (
        "Russia takes an extremely negative view of Britain's decision to supply Ukraine "
        "with more drones."
    )
    assert ("GB", "supports") not in _stances(viewed)
    assert ("GB", "supports") not in _stances(
        "There was anger in Moscow at Britain's decision to supply Ukraine with drones."
    )
    # the trap: the owner's decision told by the reporter, or defended by another, stands
    assert ("IL", "opposes") in _stances("The US defended Israel's decision to ban UNRWA.")
    assert ("GB", "supports") in _stances(
        "The request came after Britain's decision to supply Ukraine with drones."
    )


def test_a_commitment_to_an_act_against_something_opposes_it() -> None:
    ban = "The request came in response to Israel's decision to ban UNRWA."
    assert _stances(ban) == {("IL", "opposes")}
    assert ("IL", "opposes") in _stances("Israel vowed to suspend the talks.")
    # the trap: a decision or a vow to do something else still supports it
    assert ("IL", "supports") in _stances("Israel's decision to join the talks surprised Egypt.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "“Excluding Har Homa from the freeze can't be accepted,” Palestinian negotiator "
            "Saeb Erekat said.",
            ("PS", "rejects"),
        ),
        (
            "Iran's foreign minister said: “For the time being, it is harmful and we should not "
            "pursue it.”",
            ("IR", "opposes"),
        ),
        (
            "“The world cannot afford a military confrontation between India and Pakistan,” UN "
            "spokesperson Stephane Dujarric said.",
            ("UN", "opposes"),
        ),
    ],
)
def test_a_passive_refusal_and_a_harm_named_are_stances(body: str, expected: tuple) -> None:
    assert expected in _stances(body)


def test_what_can_be_afforded_or_accepted_states_no_refusal() -> None:
    # the traps: the same words without the refusal or the harm
    assert ("PS", "rejects") not in _stances(
        "“The plan can be accepted,” Palestinian negotiator Saeb Erekat said."
    )
    assert ("UN", "opposes") not in _stances(
        "“The world can afford to wait,” UN spokesperson Stephane Dujarric said."
    )


def test_what_no_one_should_expect_is_a_forecast_not_a_demand() -> None:
    body = "Iran's foreign minister added that no one should expect any improvements soon."
    assert ("IR", "demands") not in _stances(body)
    # the trap: what another should do is still asked of it
    assert ("IR", "demands") in _stances(
        "Iran's foreign minister said the US should end its sanctions."
    )


def test_what_a_state_says_it_cannot_allow_it_opposes() -> None:
    vowed = (
        "US Secretary of State Mike Pompeo spoke on Thursday.\n\n"
        "“We have to recognize that we can no longer allow Assange and his colleagues the "
        "latitude to use free speech values against us,” Pompeo vowed."
    )
    assert ("US", "opposes") in _stances(vowed)
    assert ("US", "proposes") not in _stances(vowed)
    # the trap: what a state says it will allow it supports
    assert ("US", "opposes") not in _stances(
        "“We will allow the inspectors to return,” US Secretary of State Mike Pompeo said."
    )


def test_a_ministry_telling_its_own_warnings_again_warns() -> None:
    body = (
        "Iraq's oil minister Hussain al-Shahristani added that his ministry \"had warned many "
        'times against aircraft flying above oil installations."'
    )
    assert ("IQ", "warns") in _stances(body)
    # the trap: another's warning told by a state's speaker is not the state's warning
    told = (
        "South Africa's Zane Dangor spoke on Tuesday. He said Palestinian NGOs and major aid "
        "groups have warned that Gaza is entering into famine."
    )
    assert ("ZA", "warns") not in _stances(told)


def test_a_response_promised_to_an_enemy_warns() -> None:
    body = (
        "“The Pakistani nation and the Pakistan Armed Forces know very well how to deal with "
        "the enemy,” Pakistan's prime minister Shehbaz Sharif said."
    )
    assert ("PK", "warns") in _stances(body)
    # the trap: knowing how to do something else warns no one
    assert ("PK", "warns") not in _stances(
        "“Our farmers know very well how to grow wheat,” Pakistan's prime minister Shehbaz "
        "Sharif said."
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "After the meeting, Qatar's prime minister said the policy was for now to stick "
            "with the dollar peg.",
            ("QA", "supports"),
        ),
        (
            "The US administration has said that it viewed the sale as necessary to "
            "counteract Iran's growing influence.",
            ("US", "supports"),
        ),
    ],
)
def test_a_course_kept_or_a_deal_seen_as_needed_supports_it(body: str, expected: tuple) -> None:
    assert expected in _stances(body)


def test_what_is_necessary_for_another_is_no_support() -> None:
    # the trap: "necessary for" another to act is no course of the speaker's own
    body = "The US administration said it was necessary for Iran to stop enrichment."
    assert ("US", "supports") not in _stances(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("India says its strikes on Pakistan were to avenge innocents.", ("IN", "accuses")),
        (
            'The Indian army said in a statement that Pakistani troops "resorted to arbitrary '
            'firing" along the Line of Control.',
            ("IN", "accuses"),
        ),
        (
            "Joshua Simmons, a lawyer for the US State Department, argued there is no legal "
            "requirement for Israel to allow the agency to operate.",
            ("US", "rejects"),
        ),
    ],
)
def test_a_wrong_avenged_a_resort_to_force_and_no_duty_owed(body: str, expected: tuple) -> None:
    assert expected in _stances(body)


def test_a_requirement_stated_is_no_refusal() -> None:
    # the trap: a requirement named, not denied, refuses nothing
    body = (
        "Joshua Simmons, a lawyer for the US State Department, argued there is a legal requirement."
    )
    assert ("US", "rejects") not in _stances(body)
