"""An organization's short form in capitals is the name the text spelled out before ("the Harbour
Pilots Guild … the HPG said"): the speaker resolves to the full name (rules/org_short_forms.py).
Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules import org_short_forms
from summarizer.rules.org_short_forms import full_name


def _speaker(text: str, words: str) -> str | None:
    result = summarize(f"Pay row\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    found = next(a for a in result.attributions if words in a.content)
    return names.get(found.speaker_id or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Pilots Guild voted on Monday. “We will not sail,” the HPG said.",
            "Harbour Pilots Guild",
        ),
        # the name only mentioned, never a source; a small word the capitals skip
        (
            "Deckhands from the Northern Union of Ferry Workers met in Tarn. NUFW said the talks had failed.",
            "Northern Union of Ferry Workers",
        ),
        (
            "Leaders of the Harbour Pilots Guild met in Tarn. Dock owners left. “We will not sail,” said the HPG.",
            "Harbour Pilots Guild",
        ),
        # near misses: capitals no name before spells, a name inside a longer run of capitals, a
        # possessive that only looks like one
        ("Dock owners met in Tarn. “We will not sail,” the HPG said.", "HPG"),
        ("The Harbour Pilots Guild Council met in Tarn. “We will not sail,” the HPG said.", "HPG"),
        ("Tarn's Pilots rested. Dock owners met. “We will not sail,” the TP said.", "TP"),
        ("The Harbour Pilots Guild met in Tarn. “We will not sail,” the HPA said.", "HPA"),
    ],
)
def test_capitals_resolve_to_the_name_they_are_short_for(text: str, speaker: str) -> None:
    assert _speaker(text, "sail" if "sail" in text else "talks") == speaker


@pytest.mark.parametrize(
    ("text", "capitals", "name"),
    [
        ("The Harbour Pilots Guild met. Later the HPG", "HPG", "Harbour Pilots Guild"),
        ("the Northern Union of Ferry Workers; NUFW", "NUFW", "Northern Union of Ferry Workers"),
        # the last spelled out before the capitals
        ("Harbour Pilots Guild, then the Hill Pipers Group. HPG", "HPG", "Hill Pipers Group"),
        # a word ending its sentence is no part of the name
        ("They met in Tarn. Harbour Pilots Guild members left. HPG", "HPG", "Harbour Pilots Guild"),
        ("Tarn Harbour Pilots Guild members left. HPG", "HPG", None),
        ("Harbour Pilots Guild Council members left. HPG", "HPG", None),
        ("harbour pilots guild members left. HPG", "HPG", None),
        ("The Harbour Pilots Guild met. Hpg", "Hpg", None),
    ],
)
def test_full_name(text: str, capitals: str, name: str | None) -> None:
    span = full_name(text, capitals, text.rindex(capitals))
    assert (text[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("text", "capitals"),
    [
        ("The Harbour Pilots Guild met. Later the HPG", "HPG"),
        ("the Union of the Tarn Ferry Crews & Mates; UTFCM", "UTFCM"),
        ("Dock & Quay Board staff left. DQB", "DQB"),
        # a pair of initials the text never writes: no pattern is built for the capitals
        ("Harbour Pilots met the Guild in Tarn. HPG", "HPG"),
        ("The Pilots Harbour Guild met. HPG", "HPG"),
        ("Harbour of the and Pilots Guild met. HPG", "HPG"),
        ("Harbour\nPilots Guild met. HPG", "HPG"),
        ("HarbourPilots Guild met. HPG", "HPG"),
        ("Harbour-Pilots Guild met. HPG", "HPG"),
        ("Harbour 2Pilots Guild met. HPG", "HPG"),
    ],
)
def test_full_name_as_its_pattern_reads(text: str, capitals: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping the pattern where two initials never follow each other finds what the pattern
    alone finds: the same span, or none."""
    before = text.rindex(capitals)
    guarded = full_name(text, capitals, before)

    class _Every:
        def __contains__(self, pair: object) -> bool:
            return True

    monkeypatch.setattr(org_short_forms, "_initial_pairs", lambda text: _Every())
    assert full_name(text, capitals, before) == guarded
