"""Incident type and figure categories the checker can ground: one lexicon table of incident
types for the offline model and the checker, plural disaster nouns, people forced from their
homes as displaced. Original articles."""

from __future__ import annotations

from summarizer import summarize

FLOODS = (
    "Floods sweep the delta\n\n"
    "Heavy rains flooded the delta on Tuesday, killing 27 people and forcing about 40,000 from their homes, "
    "the provincial disaster authority said.\n"
)
LANDSLIDES = (
    "Landslides kill 9 in hill towns\n\n"
    "Landslides after a week of rain killed 9 people in two hill towns on Sunday, the emergency office said. "
    "In one town a slope gave way above the market.\n"
)


def test_people_forced_from_their_homes_are_displaced_and_the_figure_is_kept() -> None:
    result = summarize(FLOODS, model="rules")
    assert result.incident is not None
    figures = {(f.value, f.category) for f in result.incident.figures}
    assert {(27, "killed"), (40000, "displaced")} <= figures
    assert not [f for f in result.check.findings if f.rule in ("pruned", "figures-complete")]


def test_plural_disaster_nouns_type_a_disaster_before_a_slope_that_gave_way() -> None:
    result = summarize(LANDSLIDES, model="rules")
    assert result.incident is not None
    assert (result.incident.type, result.incident.category) == ("disaster", "disaster")
    assert result.check.ok and not [f for f in result.check.findings if f.rule == "pruned"]
