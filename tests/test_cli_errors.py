"""The command line on bad input: one line per problem, the right exit code, never a traceback.

Exit codes (briefgen/cli.py): 0 all good; 1 a brief was made but an input was skipped; 2
nothing was made. Most cases run in-process with CliRunner; a few through a real subprocess.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefgen.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "stories"


@pytest.fixture(autouse=True)
def _needs_ingest() -> None:
    import briefgen.ingest

    if not hasattr(briefgen.ingest, "load_stories"):
        pytest.skip("briefgen.ingest.load_stories has not landed")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A folder holding the two seed stories."""
    folder = tmp_path / "stories"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    return folder


def _run(*args: str, cwd: Path | None = None) -> Result:
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), catch_exceptions=False)
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def _lines(stderr: str, kind: str) -> list[str]:
    """``briefgen: <kind>:`` lines, ignoring warnings about plugins that did not load."""
    return [
        line
        for line in stderr.splitlines()
        if line.startswith(f"briefgen: {kind}:") and "failed to load" not in line
    ]


def _no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.output


def _fatal(result: Result, *names: str) -> None:
    """Exit 2 with exactly one error line naming ``names``; other lines are warnings."""
    _no_traceback(result)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    errors = _lines(result.stderr, "error")
    assert len(errors) == 1, result.stderr
    for name in names:
        assert name in result.stderr, (name, result.stderr)
    for line in result.stderr.splitlines():
        assert line.startswith("briefgen: "), line


# --- nothing can be made: exit 2 ---------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    result = _run("make", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"), "-f", "md")
    _fatal(result, "nope.txt")
    assert not (tmp_path / "out").exists()


def test_empty_directory(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _run("make", str(empty), "-o", str(tmp_path / "out"), "-f", "md")
    _fatal(result, "empty")
    assert not (tmp_path / "out").exists()


def test_directory_of_non_stories(tmp_path: Path) -> None:
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = _run("make", str(folder), "-o", str(tmp_path / "out"), "-f", "md")
    _fatal(result)


@pytest.mark.parametrize("data", [b"", b"  \n\n\t  \n"])
def test_only_an_empty_story(tmp_path: Path, data: bytes) -> None:
    story = tmp_path / "blank.txt"
    story.write_bytes(data)
    result = _run("make", str(story), "-o", str(tmp_path / "out"), "-f", "md")
    _fatal(result, "blank.txt")


def test_bad_config_toml(tmp_path: Path, good: Path) -> None:
    config = tmp_path / "briefgen.toml"
    config.write_text("[brief\ntitle = 'x'\n")
    result = _run("make", str(good), "--config", str(config), "-o", str(tmp_path / "o"), "-f", "md")
    _fatal(result, "briefgen.toml")
    assert not (tmp_path / "o").exists()


def test_bad_config_found_in_working_directory(tmp_path: Path, good: Path) -> None:
    (tmp_path / "briefgen.toml").write_text("nonsense = [1, 2\n")
    result = _run("make", str(good), "-o", "out", "-f", "md", cwd=tmp_path)
    _fatal(result, "briefgen.toml")


@pytest.mark.parametrize(
    "toml",
    [
        "[unknown]\nx = 1\n",
        "[sections.no-such-section]\nx = 1\n",
        "actors = 3\n",
        "[actors]\nFoo = 3\n",
    ],
)
def test_invalid_config_content(tmp_path: Path, good: Path, toml: str) -> None:
    config = tmp_path / "briefgen.toml"
    config.write_text(toml)
    result = _run("make", str(good), "--config", str(config), "-o", str(tmp_path / "o"), "-f", "md")
    _fatal(result, "briefgen.toml")


def test_config_file_missing(tmp_path: Path, good: Path) -> None:
    result = _run("make", str(good), "--config", str(tmp_path / "gone.toml"), "-f", "md")
    _fatal(result, "gone.toml")


def test_unknown_section(tmp_path: Path, good: Path) -> None:
    result = _run("make", str(good), "--section", "no-such", "-o", str(tmp_path / "o"), "-f", "md")
    _fatal(result, "no-such")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    "args,named",
    [
        (["-f", "docx"], "docx"),
        (["-f", "md,exe"], "exe"),
        (["--date", "yesterday"], "yesterday"),
        (["--date", "2019-02-30"], "2019-02-30"),
        (["--date", ""], "--date"),
        (["--page-size", "A0", "-f", "pdf"], "A0"),
        (["--jobs", "0"], "jobs"),
    ],
)
def test_bad_options(tmp_path: Path, good: Path, args: list[str], named: str) -> None:
    result = _run("make", str(good), "-o", str(tmp_path / "o"), *args)
    _no_traceback(result)
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert named in result.stderr, result.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_strict_stops_on_bad_input(tmp_path: Path, good: Path) -> None:
    (good / "broken.txt").write_bytes(bytes(range(256)) * 4)
    result = _run("make", str(good), "--strict", "-o", str(tmp_path / "o"), "-f", "md")
    _fatal(result, "broken.txt")
    assert not (tmp_path / "o").exists()


