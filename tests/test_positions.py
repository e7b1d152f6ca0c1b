"""Positions: seed acceptance and precision traps."""

from __future__ import annotations

import pytest
from paths import BBC, SEEDS

from briefgen.analysis.issues import classify_issue, merge_issues, reset_issues
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _seed(name: str) -> Story:
    title, _, body = (SEEDS / name).read_text("utf-8").partition("\n")
    return analyze_builtin(Story(title=title, body=body.strip("\n")))


def _has(story: Story, country: str, issue: str, needle: str, stances=None) -> bool:
    for s in story.statements:
        assert story.body[s.start : s.end] == s.text
        matches = s.country == country and s.issue == issue and needle in s.text
        if matches and (stances is None or s.stance in stances):
            return True
    return False


def test_seed_000_russia_and_south_korea():
    story = _seed("000_312cadde9ea5adac.txt")
    assert _has(story, "RU", "security-guarantees", "assured by international law")
    assert _has(story, "RU", "talks", "six-party talks need to be resumed")
    assert _has(story, "RU", "economic-projects", "gas pipeline")
    assert _has(story, "KR", "economic-projects", "the South does not want", {"opposes"})
    assert "CN" not in {s.country for s in story.statements}  # Putin will merely talk to Xi


def test_seed_002_acceptance():
    story = _seed("002_3cc255f85078c229.txt")
    countries = {s.country for s in story.statements}
    assert {"RU", "KP", "US"} <= countries
    assert _has(story, "RU", "security-guarantees", "multinational framework")
    assert _has(story, "KP", "sanctions", "schedule of sanctions relief", {"demands"})
    assert _has(
        story, "US", "denuclearisation", "Washington has insisted", {"demands", "conditions"}
    )
    # "Beijng has issued what appears to be a veiled threat through one of its go-to English
    # language mouthpieces": the reporter's hedged reading of an editor's tweet the story does
    # not give; no Chinese government or state-media statement is in the text (review 3 and
    # issue 15 point 2: hedged inference is no statement), so China holds no position here
    assert "CN" not in countries


def test_seed_002_precision_traps():
    story = _seed("002_3cc255f85078c229.txt")
    # the UN is only addressed by Kim's demand; RT and CNN only report
    assert "UN" not in {s.country for s in story.statements}
    for s in story.statements:
        if s.country == "US":
            assert "according to Trump" not in s.text
            assert "better rethink" not in s.text  # the missing tweet's paraphrase


def test_reporting_outlets_hold_no_positions():
    story = analyze_builtin(Story(title="t", body="Xinhua reported that the talks ended."))
    assert story.statements == []


def test_issue_lexicon_and_merge():
    assert classify_issue("a schedule of sanctions relief") == "sanctions"
    assert classify_issue("the six-party talks need to be resumed") == "talks"
    assert classify_issue("nothing to see") is None
    try:
        merge_issues({"fisheries": {"label": "Fisheries", "terms": ["fishing quota*", "cod"]}})
        assert classify_issue("new fishing quotas for cod") == "fisheries"
    finally:
        reset_issues()
    assert classify_issue("new cod rules") is None


# --- H2b: reported stances, appositives, bodies, restatements, subject position ----------------


def _bbc(path: str) -> Story:
    title, _, body = (BBC / path).read_text("utf-8").partition("\n")
    return analyze_builtin(Story(title=title, body=body.strip("\n")))


def _countries(story: Story) -> set[str]:
    return {s.country for s in story.statements}


def test_role_appositives_and_bodies_with_acronyms():
    story = _bbc("business/iraq-and-afghanistan-in-wto-talks.txt")
    assert _has(story, "IQ", "trade", "al-Jibouri welcomed") or any(
        s.country == "IQ" and "al-Jibouri welcomed" in s.text for s in story.statements
    )
    assert any(s.country == "AF" and "Afghanistan's envoy" in s.text for s in story.statements)
    assert any(s.country == "EU" and "Carlo Trojan, said" in s.text for s in story.statements)
    assert any(s.country == "WTO" and "(WTO) is to hold" in s.text for s in story.statements)
    assert any(s.country == "IR" and "Iran's bid" in s.text for s in story.statements)
    assert "IS" not in _countries(story) and "SA" not in _countries(story)


def test_objects_and_embedded_subjects_take_no_position():
    story = _bbc("politics/straw-backs-ending-china-embargo.txt")
    assert "TW" not in _countries(story)  # "help Taiwan defend itself", "Beijing says Taiwan is"
    assert any(s.country == "CN" and s.text.startswith("Beijing says") for s in story.statements)
    assert any(s.country == "US" and "voiced concern" in s.text for s in story.statements)
    assert not any(s.actor == "Michael Ancram" for s in story.statements)  # Tory spokesman


def test_europe_conjoined_verbs_and_possessive_nouns():
    story = _bbc("politics/blair-pressing-us-on-climate.txt")
    assert any(s.country == "EU" and s.text.startswith("Europe, which") for s in story.statements)
    wto = _bbc("business/russia-wto-talks-make-progress.txt")
    assert any(s.country == "RU" and "hopes to finally" in s.text for s in wto.statements)
    bush = _bbc("politics/blair-congratulates-bush-on-win.txt")
    assert not {s.actor for s in bush.statements} & {"Charles Kennedy", "Menzies Campbell"}


