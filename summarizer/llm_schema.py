"""The model-facing response model: the contract without offsets and ids. A language model
copies text verbatim; the pipeline finds the spans. Field descriptions teach the task and are
kept short, since they travel with every request.

With ``context={"article": text}`` validation also grounds every verbatim string in the
article and raises with the failing findings, so instructor reports them for a re-ask.
"""

from __future__ import annotations

import copy
from contextvars import ContextVar
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, model_validator

Verbatim = str

# The validation context of the call in progress. Instructor's own ``context`` argument would
# also run the messages through Jinja templating, and an article is no template: text such as
# "{{ … }}" in it must reach the model as written.
VALIDATION: ContextVar[dict[str, Any] | None] = ContextVar("summarizer_validation", default=None)


def _compact(node: Any) -> Any:
    """A JSON schema without what a model does not need: titles, null defaults, and
    ``anyOf [X, null]`` written as ``type: [X, "null"]``. Fewer tokens in every request."""
    if isinstance(node, list):
        return [_compact(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _compact(v) for k, v in node.items() if k not in ("title", "default")}
    any_of = out.get("anyOf")
    if isinstance(any_of, list) and len(any_of) == 2 and {"type": "null"} in any_of:
        other = next(x for x in any_of if x != {"type": "null"})
        if set(other) == {"type"} and isinstance(other["type"], str):
            del out["anyOf"]
            out["type"] = [other["type"], "null"]
    return out


_SCHEMAS: dict[tuple[type, str], dict[str, Any]] = {}


class _Compact(BaseModel):
    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        # built once per class: instructor asks for it on every request (on a subclass it makes
        # afresh each time, which adds nothing to the schema)
        own = next((c for c in cls.__mro__ if c in _OWN), cls)
        key = (own, repr((args, sorted(kwargs.items()))))
        if key not in _SCHEMAS:
            schema = super().model_json_schema(*args, **kwargs)
            _SCHEMAS[key] = {**_compact(schema), "title": schema.get("title", cls.__name__)}  # the root keeps its title
        return copy.deepcopy(_SCHEMAS[key])


class LFlag(_Compact):
    reason: Literal["hedge", "claim_verb", "unnamed_source", "not_independently_verified", "contested", "denied"]
    cue: Verbatim = Field(description="the verbatim words that show it")


class LAttribution(_Compact):
    speaker: Verbatim | None = Field(description="the source as written here ('he'), or null")
    speaker_name: str | None = Field(description="its entry in speakers")
    cue: Verbatim | None = Field(description="e.g. 'said', 'according to'")
    content: Verbatim = Field(description="verbatim; a quote without its marks")
    type: Literal["direct", "indirect", "mixed"] = Field(description="direct: inside quote marks")
    status: Literal["attributed", "unverified", "disputed"]
    flags: list[LFlag] = Field(default_factory=list)


class LSpeaker(_Compact):
    name: str = Field(description="fullest name, or the description of an unnamed source")
    kind: Literal["person", "organization", "group", "document", "unnamed"]
    role: str | None = None
    affiliation: str | None = Field(default=None, description="e.g. 'Ukraine'")
    anonymity: Literal["named", "role_only", "anonymous"] = "named"


class LFigure(_Compact):
    category: Literal[
        "killed", "injured", "missing", "arrested", "displaced", "intercepted", "launched", "damaged", "other"
    ]
    label: str = Field(description="e.g. 'drones intercepted'")
    number: Verbatim = Field(description="as written: '13', 'nine'")
    value: float
    value_max: float | None = None
    qualifier: Literal["exact", "at_least", "at_most", "about", "range"]
    location: Verbatim | None = None
    is_total: bool = False
    context: Verbatim = Field(description="verbatim words around the number")


class LIncident(_Compact):
    type: str = Field(description="e.g. 'drone interception'")
    category: Literal[
        "air_drone_strike", "shelling_missile", "armed_clash", "attack", "shooting", "explosion", "protest",
        "riot", "arrest", "accident", "disaster", "other",
    ]  # fmt: skip
    date_text: Verbatim | None = None
    date_value: str | None = Field(default=None, description="YYYY-MM-DD")
    time_text: Verbatim | None = None
    time_start: str | None = Field(default=None, description="HH:MM")
    time_end: str | None = None
    timezone: str | None = None
    locations: list[Verbatim] = Field(default_factory=list)
    figures: list[LFigure] = Field(default_factory=list)


class LLMSummary(_Compact):
    """A structured, source-grounded summary of one news article."""

    headline: str = Field(description="one neutral line; a claim names its source")
    summary: str = Field(description="2-5 sentences; each claim names who makes it")
    incident: LIncident | None = Field(description="null if no incident (an op-ed)")
    speakers: list[LSpeaker] = Field(default_factory=list)
    attributions: list[LAttribution] = Field(default_factory=list)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> LLMSummary:
        context = info.context if isinstance(info.context, dict) else VALIDATION.get()
        if not context or not callable(context.get("validate")):
            return self
        failing = context["validate"](self)
        if failing:
            raise ValueError("the summary does not match the article:\n" + "\n".join(f"- {p}" for p in failing))
        return self


_OWN = {LFlag, LAttribution, LSpeaker, LFigure, LIncident, LLMSummary}