# --- a brief is made, the user is told: exit 1 -------------------------------------------------


def _made_with_one_warning(result: Result, out: Path, name: str) -> None:
    _no_traceback(result)
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    warnings = _lines(result.stderr, "warning")
    assert len(warnings) == 1, result.stderr
    assert name in warnings[0], warnings
    assert _lines(result.stderr, "error") == []
    briefs = list(out.glob("*.md"))
    assert len(briefs) == 1, list(out.iterdir()) if out.exists() else "no output folder"
    assert "Sources" in briefs[0].read_text("utf-8")


def test_binary_file_among_good_ones(tmp_path: Path, good: Path) -> None:
    (good / "photo.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "md")
    _made_with_one_warning(result, out, "photo.txt")


def test_empty_story_among_good_ones(tmp_path: Path, good: Path) -> None:
    (good / "blank.txt").write_bytes(b"\n  \n")
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "md")
    _made_with_one_warning(result, out, "blank.txt")


def test_missing_file_among_good_ones(tmp_path: Path, good: Path) -> None:
    out = tmp_path / "out"
    result = _run("make", str(good), str(tmp_path / "gone.txt"), "-o", str(out), "-f", "md")
    _made_with_one_warning(result, out, "gone.txt")


def test_unreadable_file_among_good_ones(tmp_path: Path, good: Path) -> None:
    locked = good / "locked.txt"
    locked.write_text("Title\n\nA perfectly good story.\n")
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("running as root: chmod 000 does not stop reading")
        out = tmp_path / "out"
        result = _run("make", str(good), "-o", str(out), "-f", "md")
    finally:
        locked.chmod(0o644)
    _made_with_one_warning(result, out, "locked.txt")


@pytest.mark.parametrize(
    "name,data",
    [
        ("truncated.txt", "Title\n\nCafé déjà vu said the minister.".encode()[:-20] + b"\xc3"),
        ("utf16.txt", "Title\n\nA story in UTF-16 with a BOM.\n".encode("utf-16")),
        ("utf16le.txt", "Title\n\nA story in UTF-16 without a BOM.\n".encode("utf-16-le")),
        ("cp1252.txt", "Title\n\n“Smart quotes” and café from Windows.\n".encode("cp1252")),
        ("latin1.txt", "Title\n\nA café in Zürich.\n".encode("latin-1")),
        ("broken.html", b"<html><body><p>Unclosed <b>tags <div><p>and text"),
        ("broken.xml", b"<?xml version='1.0'?><rss><channel><item><title>Cut"),
        ("wrong.json", b'{"stories": 42}'),
        ("list.json", b"[1, 2, null]"),
        ("trunc.json", b'[{"title": "A", "body": "B'),
    ],
)
def test_broken_input_among_good_ones(tmp_path: Path, good: Path, name: str, data: bytes) -> None:
    """Every broken file: the brief is still made from the others; any warning names the file."""
    (good / name).write_bytes(data)
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "md,json")
    _no_traceback(result)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    assert len(list(out.glob("*.md"))) == 1
    warnings = _lines(result.stderr, "warning")
    assert (result.exit_code == 1) == bool(warnings), result.stderr
    for line in warnings:
        assert name in line, line


