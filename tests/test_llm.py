"""The model gateway through the real openai SDK against the loopback test server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from infoprep.api import Workspace
from infoprep.errors import ModelConfigError, ModelError, ModelOutputError
from infoprep.llm import ModelGateway, OfflineGenerator, with_fallback
from infoprep.testing import Fault, OpenAITestServer, Slow

KEY = "sk-test-secret-key-123456"


class Person(BaseModel):
    name: str
    employer: str


def gateway(ws: Workspace) -> ModelGateway:
    gen = ws.generator
    assert isinstance(gen, ModelGateway)
    return gen


def test_offline_by_default() -> None:
    ws = Workspace()
    assert isinstance(ws.generator, OfflineGenerator)
    assert ws.generator.label == "offline templates"


def test_offline_flag_wins_over_key(use_llm: OpenAITestServer) -> None:
    assert Workspace(offline=True).generator.offline


def test_plain_call_and_usage(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue("Hello there")
    with Workspace() as ws:
        gen = gateway(ws)
        assert gen.label == f"model gpt-4o-mini at {use_llm.base_url_v1}"
        assert gen.complete([{"role": "user", "content": "hi"}]) == "Hello there"
        assert gen.usage.calls == 1
        assert gen.usage.prompt_tokens >= 1
        assert gen.usage.cost_usd is not None
    request = use_llm.requests[-1]
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.json()["model"] == "gpt-4o-mini"


def test_same_prompt_twice_reaches_the_model_once(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue("first reply")
    messages = [{"role": "user", "content": "cache me"}]
    with Workspace() as ws:
        assert gateway(ws).complete(messages) == "first reply"
    with Workspace() as ws:
        gen = gateway(ws)
        assert gen.complete(messages) == "first reply"
        assert gen.usage.cache_hits == 1 and gen.usage.calls == 0
    assert len(use_llm.chat_requests()) == 1


def test_cache_key_includes_model(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue("a", "b")
    messages = [{"role": "user", "content": "same words"}]
    with Workspace() as ws:
        gateway(ws).complete(messages)
    with Workspace(model="test-model") as ws:
        assert gateway(ws).complete(messages) == "b"
    assert len(use_llm.chat_requests()) == 2


def test_structured_uses_json_schema(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue({"name": "Ada", "employer": "Engines Ltd"})
    with Workspace() as ws:
        person = gateway(ws).structured(
            [{"role": "user", "content": "who?"}], Person, name="person"
        )
    assert person == Person(name="Ada", employer="Engines Ltd")
    fmt = use_llm.chat_requests()[0]["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["additionalProperties"] is False
    assert sorted(fmt["json_schema"]["schema"]["required"]) == ["employer", "name"]


def test_structured_repairs_once_showing_the_error(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue('{"name": "Ada"}', '```json\n{"name": "Ada", "employer": "AE"}\n```')
    with Workspace() as ws:
        person = gateway(ws).structured([{"role": "user", "content": "x"}], Person, name="p")
    assert person.employer == "AE"
    repair = use_llm.chat_requests()[1]["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"name": "Ada"}'}
    assert "employer" in repair[-1]["content"] and "Field required" in repair[-1]["content"]


def test_structured_gives_up_after_one_repair(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue("not json at all", "still not json")
    with Workspace() as ws, pytest.raises(ModelOutputError, match="after one repair"):
        gateway(ws).structured([{"role": "user", "content": "x"}], Person, name="p")
    assert len(use_llm.chat_requests()) == 2


def test_structured_falls_back_to_json_instructions(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(
        Fault(status=400, message="response_format json_schema is not supported"),
        '{"name": "Ada", "employer": "AE"}',
    )
    with Workspace() as ws:
        person = gateway(ws).structured([{"role": "user", "content": "x"}], Person, name="p")
    assert person.name == "Ada"
    second = use_llm.chat_requests()[1]
    assert "response_format" not in second
    assert "JSON Schema" in second["messages"][-1]["content"]


def test_rate_limit_is_retried_with_retry_after(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(Fault(status=429, headers={"Retry-After": "0"}), "after the wait")
    with Workspace() as ws:
        assert gateway(ws).complete([{"role": "user", "content": "x"}]) == "after the wait"
    assert len(use_llm.chat_requests()) == 2


def test_server_errors_after_retries_are_model_errors(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(Fault(status=500), Fault(status=500))
    with Workspace() as ws, pytest.raises(ModelError, match=r"failed \(500\) after 1 retries"):
        gateway(ws).complete([{"role": "user", "content": "x"}])


def test_timeout_is_a_model_error(
    use_llm: OpenAITestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INFOPREP_TIMEOUT", "0.3")
    monkeypatch.setenv("INFOPREP_MAX_RETRIES", "0")
    use_llm.enqueue(Slow("too late", delay=1.0))
    with Workspace() as ws, pytest.raises(ModelError, match=r"did not answer within 0\.3 s"):
        gateway(ws).complete([{"role": "user", "content": "x"}])


def test_malformed_body_is_a_model_error(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(Fault(raw=b"{this is not json"))
    with Workspace() as ws, pytest.raises(ModelError):
        gateway(ws).complete([{"role": "user", "content": "x"}])


def test_rejected_key_is_config_error_without_the_key(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(Fault(status=401, message=f"Incorrect API key provided: {KEY}"))
    with Workspace() as ws, pytest.raises(ModelConfigError) as caught:
        gateway(ws).complete([{"role": "user", "content": "x"}])
    assert "rejected the API key (401)" in str(caught.value)
    assert KEY not in str(caught.value)


def test_unknown_model_names_the_model(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue("unused")
    with Workspace(model="no-such-model") as ws, pytest.raises(ModelConfigError) as caught:
        gateway(ws).complete([{"role": "user", "content": "x"}])
    assert "model 'no-such-model' was not found" in str(caught.value)


def test_connection_refused_at_local_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("INFOPREP_MAX_RETRIES", "0")
    with Workspace() as ws, pytest.raises(ModelConfigError) as caught:
        gateway(ws).complete([{"role": "user", "content": "x"}])
    assert "http://127.0.0.1:9/v1: is the server running?" in str(caught.value)


def test_with_fallback_warns_and_uses_offline(
    use_llm: OpenAITestServer, caplog: pytest.LogCaptureFixture
) -> None:
    use_llm.enqueue(Fault(status=503), Fault(status=503))
    with Workspace() as ws:
        gen = ws.generator
        result = with_fallback(
            gen,
            lambda g: g.complete([{"role": "user", "content": "x"}]),
            lambda: "offline text",
            "draft",
        )
        assert result == "offline text"
        assert gen.fell_back
    assert "using the offline templates instead" in caplog.text


def test_with_fallback_does_not_hide_config_errors(use_llm: OpenAITestServer) -> None:
    use_llm.enqueue(Fault(status=401))
    with Workspace() as ws, pytest.raises(ModelConfigError):
        with_fallback(
            ws.generator,
            lambda g: g.complete([{"role": "user", "content": "x"}]),
            lambda: "offline",
            "draft",
        )


def test_key_never_in_cache_or_ledger(use_llm: OpenAITestServer, isolated_home: Path) -> None:
    use_llm.enqueue("cached words")
    with Workspace() as ws:
        gen = gateway(ws)
        gen.complete([{"role": "user", "content": "x"}])
        ws.store.record_usage("test", gen.label, gen.usage.as_dict())
    for path in isolated_home.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
    with Workspace() as ws:
        row = ws.store.conn.execute("SELECT * FROM usage").fetchone()
        assert row["calls"] == 1
        assert json.loads(row["detail"])["prompt_tokens"] >= 1


EXAMPLE_PROFILE = Path(__file__).resolve().parent.parent / "examples" / "profile.toml"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("localhost:11434/v1", "'localhost:11434/v1' is not an http:// or https:// URL (did you "
                               "mean http://localhost:11434/v1 ?)"),
        ("ftp://models.example/v1", "'ftp://models.example/v1' is not an http:// or https:// URL"),
        ("http://256.1.1.1/v1", "the model server URL http://256.1.1.1/v1 is not usable"),
    ],
)
def test_a_malformed_model_url_is_a_configuration_error(
    run, monkeypatch: pytest.MonkeyPatch, url: str, says: str
) -> None:
    assert run("profile", "init", "--from", str(EXAMPLE_PROFILE)).exit_code == 0
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    result = run("pitch")
    assert result.exit_code == 2, result.output
    assert says in result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.output
    assert result.stdout == ""


def test_a_base_url_that_is_no_api_says_so_not_model_not_found(
    run, site_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A web server without the API (a base URL missing its /v1) answers 404 with a page."""
    assert run("profile", "init", "--from", str(EXAMPLE_PROFILE)).exit_code == 0
    monkeypatch.setenv("OPENAI_BASE_URL", site_server.base_url)
    result = run("pitch")
    assert result.exit_code == 2, result.output
    assert (f"there is no OpenAI-compatible API at {site_server.base_url} (404 for "
            f"/chat/completions)") in result.stderr
    assert f"did you mean {site_server.base_url}/v1 ?" in result.stderr
    assert "was not found" not in result.stderr


def test_a_rejected_key_stops_the_command_with_exit_2(run, use_llm: OpenAITestServer) -> None:
    assert run("profile", "init", "--from", str(EXAMPLE_PROFILE)).exit_code == 0
    use_llm.enqueue(Fault(status=401, message=f"Incorrect API key provided: {KEY}"))
    result = run("pitch")
    assert result.exit_code == 2
    assert "rejected the API key (401)" in result.stderr and KEY not in result.output
