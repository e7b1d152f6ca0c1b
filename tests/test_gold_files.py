"""The committed text-free gold files: well formed, no article text, every page in a manifest."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHA1 = re.compile(r"[0-9a-f]{40}")
# gold file -> the manifest naming its pages (file = "<split>/<name>")
GOLD_MANIFESTS = {
    ROOT / "benchmarks/web_quotes_blind.json": ROOT / "benchmarks/web_pages.toml",
    ROOT / "benchmarks/web_positions_blind.json": ROOT / "benchmarks/web_pages.toml",
    **{
        path: ROOT / "benchmarks/gold14_pages.toml"
        for path in sorted((ROOT / "benchmarks/gold14").glob("*.json"))
    },
}
TEXT_KEYS = {"text", "evidence", "body"}  # a summary is the annotator's own paraphrase


def manifest_pages(path: Path) -> set[str]:
    with path.open("rb") as handle:
        pages = tomllib.load(handle)["page"]
    return {f"{page['split']}/{page['name']}" for page in pages}


def spans(record: dict) -> list[dict]:
    """Every annotated span of one page record (quotes or positions)."""
    return list(record.get("quotes", [])) + list(record.get("positions", []))


def test_gold14_sets_are_listed() -> None:
    names = {path.name for path in GOLD_MANIFESTS}
    assert {"quotes_dev.json", "quotes_blind.json", "positions_blind.json"} <= names


@pytest.mark.parametrize("gold", sorted(GOLD_MANIFESTS), ids=lambda p: p.name)
def test_gold_file_is_text_free_and_names_manifest_pages(gold: Path) -> None:
    records = json.loads(gold.read_text("utf-8"))
    pages = manifest_pages(GOLD_MANIFESTS[gold])
    assert records, gold
    for record in records:
        assert record["file"] in pages, f"{gold.name}: {record['file']} is in no manifest"
        split = record["file"].split("/", 1)[0]
        if gold.parent.name == "gold14":  # a set's pages stay in its own split
            assert split in gold.stem, f"{gold.name}: {record['file']} is from split {split}"
        for span in spans(record):
            assert not TEXT_KEYS & span.keys(), f"{gold.name}: article text committed"
            assert 0 <= span["start"] < span["end"], span
            digest = span.get("text_sha1") or span.get("evidence_sha1") or ""
            assert SHA1.fullmatch(digest), span
