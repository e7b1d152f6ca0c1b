"""Constructions independent reviewers marked wrong in several rounds (session 14, issue 15
point 2: "read the stance the sentence states"). The sentences are written for these tests;
each test has the construction and a trap that must keep its reading."""

from __future__ import annotations

from briefgen.analysis.issues import classify_issue
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _statements(body: str) -> list[tuple[str, str, str]]:
    """(country, stance, voice) of every statement, government and party."""
    story = analyze_builtin(Story(title="t", body=body))
    parties = story.annotations.get("positions.parties") or []
    return [(s.country, s.stance, s.voice) for s in [*story.statements, *parties]]


def _stance(body: str, country: str) -> str | None:
    found = [stance for code, stance, _ in _statements(body) if code == country]
    return found[0] if found else None


def test_a_threat_someone_made_is_told_not_the_speakers_opposition() -> None:
    made = (
        "Danish navy officials said two trawlers from Norway's fleet circled the frigate on "
        "Monday, radioing a threat to ram it."
    )
    assert _stance(made, "DK") in (None, "neutral")
    judged = "Danish Foreign Minister Anna Lund said the fleet is a threat to peace in the region."
    assert _stance(judged, "DK") == "opposes"
    quoted = 'The Danish foreign ministry said the fleet was "a direct threat to peace".'
    assert _stance(quoted, "DK") == "opposes"


def test_a_comparisons_second_term_is_no_demand() -> None:
    body = (
        'Danish Foreign Minister Anna Lund spoke on Monday. "The principle that needs to guide '
        "us is that Norway's prosperity is in Denmark's interest, just as Danish fishing needs "
        'to be a Norwegian interest," Lund said.'
    )
    assert _stance(body, "DK") != "demands"
    direct = (
        'Danish Foreign Minister Anna Lund spoke on Monday. "Norway needs to reopen the '
        'fishing grounds," Lund said.'
    )
    assert _stance(direct, "DK") == "demands"


def test_a_stance_in_a_relative_aside_is_not_the_clauses() -> None:
    aside = (
        "Danish Foreign Minister Anna Lund said voters care about jobs and see the treaty, "
        "which her party opposed, as the main question."
    )
    assert _stance(aside, "DK") != "opposes"
    # a main verb after a long relative clause is still the clause's
    main = (
        "Danish Foreign Minister Anna Lund said the inspectors, who are in Norway to check the "
        "catch, should now return home."
    )
    assert _stance(main, "DK") == "demands"


def test_an_estimate_suggested_is_no_proposal() -> None:
    estimate = (
        "Danish Foreign Minister Anna Lund suggested keeping the frigates at sea could cost "
        "another £2bn."
    )
    assert _stance(estimate, "DK") != "proposes"
    proposal = "Danish Foreign Minister Anna Lund suggested the fund could be shared with Norway."
    assert _stance(proposal, "DK") == "proposes"


def test_what_an_opposition_politician_tells_of_the_government_is_his_account() -> None:
    body = (
        "The UK government published its spending plans on Monday. Chancellor Gordon Brown "
        "confirmed he was setting aside another £400m for the armed forces in Bosnia. Liberal "
        "Democrat spokesman Vince Cable compared that new cost with the £500m needed for the "
        "first Gulf War. He suggested keeping British troops in Bosnia could cost another £1bn "
        "with the government also planning to spend at least £3bn for new prisons."
    )
    assert ("GB", "proposes", "government") not in _statements(body)
    # the same "He" after the chancellor is the chancellor's
    own = (
        "The UK government published its spending plans on Monday. Chancellor Gordon Brown "
        "spoke in the Commons. He said the government was planning to spend £3bn on prisons."
    )
    assert ("GB", "proposes", "government") in _statements(own)


def test_a_countrys_stance_noun_after_an_indefinite_article_is_no_subject() -> None:
    body = "The accession deal came despite an EU demand for Serbia to recognise Kosovo."
    assert _stance(body, "EU") is None
    subject = "The EU demanded that Serbia recognise Kosovo."
    assert _stance(subject, "EU") == "demands"


def test_push_demands_only_of_someone_else() -> None:
    own = "Canadian Prime Minister Mark Carney will push his government's housing plan in visits."
    assert _stance(own, "CA") == "supports"
    someone = "Canadian Prime Minister Mark Carney pushed Ottawa's partners to cut tariffs."
    assert _stance(someone, "CA") == "demands"
    push_for = "Canadian Prime Minister Mark Carney pushed for lower tariffs on steel."
    assert _stance(push_for, "CA") == "demands"
    hardest = "Ottawa has pushed hardest for a deal on steel, officials in Ottawa said."
    assert _stance(hardest, "CA") == "demands"


def test_a_legislatures_vote_or_a_referendums_side_is_no_election() -> None:
    assert classify_issue("Harper said the Commons vote on the mission would go ahead.") is None
    assert classify_issue("He said MPs voted for the bill on Tuesday.") is None
    assert classify_issue("A No vote would mean that we should leave the EU.") == "eu-budget"
    # an election's vote stays one
    assert classify_issue("Blair said Labour would win the vote on May 5.") == "elections"
    assert classify_issue("He urged people to vote Labour at the general election.") == "elections"


def test_a_sentence_naming_a_private_speaker_is_no_follow_up() -> None:
    body = (
        'But the government said the move would help police "build safe communities". '
        'Police Union chairman John Reed said civilian officers should act as "eyes and ears".'
    )
    assert not any(code == "GB" and stance == "demands" for code, stance, _ in _statements(body))


def test_appeal_to_as_a_noun_or_an_infinitive_calls_on_no_one() -> None:
    noun = (
        "Home Secretary Charles Clarke said detainees had a right of appeal to the immigration "
        "tribunal."
    )
    assert _stance(noun, "GB") != "demands"
    aim = "Labour campaign chief Alan Milburn said the plan is designed to appeal to women voters."
    assert _stance(aim, "GB") != "demands"
    called = 'Home Secretary Charles Clarke said: "We appeal to all parties to back the bill."'
    assert _stance(called, "GB") == "demands"
    assert classify_issue("The Tories say they will vote against it unless it changes.") is None


def test_a_stance_a_relative_clause_says_the_holder_first_took_is_background() -> None:
    body = "Malaysia, which originally accepted the debt freeze offer, owes the lenders $20bn."
    assert _stance(body, "MY") in (None, "neutral")
    now = "Malaysia, which owes the lenders $20bn, accepted the debt freeze offer."
    assert _stance(now, "MY") == "supports"
