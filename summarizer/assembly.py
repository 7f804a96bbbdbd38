"""Assembly: any model's draft made a checked summary. Ground it in the article, validate and
check it, drop what fails, and compose from the article what had to go.

The offline model's content is grounded by construction (every span is the article's own) and
goes straight to ``assemble``; an LLM's draft is grounded first (``assemble_draft``).
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer._version import __version__
from summarizer.checker import check
from summarizer.ingest import Article
from summarizer.schema import SCHEMA_VERSION, Finding, IncidentSummary
from summarizer.text.regex import compiled
from summarizer.text.report_kinds import report_kind

if TYPE_CHECKING:
    from summarizer.llm_schema import LLMSummary

Note = tuple[str, str, str]  # (rule, severity, message), reported as a finding on the attributions


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def source_of(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "published": article.published,
        "chars": len(article.original),
        "sha256": article.sha256,
        "path": article.path,
        "format": article.format,
        "text": article.text if article.format == "html" else None,
        "removed": [{"span": list(r.span), "reason": r.reason} for r in article.removed],
    }


def assemble(
    article: Article,
    content: dict[str, Any],
    *,
    model: str,
    backend: str,
    prompt: str | None = None,
    usage: dict[str, Any] | None = None,
) -> IncidentSummary:
    """Build, validate (spans included) and check a summary from a model's content fields.

    Each attribution's ``kind`` is derived here from its cue and type, whichever model drafted
    it (any kind the content carries is replaced)."""
    data = {
        "schema_version": SCHEMA_VERSION,
        **content,
        "attributions": [
            {
                **a,
                "kind": report_kind(
                    a.get("cue"),
                    a.get("type", "indirect"),
                    a.get("content"),
                    after_that=_after_that(article, a),
                    source=a.get("speaker"),
                ),
            }
            if isinstance(a, dict)
            else a
            for a in content.get("attributions") or []
        ],
        "source": source_of(article),
        "check": {"ok": True, "findings": []},
        "provenance": {
            "model": model,
            "backend": backend,
            "prompt": prompt,
            "tool_version": __version__,
            "created_at": _now(),
        },
        "usage": usage or {"requests": 0, "retries": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0},
    }
    # spans are not validated against the text here: the checker's span-valid rule reports any
    # that are wrong as findings, and a summary is never lost to one bad span
    summary = IncidentSummary.model_validate(data)
    summary.check = check(summary, article)  # the facts reuse the article's segments
    return summary


# "that" and a space right before an attribution's content: the complementizer of a clause
_THAT_BEFORE = compiled(r"(?i)\bthat[ \t]+$")


def _after_that(article: Article, attribution: dict[str, Any]) -> bool:
    """Does the text put "that" right before the attribution's content ("disputed that the board
    acted …"): a clause, whatever its words?"""
    span = attribution.get("content_span")
    if not isinstance(span, (list, tuple)) or not span or not isinstance(span[0], int):
        return False
    return _THAT_BEFORE.search(article.text, max(0, span[0] - 8), span[0]) is not None


def fill_kinds(summary: IncidentSummary) -> IncidentSummary:
    """Derive the kind of each attribution that has none (a summary of schema 1 or 2 as read)."""
    for a in summary.attributions:
        if a.kind is None:
            a.kind = report_kind(a.cue, a.type, a.content, source=a.speaker)
    return summary


@dataclass
class Assembled:
    """A draft grounded, assembled and checked."""

    content: dict[str, Any]  # the grounded content fields
    problems: list[str]  # what grounding could not keep, as lines for a re-ask
    notes: list[Note]  # what grounding dropped or changed, for the report
    summary: IncidentSummary

    def errors(self) -> list[str]:
        """The checker's errors, as lines for a re-ask."""
        return [f"{f.rule}: {f.message}" for f in self.summary.check.findings if f.severity == "error"]


def assemble_draft(
    article: Article,
    draft: LLMSummary,
    *,
    model: str,
    backend: str,
    prompt: str | None = None,
    usage: dict[str, Any] | None = None,
) -> Assembled:
    """Ground an LLM's draft in the article (what cannot be found is dropped), then assemble it."""
    from summarizer.grounding import ground  # an LLM's draft only: the offline path loads no LLM schema

    content, problems, notes = ground(draft, article)
    summary = assemble(article, content, model=model, backend=backend, prompt=prompt, usage=usage)
    return Assembled(content, problems, notes, summary)


def compose_failed_prose(
    article: Article, assembled: Assembled, reassemble: Callable[[dict[str, Any]], IncidentSummary]
) -> Assembled:
    """A headline or summary that states what the article does not (or not as its source's claim)
    is not kept: the offline model's, composed from the article, takes its place.

    The offline model's headline and summary are composed from its whole reading of the article
    (claims, speakers, figures, the incident's time), so the whole model runs here.
    """
    if not any(f.severity == "error" and f.path in ("headline", "summary") for f in assembled.summary.check.findings):
        return assembled
    offline = offline_reading(article)
    content = {**assembled.content, "headline": offline["headline"], "summary": offline["summary"]}
    notes = [
        *assembled.notes,
        ("grounding", "warning", "the model's headline or summary failed the checker; the offline model's is used"),
    ]
    return Assembled(content, assembled.problems, notes, reassemble(content))


