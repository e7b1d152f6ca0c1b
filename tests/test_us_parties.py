"""A US political corpus shows its government and its two parties as rows (issue 15, point 2).

Real runs: the analysis pipeline on a story, and `briefgen make` through CliRunner on a small
JSON-lines corpus written here (sentences written for this test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.analysis.parties import ANNOTATION
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.cli import main
from briefgen.model import Story

GOVERNMENT = [
    "President Barack Obama has called for tighter background checks on gun sales.",
    "The White House said on Monday that it opposes the Republican plan to cut Medicaid.",
    "Treasury Secretary Jack Lew warned that a government shutdown would hurt the economy.",
    "White House press secretary Josh Earnest said the president wants Congress to fund the "
    "fight against Zika.",
    "Obama urged Congress to pass immigration reform this year.",
]
PARTIES = [
    "Senate Republicans have vowed to block the president's gun proposals.",
    "The Republican National Committee rejected the president's immigration plan.",
    "House Democrats are demanding a vote on gun control.",
    "Democrats have called for a vote on immigration reform.",
]
CANDIDATES = [
    "Republican presidential candidate Donald Trump has called for a ban on Muslim immigration.",
    "GOP frontrunner Ted Cruz has proposed abolishing the tax code.",
    "The Democratic front-runner will propose spending $2 billion a year on health care.",
]


def _party_lines(body: str) -> list[tuple[str, str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return [(st.voice, st.stance, st.issue) for st in story.annotations[ANNOTATION]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (PARTIES[0], ("Republicans", "opposes", "guns")),
        (PARTIES[1], ("Republicans", "rejects", "immigration")),
        (PARTIES[2], ("Democrats", "demands", "guns")),
        # the verb after an aside between dashes
        (
            "Democrats -- including the party's leaders -- quickly demanded new gun laws.",
            ("Democrats", "demands", "guns"),
        ),
    ],
)
def test_a_party_or_its_organ_states_the_partys_position(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _party_lines(sentence) == [expected]


@pytest.mark.parametrize("sentence", CANDIDATES)
def test_a_candidates_promise_is_not_the_partys(sentence: str) -> None:
    assert _party_lines(sentence) == []


def test_a_us_corpus_shows_the_government_and_both_parties_as_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "us.jsonl"
    lines = []
    for i in range(6):
        body = " ".join(
            [
                GOVERNMENT[i % 5],
                GOVERNMENT[(i + 1) % 5],
                PARTIES[i % 4],
                PARTIES[(i + 2) % 4],
                CANDIDATES[i % 3],
            ]
        )
        story = {"title": f"Congress fight {i}", "body": body, "source": "Test Wire"}
        lines.append(json.dumps({**story, "published": f"2016-03-0{i + 1}T12:00:00Z"}))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["make", str(corpus), "-f", "md", "-o", "-"])
    assert result.exit_code == 0, result.output
    section = result.output.split("## Positions by country", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ")]
    assert rows[2:] == ["United States — government", "Democrats", "Republicans"]
    republicans = section.split("### Republicans", 1)[1]
    assert "**Gun control**, opposes" in republicans
    assert "**Immigration and asylum**, rejects" in republicans
    democrats = section.split("### Democrats", 1)[1].split("###", 1)[0]
    assert "**Gun control**, demands" in democrats
    # a candidate's promise is in no party's row, nor in the government's
    for words in ("Donald Trump", "Ted Cruz", "front-runner"):
        assert words not in section
