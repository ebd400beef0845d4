"""`infoprep questions`: output formats, the JSON contracts, --check, errors, search evidence."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from questions_support import ABOUT, BIO, store_dossier

from infoprep.testing.servers import ReplayServer, Response

PROFILE = """name = "Sam Lee"
headline = "Hospital nurse moving into health data analysis"
goals = "Learn how clinical data teams work and hire"
interests = ["patient scheduling", "machine learning"]
target_roles = ["data analyst"]
"""


@pytest.fixture
def dossier(isolated_home: Path) -> Path:
    store_dossier()
    return isolated_home


def test_no_dossier_names_the_command_that_makes_one(run) -> None:
    result = run("questions", "Ada Byron")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: no dossier for 'Ada Byron': run `infoprep research \"Ada Byron\" "
        "--company COMPANY` first"
    )


def test_text_output_numbers_questions_with_minutes_and_plans_the_call(run, dossier) -> None:
    result = run("--offline", "questions", "Priya Raman", "--minutes", "20")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Questions for Priya Raman (20-minute call)")
    assert " 1. [3.5 min] You moved from Kaiser Permanente to Fernbank Health in 2020" in out
    assert "Who else would you suggest I talk to?" in out
    assert "Plan (" in out and "opening" in out and "close" in out
    assert "generator: offline templates" in result.stderr
    assert "no profile: questions are not tailored" in result.stderr


def test_json_contract_has_exactly_kept_and_dropped(run, dossier) -> None:
    result = run("--offline", "questions", "Priya Raman", "--format", "json", "--count", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"kept", "dropped"}
    assert len(data["kept"]) == 4  # three questions and the referral ask
    for question in data["kept"]:
        assert set(question) == {"text", "category", "fact_ids", "why", "minutes"}
    assert data["kept"][-1]["category"] == "referral"
    assert sum(q["minutes"] for q in data["kept"]) <= 20 - 3
    for verdict in data["dropped"]:
        assert set(verdict) == {"text", "googleable", "evidence", "reason", "rewrite"}


def test_offline_questions_are_specific_unique_and_none_is_googleable(run, dossier) -> None:
    (dossier / "profile.toml").parent.mkdir(parents=True, exist_ok=True)
    (dossier / "profile.toml").write_text(PROFILE, encoding="utf-8")
    result = run("--offline", "questions", "Priya Raman", "--format", "json", "--minutes", "60")
    data = json.loads(result.stdout)
    texts = [q["text"] for q in data["kept"]]
    assert len(texts) == len(set(texts))
    assert any("Kaiser Permanente" in t for t in texts)
    assert any("Predicting no-show appointments" in t for t in texts)
    assert any("patient scheduling" in t for t in texts)  # the user's interest, woven in
    assert any("data analyst" in t for t in texts)
    assert data["dropped"] == []
    assert "no profile" not in result.stderr


def test_the_question_set_is_saved(run, dossier) -> None:
    run("--offline", "questions", "Priya Raman")
    conn = sqlite3.connect(dossier / "workspace.db")
    rows = conn.execute("SELECT generator, data FROM question_sets").fetchall()
    assert len(rows) == 1 and rows[0][0] == "offline templates"
    saved = json.loads(rows[0][1])
    assert saved["kind"] == "questions" and saved["kept"][-1]["category"] == "referral"


def test_check_keeps_order_and_gives_blank_lines_and_repeats_their_own_objects(
    run, dossier, tmp_path: Path
) -> None:
    lines = [
        "When was Fernbank founded?",
        "",
        "What made you move from Kaiser Permanente to Fernbank?",
        "   ",
        "  When was Fernbank founded?  ",
        "Where did you work before Fernbank?",
    ]
    path = tmp_path / "mine.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("--offline", "questions", "Priya Raman", "--check", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert len(out) == len(lines)
    for obj in out:
        assert list(obj) == ["text", "googleable", "evidence", "reason"]
    assert [o["text"] for o in out] == [line.strip() for line in lines]
    assert [o["googleable"] for o in out] == [True, False, False, False, True, True]
    assert out[1] == {"text": "", "googleable": False, "evidence": None,
                      "reason": "blank line: nothing to judge"}
    assert out[4] == out[0]
    assert out[0]["evidence"]["url"] == ABOUT and out[5]["evidence"]["url"] == BIO


def test_check_reads_stdin_and_prints_evidence_and_a_rewrite(run, dossier) -> None:
    result = run("--offline", "questions", "Priya Raman", "--check", "-",
                 input="When was Fernbank founded?\nWhat advice would you give me?\n")
    assert result.exit_code == 0, result.output
    assert " 1. DROP  When was Fernbank founded?" in result.stdout
    assert f"evidence: {ABOUT}" in result.stdout
    assert "ask instead: I read on fernbank.example that" in result.stdout
    assert " 2. keep  What advice would you give me?" in result.stdout
    assert "1 of 2 questions are answered by the research." in result.stdout


def test_check_reads_a_markdown_list_with_a_heading_and_says_a_repeat_once(run, dossier) -> None:
    """A user's file written as a markdown list: the heading is reported as one (not judged),
    a list marker is no part of the question, and a repeat points to its first line instead
    of printing the evidence again."""
    mine = ("# For Priya\n- When was Fernbank founded?\n2. What advice would you give me?\n"
            "- When was Fernbank founded?\n")
    text = run("--offline", "questions", "Priya Raman", "--check", "-", input=mine)
    assert text.exit_code == 0, text.output
    assert " 1. (heading) # For Priya" in text.stdout
    assert " 2. DROP  - When was Fernbank founded?" in text.stdout
    assert " 3. keep  2. What advice would you give me?" in text.stdout
    assert " 4. DROP  - When was Fernbank founded?\n      the same question as line 2" in (
        text.stdout)
    assert text.stdout.count(f"evidence: {ABOUT}") == 1
    assert "1 of 3 questions" not in text.stdout and "2 of 3 questions" in text.stdout
    out = json.loads(run("--offline", "questions", "Priya Raman", "--check", "-",
                         "--format", "json", input=mine).stdout)
    assert out[0] == {"text": "# For Priya", "googleable": False, "evidence": None,
                      "reason": "a heading, not a question: nothing to judge"}
    assert out[1]["googleable"] and out[1]["text"] == "- When was Fernbank founded?"
    assert out[3] == out[1]


def test_check_md_format(run, dossier) -> None:
    result = run("--offline", "questions", "Priya Raman", "--check", "-", "--format", "md",
                 input="Where are you based?\n")
    assert result.stdout.startswith("# Your questions for Priya Raman")
    assert "1. **DROP**: Where are you based?" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--minutes", "5"], "Invalid value for '--minutes'"),
        (["--minutes", "61"], "Invalid value for '--minutes'"),
        (["--count", "0"], "Invalid value for '--count'"),
        (["--format", "html"], "Invalid value for '--format'"),
        (["--check", "/nonexistent/questions.txt"], "cannot read /nonexistent/questions.txt"),
    ],
)
def test_bad_usage_exits_2(run, dossier, args: list[str], message: str) -> None:
    result = run("--offline", "questions", "Priya Raman", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_verify_with_search_needs_a_provider(run, dossier) -> None:
    result = run("--offline", "questions", "Priya Raman", "--verify-with-search")
    assert result.exit_code == 2
    assert "needs a search provider" in result.stderr


@pytest.fixture
def searxng(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        server.add(
            "/search",
            {"format": "json"},
            Response.json({
                "query": "q",
                "results": [
                    {"url": "https://news.example/fernbank-revenue",
                     "title": "Fernbank Health <b>results</b>",
                     "content": "Fernbank Health reported annual revenue of $310 million "
                                "for 2024, up from $260 million."},
                ],
            }),
        )
        monkeypatch.setenv("INFOPREP_SEARXNG_URL", server.base_url)
        yield server  # type: ignore[misc]


def test_verify_with_search_adds_results_as_evidence_and_caches_them(
    run, dossier, searxng: ReplayServer
) -> None:
    question = "What is Fernbank's annual revenue?\nWhat made you join Fernbank?\n"
    args = ("--offline", "questions", "Priya Raman", "--check", "-", "--format", "json",
            "--verify-with-search")
    first = run(*args, input=question)
    assert first.exit_code == 0, first.output
    out = json.loads(first.stdout)
    assert out[0]["googleable"] is True
    assert out[0]["evidence"] == {
        "url": "https://news.example/fernbank-revenue",
        "quote": "Fernbank Health reported annual revenue of $310 million for 2024, up from "
                 "$260 million.",
    }
    assert out[1]["googleable"] is False
    # Only the factual question was searched, with the employer named.
    assert len(searxng.requests) == 1
    assert "Fernbank" in searxng.requests[0].query["q"][0]
    second = run(*args, input=question)
    assert second.stdout == first.stdout
    assert len(searxng.requests) == 1  # served from the cache


def test_a_failing_search_is_a_warning(run, dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    with ReplayServer() as server:
        server.add("/search", {}, Response("JSON is off", status=403))
        monkeypatch.setenv("INFOPREP_SEARXNG_URL", server.base_url)
        result = run("--offline", "questions", "Priya Raman", "--check", "-",
                     "--verify-with-search", input="What is Fernbank's annual revenue?\n")
    assert result.exit_code == 0
    assert "warning: SearXNG refused the JSON format (403)" in result.stderr