def test_seed_resolution_demonym_holder_and_restated_threat():
    story = _seed("000_312cadde9ea5adac.txt")
    # Putin's account of the UN's resolution and of North Korea's wish, inside his own words,
    # states neither's position: a government voice must say it (issue 15)
    assert not any(s.country == "UNSC" and "which orders" in s.text for s in story.statements)
    assert not any(
        s.country == "KP" and "North Korean administration wants" in s.text
        for s in story.statements
    )
    assert not any(
        s.country == "US" and "Putin was noncommital" in s.text for s in story.statements
    )
    seed = _seed("002_3cc255f85078c229.txt")
    # the hedged "what appears to be a veiled threat" is no statement, so its restatement
    # ("In other words, Washington better rethink ...") extends nothing
    assert not any("veiled threat" in s.text or "or else" in s.text for s in seed.statements)


def test_classify_issue_handles_hyphens_possessives_and_wildcards():
    assert classify_issue("They resumed the six-party talks") == "talks"
    assert classify_issue("Iran's nuclear plans") == "iran-nuclear"
    assert classify_issue("new sanctions-busting rules") == "sanctions"
    assert classify_issue("nothing to see") is None


def test_ambiguous_words_name_an_issue_only_in_a_phrase_that_fixes_their_sense():
    # weak terms alone label nothing: the other sense of the word is as common
    assert classify_issue("redundancies in the building trade") is None
    assert classify_issue("a good atmosphere and environment for the visit") is None
    assert classify_issue("We're a democratic party") is None
    assert classify_issue("Iraq is to invite bids for two telephone licences") is None
    assert classify_issue("it wants to curb fuel subsidies") is None
    assert classify_issue("proposals from the Department of Trade and Industry") is None
    # a phrase or a second term of the issue fixes the sense
    assert classify_issue("they agreed a trade deal") == "trade"
    assert classify_issue("trade and tariffs on steel") == "trade"
    assert classify_issue("pollution harms the environment") == "climate"
    assert classify_issue("halted on environmental grounds") == "climate"
    assert classify_issue("a threat to national security") == "terrorism"
    assert classify_issue("Iraq's insurgents attacked") == "iraq"
    # the more specific issue: security arrangements are guarantees, not terrorism
    assert classify_issue("security arrangements for Ukraine") == "security-guarantees"


def test_statement_issue_comes_from_its_own_clause_not_the_sentence_around_it():
    body = (
        "Ahead of the presidential election campaign, President Bush said he opposed "
        "any federal funding of stem-cell research."
    )
    story = analyze_builtin(Story(title="Bush on research", body=body))
    ours = [s for s in story.statements if s.country == "US"]
    assert ours, story.statements
    assert all(s.issue != "elections" for s in ours), ours


def test_a_country_name_or_a_general_word_is_no_issue_of_its_own():
    # "South Africa" is a country, not aid to Africa; "the Court of Justice" no crime policy
    assert classify_issue("the proceeding between South Africa and Israel") is None
    assert classify_issue("the International Court of Justice heard the case") is None
    assert classify_issue("the endogenous development of the nation") is None
    assert classify_issue("debt relief for Africa") == "aid-development"
    assert classify_issue("crime and justice") == "crime-justice"


def test_troops_are_the_iraq_war_only_beside_iraq():
    assert classify_issue("to regain wartime operational control of its troops") == "military"
    assert classify_issue("the withdrawal of troops from Iraq") == "iraq"


def test_an_office_name_is_no_issue_and_a_phrase_beats_its_word():
    # the office named, not the issue: what its holder says names the issue
    assert classify_issue("no more needs to be a lawyer than the Secretary of Health") is None
    assert classify_issue("Iraq's Trade Minister Mohammed welcomed the move") is None
    assert classify_issue("the Finance Minister said he would cut taxes") == "budget-taxation"
    # "legal aid" is justice, not aid; "public safety" no security guarantee
    assert classify_issue("to make sure that legal aid is not abused") == "crime-justice"
    assert classify_issue("needless panic over public safety issues") is None


def test_a_statement_in_a_relative_clause_takes_no_issue_from_the_main_clause():
    body = (
        "The controversial issue was a feature of the recent US presidential election, "
        "where George Bush opposed extending federal funding for stem cell research."
    )
    story = analyze_builtin(Story(title="Stem cells", body=body))
    ours = [s for s in story.statements if s.country == "US"]
    assert ours and all(s.issue != "elections" for s in ours), ours


def test_a_guarantee_is_about_security_only_beside_a_word_of_the_issue() -> None:
    from briefgen.analysis.issues import classify_issue

    assert classify_issue("people who pay should be guaranteed free care for life") is None
    assert classify_issue("it is asking for its safety to be guaranteed") == "security-guarantees"
    assert classify_issue("a guarantee of its survival") == "security-guarantees"
    assert classify_issue("the North will require security guarantees") == "security-guarantees"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Gaddafi had renounced his weapons of mass destruction programme.", None),
        ("The invasion of Iraq found no weapons of mass destruction.", "iraq"),
        ("Blair insisted Iraq had weapons of mass destruction.", "iraq"),
    ],
)
def test_weapons_of_mass_destruction_are_iraqs_only_beside_iraq(
    text: str, issue: str | None
) -> None:
    assert classify_issue(text) == issue
