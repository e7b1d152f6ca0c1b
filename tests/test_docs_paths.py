"""The project's documents name no machine's folders (issue 15: "docs/accuracy.md names a
machine path"): commands use the placeholders docs/accuracy.md defines (POLNEAR, WEB, WEB2,
SWEEP, ../shared), so a reader on another machine can run them as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "benchmarks" / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
]
# an absolute folder of one machine: a home, the build machine's work tree, a user's folder
MACHINE_PATH = re.compile(r"(?<![\w.])/(?:work|home|Users|root)/[\w.+-]+")


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_machine_path(document: Path) -> None:
    found = MACHINE_PATH.findall(document.read_text("utf-8"))
    assert not found, f"{document.name} names machine paths: {sorted(set(found))}"


def test_the_pattern_finds_a_machine_path() -> None:
    assert MACHINE_PATH.search("python x.py --gold /work/corpora/web/gold/q.jsonl")
    assert not MACHINE_PATH.search("python x.py --gold WEB/gold/q.jsonl -o /tmp/out.md")
