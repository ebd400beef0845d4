"""`infoprep research` end to end over the fixture sites, with --no-search."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from research_sites import MARKER, Sites, research_sites

from infoprep.api import Workspace

NAME, COMPANY = "Maren Okafor", "Tidewater Instruments"


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    with research_sites() as running:
        yield running


@pytest.fixture(autouse=True)
def fresh_records(sites: Sites) -> None:
    for server in sites.all():
        server.requests.clear()


def research(run, sites: Sites, *extra: str, fmt: str = "json"):  # type: ignore[no-untyped-def]
    return run(
        "research", NAME, "--company", COMPANY, "--url", sites.company.url("/"),
        "--url", sites.blog.url("/"), "--no-search", "--format", fmt, *extra,
    )


def test_json_dossier_follows_the_contract_with_quotes_and_reasons(
    run, sites: Sites, isolated_home: Path
) -> None:
    result = research(run, sites)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["person", "company", "sources", "facts", "skipped"]
    assert data["person"]["name"] == NAME
    assert data["person"]["title"] == "Head of Data Platform"
    assert data["company"]["website"] == sites.company.url("/")
    assert all(set(s) == {"url", "title", "kind", "fetched_at"} for s in data["sources"])
    assert all(
        set(f) == {"subject", "field", "value", "source_url", "quote"} for f in data["facts"]
    )
    assert all(set(s) == {"url", "reason"} for s in data["skipped"])

    def has(subject: str, field: str, value: str, quote_part: str) -> bool:
        return any(
            f["subject"] == subject and f["field"] == field and value in f["value"]
            and quote_part in f["quote"] for f in data["facts"]
        )

    assert has("person", "education", "Dalhousie University", "MSc in Oceanography")
    assert has("company", "founded", "2011", "2011")
    assert has("company", "funding", "$38 million", "$38 million")
    assert has("person", "publications", "Backpressure at sea", "Backpressure at sea")

    # Every quote is an exact passage of its source's stored text.
    with Workspace(isolated_home) as ws:
        stored = ws.dossier(NAME)
    texts = {s.url: s.text for s in stored.sources}
    for fact in stored.facts:
        assert fact.quote in texts[fact.source_url], fact
    assert "“a bathtub with antennas”" in texts[sites.company.url("/legacy/history-1252.html")]

    skipped = {s["url"]: s["reason"] for s in data["skipped"]}
    company = sites.company
    assert skipped[company.url("/private/board-minutes.html")].startswith("robots: disallowed")
    assert skipped[company.url("/old-team")].startswith("redirect loop:")
    assert skipped[company.url("/assets/brochure-2025.html")].startswith("oversize:")
    assert skipped[sites.foreign.url("/mooring")].startswith("out of scope:")
    assert "--file" in skipped["https://www.linkedin.com/in/maren-okafor-fictional"]

    # The disallowed page's marker reached neither the output nor the workspace.
    assert MARKER not in result.output
    assert MARKER not in stored.model_dump_json()
    assert "/private/board-minutes.html" not in company.paths_requested()
    assert sites.foreign.requests == []
    assert all(r.headers["user-agent"].startswith("infoprep/") for r in company.requests)


def test_rerun_with_warm_cache_reaches_no_server_and_refresh_does(run, sites: Sites) -> None:
    first = research(run, sites)
    assert first.exit_code == 0
    for server in sites.all():
        server.requests.clear()
    second = research(run, sites)
    assert second.exit_code == 0
    assert [len(s.requests) for s in sites.all()] == [0, 0, 0, 0]
    assert json.loads(second.stdout)["facts"] == json.loads(first.stdout)["facts"]
    third = research(run, sites, "--refresh", "--max-pages", "2")
    assert third.exit_code == 0
    assert "/robots.txt" in sites.company.paths_requested()


def test_text_summary_counts_sources_and_lists_skips(run, sites: Sites) -> None:
    result = research(run, sites, fmt="text")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Maren Okafor — Head of Data Platform, Tidewater Instruments")
    assert "Sources: " in out and "(website " in out
    assert f"  {sites.company.url('/private/board-minutes.html')}\n      robots: " in out
    assert "saved the dossier of Maren Okafor" in result.stderr


def test_markdown_cites_numbered_sources(run, sites: Sites) -> None:
    result = research(run, sites, "--max-pages", "4", fmt="md")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Maren Okafor\n")
    assert "## Sources" in out and "## Skipped" in out
    assert f"[[1]]({sites.company.url('/')})" in out or f"[[1]]({sites.blog.url('/')})" in out


def test_files_alone_make_a_dossier(run, tmp_path: Path) -> None:
    notes = tmp_path / "maren.md"
    notes.write_text(
        "# Maren Okafor\n\nMaren Okafor is Head of Data Platform at Tidewater Instruments.\n"
        "She studied at Dalhousie University.\n"
    )
    result = run("research", NAME, "--company", COMPANY, "--file", str(notes), "--no-search",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["sources"][0]["url"] == str(notes.resolve())
    assert data["sources"][0]["kind"] == "file"
    assert any(f["field"] == "title" and f["source_url"] == str(notes.resolve())
               for f in data["facts"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--url", "htp//nowhere"], "malformed URL 'htp//nowhere'"),
        (["--url", "http://"], "malformed URL 'http://'"),
        (["--file", "/no/such/dossier.pdf"], "file not found: /no/such/dossier.pdf"),
        (["--company", " "], "the employer's name (--company) cannot be empty"),
    ],
)
def test_bad_input_is_exit_2_naming_it_and_stores_nothing(
    run, args: list[str], message: str, isolated_home: Path
) -> None:
    result = run("research", NAME, "--company", COMPANY, "--no-search", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    with Workspace(isolated_home) as ws:
        assert ws.store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_nothing_found_is_exit_1_listing_what_was_tried(
    run, sites: Sites, isolated_home: Path
) -> None:
    missing = sites.news.url("/no-such-page.html")
    result = run("research", NAME, "--company", COMPANY, "--url", missing, "--no-search")
    assert result.exit_code == 1
    assert f"nothing found about {NAME} at {COMPANY}. Tried: site {missing}" in result.output
    assert "HTTP 404" in result.output
    with Workspace(isolated_home) as ws:
        assert ws.store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0


def test_page_about_someone_else_of_the_same_name_is_not_attributed(run, sites: Sites) -> None:
    other = sites.news.url("/2025/other-maren-okafor.html")
    result = run(
        "research", NAME, "--company", COMPANY, "--url", other, "--url", sites.blog.url("/"),
        "--no-search", "--max-pages", "3", "--format", "json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert other not in {s["url"] for s in data["sources"]}
    assert all(f["source_url"] != other for f in data["facts"])
    reason = {s["url"]: s["reason"] for s in data["skipped"]}[other]
    assert reason.startswith(f"another {NAME}:")


def test_interrupted_run_leaves_the_previous_dossier(
    run, sites: Sites, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert research(run, sites, "--max-pages", "3").exit_code == 0
    with Workspace(isolated_home) as ws:
        before = ws.dossier(NAME)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("infoprep.research.pipeline.assemble", interrupted)
    result = research(run, sites, "--max-pages", "5", "--refresh")
    assert result.exit_code == 130
    assert "interrupted" in result.output
    with Workspace(isolated_home) as ws:
        assert ws.dossier(NAME) == before


def test_dossier_of_an_unknown_contact_says_how_to_make_one(isolated_home: Path) -> None:
    from infoprep.errors import NotFoundError

    with Workspace(isolated_home) as ws, pytest.raises(NotFoundError, match="infoprep research"):
        ws.dossier("Nobody Here")


def test_linkedin_urls_are_never_fetched_and_the_user_is_told_what_to_do(run) -> None:
    profile = "https://www.linkedin.com/in/maren-okafor-fictional"
    result = run("research", NAME, "--company", COMPANY, "--url", profile, "--no-search")
    assert result.exit_code == 1
    assert "Save to PDF" in result.output and "--file" in result.output


def test_a_bare_host_gets_a_hint(run) -> None:
    result = run("research", NAME, "--company", COMPANY, "--url", "tidewater.example")
    assert result.exit_code == 2
    assert "did you mean https://tidewater.example/?" in result.output


def test_help_names_every_option(run) -> None:
    result = run("research", "--help")
    assert result.exit_code == 0
    for option in ("--company", "--url", "--file", "--no-search", "--max-pages", "--refresh",
                   "--format"):
        assert option in result.output
