"""The Positions section's line bar: features of a line, the bar in the section and the CLI,
and the script that fits the bar on reviewer marks."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from paths import ROOT, SEEDS

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.cli import main
from briefgen.model import Actor, Statement, Story
from briefgen.section import BuildContext
from briefgen.sections.position_lines import (
    hedged,
    held_as_possessive,
    line_features,
    line_model,
    voice_kind,
)
from briefgen.sections.positions import (
    PositionsConfig,
    PositionsSection,
    basis_of,
    candidate_rows,
)


def _statement(text: str, country: str, actor: str | None = None, **kw: object) -> Statement:
    return Statement(
        country, kw.get("issue", "climate"), kw.get("stance", "denies"), text, 0, len(text), actor
    )  # type: ignore[arg-type]


def test_advisers_and_unnamed_sources_are_a_looser_voice_than_officials() -> None:
    cases = {
        "President Bush's advisers have repeatedly denied global warming is taking place.": (
            "loose"
        ),
        "Diplomatic sources said Japan would reject the plan.": "loose",
        # a government's officials, an office and state media speak for it
        "US defense officials said five speedboats menaced the three US warships.": "country",
        "President Castro's chief aide said it was necessary because of the United States.": (
            "country"
        ),
        "North Korea's official newspaper blasted South Korea on Tuesday.": "country",
        "Washington has insisted that the North must give up its nuclear weapons.": "country",
    }
    for text, kind in cases.items():
        story = Story(title="t", body=text)
        assert voice_kind(story, _statement(text, "US")) == kind, text


def test_hearsay_counts_in_the_holders_own_predicate_only() -> None:
    assert hedged("Kim had reportedly proposed closing the facility.", "Kim Jong Un", "KP")
    assert hedged("Still, the U.S. sees the Russian move as a false signal.", None, "US")
    assert not hedged(
        "There is thought to be widespread support for the plan - tabled by France and Germany.",
        None,
        "FR",
    )
    assert not hedged(
        "A tie-up, seen as Rover's last chance, has been pushed by Chancellor Gordon Brown.",
        "Gordon Brown",
        "GB",
    )


def test_a_person_is_known_by_the_titles_the_text_gives() -> None:
    text = (
        "But Myron Ebell, an adviser on climate change to President Bush, has said there "
        "would be no change. French finance minister Herve Gaymard said Asia should float."
    )
    story = Story(title="t", body=text)
    ebell = text.index("Myron Ebell")
    gaymard = text.index("Herve Gaymard")
    story.actors = [
        Actor("Myron Ebell", "person", "US", [(ebell, ebell + 11)]),
        Actor("Herve Gaymard", "person", "FR", [(gaymard, gaymard + 13)]),
    ]
    assert voice_kind(story, _statement(text[: text.index(" French")], "US", "Myron Ebell")) == (
        "loose"
    )
    said = text[text.index("French") :]
    assert voice_kind(story, _statement(said, "FR", "Herve Gaymard")) == "minister"


def test_a_country_held_only_as_a_possessive_of_an_act_is_no_subject() -> None:
    assert held_as_possessive(
        "But there are also pressing economic reasons for Egypt's decision to enter into "
        "the trade agreement.",
        "EG",
    )
    assert not held_as_possessive(
        "Meanwhile, France's finance minister has said the world faced catastrophe.", "FR"
    )
    assert not held_as_possessive("Egypt has signed the trade agreement.", "EG")
    assert not held_as_possessive(
        "The blockade has left Gaza without supplies, as Israel's Defence Minister insists.", "IL"
    )
    assert not held_as_possessive(
        "Pakistan's top political and military leaders condemn Indian airstrikes.", "PK"
    )
    assert not held_as_possessive(
        "The government hopes that the new lira will cement Turkey's economic progress.", "TR"
    )


def test_hearsay_scores_below_the_bar_and_a_quoted_leader_above() -> None:
    model = line_model()
    hearsay = "Kim had reportedly proposed closing the country's biggest nuclear facility."
    story = Story(title="t", body=hearsay)
    st = _statement(hearsay, "KP", "Kim Jong Un", stance="proposes", issue="denuclearisation")
    features = line_features([(story, st)], hearsay, "denuclearisation", False)
    assert features["hedge"] == 1.0
    assert model.score(features) < model.bar
    quote = '"We will never give up our nuclear deterrent," the North Korean foreign ministry said.'
    story = Story(title="t", body=quote)
    st = _statement(quote, "KP", stance="rejects", issue="denuclearisation")
    features = line_features([(story, st)], quote, "denuclearisation", False)
    assert features["quoted"] == 1.0 and model.score(features) >= model.bar


def _seeds() -> list[Story]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text("utf-8").partition("\n")
        out.append(analyze_builtin(Story(title=title, body=body.strip("\n"), path=path.name)))
    return out


def _lines(items: list) -> list[str]:
    return [p.statement for row in items for p in row.positions]


def test_the_section_drops_the_line_below_the_bar_and_promotes_none() -> None:
    stories = _seeds()
    on = PositionsSection().build(BuildContext(stories, date(2019, 4, 26), PositionsConfig()))
    off = PositionsSection().build(
        BuildContext(stories, date(2019, 4, 26), PositionsConfig(line_bar=False))
    )
    dropped = set(_lines(off)) - set(_lines(on))
    assert dropped and all("reportedly" in line for line in dropped)
    assert set(_lines(on)) <= set(_lines(off))  # no weaker line moved up into its place
    korea = next(row for row in on if row.country == "KP")
    assert "Denuclearisation and nuclear programmes" not in {p.issue for p in korea.positions}


def test_a_row_whose_every_line_is_below_the_bar_is_not_shown() -> None:
    text = "Bush's aides have repeatedly denied that global warming is taking place."
    story = Story(title="t", body=text + " " + "x" * 40)
    story.statements = [_statement(text, "US", stance="denies", issue="climate")]
    config = PositionsConfig()
    rows = candidate_rows([story], config, None)
    assert rows and basis_of(rows[0].positions[0])[0][1] is story.statements[0]
    assert PositionsSection().build(BuildContext([story], date(2005, 4, 1), config)) == []


def test_make_shows_the_hearsay_line_only_with_the_bar_off(tmp_path: Path) -> None:
    config = tmp_path / "briefgen.toml"
    config.write_text("[sections.positions-by-country]\nline_bar = false\n", "utf-8")
    args = ["make", str(SEEDS), "-f", "md", "-o", "-", "--date", "2019-04-26"]
    shown = CliRunner().invoke(main, args)
    assert shown.exit_code == 0, shown.output
    assert "Kim had reportedly proposed" not in _positions(shown.output)
    assert "Kim, meanwhile, has demanded" in _positions(shown.output)
    off = CliRunner().invoke(main, [*args, "--config", str(config)])
    assert off.exit_code == 0, off.output
    assert "Kim had reportedly proposed" in _positions(off.output)


def _positions(markdown: str) -> str:
    """The Positions section of a Markdown brief."""
    return markdown.split("## Positions by country", 1)[1].split("\n## ", 1)[0]


def _sheet(folder: Path, rows: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True)
    with (folder / "positions-by-country.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(
            f, fieldnames=["n", "item", "detail", "evidence", "source", "verdict", "why"]
        )
        writer.writeheader()
        writer.writerows(rows)


def test_the_fit_script_learns_hearsay_from_marks_and_picks_the_bar_out_of_sample(
    tmp_path: Path,
) -> None:
    rows = []
    stories = {s.id: s for s in _seeds()}
    for row in candidate_rows(list(stories.values()), PositionsConfig(line_bar=False), None):
        for n, p in enumerate(row.positions):
            story = stories[p.evidence[0].story]
            wrong = "reportedly" in p.statement
            rows.append(
                {
                    "n": str(n),
                    "item": f"{row.name} ({row.country}) {p.stance}: {p.statement}",
                    "detail": "",
                    "evidence": f"«{p.evidence[0].text}»",
                    "source": f"{story.title} [{story.path}]",
                    "verdict": "wrong" if wrong else "right",
                    "why": "hearsay" if wrong else "",
                }
            )
    assert any(r["verdict"] == "wrong" for r in rows)
    marks = tmp_path / "marks"
    _sheet(marks / "a", rows)
    _sheet(marks / "b", rows)
    out = tmp_path / "lines.json"
    script = ROOT / "benchmarks" / "fit_position_lines.py"
    done = subprocess.run(
        [
            *(sys.executable, str(script), "--corpus", f"a={SEEDS}", "--corpus", f"b={SEEDS}"),
            *("--marks", str(marks), "--out", str(out), "--c", "100"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "| a | " in done.stdout and "| b | " in done.stdout
    held = next(line for line in done.stdout.splitlines() if line.startswith("| a |"))
    assert held.split("|")[3].strip() == "0"  # the held-out hearsay line is not kept
    fitted = json.loads(out.read_text("utf-8"))
    assert fitted["weights"]["hedge"] < 0 <= fitted["weights"]["quoted"]
    assert isinstance(fitted["bar"], float)
