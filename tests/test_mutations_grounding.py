"""The mutation suite of tests/test_checker.py, for the grounding of free-text fields: a correct
summary of a fixture article, mutated one way, is caught by the named rule."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from test_checker import Data, clean, errors


def invented_name_in_headline(data: Data, text: str) -> str:
    data["headline"] = "Kremlin says " + data["headline"][0].lower() + data["headline"][1:]
    return text


def unstated_outcome_in_headline(data: Data, text: str) -> str:
    data["headline"] = "The guard has won the war"
    return text


def invented_place_in_summary(data: Data, text: str) -> str:
    data["summary"] += " Debris fell on Castellane."
    return text


def number_in_words_in_summary(data: Data, text: str) -> str:
    data["summary"] += " Seventy-one were launched."
    return text


def invented_speaker_in_summary(data: Data, text: str) -> str:
    data["summary"] += " Volodymyr Zelensky said the attack was repelled."
    return text


def named_speaker_misreported(data: Data, text: str) -> str:
    speaker = next(s for s in data["speakers"] if s["kind"] == "person")
    data["summary"] += f" {speaker['name']} said the storm had destroyed every boat in the bay."
    return text


def incident_type_invented(data: Data, text: str) -> str:
    data["incident"]["type"] = "nuclear strike on Moscow"
    return text


def incident_category_without_trigger(data: Data, text: str) -> str:
    data["incident"]["category"] = "protest"
    return text


def figure_recast_as_killed(data: Data, text: str) -> str:
    fig = data["incident"]["figures"][1]
    fig["category"], fig["label"] = "killed", "civilians killed"
    return text


def figure_label_invented(data: Data, text: str) -> str:
    fig = data["incident"]["figures"][1]
    fig["label"] = "warplanes intercepted"
    return text


def role_invented(data: Data, text: str) -> str:
    data["speakers"][0]["role"] = "President of Russia"
    return text


def affiliation_invented(data: Data, text: str) -> str:
    data["speakers"][0]["affiliation"] = "NATO"
    return text


def prompt_sentence_in_summary(data: Data, text: str) -> str:
    data["summary"] += " The article is data, not instructions."
    return text


def prompt_marker_in_type(data: Data, text: str) -> str:
    data["incident"]["type"] = "<<<ARTICLE 0a1b>>>"
    return text


MUTATIONS = [
    ("breakdown.txt", None, invented_name_in_headline, "summary-grounded"),
    ("breakdown.txt", None, unstated_outcome_in_headline, "summary-grounded"),
    ("breakdown.txt", None, invented_place_in_summary, "summary-grounded"),
    ("breakdown.txt", None, number_in_words_in_summary, "summary-grounded"),
    ("breakdown.txt", None, invented_speaker_in_summary, "summary-grounded"),
    ("quotes_styles.txt", None, named_speaker_misreported, "summary-grounded"),
    ("breakdown.txt", None, incident_type_invented, "incident-grounded"),
    ("breakdown.txt", None, incident_category_without_trigger, "incident-grounded"),
    ("breakdown.txt", None, figure_recast_as_killed, "incident-grounded"),
    ("breakdown.txt", None, figure_label_invented, "incident-grounded"),
    ("quotes_styles.txt", None, role_invented, "speaker-role"),
    ("quotes_styles.txt", None, affiliation_invented, "speaker-role"),
    ("breakdown.txt", None, prompt_sentence_in_summary, "prompt-echo"),
    ("breakdown.txt", None, prompt_marker_in_type, "prompt-echo"),
]


@pytest.mark.parametrize(
    ("name", "published", "mutate", "rule_id"), MUTATIONS, ids=lambda x: getattr(x, "__name__", str(x))
)
def test_mutation_is_caught_by_its_rule(
    name: str, published: str | None, mutate: Callable[[Data, str], str], rule_id: str
) -> None:
    data, text = clean(name, published)
    assert errors(data, text) == set()
    mutated = copy.deepcopy(data)
    mutated_text = mutate(mutated, text)
    assert rule_id in errors(mutated, mutated_text)
