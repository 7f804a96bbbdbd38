"""The LLM path of ``summarize()``: prompt -> model (instructor) -> grounding and checker inside
validation -> re-ask with only the failing findings -> keep what is grounded.

The model proposes; grounding and the checker verify; what fails is re-asked; what still fails
is dropped with a finding, never kept silently.
"""

from __future__ import annotations

import atexit
import json
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import summarizer.prompting as prompting
from summarizer.assembly import Assembled, assemble, assemble_draft, compose_failed_prose, prune_failed
from summarizer.backends import Backend, InvalidOutput, Usage, resolve
from summarizer.cache import Cache, cache_key
from summarizer.config import Settings
from summarizer.errors import BackendError, ExtractionError
from summarizer.ingest import Article
from summarizer.llm_schema import LLMSummary
from summarizer.schema import SCHEMA_VERSION, Finding, IncidentSummary

_BACKENDS: dict[tuple[str, str | None, str | None, float, int, str | None], Backend] = {}
_BACKENDS_LOCK = threading.Lock()


@atexit.register
def _close_backends() -> None:
    for backend in _BACKENDS.values():
        backend.close()
    _BACKENDS.clear()


def backend_for(model: str, settings: Settings) -> Backend:
    """One client per endpoint and settings, reused: its connection pool serves every article."""
    target = resolve(model, settings)
    key = (model, target.base_url, target.mode, settings.timeout_s, settings.max_http_retries,
           settings.api_key.reveal() if settings.api_key else None)  # fmt: skip
    with _BACKENDS_LOCK:  # threads asking at once share one client, none is left unclosed
        if key not in _BACKENDS:
            _BACKENDS[key] = Backend(model, settings)
        return _BACKENDS[key]


@lru_cache(maxsize=8)
def _prices(path: str | None) -> dict[str, dict[str, float]]:
    source = Path(path) if path else Path(__file__).parent / "data" / "prices.json"
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def cost_usd(model: str, usage: Usage, prices_path: str | None = None, *, batch: bool = False) -> float | None:
    """Dollars for the tokens used, from the editable price table; None for a model not in it.
    ``batch``: answered through a provider's Batch API, at its ``batch_input`` and
    ``batch_output`` prices (a table without them: the synchronous prices, an upper bound)."""
    name = model.split(":", 1)[-1]
    price = _prices(prices_path).get(name)
    if price is None:
        return None if usage.input_tokens or usage.output_tokens else 0.0
    into, out = price["input"], price["output"]
    if batch:
        into, out = price.get("batch_input", into), price.get("batch_output", out)
    return round((usage.input_tokens * into + usage.output_tokens * out) / 1_000_000, 6)


def usage_dict(model: str, usage: Usage, settings: Settings, *, batch: bool = False) -> dict[str, Any]:
    """An answer's usage as a summary records it, its cost at the price its requests were sent at."""
    return {
        "requests": usage.requests,
        "retries": usage.retries,
        "input_tokens": usage.input_tokens,
        "output_tokens": usage.output_tokens,
        "cost_usd": cost_usd(model, usage, str(settings.prices) if settings.prices else None, batch=batch),
    }


Checked = dict[int, Assembled]


def validator(
    article: Article, model: str, prompt_id: str, checked: Checked | None = None
) -> Callable[[LLMSummary], list[str]]:
    """What the response model's validator runs (through instructor's validation context):
    grounding problems and checker errors, as short lines for a re-ask. What passes is kept in
    ``checked``, so the answer is not grounded and checked a second time."""

    def validate(resp: LLMSummary) -> list[str]:
        assembled = assemble_draft(article, resp, model=model, backend="openai", prompt=prompt_id)
        problems, errors = assembled.problems, assembled.errors()
        if not problems and not errors and checked is not None:
            checked[id(resp)] = assembled
        return problems + errors

    return validate


def summarize_llm(article: Article, model: str, settings: Settings) -> IncidentSummary:
    prompts = prompting.load("summarize", settings.prompts_dir)
    target = resolve(model, settings)  # the server actually asked: another one's answer is not a hit
    key = cache_key(
        article=article.sha256, published=article.published, prompt=prompts.id, schema=SCHEMA_VERSION, model=model,
        base_url=target.base_url, mode=target.mode, temperature=settings.temperature, reasks=settings.max_reasks,
    )  # fmt: skip
    cache = Cache(settings.cache_dir) if settings.cache else None
    if cache is not None:
        cached = _cached(cache, key, article)
        if cached is not None:
            return cached

    usage = Usage()
    checked: Checked = {}
    answer, passed, attempts = _ask(
        backend_for(model, settings), prompts, article, settings, usage, validator(article, model, prompts.id, checked)
    )

    summary = conclude(
        article, answer, passed=passed, attempts=attempts, model=model, prompt=prompts.id,
        usage=usage_dict(model, usage, settings), checked=checked.get(id(answer)) if passed else None,
    )  # fmt: skip
    if cache is not None:
        cache.put(key, summary.model_dump_json())
    return summary


