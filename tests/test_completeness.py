"""What a summary leaves out: `figures-complete` (a reported count no figure holds) and
`headline-total` (a part stated where the article states a total). Original sentences and an
original fixture article (a regional toll with a town's part of it)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from conftest import ARTICLES

from summarizer import IncidentSummary, check, summarize
from summarizer.checker.completeness import category_of, reported_counts

Data = dict[str, Any]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Floods kill 27 and displace about 40,000 in the delta.", [(27, "killed"), (40000, "displaced")]),
        ("Storms hit the coast, killing 27 people and forcing about 40,000 from their homes.",
         [(27, "killed"), (40000, "displaced")]),
        ("In the old town alone, 12 people were killed when the dam failed.", [(12, "killed")]),
        ("Two 15-year-old students were killed and three others wounded.", [(2, "killed"), (3, "injured")]),
        ("The death toll rose to 31 on Friday.", [(31, "killed")]),
        ("The blast left 5 dead and 7 injured.", [(5, "killed"), (7, "injured")]),
        ("Police arrested 4 men at the scene.", [(4, "arrested")]),
        ("Nine climbers remain missing.", [(9, "missing")]),
    ],
)  # fmt: skip
def test_a_casualty_word_governing_a_number_is_a_reported_count(sentence: str, counts: list[tuple[int, str]]) -> None:
    assert [(c.value, c.category) for c in reported_counts(sentence)] == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "He called 911 at 3 a.m. from 1200 Harbour Street.",  # a phone number, a time, an address
        "The victims, ages 18 and 20, died at the hospital.",  # ages
        "A 34-year-old man was killed.",  # an age (the count is the man, not the number)
        "About 300 people attended the vigil in 2019.",  # no casualty word
        "Officials said 12 drones were shot down.",  # shot down counts drones, not people
        "The fund paid $40,000 to the injured.",  # money
        "Turnout fell 12 percent after the killing.",  # a share
        "No one was injured in the crash.",  # nobody
        "The Feb. 13 death of the judge left a vacancy.",  # a date
        "He died three months ago.",  # a time
        "This is one reason he is hurting in the polls.",  # a new clause's subject between
        "The raid killed 9/11 planner Tavish Orrin.",  # not a number of people
    ],
)
def test_ages_years_money_phone_numbers_and_addresses_are_never_counts(sentence: str) -> None:
    assert reported_counts(sentence) == []


def test_a_casualty_word_is_read_through_its_inflections() -> None:
    assert [category_of(w) for w in ("kill", "kills", "killing", "displace", "injuring", "wounding")] == [
        "killed", "killed", "killed", "displaced", "injured", "injured",
    ]  # fmt: skip
    assert category_of("shot") is None and category_of("table") is None
    # "three gunshot wounds", "10,000 refugees": counts of wounds, or of people displaced before
    assert category_of("wounds") is None and category_of("refugees") is None


def _toll() -> tuple[Data, str]:
    text = (ARTICLES / "toll_with_parts.txt").read_text(encoding="utf-8")
    data = summarize(text, model="rules").model_dump(mode="json")
    return data, text


def _warnings(data: Data, text: str) -> set[str]:
    return {f.rule for f in check(IncidentSummary.model_validate(data), text).findings if f.severity == "warning"}


def test_the_offline_summary_of_a_toll_with_parts_leads_with_the_total_and_holds_every_count() -> None:
    data, text = _toll()
    assert "19" in data["headline"]
    assert not {"headline-total", "figures-complete"} & _warnings(data, text)


def test_a_headline_that_states_a_part_without_the_total_is_a_warning() -> None:
    data, text = _toll()
    data["headline"] = "The regional emergency office says 11 people died in Varesh"
    assert "headline-total" in _warnings(data, text)
    both = copy.deepcopy(data)
    both["headline"] = "The regional emergency office says 19 people were killed, 11 of them in Varesh"
    assert "headline-total" not in _warnings(both, text)


def test_a_summary_that_states_a_part_without_the_total_is_a_warning() -> None:
    data, text = _toll()
    data["summary"] = "According to the regional emergency office, 11 people died in Varesh."
    report = check(IncidentSummary.model_validate(data), text)
    assert [f.path for f in report.findings if f.rule == "headline-total"] == ["summary"]


def test_a_reported_count_that_no_figure_holds_is_a_warning_naming_it() -> None:
    data, text = _toll()
    data["incident"]["figures"] = [f for f in data["incident"]["figures"] if f["value"] != 11]
    report = check(IncidentSummary.model_validate(data), text)
    missing = [f for f in report.findings if f.rule == "figures-complete"]
    assert len(missing) == 1 and "11 killed" in missing[0].message
    assert missing[0].span is not None and text[missing[0].span[0] : missing[0].span[1]] == "11"


def test_an_article_with_no_incident_read_still_shows_its_reported_counts() -> None:
    data, text = _toll()
    data["incident"] = None
    report = check(IncidentSummary.model_validate(data), text)
    assert sorted(f.message.split()[3] for f in report.findings if f.rule == "figures-complete") == [
        "11", "19", "Eight"
    ]  # fmt: skip
