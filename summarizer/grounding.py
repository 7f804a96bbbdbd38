"""Grounding: every string a language model copied from the article is found in it (exact,
normalized, elided, or fuzzy above a threshold) and given its span. The article's own words at
that span become the field's text; what cannot be found is dropped and reported, never
rewritten to fit. Statuses are joined with the offline model's cue rules.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.ingest import Article
from summarizer.llm_schema import LAttribution, LLMSummary
from summarizer.rules.claims import Claim, FlagInfo, status_of
from summarizer.rules.flags import flag_attributions
from summarizer.text.base import (
    Span,
    SpanIndex,
    quote_type,
    quoted_share,
)
from summarizer.text.matching import Match, Matcher


class Locator:
    """Finds copied strings in one article's text layer, outside its boilerplate: the shared
    matcher (text/matching.py), and a speaker or cue looked for next to its quote first."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.removed = [r.span for r in article.removed]
        self.matcher = Matcher(self.text, self.removed)

    def _keep(self, span: Span) -> bool:
        return self.matcher.keep(span)

    def find(
        self,
        needle: str | None,
        *,
        near: int | None = None,
        casefold: bool = True,
        window: int | None = None,
        whole: bool = False,
    ) -> Match | None:
        """The occurrence of ``needle`` outside boilerplate nearest to ``near`` (if given);
        ``whole``: not inside a longer word or number ("3" is not the 3 of "11:35")."""
        if not needle or not needle.strip():
            return None
        needle = needle.strip()
        if near is not None and window is not None:
            # the usual case (a speaker or cue next to its quote): look only around it first
            lo, hi = max(0, near - window), min(len(self.text), near + window + len(needle))
            spans = []
            pos = self.text.find(needle, lo, hi)
            while pos >= 0:
                spans.append((pos, pos + len(needle)))
                pos = self.text.find(needle, pos + 1, hi)
            spans = [s for s in spans if self._keep(s) and (not whole or self._whole(s))]
            if spans:
                return Match(min(spans, key=lambda s: abs(s[0] - near)), "exact")
        # boilerplate (and text addressed to an AI) is not the article: nothing is grounded there
        kept = [m for m in self.matcher.find_all(needle, casefold=casefold) if self._keep(m.span)]
        if whole:
            kept = [m for m in kept if self._whole(m.span)]
        if near is not None:
            kept.sort(key=lambda m: abs(m.span[0] - near))
            if window is not None:
                kept = [m for m in kept if abs(m.span[0] - near) <= window]
        return kept[0] if kept else None

    def find_within(self, needle: str, span: Span) -> Match | None:
        """The first whole occurrence of ``needle`` inside ``span`` (a number in its context)."""
        inside = [
            m
            for m in self.matcher.find_all(needle.strip(), casefold=True)
            if span[0] <= m.span[0] and m.span[1] <= span[1] and self._whole(m.span)
        ]
        return min(inside, key=lambda m: (m.span, m.mode)) if inside else None

    def _whole(self, span: Span) -> bool:
        s, e = span
        before = self.text[s - 1] if s > 0 else " "
        after = self.text[e] if e < len(self.text) else " "
        return not (
            before.isalnum()
            or after.isalnum()
            or (before in ".,:" and s > 1 and self.text[s - 2].isdigit())
            or (after in ".,:" and e + 1 < len(self.text) and self.text[e + 1].isdigit())
        )

    def find_content(self, content: str, *, direct: bool) -> Match | None:
        """Content: exact or normalized; else elided (fragments in order); else fuzzy (not for
        a direct quote, which must be the speaker's words)."""
        return self.matcher.locate(content, casefold=not direct, fuzzy=not direct)

    def mentions(self, needle: str, *, casefold: bool) -> list[Span]:
        return [m.span for m in self.matcher.find_all(needle, casefold=casefold) if self._keep(m.span)]


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def ground(resp: LLMSummary, article: Article) -> tuple[dict[str, Any], list[str], list[tuple[str, str, str]]]:
    """The content fields of an IncidentSummary from a model's answer.

    Returns (content, problems for a re-ask, notes (rule, severity, message) for the report).
    """
    loc = Locator(article)
    text = article.text
    problems: list[str] = []
    notes: list[tuple[str, str, str]] = []

    # speakers: keep those that occur (name, or its last word for a person)
    speakers: list[dict[str, Any]] = []
    id_of: dict[str, str] = {}
    for sp in resp.speakers:
        mentions = _mentions(loc, sp.name, sp.kind)
        if not mentions:
            problems.append(f"speaker {sp.name!r} does not occur in the article")
            notes.append(("grounding", "warning", f"dropped speaker {sp.name!r}: not in the article"))
            continue
        sid = f"s{len(speakers) + 1}"
        id_of[sp.name.casefold()] = sid
        speakers.append({"id": sid, "name": sp.name, "kind": sp.kind, "role": sp.role, "affiliation": sp.affiliation,
                         "anonymity": sp.anonymity, "mentions": [list(m) for m in mentions]})  # fmt: skip

    quotes = SpanIndex((q.start, q.end) for q in article.segments.quotes)
    attributions: list[dict[str, Any]] = []
    kept: list[LAttribution] = []
    for a in resp.attributions:
        hit = loc.find_content(a.content, direct=a.type == "direct")
        if hit is None:
            what = "direct quote" if a.type == "direct" else "content"
            problems.append(f"{what} not in the article: {_short(a.content)!r}")
            notes.append(
                (
                    "grounding",
                    "warning",
                    f"dropped an attribution whose {what} is not in the article: {_short(a.content)!r}",
                )
            )
            continue
        if hit.mode == "fuzzy":
            notes.append(
                (
                    "grounding",
                    "warning",
                    f"content only roughly matches the article, taken from it: {_short(a.content)!r}",
                )
            )
        cs, ce = hit.span
        speaker = loc.find(a.speaker, near=cs, window=400) if a.speaker else None
        cue = loc.find(a.cue, near=cs, window=300) if a.cue else None
        if a.speaker and speaker is None:
            problems.append(f"speaker {a.speaker!r} is not written near {_short(a.content, 40)!r}")
        wanted = (a.speaker_name or "").casefold()
        speaker_id: str | None = id_of.get(wanted)
        if speaker_id is None and wanted:
            speaker_id = next((str(s["id"]) for s in speakers if wanted in str(s["name"]).casefold()), None)
        near = quotes.overlapping(cs, ce)  # only the quotes that touch the content count
        kind = quote_type(quoted_share(text, (cs, ce), near, [x.span for x in (speaker, cue) if x is not None]))
        attributions.append({
            "id": f"a{len(attributions) + 1}",
            "speaker_id": speaker_id,
            "speaker": text[slice(*speaker.span)] if speaker else None,
            "speaker_span": list(speaker.span) if speaker else None,
            "cue": text[slice(*cue.span)] if cue else None,
            "cue_span": list(cue.span) if cue else None,
            "content": text[cs:ce],
            "content_span": [cs, ce],
            "type": kind,
            "status": a.status,
            "flags": [],
        })  # fmt: skip
        kept.append(a)
    by_id = {s["id"]: s for s in speakers}
    for grounded in attributions:
        # the source as written here is a mention of its speaker ("he", "the ministry")
        owner = by_id.get(grounded["speaker_id"])
        if owner is not None and grounded["speaker_span"] and grounded["speaker_span"] not in owner["mentions"]:
            owner["mentions"] = sorted([*owner["mentions"], grounded["speaker_span"]])
    _join_flags(article, loc, attributions, kept, speakers, notes)

    incident = _incident(resp, loc, attributions, problems, notes) if resp.incident is not None else None
    content = {
        "headline": resp.headline,
        "summary": resp.summary,
        "incident": incident,
        "speakers": speakers,
        "attributions": attributions,
        "unverified": [a["id"] for a in attributions if a["status"] != "attributed"],
    }
    return content, problems, notes