def test_stdin_binary(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["make", "-", "-o", str(tmp_path / "o"), "-f", "md"], input=io.BytesIO(b"\x00" * 99)
    )
    _no_traceback(result)
    assert result.exit_code == 2
    assert len(_lines(result.stderr, "error")) == 1


# --- hostile HTML end to end -------------------------------------------------------------------


def test_html_story_cannot_pull_local_files_into_pdf(tmp_path: Path, good: Path) -> None:
    from pypdf import PdfReader

    (good / "evil.html").write_text(
        "<html><head><title>Evil story</title>"
        '<link rel="attachment" href="file:///etc/hostname">'
        '<style>@import url("file:///etc/passwd");</style></head><body>'
        '<p>Officials said <img src="file:///etc/passwd"> the talks were '
        '<a rel="attachment" href="file:///etc/passwd">over</a> on Monday.</p>'
        '<script>document.write("pwned")</script>'
        "<p>{{ 7*191 }} stayed literal.</p></body></html>",
        "utf-8",
    )
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "pdf,md")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    pdf = next(out.glob("*.pdf"))
    reader = PdfReader(pdf)
    assert not reader.attachments
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert "root:x:" not in text and "pwned" not in text and "1337" not in text
    markdown = next(out.glob("*.md")).read_text("utf-8")
    assert "<script" not in markdown and "1337" not in markdown


# --- real processes ----------------------------------------------------------------------------


