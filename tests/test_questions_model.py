"""The model path of `questions`: one batched judge call, checked quotes, repair, fallback,
cache."""

from __future__ import annotations

import json
from pathlib import Path

from questions_support import ABOUT, BIO, store_dossier

from infoprep.testing import OpenAITestServer

FOUNDED = (
    "Fernbank Health was founded in 2011 by Dr. Lena Ortiz and Samuel Reyes in Tucson, Arizona."
)
QUESTIONS = [
    "When was Fernbank founded?",
    "Where did you work before Fernbank?",
    "What surprised you most about predicting no-shows?",
]


def _file(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "mine.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _verdicts(*items: tuple[int, bool, str, str]) -> dict[str, object]:
    return {
        "verdicts": [
            {"id": i, "googleable": g, "url": url, "quote": quote, "reason": f"reason {i}"}
            for i, g, url, quote in items
        ]
    }


def test_one_judge_call_for_the_batch_and_a_fabricated_quote_is_overruled(
    run, use_llm: OpenAITestServer, tmp_path: Path
) -> None:
    store_dossier()
    use_llm.enqueue(
        _verdicts(
            (1, True, ABOUT, FOUNDED),
            # The bio says Kaiser Permanente; this quote is made up.
            (2, True, BIO, "Priya worked at Google for ten years before Fernbank."),
            (3, False, "", ""),
        )
    )
    result = run("questions", "Priya Raman", "--check", _file(tmp_path, QUESTIONS),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(use_llm.chat_requests()) == 1
    out = json.loads(result.stdout)
    assert [o["text"] for o in out] == QUESTIONS
    assert out[0] == {
        "text": QUESTIONS[0], "googleable": True,
        "evidence": {"url": ABOUT, "quote": FOUNDED}, "reason": "reason 1",
    }
    assert out[1]["googleable"] is False and out[1]["evidence"] is None
    assert "not in" in out[1]["reason"]
    assert out[2]["googleable"] is False
    prompt = json.dumps(use_llm.chat_requests()[0]["messages"])
    for question in QUESTIONS:
        assert json.dumps(question)[1:-1] in prompt
    assert "QUOTED MATERIAL" in prompt  # passages reach the model fenced as data


def test_a_quote_with_reflowed_white_space_is_accepted_as_the_source_has_it(
    run, use_llm: OpenAITestServer, tmp_path: Path
) -> None:
    store_dossier()
    reflowed = FOUNDED.replace(" in Tucson", "\n   in  Tucson")
    use_llm.enqueue(_verdicts((1, True, ABOUT, reflowed)))
    result = run("questions", "Priya Raman", "--check", _file(tmp_path, QUESTIONS[:1]),
                 "--format", "json")
    assert json.loads(result.stdout)[0]["evidence"]["quote"] == FOUNDED


def test_malformed_json_is_repaired_once(run, use_llm: OpenAITestServer, tmp_path: Path) -> None:
    store_dossier()
    use_llm.enqueue("{not json at all", _verdicts((1, True, ABOUT, FOUNDED)))
    result = run("questions", "Priya Raman", "--check", _file(tmp_path, QUESTIONS[:1]),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(use_llm.chat_requests()) == 2
    assert json.loads(result.stdout)[0]["reason"] == "reason 1"
    assert "warning" not in result.stderr


def test_malformed_twice_falls_back_to_offline_with_a_warning(
    run, use_llm: OpenAITestServer, tmp_path: Path
) -> None:
    store_dossier()
    use_llm.enqueue("nope", {"verdicts": "still not a list"})
    result = run("questions", "Priya Raman", "--check", _file(tmp_path, QUESTIONS),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert "warning: judging the questions" in result.stderr
    assert "offline templates" in result.stderr
    out = json.loads(result.stdout)
    # The offline filter's verdicts: the founding date and the earlier employer are stated.
    assert [o["googleable"] for o in out] == [True, True, False]
    assert out[1]["evidence"]["url"] == BIO


def test_a_rerun_is_served_from_the_cache(run, use_llm: OpenAITestServer, tmp_path: Path) -> None:
    store_dossier()
    use_llm.enqueue(_verdicts((1, True, ABOUT, FOUNDED), (2, False, "", ""), (3, False, "", "")))
    path = _file(tmp_path, QUESTIONS)
    first = run("questions", "Priya Raman", "--check", path, "--format", "json")
    second = run("questions", "Priya Raman", "--check", path, "--format", "json")
    assert first.exit_code == second.exit_code == 0
    assert len(use_llm.chat_requests()) == 1
    assert second.stdout == first.stdout


def test_questions_with_a_model_use_one_call_for_candidates_and_one_to_judge(
    run, use_llm: OpenAITestServer
) -> None:
    store_dossier()
    candidates = [
        {"text": "You moved from Kaiser Permanente to Fernbank — what drew you?",
         "category": "career-path", "fact_ids": ["F1", "F99"], "why": "You are changing fields."},
        {"text": "When was Fernbank founded?", "category": "industry", "fact_ids": [],
         "why": "Filler."},
        *[
            {"text": f"What did project number {n} teach you about clinic data?",
             "category": "skills", "fact_ids": [], "why": "Skills you want."}
            for n in range(1, 11)
        ],
    ]
    use_llm.enqueue({"questions": candidates})
    use_llm.enqueue(
        _verdicts(*[(i, i == 2, ABOUT if i == 2 else "", FOUNDED if i == 2 else "")
                    for i in range(1, 13)])
    )
    result = run("questions", "Priya Raman", "--format", "json", "--minutes", "60")
    assert result.exit_code == 0, result.output
    requests = use_llm.chat_requests()
    assert len(requests) == 2
    assert requests[0]["response_format"]["json_schema"]["name"] == "interview_questions"
    assert requests[1]["response_format"]["json_schema"]["name"] == "googleable_verdicts"
    out = json.loads(result.stdout)
    assert out["kept"][0]["text"].startswith("You moved from Kaiser Permanente")
    assert out["kept"][0]["fact_ids"] == ["F1"]  # an id the dossier doesn't have is dropped
    assert [d["text"] for d in out["dropped"]] == ["When was Fernbank founded?"]
    assert out["kept"][-1]["category"] == "referral"
