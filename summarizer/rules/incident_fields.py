"""The incident of the offline ``rules`` model: its type, date, time, places, figures and actors,
as plain data, from the figures, places and attributions the model has read.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any

from summarizer.rules.figures import FigureDraft
from summarizer.rules.incident import actors
from summarizer.rules.victim_phrases import ORDINAL_VICTIM_RE
from summarizer.text.added_counts import HURT_ENDS
from summarizer.text.base import PlaceMention, Span, SpanIndex
from summarizer.text.numbers import int_or_float
from summarizer.text.places import dateline_place, named_as_village
from summarizer.text.scenes import (
    addresses_in_full,
    harm_scene_streets,
    is_home,
    scene_streets,
    tells_an_earlier_case,
    tells_scene,
)
from summarizer.text.segments import Sentence
from summarizer.text.streets import STREET_TYPE, find_addresses
from summarizer.text.timeplace import DateMention, find_time
from summarizer.text.towns import (
    direction_towns,
    fire_towns,
    may_be_town,
    police_towns,
    site_towns,
    town_after_street,
    towns_before_places,
)


class _ClaimIndex:
    """Which attribution's content holds a position: the first in the order given, as a scan
    finds, looked up from the contents sorted by start."""

    def __init__(self, attributions: list[dict[str, Any]]) -> None:
        self.items = sorted(
            ((a["content_span"][0], a["content_span"][1], i, a["id"]) for i, a in enumerate(attributions)),
        )
        self.starts = [x[0] for x in self.items]
        self.reach = list(itertools.accumulate((x[1] for x in self.items), max))

    def first_holding(self, pos: int) -> str | None:
        best: tuple[int, str] | None = None
        # from the first content that reaches past pos to the last that starts at or before it
        for j in range(bisect.bisect_right(self.reach, pos), bisect.bisect_right(self.starts, pos)):
            s, e, i, ident = self.items[j]
            if s <= pos < e and (best is None or i < best[0]):
                best = (i, ident)
        return best[1] if best else None


def incident(
    view: str,
    text: str,
    body: list[Sentence],
    figures: list[FigureDraft],
    places: list[Any],
    kind: Any,
    attributions: list[dict[str, Any]],
    incident_date: DateMention | None,
) -> dict[str, Any]:
    counted = [f for f in figures if f.category != "other"] or figures
    incident_sentences = {kind.sentence} if kind else set()
    # (not the sentence of one more victim told by an ordinal, "a fourth victim was found a block
    # away": where they were found or went, not the scene)
    incident_sentences |= {f.sentence for f in counted if not (f.text and ORDINAL_VICTIM_RE.fullmatch(f.text))}
    # the people shot, some of whom died, are the incident's too ("they found two men shot")
    incident_sentences |= {f.sentence for f in figures if f.category == "other" and f.label.endswith(HURT_ENDS)}
    lead_idx = {s.index for s in body[:2]}
    time = _incident_time(view, text, body, incident_sentences, lead_idx)
    date = _incident_date(text, incident_date)
    names = _place_names(view, body, places, counted, incident_sentences | lead_idx, lead_idx, incident_sentences)
    # every surface is the text's own at its span, never the view's (blanked Markdown, a BOM)
    as_written = {n: text[s[0] : s[1]] for n, s in names.items()}
    locations = [{"name": as_written[n], "span": list(s)} for n, s in sorted(names.items(), key=lambda kv: kv[1])]
    out_figures = _figure_dicts(text, figures, attributions, as_written)
    return {
        "type": kind.type if kind else (counted[0].category if counted else "incident"),
        "category": kind.category if kind else "other",
        "date": date,
        "time": time,
        "locations": locations,
        "figures": out_figures,
        "actors": [
            {"name": text[a.span[0] : a.span[1]], "role": a.role, "span": list(a.span)}
            for a in actors(view, body, kind)
        ],
    }


def _incident_time(
    view: str, text: str, body: list[Sentence], incident_sentences: set[int], lead_idx: set[int]
) -> dict[str, Any] | None:
    """The first time window in an incident sentence or the lead."""
    time = None
    for sent in body:
        if sent.index in incident_sentences or sent.index in lead_idx:
            tw = find_time(view, sent.start, sent.end)
            if tw is not None:
                time = {
                    "text": text[tw.span[0] : tw.span[1]],
                    "start": tw.start,
                    "end": tw.end,
                    "timezone": tw.timezone,
                    "span": list(tw.span),
                }
                break
    return time


def _incident_date(text: str, best: DateMention | None) -> dict[str, Any] | None:
    """The date the ranker puts first, the page's own date only when the text gives no other."""
    # date: the date the ranker puts first (its features weigh where a date stands and what it
    # dates: an event in the incident's sentences, a report's own day), so a later paragraph's
    # "it happened on Friday" wins over the lead's "police said Sunday"; the page's own date
    # ("(Published …)" under a video) only when the text gives no other
    date = None
    if best is not None:
        date = {
            "text": text[best.span[0] : best.span[1]],
            "value": best.value,
            "precision": best.precision if best.value else "unknown",
            "span": list(best.span),
        }
    return date


