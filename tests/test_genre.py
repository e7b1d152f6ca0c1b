"""A story's genre (analysis/genre.py) and what the sections do with an opinion piece: no
bottom line, timeline event or watch item in its writer's voice; and the sentence-level tests
of bottom lines and timeline lines that are no situation and no act (issue 15)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from click.testing import CliRunner
from h3_stories import analyse

from briefgen.analysis.genre import OPINION, REPORT, is_opinion, story_genre
from briefgen.cli import main
from briefgen.model import Story
from briefgen.sections.bluf import BlufConfig, build_bluf, claimed_existence, soundbite
from briefgen.sections.not_an_act import not_an_act, quantity_without_figure
from briefgen.sections.open_questions import OpenQuestionsConfig, build_questions
from briefgen.sections.timeline import TimelineConfig, build_timeline
from briefgen.sections.watch import WatchConfig, build_watch

# an op-ed in its writer's voice (invented text): "we", "you", an imperative, a question
OP_ED = (
    "Voters across the valley are once again being asked to swallow a bad bargain, and it is "
    "up to the council to make sure everyone knows who wrote it.\n\n"
    "The history is very clear. When the council approved the bypass on Tuesday, it ignored "
    "every warning its own engineers gave.\n\n"
    "Don't be fooled by the glossy brochures. Ask yourself who pays when the budget doubles.\n\n"
    "We have seen this film before. I watched the last ring road run three years late, and "
    "you paid for every month of it.\n\n"
    "Why should anyone trust the same planners again?\n\n"
    "One key to stopping this waste will be reminding voters every day until the election on "
    "12 May that the council chose this road.\n\n"
    "The council will vote on the final budget on 2 May."
)
# a report with the same nouns: its "I" and "we" stand inside quotations
REPORT_TEXT = (
    "The county council approved a new bypass for the valley on Tuesday, ending a two-year "
    "dispute over the route.\n\n"
    'Council leader Anna Berg said: "We listened to every objection. I am sure the road will '
    'be finished on time."\n\n'
    "The scheme will cost £40m, the council said, and work starts in June.\n\n"
    '"You cannot build a road like this without some disruption," said engineer Tom Hale.\n\n'
    "Opponents said they would consider a legal challenge. The council will vote on the "
    "final budget on 2 May, a spokesman said."
)
PUBLISHED = datetime(2024, 4, 18)


def _story(title: str, body: str, **kw) -> Story:
    return analyse(Story(title=title, body=body, published=PUBLISHED, source="Valley News", **kw))


def test_an_op_ed_in_its_writers_voice_is_opinion() -> None:
    assert story_genre(_story("The bypass is a bad bargain", OP_ED)) == OPINION


def test_a_report_whose_first_person_is_quoted_is_a_report() -> None:
    assert story_genre(_story("Council approves bypass", REPORT_TEXT)) == REPORT


@pytest.mark.parametrize(
    "title",
    [
        "Opinion: The bypass is a bad bargain",
        "Op-Ed | Roads",
        "COMMENTARY. Roads",
        "Analysis: Roads",
    ],
)
def test_a_page_labelled_opinion_is_opinion(title: str) -> None:
    assert story_genre(_story(title, REPORT_TEXT)) == OPINION


def test_a_writers_tagline_or_bio_makes_it_opinion() -> None:
    body = REPORT_TEXT + "\n\nJane Roe is a lecturer in planning at Valley College."
    assert story_genre(_story("Council approves bypass", body)) == OPINION
    assert story_genre(_story("Roads", REPORT_TEXT, byline="Jane Roe is a columnist")) == OPINION


def test_a_live_page_or_an_interview_is_a_report() -> None:
    assert story_genre(_story("Bypass vote live: council approves the route", OP_ED)) == REPORT
    interview = (
        "The engineer who drew the route spoke to us.\n\n"
        "Q: Why this route?\n\nA: I think we had no other choice. You would agree if you saw "
        "the maps. We looked at everything.\n\nQ: Will it be late?\n\nA: I hope not. We are "
        "ready and you will see it open next year. Why would we wait?"
    )
    assert story_genre(_story("The engineer behind the bypass", interview)) == REPORT


def test_is_opinion_reads_the_stored_genre_first() -> None:
    story = _story("Council approves bypass", REPORT_TEXT)
    assert not is_opinion(story)
    story.annotations["genre"] = OPINION
    assert is_opinion(story)


def test_an_opinion_story_gives_no_bottom_line_timeline_event_or_watch_item() -> None:
    op_ed = _story("The bypass is a bad bargain", OP_ED)
    report = _story("Council approves bypass", REPORT_TEXT)
    both = [op_ed, report]
    lines = build_bluf(both, BlufConfig(), date(2024, 4, 18))
    assert lines and {line.story for line in lines} == {report.id}
    events = build_timeline(both, TimelineConfig(), date(2024, 4, 18))
    assert events and {s["story"] for e in events for s in e.sources} == {report.id}
    ahead = build_watch(both, date(2024, 4, 18), WatchConfig())
    assert ahead and {s["story"] for w in ahead for s in w.sources} == {report.id}
    assert build_timeline([op_ed], TimelineConfig(), date(2024, 4, 18)) == []
    assert build_watch([op_ed], date(2024, 4, 18), WatchConfig()) == []
    # read as a report, the op-ed's own sentences would have been listed
    op_ed.annotations["genre"] = REPORT
    assert build_timeline([op_ed], TimelineConfig(), date(2024, 4, 18))
    assert build_watch([op_ed], date(2024, 4, 18), WatchConfig())
    assert build_bluf([op_ed], BlufConfig(), date(2024, 4, 18))


@pytest.mark.parametrize(
    ("line", "quote"),
    [
        (
            "Discussing the scandal, the former envoy told a radio host, \"The mayor's slogan "
            'might as well be Not Charged, Yet!"',
            True,
        ),
        (
            'The mayor said on Tuesday that the road would open in June, calling it "a good day".',
            False,
        ),
    ],
)
def test_a_bottom_line_that_ends_on_its_quotation_is_a_soundbite(line: str, quote: bool) -> None:
    assert soundbite(line) is quote


def test_a_claim_that_something_exists_with_its_speaker_at_the_end_is_no_bottom_line() -> None:
    assert claimed_existence(
        "There is serious concern about fraud in the coming vote, the mayor's longtime ally stated."
    )
    assert not claimed_existence("There were 40 arrests after the match, police said, two more")
    assert not claimed_existence("Public trust is breaking down, the opposition leader has said.")


def test_bottom_lines_drop_a_polls_reading_a_scare_quoted_name_and_a_cut_figure() -> None:
    body = (
        "Only days before the vote, a new poll shows the mayor with her largest lead to date "
        "over the challenger in the city.\n\n"
        'The mayor backs the bypass - what her opponents call a "road to nowhere" - as the '
        "centre of her campaign for the city.\n\n"
        "The number of people  the council counted at the meeting was a record for the city.\n\n"
        "The city council approved the bypass on Tuesday after a two-year dispute over the "
        "route through the valley."
    )
    story = _story("City council approves bypass", body)
    lines = [line.text for line in build_bluf([story], BlufConfig(), date(2024, 4, 18))]
    assert lines and all("council approved" in text for text in lines)
    assert quantity_without_figure("The amount the party gave its campaign on Thursday.")
    assert not quantity_without_figure("The number of dead rose to 80 on Friday.")


@pytest.mark.parametrize(
    "line",
    [
        "If his supporters were worried that he was softening, they had to wait only until he "
        "spoke in the capital on Wednesday night.",
        "Protesters picket every party conference, but punches were thrown last week in the port.",
        "The minister also addressed the concerns last Thursday, stating state and local "
        "authorities",
        "The senator told Smith backers Saturday night that Smith has “taken every punch and "
        "is standing tall.”",
        "The candidate told a television station in an interview aired on Monday when asked "
        "how ties would fare.",
        "But judging from the first reaction, the attack resonated abroad on Monday.",
        "In a connected world, what seemed most relevant on Sunday was what bound the cities.",
        "On radio Tuesday, his wife called for an open process.",
        "At his stops Monday, he did not directly criticize his opponent.",
        "The senator held a rally Saturday while the governor hosted an event Monday.",
        "On Monday, the senator insisted that members who refused to rule out a draft",
        "That's according to reports through Jan. 31 that the campaign filed on Saturday.",
        "But he may need a third-place finish on Saturday to stay in the race.",
        "Research to be released this week by four economists suggests the damage was large.",
        "Mary Jones, 21, a student from the port, said she voted for the first time on Saturday.",
        "The amount the party gave its campaign on Thursday, apparently to reassure donors.",
        # a statement without its content, an attribution told twice, a day of another clause
        "Jane Roe, the victim's sister, issued a statement Thursday.",
        'Asked Monday about the audit, Roe said "I have not read the report," she said.',
        "The mayor was heard telling an aide to leave after the aide was pressed Sunday.",
        "On Monday, the leader of the governing party blamed migrants from Syria for the attacks.",
        "The mayor held a wide lead in the race after finishing first in the county a week ago.",
        "The four mayors drew praise for their answers at Tuesday's forum.",
        "Roe challenged the mayor to a debate before Monday's vote.",
        "The announcement came in a letter to members sent out on Friday by the club.",
        # non-events: a negated act, a request for comment, an outlet's correction, a running
        # count, a mood, a scene, a day of a relative clause, a party, a schedule, no actor
        "But the mayor did not fire his driver on Monday, and neither apologized.",
        "Doe never answered the summons on Friday.",
        "Roe's office did not respond to requests for comment on Tuesday.",
        "An earlier version of this story, published Friday, gave the wrong name for the town.",
        "Because of a reporting error, a story on Monday misstated the size of the grant.",
        "As of Wednesday, the mayor had 1,200 signatures on the petition.",
        "The mayor has won 60 percent of the vote through the March 3 primaries.",
        "Anger at the mayor's silence on the strike has begun to spread this week.",
        "By Tuesday evening, the familiar, weary ritual of the count had begun.",
        "The hall remained nearly empty Saturday as the results came in.",
        "The crowd was loudest near the old mill, which the governor on Friday named a landmark.",
        "The size of the new park, as approved by the council on Monday.",
        "The senator hosted a holiday reception for donors at her home on Tuesday.",
        "The councillor spent the day on Monday visiting schools in his ward.",
        "A voter went to a town hall meeting on Monday to ask about the bridge.",
        "On Friday, a teacher told the crowd that the school had no heating.",
        "The telephone poll was conducted Nov. 6 to 10 with 418 likely voters.",
        "Tuesday, in her last speech before the holiday, the mayor plans to call for a new tax.",
    ],
)
def test_timeline_lines_that_tell_no_act(line: str) -> None:
    assert not_an_act(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the bypass on Tuesday.",
        'The museum said on Thursday, "We have no plans to show the pistol."',
        "The candidate on Tuesday seemed to imply that gun owners could stop the judges.",
        "The governor resigned on Monday, saying he had lost the party's confidence.",
        "Police charged John Smith, 45, with murder on Monday.",
        "The party won every county on Tuesday.",
        "Days before it was to report earnings on Wednesday, the firm said on Friday it grew.",
        "On Monday, the senator insisted that members who refused a draft were wrong.",
        "Jane Roe issued a statement Thursday calling for calm at the port.",
        "The senator resigned Monday after she was charged with fraud.",
        "The mayor took a wide lead on Tuesday after winning the county a week ago.",
        "The two mayors, Jane Roe and John Doe, drew praise at Tuesday's forum.",
        "Roe challenged the mayor on Friday to a debate before Monday's vote.",
        "The Treasury announcement came on Friday after markets closed.",
        "On Monday, the leader of Hungary's governing party blamed migrants for the attacks.",
        "On Monday, the leader of the ruling party in Hungary blamed migrants for the attacks.",
        # negation in a side clause, a relative clause of the subject's own act, a name in an
        # indefinite subject, a party's conference, a feeling that flared (an act)
        "Roe, who did not name the donor, said on Wednesday that the gift was legal.",
        "The firm was founded in March but did not list its shares until June.",
        "The hearings, which began on Monday, follow a request of the assembly.",
        "A conservative group aimed at the Smith campaign released an advert on Thursday.",
        "The party held a party conference in the port on Monday.",
        "Tension flared in the race for the party's nomination on Thursday.",
        "On Thursday, a divided Supreme Court failed to reach a decision on the case.",
        "New polls released Sunday showed the mayor taking a lead in the race.",
        "The mayor planned to speak on Monday but the hall flooded.",
    ],
)
def test_timeline_lines_that_tell_an_act(line: str) -> None:
    assert not not_an_act(line)


def test_a_role_label_keeps_former() -> None:
    story = analyse(
        Story(
            title="Envoy on the scandal",
            body=(
                'Former UN Ambassador John Doe told the host, "It is a very strict system." '
                'He said: "When you go into government it is like going into a monastery."'
            ),
        )
    )
    assert story.annotations["roles"].get("John Doe") == "former UN Ambassador"


def test_the_cli_brief_leaves_an_op_eds_lines_out(tmp_path) -> None:
    corpus = tmp_path / "valley.jsonl"
    rows = [
        {"title": "The bypass is a bad bargain", "body": OP_ED, "published": "2024-04-18"},
        {"title": "Council approves bypass", "body": REPORT_TEXT, "published": "2024-04-18"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "brief"
    result = CliRunner().invoke(
        main, ["make", str(corpus), "--title", "Valley", "-f", "json", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(next(out.glob("*.json")).read_text("utf-8"))
    text = json.dumps(brief)
    assert "approved a new bypass" in text
    for opinion_line in ("bad bargain, and it is", "reminding voters every day", "ignored every"):
        assert opinion_line not in text


def test_an_opinion_story_asks_no_open_question() -> None:
    body = OP_ED + "\n\nGermany has yet to decide whether to join the euro."
    config = OpenQuestionsConfig(kinds=["decision", "deadline", "conflict", "commitment"])
    op_ed = _story("The bypass is a bad bargain", body)
    assert build_questions([op_ed], config) == []
    op_ed.annotations["genre"] = REPORT  # read as a report, its writer's question is asked
    assert [q.question for q in build_questions([op_ed], config)] == ["Will Germany join the euro?"]
