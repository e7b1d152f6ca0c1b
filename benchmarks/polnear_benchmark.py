"""Score quote speakers against PolNeAR's train compartment (issue 16).

Usage: python benchmarks/polnear_benchmark.py --polnear PATH [--split train] [--limit N] [-v]

PATH is the path of a PolNeAR checkout (github networkdynamics/PolNeAR: ``data/train/text/*.txt``
and ``data/train/attributions/*.ann``, brat standoff) or of a bare git clone of it, which is read
with ``git show``/``git cat-file`` (no checkout needed; ``git clone --bare`` makes one). The
corpus carries no licence for the article texts, so nothing of it is copied into this repository.
Only ``train`` is for development; ``dev`` and ``test`` are the project's held-out compartments
and are refused unless ``--heldout`` is given (scoring on them is the lead's call, not a tuning
loop).

Each article is analysed as briefgen analyses a story: its first line is the title, the body
starts at the next non-blank line (the annotation offsets are shifted to match), the date is the
one in the file name; then split_sentences -> find_people -> find_quotes.

Metric (the issue's words, made exact):

* **gold unit**: every quotation-mark-delimited segment of 4 or more words inside a Content span
  (``“…”`` or straight ``"…"``; a quote mark just outside the span counts as its own; a
  paragraph break or the span's end closes a segment left open). Units are de-duplicated by
  offsets; a segment inside several Content spans (an attribution nested in another's content:
  ``CNN reported that King said "…"``) belongs to the smallest of them, the innermost speaker.
* **named source**: the unit's Source span holds a name token: a word starting with a capital
  letter that is none of: pronouns, determiners and other function words, honorifics and
  generic title or role words (``NOT_NAME`` below: "He", "The", "Mr", "Sen", "President",
  "Spokeswoman", ...). A comma-separated part of the span that opens with a determiner ("a",
  "the", "one", "his"...) and is indefinite, or ends in a lower-case word or in the object of a
  preposition, is a description and gives no name token: "a New Hampshire Republican", "the New
  Jersey governor", "a Pentagon spokesman", "the former aide to President Bush" are not named
  sources; "the White House", "Pentagon officials", "Sen. Lindsey Graham", "the Republican
  nominee, Donald Trump" are. "he", "the senator", "a spokesman" are not. The lists are fixed
  here, apart from briefgen's lexicons, so the metric does not move when they change.
* **match**: a predicted direct quote (or fragment) matches a gold unit when their character spans
  overlap; each unit takes the predicted quote with the largest overlap.
* **right**: the predicted speaker shares a name token with the Source span (case-insensitive,
  possessive ``'s`` dropped, curly apostrophes straightened; ``NOT_NAME`` words do not count).

Figures: for units with a named source, precision = right / units matched by a quote with a
speaker; recall = right / units. Detection recall = units matched by any predicted quote / all
units (named source or not). Several annotator files for one article: the first by file name is
used (``sorted()`` order), the others are ignored.
"""

from __future__ import annotations

import argparse
import bisect
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.analysis.people import find_people  # noqa: E402
from briefgen.analysis.quotes import find_quotes  # noqa: E402
from briefgen.analysis.sentences import split_sentences  # noqa: E402
from briefgen.model import Quote, Story  # noqa: E402

HELDOUT = ("dev", "test")
MIN_WORDS = 4
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
DATE_RE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
# capitalised words that are not names: pronouns, determiners, function words, honorifics and
# generic titles or role words (what a Source span says about a speaker who is not named)
_NOT_NAME_WORDS = """
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs one ones who whom whose which what that this these those there here
    a an the some any many most few several all both each every other others another such no
    and or but nor so yet for if when while as at by in on of to from with without into over
    under after before during since until according per also meanwhile however but then
    mr mrs ms miss dr prof sir dame lord lady sen senator rep representative gov governor
    gen general lt col adm sgt capt cmdr maj rev hon st jr sr
    president vice former acting deputy chief secretary minister spokesman spokeswoman
    spokesperson press official officials aide aides adviser advisers advisor source sources
    leader leaders chairman chairwoman chair director head candidate nominee senators
    representatives congressman congresswoman lawmaker lawmakers members member mayor judge
    justice attorney ambassador commissioner speaker majority minority whip leader said says
"""
NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
# words opening a description rather than a name
INDEFINITE = frozenset(["a", "an", "one", "another", "some", "several", "many", "two", "three"])
DETERMINERS = INDEFINITE | {"the", "his", "her", "their", "its", "our", "this", "that", "these"}
PREPOSITIONS = frozenset(["to", "for", "of", "at", "with", "from", "by", "in", "on", "about"])


