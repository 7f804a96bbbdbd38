from __future__ import annotations

from conftest import article

from summarizer import summarize


def figures(text: str) -> list[tuple[str, str, float, float | None, str, str | None, bool]]:
    inc = summarize(text, model="rules").incident
    assert inc is not None
    return [(f.category, f.label, f.value, f.value_max, f.qualifier, f.location, f.is_total) for f in inc.figures]


def test_breakdown_with_a_shared_count_read_as_each() -> None:
    got = figures(article("breakdown.txt"))
    assert got == [
        ("intercepted", "rockets intercepted", 30, None, "exact", None, True),
        ("intercepted", "rockets intercepted", 11, None, "exact", "Marren Province", False),
        ("intercepted", "rockets intercepted", 9, None, "exact", "Tolsk Province", False),
        ("intercepted", "rockets intercepted", 5, None, "exact", "Ardel", False),
        ("intercepted", "rockets intercepted", 5, None, "exact", "Brisk", False),
    ]


def test_shared_count_read_together_when_that_matches_the_total() -> None:
    text = (
        "The army said it shot down 20 drones over three regions.\n\n"
        "Twelve were downed over Varo Region, while eight were destroyed over Kesk and Lunn."
    )
    got = figures(text)
    assert got[0][2] == 20 and got[0][6] is True
    assert [(v, loc) for _, _, v, _, _, loc, total in got[1:]] == [(12, "Varo Region"), (8, "Kesk and Lunn")]


def test_qualifiers_and_ranges() -> None:
    got = figures(article("qualifiers.txt"))
    assert got == [
        ("killed", "people killed", 12, None, "at_least", None, False),
        ("injured", "people injured", 40, None, "about", None, False),
        ("displaced", "residents displaced", 300, None, "at_most", None, False),
        ("missing", "people missing", 20, 25, "range", None, False),
    ]


def test_figures_carry_their_attribution() -> None:
    result = summarize(article("qualifiers.txt"), model="rules")
    assert result.incident is not None
    ids = {a.id for a in result.attributions}
    assert all(f.attribution_id in ids for f in result.incident.figures)


def test_years_dates_times_and_ages_are_not_counts() -> None:
    text = "In 2020, a 26-year-old man was hurt at 9:30 pm on July 3 in a fire, police said. No. 5 road closed."
    inc = summarize(text, model="rules").incident
    assert inc is not None
    # no year, age, clock time, day or road number is a count; the man hurt is one person
    assert [(f.value, f.text, f.category) for f in inc.figures] == [(1, "a 26-year-old man", "injured")]
