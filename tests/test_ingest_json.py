"""The JSON and JSON Lines reader."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import load_stories
from briefgen.ingest.jsonfile import parse_json, read_stories
from briefgen.ingest.partial import PartialRead


def test_single_object():
    [story] = read_stories(
        path=Path("s.json"),
        data=b'{"title": "T", "body": "One.\\n\\nTwo.", "source": "Wire", "url": "https://x/1",'
        b' "published": "2019-04-26T07:00:15+09:00", "author": "Jane", "id": 42}',
    )
    assert (story.title, story.body, story.source, story.byline, story.url, story.guid) == (
        "T",
        "One.\n\nTwo.",
        "Wire",
        "Jane",
        "https://x/1",
        "42",
    )
    assert story.published == datetime(2019, 4, 26, 7, 0, 15, tzinfo=timezone(timedelta(hours=9)))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fri, 26 Apr 2019 07:00:15 +0900", datetime(2019, 4, 25, 22, 0, 15, tzinfo=UTC)),
        (1556229615, datetime(2019, 4, 25, 22, 0, 15, tzinfo=UTC)),
        ("not a date", None),
        (True, None),
    ],
)
def test_published_forms(value, expected):
    import json

    data = json.dumps({"title": "T", "text": "Body.", "published": value}).encode()
    [story] = read_stories(path=Path("s.json"), data=data)
    assert story.published == expected


def test_stories_key_and_html_content():
    stories = parse_json(
        '{"stories": [{"title": "A", "content": "<p>Para one.</p><p>Para <b>two</b>.</p>"}]}',
        lines=False,
    )
    assert stories[0].body == "Para one.\n\nPara two."


def test_jsonl_with_a_bad_line():
    text = '{"title": "A", "body": "Alpha."}\n\n{"title": "B", "body": "Beta."}\n{oops\n'
    with pytest.raises(PartialRead) as caught:
        parse_json(text, lines=True)
    assert [s.title for s in caught.value.stories] == ["A", "B"]
    assert caught.value.problems[0].startswith("line 4: invalid JSON")


def test_jsonl_in_a_json_file(tmp_path: Path):
    (tmp_path / "s.json").write_text('{"title": "A", "body": "x."}\n{"title": "B", "body": "y."}\n')
    assert [s.title for s in load_stories([str(tmp_path / "s.json")]).stories] == ["A", "B"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("42", "expected an object or a list of objects, found int"),
        ('{"title": "T"}', "missing body"),
        ('{"title": "T", "body": ["a", 1]}', "body is not a string"),
        ('{"body": "text"}', "missing title"),
        ('{"title": "T", "body": "   "}', "empty story"),
        ("[]", "no stories"),
        ("{", "invalid JSON"),
    ],
)
def test_wrong_shapes(text, message):
    with pytest.raises(InputError, match=message):
        parse_json(text, lines=False)


def test_paragraph_list_body():
    [story] = parse_json('{"title": "T", "body": ["One.", "Two."]}', lines=False)
    assert story.body == "One.\n\nTwo."


def test_deeply_nested_json_is_one_problem(tmp_path: Path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = load_stories([str(tmp_path / "deep.json")])
    assert result.stories == []
    assert len(result.problems) == 1
