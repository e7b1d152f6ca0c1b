"""Readers tidy what page metadata gives: bylines, headlines, and the story's own date."""

from __future__ import annotations

import json

import pytest

from briefgen.ingest.html import html_to_story
from briefgen.ingest.jsonfile import read_stories as read_json
from briefgen.ingest.metadata import clean_byline, clean_title

SPEECH_PAGE = """<html><head><title>Leaders meet in Paris</title>{meta}</head><body>
<article><h1>Leaders meet in Paris</h1>
<p>PARIS — The president met the prime minister on Tuesday to discuss the climate agreement that
negotiators hope to finish by the end of the year, officials said.</p>
<p>In a speech on <time datetime="2013-03-12">12 March 2013</time>, the president had said that
"the climate cannot wait for us", a line he repeated today to reporters at the palace.</p>
<p>The talks are expected to continue next week in Brussels, where ministers will review the
draft text and the financing plan for poorer countries.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Washington Post (Username)", "Washington Post"),
        ("Jeffrey Gettleman; JEFFREY GETTLEMAN", "Jeffrey Gettleman"),
        ("JEFFREY GETTLEMAN; Jeffrey Gettleman", "Jeffrey Gettleman"),
        ("By Lee Ji-won", "Lee Ji-won"),
        ("Sign in", None),
        ("Tom Smith and Ann Lee", "Tom Smith and Ann Lee"),
        ("Smith, Jones & Co", "Smith, Jones & Co"),
        ("Reuters (Seoul)", "Reuters (Seoul)"),
        (None, None),
    ],
)
def test_bylines_lose_widget_words_and_repeated_names(raw, clean):
    assert clean_byline(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("A famous victory?.", "A famous victory?"),
        ("Stop!. Now", "Stop! Now"),
        ("Wait...", "Wait..."),
    ],
)
def test_titles_lose_a_full_stop_after_a_question_or_exclamation_mark(raw, clean):
    assert clean_title(raw) == clean


def test_a_date_quoted_in_the_text_does_not_date_the_story():
    assert html_to_story(SPEECH_PAGE.format(meta="")).published is None
    meta = '<meta property="article:published_time" content="2015-11-30T10:00:00Z">'
    story = html_to_story(SPEECH_PAGE.format(meta=meta))
    assert story.published is not None and story.published.year == 2015


def test_a_json_story_gets_the_same_tidying(tmp_path):
    item = {"title": "Who won?.", "byline": "Ann Lee; ANN LEE", "body": "Ann Lee won the vote."}
    path = tmp_path / "s.json"
    data = json.dumps([item]).encode()
    [story] = read_json(path=path, data=data)
    assert (story.title, story.byline) == ("Who won?", "Ann Lee")
