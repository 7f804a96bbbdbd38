"""The offline ``rules`` model: runs every extractor over an Article and returns the content
fields of an IncidentSummary (headline, summary, incident, speakers, attributions, unverified)
as plain data. Deterministic, no network.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Any

from summarizer.ingest import Article
from summarizer.rules import compose
from summarizer.rules.attribution import RawAttribution, find_attributions
from summarizer.rules.attribution.words import NEGATIONS
from summarizer.rules.figures import FigureDraft, find_figures
from summarizer.rules.flags import Claim, flag_attributions, status_of
from summarizer.rules.incident import actors, classify
from summarizer.rules.speaker_phrases import SpeakerPhrase, lead_length
from summarizer.rules.speakers import Entity, Registry, analyse, person_mentions
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.base import Span, SpanIndex
from summarizer.text.language import english_share
from summarizer.text.numbers import added_after, int_or_float
from summarizer.text.places import (
    dateline_end,
    dateline_place,
    find_addresses,
    find_places,
    places_after_and,
    police_towns,
    scene_streets,
    towns_before_places,
)
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import find_dates, find_time


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def extract(article: Article) -> dict[str, Any]:
    text = article.text
    view = article.view
    segments = article.segments  # split once, on the article: grounding and the checker read them too
    paras, sentences, quotes = segments.paragraphs, segments.sentences, segments.quotes
    title_span = article.title_span
    body = [s for s in sentences if not (title_span and _inside(s.span, title_span))]
    # the rules read English: in another language their lexicons meet only chance look-alikes
    # ("40 Einsatzkräften vor Ort" read as 40 killed), so such a text yields no claim, count or
    # place, only its own title and lead as written (the checker warns that it was not read)
    english = english_share(text).english  # of the text as the checker asks it (cached)
    raws = find_attributions(view, sentences, paras, quotes) if english else []
    registry, entity_of, attributions = _attributions(article, raws)
    unverified = [a["id"] for a in attributions if a["status"] != "attributed"]

    # when and where, how many
    places = find_places(view, body[0].start if body else 0, len(view)) if english else []
    places = sorted(places + places_after_and(view, places, 0, len(view)), key=lambda p: p.span)
    skip = [title_span] if title_span else []
    figures = find_figures(view, body, places, skip=skip) if english else []
    kind = classify(view, body, figures) if english else None
    incident = None
    if kind is not None or any(f.category != "other" for f in figures):
        incident = _incident(view, text, body, figures, places, kind, attributions, article.published)

    time_text = incident["time"]["text"] if incident and incident.get("time") else None
    headline, summary = _headline_and_summary(article, body, raws, entity_of, attributions, figures, time_text)
    return {
        "headline": headline,
        "summary": summary,
        "incident": incident,
        "speakers": [_speaker(e) for e in registry.entities],
        "attributions": attributions,
        "unverified": unverified,
    }


def _attributions(
    article: Article, raws: list[RawAttribution]
) -> tuple[Registry, list[Entity | None], list[dict[str, Any]]]:
    """Each attribution's speaker resolved to an entity of the registry (a name, "he", "the
    mayor" told before), then flagged, as the summary's attributions."""
    text = article.text
    view = article.view
    segments = article.segments
    paras, sentences, quotes = segments.paragraphs, segments.sentences, segments.quotes
    title_span = article.title_span
    registry = Registry(view)
    entity_of: list[Entity | None] = []
    # the people the text names, speakers or not, are antecedents for "he" and "the mayor"
    people = person_mentions(view)
    told = 0
    for raw in raws:
        ent: Entity | None = None
        if raw.speaker is not None:
            s, e = raw.speaker
            while told < len(people) and people[told][0][1] <= s:
                registry.mention_person(*people[told])
                told += 1
            phrase = analyse(text[s:e], raw.speaker)
            ent = _previous_subject(phrase, raw, raws, entity_of, sentences, view)
            if ent is not None:
                registry.mention_entity(ent, phrase)
            else:
                ent = registry.resolve(phrase, before=s)
        elif raw.inherit:
            ent = next((e for e in reversed(entity_of) if e is not None), None)
        elif (profiled := _profiled(view, raw, paras, people, quotes)) is not None:
            while told < len(people) and people[told][0][1] <= profiled[1]:
                registry.mention_person(*people[told])
                told += 1
            ent = registry.resolve(analyse(text[profiled[0] : profiled[1]], profiled), before=profiled[0])
        entity_of.append(ent)
    merged = registry.finish()
    entity_of = [merged.get(id(e), e) if e is not None else None for e in entity_of]

    claims = [
        Claim(
            r.content,
            r.cue,
            r.cue_lemma,
            r.speaker,
            ent.kind if ent else None,
            ent.anonymity if ent else None,
            r.sentence,
        )
        for r, ent in zip(raws, entity_of, strict=True)
    ]
    flags = flag_attributions(view, sentences, claims, title=title_span)
    attributions: list[dict[str, Any]] = []
    for i, (raw, ent, fl) in enumerate(zip(raws, entity_of, flags, strict=True)):
        if raw.inherit and ent is None:
            fl = [f for f in fl if f.reason != "unnamed_source"]
        attributions.append(_attribution(text, i, raw, ent, fl))
    return registry, entity_of, attributions