def conclude(
    article: Article,
    answer: LLMSummary,
    *,
    passed: bool,
    attempts: int,
    model: str,
    prompt: str,
    usage: dict[str, Any],
    checked: Assembled | None = None,
) -> IncidentSummary:
    """The summary from the last answer: the draft already ``checked`` when it passed, else the
    answer grounded again, keeping only what is grounded; prose that fails the checker composed
    from the article, any other element an error names removed (``prune_failed``); grounding's
    notes, and a ``reask`` finding for an answer that never passed."""

    def assembled(content: dict[str, Any]) -> IncidentSummary:
        return assemble(article, content, model=model, backend="openai", prompt=prompt, usage=usage)

    if passed and checked is not None:
        draft = checked
        draft.summary.usage = draft.summary.usage.model_validate(usage)
    else:
        draft = assemble_draft(article, answer, model=model, backend="openai", prompt=prompt, usage=usage)
    draft = compose_failed_prose(article, draft, assembled)
    draft = prune_failed(article, draft, assembled, offline=True)  # what still fails is removed
    summary = draft.summary
    extra = [Finding(rule=rule, severity=sev, path="attributions", message=msg) for rule, sev, msg in draft.notes]  # type: ignore[arg-type]
    if not passed:
        extra.append(
            Finding(
                rule="reask",
                severity="warning",
                path="",
                message=f"the answer still failed validation after {attempts} attempt(s): kept only what is grounded",
            )
        )
    summary.check = summary.check.model_copy(update={"findings": summary.check.findings + extra})
    return summary


def _cached(cache: Cache, key: str, article: Article) -> IncidentSummary | None:
    """A summary of this article from the cache, as a hit reads: no requests, no tokens."""
    hit = cache.get(key)
    cached = _from_cache(hit) if hit is not None else None
    if cached is not None:
        cached.usage = cached.usage.model_copy(
            update={"requests": 0, "retries": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}
        )
        cached.provenance = cached.provenance.model_copy(update={"cached": True})
        cached.source = cached.source.model_copy(update={"path": article.path})
    return cached


def _ask(
    backend: Backend,
    prompts: prompting.PromptSet,
    article: Article,
    settings: Settings,
    usage: Usage,
    validate: Callable[[LLMSummary], list[str]],
) -> tuple[LLMSummary, bool, int]:
    """Ask, and re-ask with the failing findings: (the answer, whether it passed validation, the
    attempts). An answer that never passed is the last one read leniently, for grounding to keep
    what it can; none at all is an ExtractionError."""
    findings: list[str] | None = None
    raw: str | None = None
    attempts = 0
    for _ in range(1 + settings.max_reasks):
        attempts += 1
        messages = prompts.messages(article.text, published=article.published, findings=findings)
        try:
            answer: LLMSummary = backend.structured(
                messages, LLMSummary, context={"article": article.text, "validate": validate}, usage=usage
            )  # type: ignore[assignment]
            return answer, True, attempts
        except InvalidOutput as exc:
            findings, raw = exc.problems, exc.raw or raw
            if usage.input_tokens + usage.output_tokens >= settings.token_budget:
                break  # the per-article token budget stops re-asking
    lenient = lenient_summary(raw)
    if lenient is None:
        endpoint = backend.target.endpoint
        problems = "; ".join((findings or ["no answer"])[:2])
        raise ExtractionError(
            backend.scrub(f"the model at {endpoint} gave no usable answer in {attempts} attempt(s): {problems}"),
            attempts=attempts,
            endpoint=endpoint,
        )
    return lenient, False, attempts


def _from_cache(hit: str) -> IncidentSummary | None:
    """A cached summary; None (a miss) for an entry that no longer reads as one."""
    try:
        return IncidentSummary.model_validate_json(hit)
    except ValueError:
        return None


def lenient_summary(raw: str | None) -> LLMSummary | None:
    """The last answer read without grounding: grounding then keeps what it can find."""
    if not raw:
        return None
    try:
        return LLMSummary.model_validate_json(raw)
    except ValueError:
        try:
            return LLMSummary.model_validate(json.loads(raw))
        except (ValueError, TypeError):
            return None


def fallback_notice(exc: BackendError | ExtractionError) -> Finding:
    return Finding(
        rule="llm-fallback",
        severity="warning",
        path="provenance",
        message=f"the LLM failed ({exc}); this is the offline rules result",
    )