# ---------------------------------------------------------------- what fails is removed

_OFFLINE: dict[tuple[str, str | None], dict[str, Any]] = {}
_OFFLINE_LOCK = threading.Lock()


def offline_reading(article: Article) -> dict[str, Any]:
    """The offline model's content for the article (a copy), made once for the last few articles:
    the prose and the incident both fall back on it."""
    from summarizer.rules.model import extract

    key = (article.sha256, article.published)
    with _OFFLINE_LOCK:
        cached = _OFFLINE.get(key)
    if cached is None:
        cached = extract(article)
        with _OFFLINE_LOCK:
            if len(_OFFLINE) >= 8:
                _OFFLINE.pop(next(iter(_OFFLINE)))
            _OFFLINE[key] = cached
    return copy.deepcopy(cached)


CONTENT_FIELDS = ("headline", "summary", "incident", "speakers", "attributions", "unverified")
_ITEM = compiled(
    r"^(?P<list>incident\.figures|incident\.locations|incident\.actors|speakers|attributions)\[(?P<i>\d+)\](?P<rest>.*)$"
)
_WHEN = compiled(r"^incident\.(?P<field>time|date)(?:\..*)?$")
_FLAG = compiled(r"^\.flags\[(?P<j>\d+)\]")
_SPEAKER_SHAPE = ("", ".name", ".kind", ".anonymity")  # the speaker itself is wrong: it goes
_GENERIC_INCIDENT = {"type": "incident", "category": "other"}


Key = tuple[str, int, int | str]  # what one removal takes: (kind, index, flag index or field name)


@dataclass
class _Removals:
    """What a summary's errors say to remove, by the paths they name (indices of the checked summary)."""

    keys: dict[Key, Finding] = field(default_factory=dict)  # each removal, with the first finding asking it

    def add(self, f: Finding) -> bool:
        """Take a finding's path; False when it names nothing that can be removed."""
        key = _key(f)
        if key is None:
            return False
        self.keys.setdefault(key, f)
        return True

    def of(self, kind: str) -> list[Key]:
        return sorted((k for k in self.keys if k[0] == kind), key=lambda k: (k[1], str(k[2])))


def _key(f: Finding) -> Key | None:
    if f.path in ("incident.type", "incident.category"):
        return ("incident", 0, f.path.split(".")[1])
    when = _WHEN.match(f.path)
    if when is not None:
        return ("when", 0, when["field"])
    m = _ITEM.match(f.path)
    if m is None:
        return None
    i, rest = int(m["i"]), m["rest"]
    if m["list"] == "incident.figures":
        # a place the article does not give the count: the count stays, without the place
        return ("figure_place", i, 0) if rest == ".location" else ("figure", i, 0)
    if m["list"] == "incident.locations":
        return ("location", i, 0)
    if m["list"] == "incident.actors":
        return ("actor", i, 0)
    if m["list"] == "speakers":
        if rest in (".role", ".affiliation"):
            return ("speaker_field", i, rest[1:])
        return ("speaker", i, 0) if rest in _SPEAKER_SHAPE or f.rule == "speaker-shape" else None
    if rest == "" or rest.startswith(".content"):
        return ("attribution", i, 0)
    if rest == ".speaker_id":
        return ("detach", i, 0)
    flag = _FLAG.match(rest)
    return ("flag", i, int(flag["j"])) if flag is not None else None


def prune_failed(
    article: Article,
    assembled: Assembled,
    reassemble: Callable[[dict[str, Any]], IncidentSummary],
    *,
    offline: bool = False,
) -> Assembled:
    """Remove what the checker's errors name, then assemble and check once more.

    Path-driven, whichever rule found it: a figure, a speaker, an attribution or a flag goes; a
    role or affiliation becomes null; the incident's type or category becomes the offline
    model's reading (``offline``: the draft is an LLM's), else the generic "incident"/"other".
    The headline and summary are ``compose_failed_prose``'s. Each removal is a ``pruned``
    warning naming the path and what went; ``check.ok`` stays false while an error remains.
    """
    summary = assembled.summary
    plan = _Removals()
    for f in summary.check.errors:
        plan.add(f)
    if not plan.keys:
        return assembled
    content = summary.model_dump(mode="json", include=set(CONTENT_FIELDS))
    reading = offline_reading(article) if offline and plan.of("incident") else None
    removed = _apply(content, plan, reading)
    pruned = reassemble(content)
    findings = [
        Finding(rule="pruned", severity="warning", path=f.path, message=f"{removed[key]} ({f.rule}: {f.message})")
        for key, f in plan.keys.items()
        if key in removed
    ]
    pruned.check = pruned.check.model_copy(update={"findings": [*pruned.check.findings, *findings]})
    return Assembled(content, assembled.problems, assembled.notes, pruned)


