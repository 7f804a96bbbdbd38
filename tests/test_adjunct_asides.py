"""A phrase of where or how something was said, set off by commas between a subject and its
verb of saying: "…, but the council, in a statement, said …" is the council's report, and the
report before it ends at ", but" (attribution/adjunct_asides.py). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _reports(text: str) -> list[tuple[str | None, str | None, str]]:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    return [(a.speaker, a.cue, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "The mayor said the ferry was safe, but the council, in a statement, said the fares were too high.",
            [("The mayor", "said", "the ferry was safe"), ("the council", "said", "the fares were too high")],
        ),
        (
            "Fares rose, but the operator, at a briefing on Monday, argued that fuel cost more.",
            [("the operator", "argued", "fuel cost more")],
        ),
        (
            "The union, on its website, claimed that the fares were too high.",
            [("The union", "claimed", "the fares were too high")],
        ),
        # a title's stop inside the aside ("to Gov. Ana Lusk", "to Dr. Lee") is no end of it
        (
            "The mayor said the ferry was safe, but the council, in a letter to Gov. Ana Lusk, said the fares were too high.",
            [("The mayor", "said", "the ferry was safe"), ("the council", "said", "the fares were too high")],
        ),
        (
            "The mayor said the ferry was safe, but the union, in a letter to Dr. Lee, said the fares were too high.",
            [("The mayor", "said", "the ferry was safe"), ("the union", "said", "the fares were too high")],
        ),
        # near misses: no verb of saying after the aside (the first report runs on, as before);
        # a stop after a word that is no title ("St." of a place) still ends the aside
        (
            "The mayor said the ferry was safe, but the council, in St. Ives, said the fares were too high.",
            [("The mayor", "said", "the ferry was safe, but the council, in St. Ives, said the fares were too high")],
        ),
        (
            "The mayor said the ferry was safe, but the council, in May, raised the fares.",
            [("The mayor", "said", "the ferry was safe, but the council, in May, raised the fares")],
        ),
    ],
)
def test_an_adjunct_between_subject_and_verb(text: str, reports: list[tuple[str, str, str]]) -> None:
    assert _reports(text) == reports


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # a sentence adverb set off by commas between the subject and its verb: the subject
        # speaks, as with no aside; the clause before the verb is no content of an inverted tag
        (
            "The union, meanwhile, blamed the board for the long delay.",
            [("The union", "blamed", "the board for the long delay")],
        ),
        (
            "The union blamed the board for the long delay.",
            [("The union", "blamed", "the board for the long delay")],
        ),
        (
            "The mayor, however, accused the board of hiding the costs.",
            [("The mayor", "accused the board of", "hiding the costs")],
        ),
        ("Tarn, for her part, urged Velo to resign.", [("Tarn", "urged", "to resign")]),
        ("Tarn, in turn, praised Velo for his work.", [("Tarn", "praised", "Velo for his work")]),
        ("Tarn, though, said the fares would rise.", [("Tarn", "said", "the fares would rise")]),
        ("Tarn, too, said the fares would rise.", [("Tarn", "said", "the fares would rise")]),
        # any connective ("indeed", "thus") and any owner of "part" ("their", "our")
        ("Tarn, indeed, said the fares would rise.", [("Tarn", "said", "the fares would rise")]),
        ("The drivers, for their part, urged Velo to resign.", [("The drivers", "urged", "to resign")]),
        # a lone verb with no words after it reads nothing, aside or not
        ("Tarn, meanwhile, accused Velo of lying.", []),
        ("Tarn accused Velo of lying.", []),
        # near misses: a whole clause before the aside is what the inverted tag reports
        (
            "The ferry was late again, meanwhile, the union said.",
            [("the union", "said", "The ferry was late again, meanwhile")],
        ),
        ("The fares will rise, however, said Tarn.", [("Tarn", "said", "The fares will rise, however")]),
        # near misses: an inverted tag right after the aside, its speaker after the verb, is the
        # adverb's report, not the subject's
        ("The levy, though, said Tarn, would fail.", [("Tarn", "said", "The levy, though … would fail")]),
        ("The depot, too, says the mayor, is unsafe.", [("the mayor", "says", "The depot, too … is unsafe")]),
        ("Yes, then, said Tarn.", [("Tarn", "said", "Yes, then")]),
        # and an object or a time after the verb is no inverted speaker
        ("The board, however, said nothing.", []),
        ("Tarn, though, said it.", []),
        ("The board, however, said the mayor was wrong.", [("The board", "said", "the mayor was wrong")]),
    ],
)
def test_a_sentence_adverb_between_subject_and_verb(text: str, reports: list[tuple[str, str, str]]) -> None:
    assert _reports(text) == reports
