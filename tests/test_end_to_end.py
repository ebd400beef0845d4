"""The main job end to end through the CLI, with a model: research → questions → intro →
thank-you, against the OpenAI-compatible test server (real HTTP, the real SDK)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from infoprep.testing import OpenAITestServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NAME = "Jordan Rivera"
FOUNDED = ("Brightline Energy was founded in 2017 in Manchester by Priya Natarajan, "
           "a former National Grid engineer.")
QUESTION = re.compile(r"Question (\d+):\n<<<QUOTED MATERIAL[^\n]*\n(.*?)\n>>>END QUOTED MATERIAL",
                      re.DOTALL)


def model(body: dict[str, Any]) -> str:
    """A scripted model: answers each structured call by the schema it was given."""
    schema = body.get("response_format", {}).get("json_schema", {}).get("name", "")
    prompt = "\n".join(str(m["content"]) for m in body["messages"])
    if schema == "interview_questions":
        return json.dumps({"questions": [
            {"text": "What made you move from Octave Analytics to Brightline Energy?",
             "category": "career-path", "fact_ids": [], "why": "Their move is public."},
            {"text": "When was Brightline Energy founded?",
             "category": "industry", "fact_ids": [], "why": "Context."},
            {"text": "What does a typical week look like in your role?",
             "category": "day-to-day", "fact_ids": [], "why": "The real work."},
        ]})
    if schema == "googleable_verdicts":
        verdicts = []
        for number, text in QUESTION.findall(prompt):
            founded = "founded" in text
            verdicts.append({
                "id": int(number), "googleable": founded,
                "url": str(EXAMPLES / "jordan-rivera" / "about.html") if founded else "",
                "quote": FOUNDED if founded else "", "reason": "stated" if founded else "own view",
            })
        return json.dumps({"verdicts": verdicts})
    if schema == "intro_email":
        return json.dumps({
            "subject": "Your talk on explainable dispatch",
            "body": (
                "Hi Jordan,\n\nI'm Maya Okafor, a data analyst in Leeds looking at product work "
                "in energy. Your talk \"Explainable dispatch\" at the Energy Storage Summit "
                "stayed with me, especially the point that operators value a forecast they "
                "can explain.\n\nWould you be open to a 20-minute conversation in the next few "
                "weeks? I'm asking purely to learn from your experience, not about jobs, and "
                "I'm happy to fit your schedule, by phone or video.\n\nIf now isn't a good "
                "time, no worries at all.\n\nMany thanks,\nMaya Okafor"
            ),
        })
    if schema.startswith("thank"):
        return json.dumps({
            "subject": "Thank you, Jordan",
            "body": (
                "Hi Jordan,\n\nThank you for taking the time to talk with me. Your advice to "
                "learn SQL properly and build one small forecasting project end to end gave me "
                "a clear next step, and I'll start this week. I'm also looking forward to "
                "watching the \"Explainable dispatch\" talk recording and reading \"Inspired\" "
                "by Marty Cagan.\n\nThank you as well for suggesting I talk to Aisha Bello; "
                "I'll email her next week and let you know how it goes.\n\nIf you hear of "
                "anything I should know about, new information or opportunities, I'd love to "
                "hear about it. I hope we stay in touch.\n\nWith thanks,\nMaya Okafor"
            ),
        })
    raise AssertionError(f"unexpected call: {schema!r}")


@pytest.fixture
def workspace(run, use_llm: OpenAITestServer) -> OpenAITestServer:
    use_llm.responder = model
    assert run("profile", "init", "--from", str(EXAMPLES / "profile.toml")).exit_code == 0
    researched = run("research", NAME, "--company", "Brightline Energy", "--no-search",
                     "--file", str(EXAMPLES / "jordan-rivera"))
    assert researched.exit_code == 0, researched.output
    return use_llm


def test_main_job_with_a_model(run, workspace: OpenAITestServer) -> None:
    label = f"generator: model gpt-4o-mini at {workspace.base_url_v1}"
    asked = run("questions", NAME, "--format", "json")
    assert asked.exit_code == 0, asked.output
    assert label in asked.stderr
    result = json.loads(asked.stdout)
    kept = [q["text"] for q in result["kept"]]
    assert "What made you move from Octave Analytics to Brightline Energy?" in kept
    assert kept[-1] == "Who else would you suggest I talk to?"
    dropped = {d["text"]: d for d in result["dropped"]}
    assert dropped["When was Brightline Energy founded?"]["evidence"]["quote"] == FOUNDED
    # One call for candidates, one batched judge call.
    schemas = [r["response_format"]["json_schema"]["name"] for r in workspace.chat_requests()]
    assert schemas == ["interview_questions", "googleable_verdicts"]
    # Fetched text reached the model only fenced as quoted material.
    judge = "\n".join(m["content"] for m in workspace.chat_requests()[1]["messages"])
    assert FOUNDED in judge
    assert judge.index("<<<QUOTED MATERIAL") < judge.index(FOUNDED)

    intro = run("draft-intro", NAME, "--format", "json")
    assert intro.exit_code == 0, intro.output
    draft = json.loads(intro.stdout)
    assert draft["generator"] == label.removeprefix("generator: ")
    assert draft["subject"] == "Your talk on explainable dispatch"
    assert all(c["ok"] for c in draft["checks"]), draft["checks"]

    thanks = run("draft-thankyou", NAME, "--notes", str(EXAMPLES / "call-notes.md"),
                 "--format", "json")
    assert thanks.exit_code == 0, thanks.output
    note = json.loads(thanks.stdout)
    assert "Aisha Bello" in note["body"]
    assert all(c["ok"] for c in note["checks"]), note["checks"]

    calls = len(workspace.chat_requests())
    # A rerun is served from the cache: no model reply is paid twice.
    again = run("-v", "questions", NAME, "--format", "json")
    assert again.exit_code == 0
    assert json.loads(again.stdout) == result
    assert len(workspace.chat_requests()) == calls
    assert "usage: 0 model call(s), 2 from cache" in again.stderr
    for output in (asked, intro, thanks, again):
        assert "sk-test-secret-key-123456" not in output.output


def test_a_model_that_fails_falls_back_with_a_warning(run, workspace: OpenAITestServer) -> None:
    from infoprep.testing import Fault

    workspace.responder = None
    workspace.enqueue(*[Fault(status=503)] * 4)
    result = run("draft-intro", NAME)
    assert result.exit_code == 0, result.output
    assert "warning: draft-intro:" in result.stderr
    assert "using the offline templates instead" in result.stderr
    assert "generator: offline templates (the model failed; see warnings)" in result.stderr
    assert "Hi Jordan," in result.stdout


def test_a_rejected_key_is_exit_2_without_a_traceback(run, workspace: OpenAITestServer) -> None:
    from infoprep.testing import Fault

    workspace.responder = None
    workspace.enqueue(Fault(status=401, message="Incorrect API key provided: sk-test-secret"))
    result = run("draft-intro", NAME)
    assert result.exit_code == 2
    assert "rejected the API key (401)" in result.stderr
    assert "Traceback" not in result.output
    assert "sk-test-secret" not in result.output
