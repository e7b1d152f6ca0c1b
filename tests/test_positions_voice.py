"""Who speaks for a government (issue 15, point 2): each rule with sentences it must read and
traps it must leave alone. A statement belongs to a government only when a government voice
states it in the text; acts, hedged readings and company deals told by the reporter do not."""

from __future__ import annotations

import pytest
from paths import BBC

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _positions(body: str) -> set[tuple[str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.stance) for st in story.statements}


def _countries(body: str) -> set[str]:
    return {country for country, _stance in _positions(body)}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # a state's armed forces are one of its voices
        ("Israel's military said it had visuals of the incident and it was under review.", "IL"),
        ("The Israeli army said it had opened an investigation into the shooting.", "IL"),
        ('Asked about the findings, the IDF said: "We do not target journalists."', "IL"),
        # spokespeople and representatives for a state, plural or after a comma
        ("On Monday, representatives for the United States defended the decision.", "US"),
        ("Representatives for the United States said the decision was lawful.", "US"),
        # a name ending in s takes a bare apostrophe: "Abbas' government"
        ("Palestinian President Mahmoud Abbas' government condemned the raid.", "PS"),
        # "followed X in announcing": both announced it
        ("Argentina followed the U.S. in announcing its withdrawal from the agency.", "AR"),
        ("Argentina followed the U.S. in announcing its withdrawal from the agency.", "US"),
        # an act told, a claim stated in its relative clause
        (
            "Venezuela is cracking down on large rural estates, which it says are lying idle.",
            "VE",
        ),
        ("India is urgently searching for fresh energy supplies.", "IN"),
    ],
)
def test_government_voices_are_heard(body: str, country: str) -> None:
    assert country in _countries(body)


@pytest.mark.parametrize(
    "body",
    [
        # hedged reporter inference from something the text does not give
        "Beijing has issued what appears to be a veiled threat through one of its mouthpieces.",
        "Moscow has sent what looks like a warning to its neighbours.",
        "Tokyo made what some see as a concession to Seoul.",
        # an act is no statement
        "Israel has been cracking down on Gaza militants who fire rockets at southern Israel.",
        "The government of Venezuela cracked down on large estates last year.",
        # the army's acts: events, not statements
        "The Russian army shelled the town, killing 12 people.",
        "Russian army tanks entered the town on Tuesday.",
        # "In northern Iraq" is where it happened, not who did it: no accusation of Iraq
        "In northern Iraq on Tuesday, Turkish warplanes bombed rebel hideouts, the Turkish "
        "military announced.",
        # "joined X in talks": no verb of stance after "in"
        "Argentina joined the U.S. in talks on the agency.",
        # "which he says" after a person's act: the person rule reads persons, not this one
        "Venezuela is building roads across the plains.",
    ],
)
def test_acts_and_hedged_readings_are_no_statement(body: str) -> None:
    assert _positions(body) == set()


def test_a_verb_before_the_hedge_is_still_the_states() -> None:
    # the verb is China's own; only the reading of it is hedged
    assert ("CN", "warns") in _positions("China has warned the US in what was seen as a rebuke.")
    assert ("CN", "warns") in _positions("Beijing has issued a warning to Washington.")


COMPANY_DEAL = (
    "India and Russia are to work together in a series of energy deals, part of a pact which "
    "could see India invest up to $20bn in oil and gas projects.\n\n"
    "The deals are to be led by Russian energy giant Gazprom and India's ONGC."
)


def test_a_country_named_as_the_party_of_a_company_deal_states_nothing() -> None:
    assert _positions(COMPANY_DEAL) == set()


def test_a_deal_no_company_carries_out_is_still_the_states() -> None:
    # without companies in the story, a country that agrees a deal is its government
    body = "India and Russia are to work together in a series of energy deals."
    assert {"IN", "RU"} <= _countries(body)


