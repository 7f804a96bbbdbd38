"""A relative clause with no "who" or "that" inside the subject ("The man I met said …") is
part of the speaker phrase, its verb an irregular past or one with "to" after it
(attribution/restrictive_relatives.relative_subject and cue_nouns.noun_position). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speaker(text: str) -> str | None:
    result = summarize(f"Ferry times\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "ferry" in a.content), None)
    return attribution.speaker if attribution is not None else "no attribution"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The deckhand I met said the ferry ran late all week.", "The deckhand I met"),
        ("The clerk I spoke to said the ferry ran late all week.", "The clerk I spoke to"),
        ("The porters we spoke with said the ferry ran late all week.", "The porters we spoke with"),
        ("The pilot they hired said the ferry ran late all week.", "The pilot they hired"),
        ("The captain we talked to said the ferry ran late all week.", "The captain we talked to"),
        # a present: the clause's verb, then at most a preposition before the cue
        ("The man I know says the ferry ran late all week.", "The man I know"),
        ("The clerk I talk to says the ferry ran late all week.", "The clerk I talk to"),
        ("The porter she works with says the ferry ran late all week.", "The porter she works with"),
        ("The crew we hire say the ferry ran late all week.", "The crew we hire"),
        # the clause's verb a cue itself: no report of its own before its subject's cue
        ("The porters I asked said the ferry ran late all week.", "The porters I asked"),
        ("The harbour master we criticised says the ferry ran late all week.", "The harbour master we criticised"),
        ("The clerk I told said the ferry ran late all week.", "The clerk I told"),
        # near misses: the clause after the verb is what is said; a pronoun's "said" is the cue
        ("The porters said I asked the ferry crew to wait.", "The porters"),
        ("I asked the porters, who said the ferry ran late all week.", "who"),
        ("Residents they really say the ferry ran late all week.", "they"),
        ("Yesterday I think he said the ferry ran late all week.", "I"),
        ("The deckhand said I met the ferry at the quay.", "The deckhand"),
        ("It is a problem she said the ferry company would fix.", "she"),
    ],
)
def test_a_contact_clause_is_part_of_the_subject(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def _reports(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contact clause whose object is the noun before it, closed by a comma: it reports nothing
        (
            "Despite the doubts she sometimes feels, Ana Ruiz said the ferry will run.",
            [("Ana Ruiz", "said", "the ferry will run")],
        ),
        (
            "For all the fears they voiced, the board agreed the plan would work.",
            [("the board", "agreed", "the plan would work")],
        ),
        # a fronted phrase holding a contact clause with a short phrase on its verb: the main
        # clause's subject speaks, not the clause's pronoun
        (
            "In a memo he wrote to the crew, the captain said the ferry will run.",
            [("the captain", "said", "the ferry will run")],
        ),
        (
            "In the note she posted on Sunday, Ana Ruiz said the ferry will run.",
            [("Ana Ruiz", "said", "the ferry will run")],
        ),
        # near misses: a form of saying with a comma after it, a quotation after the comma; no
        # fronted phrase ("He wrote to the crew, …" is his report)
        ("In the end she said, we won the match.", [("she", "said", "we won the match")]),
        ("He wrote to the crew that the ferry will run.", [("He", "wrote", "the ferry will run")]),
        ('In the end she said, "We won the match."', [("she", "said", "We won the match")]),
    ],
)
def test_a_contact_clause_on_an_object_reports_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _reports(text) == expected
