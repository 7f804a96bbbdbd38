"""Rules on speakers: they occur in the article, and each attribution's speaker is one of their mentions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts
from summarizer.checker.registry import finding, in_range, rule
from summarizer.schema import (
    Finding,
    IncidentSummary,
)
from summarizer.text.base import (
    SpanIndex,
    normalize,
)


def speaker_aliases(name: str, role: str | None) -> set[str]:
    parts = name.split()
    out = {name}
    if len(parts) >= 2:
        out.add(parts[-1])
        out.add(" ".join(parts[1:]))
    if role and parts:
        out.add(f"{role.split(',')[0].split()[-1]} {parts[-1]}")
    return {normalize(x).casefold() for x in out}


@rule(
    "speaker-grounded",
    "error",
    "speakers occur in the article, their anonymity agrees with their name, and each attribution's speaker is a mention of its speaker",
)
def _speaker_grounded(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    by_id = {s.id: s for s in summary.speakers}
    for i, s in enumerate(summary.speakers):
        aliases = speaker_aliases(s.name, s.role)
        # near the mentions first for every alias, the whole article only if none is there
        if not any(facts.occurs(alias, s.mentions, whole=False) for alias in aliases) and not any(
            alias in facts.folded for alias in aliases
        ):
            yield finding("speaker-grounded", f"speakers[{i}].name", f"{s.id} {s.name!r} does not occur in the article")
        if s.anonymity == "named" and s.kind in ("person", "organization") and not re.search(r"[A-Z0-9]", s.name):
            yield finding(
                "speaker-grounded",
                f"speakers[{i}].anonymity",
                f"{s.id} is marked named but {s.name!r} is no proper name",
            )
        if s.kind == "unnamed" and s.anonymity == "named":
            yield finding("speaker-grounded", f"speakers[{i}].anonymity", f"{s.id} is of kind unnamed but marked named")
    mention_index: dict[str, SpanIndex] = {}
    for i, a in enumerate(summary.attributions):
        if a.speaker_id is None:
            continue
        speaker = by_id.get(a.speaker_id)
        if speaker is None:
            yield finding(
                "speaker-grounded",
                f"attributions[{i}].speaker_id",
                f"{a.id} names speaker {a.speaker_id}, which is not in speakers",
            )
            continue
        if a.speaker_span is None or a.speaker is None:
            continue
        if speaker.id not in mention_index:
            mention_index[speaker.id] = SpanIndex(speaker.mentions)
        in_mentions = mention_index[speaker.id].overlaps(*a.speaker_span)
        written = normalize(a.speaker).casefold()
        if not in_mentions and not any(alias in written for alias in speaker_aliases(speaker.name, speaker.role)):
            yield finding(
                "speaker-grounded", f"attributions[{i}].speaker_id",
                f"{a.id} is said by {a.speaker!r} in the article, which is not a mention of {speaker.id} {speaker.name!r}",
                in_range(a.speaker_span, facts.text),
            )  # fmt: skip