def _place_names(
    view: str,
    body: list[Sentence],
    places: list[Any],
    counted: list[FigureDraft],
    where: set[int],
    lead_idx: set[int],
    harm_idx: set[int],
) -> dict[str, Span]:
    """The incident's places by name, at the span of each: the figures', its sentences' (where), the dateline's town."""
    # places: those the figures name, then those in its and the lead's sentences, and the streets there
    # (the figures never see them), or else the first sentence's that tells where ("It happened on …")
    # (a home named after its owner there, "Dana Kell, 24, of 418 Larkmoor Avenue, was arrested", is
    # no scene: the sentence that tells where is looked for, the home kept only when none names one)
    # (not a street of a sentence set at another time: "the worst since 2019, when … on Orrin Road")
    streets = [
        a
        for sent in body
        if sent.index in where and not tells_an_earlier_case(view, sent)
        for a in find_addresses(view, sent.start, sent.end)
    ]
    if all(is_home(view, a) for a in streets):
        scene, scene_where = scene_streets(view, body, where)
        if scene or not streets:
            streets, where = scene, scene_where
    if streets:
        # (a place inside a street is the street's word: "Pell" of "at Pell and Orrin Avenues")
        within = SpanIndex(a.span for a in streets)
        places = [
            p for p in places if not any(s <= p.span[0] and p.span[1] <= e for s, e in within.overlapping(*p.span))
        ]
        taken = SpanIndex(p.span for p in places)
        places = sorted(places + [a for a in streets if not taken.overlaps(*a.span)], key=lambda p: p.span)
    names: dict[str, Span] = {}
    for f in counted:
        if f.location and f.location not in names and f.location_span:
            names[f.location] = f.location_span
        for p in f.shared if f.each else []:
            names.setdefault(p.name, p.span)
    # places come in text order: a span they add holds a later place only if it reaches past
    # it; the figures' spans are looked up by bisect (a scan of every span was quadratic)
    in_order = all(a.span <= b.span for a, b in itertools.pairwise(places))
    named = sorted(names.values())
    named_starts = [a for a, _ in named]
    named_reach = list(itertools.accumulate((b for _, b in named), max))
    added_reach = -1
    body_starts = [s.start for s in body]
    for p in places:
        if in_order:
            k = bisect.bisect_right(named_starts, p.span[0])
            inside = (k > 0 and named_reach[k - 1] >= p.span[1]) or added_reach >= p.span[1]
        else:
            inside = any(s <= p.span[0] and p.span[1] <= e for s, e in names.values())
        if inside:
            continue  # inside "Merrow and Lisk"
        k = bisect.bisect_right(body_starts, p.span[0]) - 1
        sent_index = body[k].index if k >= 0 and p.span[0] < body[k].end else None
        if sent_index is not None and sent_index in where:
            if p.name not in names:
                added_reach = max(added_reach, p.span[1])
            names.setdefault(p.name, p.span)
    # and a street taken named again later with its number or block: the address in full
    for full in addresses_in_full(view, [a for a in streets if a.name in names], body):
        names.setdefault(full.name, full.span)
    # and the street a sentence names as where the harm took place ("the shooting occurred in …")
    # (not one named already, there or at another mention: "the 900 block of Pell Road" … "Pell Road")
    for told in harm_scene_streets(view, body):
        if not any(s < told.span[1] and told.span[0] < e for s, e in names.values()) and not any(
            told.name in n or (n in told.name and STREET_TYPE.search(n)) for n in names
        ):
            names[told.name] = told.span
    dateline = _dateline(view, body, names, harm_idx)
    if dateline is not None:
        names[dateline.name] = dateline.span
    # and the town named by the site of the harm ("a plant in the Tarrow industrial park"), in the
    # incident's sentences or the first that tells where it happened, not in one set at another time
    told_where = next((s for s in body if tells_scene(view, s) and not tells_an_earlier_case(view, s)), None)
    for sent in body:
        if (sent.index in where or sent is told_where) and not tells_an_earlier_case(view, sent):
            for town in site_towns(view, sent.start, sent.end):
                if all(town.name.casefold() not in n.casefold() for n in names):
                    names[town.name] = town.span
    # and the town whose police tell it in the lead ("Durham police said"), when no place names it
    towns = (police_towns, towns_before_places)
    for town in (
        t for sent in body if sent.index in lead_idx for find in towns for t in find(view, sent.start, sent.end)
    ):
        if all(town.name.casefold() not in n.casefold() for n in names):
            names[town.name] = town.span
    # and the town named right after a scene's street ("in Kell Lane, Tarrow,"), where the dateline
    # or the police have not named it already
    for street in streets:
        after = town_after_street(view, street) if street.name in names else None
        if after is not None and all(after.name.casefold() != n.casefold() for n in names):
            names[after.name] = after.span
    # and, where no place names a town, the first the incident's sentences name as what the scene
    # lies off ("a farm north of Pine Vell"; "just outside" and "near" a town are places already)
    if not any(may_be_town(n) for n in names):
        off = next((t for s in body if s.index in where for t in direction_towns(view, s.start, s.end)), None)
        if off is not None:
            names[off.name] = off.span
    # and, where no place names a town still, the first whose police or fire department tell of it
    # anywhere in the story ("Dunmore police said", "the Dunmore Fire Department")
    if not any(may_be_town(n) for n in names):
        own = next(
            (t for sent in body for find in (police_towns, fire_towns) for t in find(view, sent.start, sent.end)),
            None,
        )
        if own is not None:
            names.setdefault(own.name, own.span)
    return names


