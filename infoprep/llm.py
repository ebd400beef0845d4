"""The one door to a model.

`ModelGateway` talks to an OpenAI-compatible endpoint through the official SDK: plain text
calls, structured calls validated against a pydantic schema (with one repair attempt), a
response cache on disk, and a usage ledger. `OfflineGenerator` stands in when no model is
configured or `--offline` is given: features then write from templates and the research.
The API key never leaves the SDK client: not in caches, logs, errors or outputs.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from .errors import ModelConfigError, ModelError, ModelOutputError

if TYPE_CHECKING:
    import openai

    from .config import Settings
    from .prompts import PromptLibrary

__all__ = [
    "Generator",
    "ModelGateway",
    "OfflineGenerator",
    "Usage",
    "make_generator",
    "strict_schema",
    "with_fallback",
]

log = logging.getLogger("infoprep")

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

# US dollars per million tokens (input, output), for models whose price is public.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}


@dataclass
class Usage:
    """What one command spent on the model."""

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None

    def add(self, model: str, prompt_tokens: int, completion_tokens: int) -> None:
        self.calls += 1
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens
        price = PRICES.get(model) or PRICES.get(re.sub(r"-\d{4}-\d{2}-\d{2}$", "", model))
        if price is not None:
            cost = (prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000
            self.cost_usd = (self.cost_usd or 0.0) + cost

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        cost = "cost unknown" if self.cost_usd is None else f"${self.cost_usd:.4f}"
        return (
            f"{self.calls} model call(s), {self.cache_hits} from cache, "
            f"{self.prompt_tokens} prompt + {self.completion_tokens} completion tokens, {cost}"
        )


class Generator:
    """What writes the drafts: a model, or the offline templates."""

    offline: bool = True
    label: str = "offline templates"

    def __init__(self) -> None:
        self.usage = Usage()
        self.fell_back = False


class OfflineGenerator(Generator):
    """No network: features write from templates in `prompts/` and the research."""


def _is_local(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host in {"localhost", ""} or host.endswith(".local"):
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False
    return addr.is_loopback or addr.is_private or addr.is_link_local


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A pydantic model's JSON schema in the strict subset: all required, no extra keys."""
    schema = model.model_json_schema()

    def tighten(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            node.pop("default", None)
            node.pop("title", None)
            for value in node.values():
                tighten(value)
        elif isinstance(node, list):
            for item in node:
                tighten(item)

    tighten(schema)
    return schema


def _parse_json(text: str) -> Any:
    body = text.strip()
    fenced = re.match(r"^```(?:json)?\s*(.*?)\s*```$", body, re.DOTALL)
    if fenced:
        body = fenced.group(1)
    return json.loads(body)


class ModelGateway(Generator):
    """A model behind an OpenAI-compatible endpoint."""

    offline = False

    def __init__(
        self,
        settings: Settings,
        prompts: PromptLibrary,
        cache_dir: Path | None = None,
        use_cache: bool = True,
    ) -> None:
        super().__init__()
        self.model = settings.model
        self.base_url = settings.effective_base_url
        self.label = f"model {self.model} at {self.base_url}"
        self._settings = settings
        self._prompts = prompts
        self._client: openai.OpenAI | None = None
        self._cache_dir = cache_dir if use_cache else None
        self._cache: Any = None
        self._schema_supported = True

    def _sdk(self) -> openai.OpenAI:
        if self._client is None:
            import openai

            try:
                self._client = openai.OpenAI(
                    api_key=self._settings.api_key or "not-needed",
                    base_url=self.base_url,
                    timeout=self._settings.timeout,
                    max_retries=self._settings.max_retries,
                )
            except Exception as exc:  # the HTTP client rejects the URL itself
                raise ModelConfigError(
                    f"the model server URL {self.base_url} is not usable ({exc}); "
                    "check OPENAI_BASE_URL or the base_url setting"
                ) from None
        return self._client

    def _disk(self) -> Any:
        if self._cache is None and self._cache_dir is not None:
            import diskcache

            self._cache_dir.mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(str(self._cache_dir))
        return self._cache

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def _key(self, payload: dict[str, Any]) -> str:
        blob = json.dumps(
            {"base_url": self.base_url, "model": self.model, **payload},
            sort_keys=True,
            ensure_ascii=False,
        )
        return "chat:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _call(self, messages: list[dict[str, str]], **params: Any) -> str:
        """One chat completion, served from the cache when the same request was made before."""
        payload = {"messages": messages, **params}
        key = self._key(payload)
        cache = self._disk()
        if cache is not None:
            hit = cache.get(key)
            if hit is not None:
                self.usage.cache_hits += 1
                return str(hit)
        import openai

        try:
            response = self._sdk().chat.completions.create(
                model=self.model, messages=messages, **params  # type: ignore[arg-type]
            )
        except openai.APIError as exc:
            raise self._translate(exc) from None
        except ValueError:
            raise ModelError(
                f"the model server at {self.base_url} sent a malformed reply"
            ) from None
        if not response.choices:
            raise ModelError(f"the model at {self.base_url} returned no choices")
        content = response.choices[0].message.content or ""
        usage = response.usage
        self.usage.add(
            self.model,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
        )
        if cache is not None:
            cache.set(key, content)
        return content

    def _translate(self, exc: Exception) -> Exception:
        """SDK errors as infoprep errors, without the server's text (it may echo the key)."""
        import openai

        where = self.base_url
        if isinstance(exc, openai.AuthenticationError):
            return ModelConfigError(
                f"the model server at {where} rejected the API key (401); "
                "check OPENAI_API_KEY or the api_key setting"
            )
        if isinstance(exc, openai.NotFoundError) and not _names_a_model(exc.body):
            hint = "" if where.endswith("/v1") else f"; did you mean {where}/v1 ?"
            return ModelConfigError(
                f"there is no OpenAI-compatible API at {where} (404 for /chat/completions): "
                f"check OPENAI_BASE_URL or the base_url setting{hint}"
            )
        if isinstance(exc, openai.NotFoundError):
            return ModelConfigError(
                f"model '{self.model}' was not found at {where} (404); "
                "set another with --model or INFOPREP_MODEL"
            )
        if isinstance(exc, openai.PermissionDeniedError):
            return ModelConfigError(f"the model server at {where} refused access (403)")
        if isinstance(exc, openai.APITimeoutError):
            return ModelError(
                f"the model at {where} did not answer within {self._settings.timeout:g} s "
                f"(after {self._settings.max_retries} retries)"
            )
        if isinstance(exc, openai.APIConnectionError):
            message = f"could not connect to the model server at {where}: is the server running?"
            return ModelConfigError(message) if _is_local(where) else ModelError(message)
        if isinstance(exc, openai.RateLimitError):
            return ModelError(
                f"the model at {where} is rate-limiting us (429) after "
                f"{self._settings.max_retries} retries"
            )
        if isinstance(exc, openai.APIStatusError):
            if exc.status_code >= 500:
                return ModelError(
                    f"the model server at {where} failed ({exc.status_code}) after "
                    f"{self._settings.max_retries} retries"
                )
            return ModelError(
                f"the model server at {where} refused the request ({exc.status_code})"
            )
        return ModelError(f"the model call to {where} failed: {type(exc).__name__}")

    def complete(
        self, messages: list[dict[str, str]], *, temperature: float = 0.3, max_tokens: int = 1200
    ) -> str:
        """A plain-text reply."""
        return self._call(messages, temperature=temperature, max_tokens=max_tokens)

    def structured(
        self,
        messages: list[dict[str, str]],
        schema: type[T],
        *,
        name: str,
        temperature: float = 0.2,
        max_tokens: int = 4000,
    ) -> T:
        """A reply validated against `schema`; one repair attempt shows the model its error."""
        params: dict[str, Any] = {"temperature": temperature, "max_tokens": max_tokens}
        content: str | None = None
        if self._schema_supported:
            response_format = {
                "type": "json_schema",
                "json_schema": {"name": name, "strict": True, "schema": strict_schema(schema)},
            }
            try:
                content = self._call(messages, response_format=response_format, **params)
            except ModelError as exc:
                if "(400)" not in str(exc) and "(422)" not in str(exc):
                    raise
                log.info("the endpoint refused response_format; using JSON instructions")
                self._schema_supported = False
        if content is None:
            instructions = self._prompts.render(
                "json_instructions", schema=json.dumps(schema.model_json_schema(), indent=1)
            )
            messages = [*messages, {"role": "system", "content": instructions}]
            content = self._call(messages, **params)
        try:
            return schema.model_validate(_parse_json(content))
        except (ValueError, ValidationError) as first:
            error = _short_error(first)
        repair = self._prompts.render("json_repair", error=error)
        retry_messages = [
            *messages,
            {"role": "assistant", "content": content},
            {"role": "user", "content": repair},
        ]
        content = self._call(retry_messages, **params)
        try:
            return schema.model_validate(_parse_json(content))
        except (ValueError, ValidationError) as second:
            raise ModelOutputError(
                f"the model's reply did not match the {name} schema after one repair: "
                f"{_short_error(second)}"
            ) from None


def _names_a_model(body: object) -> bool:
    """Whether a 404's body is an API's "no such model" (OpenAI, Ollama, vLLM, llama.cpp all
    say so in JSON), rather than a web server's "no such page" for a wrong base URL."""
    if not isinstance(body, dict):
        return False
    if body.get("code") == "model_not_found":
        return True
    return "model" in str(body.get("message", "")).lower()


def _short_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(p) for p in err["loc"]) or "(root)"
            parts.append(f"{where}: {err['msg']}")
        return "; ".join(parts)
    return str(exc)[:300]


def make_generator(
    settings: Settings, prompts: PromptLibrary, use_cache: bool = True
) -> Generator:
    """The model gateway when a key or base URL is configured, else the offline generator."""
    if settings.uses_model:
        return ModelGateway(settings, prompts, settings.paths.llm_cache, use_cache=use_cache)
    return OfflineGenerator()


def with_fallback(
    generator: Generator,
    with_model: Callable[[ModelGateway], R],
    offline: Callable[[], R],
    what: str,
) -> R:
    """Run `with_model`; on a transient model failure, warn and use the offline path.

    Configuration errors (rejected key, unknown model, nothing listening) are not hidden.
    """
    if not isinstance(generator, ModelGateway):
        return offline()
    try:
        return with_model(generator)
    except ModelConfigError:
        raise
    except ModelError as exc:
        log.warning("%s: %s; using the offline templates instead", what, exc)
        generator.fell_back = True
        return offline()
