"""Open questions: asked only when the stories support them, phrased from the evidence."""

from __future__ import annotations

import dataclasses

from h3_stories import analyse, bbc, seeds

from briefgen.model import Statement, Story
from briefgen.sections.open_questions import OpenQuestionsConfig, build_questions


def _statement(story: Story, country: str, issue: str, stance: str, text: str) -> Statement:
    start = story.body.index(text)
    return Statement(country, issue, stance, text, start, start + len(text))


def test_seed_questions():
    stories = seeds()
    questions = build_questions(stories, OpenQuestionsConfig(max_items=20, max_per_kind=5))
    asked = {q.question: q for q in questions}
    conflict = asked["How will sanctions relief be sequenced against denuclearisation steps?"]
    assert conflict.kind == "conflict" and set(conflict.countries) >= {"US", "KP"}
    assert len(conflict.evidence) >= 2
    security = asked[
        "What mechanism would guarantee North Korea's security, and who would guarantee it?"
    ]
    assert security.kind == "requirement" and security.issue == "security-guarantees"
    assert any(
        q == "Will member states expel North Korean workers by the end of 2019?" for q in asked
    )
    assert any(q.kind == "stalled" and "six-party talks" in q.question for q in questions)
    assert any(q.kind == "uncertain" for q in questions)
    for q in questions:
        for ev in q.evidence:
            story = next(s for s in stories if s.id == ev["story"])
            assert story.body[ev["start"] : ev["end"]] == ev["text"]
        assert set(dataclasses.asdict(q)) == {
            "question",
            "issue",
            "kind",
            "why",
            "countries",
            "evidence",
        }


def test_hand_built_conflict_between_counterparts():
    body = (
        "Washington has insisted that the North must give up its nuclear weapons before sanctions "
        "are removed. North Korea has demanded that the US agree to a schedule of sanctions relief."
    )
    story = analyse(Story(title="t", body=body))
    story.statements = [
        _statement(story, "US", "sanctions", "demands", body.split(". ")[0]),
        _statement(story, "KP", "sanctions", "demands", body.split(". ")[1]),
    ]
    questions = build_questions([story], OpenQuestionsConfig())
    assert questions[0].kind == "conflict"
    assert (
        questions[0].question
        == "How will sanctions relief be sequenced against denuclearisation steps?"
    )


def test_agreeing_countries_are_not_a_conflict():
    body = (
        "Russia said North Korea needs security guarantees. "
        "North Korea demands security guarantees."
    )
    story = analyse(Story(title="t", body=body))
    story.statements = [
        _statement(story, "RU", "security-guarantees", "supports", body.split(". ")[0]),
        _statement(story, "KP", "security-guarantees", "demands", body.split(". ")[1]),
    ]
    assert not [q for q in build_questions([story], OpenQuestionsConfig()) if q.kind == "conflict"]


def test_no_sanctions_question_without_sanctions_content():
    for name in (
        "politics/anglers-could-face-prosecution.txt",
        "business/us-gives-foreign-firms-extra-time.txt",
        "politics/iraq-advice-claim-sparks-new-row.txt",
        "business/lse-sets-date-for-takeover-deal.txt",
    ):
        story = analyse(bbc(name))
        for q in build_questions([story], OpenQuestionsConfig(max_items=50, max_per_kind=50)):
            assert "sanction" not in q.question.lower(), (name, q.question)
            assert q.issue != "sanctions"
            assert "denuclear" not in q.question.lower()


def test_non_korean_topic_gets_questions_about_its_own_subject():
    anglers = analyse(bbc("politics/anglers-could-face-prosecution.txt"))
    questions = build_questions([anglers], OpenQuestionsConfig())
    assert any(
        q.kind == "requirement" and q.question.startswith("Will the government") for q in questions
    )
    sec = analyse(bbc("business/us-gives-foreign-firms-extra-time.txt"))
    deadline = [q for q in build_questions([sec], OpenQuestionsConfig()) if q.kind == "deadline"]
    assert deadline and "15 July 2006" in deadline[0].question
    china = analyse(bbc("business/china-suspends-26-power-projects.txt"))
    hedged = [q for q in build_questions([china], OpenQuestionsConfig()) if q.kind == "uncertain"]
    assert hedged and "Thai government" in hedged[0].question


def test_config_overrides_issue_wording():
    stories = seeds()
    config = OpenQuestionsConfig(
        wording={
            "denuclearisation": {"conflict": "Who moves first on {issue}?"},
            "sanctions": {"conflict": "Who moves first on {issue}?"},
        },
        max_items=20,
    )
    texts = [q.question for q in build_questions(stories, config)]
    assert any(t.startswith("Who moves first on") for t in texts)


def test_a_story_without_cues_asks_nothing():
    story = analyse(
        Story(title="t", body="The band played a concert in Leeds. Fans enjoyed the show.")
    )
    assert build_questions([story], OpenQuestionsConfig()) == []


def test_evidence_quote_has_no_stray_quote_mark():
    questions = build_questions(seeds(), OpenQuestionsConfig(max_items=20, max_per_kind=5))
    for q in questions:
        assert '."”' not in q.why and '"”' not in q.why, q.why
        for ev in q.evidence:
            text = ev["text"]
            assert text.count('"') % 2 == 0, text
            assert text.count("”") <= text.count("“") or not text.endswith("”"), text


def test_security_guarantee_questions_are_merged_and_specific():
    questions = build_questions(seeds(), OpenQuestionsConfig(max_items=20, max_per_kind=5))
    security = [
        q
        for q in questions
        if q.issue == "security-guarantees" and not q.question.startswith("Will ")
    ]
    assert len(security) == 1
    assert security[0].question == (
        "What mechanism would guarantee North Korea's security, and who would guarantee it?"
    )
    assert len({e["story"] for e in security[0].evidence}) == 2  # both seeds back it
    assert not any(q.question.startswith("What would satisfy") for q in questions)


def test_security_guarantees_without_beneficiary_ask_for_the_mechanism():
    body = "Diplomats said security guarantees would need to be offered by several powers."
    story = analyse(Story(title="t", body=body))
    questions = build_questions([story], OpenQuestionsConfig())
    assert [q.question for q in questions if q.kind == "requirement"] == [
        "What mechanism would provide the security guarantees, and who would guarantee them?"
    ]


def test_a_reported_requirement_asks_about_its_subject_once():
    """ "saying that the US must ..." asks about the US, and a sentence with a deadline gives
    one deadline question, not a second requirement question."""
    stories = seeds()
    questions = build_questions(stories, OpenQuestionsConfig(max_items=20, max_per_kind=5))
    asked = [q.question for q in questions]
    assert "Will the US have a plan to relieve some sanctions by the end of 2019?" in asked
    assert not any(q.startswith("Will saying") for q in asked)
    sentences = [
        (ev["story"], ev["start"])
        for q in questions
        if q.kind == "requirement"
        for ev in q.evidence
    ]
    deadlines = [
        (ev["story"], ev["start"]) for q in questions if q.kind == "deadline" for ev in q.evidence
    ]
    assert not set(sentences) & set(deadlines)


def test_deadline_evidence_shows_the_deadline():
    """A long sentence is quoted around its deadline, not cut off before it."""
    stories = seeds()
    questions = build_questions(stories, OpenQuestionsConfig(max_items=20, max_per_kind=5))
    workers = next(q for q in questions if "expel North Korean workers" in q.question)
    assert workers.kind == "deadline"
    assert "by the end of the year" in workers.why
    assert len(workers.why) < 260  # still a snippet, not the whole sentence
