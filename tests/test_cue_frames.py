"""Cue words and verb frames: a return of fire told as a retort ("hit back that …",
rules/attribution/reporting_verbs.py), "asked" whose object is the act of asking ("asked him a
question", rules/attribution/asked.py), "according to" a source with a relative clause on
it (rules/attribution/according_to.py), and a participle of saying after a main clause ("won
the vote, declaring that …"). Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.text.segments import tokens

Reading = tuple[str | None, str | None, str]


def _readings(text: str) -> list[Reading]:
    result = summarize(f"Budget row\n\n{text}\n", model="rules")
    return [(a.speaker, a.cue, a.content) for a in result.attributions]


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [
        (
            "Ada Pine shot back that most families get more back than they pay.",
            [("Ada Pine", "shot back", "most families get more back than they pay")],
        ),
        (
            "Council members fired back that the plan was never funded.",
            [("Council members", "fired back", "the plan was never funded")],
        ),
        ('The minister hit back: "This is nonsense."', [("The minister", "hit back", "This is nonsense")]),
        ('She fired back at critics: "They never read it."', [("She", "fired back", "They never read it")]),
        ('"They never read it," the minister shot back.', [("the minister", "shot back", "They never read it")]),
        # a tag the quote runs on into: its words are told, past a phrase of time or inverted
        (
            '"We will not be bullied," the mayor hit back on Tuesday.',
            [("the mayor", "hit back", "We will not be bullied")],
        ),
        ('"That is absurd," fired back the coach.', [("the coach", "fired back", "That is absurd")]),
        ('"Not true!" she shot back.', [("she", "shot back", "Not true!")]),
        # a phrase of when or of the medium between the verb and its words, or after a quote
        (
            '"They never read it," the minister shot back on Monday.',
            [("the minister", "shot back", "They never read it")],
        ),
        ('"They never read it," she hit back in a statement.', [("she", "hit back", "They never read it")]),
        ('"They never read it," she fired back on social media.', [("she", "fired back", "They never read it")]),
        (
            "Ada Pine fired back on her podcast that the plan was never funded.",
            [("Ada Pine", "fired back", "the plan was never funded")],
        ),
        ('Ada Pine hit back on Friday: "They never read it."', [("Ada Pine", "hit back", "They never read it")]),
        # near misses: fire returned; "push back", a stance of "push", not a retort's verb
        ("The gunman fired back on the officers.", []),
        ("Officers fired back on Monday and the man fled.", []),
        ("The guard shot back in the dark.", []),
        ("The gunman shot back at police before fleeing.", []),
        ("Officers fired back and the man fled.", []),
        ("The team hit back with two late goals.", []),
        ("A deputy shot back.", []),
        # a new sentence after a quote, or another verb's quote: fire returned, no tag
        ('"Drop the gun!" The man fired back.', [(None, None, "Drop the gun!")]),
        ('"Drop it," the deputy shouted, and the gunman fired back.', [("the deputy", "shouted", "Drop it")]),
        (
            "The officer shot back at the gunman, police said.",
            [("police", "said", "The officer shot back at the gunman")],
        ),
        ("Prices pushed back up in the spring.", []),
        ("The company pushed back its launch.", []),
        (
            "Tenants push back on what the landlord asks of them.",
            [("Tenants", "push back on", "what the landlord asks of them")],
        ),
    ],
)
def test_a_retort_told_as_return_of_fire(sentence: str, readings: list[Reading]) -> None:
    assert _readings(sentence) == readings


@pytest.mark.parametrize(
    ("sentence", "verb", "quoted", "cue"),
    [
        ('She hit back: "No."', "hit", False, "hit back"),
        ('"No," she hit back.', "hit", True, "hit back"),
        # near misses: a quote before the pair is no sign of words told, untagged
        ('"Drop it!" The man fired back.', "fired", False, None),
        ('"Drop it!" The man fired back at police.', "fired", False, None),
    ],
)
def test_a_retort_needs_words_told_after_it_or_a_tagged_quote(
    sentence: str, verb: str, quoted: bool, cue: str | None
) -> None:
    toks = tokens(sentence, 0, len(sentence))
    k = next(i for i, t in enumerate(toks) if t.low == verb)
    assert cue_at(toks, k, quoted=quoted) == (None if cue is None else (cue, k + 1))


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [
        ("A retired nurse asked council members a pointed question.", []),
        ("Ortiz asked the next question.", []),
        ("Voters are asking hard questions.", []),
        ("The senator asked tough questions of the nominee.", []),
        (
            "Kemp asked the same question again, saying the answer was unclear.",
            [("Kemp", "saying", "the answer was unclear")],
        ),
        # near misses: the question set out after its noun, in quotes or after "of whether"
        ('He asked a question, "Who pays?"', [("He", "asked", '"Who pays?"')]),
        (
            "He asked the question of whether the money was spent.",
            [("He", "asked", "the question of whether the money was spent")],
        ),
        # near misses: what was asked, a request, a question word's clause
        (
            "She asked whether the line would run at night.",
            [("She", "asked", "whether the line would run at night")],
        ),
        ("He asked council to delay the vote.", [("He", "asked", "council to delay the vote")]),
        ("He asked what questions remained.", [("He", "asked", "what questions remained")]),
    ],
)
def test_asking_a_question_tells_no_words(sentence: str, readings: list[Reading]) -> None:
    assert _readings(sentence) == readings


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [
        (
            "According to two people who were in the room, the talks nearly collapsed.",
            [("two people who were in the room", "According to", "the talks nearly collapsed")],
        ),
        (
            "According to a memo that was sent Friday, the plant will close.",
            [("a memo that was sent Friday", "According to", "the plant will close")],
        ),
        # the relative's verb takes an object of its own
        (
            "According to witnesses who saw the crash, the car was speeding.",
            [("witnesses who saw the crash", "According to", "the car was speeding")],
        ),
        (
            "According to a source who has seen the draft, the bill would cut taxes.",
            [("a source who has seen the draft", "According to", "the bill would cut taxes")],
        ),
        (
            "According to residents who live near the plant, the smell returned on Monday.",
            [("residents who live near the plant", "According to", "the smell returned on Monday")],
        ),
        # near misses: a second phrase past the relative's object is the content's subject; a
        # relative set off by commas is the source's aside
        ("According to those who spoke to the paper the driver fled, leaving the car.", []),
        ("According to police, who arrived at 2 a.m., the man fled.", [("police", "According to", "the man fled")]),
        # near miss: a plain source, read as before
        (
            "According to Ada Pine, the talks nearly collapsed.",
            [("Ada Pine", "According to", "the talks nearly collapsed")],
        ),
    ],
)
def test_according_to_a_source_with_a_relative_clause(sentence: str, readings: list[Reading]) -> None:
    assert _readings(sentence) == readings


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [
        (
            'Pine won the vote Tuesday, declaring that the town had "better get used to me."',
            [("Pine", "declaring", 'the town had "better get used to me."')],
        ),
        (
            "Pine lost the race, insisting that the count was wrong.",
            [("Pine", "insisting", "the count was wrong")],
        ),
        (
            "The club won the cup, proclaiming that its rivals were finished.",
            [("The club", "proclaiming", "its rivals were finished")],
        ),
    ],
)
def test_a_participle_of_saying_after_a_main_clause(sentence: str, readings: list[Reading]) -> None:
    assert _readings(sentence) == readings
