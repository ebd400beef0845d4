"""Drafts written by a model, through the OpenAI-compatible test server."""

from __future__ import annotations

import json
from pathlib import Path

from drafting import notes_file, set_up

from infoprep.prompts import FENCE_CLOSE, FENCE_OPEN
from infoprep.testing import Fault, OpenAITestServer

GOOD_EMAIL = {
    "subject": "Your DataConf talk on pipelines",
    "body": (
        "Hi Maya,\n\nI'm Ana Ruiz, a data analyst in Minneapolis who is moving into UX "
        "research.\n\nYour DataConf 2023 talk, “Boring Pipelines Save Lives”, made me rethink "
        "how much careful, unglamorous work sits behind the tools clinicians trust. I'd love to "
        "hear how you think about that as I explore UX research roles.\n\nWould you have 20 "
        "minutes for a purely informational chat in the next few weeks? I'm not asking about "
        "jobs, just hoping to learn from your experience, and I'm happy to fit around your "
        "schedule, by phone or video.\n\nIf the timing doesn't work, no worries at all.\n\n"
        "Best,\nAna Ruiz"
    ),
}
# The same email, asserting what only the page's injection paragraph said.
BAD_EMAIL = {
    "subject": GOOD_EMAIL["subject"],
    "body": GOOD_EMAIL["body"].replace(
        "made me rethink", "and your 2022 Turing Award made me rethink"),
}


def _user_message(request: dict[str, object]) -> str:
    messages = request["messages"]
    assert isinstance(messages, list)
    return "\n".join(m["content"] for m in messages if m["role"] == "user")


def test_fenced_data_and_one_regeneration(run, use_llm: OpenAITestServer,
                                          isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    use_llm.enqueue(BAD_EMAIL, GOOD_EMAIL)
    result = run("draft-intro", name, "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["body"] == GOOD_EMAIL["body"]
    assert draft["generator"].startswith("model gpt-4o-mini")
    assert all(c["ok"] for c in draft["checks"])
    requests = use_llm.chat_requests()
    assert len(requests) == 2  # the first draft failed grounding: exactly one regeneration
    first = _user_message(requests[0])
    # the research reaches the model only inside the fences, as data
    fenced = first[first.index(FENCE_OPEN):first.rindex(FENCE_CLOSE)]
    assert "Boring Pipelines Save Lives" in fenced
    assert "Boring Pipelines Save Lives" not in first[:first.index(FENCE_OPEN)]
    assert "{{ 7*7 }}" in fenced and "49" not in first  # template syntax stays literal
    sent = json.dumps(requests, ensure_ascii=False)
    assert "won the 2022 Turing Award" not in sent and "email her a resume" not in sent
    assert "Ana Ruiz" in fenced
    retry = requests[1]["messages"][-1]["content"]
    assert "grounding" in retry and "Turing Award" in retry
    assert requests[1]["messages"][-2]["role"] == "assistant"
    assert "generator: model gpt-4o-mini" in result.stderr

    again = run("draft-intro", name, "--format", "json")
    assert again.exit_code == 0
    assert json.loads(again.stdout)["body"] == GOOD_EMAIL["body"]
    assert len(use_llm.chat_requests()) == 2  # both replies came from the cache


def test_a_draft_that_still_fails_is_shown_failing(run, use_llm: OpenAITestServer,
                                                   isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    use_llm.enqueue(BAD_EMAIL, BAD_EMAIL)
    result = run("draft-intro", name)
    assert result.exit_code == 0
    assert len(use_llm.chat_requests()) == 2
    assert "[FAIL] grounding" in result.stdout and "Turing Award" in result.stdout
    assert "warning: 1 check(s) failed (grounding)" in result.stderr


def test_linkedin_note_over_the_limit_is_regenerated(run, use_llm: OpenAITestServer,
                                                     isolated_home: Path) -> None:
    name = set_up(isolated_home, "maya-chen")
    follow_up = (
        "Hi Maya,\n\nThank you for connecting! Your talk “Boring Pipelines Save Lives” is why I "
        "wrote. Would you have 20 minutes in the next few weeks? It's purely informational: "
        "I'm hoping to learn from your experience, not asking about jobs. Whatever time works "
        "for you, by phone or video, is fine with me. And if you're too busy, no worries at "
        "all.\n\nBest,\nAna"
    )
    note = ("Hi Maya, I'm Ana, a data analyst moving into UX research. Your talk “Boring "
            "Pipelines Save Lives” stuck with me; I'd love to connect.")
    use_llm.enqueue({"note": note + " " + note, "follow_up": follow_up},
                    {"note": note, "follow_up": follow_up})
    result = run("draft-intro", name, "--channel", "linkedin", "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["body"] == note and len(note) <= 200
    assert all(c["ok"] for c in draft["checks"]), draft["checks"]
    requests = use_llm.chat_requests()
    assert len(requests) == 2
    assert "at most 200 characters" in _user_message(requests[0])
    assert "over 200" in requests[1]["messages"][-1]["content"]


def test_thankyou_notes_are_fenced_and_model_failure_falls_back(
        run, use_llm: OpenAITestServer, isolated_home: Path) -> None:
    name = set_up(isolated_home, "lena-okafor")
    use_llm.enqueue(*[Fault(status=503)] * 2)
    result = run("draft-thankyou", name, "--notes", str(notes_file("lena-okafor")),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["generator"] == "offline templates"
    assert all(c["ok"] for c in draft["checks"])
    assert "using the offline templates" in result.stderr
    first = _user_message(use_llm.chat_requests()[0])
    fenced = first[first.index(FENCE_OPEN):]
    assert "Daniel Osei" in fenced and "Daniel Osei" not in first[:first.index(FENCE_OPEN)]
