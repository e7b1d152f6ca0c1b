"""Mojibake (UTF-8 read as cp1252/Latin-1 once or twice upstream) is repaired at ingest for
every input kind; clean text is never changed; a repaired name resolves like its clean twin."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest.decode import clean_text, fix_mojibake, has_mojibake

CLEAN_NAME = "François Hollande"


def _garble(text: str, times: int = 1) -> str:
    """``text`` as a reader that decodes UTF-8 as cp1252 ``times`` times would show it."""
    for _ in range(times):
        text = text.encode("utf-8").decode("cp1252", errors="ignore")
    return text


# the forms reviewers met: once ("FranÃ§ois"), twice ("FranÃƒÂ§ois"), and once then
# decomposed (NFD: "FranA\u0303\u00a7ois", as the PolNeAR review corpora spell it)
GARBLED = {
    "once": _garble(CLEAN_NAME),
    "twice": _garble(CLEAN_NAME, 2),
    "nfd": unicodedata.normalize("NFD", _garble(CLEAN_NAME)),
}
TITLE = "Paris attack: {name} vows a response"
SAYS = (
    'President {name} said on Friday: "France will strengthen its operations in Syria '
    'and Iraq." Officials called it a real{dash}world test of the alliance.'
)


def _story(name: str, dash: str) -> tuple[str, str]:
    return TITLE.format(name=name), SAYS.format(name=name, dash=dash)


def _write(tmp_path: Path, kind: str, title: str, body: str) -> Path:
    """A real input file of ``kind`` holding one story (bytes written as UTF-8)."""
    if kind == "txt":
        path, text = tmp_path / "story.txt", f"{title}\n\n{body}\n"
    elif kind == "html":
        path = tmp_path / "story.html"
        text = (
            '<!doctype html><html><head><meta charset="utf-8"><title>'
            f"{title}</title></head><body><article><h1>{title}</h1><p>{body}</p>"
            "<p>The statement came hours after the attack, which killed dozens of people on "
            "the seafront, and was followed by a meeting of the defence council.</p>"
            "</article></body></html>"
        )
    elif kind == "rss":
        path = tmp_path / "feed.xml"
        text = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Wire</title><link>https://example.org/</link><description>d</description>"
            f"<item><title>{title}</title><link>https://example.org/a</link>"
            f"<description>{body}</description>"
            "<pubDate>Fri, 15 Jul 2016 08:00:00 GMT</pubDate></item></channel></rss>"
        )
    else:
        path = tmp_path / "stories.jsonl"
        text = json.dumps({"title": title, "body": body}) + "\n"  # ASCII with \\u escapes
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def _analyze(path: Path) -> dict:
    result = CliRunner().invoke(main, ["analyze", "-q", "-j", "1", str(path)])
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.output)["stories"]
    return story


def _comparable(story: dict) -> dict:
    return {key: story[key] for key in ("title", "body", "quotes", "actors")}


@pytest.mark.parametrize("kind", ["txt", "html", "rss", "jsonl"])
@pytest.mark.parametrize("form", sorted(GARBLED))
def test_every_input_kind_repairs_mojibake_like_the_clean_twin(tmp_path, kind, form):
    # the hyphen's third byte (0x90) has no cp1252 character: a reader drops it ("realâ€world")
    garbled = _write(tmp_path / "g", kind, *_story(GARBLED[form], "\u00e2\u20ac"))
    clean = _write(tmp_path / "c", kind, *_story(CLEAN_NAME, "\u2010"))
    repaired, twin = _analyze(garbled), _analyze(clean)
    assert CLEAN_NAME in repaired["title"] and CLEAN_NAME in repaired["body"]
    assert "real\u2010world" in repaired["body"]
    assert not has_mojibake(repaired["body"] + repaired["title"])
    assert _comparable(repaired) == _comparable(twin)
    (quote,) = repaired["quotes"]
    assert quote["speaker"]["name"] == CLEAN_NAME and quote["speaker"]["country"] == "FR"
    assert repaired["body"][quote["start"] : quote["end"]] == quote["text"]
    person = next(actor for actor in repaired["actors"] if actor["name"] == CLEAN_NAME)
    start, end = person["mentions"][0]
    assert CLEAN_NAME in repaired["body"][start:end]


CLEAN_SAMPLES = [
    "“It’s over,” she said — and left. Müller, São Paulo, Łódź, Dvořák.",
    "The café… was closed; a café—a bar; naïve résumé; Straße; ¿Qué? ¡Sí!",
    "서울 東京 Москва العربية; the ﬁnal ＦＵＬＬＷＩＤＴＨ text; 1½ hours for £5 and €3™.",
    "Éric Zemmour’s “Reconquête”, Bogotá‚ Colombia, Mañana™, né•, Ç’est.",
]


@pytest.mark.parametrize("text", CLEAN_SAMPLES)
def test_clean_text_is_never_changed(text):
    assert fix_mojibake(text) is text
    assert clean_text(text) == text


def test_clean_story_reads_back_unchanged_through_the_cli(tmp_path):
    body = " ".join(CLEAN_SAMPLES)
    path = tmp_path / "clean.txt"
    path.write_text(f"A headline with “quotes” — and ﬁ\n\n{body}\n", encoding="utf-8")
    story = _analyze(path)
    assert story["title"] == "A headline with “quotes” — and ﬁ"
    assert story["body"] == body


def test_lost_byte_is_restored_by_position():
    assert clean_text("the longâ€term plan") == "the long\u2010term plan"
    assert clean_text("He said: â€œNoâ€.") == "He said: “No”."
    assert clean_text("he said â€œhelloâ€ and left") == "he said “hello” and left"


def test_twice_garbled_name_and_currency():
    assert clean_text("RaÃƒÂºl Castro paid Â£5") == "Raúl Castro paid £5"
    assert clean_text("RaÃÂºl Castro") == "Raúl Castro"


@pytest.mark.parametrize("form", ["once", "twice"])
def test_mojibake_spelt_as_html_entities_is_repaired(tmp_path, form):
    """An ASCII page whose mojibake is in character references ("Fran&#195;&#167;ois") only
    shows it once the entities are decoded: title, body and byline are repaired then."""
    title, body = _story(GARBLED[form], "-")
    page = _write(tmp_path / "g", "html", title, body)
    markup = page.read_text(encoding="utf-8")
    page.write_bytes(markup.encode("ascii", "xmlcharrefreplace"))
    assert b"&#195;" in page.read_bytes()
    repaired = _analyze(page)
    twin = _analyze(_write(tmp_path / "c", "html", *_story(CLEAN_NAME, "-")))
    assert CLEAN_NAME in repaired["title"] and CLEAN_NAME in repaired["body"]
    assert _comparable(repaired) == _comparable(twin)


@pytest.mark.parametrize(
    ("flattened", "repaired"),
    [
        ("Fethullah GÃ1⁄4len said", "Fethullah Gülen said"),  # NFKC of "GÃ¼len"
        ("Fethullah GA\u03031\u20444len said", "Fethullah Gülen said"),  # NFKD
        ("Julio GÃ3mez and RaÃol Castro", "Julio Gómez and Raúl Castro"),
        ("with JesÃos", "with Jesús"),
    ],
)
def test_mojibake_flattened_by_compatibility_normalisation(flattened, repaired):
    """Mojibake that later went through NFKC/NFKD (a corpus of US news ships "GÃ1⁄4len") is
    repaired like plain mojibake."""
    assert clean_text(flattened) == repaired


@pytest.mark.parametrize("text", ["SÃO PAULO", "Ã1 at the start", "pay Â1⁄2 more", "1½ cups"])
def test_no_compatibility_repair_outside_a_word(text):
    assert clean_text(text) == text