def _mentions(loc: Locator, name: str, kind: str) -> list[Span]:
    hits = loc.mentions(name, casefold=True)
    if not hits and kind == "person" and len(name.split()) > 1:
        surname = name.split()[-1]
        hits = loc.mentions(surname, casefold=False)
    return sorted(set(hits))


def _join_flags(
    article: Article, loc: Locator, attributions: list[dict[str, Any]], kept: list[LAttribution],
    speakers: list[dict[str, Any]], notes: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    """The model's flags whose words are found, joined with the offline model's cue rules;
    the status follows from the joined flags, so every unverified claim cites its words."""
    sentences = article.segments.sentences
    kinds = {s["id"]: (s["kind"], s["anonymity"]) for s in speakers}

    def sentence_of(pos: int) -> int:
        for s in sentences:
            if s.start <= pos < s.end:
                return s.index
        return sentences[-1].index if sentences else 0

    def span(value: list[int] | None) -> Span | None:
        return (value[0], value[1]) if value else None

    claims = [
        Claim(
            (a["content_span"][0], a["content_span"][1]),
            span(a["cue_span"]),
            None,
            span(a["speaker_span"]),
            kinds.get(a["speaker_id"], (None, None))[0],
            kinds.get(a["speaker_id"], (None, None))[1],
            sentence_of(a["content_span"][0]),
        )
        for a in attributions
    ]
    rule_flags = flag_attributions(article.view, sentences, claims, title=article.title_span)
    for a, model_a, rules in zip(attributions, kept, rule_flags, strict=True):
        joined: dict[tuple[str, Span | None], FlagInfo] = {}
        for rule_flag in rules:
            joined.setdefault((rule_flag.reason, rule_flag.span), rule_flag)
        for f in model_a.flags:
            hit = loc.find(f.cue, near=a["content_span"][0])
            if hit is None:
                notes.append(
                    (
                        "grounding",
                        "warning",
                        f"{a['id']}: dropped a {f.reason} flag whose words are not in the article: {f.cue!r}",
                    )
                )
                continue
            info = FlagInfo(f.reason, loc.text[slice(*hit.span)], hit.span)
            joined.setdefault((info.reason, info.span), info)
        flags = list(joined.values())
        # a cue is the text's own words at its span: the offline rules read the masked view
        a["flags"] = [
            {
                "reason": f.reason,
                "cue": loc.text[f.span[0] : f.span[1]] if f.span else f.cue,
                "span": list(f.span) if f.span else None,
            }
            for f in flags
        ]
        a["status"] = status_of(flags)
        if model_a.status != "attributed" and a["status"] == "attributed":
            notes.append(
                (
                    "grounding",
                    "warning",
                    f"{a['id']}: the model marked it {model_a.status} but cited no words that show it",
                )
            )


def _incident(
    resp: LLMSummary,
    loc: Locator,
    attributions: list[dict[str, Any]],
    problems: list[str],
    notes: list[tuple[str, str, str]],
) -> dict[str, Any]:
    inc = resp.incident
    assert inc is not None
    text = loc.text
    locations: list[dict[str, Any]] = []
    for name in inc.locations:
        hit = loc.find(name)
        if hit is None:
            problems.append(f"location {name!r} is not in the article")
            notes.append(("grounding", "warning", f"dropped location {name!r}: not in the article"))
            continue
        written = text[slice(*hit.span)]
        if all(loc_["name"] != written for loc_ in locations):
            locations.append({"name": written, "span": list(hit.span)})
    names = {loc_["name"].casefold(): loc_["name"] for loc_ in locations}
    figures: list[dict[str, Any]] = []
    for f in inc.figures:
        ctx = loc.find(f.context, casefold=True)
        number = None
        if ctx is not None:
            number = loc.find_within(f.number, ctx.span)
        if number is None and (len(f.number) >= 3 or not f.number.isdigit()):
            number = loc.find(f.number, casefold=True, whole=True)
        if number is None:
            problems.append(f"figure {f.number!r} ({f.label}) is not in the article as written")
            notes.append(("grounding", "warning", f"dropped figure {f.number!r} ({f.label}): not in the article"))
            continue
        span = number.span
        location = names.get((f.location or "").casefold())
        if f.location and location is None:
            hit = loc.find(f.location)
            if hit is not None:
                location = text[slice(*hit.span)]
                locations.append({"name": location, "span": list(hit.span)})
                names[location.casefold()] = location
        att = next((a["id"] for a in attributions if a["content_span"][0] <= span[0] < a["content_span"][1]), None)
        figures.append({
            "category": f.category, "label": f.label, "value": _num(f.value),
            "value_max": _num(f.value_max) if f.value_max is not None else None, "qualifier": f.qualifier,
            "location": location, "is_total": f.is_total, "span": list(span), "attribution_id": att,
            "text": text[slice(*span)],
        })  # fmt: skip
    date = None
    if inc.date_text:
        hit = loc.find(inc.date_text)
        if hit is None:
            problems.append(f"date {inc.date_text!r} is not in the article")
        else:
            value = inc.date_value if inc.date_value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", inc.date_value) else None
            date = {
                "text": text[slice(*hit.span)],
                "value": value,
                "precision": "day" if value else "unknown",
                "span": list(hit.span),
            }
    time = None
    if inc.time_text:
        hit = loc.find(inc.time_text)
        if hit is None:
            problems.append(f"time {inc.time_text!r} is not in the article")
        else:
            time = {"text": text[slice(*hit.span)], "start": _clock(inc.time_start), "end": _clock(inc.time_end),
                    "timezone": inc.timezone, "span": list(hit.span)}  # fmt: skip
    return {
        "type": inc.type, "category": inc.category, "date": date, "time": time,
        "locations": sorted(locations, key=lambda x: x["span"]), "figures": figures, "actors": [],
    }  # fmt: skip


def _clock(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"\d{2}:\d{2}", value) else None


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
