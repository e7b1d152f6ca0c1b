"""One story per story: same bodies and wire copies are merged, corroboration counts outlets."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest import load_stories
from briefgen.ingest.dedup import merge_copies
from briefgen.model import Story, outlet_count

PARAGRAPHS = [
    "The finance ministers of the euro area met in Brussels on Monday to discuss the budget rules "
    "that several governments say are too strict for a slowing economy.",
    "Germany and the Netherlands argued that the deficit limit of three percent must stay as it "
    "is, while France and Italy asked for room to invest in railways and schools.",
    '"We will not accept any deal that ignores the rights of workers," Prime Minister Jane Doe '
    "said after the meeting, adding that her government would not sign a text without it.",
    "The commission is expected to publish a revised proposal before the summit in June, "
    "officials said, and a vote in parliament could follow in the autumn.",
    "Economists warned that a long dispute would unsettle the markets, which had already fallen "
    "for three days in a row as investors waited for the outcome of the talks.",
    "The meeting ended without a joint statement, and the ministers agreed to meet again in two "
    "weeks to look at a compromise drafted by the presidency of the council.",
]
BODY = "\n\n".join(PARAGRAPHS)


def _write_json(path: Path, stories: list[dict]) -> Path:
    path.write_text(json.dumps(stories), encoding="utf-8")
    return path


def test_the_same_body_under_two_headlines_is_one_story(tmp_path):
    (tmp_path / "a.txt").write_text("Ministers clash on budget rules\n\n" + BODY + "\n")
    (tmp_path / "b.txt").write_text("Euro budget talks end without deal\n\n" + BODY + "\n")
    result = load_stories([str(tmp_path)])
    assert result.merged == 1
    [story] = result.stories
    assert story.title == "Ministers clash on budget rules"
    assert [(c.title, c.file) for c in story.copies] == [
        ("Euro budget talks end without deal", "b.txt")
    ]


def test_wire_copies_in_several_outlets_are_one_story_listing_every_outlet(tmp_path):
    copies = [
        {
            "title": "Ministers clash on budget rules",
            "source": "Reuters",
            "url": "https://example.com/reuters/1",
            "byline": "Ann Lee",
            "published": "2019-05-06T10:00:00Z",
            "body": "BRUSSELS (Reuters) - " + BODY,
        },
        {
            "title": "Budget row splits the euro area",
            "source": "The Guardian",
            "url": "https://example.org/guardian/2",
            "published": "2019-05-06T12:00:00Z",
            "body": BODY
            + "\n\nReporting by Ann Lee; editing by Tom Smith.\n\nRead more about the euro.",
        },
    ]
    result = load_stories([str(_write_json(tmp_path / "wire.json", copies))])
    assert result.merged == 1
    [story] = result.stories
    assert story.outlets == ["Reuters", "The Guardian"]
    assert [c.url for c in story.copies] == ["https://example.org/guardian/2"]


def test_stories_sharing_a_few_sentences_are_not_merged():
    shared = PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1]
    first = Story(title="One", body=shared + "\n\n" + "\n\n".join(PARAGRAPHS[2:]))
    other = " ".join(
        f"Paragraph {n} of a different report about fisheries quotas and the coastal towns "
        f"that depend on them, with its own facts and figures number {n * 7}."
        for n in range(8)
    )
    second = Story(title="Two", body=shared + "\n\n" + other)
    kept, merged = merge_copies([first, second])
    assert merged == 0 and len(kept) == 2


def test_bbc_politics_pairs_with_the_same_body_become_single_stories(corpus_dir):
    result = load_stories([str(corpus_dir / "politics")])
    merged = [story for story in result.stories if story.copies]
    assert result.merged == 9 and len(merged) == 9
    assert len(result.stories) == 357 - 9
    assert all(len(story.copies) == 1 for story in merged)


def test_outlet_count_counts_outlets_not_copies():
    a = Story(title="A", body="x", source="Reuters")
    b = Story(title="B", body="y", source="reuters ")
    c = Story(title="C", body="z")
    d = Story(title="D", body="w")
    assert outlet_count([a, b]) == 1
    assert outlet_count([c, d]) == 1  # unknown outlets may be one outlet: no corroboration
    assert outlet_count([a, c]) == 2


def test_a_quote_in_two_copies_of_one_story_is_not_corroborated(tmp_path):
    quote_story = {"title": "Ministers clash on budget rules", "source": "Reuters", "body": BODY}
    copy = dict(quote_story, title="Budget row splits the euro area", source="Reuters")
    other = {
        "title": "Doe rules out a weak deal",
        "source": "Associated Press",
        "body": "Prime Minister Jane Doe spoke in Brussels on Monday.\n\n"
        '"We will not accept any deal that ignores the rights of workers," Prime Minister Jane '
        "Doe said after the meeting, adding that her government would not sign a text without it.",
    }
    document = _brief(tmp_path, "one", [quote_story, copy])
    assert len(document["stories"]) == 1
    workers = _quotes(document, "rights of workers")
    assert workers and all(q["reported_by"] == 1 for q in workers)

    document = _brief(tmp_path, "two", [quote_story, copy, other])
    workers = _quotes(document, "rights of workers")
    assert [q["reported_by"] for q in workers] == [2]
    assert len(workers[0]["sources"]) == 2


def _brief(tmp_path: Path, name: str, stories: list[dict]) -> dict:
    source = _write_json(tmp_path / f"{name}.json", stories)
    out = tmp_path / name
    args = ["make", str(source), "-f", "json", "-o", str(out), "--date", "2019-05-07", "-q"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [document] = [json.loads(p.read_text()) for p in out.glob("*.json")]
    return document


def _quotes(document: dict, words: str) -> list[dict]:
    quotes = next(s for s in document["sections"] if s["id"] == "key-quotes")["items"]
    return [q for q in quotes if words in q["text"]]


def test_a_short_wire_story_with_a_dateline_and_a_footer_is_one_story():
    core = (
        "The foreign ministers of the two countries met in Geneva on Monday and agreed to resume "
        "talks on the border dispute next month, officials said. The talks broke down last year "
        "after a clash between patrols. Both sides said the meeting was useful."
    )
    wire = Story(title="Talks to resume", body="GENEVA (AP) — " + core, source="AP")
    copy = Story(
        title="Border talks back on",
        body=core + "\n\nCopyright 2019 The Daily Record. All rights reserved. This material may "
        "not be published, broadcast, rewritten or redistributed.",
        source="The Daily Record",
    )
    other = Story(
        title="Trade talks", body=core.replace("Geneva", "Vienna").replace("border", "trade")
    )
    kept, merged = merge_copies([wire, copy, other])
    assert merged == 1 and [s.title for s in kept] == ["Talks to resume", "Trade talks"]
    assert kept[0].outlets == ["AP", "The Daily Record"]
