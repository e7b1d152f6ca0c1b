"""Where the tests find the seed stories and the BBC corpus (a helper module, not a test)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "samples" / "stories"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
# ../shared when present, else the articles the dev sets use, copied under tests/data/corpus
BBC = SHARED_CORPUS if SHARED_CORPUS.is_dir() else ROOT / "tests" / "data" / "corpus"


def load_script(path: Path) -> ModuleType:
    """A script outside the package (a benchmark, a docs generator) imported as a module."""
    name = path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # dataclasses in it look their module up by name
    spec.loader.exec_module(module)
    return module
