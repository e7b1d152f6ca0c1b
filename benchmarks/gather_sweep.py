"""Gather the reader sweep set (issue 15): English news pages and their expected outputs.

The pages come from the public test data of HTML-extraction projects, read from bare git mirrors
(``MIRRORS/owner+name/repo``). Where a project ships what its extractor should find (title,
authors, publication date, body text), that goes beside the page as ``NAME.gold.json`` with the
keys ``title``, ``authors`` (a list), ``date`` (ISO text) and ``body`` (any of them may be absent)
and ``origin`` (repository and path). The held-out test sets (trafilatura, go-trafilatura,
readability and its ports, go-domdistiller, the scrapinghub benchmark) are never read, nor the 53
pages of ``benchmarks/web_pages.toml``. The texts carry no licence: write them outside the
repository.

    python benchmarks/gather_sweep.py -o /work/corpora/sweep [--mirrors /work/.mirror]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|that|was|for|said|with)\b", re.IGNORECASE)
_TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.DOTALL | re.IGNORECASE)
Page = tuple[str, bytes, dict[str, object]]  # name, page bytes, gold


class Mirror:
    """A bare git mirror read at HEAD."""

    def __init__(self, mirrors: Path, repo: str) -> None:
        base = mirrors / repo.replace("/", "+")
        self.repo = repo
        self.dir = base / "repo" if (base / "repo").exists() else base
        self._files: list[str] | None = None

    def files(self) -> list[str]:
        if self._files is None:
            out = subprocess.run(
                ["git", "-C", str(self.dir), "ls-tree", "-r", "HEAD", "--name-only"],
                capture_output=True,
                check=False,
            )
            self._files = out.stdout.decode("utf-8", "replace").splitlines()
        return self._files

    def read(self, path: str) -> bytes:
        out = subprocess.run(
            ["git", "-C", str(self.dir), "cat-file", "blob", f"HEAD:{path}"],
            capture_output=True,
            check=False,
        )
        data = out.stdout
        return gzip.decompress(data) if path.endswith(".gz") and data[:2] == b"\x1f\x8b" else data


def english(text: str) -> bool:
    """Mostly English running text (common function words are frequent)."""
    words = text.split()
    return len(words) >= 80 and len(_ENGLISH.findall(text)) >= 0.12 * len(words)


def page_text(data: bytes) -> str:
    return html.unescape(_TAGS.sub(" ", data.decode("utf-8", "replace")))


def newspaper4k(m: Mirror) -> Iterator[Page]:
    for path in m.files():
        if path.startswith("tests/data/html/") and path.endswith(".html"):
            stem = Path(path).stem
            meta_path = f"tests/data/metadata/{stem}.json"
            gold: dict[str, object] = {}
            if meta_path in m.files():
                meta = json.loads(m.read(meta_path))
                if meta.get("language") not in (None, "", "en"):
                    continue
                gold = {
                    "title": meta.get("title"),
                    "authors": meta.get("authors") or [],
                    "date": meta.get("publish_date"),
                    "body": meta.get("text"),
                }
            yield stem, m.read(path), gold


def newspaper(m: Mirror) -> Iterator[Page]:
    for path in m.files():
        if path.startswith("tests/data/html/") and path.endswith(".html"):
            stem = Path(path).stem
            text_path = f"tests/data/text/{stem}.txt"
            gold = {}
            if text_path in m.files():
                gold = {"body": m.read(text_path).decode("utf-8", "replace")}
            yield stem, m.read(path), gold


def goose(m: Mirror, folder: str) -> Iterator[Page]:
    for path in m.files():
        if path.startswith(folder) and path.endswith(".html"):
            stem = Path(path).stem
            gold: dict[str, object] = {}
            json_path = path[:-5] + ".json"
            if json_path in m.files():
                expected = json.loads(m.read(json_path)).get("expected", {})
                gold = {
                    "title": expected.get("title"),
                    "body": expected.get("cleaned_text"),
                    "authors": expected.get("authors") or [],
                    "date": expected.get("publish_date"),
                }
                if expected.get("meta_lang") not in (None, "", "en"):
                    continue
                if gold["body"] and len(str(gold["body"])) < 200:
                    gold["body"] = None  # a cut expectation ("starts with")
            yield Path(folder).name + "_" + stem, m.read(path), gold


def fundus(m: Mirror) -> Iterator[Page]:
    countries = ("us", "uk", "ca", "au", "za", "ind", "na", "ls", "tz", "my", "il", "lb", "isl")
    base = "tests/resources/parser/test_data/"
    for country in countries:
        files = sorted(
            p for p in m.files() if p.startswith(f"{base}{country}/") and p.endswith(".html.gz")
        )
        by_publisher: dict[str, list[str]] = {}
        for path in files:
            by_publisher.setdefault(Path(path).name.split("_")[0], []).append(path)
        for publisher, paths in by_publisher.items():
            json_path = f"{base}{country}/{publisher}.json"
            versions = (
                list(json.loads(m.read(json_path)).values()) if json_path in m.files() else []
            )
            for path in paths:
                data = m.read(path)
                text = page_text(data)
                gold: dict[str, object] = {}
                for version in versions:  # the version whose title the page carries
                    title = str(version.get("title") or "")
                    if title and title[:40] in text:
                        paragraphs = [
                            line
                            for section in version.get("body", {}).get("sections", [])
                            for line in [
                                *section.get("headline", []),
                                *section.get("paragraphs", []),
                            ]
                        ]
                        gold = {
                            "title": title,
                            "authors": version.get("authors") or [],
                            "date": version.get("publishing_date"),
                            "body": "\n\n".join(
                                [*version.get("body", {}).get("summary", []), *paragraphs]
                            ),
                        }
                        break
                name = f"{country}_{Path(path).name.removesuffix('.html.gz')}"
                yield name, data, gold


def snacktory(m: Mirror) -> Iterator[Page]:
    for path in m.files():
        if path.startswith("src/test/resources/") and path.endswith(".html"):
            yield Path(path).stem, m.read(path), {}


_ASSERT = re.compile(
    r"assert\.equal\(\s*(title|author|date_published)\s*,\s*(['\"`])((?:\\.|(?!\2).)*)\2\s*\)",
    re.DOTALL,
)
_FIXTURE = re.compile(r"readFileSync\(\s*['\"]\./(fixtures/[^'\"]+)['\"]")


def postlight(m: Mirror) -> Iterator[Page]:
    fixtures: dict[str, dict[str, object]] = {}
    for path in m.files():
        if path.startswith("src/extractors/custom/") and path.endswith("index.test.js"):
            source = m.read(path).decode("utf-8", "replace")
            fixture = _FIXTURE.search(source)
            if not fixture:
                continue
            first_case = source[fixture.end() : source.find("describe(", fixture.end() + 1)]
            gold: dict[str, object] = {}
            for key, _quote, value in _ASSERT.findall(first_case):
                value = re.sub(r"\\(.)", r"\1", value)
                if key == "title":
                    gold["title"] = value
                elif key == "author":
                    gold["authors"] = [value]
                else:
                    gold["date"] = value
            fixtures[fixture.group(1)] = gold
    for path in m.files():
        if path.startswith("fixtures/") and path.endswith(".html"):
            name = path.removeprefix("fixtures/").removesuffix(".html").replace("/", "_")
            yield name, m.read(path), fixtures.get(path, {})


def l3s(m: Mirror, limit: int) -> Iterator[Page]:
    """L3S-GN1 (Google News 2008): the body and headline the human assessors marked."""
    import lxml.html

    base = "L3S-GN1-20100130203947-00001/"
    originals = sorted(p for p in m.files() if p.startswith(base + "original/"))
    for path in originals[:limit]:
        annotated = path.replace("/original/", "/annotated/")
        gold: dict[str, object] = {}
        if annotated in m.files():
            root = lxml.html.document_fromstring(m.read(annotated))
            body = [
                " ".join(e.text_content().split()) for e in root.xpath("//*[@class='x-nc-sel2']")
            ]
            head = [
                " ".join(e.text_content().split()) for e in root.xpath("//*[@class='x-nc-sel1']")
            ]
            gold = {
                "body": "\n\n".join(b for b in body if b),
                "title": " ".join(h for h in head if h),
            }
        yield Path(path).stem, m.read(path), gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("/work/corpora/sweep"))
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--l3s", type=int, default=260, help="L3S-GN1 originals to take")
    args = parser.parse_args(argv)
    manifest = tomllib.loads((ROOT / "benchmarks/web_pages.toml").read_text("utf-8"))
    used = {(p["repo"], p["path"]) for p in manifest.get("page", [])}
    used_hashes = {p["sha256"] for p in manifest.get("page", [])}
    sources = {
        "AndyTheFactory/newspaper4k": newspaper4k,
        "codelucas/newspaper": newspaper,
        "goose3/goose3": lambda m: goose(m, "tests/data/content/"),
        "grangier/python-goose": lambda m: goose(m, "tests/data/extractors/content/"),
        "flairNLP/fundus": fundus,
        "karussell/snacktory": snacktory,
        "postlight/parser": postlight,
        "geodrome/page-signal": lambda m: l3s(m, args.l3s),
    }
    import hashlib

    total = 0
    for repo, reader in sources.items():
        mirror = Mirror(args.mirrors, repo)
        folder = args.output / repo.split("/")[1]
        folder.mkdir(parents=True, exist_ok=True)
        count = 0
        for name, data, gold in reader(mirror):
            if hashlib.sha256(data).hexdigest() in used_hashes:
                continue
            body = str(gold.get("body") or "") or page_text(data)
            if not english(body):
                continue
            (folder / f"{name}.html").write_bytes(data)
            if any(gold.values()):
                gold["origin"] = repo
                (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False))
            count += 1
        print(f"{repo}: {count} pages", file=sys.stderr)
        total += count
    print(f"{total} pages in {args.output}", file=sys.stderr)
    del used
    return 0


if __name__ == "__main__":
    sys.exit(main())
