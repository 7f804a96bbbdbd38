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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll revised down: the latest figure is the toll, told as a toll's new value or as a correction
        ("Wardens revised the death toll down to 6 from 8 after the Tolley mill fire, the chief said.", (6, 0)),
        ("A coach left the road near Brisk on Sunday. Police initially said 8 people died. The toll was lowered to 6.", (6, 0)),
        ("A barge sank near Quill on Monday. Medics first reported 8 dead; the toll now stands at 6.", (6, 0)),
        ("The number of dead in the Tolley mill fire fell to 6 from 8, officials said.", (6, 0)),
        ("The toll from the Tolley mill fire was revised upward to 13.", (13, 0)),
        # or raised: the toll's new value, as after "rose"
        ("A coach left the road near Brisk on Sunday. Police initially said 4 people died. The toll was later raised to 9.", (9, 0)),
        ("Medics had earlier reported 8 dead at the Tolley mill. Officials later revised the figure, saying 6 had died.", (6, 0)),
        # near misses: a smaller later count told as no correction stays a part or one more
        ("Medics had earlier reported 8 dead at the Tolley mill. Officials said 6 people died in the fire.", (8, 0)),
        ("Medics had earlier reported 8 dead at the Tolley mill. Two more people died overnight.", (8, 0)),
        # nor a revision of something else: the toll keeps the count it has
        ("Police initially said 8 people died at the Tolley mill. The mill's owner lowered its prices to 6 dollars.", (8, 0)),
        ("Police initially said 4 people died at the Tolley mill. The bridge toll was raised to 9 dollars last year.", (4, 0)),
        ("Police initially said 4 people died at the Tolley mill. The city raised the fare to 9 dollars.", (4, 0)),
    ],
)  # fmt: skip
def test_a_toll_revised_down_is_the_latest_figure(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told by an ordinal tells the toll so far, the dead counted before it among it
        ("A second person has died after a crash on the Varn road on Friday that left one woman dead and four people hurt.", 2),
        ("Two men were killed in the Tolley mill fire on Saturday. A third victim died on Monday in hospital.", 3),
        ("A fourth climber has died after a rockfall on Brisk Peak that killed three hikers on Sunday, rangers said.", 4),
        # near misses: an ordinal of no death, and one the dead counted already hold
        ("One man was killed in the Varn road crash on Friday. It was the second crash at the bend this year.", 1),
        ("One woman was killed in the Tolley mill fire, the second fire at the mill in a decade.", 1),
        ("Three men were killed in the Tolley mill fire on Saturday. A second victim was named on Monday.", 3),
        ("One man was killed at the Tolley mill on Friday. The second victim, a woman, was treated and released.", 1),
        ("One man died when the Tolley mill burned on Friday, for the second time in a year.", 1),
    ],
)  # fmt: skip
def test_a_death_told_by_an_ordinal_tells_the_toll_so_far(text: str, expected: int) -> None:
    assert tolls(text)[0] == expected


def test_the_checker_reads_an_ordinal_death_as_its_number_and_no_other() -> None:
    from summarizer import check

    text = "A second person has died after a crash on the Varn road on Friday that left one woman dead."
    result = summarize(text, model="rules", published="2024-03-09")
    assert result.incident is not None
    fig = next(f for f in result.incident.figures if f.text == "A second person")
    assert (fig.category, fig.value, fig.is_total) == ("killed", 2, True)
    assert not [f for f in result.check.findings if f.rule == "number-grounded"]
    inflated = result.model_copy(deep=True)
    assert inflated.incident is not None
    next(f for f in inflated.incident.figures if f.text == "A second person").value = 3
    assert any(f.rule == "number-grounded" for f in check(inflated, text).findings)
    hurt = result.model_copy(deep=True)
    assert hurt.incident is not None
    mislabelled = next(f for f in hurt.incident.figures if f.text == "A second person")
    mislabelled.category = "injured"
    assert any(f.rule == "number-grounded" for f in check(hurt, text).findings)
