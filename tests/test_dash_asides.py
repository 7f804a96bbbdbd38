"""Dashes around a report (rules/attribution/dash_asides.py): a report set inside an aside ends at
the closing dash, what follows it being the writer's sentence again (a dash that closes an
earlier aside, a dash with no partner and an aside inside the content leave the content as it
was); a hyphen spaced on both sides is a dash; a speaker tag set off by dashes interrupts the content."""

from __future__ import annotations

import pytest

from summarizer import summarize


def reports(text: str) -> list[tuple[str, str]]:
    return [(a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue inside an aside: em dash, en dash, a doubled hyphen, a hyphen spaced on both sides
        (
            "The new budget — critics say it is the leanest in years — passed without debate.",
            [("say", "it is the leanest in years")],
        ),
        (
            "The new budget – critics say it is the leanest in years – passed without debate.",
            [("say", "it is the leanest in years")],
        ),
        (
            "The new budget -- critics say it is the leanest in years -- passed without debate.",
            [("say", "it is the leanest in years")],
        ),
        (
            "The new budget - critics say it is the leanest in years - passed without debate.",
            [("say", "it is the leanest in years")],
        ),
        # a relative clause as the aside
        ("The ferry — which the council said was unsafe — sailed again on Monday.", [("said", "was unsafe")]),
        # one word inside the aside is too short a report to keep, not one running past the dash
        ("The new rules set goals — some say unrealistic — for cutting fares.", []),
        # near misses: the dash before the cue closes an earlier aside; the dash has no partner;
        # the aside stands inside the content
        (
            "Ana Ruiz — the harbor master — said crews would quit if the pay stayed low.",
            [("said", "crews would quit if the pay stayed low")],
        ),
        ("The goals — set in May — some say are far too high.", [("say", "are far too high")]),
        (
            "The fares fell sharply — critics say far too late for the island's commuters.",
            [("say", "far too late for the island's commuters")],
        ),
        (
            "The mayor said the plan — the leanest in a decade — would pass.",
            [("said", "the plan — the leanest in a decade — would pass")],
        ),
        # a hyphen with no space around it ("5-4") is no dash: the spaced ones close the aside
        ("The vote ended 5-4 - officials said it was close - and the board adjourned.", [("said", "it was close")]),
    ],
)
def test_a_report_inside_a_dash_aside_ends_at_the_closing_dash(text: str, expected: list[tuple[str, str]]) -> None:
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a hyphen spaced on both sides is a dash: the speaker's phrase starts after it
        ("The new budget - critics say it is the leanest in years - passed without debate.", "critics"),
        ("The board cut the fares - Ruiz argued that it was too late.", "Ruiz"),
        # near miss: a hyphen with no space ("3-2") is inside the phrase
        ("A 3-2 majority of the board said the fares would rise.", "A 3-2 majority of the board"),
    ],
)
def test_a_spaced_hyphen_ends_the_speakers_phrase(text: str, speaker: str) -> None:
    assert [a.speaker for a in summarize(text, model="rules").attributions] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker tag set off by dashes interrupts the content, as one set off by commas does
        ("The toll — officials insist — will not rise.", [("insist", "The toll … will not rise")]),
        ("The toll - officials insist - will not rise this year.", [("insist", "The toll … will not rise this year")]),
        # a doubled hyphen, an em dash against the words, with or without a when after the verb
        ("The toll -- officials insist -- will not rise.", [("insist", "The toll … will not rise")]),
        ("The toll—officials insist—will not rise.", [("insist", "The toll … will not rise")]),
        ("The toll—the board said on Tuesday—will not rise.", [("said", "The toll … will not rise")]),
        # near misses: a clause after the cue between dashes against the words; an en dash in a range
        ("The toll—officials insist it is fair—will not rise.", [("insist", "it is fair")]),
        ("The vote went 9–5 for the plan, officials said.", [("said", "The vote went 9–5 for the plan")]),
        # after a clause whole, ", and" or a dash and "and" with a clause of its own: the writer's
        ("The toll will not rise — officials said — and the ferries will run.", [("said", "The toll will not rise")]),
        # near misses: a clause after the cue is the content; the first dash closes an aside
        ("The toll — officials insist it is fair — will not rise this year.", [("insist", "it is fair")]),
        ("Ana Ruiz — the harbor master — said crews would quit.", [("said", "crews would quit")]),
        # a phrase of when or where between the tag's verb and the closing dash is the tag's
        ("The new fare — the harbor board said on Tuesday — will double by May.",
         [("said", "The new fare … will double by May")]),
        ("The ferry — its captain said at the time — could not turn back.",
         [("said", "The ferry … could not turn back")]),
        # near misses: a clause after the when is the aside's content; a tag opening the sentence
        # with an aside after its when reads as before (nothing)
        ("The new fare — the board said on Tuesday it was fair — will double.", [("said", "it was fair")]),
        ("The board said on Tuesday — a week after the vote — that the fare will double.", []),
    ],
)  # fmt: skip
def test_a_tag_between_dashes_interrupts_the_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert reports(text) == expected
