"""Grounding: every string a language model copied from the article is found in it (exact,
normalized, elided, or fuzzy above a threshold) and given its span. The article's own words at
that span become the field's text; what cannot be found is dropped and reported, never
rewritten to fit. Statuses are joined with the offline model's cue rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summarizer.ingest import Article
from summarizer.llm_schema import LAttribution, LLMSummary
from summarizer.rules.flags import Claim, FlagInfo, flag_attributions, status_of
from summarizer.text.base import (
    Span,
    SpanIndex,
    lower_same_length,
    normalize,
    normalize_with_map,
    quote_type,
    quoted_share,
)
from summarizer.text.quotes import find_quotes
from summarizer.text.segments import paragraphs, split_sentences

FUZZY_THRESHOLD = 0.9
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*|\s*\[[^\]]{1,60}\]\s*")
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True, slots=True)
class Located:
    span: Span
    mode: str  # exact | normalized | elided | fuzzy


class Locator:
    """Finds copied strings in one article's text layer."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.removed = [r.span for r in article.removed]
        self._removed = SpanIndex(self.removed)  # a hit is checked against it by bisect
        self._norm: tuple[str, list[int], str | None] | None = None
        self._lowered: str | None = None

    def _normalized(self) -> tuple[str, list[int], str | None]:
        """The normalised text, its map back, and its case-folded form: built on first need,
        since most copied strings are found exactly."""
        if self._norm is None:
            norm, where = normalize_with_map(self.text)
            folded = norm.casefold()
            self._norm = (norm, where, folded if len(folded) == len(norm) else None)
        return self._norm

    def _keep(self, span: Span) -> bool:
        return not self._removed.overlaps(*span)

    def _all(self, needle: str, *, casefold: bool) -> list[tuple[Span, str]]:
        found: list[tuple[Span, str]] = []
        pos = self.text.find(needle)
        while pos >= 0 and needle:
            found.append(((pos, pos + len(needle)), "exact"))
            pos = self.text.find(needle, pos + 1)
        if found:
            return found
        if casefold:
            # the same words in another case ("Analysts" for "analysts"): no normalisation needed
            if self._lowered is None:
                self._lowered = lower_same_length(self.text)
            low = needle.lower()
            if len(low) == len(needle):
                pos = self._lowered.find(low)
                while pos >= 0:
                    found.append(((pos, pos + len(low)), "normalized"))
                    pos = self._lowered.find(low, pos + 1)
                if found:
                    return found
        norm = normalize(needle).strip()
        text_norm, where, folded = self._normalized()
        haystacks = [(text_norm, norm)]
        if casefold and folded is not None:
            haystacks.append((folded, norm.casefold()))
        for hay, n in haystacks:
            if not n:
                continue
            pos = hay.find(n)
            while pos >= 0:
                found.append(((where[pos], where[pos + len(n) - 1] + 1), "normalized"))
                pos = hay.find(n, pos + 1)
            if found:
                return found
        return found

    def find(
        self,
        needle: str | None,
        *,
        near: int | None = None,
        casefold: bool = True,
        window: int | None = None,
        whole: bool = False,
    ) -> Located | None:
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
                return Located(min(spans, key=lambda s: abs(s[0] - near)), "exact")
        # boilerplate (and text addressed to an AI) is not the article: nothing is grounded there
        kept = [c for c in self._all(needle, casefold=casefold) if self._keep(c[0])]
        if whole:
            kept = [c for c in kept if self._whole(c[0])]
        if near is not None:
            kept.sort(key=lambda c: abs(c[0][0] - near))
            if window is not None:
                kept = [c for c in kept if abs(c[0][0] - near) <= window]
        return Located(*kept[0]) if kept else None

    def find_within(self, needle: str, span: Span) -> Located | None:
        """The first whole occurrence of ``needle`` inside ``span`` (a number in its context)."""
        inside = [
            c
            for c in self._all(needle.strip(), casefold=True)
            if span[0] <= c[0][0] and c[0][1] <= span[1] and self._whole(c[0])
        ]
        return Located(*min(inside)) if inside else None

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

    def find_content(self, content: str, *, direct: bool) -> Located | None:
        """Content: exact or normalized; else elided (fragments in order); else fuzzy (not for
        a direct quote, which must be the speaker's words)."""
        hit = self.find(content, casefold=not direct)
        if hit is not None:
            return hit
        pieces = [p.strip(" ,;:\"'“”") for p in _ELLIPSIS.split(content)]
        pieces = [p for p in pieces if len(p) >= 3]
        if len(pieces) > 1:
            first = self.find(pieces[0], casefold=False)
            if first is not None:
                start = end = first.span[0]
                end = first.span[1]
                ok = True
                for piece in pieces[1:]:
                    nxt = [c for c in self._all(piece, casefold=False) if self._keep(c[0])]
                    after = [c for c in nxt if c[0][0] >= end and c[0][0] - end <= 600]
                    if not after:
                        ok = False
                        break
                    end = after[0][0][1]
                if ok:
                    return Located((start, end), "elided")
        if direct:
            return None
        return self._fuzzy(content)

    def _fuzzy(self, content: str) -> Located | None:
        want = [w.casefold() for w in _WORD.findall(normalize(content))]
        if len(want) < 5:
            return None
        words = [
            (m.start(), m.end(), m.group().casefold())
            for m in _WORD.finditer(self.text)
            if self._keep((m.start(), m.end()))
        ]
        need: dict[str, int] = {}
        for w in want:
            need[w] = need.get(w, 0) + 1
        n = len(want)
        best: tuple[float, int, int] | None = None
        for i in range(0, max(1, len(words) - n + 1)):
            window: dict[str, int] = {}
            for _, _, w in words[i : i + n]:
                window[w] = window.get(w, 0) + 1
            score = sum(min(c, window.get(w, 0)) for w, c in need.items()) / n
            if score >= FUZZY_THRESHOLD and (best is None or score > best[0]):
                best = (score, words[i][0], words[min(len(words), i + n) - 1][1])
        return Located((best[1], best[2]), "fuzzy") if best else None


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

    quotes = SpanIndex((q.start, q.end) for q in find_quotes(text, paragraphs(text)))
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
    hits = [c[0] for c in loc._all(name, casefold=True) if loc._keep(c[0])]
    if not hits and kind == "person" and len(name.split()) > 1:
        surname = name.split()[-1]
        hits = [c[0] for c in loc._all(surname, casefold=False) if loc._keep(c[0])]
    return sorted(set(hits))


def _join_flags(
    article: Article, loc: Locator, attributions: list[dict[str, Any]], kept: list[LAttribution],
    speakers: list[dict[str, Any]], notes: list[tuple[str, str, str]],
) -> None:  # fmt: skip
    """The model's flags whose words are found, joined with the offline model's cue rules;
    the status follows from the joined flags, so every unverified claim cites its words."""
    sentences = split_sentences(article.view)
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