def _actors(body: str) -> set[tuple[str, str | None]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {(st.country, st.actor) for st in story.statements}


def test_he_after_a_possessor_is_the_person_named_after_it() -> None:
    # "Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted ... He rejected
    # speculation that Mr Brown was ...": every "He" is Ed Balls, a former aide, not Mr Brown
    path = BBC / "business" / "golden-rule-intact-says-ex-aide.txt"
    title, _, body = path.read_text("utf-8").partition("\n")
    story = analyze_builtin(Story(title=title, body=body.strip(), path=str(path)))
    assert not [st.text for st in story.statements if st.actor == "Gordon Brown"]


def test_he_cannot_be_the_person_his_own_sentence_names_after_him() -> None:
    body = (
        "Chancellor Gordon Brown spoke in London on Monday.\n\n"
        "Ed Balls rejected the allegation that he had been sidelined. He rejected speculation "
        "that Mr Brown was considering becoming Foreign Secretary, saying his recent travels "
        "had been linked to development."
    )
    assert ("GB", "Gordon Brown") not in _actors(body)


def test_he_inside_another_speakers_quote_is_not_the_last_official() -> None:
    # (a trap: the "He" sentences are the prime minister's quote about Mr Blunkett)
    body = (
        "Home Secretary David Blunkett resigned last week. Prime Minister Tony Blair said Mr "
        "Blunkett's integrity remained intact: \"He was the first to ask for this inquiry. He "
        'accepted that what he originally thought had happened had not happened," he said.'
    )
    assert ("GB", "David Blunkett") not in _actors(body)


def test_he_said_still_continues_the_official_named_before() -> None:
    body = (
        "Chancellor Gordon Brown said the plan would help the poorest countries. He said it "
        "was a breakthrough for the international organisations."
    )
    assert ("GB", "Gordon Brown") in _actors(body)


@pytest.mark.parametrize(
    "body",
    [
        "Japan denied reports that China had agreed to lift the ban.",
        "Seoul rejected suggestions that Tokyo had offered to resume talks.",
    ],
)
def test_a_state_inside_a_rumour_or_claim_states_nothing(body: str) -> None:
    assert {country for country, _a in _actors(body)} <= {"JP", "KR"}


def test_a_state_saying_so_in_a_contact_relative_is_heard() -> None:
    body = "Russia is helping build the plant, part of a program Iran says it needs for fuel."
    assert "IR" in _countries(body)
    # a state after a preposition is no speaker: the letter said it
    assert _countries("A letter to Iran said it must stop enrichment.") == set()


def test_support_won_from_others_is_no_support_stated() -> None:
    body = 'Chancellor Gordon Brown said it was "winning support every day".'
    assert ("GB", "supports") not in _positions(body)
    assert ("GB", "supports") in _positions(
        "Chancellor Gordon Brown said Britain would support it."
    )


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Israeli diplomatic officials said Arab states would give little.", "IL"),
        ("Moscow has cited technical reasons for the delays.", "RU"),
    ],
)
def test_officials_with_a_government_qualifier_and_citing_states(body: str, country: str) -> None:
    assert country in _countries(body)


def test_officials_of_a_hospital_are_no_government() -> None:
    assert _countries("Israeli hospital officials said the wounded were stable.") == set()


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Russia's ambassador to the UN, Vassily Nebenzia, rejected the accusation.", "RU"),
        ("The Iranian mission to the United Nations said Tehran would respond.", "IR"),
        ("South Korea's presidential office said it regretted the decision.", "KR"),
        ("The Indian external affairs ministry rejected the remarks.", "IN"),
        ("The Turkish Foreign Ministry condemned the attack.", "TR"),
        ("Pakistan's Foreign Office said it rejected the remarks.", "PK"),
    ],
)
def test_ministries_offices_missions_and_envoys_speak(body: str, country: str) -> None:
    assert country in _countries(body)


