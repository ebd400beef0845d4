"""Times: parsed with their time zone, stored in UTC (ISO 8601 with offset), shown in local time.

Accepted input: ISO 8601 with an offset (`2026-12-03T15:00+01:00`, `...Z`), or a date and time
followed by an IANA zone name (`2026-12-03 15:00 Europe/Paris`); without either, the local zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import ConfigError

__all__ = [
    "WhenInput",
    "ago",
    "in_zone",
    "local_zone",
    "parse_stored",
    "parse_when",
    "show_local",
    "to_stored",
    "window_end",
]

_ZONE_SUFFIX = re.compile(
    r"^(?P<when>.+?)\s+(?P<zone>[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)+|UTC)$"
)


_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")
_ABBREVIATION = re.compile(r"^(?P<when>.+?)\s+(?P<zone>[A-Za-z]{2,5}|[A-Za-z]{3}[+-]\d{1,2})$")


class WhenInput:
    """A parsed moment: the aware datetime, the zone's name as the user gave it, and whether
    the user gave a time of day (a bare date is read as its midnight)."""

    __slots__ = ("has_time", "moment", "zone")

    def __init__(self, moment: datetime, zone: str, has_time: bool = True) -> None:
        self.moment = moment
        self.zone = zone
        self.has_time = has_time

    @property
    def utc(self) -> datetime:
        return self.moment.astimezone(UTC)


def local_zone(name: str | None = None) -> tzinfo | None:
    """The zone times are shown in: `name` (IANA) when given, else None for the system's."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"unknown time zone '{name}' (use an IANA name like Europe/Paris)"
        ) from None


def _zone_name(zone: tzinfo, moment: datetime) -> str:
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = moment.utcoffset() or timedelta(0)
    if offset == timedelta(0):
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _zone_from_name(name: str) -> tzinfo:
    if name.upper() in {"UTC", "Z"}:
        return UTC
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", name)
    if match:
        delta = timedelta(hours=int(match[2]), minutes=int(match[3]))
        return timezone(-delta if match[1] == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"unknown time zone '{name}' (use an IANA name like Europe/Paris)"
        ) from None


def _check_exists(naive: datetime, zone: ZoneInfo, text: str) -> None:
    """Refuse wall-clock times skipped by a daylight-saving change."""
    aware = naive.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != naive:
        raise ConfigError(
            f"'{text}' does not exist in {zone.key}: the clocks skip that hour"
        )


def parse_when(text: str, default_zone: tzinfo | None = None) -> WhenInput:
    """A user's date and time with its zone; ConfigError (exit 2) saying what is accepted."""
    raw = " ".join(text.split())
    if not raw:
        raise ConfigError("a time cannot be empty")
    zone_name: str | None = None
    body = raw
    match = _ZONE_SUFFIX.match(raw)
    if match:
        body, zone_name = match["when"].strip(), match["zone"]
    try:
        parsed = datetime.fromisoformat(body)
    except ValueError:
        short = _ABBREVIATION.match(raw)
        if short and not match:
            try:
                datetime.fromisoformat(short["when"])
            except ValueError:
                pass
            else:
                raise ConfigError(
                    f"'{short['zone']}' in '{text}' is not a time zone name: use an IANA name "
                    "like Europe/Paris or America/New_York, or an offset (+01:00)"
                ) from None
        raise ConfigError(
            f"cannot read the time '{text}': use ISO 8601 with an offset "
            "(2026-12-03T15:00+01:00) or a date, time and zone (2026-12-03 15:00 Europe/Paris)"
        ) from None
    has_time = not _DATE_ONLY.fullmatch(body)
    if parsed.tzinfo is not None:
        if zone_name:
            raise ConfigError(f"'{text}' gives both an offset and a zone: give one")
        return WhenInput(parsed, _zone_name(parsed.tzinfo, parsed))
    zone = _zone_from_name(zone_name) if zone_name else default_zone
    if zone is None:
        # The system's zone, with its daylight-saving rules for that date.
        moment = parsed.astimezone()
        assert moment.tzinfo is not None
        return WhenInput(moment, _zone_name(moment.tzinfo, moment), has_time)
    if isinstance(zone, ZoneInfo):
        _check_exists(parsed, zone, text)
    moment = parsed.replace(tzinfo=zone)
    return WhenInput(moment, _zone_name(zone, moment), has_time)


def to_stored(moment: datetime) -> str:
    """The one stored form: UTC, ISO 8601 with its +00:00 offset, to the second."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_stored(text: str) -> datetime:
    """A stored (or exported) time back as an aware datetime; naive ones are taken as UTC."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def in_zone(moment: datetime, zone_name: str) -> datetime:
    """`moment` on the wall clock of the zone it was given in."""
    return moment.astimezone(_zone_from_name(zone_name))


def show_local(stored: str | datetime | None, zone: tzinfo | None = None) -> str:
    """A stored time as `2026-12-03 15:00 CET` in the local zone ('' for none)."""
    if stored is None or stored == "":
        return ""
    moment = parse_stored(stored) if isinstance(stored, str) else stored
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or "")


def ago(then: datetime, now: datetime) -> str:
    """`3 hours ago`, `in 2 days`: a rough human distance."""
    seconds = (now - then).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    for size, unit in ((86400 * 7, "week"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size * (2 if unit == "week" else 1):
            count = int(seconds // size)
            words = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {words}" if future else f"{words} ago"
    return "now"


_WINDOW = re.compile(r"(?P<count>\d{1,4})\s*(?P<unit>h|hours?|d|days?|w|weeks?)")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def window_end(text: str, now: datetime, zone: tzinfo | None) -> datetime:
    """The end of a look-ahead window from `now`: `today` runs to midnight tonight in
    `zone` (None: the system's); `12h`, `3d`, `2w` are hours, days or weeks from now.
    ConfigError (exit 2) for anything else."""
    raw = "".join(text.split()).casefold()
    if raw == "today":
        local = now.astimezone(zone)
        midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time())
        if zone is None:
            return midnight.astimezone()
        return midnight.replace(tzinfo=zone)
    match = _WINDOW.fullmatch(raw)
    if match is None or int(match["count"]) == 0:
        raise ConfigError(
            f"--within '{text}' is not a window: use today, or a number of hours, days or "
            "weeks such as 12h, 3d, 2w"
        )
    return now + int(match["count"]) * _UNITS[match["unit"][0]]