def _headline_and_summary(
    article: Article,
    body: list[Sentence],
    raws: list[RawAttribution],
    entity_of: list[Entity | None],
    attributions: list[dict[str, Any]],
    figures: list[FigureDraft],
    time_text: str | None,
) -> tuple[str, str]:
    """The headline and the summary, told from the toll, the claims and the lead sentences."""
    view = article.view
    title_span = article.title_span
    claim_views = [
        _claim_view(view, a, ent, raw, title_span) for a, ent, raw in zip(attributions, entity_of, raws, strict=True)
    ]
    total, parts = _total_and_parts(figures)
    total_claim = _claim_for(total, attributions, claim_views) if total else None
    also = _companions(total, figures, total_claim, attributions, claim_views)
    # people told one at a time after a first toll with no total ("A man was shot. A woman was
    # also wounded."): the summary tells each, as the evaluation's count adds them (one more in the
    # first toll's sentence goes with its claim: "Police said a man was hurt, and a second man was
    # also shot", whose content may end before the second)
    more: list[tuple[FigureDraft, compose.ClaimView | None]] = []
    shot_before: tuple[FigureDraft, compose.ClaimView | None] | None = None
    if total is not None:
        more = [
            (f, _claim_for(f, attributions, claim_views) or (total_claim if f.sentence == total.sentence else None))
            for f in (added_after(total, figures) if not total.is_total else [])
        ]
        # "Two men were shot … The man shot in the chest died": the people shot counted before a
        # first toll that names one of them by a definite noun phrase
        shot = max(
            (
                f
                for f in figures
                if f.category == "other"
                and f.label.endswith(" shot")
                and f.span[0] < total.span[0]
                and f.value > total.value
            ),
            key=lambda f: f.span[0],
            default=None,
        )
        shot_before = (shot, _claim_for(shot, attributions, claim_views)) if shot is not None else None
    # a lead sentence may open the summary only if it states no one's claim: a sentence that
    # is (part of) an attribution would be a party's words stated as fact
    plain = [s for s in body[:2] if not any(r.content[0] < s.end and s.start < r.content[1] for r in raws)]
    lead = " ".join(view[plain[0].start : plain[0].end].split()) if plain and plain[0] is body[0] else None
    lead = lead[dateline_end(lead) :] if lead else lead  # "TORONTO — Police …": the dateline is no part of it
    second = " ".join(view[body[1].start : body[1].end].split()) if len(plain) == 2 else None
    retold = retold_claims(claim_views)
    # a headline tells a claim as "X says …": never one whose cue is negated ("didn't expect the
    # council to …" would come out as its opposite); the summary keeps such a cue as written
    lead_claim = next(
        (c for c in retold if not c.in_title and c.speaker_kind is not None and _told_as_said(c)),
        None,
    )
    headline = compose.headline(view, article.title, lead, total, total_claim, parts, lead_claim)
    summary = compose.summary(view, lead, total, total_claim, parts, time_text, retold, second, also, more, shot_before)
    return headline, summary