@dataclass
class Unit:
    start: int
    end: int
    source: str  # the Source span text ("" when the attribution names none)
    names: frozenset[str]  # its name tokens, lower-cased


def name_tokens(text: str) -> frozenset[str]:
    """The name tokens of ``text`` (see the module docstring), lower-cased; a description's
    words are none ("a New Hampshire Republican", "the New Jersey governor")."""
    out = set()
    for part in text.replace("’", "'").split(","):
        words = WORD_RE.findall(part)
        if words and _description(words):
            continue
        out |= _name_words(words)
    return frozenset(out)


def _description(words: list[str]) -> bool:
    """Words of a noun phrase that describes someone rather than names them: an indefinite
    one ("a New Hampshire Republican"), a definite one that ends in a common noun ("the New
    Jersey governor") or in the object of a preposition ("the former aide to President Bush")."""
    first = words[0].lower()
    if first in INDEFINITE:
        return True
    if first not in DETERMINERS:
        return False
    if not words[-1][:1].isupper():
        return True
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    return words[k - 1].lower() in PREPOSITIONS


def _name_words(words: list[str]) -> set[str]:
    out = set()
    for w in words:
        w = w.rstrip(".-'")
        if w.endswith("'s"):
            w = w[:-2]
        if not w or not w[0].isupper():
            continue
        low = w.lower()
        if low in NOT_NAME or (len(low) < 2 and not w.isupper()):
            continue
        out.add(low)
    return out


def speaker_tokens(name: str | None) -> frozenset[str]:
    """Lower-cased words of a predicted speaker name (honorifics and titles dropped)."""
    if not name:
        return frozenset()
    words = set()
    for w in WORD_RE.findall(name.replace("’", "'")):
        w = w.rstrip(".-'")
        if w.endswith("'s"):
            w = w[:-2]
        if w and w.lower() not in NOT_NAME:
            words.add(w.lower())
    return frozenset(words)


# --- reading the corpus ------------------------------------------------------------------------


