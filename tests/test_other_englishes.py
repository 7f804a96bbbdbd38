"""Attribution as British, Irish, Australian, South Asian and African news English writes it:
single quotation marks around apostrophes, a dateline in capitals and a colon, the report verbs of those presses and a quote signed with a role after a dash or in brackets. Original sentences, each row with the speaker, cue and content a reader would take."""

from __future__ import annotations

import pytest

from summarizer import summarize


def attributions(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


# single quotation marks: a plural's apostrophe inside the quote, or one for letters left out
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("'The dockers' union will not sail,' Ms Rooney said.", "Ms Rooney", "The dockers' union will not sail"),
        ("‘The tenants’ group was never asked,’ Cllr Ryan said.", "Cllr Ryan", "The tenants’ group was never asked"),
        (
            "Mr Arora said: 'The porters' strike will go on until the fares are fixed.'",
            "Mr Arora",
            "The porters' strike will go on until the fares are fixed",
        ),
        ("'It felt like the '80s again,' he said.", "he", "It felt like the '80s again"),
    ],
)
def test_a_single_quoted_passage_holds_its_apostrophes(text: str, speaker: str, content: str) -> None:
    assert (speaker, "said", content) in attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union met on Friday and the nurses' union on Saturday.",
        "In the '70s the town's mills closed, and rock 'n' roll kept the pubs open.",
    ],
)
def test_apostrophes_alone_quote_nothing(text: str) -> None:
    assert attributions(text) == []


# a dateline in capitals and a colon, the town written as a place below: the police's words, not the town's
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "TARROW: Two workers were hurt when a crane fell at a site in Tarrow on Monday, police said.",
            "Two workers were hurt when a crane fell at a site in Tarrow on Monday",
        ),
        (
            "NEW TARROW: A bus overturned near New Tarrow on Sunday, injuring nine, police said.",
            "A bus overturned near New Tarrow on Sunday, injuring nine",
        ),
    ],
)
def test_a_dateline_in_capitals_is_no_speaker(text: str, content: str) -> None:
    assert ("police", "said", content) in attributions(text)


def test_a_label_in_capitals_opening_several_turns_is_a_speaker() -> None:
    text = "TARROW: We will win the vote.\n\nHOST: Why do you think so?\n\nTARROW: The people in Tarrow want change."
    assert ("TARROW", ":", "We will win the vote") in attributions(text)


# report verbs of British, Irish, South Asian and African news English, after a quote and before a clause
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "'No culprit will be spared,' the commissioner averred.",
            "the commissioner",
            "averred",
            "No culprit will be spared",
        ),
        (
            "'This is a sad day for the valley,' the Speaker intoned.",
            "the Speaker",
            "intoned",
            "This is a sad day for the valley",
        ),
        ("'We should have listened,' the mayor rued.", "the mayor", "rued", "We should have listened"),
        ("'The market is not a toy,' the senator opined.", "the senator", "opined", "The market is not a toy"),
        (
            "The minister opined that the scheme would help growers.",
            "The minister",
            "opined",
            "the scheme would help growers",
        ),
        ("'What a day for the club!' the chairman exclaimed.", "the chairman", "exclaimed", "What a day for the club!"),
    ],
)
def test_a_report_verb_of_other_englishes(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stated aim of the plan is to cut power cuts by half.",
        "A noted author opened the book fair on Monday.",
        "The MPs took queries about the budget on Monday.",
        "The crowd exclaimed in surprise as the lights came on.",
    ],
)
def test_no_report(text: str) -> None:
    assert attributions(text) == []


# a quote signed with a role phrase after a dash, or in brackets
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "'Ferries will run on Monday' – the transport minister.",
            "the transport minister",
            "Ferries will run on Monday",
        ),
        (
            "'Keep clear of the river' – Lisk police commander Ada Kerr.",
            "Lisk police commander Ada Kerr",
            "Keep clear of the river",
        ),
        ("'Schools reopen on Monday' – the local MP. Parents cheered.", "the local MP", "Schools reopen on Monday"),
        (
            "'Water cuts will go on until Friday' (utility spokesperson).",
            "utility spokesperson",
            "Water cuts will go on until Friday",
        ),
    ],
)
def test_a_role_signs_the_quote(text: str, speaker: str, content: str) -> None:
    assert (speaker, None, content) in attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a comment on the quote after the dash or in brackets, not who said it
        "'We will win' – a promise he made twice.",
        "'Stay home' – the official advice.",
        "'Never again' – the slogan on the banners.",
        "'Enough' (a word the minister used twice).",
        # a journalist's byline signs the article, not the quote
        "'Roads will reopen on Friday' – staff correspondent.",
        "'Roads will reopen on Friday' (staff writer).",
    ],
)
def test_a_comment_after_the_dash_names_no_speaker(text: str) -> None:
    assert all(speaker is None for speaker, _, _ in attributions(text))


# a quote inside a sentence with its own speaker: a role after the dash does not take it
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The mayor promised 'a new bridge by spring' – the council engineers.",
            "The mayor",
            "promised",
            "a new bridge by spring",
        ),
    ],
)
def test_a_role_after_a_quote_inside_a_sentence_signs_nothing(text: str, speaker: str, cue: str, content: str) -> None:
    found = attributions(text)
    assert (speaker, cue, content) in found
    assert all(s != "the council engineers" for s, _, _ in found)
