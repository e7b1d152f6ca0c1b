"""Story fixtures of the H3 section tests: the two seeds and BBC corpus articles.

Seeds are read with ``briefgen.ingest.text``; the hand-cut fallback (headline line as title,
navigation and licence/comment footer dropped) is kept for when the reader is unavailable.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from paths import BBC, SEEDS

from briefgen.model import Story

KST = timezone(timedelta(hours=9))
SEED_000 = SEEDS / "000_312cadde9ea5adac.txt"
SEED_002 = SEEDS / "002_3cc255f85078c229.txt"

_FOOTERS = ("Lee Ji-won, Arirang News.", "KOGL", "Original source:")


def _cut(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line.startswith(_FOOTERS):
            break
        out.append(line)
    return "\n".join(out).strip()


def seed_000() -> Story:
    """The Arirang News story, published 2019-04-26 07:00:15 KST (from its title line)."""
    lines = SEED_000.read_text("utf-8").splitlines()
    lines = [ln for ln in lines if ln.strip()]
    head = lines[1]
    title = head.split(" Updated:")[0].strip()
    return Story(
        title=title,
        body=_cut(lines[2:]),
        source="Arirang News",
        published=datetime(2019, 4, 26, 7, 0, 15, tzinfo=KST),
        path=str(SEED_000),
    )


def seed_002() -> Story:
    """The ZeroHedge story; the file gives no publication date."""
    lines = SEED_002.read_text("utf-8").splitlines()
    lines = [ln for ln in lines if ln.strip()]
    return Story(
        title=lines[0].strip(), body=_cut(lines[1:]), source="ZeroHedge", path=str(SEED_002)
    )


def read_seed(path: Path) -> Story:
    """A seed through the text reader (briefgen.ingest.text) when present, else cut by hand."""
    try:
        from briefgen.ingest.text import read_stories
    except ImportError:
        return seed_000() if path == SEED_000 else seed_002()
    stories = read_stories(path=path, data=path.read_bytes())
    assert stories, path
    return stories[0]


def seeds() -> list[Story]:
    """Both seeds, analysed as far as the available analysis modules allow."""
    return [analyse(read_seed(SEED_000)), analyse(read_seed(SEED_002))]


def bbc(relpath: str, published: datetime | None = None) -> Story:
    """A BBC corpus article: first line headline, the rest body."""
    path = BBC / relpath
    text = path.read_text("utf-8", errors="replace")
    title, _, body = text.partition("\n")
    return Story(
        title=title.strip(), body=body.strip(), source="BBC", published=published, path=str(path)
    )


def analyse(story: Story) -> Story:
    """Run the pipeline when every module exists, else the parts that do (sentences, dates)."""
    try:
        from briefgen.analysis.pipeline import analyze_builtin

        return analyze_builtin(story)
    except ImportError:
        pass
    try:
        from briefgen.analysis.sentences import split_sentences

        story.sentences = split_sentences(story.body)
    except ImportError:
        pass
    from briefgen.analysis.dates import find_dates

    story.annotations["dates"] = find_dates(story)
    return story