def _dateline(view: str, body: list[Sentence], names: dict[str, Span], harm_idx: set[int]) -> PlaceMention | None:
    """The dateline's town ("DUNMORE — ") where no place is named alike: a report is filed where it
    happened, in the first two sentences, or in full in the second paragraph's first after a
    lead-in ("Breaking news tonight out of Lisk. …\n\nLISK, Ore. — …"; not a label there:
    "DEVELOPING STORY — "); not where the harm's own sentence names the village it struck (a wire
    story is filed from a capital: "KELLDORF, Vessia — A bus plunged … near the village of Ramvel")."""
    if not body:
        return None
    lede = body[min(1, len(body) - 1)].end
    dateline = dateline_place(view, 0, lede)
    second = next((s for s in body if "\n" in view[body[0].end : s.start]), None)
    if dateline is None and second is not None and second.end > lede:
        dateline = dateline_place(view, view.rfind("\n", 0, second.start) + 1, second.end, full=True)
    if dateline is None or any(n.casefold() == dateline.name.casefold() for n in names):
        return None
    starts = [s.start for s in body]
    for span in names.values():
        if named_as_village(view, span) and body[max(0, bisect.bisect_right(starts, span[0]) - 1)].index in harm_idx:
            return None
    return dateline


def _figure_dicts(
    text: str, figures: list[FigureDraft], attributions: list[dict[str, Any]], as_written: dict[str, str]
) -> list[dict[str, Any]]:
    """The figures as JSON, each with the claim that holds it; an uncounted number no one reports is left out."""
    out_figures = []
    claim_at = _ClaimIndex(attributions)
    for f in figures:
        att = claim_at.first_holding(f.span[0])
        if f.category == "other" and att is None and not f.label.endswith(HURT_ENDS):
            continue  # an uncounted number no one reports; the people shot are kept: "four were shot, one fatally"
        targets = f.shared if (f.shared and f.each) else [None]
        for target in targets:
            loc = target.name if target is not None else f.location
            out_figures.append({
                "category": f.category,
                "label": f.label,
                "value": int_or_float(f.value),
                "value_max": int_or_float(f.value_max) if f.value_max is not None else None,
                "qualifier": f.qualifier,
                "location": as_written.get(loc) if loc is not None else None,
                "is_total": f.is_total,
                "span": list(f.span),
                "attribution_id": att,
                "text": text[f.span[0] : f.span[1]],
            })  # fmt: skip
    return out_figures