_GENDER_OF = {"he": "male", "she": "female"}


def _profiled(
    view: str,
    raw: RawAttribution,
    paras: list[Span],
    people: list[tuple[Span, str, str | None, bool]],
    quotes: list[QuoteRegion],
) -> Span | None:
    """A quote that is a paragraph of its own, with no speaker and none to go on with, after a
    paragraph about one person named as its subject and quoting no one ("Ana Ruiz has run the
    ferry for 30 years.\n\n“…”"): the feature's convention gives the quote to that person. The
    name's span, or None."""
    if raw.kind != "direct" or raw.speaker is not None or raw.cue is not None:
        return None
    at = bisect.bisect_right([p[0] for p in paras], raw.content[0]) - 1
    if at < 1 or view[paras[at][0] : raw.content[0]].strip(_MARKS):
        return None
    if view[raw.content[1] : paras[at][1]].strip(_MARKS + ".!?"):
        return None  # the paragraph goes on past the quote: the writer's own sentence follows
    before = paras[at - 1]
    if any(before[0] <= q.start < before[1] for q in quotes):
        return None
    named = [m for m in people if before[0] <= m[0][0] < before[1]]
    if not named or len({m[1].split()[-1] for m in named}) != 1 or not named[0][3]:
        return None
    if _HARMED.search(view, before[0], before[1]) or _OF_SOMEONE.match(view, raw.content[0]):
        return None  # a victim's profile, a quote that speaks of "her": a mourner's words, not hers
    return named[0][0]


_MARKS = " \t\n\"'“”‘’«»"
_HARMED = compiled(r"\b(?:killed|died|dead|death|shot|stabbed|injured|wounded|hurt|murdered|slain|missing)\b", re.I)
_OF_SOMEONE = compiled(r"[\s\"'“‘«]*(?:he|she|his|her|him)\b", re.I)


def _previous_subject(
    phrase: SpeakerPhrase,
    raw: RawAttribution,
    raws: list[RawAttribution],
    entity_of: list[Entity | None],
    sentences: list[Sentence],
    view: str,
) -> Entity | None:
    """ "Ortiz said she was ready to meet Hale. But she warned …": a "he" or "she" opening the
    sentence right after the previous attribution's, in its paragraph, goes on with that
    attribution's speaker (the subject before stays the subject), not with someone its words
    named since."""
    gender = _GENDER_OF.get(phrase.pronoun or "")
    k = len(entity_of) - 1
    if gender is None or k < 0 or phrase.kind != "pronoun" or raw.speaker is None:
        return None
    prev, ent = raws[k], entity_of[k]
    if ent is None or prev.speaker is None or ent.kind != "person" or ent.gender not in (gender, None) or ent.plural:
        return None
    if raw.sentence != prev.sentence + 1 or sentences[raw.sentence].paragraph != sentences[prev.sentence].paragraph:
        return None
    sent = sentences[raw.sentence]
    lead = view[sent.start : raw.speaker[0]].split()
    return ent if len(lead) <= 1 and prev.speaker[0] >= sentences[prev.sentence].start else None


