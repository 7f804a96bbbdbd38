"""A subject holding a relative clause not set off by commas is read whole, the noun before the
relative its head (attribution/restrictive_relatives.py); the speaker's description leaves a
"that" or "which" clause out (speaker_phrases). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> tuple[str | None, str | None]:
    result = summarize(f"Quarry news\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "quarry" in a.content), None)
    if attribution is None:
        return None, None
    entity = next((s.name for s in result.speakers if s.id == attribution.speaker_id), None)
    return attribution.speaker, entity


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # a "that" or "which" clause on a source, or on a thing a source acts for: the object of
        # the relative's verb is not who speaks
        (
            "A spokeswoman for the trust that runs the quarry said the quarry would stay open.",
            "A spokeswoman for the trust that runs the quarry",
            "spokeswoman for the trust",
        ),
        ("The firm that leases the pit said the quarry would stay open.", "The firm that leases the pit", "firm"),
        (
            "A council which oversees the valley has said the quarry would stay open.",
            "A council which oversees the valley",
            "council",
        ),
        (
            "An engineer for the cooperative that bought the site said the quarry would stay open.",
            "An engineer for the cooperative that bought the site",
            "engineer for the cooperative",
        ),
        ("The union that represented the drivers said the quarry would stay open.", "The union that represented the drivers", "union"),
        # a "who" clause stays in the description (it may tell the anonymity)
        ("Two drivers who worked the night shift said the quarry would stay open.", "Two drivers who worked the night shift", "Two drivers who worked the night shift"),
        # on a plural head the relative's verb is bare, and "whose" opens one too
        ("Villages that border the quarry say the quarry would stay open.", "Villages that border the quarry", None),
        ("Hauliers that rely on the pit have warned that the quarry would stay open.", "Hauliers that rely on the pit", None),
        ("Many unions that represent drivers say the quarry would stay open.", "Many unions that represent drivers", None),
        ("Neighbours whose homes face the pit say the quarry would stay open.", "Neighbours whose homes face the pit", None),
        # near misses: a "that" of content, with its own subject
        ("The trust warned that the quarry would stay open.", "The trust", "trust"),
        ("Managers said that the quarry would stay open.", "Managers", "Managers"),
        # near miss: a relative on a thing with no source in its phrase
        ("The road that leads to the pit, officials said, means the quarry would stay open.", "officials", "officials"),
    ],
)  # fmt: skip
def test_a_restrictive_relative_is_part_of_the_subject(text: str, speaker: str, entity: str | None) -> None:
    found = _speaker(text)
    assert found[0] == speaker
    if entity is not None:
        assert found[1] == entity


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # near misses: the relative's own subject after "that" (the word before it no verb), and
        # a singular head, whose verb is never bare
        ("Drivers that local firms hire say the quarry would stay open.", "Drivers that local"),
        ("The trust that many locals fund said the quarry would stay open.", "The trust that many"),
        ("The trust that fund managers like said the quarry would stay open.", "The trust that fund"),
    ],
)  # fmt: skip
def test_no_bare_word_is_read_as_the_relative_verb(text: str, wrong: str) -> None:
    speaker = _speaker(text)[0] or ""
    assert not speaker.startswith(wrong)


def _stances(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(f"Quarry news\n\n{text}\n", model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a stance verb inside a relative on the subject: its object ends where the main verb starts
        ("Villages that oppose the quarry say the levy is too low.", ("that", "oppose", "the quarry")),
        ("Drivers who back the new rota said the levy is too low.", ("who", "back", "the new rota")),
        # near misses: a cue word used as a noun after a determiner or before a verb of its own
        ("Drivers who back the plan met on Monday.", (None, "back", "the plan met")),
        # near miss: a verb of report inside a clause of the relative's object is that clause's
        ("Drivers who oppose what their bosses expect met on Monday.", (None, "oppose", "what their bosses expect met on Monday")),
    ],
)  # fmt: skip
def test_a_stance_inside_a_relative_ends_before_the_main_verb(text: str, stance: tuple[str | None, str, str]) -> None:
    assert stance in _stances(text)


def _reports(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(f"Quarry news\n\n{text}\n", model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of telling in a relative inside the subject, its object a hearer alone: no
        # report of its own, and the subject is the noun before the relative, past an aside too
        (
            "A senior engineer who has advised the Tarn trust said the quarry would stay open.",
            [("A senior engineer who has advised the Tarn trust", "said", "the quarry would stay open")],
        ),
        (
            "A senior engineer who has advised the Tarn trust, speaking on condition of anonymity, said the quarry would stay open.",
            [("A senior engineer who has advised the Tarn trust", "said", "the quarry would stay open")],
        ),
        (
            "Two drivers who have worked with Ada Roe, speaking on condition of anonymity, said the quarry would stay open.",
            [("Two drivers who have worked with Ada Roe", "said", "the quarry would stay open")],
        ),
        # near misses: a relative set off by commas is an aside; a relative that tells a clause
        # reports it
        (
            "Ada Roe, who has advised the trust, said the quarry would stay open.",
            [("Ada Roe", "said", "the quarry would stay open")],
        ),
        (
            "The trust, speaking through its lawyer, said the quarry would stay open.",
            [("The trust", "said", "the quarry would stay open")],
        ),
    ],
)  # fmt: skip
def test_a_relative_that_tells_no_clause_reports_nothing(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of telling in a relative inside the subject, its told clause with a verb of its
        # own, then the main verb of saying: the main verb reports, its subject read whole
        (
            "The man who told police the car was red said the quarry had been closed.",
            [("The man who told police the car was red", "said", "the quarry had been closed")],
        ),
        (
            "A guard who warned staff that the gate was stuck says the quarry had been closed.",
            [("A guard who warned staff that the gate was stuck", "says", "the quarry had been closed")],
        ),
        # an apposition on the relative's object: the subject is the noun before the relative
        (
            "Voters who backed the levy, a tax on hotel rooms, said the quarry had been closed.",
            [
                ("who", "backed", "the levy, a tax on hotel rooms"),
                ("Voters who backed the levy, a tax on hotel rooms", "said", "the quarry had been closed"),
            ],
        ),
        # near miss: a relative set off by commas is an aside with its own report
        (
            "Ada Roe, who told police the car was red, said the quarry had been closed.",
            [("who", "told", "the car was red"), ("Ada Roe", "said", "the quarry had been closed")],
        ),
    ],
)  # fmt: skip
def test_a_relative_before_the_main_verb_of_saying_reports_nothing(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: no main verb of saying after the relative, or a cue inside the told clause
        # before any verb of it (the clause's own report): the relative keeps its report
        ("The man who told police the car was red left town.", [("who", "told")]),
        ("A guard who warned staff that the gate was stuck has left.", [("who", "warned")]),
        ("The man who told police that his neighbour said the car was red left town.", [("who", "told")]),
        # near miss: an apposition with no main verb of saying after it
        ("Voters who backed the levy, a tax on rooms, were pleased.", [(None, "backed")]),
    ],
)  # fmt: skip
def test_a_relative_with_no_main_verb_of_saying_after_it_keeps_its_report(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(speaker, cue) for speaker, cue, _ in _reports(text)] == expected
