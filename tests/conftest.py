"""Shared fixtures: paths to the seeds and corpus, a fresh plugin manager per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS_DIR = ROOT / "samples" / "stories"
CORPUS_DIR = SHARED / "corpus" / "bbc"


@pytest.fixture
def seeds_dir() -> Path:
    """The two seed stories, as shipped in samples/stories."""
    return SEEDS_DIR


@pytest.fixture
def corpus_dir() -> Path:
    """The BBC corpus; tests needing it skip when ../shared is absent."""
    if not CORPUS_DIR.is_dir():
        pytest.skip("../shared/corpus/bbc is not available")
    return CORPUS_DIR


@pytest.fixture
def plugins():
    """A fresh plugin manager with the installed entry points."""
    from briefgen.plugins import get_plugins

    return get_plugins()