def _attribution(text: str, i: int, raw: RawAttribution, ent: Entity | None, fl: list[Any]) -> dict[str, Any]:
    cs, ce = raw.content
    speaker = raw.speaker
    if speaker is not None:
        speaker = (speaker[0] + lead_length(text[speaker[0] : speaker[1]]), speaker[1])
    return {
        "id": f"a{i + 1}",
        "speaker_id": ent.id if ent else None,
        "speaker": text[speaker[0] : speaker[1]] if speaker else None,
        "speaker_span": list(speaker) if speaker else None,
        "cue": text[raw.cue[0] : raw.cue[1]] if raw.cue else None,
        "cue_span": list(raw.cue) if raw.cue else None,
        "content": " … ".join(text[s:e] for s, e in raw.pieces) if raw.pieces else text[cs:ce],
        "content_span": [cs, ce],
        "content_spans": [list(p) for p in raw.pieces or [raw.content]],
        "type": raw.kind,
        "status": status_of(fl),
        "flags": [
            {
                "reason": f.reason,
                "cue": text[f.span[0] : f.span[1]] if f.span else f.cue,
                "span": list(f.span) if f.span else None,
            }
            for f in fl
        ],
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


def _claim_view(
    view: str, a: dict[str, Any], ent: Entity | None, raw: RawAttribution, title: Span | None
) -> compose.ClaimView:
    """What composition needs of an attribution; its words come from the view, so Markdown
    markup and blanked boilerplate never reach a headline."""

    def clean(span: Span) -> str:
        return " ".join(view[span[0] : span[1]].split())

    return compose.ClaimView(
        id=a["id"],
        speaker_text=clean(raw.speaker) if raw.speaker else None,
        speaker_name=ent.name if ent else None,
        speaker_kind=ent.kind if ent else None,
        anonymity=ent.anonymity if ent else None,
        role=ent.role if ent else None,
        affiliation=ent.affiliation if ent else None,
        cue=a["cue"],
        lemma=raw.cue_lemma,
        content=clean(raw.content),
        content_start=raw.content[0],
        kind=raw.kind,
        status=a["status"],
        flag_reasons=[f["reason"] for f in a["flags"]],
        in_title=bool(title and _inside(raw.content, title)),
        quoted=" … ".join(clean(p) for p in raw.parts) if raw.kind == "direct" and raw.parts else None,
        plural=bool(ent and ent.plural) if raw.speaker is not None or ent is not None else False,
        nominal=raw.pattern == "topic_noun",
    )


def _total_and_parts(figures: list[FigureDraft]) -> tuple[FigureDraft | None, list[FigureDraft]]:
    counted = [f for f in figures if f.category != "other"]
    totals = [f for f in counted if f.is_total]
    total = totals[0] if totals else (counted[0] if counted else None)
    if total is None:
        return None, []
    parts = [f for f in counted if f is not total and f.category == total.category and f.location]
    return total, parts


_REFUSAL_END = compiled(r"n['’]t\s*$")
_NEGATED = NEGATIONS | lx.NEGATED_AUXILIARIES  # "not", "never", "didn't", "hasn’t"


def _negated(cue: str | None) -> bool:
    return cue is not None and not _NEGATED.isdisjoint(cue.lower().split())


_DENIALS = frozenset({"deny", "reject", "dispute", "refute", "rebut"})


def _told_as_said(c: compose.ClaimView) -> bool:
    """May a headline tell this claim as "X says …"? Not when that turns it into its opposite or
    into a statement not made: a negated cue ("didn't expect"), a denial ("denied its service had
    been disrupted"), a stance or intention ("will argue that", "wants to")."""
    return not (_negated(c.cue) or c.lemma in _DENIALS or rk.report_kind(c.cue, c.kind, c.content) == "stance")


def retold_claims(views: list[compose.ClaimView]) -> list[compose.ClaimView]:
    """The claims a headline and summary may retell: not one whose speaker ends in a negated
    auxiliary ("the chief wouldn't | talk about …"), a refusal its cue no longer carries, nor one
    whose cue is a noun ("the army's repeated claims of …": a topic, no sentence); they are kept
    as data, never retold as what was said."""
    return [c for c in views if not (c.nominal or (c.speaker_text and _REFUSAL_END.search(c.speaker_text)))]


_TOLLS = ("killed", "injured", "missing", "displaced")  # the harms a summary tells together


def _companions(
    total: FigureDraft | None,
    figures: list[FigureDraft],
    claim: compose.ClaimView | None,
    attributions: list[dict[str, Any]],
    views: list[compose.ClaimView],
) -> list[FigureDraft]:
    """The other tolls stated beside the total ("killing two and wounding four others",
    "killed 27 and displaced about 40,000"): the first count of each other harm in the total's
    sentence and its claim, so the summary tells them together."""
    if total is None or total.category not in _TOLLS:
        return []
    out: list[FigureDraft] = []
    seen = {total.category}
    for f in figures:
        if f.category in seen or f.category not in _TOLLS or f.sentence != total.sentence:
            continue
        seen.add(f.category)  # the first of a harm only, told or not
        placed = f.location is None or total.location in (None, f.location)  # no two places told as one
        if f.value and placed and _claim_for(f, attributions, views) is claim:
            out.append(f)
    return out


def _claim_for(
    fig: FigureDraft, attributions: list[dict[str, Any]], views: list[compose.ClaimView]
) -> compose.ClaimView | None:
    for a, v in zip(attributions, views, strict=True):
        s, e = a["content_span"]
        if s <= fig.span[0] < e and v.speaker_kind is not None:  # only a claim with a source to name
            return v
    return None


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


def _incident(
    view: str,
    text: str,
    body: list[Sentence],
    figures: list[FigureDraft],
    places: list[Any],
    kind: Any,
    attributions: list[dict[str, Any]],
    published: str | None,
) -> dict[str, Any]:
    counted = [f for f in figures if f.category != "other"] or figures
    incident_sentences = {kind.sentence} if kind else set()
    incident_sentences |= {f.sentence for f in counted}
    # the people shot, some of whom died, are the incident's too ("they found two men shot")
    incident_sentences |= {f.sentence for f in figures if f.category == "other" and f.label.endswith(" shot")}
    lead_idx = {s.index for s in body[:2]}
    time = _incident_time(view, text, body, incident_sentences, lead_idx)
    date = _incident_date(view, text, body, published)
    names = _place_names(view, body, places, counted, incident_sentences | lead_idx, lead_idx)
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


def _incident_date(view: str, text: str, body: list[Sentence], published: str | None) -> dict[str, Any] | None:
    """The date the ranker puts first, the page's own date only when the text gives no other."""
    # date: the date the ranker puts first (its features weigh where a date stands and what it
    # dates: an event in the incident's sentences, a report's own day), so a later paragraph's
    # "it happened on Friday" wins over the lead's "police said Sunday"; the page's own date
    # ("(Published …)" under a video) only when the text gives no other
    ranked = list(find_dates(view, body, published))
    best = next((d for d in ranked if d.role != "stamp"), next(iter(ranked), None))
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
) -> dict[str, Span]:
    """The incident's places by name, at the span of each: the figures', its sentences' (where), the dateline's town."""
    # places: those the figures name, then those in its and the lead's sentences, and the streets there
    # (the figures never see them), or else the first sentence's that tells where ("It happened on …")
    streets = [a for sent in body if sent.index in where for a in find_addresses(view, sent.start, sent.end)]
    if not streets:
        streets, where = scene_streets(view, body, where)
    if streets:
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
    # and the dateline's town ("DUNMORE — "): a report is filed where it happened, in the first two
    # sentences, or in full in the second paragraph's first after a lead-in ("Breaking news tonight
    # out of Lisk. …\n\nLISK, Ore. — …"; not a label there: "DEVELOPING STORY — ")
    lede = body[min(1, len(body) - 1)].end if body else 0
    dateline = dateline_place(view, 0, lede) if body else None
    second = next((s for s in body if "\n" in view[body[0].end : s.start]), None) if body else None
    if dateline is None and second is not None and second.end > lede:
        dateline = dateline_place(view, view.rfind("\n", 0, second.start) + 1, second.end, full=True)
    if dateline is not None and all(n.casefold() != dateline.name.casefold() for n in names):
        names[dateline.name] = dateline.span
    # and the town whose police tell it in the lead ("Durham police said"), when no place names it
    towns = (police_towns, towns_before_places)
    for town in (
        t for sent in body if sent.index in lead_idx for find in towns for t in find(view, sent.start, sent.end)
    ):
        if all(town.name.casefold() not in n.casefold() for n in names):
            names[town.name] = town.span
    return names


def _figure_dicts(
    text: str, figures: list[FigureDraft], attributions: list[dict[str, Any]], as_written: dict[str, str]
) -> list[dict[str, Any]]:
    """The figures as JSON, each with the claim that holds it; an uncounted number no one reports is left out."""
    out_figures = []
    claim_at = _ClaimIndex(attributions)
    for f in figures:
        att = claim_at.first_holding(f.span[0])
        if f.category == "other" and att is None and not f.label.endswith(" shot"):
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
