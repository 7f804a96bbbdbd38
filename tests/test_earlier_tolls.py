"""A toll told as an earlier report of it ("had put the death toll at", "initially reported", "an
earlier toll of") gives way to a larger count of the same harm in the text: superseded, not the
toll; alone, or beside only a smaller count told as more, it is still the toll."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2024-03-09")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier report, then the later count
        ("Rescuers initially reported 11 dead in the Varn quarry collapse. Officials now say 26 people were killed.", (26, 0)),
        ("The coast guard had said 8 people were dead. On Friday the navy said 19 sailors died in the fire.", (19, 0)),
        ("The ministry said 31 people died in the flooding, up from an earlier toll of 12.", (31, 0)),
        ("Medics had earlier reported 6 people hurt. By Friday, doctors said 15 people were injured in the blast.", (0, 15)),
        # the earlier toll told after the later one
        ("Officials say 26 people were killed in the Varn quarry collapse. Rescuers had said 11 were dead.", (26, 0)),
        # near misses: an earlier report alone, a report in the simple past, a later count that is smaller
        ("Officials had put the death toll at 14 after the Varn bridge gave way.", (14, 0)),
        ("Police said 20 people were dead after the quarry collapse in Varn.", (20, 0)),
        ("Rescuers initially reported 11 dead in the Varn quarry collapse. Two more people died in hospital.", (11, 0)),
        # nor a larger count of another harm
        ("Rescuers initially reported 11 dead in the Varn quarry collapse. Fourteen workers were injured.", (11, 14)),
        # nor a larger count of another year's incident, unless the earlier report names that year too
        ("Police had said 3 people were killed in the Ash Road crash. The 1998 crash at the same bend killed 40 people.", (3, 0)),
        ("Police had said 3 people were killed in the Ash Road crash. A 2015 pileup there left 12 dead.", (3, 0)),
        # nor a larger count told as no report or update of the toll: another crash's, another harm's
        ("Police had said 3 people were killed in the Ash Road crash. A similar crash at the bend once killed 40 people.", (3, 0)),
        ("Medics initially reported 3 hurt in the Ash Road crash. Forty riders were treated for shock.", (0, 3)),
        ("Medics initially reported 4 dead in the 2023 ferry fire. Officials now say 9 people were killed in the 2023 fire.", (9, 0)),
    ],
)  # fmt: skip
def test_an_earlier_report_gives_way_to_a_larger_count(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
