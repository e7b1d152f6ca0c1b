"""Property tests: hostile text never crashes ingestion, analysis or rendering, and never hangs.

Invariants checked on every generated story: offsets lie inside the body and every quote,
statement and date mention satisfies ``body[start:end] == text``. Timing tests run the analysis
in a child process with a hard timeout, so a quadratic step fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.model import Story

ANALYSIS_MODULES = [
    "briefgen.analysis.sentences",
    "briefgen.analysis.people",
    "briefgen.analysis.quotes",
    "briefgen.analysis.actors",
    "briefgen.analysis.positions",
    "briefgen.analysis.dates",
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

QUOTE_MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」"]
CONTROL = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
]
RTL = ["\u200f", "\u200e", "\u202e", "\u202b", "\u2066", "שלום", "مرحبا", "وزير الخارجية"]
WORDS = [
    "said", "says", "told", "according to", "added", ":", ",", ".", "?", "!", "…", " ", "  ",
    "\n", "\n\n", "\r\n", "\t", "Mr", "Mrs.", "Dr", "U.S.", "U.N.", "Theresa May", "Putin",
    "Vladimir Putin", "Kim Jong-un", "the Prime Minister", "President", "France", "Britain",
    "the EU", "Nato", "the United Nations", "China's", "Russian", "minister", "spokesman",
    "on Monday", "next week", "by the end of 2019", "26 April", "2019", "we", "will", "not",
    "agree", "demands", "opposes", "supports", "sanctions", "trade", "talks", "she", "he",
    "(", ")", "[", "]", "-", "—", "e.g.", "Jan.", "No.", "1.", "é", "ß", "Ǆ", "İ", "ﬁ",
    "\u0301", "😀", "👩‍👩‍👧", "\ufeff", "\ufffd", "𝕏",
]  # fmt: skip
TOKENS = st.sampled_from(QUOTE_MARKS + CONTROL + RTL + WORDS) | st.text(max_size=8)
BODIES = st.lists(TOKENS, max_size=80).map(" ".join) | st.lists(TOKENS, max_size=80).map("".join)
TITLES = st.text(max_size=40) | st.lists(TOKENS, max_size=8).map(" ".join)


def _require_analysis() -> None:
    for name in ANALYSIS_MODULES:
        pytest.importorskip(name)


def _check_offsets(story: Story) -> None:
    body = story.body
    n = len(body)
    for start, end in story.sentences:
        assert 0 <= start <= end <= n
    for quote in story.quotes:
        assert 0 <= quote.start <= quote.end <= n, quote
        assert body[quote.start : quote.end] == quote.text, quote
    for actor in story.actors:
        for start, end in actor.mentions:
            assert 0 <= start <= end <= n, actor
    for statement in story.statements:
        assert 0 <= statement.start <= statement.end <= n, statement
        assert body[statement.start : statement.end] == statement.text, statement
    for mention in story.annotations.get("dates", []):
        assert 0 <= mention.start <= mention.end <= n, mention
        assert body[mention.start : mention.end] == mention.text, mention


def _analyse(title: str, body: str, published: datetime | None = None) -> Story:
    from briefgen.analysis.pipeline import analyze_builtin

    story = analyze_builtin(Story(title=title, body=body, published=published))
    _check_offsets(story)
    return story


# --- analysis ----------------------------------------------------------------------------------


@SETTINGS
@given(title=TITLES, body=BODIES)
def test_analysis_never_crashes(title: str, body: str) -> None:
    _require_analysis()
    _analyse(title, body, datetime(2019, 4, 25, 8, 0))


@SETTINGS
@given(body=st.text(max_size=400))
def test_analysis_arbitrary_unicode(body: str) -> None:
    _require_analysis()
    _analyse("t", body)


@SETTINGS
@given(body=st.text(alphabet="".join(QUOTE_MARKS) + " aA.\n", max_size=300))
def test_analysis_unbalanced_quote_marks(body: str) -> None:
    _require_analysis()
    _analyse("t", body)


@pytest.mark.parametrize(
    "body",
    [
        "",
        " ",
        "\n\n\n",
        "\t \r\n \x0b\x0c",
        "\u200f\u202e",
        "“",
        "”said Putin.",
        "“We will,” said",
        '"' * 101,
        "«“‘'\"" * 20,
        "“Nested ‘quote “inside” here’ end,” said Theresa May.",
        "״הם אמרו״ said the minister.",
        "\x00“a\x00b,” said Mr\x00Smith.",
        "said said said said",
        ": : : “",
    ],
)
def test_analysis_edge_bodies(body: str) -> None:
    _require_analysis()
    _analyse("t", body)


def test_analysis_surrogates_and_lone_marks() -> None:
    """Lone surrogates can reach a Story from a lenient decoder: analysis must survive them."""
    _require_analysis()
    _analyse("t\ud800", "“We \udcff will,” said Theresa May.\ud83d")


# --- rendering ---------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories=st.lists(st.tuples(TITLES, BODIES), min_size=1, max_size=3), title=TITLES)
def test_render_never_crashes(stories: list[tuple[str, str]], title: str) -> None:
    _require_analysis()
    from markdown_it import MarkdownIt

    from briefgen.build import build_brief
    from briefgen.plugins import get_plugins
    from briefgen.render import render_html, render_markdown

    analysed = [_analyse(t, b, datetime(2019, 4, 25)) for t, b in stories]
    outcome = build_brief(analysed, plugins=get_plugins(), title=title, as_of=date(2019, 4, 26))
    assert outcome.failures == [], outcome.failures[0].detail
    markdown = render_markdown(outcome.brief, extra_dirs=outcome.template_dirs)
    html = render_html(outcome.brief, extra_dirs=outcome.template_dirs)
    assert html.count("<h2>") == len(outcome.brief.sections)
    tokens = MarkdownIt("commonmark").parse(markdown)
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.nesting == 1]
    assert len(h2) == len(outcome.brief.sections)
    errors = [(s.id, s.error) for s in outcome.brief.sections if s.error]
    assert errors == [], errors


# --- ingestion ---------------------------------------------------------------------------------


def _load():
    ingest = pytest.importorskip("briefgen.ingest")
    if not hasattr(ingest, "load_stories"):
        pytest.skip("briefgen.ingest.load_stories has not landed")
    return ingest.load_stories


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=600)
    | BODIES.map(lambda s: s.encode("utf-8", "surrogatepass"))
    | BODIES.map(lambda s: s.encode("utf-16")),
    suffix=st.sampled_from([".txt", ".html", ".htm", ".xml", ".rss", ".json", ".md", ""]),
)
def test_ingestion_never_crashes(data: bytes, suffix: str) -> None:
    load_stories = _load()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"story{suffix}"
        path.write_bytes(data)
        result = load_stories([str(path)])
    for problem in result.problems:
        assert "\n" not in problem and str(path) in problem, problem
    for story in result.stories:
        assert isinstance(story.title, str) and isinstance(story.body, str)
        assert story.body.strip()
    assert result.stories or result.problems


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_ingestion_empty_files_are_one_problem(tmp_path: Path, data: bytes) -> None:
    load_stories = _load()
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    result = load_stories([str(path)])
    assert result.stories == []
    assert len(result.problems) == 1 and str(path) in result.problems[0]


# --- size and linear time ----------------------------------------------------------------------

_CHILD = textwrap.dedent(
    """
    import json, sys, time
    from briefgen.model import Story
    from briefgen.analysis.pipeline import analyze_builtin
    spec = json.loads(sys.stdin.read())
    body = (spec["unit"] * (spec["size"] // len(spec["unit"]) + 1))[: spec["size"]]
    analyze_builtin(Story(title="warm-up", body=spec["unit"] * 3))
    started = time.process_time()  # this process's CPU time: other processes' load does not count
    story = analyze_builtin(Story(title="t", body=body))
    elapsed = time.process_time() - started
    assert all(body[q.start:q.end] == q.text for q in story.quotes)
    print(json.dumps({"seconds": elapsed, "quotes": len(story.quotes)}))
    """
)


def _timed(unit: str, size: int, timeout: float) -> float:
    """Seconds to analyse ``unit`` repeated to ``size`` characters, in a child process."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=json.dumps({"unit": unit, "size": size}),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"analysing {size:,} chars of {unit[:60]!r} took over {timeout:.0f} s")
    assert done.returncode == 0, done.stderr[-2000:]
    return float(json.loads(done.stdout)["seconds"])


def _assert_linear(unit: str, small: int, large: int, budget: float) -> None:
    # the best of a few runs: other processes on a shared 2-core machine only ever add time
    small_time = min(_timed(unit, small, budget) for _ in range(3))
    large_time = min(_timed(unit, large, budget) for _ in range(2))
    floor = 0.05  # timer noise on tiny runs
    ratio = large_time / max(small_time, floor)
    factor = large // small
    assert ratio < 2.5 * factor, (
        f"{unit[:60]!r}: {small:,} chars {small_time:.2f} s, {large:,} chars {large_time:.2f} s "
        f"(x{ratio:.1f} for x{factor} the input: not linear)"
    )


QUOTE_RUN = "“”\"'‘’«» “ ” ' \" « »‘’ „"
CAPITALISED = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima "


@pytest.mark.parametrize(
    "unit",
    [QUOTE_RUN, '"', "“", CAPITALISED],
    ids=["mixed-quote-marks", "straight-quotes", "open-curly-quotes", "capitalised-words"],
)
def test_one_megabyte_is_linear(unit: str) -> None:
    """The issue's bound: 1 MB of quote marks or capitalised words, 100 kB vs 1 MB < 25x."""
    _require_analysis()
    _assert_linear(unit, 100_000, 1_000_000, budget=120)


@pytest.mark.parametrize(
    "unit",
    [
        "U.S. ",
        "Alpha Bravo said ",
        "“We will, ” said Mr Smith. “",
        "the Prime Minister of France, ",
        "Mr Mr Mr ",
        "France Germany Britain Russia ",
        "“Hello there, ",
        "according to ",
        "France urged Britain and Germany to act, and China said it had a similar view to the US ",
        "the government said both sides agreed with the EU, ",
        "Japan was criticised by China, with Russia rejecting it, as Tokyo said ",
    ],
    ids=["dotted-acronyms", "caps-said", "said-open-quote", "title-of-country", "honorifics",
         "countries", "unclosed-quotes-with-words", "according-to", "run-on-stances",
         "generic-and-pairs", "agents"],
)  # fmt: skip
def test_adversarial_runs_are_linear(unit: str) -> None:
    """Runs that feed every per-match step: 40 kB vs 400 kB must stay below 25x (40 kB, not 20:
    a 20 kB run takes ~0.05 s, where timer and warm-up noise decide the ratio)."""
    _require_analysis()
    _assert_linear(unit, 40_000, 400_000, budget=60)


@pytest.mark.slow
def test_five_megabyte_paragraph() -> None:
    """One 5 MB paragraph of real news text is analysed, in bounded time."""
    _require_analysis()
    seed = Path(__file__).resolve().parent.parent / "samples" / "stories"
    texts = sorted(seed.glob("*.txt"))
    if not texts:
        pytest.skip("samples/stories is missing")
    paragraph = " ".join(texts[0].read_text("utf-8").split()) + " "
    seconds = _timed(paragraph, 5_000_000, timeout=300)
    assert seconds < 240, f"5 MB paragraph took {seconds:.0f} s"
