"""BLUF: lines the corpus backs (its dominant subjects), and fewer lines when support is thin."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from h3_stories import analyse

from briefgen.cli import main
from briefgen.model import Actor, Story
from briefgen.sections.bluf import BlufConfig, build_bluf
from briefgen.sections.bluf_support import corpus_subjects, subject_key

# a campaign between two candidates (in most stories) and three stories of other news; only two
# campaign stories open on a line that can stand alone (the others open on a question or a
# quotation and go on with pronouns or quotes)
CAMPAIGN = [
    (
        "Alvarez wins party nomination",
        "2031-05-02",
        "Governor Maria Alvarez won the Liberal Party nomination for the presidency on "
        "Saturday, defeating two rivals at the party convention in Harbor City. Alvarez will "
        "face Senator Peter Doyle of the National Party in the November election. Flanked by "
        "aides, Alvarez stepped out of her motorcade near the old fish market and walked for "
        "four blocks past oyster stalls and lantern vendors.",
    ),
    (
        "Alvarez and Doyle clash over taxes",
        "2031-05-04",
        "Governor Maria Alvarez and Senator Peter Doyle clashed over taxes on Monday, with "
        "Alvarez promising to cut income tax for families and Doyle pledging to cut corporate "
        "tax. Economists were divided over the cost of both plans.",
    ),
    (
        "Doyle courts the north",
        "2031-05-05",
        "Can Senator Peter Doyle win back the northern counties from Governor Maria Alvarez? "
        "He spent Tuesday in Eastvale shaking hands with factory workers. “We will win the "
        "north, and we will win it on jobs,” Doyle told reporters outside the plant.",
    ),
    (
        "Alvarez rallies in Westport",
        "2031-05-06",
        "“This election is about the economy and nothing else,” Governor Maria Alvarez told "
        "supporters in Westport on Wednesday. She repeated her promise to cut income tax. "
        "Senator Peter Doyle did the same in Eastvale the next day.",
    ),
    (
        "Doyle answers Alvarez",
        "2031-05-07",
        "“My opponent has no plan for pensions,” Senator Peter Doyle said of Governor Maria "
        "Alvarez at a rally in Eastvale on Thursday. He did not say how he would pay for his "
        "own plan.",
    ),
]
# news of the same days that names no one (no subject of the corpus, no one else)
UNNAMED = [
    (
        "Telecom workers end strike",
        "2031-05-07",
        "Telecom workers in the south ended a three-week strike on Thursday after their union "
        "accepted a new pay offer from the management of the company. The strike had "
        "disrupted broadband repairs across the southern region.",
    ),
    (
        "Storm floods coastal towns",
        "2031-05-06",
        "Heavy storms flooded three coastal towns on Wednesday, forcing hundreds of families "
        "from their homes and closing the main coastal railway for two days. Emergency crews "
        "worked through the night to clear roads.",
    ),
    (
        "Home side win the cup",
        "2031-05-05",
        "The home side won the national cup on Tuesday, beating the visitors by three goals to "
        "one in front of a record crowd at the national stadium. Fans celebrated in the streets "
        "until the early hours.",
    ),
]
# a story of another subject whose lead names who acted: its main event
COURT = (
    "Court blocks port expansion",
    "2031-05-04",
    "The High Court blocked a plan to expand the container port at Eastvale on Monday, ruling "
    "that the environmental review had ignored the risk to the river estuary. The port "
    "authority said it would appeal.",
)
OTHER = [
    (
        "Northwind workers end strike",
        "2031-05-07",
        "Workers at Northwind Telecom ended a three-week strike on Thursday after union leader "
        "Karen Smith accepted a new pay offer from the company's management. The strike had "
        "disrupted broadband repairs across the southern region.",
    ),
    (
        "Harbor United win the cup",
        "2031-05-05",
        "Harbor United won the national cup on Tuesday, beating Westport Rovers three goals to "
        "one in front of a record crowd at the national stadium. Fans celebrated in the streets "
        "of Harbor City until the early hours.",
    ),
    UNNAMED[1],
    COURT,
]


def _write(path: Path, stories: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for title, day, body in stories:
            record = {"title": title, "body": body, "published": day, "source": "Test Wire"}
            out.write(json.dumps(record) + "\n")
    return path


def _bluf_of(corpus: Path, out: Path) -> list[str]:
    """The BLUF lines of the brief ``briefgen make`` writes from ``corpus``."""
    result = CliRunner().invoke(
        main, ["make", str(corpus), "-f", "json", "-o", str(out), "-q", "--section", "bluf"]
    )
    assert result.exit_code == 0, result.output
    [brief] = out.glob("*.json")
    [section] = json.loads(brief.read_text("utf-8"))["sections"]
    return [item["text"] for item in section["items"]]


def test_a_corpus_with_dominant_subjects_gets_only_the_lines_it_backs(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "corpus.jsonl", CAMPAIGN + UNNAMED)
    lines = _bluf_of(corpus, tmp_path / "out")
    # the two campaign leads that stand alone; no strike, storm or cup (news of no one the
    # corpus follows), no scene ("Flanked by aides"), no quotation for an opening, no "did
    # the same": two lines, not four
    starts = sorted(line[:45] for line in lines)
    assert starts == [
        "Governor Maria Alvarez and Senator Peter Doyl",
        "Governor Maria Alvarez won the Liberal Party ",
    ]


def test_another_storys_lead_that_names_who_acted_is_a_main_event(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "corpus.jsonl", CAMPAIGN + UNNAMED + [COURT])
    lines = _bluf_of(corpus, tmp_path / "out")
    assert len(lines) == 3, lines
    assert any(line.startswith("The High Court blocked a plan") for line in lines)
    text = " ".join(lines)
    for word in ("strike", "storms", "cup", "Flanked", "did the same", "“"):
        assert word not in text


def test_a_corpus_of_many_threads_keeps_four_lines(tmp_path: Path) -> None:
    # no subject in most stories: every thread may give a line, as before
    corpus = _write(tmp_path / "corpus.jsonl", CAMPAIGN[:1] + OTHER)
    lines = _bluf_of(corpus, tmp_path / "out")
    assert len(lines) == 4, lines
    assert any("Northwind" in line for line in lines)


def _story(title: str, body: str, day: int) -> Story:
    return analyse(Story(title=title, body=body, published=datetime(2031, 5, day), id=title))


def test_never_nothing_when_a_story_leads_on_a_main_event() -> None:
    # the candidates are in every story, but only in lines that cannot stand alone: the
    # bottom line still tells the one story lead that states an event
    stories = [
        _story(
            f"Campaign day {day}",
            "Voters in the northern counties queued for hours on Sunday to cast their ballots "
            "in the regional council election, officials said. “Governor Maria Alvarez will "
            "win,” one voter said. He added that Senator Peter Doyle had not visited the town.",
            day,
        )
        if day == 7
        else _story(
            f"Campaign day {day}",
            "Did Governor Maria Alvarez or Senator Peter Doyle win the argument this week? "
            "“Neither did,” one voter said.",
            day,
        )
        for day in range(1, 8)
    ]
    subjects = corpus_subjects(stories)
    assert subjects.dominant
    items = build_bluf(stories, BlufConfig())
    assert [i.text[:30] for i in items] == ["Voters in the northern countie"]


def _with_actors(*names: str) -> Story:
    body = " and ".join(names) + " met."
    story = Story(title="t", body=body, id=body)
    at = 0
    for name in names:
        story.actors.append(Actor(name=name, kind="person", mentions=[(at, at + len(name))]))
        at += len(name) + len(" and ")
    return story


def test_subject_shares_count_a_person_under_first_and_last_name() -> None:
    assert subject_key("person", "Donald J. Trump") == ("person", "Donald Trump")
    assert subject_key("organisation", "Bank of New York") == ("organisation", "Bank of New York")
    stories = [_with_actors("Donald J. Trump", "Ann Lee")] + [
        _with_actors("Donald Trump") for _ in range(4)
    ]
    stories.append(_with_actors("Bo Chan"))
    subjects = corpus_subjects(stories)
    assert subjects.dominant and subjects.top == pytest.approx(5 / 6)
    # Ann Lee is in one story: no share; a line naming only her is not backed
    first = stories[0]
    assert subjects.support(first, 0, len(first.body)) == (pytest.approx(5 / 6), 1)
    lee = first.body.index("Ann Lee")
    assert subjects.support(first, lee, len(first.body)) == (0.0, 0)
    assert not subjects.backs(0.0) and subjects.backs(5 / 6)


def test_few_stories_or_no_dominant_subject_back_every_line() -> None:
    two = [_with_actors("Vladimir Putin", "Kim Jong Un") for _ in range(2)]
    assert not corpus_subjects(two).dominant  # two stories: one subject by construction
    spread = [_with_actors(f"Person Number{i}", "Common Name") for i in range(3)] + [
        _with_actors(f"Other Person{i}") for i in range(5)
    ]
    subjects = corpus_subjects(spread)
    assert subjects.top == pytest.approx(3 / 8) and not subjects.dominant
    assert subjects.backs(0.0) and subjects.rank_factor(0.0) == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "But Governor Maria Alvarez's paid speeches gave Senator Peter Doyle an issue to use.",
        "However, Governor Maria Alvarez also said that the party would not push past dissent.",
        "Both have now changed their plans for the pension age before the autumn vote.",
        "Some politicians in the region did the same after the attack on the market.",
        "Alvarez campaign spokesman Luis Ortega responded on Twitter, calling it pathetic.",
        "The two candidates are also tied in the southern counties, a new count found.",
        "Senator Peter Doyle said those rules seemingly did not apply to Governor Maria Alvarez.",
        "Governor Maria Alvarez was expected to capture a large majority of the delegates.",
        "The convention is expected to inject over 200 million dollars into the local economy.",
        "The army did not respond to requests for comment about the attack on the convoy.",
        "“It is true we got close to reform,” Governor Maria Alvarez said in Westport on Monday.",
        "With his campaign buffeted by criticism, 721 delegates cast their votes for others.",
        "On the opening night of the convention here, delegates listened to a swing band.",
    ],
)
def test_a_line_that_answers_its_story_or_tells_no_development_is_no_bottom_line(
    line: str,
) -> None:
    story = analyse(Story(title="Campaign", body=line, id="s1"))
    assert build_bluf([story], BlufConfig(min_sentences=1, min_words=5)) == []


def test_a_huffpost_dateline_with_a_horizontal_bar_is_left_out() -> None:
    rest = "After a year of cheap campaigning, Senator Peter Doyle is spending more freely now."
    story = analyse(Story(title="Spending", body="WASHINGTON ―\xa0" + rest, id="s1"))
    [item] = build_bluf([story], BlufConfig(min_sentences=1, min_words=5))
    assert item.text == rest


def test_a_news_outlet_in_most_stories_is_no_subject() -> None:
    # "told CNN", "The Washington Post reported" in most stories: how they are told, not what
    # they are about; the outlet a story comes from counts as one too
    stories = []
    for i in range(6):
        story = _with_actors(f"Person Number{i}")
        story.body += " CNN reported it. Washington Post too."
        for name in ("CNN", "Washington Post"):
            at = story.body.index(name)
            story.actors.append(
                Actor(name=name, kind="organisation", mentions=[(at, at + len(name))])
            )
        story.source = "The Washington Post"
        stories.append(story)
    subjects = corpus_subjects(stories)
    assert subjects.shares == {} and not subjects.dominant


def _marked(body: str, *names: str) -> Story:
    story = Story(title="t", body=body, id=body)
    for name in names:
        at = body.index(name)
        story.actors.append(Actor(name=name, kind="person", mentions=[(at, at + len(name))]))
    return story


@pytest.mark.parametrize(
    ("body", "backed"),
    [
        ("Senator Ann Lee is leading Bo Chan by six points in the north.", True),
        ("Ann Lee and Bo Chan both campaigned on pledges to cut taxes.", True),
        ("Ann Lee toured the factories of the north on Monday.", False),  # one subject
        ("While Ann Lee spoke, Cal Dunn and Bo Chan left the hall.", False),  # not its subject
        ("Cal Dunn, an ally of Ann Lee, called Bo Chan a liar on Monday.", False),
    ],
)
def test_a_detail_opens_on_a_dominant_subject_and_ties_two(body: str, backed: bool) -> None:
    stories = [_with_actors("Ann Lee", "Bo Chan") for _ in range(5)]
    subjects = corpus_subjects(stories)
    names = [n for n in ("Ann Lee", "Bo Chan", "Cal Dunn") if n in body]
    story = _marked(body, *names)
    _, backers = subjects.support(story, 0, len(body))
    assert subjects.backs_detail(story, 0, len(body), backers) is backed