@pytest.mark.parametrize(
    "body",
    [
        # prosecutors, courts and police give no country a position (issue 15)
        "Britain's Serious Fraud Office said it opposed the deal.",
        "French prosecutors said they opposed bail.",
        "Russia's Supreme Court rejected the appeal.",
        # the envoy inside another clause is no subject
        "He met Russia's ambassador to the UN, Vassily Nebenzia, who rejected the accusation.",
    ],
)
def test_prosecutors_courts_and_objects_are_no_voice(body: str) -> None:
    assert _positions(body) == set()


def test_a_military_rank_is_an_official_capacity() -> None:
    body = (
        "The Philippines and the US began war games on Monday. Philippine Marine Corps "
        "Commandant Major General Arturo Rojas said at the opening ceremony in Manila that the "
        'exercise had "nothing to do with whatever is happening in the region."'
    )
    assert "PH" in _countries(body)
    # "general" alone is no rank: a company's general manager speaks for no state
    firm = body.replace("Philippine Marine Corps Commandant Major General", "Company manager")
    assert _countries(firm) == set()


def test_a_country_named_at_a_later_mention_or_in_a_forces_role_is_the_officials() -> None:
    # the first mentions carry the title only, a later one names the country before it
    leader = (
        "Prime Minister Shehbaz Sharif on Wednesday praised the armed forces.\n\n"
        "Sharif spoke to Parliament.\n\nSharif met the chiefs.\n\n"
        "India and Pakistan exchanged fire.\n\n"
        "Pakistan's Prime Minister Shehbaz Sharif said his country would respond.\n\n"
        "Sharif said the nation must stand firm against India."
    )
    assert ("PK", "demands") in _positions(leader)
    # a former office named later gives no country a voice
    former = leader.replace("Pakistan's Prime Minister", "Pakistan's former Prime Minister")
    assert ("PK", "demands") not in _positions(former)
    # an army officer or military spokesperson of a state, in an appositive after the name
    assert "IN" in _countries(
        "Col. Sofiya Qureshi, an Indian army officer, said the strikes must deter Pakistan."
    )
    assert "PK" in _countries(
        "Lt. Gen. Ahmed Sharif, Pakistan's military spokesperson, said India must stop."
    )


def test_ousted_officials_journalists_and_courtesies_give_no_position() -> None:
    # the status in the mention itself, at a later mention
    ousted = (
        "Mykhailo Fedorov was the defense minister.\n\nZelensky fired Fedorov on Monday.\n\n"
        "Fedorov left.\n\nOusted Defense Minister Fedorov says Ukraine must fire the general."
    )
    assert "UA" not in _countries(ousted)
    # an embassy she visited does not make a journalist its government's voice
    journalist = (
        "Stefania Maurizi, an Italian journalist who visited Assange at the embassy in London, "
        'said: "They seized everything and we must protest."'
    )
    assert "IT" not in _countries(journalist)
    # congratulations offered are a courtesy
    assert (
        _positions("Australia's Prime Minister John Howard offered his congratulations.") == set()
    )
    assert ("AU", "proposes") in _positions(
        "Australia's Prime Minister John Howard offered a new trade deal."
    )


def test_a_minister_of_a_portfolio_and_a_name_part_speak_for_the_official_country() -> None:
    minister = (
        "South Africa's minister of electricity, Kgosientsho Ramokgopa, told reporters the "
        'deal was signed.\n\n"We see it as an opportunity for us," Ramokgopa said.'
    )
    assert ("ZA", "supports") in _positions(minister)
    # a part of the official's full name alone ("Lula" beside "Luiz Inácio Lula da Silva")
    lula = (
        "Brazil's President Joao Carlos Marinho da Costa invited Trump to the summit.\n\n"
        "In September, Marinho announced a new fund. At the summit, Marinho hopes to secure "
        "more contributions to the fund."
    )
    assert ("BR", "supports") in _positions(lula)
    # a one-word name no official's name holds stays no one's
    other = lula.replace("Marinho announced", "Fearnside announced")
    assert ("BR", "supports") not in _positions(other.replace("Marinho hopes", "Fearnside hopes"))


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Libyan leader", "LY"),
        ("North Korea's leader", "KP"),
        # a party's, a group's or the opposition's leader is no government's
        ("Libyan opposition leader", None),
        ("Kurdish leader", None),
        ("Labour leader", None),
    ],
)
def test_a_countrys_own_leader_speaks_for_it(title: str, country: str | None) -> None:
    body = f"{title} Ali Hassan urged Obama to end the bombing."
    assert _countries(body) == ({country} if country else set())


