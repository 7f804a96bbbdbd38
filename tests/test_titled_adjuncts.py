"""An adjunct between a reporting verb and its "that" may hold a title written short with its
stop: "said in a letter to Gov. Tom Pike that …", "wrote in an email to Dr. Ali Reza that …";
the stop is the title's, no end of the adjunct (attribution/complements._title_stop). Original
sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _report(text: str) -> tuple[str | None, str | None] | None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    attribution = next((a for a in result.attributions if "fares were unlawful" in a.content), None)
    return (attribution.speaker, attribution.cue) if attribution is not None else None


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Sen. Ivy Marsh said in a letter to Gov. Tom Pike that the fares were unlawful.", ("Sen. Ivy Marsh", "said")),
        ("Sen. Ivy Marsh wrote in an email to Dr. Ali Reza that the fares were unlawful.", ("Sen. Ivy Marsh", "wrote")),
        ("Ivy Marsh argued in a note to Rep. Dee Amos that the fares were unlawful.", ("Ivy Marsh", "argued")),
        # a medium, its hearer with a phrase of its own and a time between the verb and "that"
        (
            "Ivy Marsh wrote in an email to staff at the port last week that the fares were unlawful.",
            ("Ivy Marsh", "wrote"),
        ),
        (
            "Ivy Marsh wrote in an internal email to all staff late last week that the fares were unlawful.",
            ("Ivy Marsh", "wrote"),
        ),
        (
            "Ivy Marsh said in a letter to the parents of pupils on Monday that the fares were unlawful.",
            ("Ivy Marsh", "said"),
        ),
        # near misses: no title, a plain adjunct (both read before), a full stop ending the sentence
        ("Sen. Ivy Marsh said in a letter to Tom Pike that the fares were unlawful.", ("Sen. Ivy Marsh", "said")),
        ("Sen. Ivy Marsh said on Twitter that the fares were unlawful.", ("Sen. Ivy Marsh", "said")),
        ("Sen. Ivy Marsh wrote to Gov. Tom Pike. Critics said the fares were unlawful.", ("Critics", "said")),
        # near miss: an infinitive after a phrase with no medium is the verb's
        (
            "Ivy Marsh decided at a meeting to close the port. Critics said the fares were unlawful.",
            ("Critics", "said"),
        ),
    ],
)
def test_a_title_s_stop_inside_an_adjunct(text: str, report: tuple[str, str]) -> None:
    assert _report(text) == report


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # near miss: a long phrase of time and place with no medium is cut at eight words as
        # before, and no "that" ends it: the words after the verb stay the content
        ("Ivy Marsh said after the long vote on the ferry budget in the old hall at noon the fares were unlawful.", "after the long vote"),
        # a medium's phrase that runs to "that" is the verb's, however long
        ("Ivy Marsh wrote in an internal email to all staff late last week that the fares were unlawful.", "the fares were unlawful"),
    ],
)  # fmt: skip
def test_only_a_medium_s_phrase_runs_long_to_that(text: str, opening: str) -> None:
    result = summarize(f"Ferry fares\n\n{text}\n", model="rules")
    assert [a.content.startswith(opening) for a in result.attributions] == [True]
