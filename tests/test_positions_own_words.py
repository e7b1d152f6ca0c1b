"""Evidence in the speaker's own words, and demand cues read as English (positions10).

Real runs: the analysis pipeline on a story, and `briefgen make` through CliRunner."""

from __future__ import annotations

from datetime import datetime

import pytest
from click.testing import CliRunner

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.cli import main
from briefgen.model import Story


def _stances(text: str) -> list[tuple[str, str, str]]:
    story = analyze_builtin(Story(title="t", body=text, published=datetime(2007, 11, 19)))
    return [(s.country, s.stance, s.text) for s in story.statements]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the polite conditional of urging is a demand
        (
            'US spokesman Sean McCormack spoke. "We would urge him to lift the state of '
            'emergency immediately," he said.',
            "demands",
        ),
        # trap: "the kind of elections that they need to have" describes, demands nothing
        (
            'US spokesman Sean McCormack spoke. "We think it is very difficult to have the kind '
            'of elections that they need to have to have confidence," he said.',
            "neutral",
        ),
        # trap: "how Pakistan should be governed" under "dictate": no demand
        (
            "US spokesman Sean McCormack said the United States is not trying to dictate how "
            "Pakistan should be governed.",
            "neutral",
        ),
        # control: a plain "should" is still a demand
        (
            "US spokesman Sean McCormack said Pakistan should hold elections in January.",
            "demands",
        ),
    ],
)
def test_demand_cues(text: str, stance: str) -> None:
    us = [s for s in _stances(text) if s[0] == "US"]
    assert us and us[-1][1] == stance


ACCOUNT = (
    "WASHINGTON - US President Donald Trump on Monday offered a rebate on oil investment in "
    "Venezuela to American companies.\n"
)


def test_an_offer_spelled_out_in_a_quote_takes_the_offer() -> None:
    text = ACCOUNT + "“We will give a rebate to every company that goes in,” Trump said.\n"
    assert [s[1] for s in _stances(text)] == ["proposes", "proposes"]


def test_a_quote_on_another_matter_stays_neutral() -> None:
    text = ACCOUNT + "“The weather in Florida is lovely this week,” Trump said.\n"
    assert [s[1] for s in _stances(text)] == ["proposes", "neutral"]


def test_a_reason_after_a_demand_stays_neutral() -> None:
    text = (
        "Libyan leader Moammar Gadhafi demanded an end to the bombing of his country.\n"
        "“We have been hurt by the bombing more than anyone,” Gadhafi wrote.\n"
    )
    assert [s[1] for s in _stances(text) if s[0] == "LY"][-1] == "neutral"


def test_the_brief_quotes_the_speaker_not_the_account(tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Trump pitches oil deal\n\n"
        + ACCOUNT
        + "“We will give a rebate on oil investment to every company that goes in,” Trump said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["make", str(story), "-f", "md", "-o", "-"])
    assert result.exit_code == 0, result.output
    section = result.output.split("### United States", 1)[1]
    line = next(row for row in section.splitlines() if row.startswith("- **"))
    assert "We will give a rebate" in line
    assert "offered a rebate" not in line


def test_the_analysis_marks_the_account_its_quote_tells_again() -> None:
    from briefgen.analysis.own_words import TOLD_AGAIN

    text = ACCOUNT + "“We will give a rebate to every company that goes in,” Trump said.\n"
    story = analyze_builtin(Story(title="t", body=text, path="t.txt"))
    account = story.statements[0]
    assert story.annotations[TOLD_AGAIN] == [("US", account.start, account.end)]
    # the trap: a quote on another matter tells nothing again
    other = ACCOUNT + "“The weather in Florida is lovely this week,” Trump said.\n"
    story = analyze_builtin(Story(title="t", body=other, path="t.txt"))
    assert story.annotations[TOLD_AGAIN] == []