def test_an_office_of_an_organisation_named_by_an_acronym_is_no_governments() -> None:
    body = (
        "Thailand's Supreme Court cleared the ruling party of fraud.\n\nThe Thai government "
        "welcomed the verdict.\n\nSurapong Suebwonglee, the PPP's secretary general, said "
        "the country must now move on."
    )
    assert ("TH", "demands") not in _positions(body)
    # a ministry's secretary general is the government's
    assert ("TH", "demands") in _positions(body.replace("the PPP's", "the ministry's"))


def test_a_devolved_or_local_government_is_not_the_states() -> None:
    body = (
        "Britain's councils face rises. The UK government and Britain's Treasury set the "
        "grant.\n\nWelsh councils should set their taxes at reasonable levels, says the "
        "{} government."
    )
    assert ("GB", "demands") not in _positions(body.format("assembly"))
    assert ("GB", "demands") in _positions(body.format("new"))


@pytest.mark.parametrize("nation", ["Scottish", "Welsh"])
def test_a_devolved_nations_government_is_not_the_states(nation: str) -> None:
    body = "Britain has a new policy on migrants. The {} government said it opposed the plan."
    assert ("GB", "opposes") not in _positions(body.format(nation))
    assert ("GB", "opposes") in _positions(body.format("British"))


@pytest.mark.parametrize(
    "voice",
    [
        "The Federal Reserve",
        "The Fed",
        "Federal Reserve Bank of Kansas City President Thomas Hoenig",
        "Fed Vice Chair Lael Brainard",
    ],
)
def test_a_central_bank_is_not_the_government(voice: str) -> None:
    body = "The US economy grew in May. {} warned that the tax cuts would fuel inflation."
    assert not [p for p in _positions(body.format(voice)) if p[0] == "US"]
    assert ("US", "warns") in _positions(body.format("The Treasury Department"))


def test_a_one_word_name_after_its_titled_full_name_is_the_official() -> None:
    body = (
        "Pakistan's Chief of Army Staff General Asim Munir has spoken about social media.\n\n"
        "Imran Khan accused Munir of plotting against him.\n\n"
        "In August, Munir warned that social media was being exploited to spread anarchy."
    )
    assert ("PK", "warns") in _positions(body)
    assert ("PK", "warns") not in _positions(body.replace("Chief of Army Staff General", "critic"))


def test_a_states_spokesperson_speaks_for_it_a_companys_does_not() -> None:
    body = "India's navy spokesperson Anil Rao said both sides must show restraint."
    assert ("IN", "demands") in _positions(body)
    firm = "Swiss Re's spokesman Floiran Woest said insurers must show restraint."
    assert _positions(firm) == set()
    # what others will do, in a relative clause, is no support of the speaker's
    wto = (
        "WTO spokesman Keith Rockwell said there are many companies who will continue with "
        "existing trading relationships."
    )
    assert ("WTO", "supports") not in _positions(wto)


