"""The incidents task's scorer: killed and injured counts and the incident date exact, and
whether the incident's locations hold the gold's address and town; ``count_of`` the count a
summary states."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from summarizer.config import ModelChoice, Settings
from summarizer.errors import SummarizerError
from summarizer.evaluation.measures import (
    Span,
    overlaps,
)
from summarizer.evaluation.result import EvalResult
from summarizer.evaluation.runs import predict, summarize_text
from summarizer.schema import Figure, IncidentSummary
from summarizer.text.added_counts import HURT_ENDS, added_after
from summarizer.text.streets import STREET_TYPE, find_addresses


def count_of(summary: IncidentSummary, category: str) -> int:
    """The count of ``category`` a summary states: a total wins; else, when every figure belongs
    to a place, their sum over places; else the first figure in the text (a news report leads
    with its toll, and a later "a man was shot" is usually one of the people already counted),
    with the people the figures right after it name as one more ("another", "a second victim",
    labelled "people also …")."""
    if summary.incident is None:
        return 0
    figures = [f for f in summary.incident.figures if f.category == category]
    if category == "injured" and not any(f.is_total for f in figures):
        # "Four people were shot, one fatally": the people shot less those who died of it
        # (the killed figures written right after them) were injured
        everything = sorted(summary.incident.figures, key=lambda f: f.span[0] if f.span else 0)
        first = min((g.span[0] for g in figures if g.span), default=None)

        def people_hurt(f: Figure) -> bool:  # labelled by their harm, some of whom died, before any injured
            return (
                f.category == "other"
                and f.label.endswith(HURT_ENDS)
                and f.span is not None
                and (first is None or f.span[0] < first)
            )

        for f, after in itertools.pairwise(everything):
            if people_hurt(f) and after.category == "killed" and after.value:
                return int(f.value - _dead_told(after, everything))
        # or the dead told first, as the part of them ("one of the three men shot has died") or
        # before them ("The man shot Sunday died. He was one of three people shot")
        for dead, f in itertools.pairwise(everything):
            if people_hurt(f) and dead.category == "killed" and 0 < _dead_told(dead, everything) < f.value:
                return int(f.value - _dead_told(dead, everything))
    totals = [f for f in figures if f.is_total]
    if totals:
        return int(max(f.value for f in totals))
    if not figures:
        return 0
    if all(f.location is not None for f in figures) and len({f.location for f in figures}) > 1:
        by_place: dict[str | None, float] = {}
        for f in figures:
            by_place[f.location] = max(by_place.get(f.location, 0), f.value)
        return int(sum(by_place.values()))
    lead = min(figures, key=lambda f: f.span[0] if f.span else 0)
    return (
        _dead_told(lead, summary.incident.figures)
        if category == "killed"
        else (int(lead.value) + sum(int(f.value) for f in added_after(lead, summary.incident.figures)))
    )


def _dead_told(dead: Figure, figures: Sequence[Figure]) -> int:
    """The dead a count of the killed tells, with those told as one more after it."""
    return int(dead.value) + sum(int(f.value) for f in added_after(dead, figures))


def is_street(text: str, place: Span) -> bool:
    """Whether a predicted location names a street: a street's word in it ("Pell Road"), or a
    street as the streets reader finds one, which the word alone misses: two streets of one plural
    type ("Pell and Orrin avenues"), a numbered road ("I-95", "Route 9"), "St" without its dot."""
    a, b = place
    return STREET_TYPE.search(text, a, b) is not None or bool(find_addresses(text, a, b))


def _address_spans(record: dict[str, Any]) -> list[Span]:
    """Where the gold says the incident happened: GVA's address spans, or GVDB's location
    details ("near the intersection of … and …")."""
    spans = record.get("address_spans") or (
        [record["location_details_span"]] if record.get("location_details_span") else []
    )
    return [(s[0], s[1]) for s in spans]


def score_incidents(
    records: Sequence[dict[str, Any]], model: ModelChoice, settings: Settings, jobs: int, out: EvalResult, keep: bool
) -> None:
    ok = {"killed": 0, "injured": 0, "date": 0, "all": 0, "place": 0, "city": 0, "street": 0}
    dated = given_street = 0
    for r, pred, seconds in predict(
        records, lambda r: summarize_text(r["text"], settings, r.get("publish_date") or None), jobs
    ):
        out.seconds += seconds
        out.chars += len(r["text"])
        g = r["gold"]
        if isinstance(pred, SummarizerError):
            out.failures += 1
            killed = injured = 0
            date: str | None = None
            places: list[Span] = []
        else:
            killed, injured = count_of(pred, "killed"), count_of(pred, "injured")
            inc = pred.incident
            date = inc.date.value if inc is not None and inc.date is not None else None
            places = [(loc.span[0], loc.span[1]) for loc in inc.locations if loc.span] if inc else []
        hits = {
            "killed": killed == g["n_killed"],
            "injured": injured == g["n_injured"],
            "date": g.get("incident_date") is not None and date == g["incident_date"],
        }
        dated += g.get("incident_date") is not None
        for k, v in hits.items():
            ok[k] += v
        ok["all"] += all(hits.values())
        addresses = _address_spans(r)
        ok["place"] += any(overlaps(p, a) for p in places for a in addresses)
        # the other side of address_found, which a wrong street does not lower: of the articles with
        # a gold address given a street (a location with a street's word: "Pell Road", "Route 9"),
        # those where one is the gold's
        streets = [p for p in places if addresses and is_street(r["text"], p)]
        given_street += bool(streets)
        ok["street"] += any(overlaps(p, a) for p in streets for a in addresses)
        # the town: a location at GVDB's city span, or one that names it ("Dunmore", "DUNMORE")
        city = r.get("city_span")
        if city:
            town = r["text"][city[0] : city[1]].casefold()
            ok["city"] += any(
                overlaps(p, (city[0], city[1])) or r["text"][p[0] : p[1]].casefold() == town for p in places
            )
        if keep and not all(hits.values()):
            out.mismatches.append({
                "id": r.get("id"), "gold": {k: g.get(k) for k in ("n_killed", "n_injured", "incident_date")},
                "predicted": {"n_killed": killed, "n_injured": injured, "incident_date": date},
                "publish_date": r.get("publish_date"),
            })  # fmt: skip
    n = len(records)
    with_address = sum(1 for r in records if _address_spans(r))
    out.metrics = {
        "killed_accuracy": ok["killed"] / n, "injured_accuracy": ok["injured"] / n,
        "date_accuracy": ok["date"] / dated if dated else 0.0, "all_three_accuracy": ok["all"] / n,
        "address_found": ok["place"] / with_address if with_address else 0.0,
        "street_precision": ok["street"] / given_street if given_street else 0.0,
    }  # fmt: skip
    with_city = sum(1 for r in records if r.get("city_span"))
    if with_city:
        out.metrics["city_found"] = ok["city"] / with_city
    out.counts = {
        "articles": n, "with_date": dated, "with_address": with_address, "with_city": with_city,
        "given_street": given_street,
    }  # fmt: skip
