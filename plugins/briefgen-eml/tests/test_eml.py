"""briefgen-eml, tested through briefgen's plugin test kit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import briefgen_eml

# The opening of a BBC story (corpus: politics/straw-backs-ending-china-embargo.txt).
BODY = (
    "UK Foreign Secretary Jack Straw has defended plans to end the European Union's arms "
    "embargo on China, despite opposition from the US and Japan.\n\n"
    "Mr Straw, visiting Beijing, noted arms embargoes applied to China, Burma and Zimbabwe but "
    "not to North Korea.\n"
)


def message(
    subject: str = "Re: [World Alerts] Straw backs ending China embargo",
    body: str = BODY,
    html: str | None = None,
    charset: str = "utf-8",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "World Alerts <alerts@news.example.org>"
    msg["To"] = "desk@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Wed, 12 Jan 2005 09:30:00 +0000"
    msg["Message-ID"] = "<abc123@news.example.org>"
    msg["List-Archive"] = "<https://news.example.org/archive>"
    if html is None:
        msg.set_content(body + "\n-- \nUnsubscribe at https://news.example.org\n", charset=charset)
    else:
        msg.set_content(html, subtype="html", charset=charset)
    return bytes(msg)


def test_eml_message_becomes_a_story():
    [story] = briefgen_eml.read_stories(path=Path("alert.eml"), data=message())
    assert story.title == "Straw backs ending China embargo"
    assert story.source == "World Alerts"
    assert story.url == "https://news.example.org/archive"
    assert story.guid == "<abc123@news.example.org>"
    assert story.published.isoformat() == "2005-01-12T09:30:00+00:00"
    assert story.body.startswith("UK Foreign Secretary Jack Straw")
    assert "Unsubscribe" not in story.body  # the signature is cut
    assert story.body.count("\n\n") == 1  # two paragraphs kept


def test_html_only_message_is_read_as_text():
    html = (
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<p>Tariffs &amp; quotas were discussed.</p><script>alert(1)</script>"
        "<p>The embargo stays.</p></body></html>"
    )
    [story] = briefgen_eml.read_stories(path=Path("a.eml"), data=message(html=html))
    assert story.body == "Tariffs & quotas were discussed.\n\nThe embargo stays."


def test_latin1_message_is_decoded():
    data = message(subject="Café talks", body="Ministers met in Genève.", charset="iso-8859-1")
    [story] = briefgen_eml.read_stories(path=Path("a.eml"), data=data)
    assert story.title == "Café talks" and story.body == "Ministers met in Genève."


def test_mbox_gives_one_story_per_message():
    second = message(subject="Second alert", body="From now on the talks resume.\n")
    data = b"From alerts@example.org Wed Jan 12 09:30:00 2005\n" + message() + b"\n"
    data += b"From alerts@example.org Thu Jan 13 09:30:00 2005\n"
    data += second.replace(b"From now on", b">From now on") + b"\n"
    stories = briefgen_eml.read_stories(path=Path("archive.mbox"), data=data)
    assert [s.title for s in stories] == ["Straw backs ending China embargo", "Second alert"]
    assert stories[1].body == "From now on the talks resume."
    assert stories[1].path == "archive.mbox#2"


def test_other_files_are_left_to_other_readers():
    text = b"Subject: not an e-mail\n\nA plain text story.\n"
    assert briefgen_eml.read_stories(path=Path("story.txt"), data=text) is None
    assert briefgen_eml.read_stories(path=Path("-"), data=b"Headline\n\nBody text.\n") is None
    assert briefgen_eml.read_stories(path=Path("-"), data=message()) is not None


def test_brief_from_eml_files_cites_the_message(briefgen_kit, tmp_path):
    (tmp_path / "alert.eml").write_bytes(message())
    stories = briefgen_kit.read_stories(tmp_path / "alert.eml", plugins=[briefgen_eml])
    result = briefgen_kit.build(stories, [briefgen_eml], sections=["sources"], analyse=False)
    [source] = result.items("sources")
    assert source["title"] == "Straw backs ending China embargo"
    assert source["source"] == "World Alerts"
    assert "Straw backs ending China embargo. World Alerts, 12 January 2005." in result.markdown


def test_cli_reads_eml_with_the_plugin_registered(briefgen_kit, tmp_path):
    (tmp_path / "alert.eml").write_bytes(message())
    result = briefgen_kit.invoke(
        ["make", "alert.eml", "--section", "sources", "--date", "2005-01-13", "-o", "-"],
        plugins=[briefgen_eml],
    )
    assert result.exit_code == 0, result.stderr
    assert "Straw backs ending China embargo" in result.stdout