def test_coordinated_subjects_shock_communiques_and_provincial_ministers() -> None:
    # a person named after "and" shares the verb; "in offering" after an object is no verb
    shared = (
        "Pakistani President Pervez Musharraf and caretaker premier Mohammedmian Soomro "
        "condemned the blast."
    )
    assert ("PK", "opposes") in _positions(shared)
    tennis = "The event will join the US and Australian Opens in offering equal prize money."
    assert _positions(tennis) == set()
    assert ("GB", "opposes") in _positions(
        "British Foreign Secretary David Miliband voiced shock at the killing."
    )
    assert "GCC" in _countries(
        "The Gulf Co-operation Council's final communique said the body would examine the offer."
    )
    # a province's minister is not the state's voice
    provincial = (
        "Pakistan's president visited Karachi. Pakistan's government met.\n\n"
        "Akhtar Zamin, the home minister for southern Sindh province, said the country must "
        "hold elections."
    )
    assert ("PK", "demands") not in _positions(provincial)


def test_a_role_noun_before_a_state_describes_it() -> None:
    assert ("QA", "supports") in _positions("Summit host Qatar welcomed the proposals.")
    # after a lower-case word the state is an object ("for its host Qatar")
    assert _positions("It was a success for its host Qatar welcomed by all.") == set()


def test_a_commission_spokesperson_speaks_for_the_eu_in_an_eu_story() -> None:
    said = " A Commission spokesperson told reporters the plan was unacceptable."
    assert ("EU", "opposes") in _positions("The European Union proposed new tariffs." + said)
    # no EU in the story: some other commission (an electoral one, a regulator)
    assert _positions("Britain has new rules on elections." + said) == set()


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Beijing on Monday hit back at the criticism.", "CN"),
        ("Seoul expressed regret over the decision.", "KR"),
        ("Tokyo hit out at the ruling.", "JP"),
    ],
)
def test_hitting_back_and_regret_are_statements(body: str, country: str) -> None:
    assert (country, "opposes") in _positions(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The sanctions must be lifted, said a spokesman for the Japanese embassy.", "JP"),
        (
            "The sanctions must be lifted, said a spokesman for the Japanese embassy on Monday.",
            "JP",
        ),
    ],
)
def test_a_speaker_named_after_the_statement_states_it(body: str, expected: str) -> None:
    assert (expected, "demands") in _positions(body)


@pytest.mark.parametrize(
    "body",
    [
        # a name that goes on is no trailing speaker
        "Li Jianguo, a researcher, said the U.S. move would only accelerate the decline.",
        # "according to" sources a fact or a forecast
        "Exports rose 5% last year, according to China.",
        "The US looks set for higher interest rates in 2005, according to the government.",
        # a relay: the speaker tells what someone else had said
        "The barrister had said the rules were unfair to householders, said a spokesman for "
        "the British embassy.",
    ],
)
def test_no_trailing_speaker_in_relays_facts_and_running_names(body: str) -> None:
    assert _positions(body) == set()


def test_the_ministry_is_the_last_named_ministrys_country() -> None:
    body = (
        "Russia's Defense Ministry on Sunday confirmed the weapon's use. The ministry added the "
        "attack was retaliation for Ukrainian strikes on civilians."
    )
    assert "RU" in _countries(body)
    # no ministry named before: "the ministry" points nowhere in a story without a home country
    assert _countries("Kyiv said the strike hit homes. The ministry said it would respond.") <= {
        "UA"
    }


def test_a_body_named_as_the_venue_is_not_the_speaker() -> None:
    body = (
        "At a U.N. Security Council emergency meeting on the strike, Ukrainian Ambassador "
        "Andrii Melnyk denied the accusations, asserting that the operations \u201cexclusively "
        "targeted the Russian war machine.\u201d"
    )
    assert "UN" not in _countries(body) and "UNSC" not in _countries(body)


def test_a_person_acted_on_is_not_the_speaker_of_the_sentence() -> None:
    # the line's speaker must be the quote's: Ukraine says it, not the leader it ousted
    path = BBC / "business" / "ukraine-trims-privatisation-check.txt"
    title, _, body = path.read_text("utf-8").partition("\n")
    story = analyze_builtin(Story(title=title, body=body.strip(), path=str(path)))
    ousted = [st for st in story.statements if "ousted long-serving leader" in st.text]
    assert ousted and all(st.actor is None and st.country == "UA" for st in ousted)


