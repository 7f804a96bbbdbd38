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


def test_plural_disaster_nouns_type_a_disaster_named_by_its_noun_before_a_slope_that_gave_way() -> None:
    result = summarize(LANDSLIDES, model="rules")
    assert result.incident is not None
    assert (result.incident.type, result.incident.category) == ("landslide", "disaster")
    assert result.check.ok and not [f for f in result.check.findings if f.rule == "pruned"]


def test_a_gun_found_with_no_one_hurt_is_an_incident_with_its_date() -> None:
    text = (
        "Loaded handgun found near school\n\n"
        "Officers found a loaded handgun in a backpack near a middle school on Tuesday morning, police said. "
        "No one was hurt.\n"
    )
    result = summarize(text, model="rules", published="2024-03-07")
    assert result.incident is not None
    assert (result.incident.type, result.incident.category) == ("incident", "other")
    assert result.incident.date is not None and result.incident.date.value == "2024-03-05"


def test_an_opinion_on_guns_is_no_incident() -> None:
    text = (
        "Why the gun debate stalls\n\n"
        "Lawmakers have argued about firearms for decades, and the debate rarely moves. "
        "Voters say they want change, but few bills reach a vote.\n"
    )
    assert summarize(text, model="rules").incident is None