class Corpus:
    """Files of a PolNeAR checkout or bare clone, by path inside the repository."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bare = not (path / "data").is_dir()
        if self.bare:
            try:
                out = subprocess.run(
                    ["git", "-C", str(path), "rev-parse", "--is-bare-repository"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.strip()
            except (OSError, subprocess.CalledProcessError):
                out = ""
            if out != "true":
                raise SystemExit(
                    f"{path}: neither a PolNeAR checkout (no data/ folder) nor a bare git clone"
                )

    def list(self, folder: str) -> list[str]:
        if not self.bare:
            base = self.path / folder
            if not base.is_dir():
                raise SystemExit(f"{base}: no such folder")
            return sorted(f"{folder}/{p.name}" for p in base.iterdir() if p.is_file())
        out = subprocess.run(
            ["git", "-C", str(self.path), "ls-tree", "--name-only", f"HEAD:{folder}"],
            capture_output=True,
            text=True,
        )
        if out.returncode != 0:
            raise SystemExit(f"{self.path}: no {folder} in the repository's HEAD")
        return sorted(f"{folder}/{n}" for n in out.stdout.split("\n") if n)

    def read(self, names: list[str]) -> dict[str, str]:
        if not self.bare:
            return {n: (self.path / n).read_text("utf-8") for n in names}
        # one git process for all files: ``cat-file --batch`` answers "<sha> blob <size>\n<data>\n"
        req = "".join(f"HEAD:{n}\n" for n in names).encode()
        proc = subprocess.run(
            ["git", "-C", str(self.path), "cat-file", "--batch"],
            input=req,
            capture_output=True,
            check=True,
        )
        data = proc.stdout
        out: dict[str, str] = {}
        pos = 0
        for n in names:
            nl = data.index(b"\n", pos)
            header = data[pos:nl].split()
            if len(header) < 3 or header[1] != b"blob":
                raise SystemExit(f"{self.path}: cannot read {n}")
            size = int(header[2])
            out[n] = data[nl + 1 : nl + 1 + size].decode("utf-8")
            pos = nl + 1 + size + 1
        return out


def parse_ann(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(content spans, source spans) of every attribution relation of a brat file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels: list[dict[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offs = parts[1].partition(" ")
            pieces = []
            for piece in offs.split(";"):
                a, _, b = piece.partition(" ")
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, pieces)
        elif line.startswith("E"):
            parts = line.split("\t")
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, tid = arg.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(tid)
            rels.append(roles)
    out = []
    for roles in rels:
        content = [p for t in roles.get("Content", []) if t in spans for p in spans[t][1]]
        source = [p for t in roles.get("Source", []) if t in spans for p in spans[t][1]]
        if content:
            out.append((content, source))
    return out


def quoted_segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Quotation-mark-delimited segments (text inside the marks) within ``text[s:e]``."""
    if s > 0 and text[s - 1] in '"“':
        s -= 1
    if e < len(text) and text[e] in '"”':
        e += 1
    segs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(s, e):
        ch = text[i]
        if ch == "\n" and open_at is not None:
            segs.append((open_at, i))
            open_at = None
        elif open_at is None and ch in '"“':
            open_at = i + 1
        elif open_at is not None and ch in '"”':
            segs.append((open_at, i))
            open_at = None
    if open_at is not None:
        segs.append((open_at, e))
    out = []
    for a, b in segs:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if len(text[a:b].split()) >= MIN_WORDS:
            out.append((a, b))
    return out


def gold_units(text: str, ann: str) -> list[Unit]:
    units: dict[tuple[int, int], tuple[int, Unit]] = {}
    for content, source in parse_ann(ann):
        src = " ".join(text[a:b] for a, b in source)
        names = name_tokens(src)
        size = sum(b - a for a, b in content)
        for a, b in content:
            for seg in quoted_segments(text, a, b):
                old = units.get(seg)
                if old is None or size < old[0]:
                    units[seg] = (size, Unit(seg[0], seg[1], src, names))
    return sorted((u for _, u in units.values()), key=lambda u: u.start)


def make_story(name: str, text: str) -> tuple[Story, int]:
    """The story briefgen sees, and the offset of its body in the file."""
    nl = text.find("\n")
    title = text[:nl].strip() if nl >= 0 else text.strip()
    k = nl + 1 if nl >= 0 else len(text)
    while k < len(text) and text[k].isspace():
        k += 1
    m = DATE_RE.search(name)
    published = datetime.fromisoformat(m.group(1)) if m else None
    return Story(title=title, body=text[k:], published=published, path=name), k


# --- scoring -----------------------------------------------------------------------------------


def best_match(quotes: list[Quote], starts: list[int], u: Unit, k: int) -> Quote | None:
    """The predicted quote overlapping unit ``u`` most (``k``: body offset in the file)."""
    a, b = u.start - k, u.end - k
    best, best_ov = None, 0
    i = max(0, bisect.bisect_left(starts, a) - 8)
    while i < len(quotes) and quotes[i].start < b:
        q = quotes[i]
        ov = min(b, q.end) - max(a, q.start)
        rank = (ov, q.kind == "direct")
        if ov > 0 and (best is None or rank > (best_ov, best.kind == "direct")):
            best, best_ov = q, ov
        i += 1
    return best


