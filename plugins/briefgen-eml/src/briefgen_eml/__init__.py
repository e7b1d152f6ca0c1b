"""briefgen-eml: read e-mail messages (newsletters, news alerts) as briefgen stories.

``.eml`` files hold one message; ``.mbox`` files many. Standard library only: the ``email``
package parses, ``html.parser`` turns HTML-only messages into text.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

from briefgen import Story, hookimpl
from briefgen.errors import InputError

__version__ = "0.1.0"

SUFFIXES = (".eml", ".mbox")
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.MULTILINE)
_REQUIRED = (b"from:", b"subject:")
_MBOX_SPLIT = re.compile(rb"^From [^\r\n]*\r?\n", re.MULTILINE)
_SUBJECT_TAGS = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg)\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


class _TextExtractor(HTMLParser):
    """HTML to plain text: paragraphs kept, scripts, styles and head dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML part, one paragraph per block."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def _clean_body(text: str) -> str:
    """Paragraphs with single spaces; the signature ("-- ") and quoted replies removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    signature = re.search(r"^-- ?$", text, re.MULTILINE)
    if signature:
        text = text[: signature.start()]
    lines = [line for line in text.split("\n") if not line.lstrip().startswith(">")]
    paragraphs = re.split(r"\n\s*\n", "\n".join(lines))
    cleaned = [re.sub(r"\s+", " ", p).strip() for p in paragraphs]
    return "\n\n".join(p for p in cleaned if p)


def looks_like_message(data: bytes) -> bool:
    """True when ``data`` starts with an RFC 5322 header block holding From and Subject."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    if not _HEADER_LINE.match(head):
        return False
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0].lower()
    return all(re.search(rb"(?m)^" + name, block) for name in _REQUIRED)


def _body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace")
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = html_to_text(content)
    return _clean_body(content)


def _published(message: EmailMessage) -> datetime | None:
    value = message.get("Date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None


def message_to_story(data: bytes, path: Path) -> Story:
    """One message as a story: Subject is the title, From the source, Date the publication."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    title = _SUBJECT_TAGS.sub("", str(message.get("Subject", "") or "")).strip()
    body = _body_of(message)
    if not title and not body:
        raise InputError("e-mail message with neither subject nor text")
    display, address = email.utils.parseaddr(str(message.get("From", "") or ""))
    source = display or (address.split("@")[-1] if "@" in address else None) or None
    url = str(message.get("List-Archive", "") or "").strip("<> ") or None
    if url and not url.startswith(("http://", "https://")):
        url = None
    message_id = str(message.get("Message-ID", "") or "").strip() or None
    return Story(
        title=title or body.split("\n", 1)[0][:120],
        body=body or title,
        source=source,
        byline=str(message.get("Sender", "") or "").strip() or None,
        url=url,
        published=_published(message),
        path=str(path),
        guid=message_id,
    )


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file ("From " separator lines; ">From " unescaped)."""
    chunks = [c for c in _MBOX_SPLIT.split(data) if c.strip()]
    return [re.sub(rb"(?m)^>(>*From )", rb"\1", chunk) for chunk in chunks]


@hookimpl
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Read ``.eml`` and ``.mbox`` files, and messages sniffed on standard input."""
    suffix = path.suffix.lower()
    stdin = str(path) == "-"
    if suffix == ".mbox" or (stdin and data.startswith(b"From ")):
        messages = split_mbox(data)
        if not stdin or (messages and looks_like_message(messages[0])):
            stories = []
            for number, message in enumerate(messages, start=1):
                try:
                    stories.append(message_to_story(message, Path(f"{path}#{number}")))
                except InputError:
                    continue  # an empty message in a folder of good ones
            return stories
    if suffix == ".eml" or (stdin and looks_like_message(data)):
        return [message_to_story(data, path)]
    return None


@hookimpl(optionalhook=True)
def story_suffixes() -> list[str]:
    """Suffixes for folder and glob expansion (used once briefgen has this hook)."""
    return list(SUFFIXES)
