"""The headline and summary of the rules model, composed from the incident and the claims: what
composition needs of each attribution (its words from the view), which claims retell the incident
as said ("police said two men were shot"), not denied nor refused, and the claims told with a
toll beside them.
"""

from __future__ import annotations

from typing import Any

from summarizer.ingest import Article
from summarizer.rules import compose
from summarizer.rules.attribution import RawAttribution
from summarizer.rules.attribution.words import NEGATIONS
from summarizer.rules.figures import FigureDraft
from summarizer.rules.gapped_tolls import gapped_tolls, told
from summarizer.rules.lead_toll import lead_toll
from summarizer.rules.speakers import Entity
from summarizer.rules.toll_phrases import VERB_PAST, figure_phrase
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.added_counts import HURT_ENDS, added_after
from summarizer.text.base import Span
from summarizer.text.places import (
    dateline_end,
)
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence


def inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def headline_and_summary(
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
    total, parts = lead_toll(view, body, figures)
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
            if f not in also  # "four hurt, and two others …": told with the total already
        ]
        # "Two men were shot … The man shot in the chest died": the people shot counted before a
        # first toll that names one of them by a definite noun phrase
        shot = max(
            (
                f
                for f in figures
                if f.category == "other"
                and f.label.endswith(HURT_ENDS)
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
    others = [
        told(source, p, VERB_PAST[f.category])
        for source, f in gapped_tolls(view, total, figures)
        if (p := figure_phrase(view, f))
    ]
    summary = compose.summary(
        view, lead, total, total_claim, parts, time_text, retold, second, also, more, shot_before, others
    )
    return headline, summary


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
        in_title=bool(title and inside(raw.content, title)),
        quoted=" … ".join(clean(p) for p in raw.parts) if raw.kind == "direct" and raw.parts else None,
        plural=bool(ent and ent.plural) if raw.speaker is not None or ent is not None else False,
        nominal=raw.pattern == "topic_noun",
    )


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
    sentence and its claim, so the summary tells them together; and "others" of the total's own harm
    after it ("four were seriously injured and 26 others slightly hurt": no part of the four)."""
    if total is None or total.category not in _TOLLS:
        return []
    out: list[FigureDraft] = []
    seen = {total.category}
    for f in figures:
        others = f.category == total.category and f.noun == "others" and f.span[0] > total.span[0]
        if (f.category in seen and not others) or f.category not in _TOLLS or f.sentence != total.sentence:
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