def score(corpus: Corpus, split: str, limit: int | None, verbose: bool) -> dict[str, object]:
    texts = corpus.list(f"data/{split}/text")
    anns = corpus.list(f"data/{split}/attributions")
    by_article: dict[str, str] = {}
    for a in anns:  # sorted: the first annotator file of an article wins
        stem = a.rsplit("/", 1)[1].rsplit("_", 1)[0]
        by_article.setdefault(stem, a)
    pairs = []
    for t in texts:
        stem = t.rsplit("/", 1)[1][: -len(".txt")]
        if stem in by_article:
            pairs.append((t, by_article[stem]))
    if limit:
        pairs = pairs[:limit]
    files = corpus.read([p for pair in pairs for p in pair])
    c = Counter()
    cues: Counter[str] = Counter()
    cue_wrong: Counter[str] = Counter()
    seconds = 0.0
    for tname, aname in pairs:
        text = files[tname]
        units = gold_units(text, files[aname])
        story, k = make_story(tname, text)
        t0 = time.perf_counter()
        story.sentences = split_sentences(story.body)
        people = find_people(story)
        quotes = [q for q in find_quotes(story, people) if q.kind != "indirect"]
        seconds += time.perf_counter() - t0
        quotes.sort(key=lambda q: q.start)
        starts = [q.start for q in quotes]
        errors = []
        for u in units:
            q = best_match(quotes, starts, u, k)
            c["units"] += 1
            c["detected"] += q is not None
            if not u.names:
                continue
            c["named"] += 1
            snippet = text[u.start : min(u.end, u.start + 60)].replace("\n", " ")
            if q is None:
                errors.append(f"  MISSED     source={u.source!r}: {snippet!r}")
                continue
            if q.speaker.name is None:
                c["unresolved"] += 1
                errors.append(f"  UNRESOLVED source={u.source!r}: {snippet!r}")
                continue
            c["predicted"] += 1
            cues[q.cue] += 1
            if speaker_tokens(q.speaker.name) & u.names:
                c["right"] += 1
            else:
                cue_wrong[q.cue] += 1
                errors.append(
                    f"  WRONG      pred={q.speaker.name!r} source={u.source!r} cue={q.cue}: "
                    f"{snippet!r}"
                )
        if verbose and errors:
            print(tname.rsplit("/", 1)[1])
            print("\n".join(errors))
    p = c["right"] / c["predicted"] if c["predicted"] else 0.0
    r = c["right"] / c["named"] if c["named"] else 0.0
    return {
        "articles": len(pairs),
        "gold units (all)": c["units"],
        "detection recall (all)": round(c["detected"] / c["units"], 4) if c["units"] else 0.0,
        "units with named source": c["named"],
        "predicted with speaker": c["predicted"],
        "right": c["right"],
        "unresolved": c["unresolved"],
        "precision": round(p, 4),
        "recall": round(r, 4),
        "by cue (predicted/wrong)": ", ".join(
            f"{k}={v}/{cue_wrong[k]}" for k, v in cues.most_common()
        ),
        "analysis seconds": round(seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, required=True, help="a PolNeAR checkout or bare clone")
    ap.add_argument("--split", default="train")
    ap.add_argument(
        "--heldout", action="store_true", help="allow the held-out dev/test compartments"
    )
    ap.add_argument("--limit", type=int, default=None, help="score the first N articles only")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and error")
    args = ap.parse_args(argv)
    if args.split in HELDOUT and not args.heldout:
        print(
            f"polnear_benchmark: {args.split} is a held-out compartment; "
            "develop on train (pass --heldout to score it deliberately)",
            file=sys.stderr,
        )
        return 2
    if args.split not in ("train", *HELDOUT):
        print(f"polnear_benchmark: unknown split {args.split!r}", file=sys.stderr)
        return 2
    if not args.polnear.exists():
        print(f"polnear_benchmark: {args.polnear}: no such path", file=sys.stderr)
        return 2
    result = score(Corpus(args.polnear), args.split, args.limit, args.verbose)
    for key, value in result.items():
        print(f"{key:>26}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