def test_a_foreign_ministry_named_without_its_country_is_the_home_countrys() -> None:
    body = "Japan's exports rose. Japan protested. The Foreign Ministry said it opposed the plan."
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    assert any("Foreign Ministry said" in st.text and st.country == "JP" for st in story.statements)
    assert ("PL", "warns") in _positions("Polish officials raised concerns about the law.")


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("China's foreign ministry on Monday said it opposed the sale.", "CN"),
        ("Japan's trade ministry last week announced export curbs.", "JP"),
    ],
)
def test_a_time_phrase_between_an_office_and_its_verb(body: str, country: str) -> None:
    assert country in _countries(body)
    assert _countries("China's foreign ministry on Monday.") == set()  # no verb: nothing said


@pytest.mark.parametrize(
    "body",
    [
        # a central bank's chief speaks for no government, also through a later "he"
        "Federal Reserve chairman Alan Greenspan spoke to Congress. He also urged Congress to "
        "cut the budget deficit by raising taxes.",
        "Mervyn King, governor of the Bank of England, spoke on Tuesday. He warned the "
        "government that it must cut public spending.",
    ],
)
def test_a_central_bankers_words_are_no_government_position(body: str) -> None:
    assert _positions(body) == set()


def test_a_finance_minister_still_speaks_for_the_government() -> None:
    body = (
        "Treasury Secretary John Snow spoke to Congress. He also urged Congress to cut the "
        "budget deficit by raising taxes."
    )
    assert "US" in _countries(body)


def test_praise_of_a_meeting_is_a_courtesy_not_support() -> None:
    courtesy = "Meanwhile, Kim praised the summit as a very meaningful exchange, state media said."
    assert _positions(courtesy) == set()
    # praise of a deal, or of talks on a matter, is support
    assert ("KP", "supports") in _positions(
        "North Korean leader Kim Jong Un praised the deal on sanctions relief."
    )
    assert ("CN", "supports") in _positions(
        "Chinese President Xi Jinping praised the talks on trade as a breakthrough."
    )


def test_a_minister_attacking_a_partys_plan_is_party_politics() -> None:
    assert (
        _positions("Prime Minister Tony Blair attacked Tory plans to process asylum abroad.")
        == set()
    )
    # trap: a plan no party owns is a government position
    assert ("GB", "opposes") in _positions(
        "Prime Minister Tony Blair attacked plans to process asylum claims abroad."
    )


@pytest.mark.parametrize(
    "body",
    [
        "India says an official spoke with U.S. Secretary of State Marco Rubio.",
        "An Indian official says Prime Minister Narendra Modi monitored the operation.",
        "India's embassy said national security adviser Ajit Doval has spoken to his US peer.",
        "Iraqi officials said Prime Minister Nouri al-Maliki met with Condoleezza Rice.",
    ],
)
def test_a_contact_told_by_a_state_is_no_position(body: str) -> None:
    assert not {c for c, _ in _positions(body)} & {"IN", "IQ"}


def test_a_contact_with_a_stance_or_a_plan_still_states_it() -> None:
    # the traps: a stance told beside the contact, or the contact still to come, is kept
    beside = "India said its foreign minister spoke with Marco Rubio and urged restraint."
    assert "IN" in {c for c, _ in _positions(beside)}
    assert ("IN", "neutral") in _positions("India says an official will speak with Marco Rubio.")


