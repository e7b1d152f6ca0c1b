"""Open questions are open as of the brief's date: real CLI runs on a corpus of months."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.sections.referents import connective_end, continues_before

_ASK = "Democratic leaders urged Sanders to endorse Hillary Clinton as the party's nominee."
_STORIES = [
    (
        "Sanders weighs his next step",
        "2016-05-20",
        "Bernie Sanders met supporters in Vermont "
        f"on Thursday as the primary season neared its end.\n\n{_ASK}\n\nSanders said he would "
        "keep fighting for his platform.",
    ),
    (
        "Democrats gather in Philadelphia",
        "2016-07-26",
        "Democrats gathered in Philadelphia on "
        "Monday for their national convention.\n\nDelegates cheered Bernie Sanders on the first "
        "night, and Hillary Clinton, the party's nominee, speaks on Thursday.",
    ),
    (
        "Clinton and Sanders meet in tonight's debate",
        "2016-02-11",
        "Hillary Clinton and Bernie Sanders meet in Milwaukee for their sixth debate.\n\n"
        "Labor unions have urged Clinton to oppose the Trans-Pacific Partnership trade deal."
        "\n\nSanders will try to broaden his appeal beyond young voters.",
    ),
    (
        "Zika money fight goes on",
        "2016-08-25",
        "The American Medical Association urged "
        "Congress to pass a Zika funding bill without restrictions on family planning clinics."
        "\n\nLawmakers return from their recess in September.",
    ),
    (
        "Clinton leads in new poll",
        "2016-08-28",
        "Hillary Clinton leads Donald Trump by six "
        "points in a national poll released on Sunday.\n\nThe poll surveyed 1,000 likely voters.",
    ),
]


def _questions(
    tmp_path: Path, skip: str | None = None, titles: dict[str, str] | None = None
) -> list[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"title": (titles or {}).get(t, t), "published": d, "source": "Example Wire", "body": b}
        for t, d, b in _STORIES
        if t != skip
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    args = ["make", str(corpus), "--section", "open-questions", "-f", "json", "-q", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    brief = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    section = next(s for s in brief["sections"] if s["id"] == "open-questions")
    return [item["question"] for item in section["items"]]


def test_a_matter_later_stories_carried_on_is_no_longer_open(tmp_path: Path) -> None:
    asked = "Will Sanders endorse Hillary Clinton as the party's nominee?"
    zika = "Will Congress pass a Zika funding bill without restrictions on family planning clinics?"
    # May's question, with the July story telling of Sanders and the party's nominee: moved on
    later = _questions(tmp_path / "a")
    assert asked not in later
    assert zika in later  # a question of the current window stays
    # without a later story on the matter it is still open at the brief's date
    alone = _questions(tmp_path / "b", skip="Democrats gather in Philadelphia")
    assert asked in alone and zika in alone


def test_connectives_lean_on_the_sentence_before() -> None:
    for text in (
        "But the vote failed.",
        "However, the Smithsonian said.",
        "Still, it rose.",
        "And then he left.",
        "So the party decided to act.",
    ):
        assert continues_before(text), text
    for text in (
        "So far, 20 people died.",
        "However much it costs, he will pay.",
        "Still photos were taken.",
        "Andrew said no.",
        "Butler arrived.",
    ):
        assert not continues_before(text), text


def test_an_ask_of_a_debate_preview_is_settled_once_the_debate_is_held(tmp_path: Path) -> None:
    tpp = "Will Clinton oppose the Trans-Pacific Partnership trade deal?"
    assert tpp not in _questions(tmp_path / "a")  # February's "tonight's debate", brief of August
    # the same story told as no preview: old, but no later story carried the matter on
    titles = {"Clinton and Sanders meet in tonight's debate": "Unions press Clinton on trade"}
    assert tpp in _questions(tmp_path / "b", titles=titles)


def test_a_line_drops_a_connective_when_what_follows_has_its_own_subject() -> None:
    text = "But a short statement was presented in a written answer on 17 March 2003."
    assert text[connective_end(text) :].startswith("a short statement")
    smithsonian = 'However, the Smithsonian Institution said Thursday, "We have no plans."'
    assert smithsonian[connective_end(smithsonian) :].startswith("the Smithsonian")
    for leaning in ("But judging from the reaction, the attack resonated.", "And he left."):
        assert connective_end(leaning) == 0 and continues_before(leaning)


def test_the_timeline_shows_a_but_line_without_its_but(tmp_path: Path) -> None:
    story = tmp_path / "tribunal.jsonl"
    body = (
        "The federation banned the sprinter Ana Lopes for two years in February.\n\n"
        "But the Court of Arbitration for Sport cleared Lopes on 18 March."
    )
    row = {"title": "Sprinter cleared", "published": "2005-03-25", "source": "Wire", "body": body}
    story.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["make", str(story), "--section", "timeline", "-f", "json", "-q", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    brief = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    events = [i["event"] for s in brief["sections"] if s["id"] == "timeline" for i in s["items"]]
    assert "The Court of Arbitration for Sport cleared Lopes on 18 March." in events
    assert not any(e.startswith("But ") for e in events)
