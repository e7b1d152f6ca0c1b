"""Where the tests find the seed stories and the BBC corpus (a helper module, not a test)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "samples" / "stories"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
# ../shared when present, else the articles the dev sets use, copied under tests/data/corpus
BBC = SHARED_CORPUS if SHARED_CORPUS.is_dir() else ROOT / "tests" / "data" / "corpus"