def test_witnesses_telling_an_event_give_no_state_a_position() -> None:
    told = (
        "Residents said the aircraft fell shortly after India launched missile strikes on "
        "Pakistan on early Wednesday."
    )
    assert "IN" not in _countries(told)
    # the trap: residents told something are no speakers; the officials after them speak
    # (what they say takes a stance: who is being deployed is a reported fact, no position)
    told_to = (
        "Residents around the compound were told to stay away from windows and Palestinian "
        "security officials said the US must withdraw its snipers from the area."
    )
    assert "PS" in _countries(told_to)


def test_another_states_military_telling_what_a_state_did_states_no_position_of_it() -> None:
    told = (
        "India's foreign secretary Vikram Misri spoke on Tuesday.\n\n"
        "Pakistan's military said Wednesday its air force shot down five Indian fighter jets, "
        "including three Rafale aircraft. he said at least 31 people had been killed around "
        "the country from the strikes and artillery exchanges."
    )
    assert "IN" not in _countries(told)
    # the trap: a state's own military telling its own deed still speaks for it
    own = "India's military said its strikes were measured and non-escalatory."
    assert "IN" in _countries(own)


def test_another_states_titled_speaker_telling_what_a_state_did_is_its_own_account() -> None:
    told = (
        "Lt. Gen. Ahmed Sharif, Pakistan's military spokesperson, says India attacked six "
        "locations, killing eight people."
    )
    assert "IN" not in _countries(told)
    assert "IN" not in _countries("Pakistan's foreign minister said India rejected the offer.")
    # the trap: a minister telling their own state's stance speaks for it
    assert ("PK", "rejects") in _positions(
        "Pakistan's foreign minister said Pakistan rejected the offer."
    )


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine's president Zelensky is considering firing ‘the Butcher’ Oleksandr Syrsky.",
        "Ukraine's president Zelensky is considering replacing Syrsky as criticism grows.",
    ],
)
def test_a_named_person_fired_or_replaced_is_a_personnel_move_no_position(body: str) -> None:
    assert "UA" not in _countries(body)


def test_a_dismissal_of_claims_is_still_a_rejection() -> None:
    # the trap: "dismissed" of a claim, not of a person, rejects it
    assert ("RU", "rejects") in _positions("Russia's president Putin dismissed Western criticism.")


def test_a_commitment_made_when_a_state_joined_a_body_is_background() -> None:
    joined = (
        "China committed to gradually opening up its banking sector when it joined the World "
        "Trade Organisation in 2002."
    )
    assert "CN" not in _countries(joined)
    # the trap: a commitment held now is stated
    assert ("CN", "supports") in _positions(
        "China is committed to opening up its banking sector, as it promised when it joined "
        "the WTO."
    )


def test_the_dashes_around_an_aside_do_not_end_the_stated_clause() -> None:
    from briefgen.analysis.stated_clauses import clause_end

    body = (
        "He said Britain — which has millions of citizens of Indian or Pakistani heritage — "
        "has close relationships with both countries."
    )
    assert clause_end(body, 0, len(body)) == len(body)
    # the trap: a dash that opens no aside still ends the clause
    plain = "He said Britain would act — and quickly."
    assert clause_end(plain, 0, len(plain)) == plain.index(" — ")
    # nor does an aside the text never closes
    open_aside = "He said Britain — which has millions of citizens, has ties."
    assert clause_end(open_aside, 0, len(open_aside)) == open_aside.index(" — ")


def test_a_member_states_official_speaking_of_the_body_speaks_of_their_own_side() -> None:
    """'"Europe is finally defending its industry …," the French trade ministry said': the
    EU is France's side; the quote is France's position, not a relayed EU one."""
    from briefgen.analysis.gazetteer import member_of
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.model import Story

    assert member_of("FR", "EU") and not member_of("RU", "NATO") and not member_of(None, "EU")
    body = (
        "The EU imposed duties on Chinese electric cars on Friday.\n\n"
        '"Europe is finally defending its industry with the same tools as its competitors," '
        "the French trade ministry said.\n"
    )
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    assert any(st.country == "FR" and "defending" in st.text for st in story.statements)
