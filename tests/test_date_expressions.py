"""The dates analysis in two parts: expressions found once, resolved against any day.

The analysis stores a story's date expressions (``annotations["date_expressions"]``); a section
that needs another anchor day (anchoring an undated story, reading it as of the brief's date)
resolves them again instead of scanning the text. Resolving the stored expressions against a
day must give what reading the text anew as of that day gives.
"""

from __future__ import annotations

import ast
import dataclasses
import pickle
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from paths import BBC, ROOT, SEEDS

from briefgen.analysis import date_expressions
from briefgen.analysis.dates import (
    EXPRESSIONS,
    DateExpression,
    find_dates,
    lexicon,
    resolve,
    resolve_all,
    stored_expressions,
)
from briefgen.analysis.pipeline import analyze_builtin, analyze_stories
from briefgen.ingest import load_stories
from briefgen.model import Story

# days around the BBC corpus's period and the seeds', a leap day and days far from both
DAYS = [
    date(2004, 2, 29),
    date(2004, 12, 31),
    date(2005, 1, 1),
    date(2005, 3, 14),
    date(2005, 6, 1),
    date(2019, 4, 26),
    date(1999, 12, 31),
]


@pytest.fixture(scope="module")
def analysed() -> list[Story]:
    corpus = sorted(str(p) for p in BBC.rglob("*.txt"))
    # about 80 BBC stories (all of them when the tests' own copy stands in for the corpus)
    files = [*corpus[:: max(1, len(corpus) // 80)], str(SEEDS)]
    stories = load_stories(files).stories
    assert len(stories) >= 20
    for story in stories:
        analyze_builtin(story)
    # the stored form as a --jobs worker hands it back: pickled
    return pickle.loads(pickle.dumps(stories))


def _plain(mentions: list) -> list[dict]:
    return [dataclasses.asdict(m) for m in mentions]


def test_stored_expressions_resolve_as_the_text_read_on_that_day(analysed):
    rng = random.Random(15)
    checked = 0
    for story in analysed:
        stored = story.annotations[EXPRESSIONS]
        assert all(isinstance(e, DateExpression) for e in stored)
        days = [*DAYS, *(date(2005, 1, 1) + timedelta(rng.randint(-700, 700)) for _ in range(3))]
        for day in days:
            assert _plain(resolve_all(stored, day)) == _plain(find_dates(story, published=day))
            checked += 1
    assert checked >= 200


def test_the_analysis_stores_the_expressions_resolved_on_the_publication_day(analysed):
    for story in analysed:
        pub = story.published.date() if story.published else None
        stored = story.annotations[EXPRESSIONS]
        assert _plain(story.annotations["dates"]) == _plain(resolve_all(stored, pub))
        assert _plain(story.annotations["dates"]) == _plain(find_dates(story))
    # the sample holds relative dates that only a day resolves
    assert any(
        e.form in ("weekday", "relative_day", "day_month")
        for s in analysed
        for e in s.annotations[EXPRESSIONS]
    )


def test_an_undated_story_resolves_on_any_day_without_its_text():
    body = (
        "The minister resigned on Thursday, and the vote will be held next week. "
        "Talks collapsed on 16 March, and prices rose 3% in February."
    )
    story = Story(title="t", body=body)
    analyze_builtin(story)
    assert all(m.start_date is None for m in story.annotations["dates"] if m.relative)
    stored = pickle.loads(pickle.dumps(story.annotations[EXPRESSIONS]))
    story.body = ""  # resolution reads no text
    found = {m.text: m for m in resolve_all(stored, date(2005, 3, 18))}  # a Friday
    assert found["Thursday"].start_date == date(2005, 3, 17)
    assert found["next week"].start_date == date(2005, 3, 21)
    assert found["16 March"].start_date == date(2005, 3, 16)
    assert found["February"].start_date == date(2005, 2, 1)
    assert found["February"].role == "statistic"  # "prices rose 3% in February"
    by_text = {e.text: e for e in stored}
    assert resolve(by_text["Thursday"], None) is not None
    assert resolve(by_text["Thursday"], None).start_date is None  # type: ignore[union-attr]


def test_a_leap_day_without_a_year_names_no_day_from_some_days():
    story = Story(title="t", body="The deal was signed on 29 February, officials said.")
    (expression,) = date_expressions.find_expressions(story)
    assert resolve(expression, date(2004, 3, 10)) is not None
    assert resolve(expression, date(2007, 3, 10)) is None
    assert find_dates(story, published=date(2007, 3, 10)) == []


def test_the_process_pool_hands_back_the_same_expressions(analysed):
    corpus = sorted(str(p) for p in BBC.rglob("*.txt"))
    files = corpus[:: max(1, len(corpus) // 20)]
    one = analyze_stories(load_stories(files).stories, jobs=1)
    two = analyze_stories(load_stories(files).stories, jobs=2)
    assert [s.annotations[EXPRESSIONS] for s in one] == [s.annotations[EXPRESSIONS] for s in two]
    assert [_plain(s.annotations["dates"]) for s in one] == [
        _plain(s.annotations["dates"]) for s in two
    ]


def test_a_story_built_by_hand_has_its_expressions_found_when_asked():
    story = Story(title="t", body="He arrived on Monday.", published=datetime(2019, 4, 26))
    assert EXPRESSIONS not in story.annotations
    (expression,) = stored_expressions(story)
    assert resolve(expression, date(2019, 4, 26)).start_date == date(2019, 4, 22)  # type: ignore[union-attr]


# what the section modules must not call: reading the text for dates is the analysis's job
_TEXT_READERS = frozenset({"find_dates", "find_expressions", "date_expressions", "_matches"})


def _names_used(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            used.update(alias.name for alias in node.names)
            if node.module and node.module.endswith("date_expressions"):
                used.add("date_expressions")
        elif isinstance(node, ast.Import):
            used.update(alias.name.rsplit(".", 1)[-1] for alias in node.names)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
    return used


def test_sections_run_no_date_detection_of_their_own():
    sections = sorted((ROOT / "briefgen" / "sections").glob("*.py"))
    assert len(sections) > 10
    for path in sections:
        assert not (_names_used(path) & _TEXT_READERS), path.name
    # the test reads what it means to: the analysis does use these names
    assert {"find_expressions"} <= _names_used(ROOT / "briefgen" / "analysis" / "dates.py")


STARTS_PIECES = [
    "mid-March", "Tuesday's", "May2005", "5-May", "G8-May", "the end of", "the year",
    "two weeks ago", "a week ago", "25th", "25TH ", "2005-03-01", "£5m", "1,500", "last",
    "THE END OF", "Mayé", "éMay", "_may", "5pm", "the\nyear", "’s", "post-March 2005",
    "3rd of May", "١٢ May", "in 2004,", "1999s", "on Friday next week", "Today", "this year",
    "end-2005", "MAY", "mAy", "all-the-year", "a\tday ago", "20\u00a0May", "Sept.", "Jan. 5",
    "in\u212aMay", "“May", "since 1917", "by the end of 2005", "the May 22 operations",
]  # fmt: skip


def test_the_start_scan_finds_every_match_of_the_master_pattern():
    """``_matches`` tries the master pattern only where the start scan says a date may start:
    in Latin-1 text (read as bytes), in other text and where case folding needs every place,
    the matches are exactly those of ``finditer``."""
    lex = lexicon()
    rng = random.Random(7)
    words = ["said", "the", "in", "on", "of", "talks", "rose", "and", "Blair", "ago", "week"]
    for _ in range(4000):
        n = rng.randint(1, 10)
        parts = [rng.choice(STARTS_PIECES if rng.random() < 0.5 else words) for _ in range(n)]
        seps = [rng.choice([" ", " ", "-", "'", "’", ", ", "\n", ".", "", "(", "5"]) for _ in parts]
        text = "".join(p + s for p, s in zip(parts, seps, strict=True))
        got = [(m.start(), m.end()) for m in date_expressions._matches(text, lex)]
        assert got == [(m.start(), m.end()) for m in lex.pattern.finditer(text)], text
