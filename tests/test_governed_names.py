"""A name a preposition governs in a speaker phrase is whose the speaker is, not the speaker
("a spokeswoman for Senator Ana Reed, Jo Cole, said": Jo Cole; "an aide to Gov. Bo Tran said":
no one named) (rules/governed_names.py). Original sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer.rules.governed_names import governed_name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the appositive name names the head noun, not the preposition's object
        ("A spokeswoman for Senator Ivy Marsh, Lena Ford, said the vote would hold.", "Lena Ford"),
        ("An aide to Gov. Omar Pike, Sam Yeo, said the vote would hold.", "Sam Yeo"),
        ("A lawyer for Vice President Rex Dunn, Pia Holt, said the vote would hold.", "Pia Holt"),
        ("An adviser to Omar Pike, Sam Yeo, said the vote would hold.", "Sam Yeo"),
        ("A lawyer representing Gov. Omar Pike, Jo Cole, said the vote would hold.", "Jo Cole"),
        # no name for the aide: the aide, never the boss
        ("An aide to Gov. Omar Pike said the vote would hold.", "aide to Gov. Omar Pike"),
        ("An aide to Pike said the vote would hold.", "aide to Pike"),
        ("A lawyer representing Gov. Omar Pike said the vote would hold.", "lawyer representing Gov. Omar Pike"),
        # near misses: the boss is the subject, a title of the speaker's own, a noun before a
        # title, a capitalised role before "to", a country after "to"
        ("Senator Ivy Marsh, a spokeswoman's boss, said the vote would hold.", "Ivy Marsh"),
        ("Lena Ford, a spokeswoman for Senator Ivy Marsh, said the vote would hold.", "Lena Ford"),
        ("Harbour Police Chief Omar Pike said the vote would hold.", "Omar Pike"),
        ("Senator Ivy Marsh said the vote would hold.", "Ivy Marsh"),
        ("Sam Yeo, the envoy to Peru, said the vote would hold.", "Sam Yeo"),
        ("Gov. Omar Pike, representing the state, said the vote would hold.", "Omar Pike"),
        # a party or a people after an indefinite article is whose the boss is, no name at all
        ("A spokesperson for Gov. Omar Pike, a Democrat, said the vote would hold.", "spokesperson for Gov. Omar Pike"),
        ("An aide to Senator Ivy Marsh, a Republican, said the vote would hold.", "aide to Senator Ivy Marsh"),
        ("A lawyer for Mayor Omar Pike, a Liberal, said the vote would hold.", "lawyer for Mayor Omar Pike"),
        ("A spokesman for Gov. Tessa Vane, an Independent, said the vote would hold.", "spokesman for Gov. Tessa Vane"),
        (
            "A spokeswoman for Rep. Carl Denn, a Tarn Republican, said the vote would hold.",
            "spokeswoman for Rep. Carl Denn",
        ),
        # the member's place after "from" or "of" is still no name
        ("A spokesman for the senator, a Republican from Orla, said the vote would hold.", "spokesman for the senator"),
        ("An aide to Rep. Carl Denn, a Democrat of Tarn County, said the vote would hold.", "aide to Rep. Carl Denn"),
        # near misses: the membership after a name of the speaker's own; a name after an article-less part
        ("Senator Ivy Marsh, a Republican, said the vote would hold.", "Ivy Marsh"),
        ("A spokesperson for Gov. Omar Pike, Lena Ford, said the vote would hold.", "Lena Ford"),
        ("Senator Ivy Marsh, a Republican from Orla, said the vote would hold.", "Ivy Marsh"),
        ("Dana Holt, an Albertan, said the vote would hold.", "Dana Holt"),
        ("A Canadian official said the vote would hold.", "Canadian official"),
    ],
)
def test_a_governed_name_is_not_the_speaker(sentence: str, speaker: str) -> None:
    assert speaker_of(f"Vote set\n\n{sentence}\n", "vote would hold") == speaker


def _words(text: str) -> list[tuple[str, int, int]]:
    out, at = [], 0
    for w in text.split():
        at = text.index(w, at)
        out.append((w, at, at + len(w)))
        at += len(w)
    return out


@pytest.mark.parametrize(
    ("phrase", "k", "governed"),
    [
        ("a spokeswoman for Senator Ivy Marsh", 4, True),
        ("an aide to Gov. Omar Pike", 4, True),
        ("the wife of Vice President Rex Dunn", 5, True),
        ("an aide to Pike", 3, True),
        ("a lawyer representing Gov. Omar Pike", 4, True),
        # near misses
        ("Senator Ivy Marsh", 1, False),
        ("Harbour Police Chief Omar Pike", 3, False),
        ("Ambassador to Peru Sam Yeo", 3, False),
        ("the envoy to Peru", 3, False),
        ("a lawyer for Ivy Marsh", 3, False),  # no title between: other readings decide
        ("the clerk I spoke to", 5, False),  # no name at all
    ],
)
def test_governed_name(phrase: str, k: int, governed: bool) -> None:
    assert governed_name(_words(phrase), k) is governed
