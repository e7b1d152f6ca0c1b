"""One story per story: merge stories with the same body and wire copies of one story.

Two stories are copies when their bodies are the same text give or take a headline, a dateline,
a byline and a footer. The test is cheap and linear in the corpus:

1. an exact index on the normalised body (casefolded, whitespace collapsed) catches the same
   body under two headlines;
2. every long sentence of a body is hashed (casefolded); stories sharing at least two such
   sentences become candidates (a sentence shared by very many stories, a stock phrase,
   proposes no pairs);
3. a candidate pair is merged when the word 5-gram shingles of the two bodies overlap by at least
   ``MIN_JACCARD``, or when the shorter body's shingles are nearly all in the longer one and
   only a few (``MAX_EXTRA``) are not shared: a dateline or footer changes only the shingles
   near it.

The first story of a group (in input order) is kept and analysed; the others become
:class:`~briefgen.model.Copy` entries on it, so the brief lists every outlet and link while
corroboration counts distinct outlets. Groups are closed under the relation (union-find).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from briefgen.model import Copy, Story

__all__ = ["MIN_JACCARD", "merge_copies"]

MIN_JACCARD = 0.8
"""Share of word 5-gram shingles two bodies must have in common to be one story..."""
MIN_CONTAINMENT = 0.9
MAX_EXTRA = 80
"""...or the share of the shorter body's shingles found in the longer one, when the shingles the
two do not share (a dateline, a byline, a footer: each extra word adds up to five) are few."""

_WORDS = re.compile(r"[^\W_]+")
# "[.!?]\s+|\n", written to open with a character set: the engine then skips to the candidate
# characters instead of trying the pattern at every position
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])\s+)")
_MIN_SENTENCE_CHARS = 60
_MIN_SHARED_SENTENCES = 2
_SHORT_STORY = 3  # long sentences: a story this short is a candidate on one shared sentence
_MAX_BUCKET = 50  # a "sentence" in more stories than this is a stock phrase, not evidence
_SHINGLE = 5


def _sentence_keys(folded: str) -> set[int]:
    """Hashes of the long sentences of a casefolded body (plain string splits: cheap)."""
    return {hash(s) for s in _SENTENCE_END.split(folded) if len(s) >= _MIN_SENTENCE_CHARS}


def _shingles(folded: str) -> set[int]:
    words = _WORDS.findall(folded)
    if len(words) < _SHINGLE:
        return {hash(tuple(words))}
    return {hash(tuple(words[i : i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)}


def _similar(a: set[int], b: set[int]) -> bool:
    """Copies: most shingles shared, or the shorter text inside the longer give or take a few
    lines (a dateline, a footer: a short story's copy with a footer fails the share alone)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small or (len(small) < MIN_JACCARD * len(large) and len(large) - len(small) > MAX_EXTRA):
        return False  # neither test can pass: skip the intersection
    shared = len(small & large)
    if shared >= MIN_JACCARD * (len(a) + len(b) - shared):
        return True
    return shared >= MIN_CONTAINMENT * len(small) and len(a) + len(b) - 2 * shared <= MAX_EXTRA


class _Groups:
    """Union-find over story indexes; the smallest index is a group's root."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _candidate_pairs(sentence_keys: list[set[int]]) -> Iterable[tuple[int, int]]:
    """Pairs of stories sharing at least two long sentences (one, when either story has at most
    three: a dateline changes a short story's first sentence), each pair once, in order."""
    buckets: dict[int, list[int]] = defaultdict(list)
    for index, keys in enumerate(sentence_keys):
        for key in keys:
            buckets[key].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in buckets.values():
        if 1 < len(members) <= _MAX_BUCKET:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    shared[(i, j)] += 1
    sizes = [len(keys) for keys in sentence_keys]
    return sorted(
        (i, j)
        for (i, j), count in shared.items()
        if count >= _MIN_SHARED_SENTENCES or min(sizes[i], sizes[j]) <= _SHORT_STORY
    )


def merge_copies(stories: list[Story]) -> tuple[list[Story], int]:
    """The stories with copies merged into the first of each group; and how many were merged."""
    groups = _Groups(len(stories))
    folded = [story.body.casefold() for story in stories]
    exact: dict[str, int] = {}
    for index, body in enumerate(folded):
        key = " ".join(body.split())
        if key in exact:
            groups.union(exact[key], index)
        else:
            exact[key] = index
    shingles: dict[int, set[int]] = {}

    def shingles_of(index: int) -> set[int]:
        if index not in shingles:
            shingles[index] = _shingles(folded[index])
        return shingles[index]

    for i, j in _candidate_pairs([_sentence_keys(body) for body in folded]):
        if groups.find(i) != groups.find(j) and _similar(shingles_of(i), shingles_of(j)):
            groups.union(i, j)
    kept: list[Story] = []
    by_root: dict[int, Story] = {}
    merged = 0
    for index, story in enumerate(stories):
        root = groups.find(index)
        if root == index:
            by_root[index] = story
            kept.append(story)
            continue
        _absorb(by_root[root], story)
        merged += 1
    return kept, merged


def _absorb(primary: Story, copy: Story) -> None:
    """Record ``copy`` on ``primary``; an undated primary takes the copy's date."""
    primary.copies.append(Copy.of(copy))
    primary.copies.extend(copy.copies)
    if primary.published is None and copy.published is not None:
        primary.published = copy.published  # the same story: dates its relative dates