def _apply(content: dict[str, Any], plan: _Removals, reading: dict[str, Any] | None) -> dict[Key, str]:
    """Change ``content`` as ``plan`` says; what was removed, by removal."""
    out: dict[Key, str] = {}
    incident = content.get("incident")
    gone_claims: set[str] = set()
    if incident is not None:
        theirs = (reading or {}).get("incident") or {}
        for key in plan.of("incident"):
            name = str(key[2])
            old = incident[name]
            new = theirs[name] if theirs.get(name) not in (None, old) else _GENERIC_INCIDENT[name]
            incident[name] = new
            out[key] = f"incident {name} {old!r} replaced by {new!r}"
        drop = {k[1] for k in plan.of("figure") if k[1] < len(incident["figures"])}
        for key in plan.of("figure"):
            if key[1] in drop:
                f = incident["figures"][key[1]]
                out[key] = f"figure {f.get('text') or f['value']!r} ({f['label']}) removed"
        for key in plan.of("figure_place"):
            f = incident["figures"][key[1]] if key[1] < len(incident["figures"]) else None
            if f is not None and key[1] not in drop and f.get("location") is not None:
                out[key] = f"place {f['location']!r} of figure {f.get('text') or f['value']!r} removed"
                f["location"] = None
        incident["figures"] = [f for i, f in enumerate(incident["figures"]) if i not in drop]
        for kind, what in (("location", "locations"), ("actor", "actors")):
            gone = {k[1] for k in plan.of(kind) if k[1] < len(incident[what])}
            for key in plan.of(kind):
                if key[1] in gone:
                    out[key] = f"{kind} {incident[what][key[1]]['name']!r} removed"
            incident[what] = [x for i, x in enumerate(incident[what]) if i not in gone]
        for key in plan.of("when"):
            name = str(key[2])
            if incident.get(name) is not None:
                out[key] = f"{name} {incident[name].get('text')!r} removed"
                incident[name] = None
    speakers, attributions = content["speakers"], content["attributions"]
    drop_speakers = {k[1] for k in plan.of("speaker") if k[1] < len(speakers)}
    for key in plan.of("speaker"):
        if key[1] in drop_speakers:
            out[key] = f"speaker {speakers[key[1]]['id']} {speakers[key[1]]['name']!r} removed"
    for key in plan.of("speaker_field"):
        i, name = key[1], str(key[2])
        if i < len(speakers) and i not in drop_speakers and speakers[i][name] is not None:
            out[key] = f"{name} {speakers[i][name]!r} of {speakers[i]['id']} removed"
            speakers[i][name] = None
    gone_speakers = {speakers[i]["id"] for i in drop_speakers}
    content["speakers"] = [s for i, s in enumerate(speakers) if i not in drop_speakers]
    drop_claims = {k[1] for k in plan.of("attribution") if k[1] < len(attributions)}
    for key in plan.of("attribution"):
        if key[1] in drop_claims:
            a = attributions[key[1]]
            gone_claims.add(a["id"])
            out[key] = f"attribution {a['id']} removed: {a['content'][:60]!r}"
    detach = {k[1] for k in plan.of("detach")}
    for i, a in enumerate(attributions):
        if i in drop_claims:
            continue
        if i in detach or a.get("speaker_id") in gone_speakers:
            if i in detach:
                out[("detach", i, 0)] = f"speaker {a.get('speaker_id')} of {a['id']} removed"
            a["speaker_id"] = a["speaker"] = a["speaker_span"] = None
        flags = {int(k[2]) for k in plan.of("flag") if k[1] == i and int(k[2]) < len(a["flags"])}
        for j in sorted(flags):
            out[("flag", i, j)] = f"flag {a['flags'][j]['reason']} ({a['flags'][j]['cue']!r}) of {a['id']} removed"
        if flags:
            a["flags"] = [fl for j, fl in enumerate(a["flags"]) if j not in flags]
            a["status"] = _status(a["status"], a["flags"])
    content["attributions"] = [a for i, a in enumerate(attributions) if i not in drop_claims]
    if incident is not None:
        for f in incident["figures"]:
            if f.get("attribution_id") in gone_claims:
                f["attribution_id"] = None
    content["unverified"] = [a["id"] for a in content["attributions"] if a["status"] != "attributed"]
    return out


def _status(status: str, flags: list[dict[str, Any]]) -> str:
    """An attribution's status once some flags are gone: attributed with none left, disputed only
    while a flag of dispute remains."""
    if not flags:
        return "attributed"
    if status == "disputed" and not any(f["reason"] in ("contested", "denied") for f in flags):
        return "unverified"
    return status
