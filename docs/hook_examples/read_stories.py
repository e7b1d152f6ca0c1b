from pathlib import Path

from briefgen import Story, hookimpl
from briefgen.errors import InputError


@hookimpl
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Read ``.wire`` files: a ``WIRE/1`` line, the headline, a blank line, the text."""
    if not data.startswith(b"WIRE/1\n"):
        return None  # not ours: the next reader tries
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 at byte {exc.start}") from None
    _, title, body = [*text.split("\n", 2), "", ""][:3]
    if not title.strip():
        raise InputError("a WIRE/1 file needs a headline on its second line")
    return [Story(title=title.strip(), body=body.strip(), source="Wire", path=str(path))]
