"""benchmarks/stance_errors.py: the pooled stance-family errors of positions gold sets."""

from __future__ import annotations

import json
from pathlib import Path

from paths import load_script

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "stance_model"  # four invented stories and their gold


def _gold(tmp_path: Path, name: str, japan: tuple[str, str]) -> str:
    """A gold file over the tiny pages, Japan's two positions given the stances ``japan``."""
    rows = [json.loads(line) for line in (TINY / "positions.jsonl").read_text("utf-8").splitlines()]
    for position, stance in zip(rows[0]["positions"], japan, strict=True):
        position["stance"] = stance
    folder = tmp_path / name
    folder.mkdir()
    gold = folder / "positions.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return f"{gold}:{TINY}"


def test_errors_are_counted_by_kind_set_and_step(tmp_path, capsys):
    script = load_script(ROOT / "benchmarks" / "stance_errors.py")
    # "Japan warned North Korea" read as a warning, the gold says support: a shown error;
    # "Tokyo said it would continue talks" left neutral, the gold says support: unread
    wrong = _gold(tmp_path, "wrong", ("supports", "supports"))
    right = _gold(tmp_path, "right", ("warns", "neutral"))
    assert script.main(["--gold", wrong, "--gold", right, "-v"]) == 0
    out = capsys.readouterr().out
    assert "  right/positions.jsonl: 8, 8 (1.000), 0, 0, 1.000 (4/4)" in out
    assert "  wrong/positions.jsonl: 8, 6 (0.750), 1, 1, 0.750 (3/4)" in out
    assert "  pooled: 16, 14 (0.875), 1, 1, 0.875 (7/8)" in out
    assert "  opposition -> support: 1" in out
    [step] = [line for line in out.splitlines() if line.endswith(": 1 (wrong)")]
    assert step.strip().startswith(("quote_statements.", "reported_stances.", "agent_statements."))
    assert "shown [wrong/positions.jsonl] JP warns (gold support)" in out
    assert "unread [wrong/positions.jsonl] JP neutral (gold support)" in out
    # the wrapped step recorder is undone: analysis is the pipeline's own again
    from briefgen.analysis.statement_builder import StoryStatements

    assert StoryStatements.add.__qualname__ == "StoryStatements.add"


def test_a_missing_gold_is_one_line_and_exit_2(tmp_path, capsys):
    script = load_script(ROOT / "benchmarks" / "stance_errors.py")
    assert script.main(["--gold", f"{tmp_path / 'none.jsonl'}:{tmp_path}"]) == 2
    err = capsys.readouterr().err.strip()
    assert "none.jsonl" in err and "\n" not in err
