"""Parse the publication time stamps news pages print: ISO 8601, RFC 2822, "26 Apr 2019 07:00 KST".

Every datetime returned is timezone-aware. A stamp without a zone (or with an abbreviation not in
``briefgen/data/timezones.toml``, such as the ambiguous IST or CST) is read as UTC wall-clock time.
"""

from __future__ import annotations

import email.utils
import re
import tomllib
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_ZONE = r"(?:\s*\(?(?P<tz>[A-Z]{1,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?"
_WEEKDAY = r"(?:[A-Za-z]{3,9}\.?,?\s+)?"
_PATTERNS = [
    re.compile(
        r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:T|\s+|,\s*)?" + _TIME + _ZONE,
    ),
    re.compile(
        _WEEKDAY
        + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"
        + _TIME
        + _ZONE
    ),
    re.compile(
        _WEEKDAY
        + r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
        + _TIME
        + _ZONE
    ),
]


_EPOCH = re.compile(r"\d{10}|\d{13}")
_EPOCH_RANGE = (631_152_000, 4_102_444_800)  # 1990-01-01 to 2100-01-01


@lru_cache(maxsize=1)
def zone_offsets() -> dict[str, int]:
    """Time-zone abbreviation -> UTC offset in minutes, from the data file."""
    text = resources.files("briefgen").joinpath("data/timezones.toml").read_text("utf-8")
    return {key.upper(): int(value) for key, value in tomllib.loads(text)["offsets"].items()}


def _zone(text: str | None) -> timezone:
    if not text:
        return UTC
    text = text.replace(" ", "")
    match = re.fullmatch(r"([A-Z]*)([+-])(\d{1,2}):?(\d{2})?", text)
    if match:
        base = zone_offsets().get(match.group(1), 0) if match.group(1) else 0
        sign = 1 if match.group(2) == "+" else -1
        minutes = sign * (int(match.group(3)) * 60 + int(match.group(4) or 0))
        return timezone(timedelta(minutes=base + minutes))
    offset = zone_offsets().get(text.upper())
    return UTC if offset is None else timezone(timedelta(minutes=offset))


def _from_match(match: re.Match[str]) -> datetime | None:
    parts = match.groupdict()
    month = int(parts["m"]) if parts.get("m") else _MONTHS.get((parts.get("mon") or "").lower())
    if month is None:
        return None
    hour = int(parts["H"] or 0)
    minute = int(parts["M"] or 0)
    second = int(parts["S"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(
            int(parts["y"]), month, int(parts["d"]), hour, minute, second, tzinfo=_zone(parts["tz"])
        )
    except ValueError:
        return None


def parse_timestamp(text: str) -> datetime | None:
    """A timezone-aware datetime from a time stamp, or None when ``text`` is not one."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 80:
        return None
    if _EPOCH.fullmatch(text):  # seconds or milliseconds since 1970 (JSON feeds, data-* tags)
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return (
            datetime.fromtimestamp(seconds, UTC)
            if _EPOCH_RANGE[0] < seconds < _EPOCH_RANGE[1]
            else None
        )
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    else:
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _from_match(match)
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
