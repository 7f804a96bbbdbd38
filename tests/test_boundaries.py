"""Where an attribution's content starts and ends, as the offline model reads original
sentences: an interrupted quote is one attribution in two pieces, content stops before another
source's reporting clause, anonymity is never content, and no dateline or page furniture is a
speaker. Also how the evaluation scores an attribution in pieces."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import units
from summarizer.schema import Attribution


def _attributions(text: str) -> list[Attribution]:
    return summarize(text, model="rules").attributions


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # the speaker clause with a relative clause, closing its sentence
        ("“The ferry will run again in May,” said Tomas Reyes, who sits on the harbour board. "
         "“The repairs are nearly done.”",
         ["The ferry will run again in May", "The repairs are nearly done"]),
        # the speaker clause mid-sentence, subject before the verb
        ("“We have checked every cable,” the engineer said, “and the bridge is safe to open.”",
         ["We have checked every cable", "and the bridge is safe to open"]),
    ],
)  # fmt: skip
def test_an_interrupted_quote_is_one_attribution_in_pieces(text: str, pieces: list[str]) -> None:
    (a,) = _attributions(text)
    assert [text[s:e] for s, e in a.content_spans] == pieces
    assert a.content == " … ".join(pieces)
    assert a.content_span == (a.content_spans[0][0], a.content_spans[-1][1])
    assert a.type == "direct"
    speaker = a.speaker_span
    assert speaker is not None and all(e <= speaker[0] or s >= speaker[1] for s, e in a.content_spans)


def test_reported_words_between_two_quoted_phrases_stay_content() -> None:
    text = 'In an interview on "Morning Desk," the mayor said the town needs "more patience" and "more buses."'
    for a in _attributions(text):
        assert len(a.content_spans) == 1


def test_the_pieces_survive_the_checker() -> None:
    text = "“The ferry will run again in May,” said Tomas Reyes, who sits on the harbour board. “The repairs are nearly done.”"
    result = summarize(text, model="rules")
    assert [f for f in result.check.findings if f.severity == "error"] == []


def test_evaluation_scores_pieces_against_gold_split_or_whole() -> None:
    text = "“The ferry will run again in May,” said Tomas Reyes, who sits on the harbour board. “The repairs are nearly done.”"
    (a,) = _attributions(text)
    (p1, p2) = a.content_spans
    # gold that records each part as a quote: each piece is scored against its own
    spans, owner = units(text, [a], [p1, p2])
    assert spans == [p1, p2] and owner == [0, 0]
    # gold that records the quote as one (its outer extent spans both pieces): scored whole
    spans, owner = units(text, [a], [a.content_span])
    assert spans == [a.content_span] and owner == [0]
