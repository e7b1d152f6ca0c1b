"""The plain-text reader and its data-driven boilerplate filter."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linearity import cpu_seconds
from paths import BBC, SEEDS

from briefgen.errors import InputError
from briefgen.ingest import load_stories
from briefgen.ingest.text import parse_text, read_stories

DATA = Path(__file__).parent / "data" / "ingest"
KST = timezone(timedelta(hours=9))

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed stories not present")
needs_bbc = pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not present")


def read(path: Path):
    [story] = read_stories(path=path, data=path.read_bytes())
    return story


@needs_seeds
def test_seed_000_arirang():
    story = read(SEEDS / "000_312cadde9ea5adac.txt")
    assert story.title == (
        "International community must promise North Korea's regime security for it to denuclearize"
    )
    assert story.published == datetime(2019, 4, 26, 7, 0, 15, tzinfo=KST)
    assert story.byline == "Lee Ji-won"
    assert story.source == "Arirang News"
    assert story.body.startswith("Russian President Vladimir Putin said the international")
    assert story.body.endswith("expel North Korean workers by the end of the year.")
    for gone in ("Other Stories", "KOGL", "Korea Open Government", "본 저작물", "Arirang News"):
        assert gone not in story.body
    assert "Updated" not in story.title


@needs_seeds
def test_seed_002_zerohedge():
    story = read(SEEDS / "002_3cc255f85078c229.txt")
    assert story.title == (
        "North Korea Must Have “Security Guarantees” Before Giving Up Nukes, Putin Says"
    )
    assert story.source == "ZeroHedge"
    assert story.byline is None
    assert story.published is None
    last = story.body.split("\n\n")[-1]
    assert last.startswith("In other words, Washington better rethink")
    assert last.endswith("the never-ending trade deal negotiations.")
    for gone in (
        "Original source:",
        "Article Rating",
        "Notify of",
        "View all comments",
        "Follow ZeroHedge on:",
        "votes",
        "Inline Feedbacks",
    ):
        assert gone not in story.body
    # Curly quotes and the ellipsis are kept verbatim; the triple newlines became one break.
    assert "“We are all pleased with the outcome of the talks – both I and my colleagues,”" in (
        story.body
    )
    assert "‘all-or-nothing’ approach…or else" in story.body
    assert "\n\n\n" not in story.body


@needs_seeds
def test_seed_000_keeps_single_line_breaks_inside_paragraphs():
    story = read(SEEDS / "000_312cadde9ea5adac.txt")
    assert "between Pyeongyang and Washington.\nHe said the denuclearization issue" in story.body


@pytest.mark.parametrize(
    ("name", "title", "byline", "source", "published"),
    [
        (
            "reuters.txt",
            "North Korea's Kim arrives in Russia's Vladivostok for summit with Putin",
            "Hyonhee Shin and Joyce Lee",
            "Reuters",
            None,
        ),
        (
            "ap.txt",
            "Putin says North Korea needs security guarantees",
            "JIM HEINTZ and FOSTER KLUG",
            "AP",
            None,
        ),
        (
            "guardian.txt",
            "Kim Jong-un and Vladimir Putin hold first summit in Vladivostok",
            None,
            None,
            datetime(2019, 4, 25, 10, 20, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "yonhap.txt",
            "N. Korea's Kim, Putin hold first summit in Vladivostok",
            "Kim Soo-yeon",
            "Yonhap",
            None,
        ),
        (
            "kcnawatch.txt",
            "Talks Held between Supreme Leader Kim Jong Un and President Putin",
            None,
            "KCNA",
            datetime(2019, 4, 26, tzinfo=UTC),
        ),
        (
            "wordpress.txt",
            "Putin and Kim meet in Vladivostok",
            None,
            None,
            datetime(2019, 4, 25, tzinfo=UTC),
        ),
        ("disqus.txt", "Russia offers to mediate on Korea", None, "Example Daily News", None),
    ],
)
def test_other_outlets(name, title, byline, source, published):
    story = read(DATA / name)
    assert story.title == title
    assert story.byline == byline
    assert story.source == source
    assert story.published == published
    boilerplate = re.compile(
        r"Reporting by|Editing by|contributed to this report|Copyright|All rights reserved|"
        r"Topics|Reuse this content|@yna|\(END\)|Original source|Share this|Twitter|Facebook|"
        r"Like this|Leave a Reply|Comment|Disqus|Advertisement|©|^By |Updated|Published|Posted",
        re.MULTILINE,
    )
    assert not boilerplate.search(story.body), boilerplate.search(story.body)
    # Every paragraph left is article text (ends like a sentence).
    for paragraph in story.body.split("\n\n"):
        assert paragraph.rstrip().endswith((".", '"', "”")), paragraph


def test_wire_dateline_stays_in_body():
    story = read(DATA / "reuters.txt")
    assert story.body.startswith("SEOUL (Reuters) - North Korean leader")


def test_nav_lines_are_not_titles():
    story = parse_text("Home > World > Asia\nTop Stories\n\nReal headline here\n\nBody text.\n")
    assert story.title == "Real headline here"
    assert story.body == "Body text."


def test_title_repeated_in_body_is_dropped():
    story = parse_text("Putin meets Kim\n\nPutin meets Kim\n\nThe two leaders met.\n")
    assert story.body == "The two leaders met."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Talks end Updated: 2019-04-26 07:00:15 KST", datetime(2019, 4, 26, 7, 0, 15, tzinfo=KST)),
        ("Talks end - Published: 26 April 2019 10:00 GMT", datetime(2019, 4, 26, 10, tzinfo=UTC)),
        ("Talks end | Updated 26 Apr 2019", datetime(2019, 4, 26, tzinfo=UTC)),
        (
            "Talks end Posted April 26, 2019 7:00 p.m. ET",
            datetime(2019, 4, 26, 19, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "Talks end Updated 2019-04-26T07:00:15+09:00",
            datetime(2019, 4, 26, 7, 0, 15, tzinfo=KST),
        ),
    ],
)
def test_title_time_stamps(line, expected):
    story = parse_text(f"{line}\n\nBody text.\n")
    assert story.title == "Talks end"
    assert story.published == expected


def test_title_word_updated_without_date_is_kept():
    story = parse_text("Kremlin says map updated: Russia\n\nBody text.\n")
    assert story.title == "Kremlin says map updated: Russia"
    assert story.published is None


def test_early_related_box_does_not_swallow_article():
    body = "\n\n".join(f"Paragraph {n} of the article has a sentence in it." * 3 for n in range(8))
    text = f"Headline\n\nFirst paragraph.\n\nRelated Articles\n\n{body}\n"
    story = parse_text(text)
    assert "Related Articles" not in story.body
    assert "Paragraph 7 of the article" in story.body


def test_article_line_mentioning_copyright_is_kept():
    text = (
        "Headline\n\nThe court ruled that copyright law did not cover the recordings, "
        "a decision the label said it would appeal.\n\nSecond paragraph.\n"
    )
    assert "copyright law" in parse_text(text).body


def test_empty_and_headline_only_stories():
    with pytest.raises(InputError, match="empty story"):
        parse_text(" \n\t\n")
    with pytest.raises(InputError, match="empty story"):
        read(DATA / "headline_only.txt")


def test_markdown_heading_title():
    story = read_stories(path=Path("x.md"), data=b"# The headline\n\nBody.\n")[0]
    assert story.title == "The headline"


def test_text_reader_does_not_claim_other_formats():
    for name in ("a.html", "a.xml", "a.json", "a.jsonl", "a.rss"):
        assert read_stories(path=Path(name), data=b"Headline\n\nBody.") is None


def test_long_first_line_is_not_a_whole_title():
    text = "word " * 2000
    story = parse_text(text)
    assert len(story.title) <= 301
    assert story.body.startswith("word word")


def test_linear_time_on_hostile_lines():
    hostile = "Headline\n\n" + ("“" * 200_000) + "\n\n" + ("Capital " * 100_000) + "\n"
    assert cpu_seconds(lambda: parse_text(hostile)) < 2.0


@needs_bbc
def test_bbc_bodies_unchanged():
    """Every BBC article keeps its body verbatim (only the headline is taken off, its HTML
    character references read).

    Ingest speed is measured in benchmarks/throughput.py, not here.
    """
    files = sorted(BBC.glob("*/*.txt"))
    result = load_stories([str(BBC)])
    assert result.problems == []
    # 2,055 with ../shared, the dev copies without; a same-body pair is one story and a copy
    copies = sum(len(story.copies) for story in result.stories)
    assert len(result.stories) + copies == len(files)
    by_path = {story.path: story for story in result.stories}
    for path in files:
        story = by_path.get(str(path))
        if story is None:  # a copy merged into the story it repeats
            continue
        lines = [line.strip() for line in path.read_text("utf-8").split("\n")]
        while not lines[0]:
            lines.pop(0)
        body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines[1:]).strip())
        assert story.title == html.unescape(lines[0])  # two headlines spell £ as &#163;
        assert story.body == body, path
        assert (story.source, story.byline, story.published) == (None, None, None), path


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_parse_text_never_crashes(text):
    try:
        story = parse_text(text)
    except InputError:
        return
    assert story.body.strip()
    assert "\n\n\n" not in story.body


def test_epoch_time_stamps_are_read_within_a_plausible_range():
    from briefgen.ingest.timestamps import parse_timestamp

    assert parse_timestamp("1750680000").isoformat() == "2025-06-23T12:00:00+00:00"
    assert parse_timestamp("1750680000000").isoformat() == "2025-06-23T12:00:00+00:00"
    assert parse_timestamp("0000000001") is None  # 1970: not a news page's date
    assert parse_timestamp("12345678901") is None  # eleven digits: neither seconds nor ms


_PARAGRAPH = (
    "The ministers met in Geneva on Tuesday and agreed to resume talks on the ceasefire next "
    "month, a spokesman for the foreign ministry said after the meeting ended."
)


@pytest.mark.parametrize(
    "widget",
    [
        "Sign up for our emails",
        "- Ground Game: Sign up for our weekly politics newsletter to get it in your inbox.",
        "Don't miss out - sign up today.",
        "FREE Newsletter",
        "Get Data Sheet, our technology newsletter",
        "To listen to the complete interview, click here.",
        "Post a comment (150 word limit) »",
        "Print version | Email to a friend | Related articles",
        "Home | About Us | Archives | Contacts",
        "Benni McCarthy © Action Images",
        "- Advertisement embed-more-topicStory continues below",
        "All contents © Copyright 2008 example.com",
        "Image by © Bettmann/CORBIS",
        "Be sure to tell your friends – share this post with them!",
    ],
)
def test_widget_lines_leave_the_body(widget):
    from briefgen.ingest.boilerplate import clean_lines

    body = clean_lines([_PARAGRAPH, "", widget, "", _PARAGRAPH]).body
    assert widget not in body and body.count("ministers met") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 1,000 people signed up for the programme, he said.",
        "The union urged members to sign up for the strike fund.",
        "Register of Members: the minister said it was fine.",
        "Subscribers to the service rose 5%.",
        "The company sends a weekly newsletter to 2 million readers.",
        "Advertisement revenue at the group fell 5% in the quarter.",
        "Readers posted comments on the site.",
        "The court ruled on the copyright claim in 2008.",
        "Photographs by the victims were shown in court, the prosecutor said.",
        "He said he would share this story with his children.",
    ],
)
def test_story_sentences_about_sign_ups_and_comments_stay(sentence):
    from briefgen.ingest.boilerplate import clean_lines

    assert sentence in clean_lines([_PARAGRAPH, "", sentence, "", _PARAGRAPH]).body
