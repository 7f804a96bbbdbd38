"""The offline ``rules`` model: runs every extractor over an Article and returns the content
fields of an IncidentSummary (headline, summary, incident, speakers, attributions, unverified)
as plain data. Deterministic, no network.
"""

from __future__ import annotations

from typing import Any

from summarizer.ingest import Article
from summarizer.rules import incident_fields
from summarizer.rules.attribution import find_attributions
from summarizer.rules.figures import find_figures
from summarizer.rules.incident import classify
from summarizer.rules.incident_dates import incident_date_of
from summarizer.rules.resolved_attributions import resolve_attributions
from summarizer.rules.speakers import Entity
from summarizer.rules.summary_claims import headline_and_summary, inside
from summarizer.text.language import english_share
from summarizer.text.places import find_places, places_after_and
from summarizer.text.timeplace import find_dates


def extract(article: Article) -> dict[str, Any]:
    text = article.text
    view = article.view
    segments = article.segments  # split once, on the article: grounding and the checker read them too
    paras, sentences, quotes = segments.paragraphs, segments.sentences, segments.quotes
    title_span = article.title_span
    body = [s for s in sentences if not (title_span and inside(s.span, title_span))]
    # the rules read English: in another language their lexicons meet only chance look-alikes
    # ("40 Einsatzkräften vor Ort" read as 40 killed), so such a text yields no claim, count or
    # place, only its own title and lead as written (the checker warns that it was not read)
    english = english_share(text).english  # of the text as the checker asks it (cached)
    raws = find_attributions(view, sentences, paras, quotes) if english else []
    registry, entity_of, attributions = resolve_attributions(article, raws)
    unverified = [a["id"] for a in attributions if a["status"] != "attributed"]

    # when and where, how many
    places = find_places(view, body[0].start if body else 0, len(view)) if english else []
    places = sorted(places + places_after_and(view, places, 0, len(view)), key=lambda p: p.span)
    skip = [title_span] if title_span else []
    # the dates, ranked, the incident's first (a toll set at another time is the story's background)
    dates = find_dates(view, body, article.published) if english else []
    incident_date = incident_date_of(view, body, dates)  # picked once: the counts and the incident read it
    figures = find_figures(view, body, places, skip=skip, dates=dates, incident_date=incident_date) if english else []
    kind = classify(view, body, figures) if english else None
    incident = None
    if kind is not None or any(f.category != "other" for f in figures):
        incident = incident_fields.incident(view, text, body, figures, places, kind, attributions, incident_date)

    time_text = incident["time"]["text"] if incident and incident.get("time") else None
    headline, summary = headline_and_summary(article, body, raws, entity_of, attributions, figures, time_text)
    return {
        "headline": headline,
        "summary": summary,
        "incident": incident,
        "speakers": [_speaker(e) for e in registry.entities],
        "attributions": attributions,
        "unverified": unverified,
    }


def _speaker(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "role": e.role,
        "affiliation": e.affiliation,
        "anonymity": e.anonymity,
        "mentions": [list(m) for m in sorted(set(e.mentions))],
    }
