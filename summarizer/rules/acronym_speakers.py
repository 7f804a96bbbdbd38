"""A speaker phrase that is an acronym and nothing else ("The US", "IT", "the UN"), read in its
sentence: written in capitals among words in mixed case, a function word ("US", "IT") or a
country code ("UK", "EU") names a body or a country, never a person and never a pronoun. A
line all in capitals ("THE US SAID IT") keeps the ordinary reading."""

from __future__ import annotations

from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text.acronyms import ACRONYM_WORDS, COUNTRY_CODES, acronym_at
from summarizer.text.base import Span
from summarizer.text.regex import compiled

_ACRONYM_PHRASE = compiled(r"(?:[Tt]he\s+)?([A-Z]{2,4})")
_NAMES = ACRONYM_WORDS | COUNTRY_CODES


def acronym_speaker(view: str, span: Span) -> SpeakerPhrase | None:
    """The body an acronym phrase at ``span`` names, None when the phrase is no lone acronym of
    the lexicon or its sentence is written in capitals."""
    raw = view[span[0] : span[1]]
    m = _ACRONYM_PHRASE.fullmatch(raw)
    if m is None or m.group(1) not in _NAMES or not acronym_at(view, span):
        return None
    name_span = (span[0] + m.start(1), span[0] + m.end(1))
    return SpeakerPhrase(raw, span, "organization", m.group(1), name_span)
