"""The brief and the tracker agree: the call's length, what is still to do, how old the
research is."""

from __future__ import annotations

from pathlib import Path

from examples_support import NAME, example_workspace


def test_the_plan_fits_the_scheduled_call(run, isolated_home: Path) -> None:
    ws = example_workspace(isolated_home)
    ws.contacts.set_status(NAME, "scheduled", at="2031-05-06 10:00 Europe/London", minutes=45)
    ws.close()
    page = run("brief", NAME)
    assert page.exit_code == 0, page.output
    assert "· 45-minute call · 2031-05-06 09:00 UTC, 45 minutes ·" in page.stdout
    assert "of 45 minutes)" in page.stdout and "confirm you have 45 minutes" in page.stdout
    # Before the call nothing says it is over; the status line says what to run after it.
    assert "is over" not in page.stdout
    assert "- [ ] Update the status (now: scheduled) once the call has happened: " \
        "`infoprep contacts status 'Jordan Rivera' interviewed`" in page.stdout
    # --minutes still wins.
    short = run("brief", NAME, "--minutes", "15")
    assert "of 15 minutes)" in short.stdout


def test_a_referral_still_to_contact_is_on_the_checklist(run, isolated_home: Path) -> None:
    ws = example_workspace(isolated_home)
    ws.contacts.add("Ines Duarte", company="Tidewater")
    ws.contacts.refer("Ines Duarte", NAME)
    ws.close()
    page = run("brief", NAME).stdout
    assert "- [ ] Reach out: suggested by Ines Duarte now: " \
        "`infoprep contacts status 'Jordan Rivera' requested`" in page
    assert "\\`" not in page


def test_old_research_is_dated_with_the_way_to_refresh_it(run, isolated_home: Path) -> None:
    ws = example_workspace(isolated_home)
    with ws.store.transaction() as conn:
        conn.execute("UPDATE dossiers SET data = json_set(data, '$.updated_at', ?)",
                     ("2024-03-01T10:00:00+00:00",))
    fresh = ws.brief(NAME)
    assert fresh.research_note and fresh.researched_at == "2024-03-01"
    ws.close()
    page = run("brief", NAME).stdout
    assert "_The research dates from 2024-03-01, " in page
    assert "people change roles, so refresh it before the call:_ " \
        "`infoprep research 'Jordan Rivera' --company 'Brightline Energy' --refresh`" in page
    html = run("brief", NAME, "--format", "html").stdout
    assert "The research dates from 2024-03-01" in html


def test_recent_research_needs_no_note(run, isolated_home: Path) -> None:
    example_workspace(isolated_home).close()
    page = run("brief", NAME).stdout
    assert "The research dates from" not in page