def _subprocess(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def test_subprocess_binary_among_good(tmp_path: Path, good: Path) -> None:
    (good / "core.txt").write_bytes(os.urandom(4096).replace(b"\n", b"\x00"))
    done = _subprocess("make", str(good), "-o", "out", "-f", "md", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert [line for line in _lines(done.stderr, "warning") if "core.txt" in line]
    assert list((tmp_path / "out").glob("*.md"))


def test_subprocess_nothing_to_read(tmp_path: Path) -> None:
    done = _subprocess("make", "missing-folder", "-f", "md", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(_lines(done.stderr, "error")) == 1
    assert list(tmp_path.iterdir()) == []


def test_subprocess_analyze_bad_input(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\xff\xfe\x00\x00" * 64)
    done = _subprocess("analyze", "x.bin", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(_lines(done.stderr, "error")) == 1


def test_feed_entry_html_stays_text(tmp_path: Path, good: Path) -> None:
    """An RSS entry whose description carries HTML and Jinja: nothing fetched, nothing run."""
    from pypdf import PdfReader

    entry = (
        "&lt;p&gt;Ministers met &lt;img src=&quot;file:///etc/passwd&quot;&gt; on Monday.&lt;/p&gt;"
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;{{ 7*191 }} and {% include 'brief.css' %}"
        " stayed literal, said the minister.&lt;/p&gt;"
    )
    (good / "feed.xml").write_text(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>F</title>"
        "<item><title>Talks &lt;b&gt;resume&lt;/b&gt; {{ 7*191 }}</title>"
        "<link>javascript:alert(1)</link><pubDate>Thu, 25 Apr 2019 09:00:00 GMT</pubDate>"
        f"<description>{entry}</description></item></channel></rss>",
        "utf-8",
    )
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "pdf,md,html")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    html = next(out.glob("*.html")).read_text("utf-8")
    assert "<script" not in html and "<img" not in html and "javascript:" not in html.lower()
    markdown = next(out.glob("*.md")).read_text("utf-8")
    assert "1337" not in markdown and "javascript:" not in markdown.replace("\\", "")
    assert "7\\*191" in markdown or "7*191" in markdown  # the title is there, literally
    reader = PdfReader(next(out.glob("*.pdf")))
    assert not reader.attachments
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert "1337" not in text and "root:x:" not in text


def test_oversized_file_among_good_ones(tmp_path: Path, good: Path, monkeypatch) -> None:
    """A file over briefgen.ingest.MAX_BYTES is one warning; the limit is lowered to 1 MB here."""
    import briefgen.ingest

    monkeypatch.setattr(briefgen.ingest, "MAX_BYTES", 1024 * 1024)
    (good / "huge.txt").write_bytes(b"Title\n\n" + b"word " * 300_000)
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "md")
    _made_with_one_warning(result, out, "huge.txt")
    assert "too large" in result.stderr


# --- feeds over HTTP, end to end (briefgen run) ------------------------------------------------


def test_run_hostile_feeds_end_to_end(tmp_path: Path) -> None:
    """`briefgen run` on loopback feeds: a redirect to file:, an oversized body and a feed
    whose entry embeds a loopback image: one line per bad feed, the image never fetched."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from pypdf import PdfReader

    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            if self.path == "/to-file":
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                self.end_headers()
                return
            if self.path == "/huge.xml":
                body = b"<rss>" + b"x" * (11 * 1024 * 1024)
            elif self.path == "/feed.xml":
                port = self.server.server_address[1]
                entry = (
                    f"&lt;p&gt;Talks resumed &lt;img src=&quot;http://127.0.0.1:{port}/leak.png"
                    "&quot;&gt; in Geneva on Tuesday, officials said.&lt;/p&gt;"
                )
                body = (
                    "<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><item>"
                    "<title>Talks resume</title><guid>g1</guid>"
                    "<pubDate>Tue, 23 Apr 2019 09:00:00 GMT</pubDate>"
                    f"<description>{entry}</description></item></channel></rss>"
                ).encode()
            else:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        (tmp_path / "briefgen.toml").write_text(
            "[jobs.daily]\n"
            f'sources = ["{base}/to-file", "{base}/huge.xml", "{base}/feed.xml"]\n'
            'formats = ["md", "pdf"]\noutput = "briefs/"\ntitle = "Feeds {date}"\n',
            "utf-8",
        )
        done = _subprocess("run", "--config", "briefgen.toml", cwd=tmp_path)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    assert "/leak.png" not in requests
    skipped = [line for line in done.stderr.splitlines() if "(skipped)" in line]
    assert len(skipped) == 2, done.stderr
    assert any("/to-file" in line for line in skipped)
    assert any("/huge.xml" in line for line in skipped)
    pdfs = list((tmp_path / "briefs").glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        assert not PdfReader(pdf).attachments


def test_json_story_with_lone_surrogates(tmp_path: Path, good: Path) -> None:
    r"""JSON can spell lone surrogates (``"\ud800"``), which UTF-8 cannot encode: no crash."""
    (good / "surrogate.json").write_text(
        '{"title": "Bad \\ud800 title", "body": "Body with \\udcff a lone surrogate, '
        'said the minister on Monday."}',
        "ascii",
    )
    out = tmp_path / "out"
    result = _run("make", str(good), "-o", str(out), "-f", "md,html,json")
    _no_traceback(result)
    assert result.exit_code in (0, 1), result.stderr
    for suffix in ("md", "html", "json"):
        (brief,) = out.glob(f"*.{suffix}")
        brief.read_bytes().decode("utf-8")  # valid UTF-8
    done = _subprocess("analyze", str(good / "surrogate.json"), cwd=tmp_path)
    assert "Traceback" not in done.stderr and done.returncode in (0, 1), done.stderr


def _billion_laughs() -> str:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>F</title><item><title>T</title><description>&j;</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    "name,text",
    [
        ("laughs.xml", _billion_laughs()),
        ("deep.html", "<html><body>" + "<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000),
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("wide.html", "<p>" + "<b>x</b>" * 200_000 + "</p>"),
    ],
)
def test_resource_bombs_among_good_ones(tmp_path: Path, good: Path, name: str, text: str) -> None:
    """Entity expansion and deep nesting: quick, bounded, one line at most, brief still made."""
    import time

    (good / name).write_text(text, "utf-8")
    out = tmp_path / "out"
    started = time.monotonic()
    result = _run("make", str(good), "-o", str(out), "-f", "md")
    assert time.monotonic() - started < 60
    _no_traceback(result)
    assert result.exit_code in (0, 1), result.stderr
    assert len(list(out.glob("*.md"))) == 1
    assert "a" * 10_000 not in next(out.glob("*.md")).read_text("utf-8")
    for line in _lines(result.stderr, "warning"):
        assert name in line
