"""Time parsing and display, company-name matching, field checks."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoprep.contacts.companies import company_key, same_company
from infoprep.contacts.fields import clean_connected_on, clean_linkedin, linkedin_key
from infoprep.contacts.times import parse_when, show_local, to_stored
from infoprep.errors import ConfigError

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("text", "stored", "zone"),
    [
        ("2026-12-03 15:00 Europe/Paris", "2026-12-03T14:00:00+00:00", "Europe/Paris"),
        ("2026-07-03 15:00 Europe/Paris", "2026-07-03T13:00:00+00:00", "Europe/Paris"),
        ("2026-12-03T15:00 America/New_York", "2026-12-03T20:00:00+00:00", "America/New_York"),
        ("2026-12-03T15:00+01:00", "2026-12-03T14:00:00+00:00", "+01:00"),
        ("2026-12-03T15:00:00Z", "2026-12-03T15:00:00+00:00", "UTC"),
        ("2026-12-03 15:00 UTC", "2026-12-03T15:00:00+00:00", "UTC"),
        ("2026-12-03 15:00", "2026-12-03T14:00:00+00:00", "Europe/Paris"),  # the local zone
    ],
)
def test_parse_when(text: str, stored: str, zone: str) -> None:
    parsed = parse_when(text, PARIS)
    assert (to_stored(parsed.moment), parsed.zone) == (stored, zone)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "cannot be empty"),
        ("next tuesday", "cannot read the time"),
        ("2026-03-29 02:30 Europe/Paris", "does not exist in Europe/Paris"),
        ("2026-12-03 15:00 Nowhere/Special", "unknown time zone 'Nowhere/Special'"),
        ("2026-12-03T15:00+01:00 Europe/Paris", "gives both an offset and a zone"),
    ],
)
def test_parse_when_refuses(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_when(text, PARIS)


def test_show_local_follows_daylight_saving() -> None:
    assert show_local("2026-12-03T14:00:00+00:00", PARIS) == "2026-12-03 15:00 CET"
    assert show_local("2026-07-03T13:00:00+00:00", PARIS) == "2026-07-03 15:00 CEST"
    assert show_local(datetime(2026, 7, 3, 13, tzinfo=UTC), ZoneInfo("Asia/Tokyo")) == (
        "2026-07-03 22:00 JST")
    assert show_local(None, PARIS) == ""


@pytest.mark.parametrize(
    "name",
    ["Acme, Inc.", "ACME Inc", "Acme", "acme,inc.", "Acme Incorporated", "The Acme Company",
     "  ACME   Corp. ", "Acme LLC", "Acme GmbH", "Acme Ltd.", "acme s.a."],
)
def test_company_spellings_match(name: str) -> None:
    assert company_key(name) == "acme"
    assert same_company(name, "Acme, Inc.")


def test_company_names_that_differ_stay_apart() -> None:
    assert not same_company("Acme", "Acme Widgets")
    assert not same_company("Globex", "Initech")
    assert not same_company(None, None)
    assert same_company("AT&T Inc.", "AT and T")
    assert same_company("Société Générale S.A.", "SOCIETE GENERALE")


@given(
    base=st.sampled_from(["Acme", "Globex", "Initech", "Umbrella Health", "Hooli"]),
    suffix=st.sampled_from(["", " Inc", " Inc.", ", Inc.", " LLC", " Ltd", " Corp.", " GmbH"]),
    upper=st.booleans(),
    spaces=st.integers(min_value=1, max_value=3),
)
def test_company_key_ignores_suffix_case_and_spacing(
    base: str, suffix: str, upper: bool, spaces: int
) -> None:
    name = (base + suffix).replace(" ", " " * spaces)
    assert company_key(name.upper() if upper else name) == company_key(base)


def test_linkedin_urls_compare_loosely() -> None:
    assert clean_linkedin("janedoe") == "https://www.linkedin.com/in/janedoe"
    assert clean_linkedin("linkedin.com/in/janedoe/") == "https://linkedin.com/in/janedoe/"
    assert linkedin_key("https://www.linkedin.com/in/JaneDoe/?trk=x") == linkedin_key(
        "http://uk.linkedin.com/in/janedoe")
    with pytest.raises(ValueError, match="not a LinkedIn profile URL"):
        clean_linkedin("https://example.com/in/janedoe")


def test_connected_on_dates() -> None:
    assert clean_connected_on("07 Dec 2025") == "2025-12-07"
    assert clean_connected_on("2025-12-07") == "2025-12-07"
    assert clean_connected_on("") is None
    with pytest.raises(ValueError, match="not a date like 07 Dec 2025"):
        clean_connected_on("31 Feb 2025")
