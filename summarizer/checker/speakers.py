"""Rules on speakers: they occur in the article, and each attribution's speaker is one of their mentions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.checker.facts import ArticleFacts, plain_words, stem
from summarizer.checker.registry import finding, in_range, rule
from summarizer.schema import (
    Finding,
    IncidentSummary,
    Speaker,
)
from summarizer.text.base import (
    Span,
    SpanIndex,
    normalize,
)
from summarizer.text.lexicon import DEMONYMS
from summarizer.text.regex import compiled


def speaker_aliases(name: str, role: str | None) -> set[str]:
    parts = name.split()
    out = {name}
    if len(parts) >= 2:
        out.add(parts[-1])
        out.add(" ".join(parts[1:]))
    if role and parts:
        out.add(f"{role.split(',')[0].split()[-1]} {parts[-1]}")
    return {normalize(x).casefold() for x in out}


_CAPITAL_OR_DIGIT = compiled(r"[A-Z0-9]")


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
        if s.anonymity == "named" and s.kind in ("person", "organization") and not _CAPITAL_OR_DIGIT.search(s.name):
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
        if not mention_index[speaker.id].overlaps(*a.speaker_span) and not _written_as(a.speaker, speaker):
            yield finding(
                "speaker-grounded", f"attributions[{i}].speaker_id",
                f"{a.id} is said by {a.speaker!r} in the article, which is not a mention of {speaker.id} {speaker.name!r}",
                in_range(a.speaker_span, facts.text),
            )  # fmt: skip


def _written_as(written: str, speaker: Speaker) -> bool:
    """Is one of the speaker's aliases in what an attribution writes as its speaker?"""
    folded = normalize(written).casefold()
    return any(alias in folded for alias in speaker_aliases(speaker.name, speaker.role))


@rule(
    "speaker-role",
    "error",
    "a speaker's role and affiliation are stated near one of its mentions (the same sentence or the words around it)",
)
def _speaker_role(summary: IncidentSummary, facts: ArticleFacts) -> Iterator[Finding]:
    spoken: dict[str, list[Span]] = {}
    for a in summary.attributions:
        if a.speaker_id is not None and a.speaker_span is not None:
            spoken.setdefault(a.speaker_id, []).append(a.speaker_span)
    for i, s in enumerate(summary.speakers):
        if not s.role and not s.affiliation:
            continue
        # where it speaks first (the words that name it there, "the band leader said", are its
        # role), then every mention: a long article states a role once, anywhere among them
        places = [p for p in dict.fromkeys((*spoken.get(s.id, ()), *s.mentions)) if in_range(p, facts.text)]
        if not places:
            places = _name_places(s.name, facts)
        # the windows are read until every word of the role and affiliation is found: the words
        # near more places can find no fewer (a finding needs a word absent from them all)
        wanted = [w for value in (s.role, s.affiliation) if value for w in plain_words(value)]
        near: set[str] = set()
        for p in places[:_MAX_PLACES]:
            near |= facts.window_stems(p)
            if all(_stated(w, near) for w in wanted):
                break
        for field_name in ("role", "affiliation"):
            value = getattr(s, field_name)
            if not value:
                continue
            absent = [w for w in plain_words(value) if not _stated(w, near)]
            if absent and _country_near(value, places, facts):
                absent = []
            if absent:
                yield finding(
                    "speaker-role",
                    f"speakers[{i}].{field_name}",
                    f"{s.id} {s.name!r}: {field_name} {value!r} is not stated near its mentions ({', '.join(absent)})",
                )


_MAX_PLACES = 200  # a bound on the work for a speaker of hundreds of mentions


def _stated(word: str, near: set[str]) -> bool:
    """The word's stem is among the stems ``near`` a speaker, or its country or demonym is."""
    return stem(word) in near or _demonym_near(word, near)


def _name_places(name: str, facts: ArticleFacts) -> list[Span]:
    """Where the name is written (case-folded search of the text itself), when no span says."""
    needle = name.casefold()
    out: list[Span] = []
    pos = facts.lowered.find(needle) if needle else -1
    while pos >= 0 and len(out) < 12:
        out.append((pos, pos + len(needle)))
        pos = facts.lowered.find(needle, pos + 1)
    return out


_COUNTRY_OF = {stem(d): c for d, c in DEMONYMS.items() if " " not in d}
_DEMONYMS_OF: dict[str, set[str]] = {}
for _d, _c in DEMONYMS.items():
    for _w in _c.split():
        _DEMONYMS_OF.setdefault(stem(_w), set()).add(stem(_d))


_DEMONYMS_OF_COUNTRY: dict[str, list[re.Pattern[str]]] = {}
for _d, _c in DEMONYMS.items():
    _DEMONYMS_OF_COUNTRY.setdefault(_c.casefold(), []).append(compiled(rf"(?<!\w){re.escape(_d)}(?!\w)"))


def _country_near(value: str, places: list[Span], facts: ArticleFacts) -> bool:
    """A country ("United States") for a speaker written with its demonym or abbreviation
    ("U.S. senator") nearby."""
    patterns = _DEMONYMS_OF_COUNTRY.get(value.strip().casefold())
    if not patterns:
        return False
    for s, e in places[:12]:
        window = facts.lowered[max(0, s - 160) : e + 160]
        if any(p.search(window) for p in patterns):
            return True
    return False


def _demonym_near(word: str, near: set[str]) -> bool:
    """An affiliation "Ukraine" for a speaker called "Ukrainian" nearby, and the other way round."""
    w = stem(word)
    country = _COUNTRY_OF.get(w)
    if country is not None and all(stem(p) in near for p in country.split()):
        return True
    return any(d in near for d in _DEMONYMS_OF.get(w, ()))
