"""A beating or a blow as a hurt: told by its agent ("was beaten by police") or dealt with a blunt
weapon or a gun ("officers beat a man with batons"); not a defeat or a race ("beat the Tigers")."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.evaluation import count_of


def tolls(text: str) -> tuple[int, int]:
    result = summarize(text, model="rules", published="2026-03-06")
    return count_of(result, "killed"), count_of(result, "injured")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a beating by its agent, a person or the police
        ("A man was beaten by police in Corrow on Friday.", (0, 1)),
        ("He was beaten by police in Corrow on Friday.", (0, 1)),
        ("A clerk was beaten by two men at a shop in Corrow on Friday.", (0, 1)),
        ("Two tenants were beaten by a group of youths in Tamsey on Friday.", (0, 2)),
        # a beating dealt, fixed by its blunt weapon or its result
        ("Officers beat a man with batons in Corrow on Friday.", (0, 1)),
        ("Two men beat a clerk with a bat in Corrow on Friday.", (0, 1)),
        ("A robber struck a clerk with a handgun in Corrow on Friday.", (0, 1)),
        ("A robber struck two guards with a bat in Corrow on Friday.", (0, 2)),
        # near misses: a defeat, a race against time, a rhythm
        ("Commuters left early to beat the traffic in Corrow on Friday.", (0, 0)),
        ("The Lions beat the Tigers 3-1 in Corrow on Friday.", (0, 0)),
        ("The champion was beaten in the final in Corrow on Friday.", (0, 0)),
        ("The Lions were beaten by the Tigers in Corrow on Friday.", (0, 0)),
        ("A drummer beat a rhythm with two sticks in Corrow on Friday.", (0, 0)),
        ("The company struck a deal with a buyer in Corrow on Friday.", (0, 0)),
    ],
)
def test_a_beating_by_an_agent_or_a_weapon_is_a_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a beating's particle before its object, its result after it, any blunt weapon of
        # incident_words.BLUNT_WEAPONS (the checker's triggers hold each after "with")
        ("Three men beat up a student in Corrow on Friday.", (0, 1)),
        ("A gang beat a teen unconscious in Corrow on Friday.", (0, 1)),
        ("Guards beat two inmates with sticks in Corrow on Friday.", (0, 2)),
        ("A man hit a woman with a hammer in Corrow on Friday.", (0, 1)),
        ("A man was beaten with a bat by three men in Corrow on Friday.", (0, 1)),
        ("A clerk was pistol-whipped by a robber in Corrow on Friday.", (0, 1)),
        # the weapon's modifier any word, its determiner a possessive or a number, as the count reads
        # it and the checker grounds it (a trigger "with ~ pipe")
        ("Two men beat a clerk with a metal pipe in Corrow on Friday.", (0, 1)),
        ("Two men beat a clerk with a steel pipe in Corrow on Friday.", (0, 1)),
        ("Two men beat a clerk with a lead pipe in Corrow on Friday.", (0, 1)),
        ("A man beat a clerk with a baseball bat in Corrow on Friday.", (0, 1)),
        ("A man beat a clerk with an aluminum bat in Corrow on Friday.", (0, 1)),
        ("A man beat a clerk with two bats in Corrow on Friday.", (0, 1)),
        ("Two men beat a clerk with their fists in Corrow on Friday.", (0, 1)),
        ("A woman beat a clerk with her fists in Corrow on Friday.", (0, 1)),
        # the agent one of a home or a shop, after a possessive; the one beaten a suspect
        ("She was beaten by her husband in Corrow on Friday.", (0, 1)),
        ("A robber was beaten by the store owner in Corrow on Friday.", (0, 1)),
        ("The suspect, who had been beaten by the victim, fled in Corrow on Friday.", (0, 1)),
        # near misses: a defeat in a contest, a figure of speech
        ("He was beaten by a woman in the race in Corrow on Friday.", (0, 0)),
        ("The mayor was beaten by a rival in the vote in Corrow on Friday.", (0, 0)),
        ("The senator beat him in the election in Corrow on Friday.", (0, 0)),
        ("The rookie beat the odds in Corrow on Friday.", (0, 0)),
        ("Police beat a retreat in Corrow on Friday.", (0, 0)),
        ("His speech struck a nerve in Corrow on Friday.", (0, 0)),
        ("Her speech struck a chord with voters in Corrow on Friday.", (0, 0)),
        ("The storm struck the coast in Corrow on Friday.", (0, 0)),
        ("The doctor was struck off the register in Corrow on Friday.", (0, 0)),
        ("The band struck up a tune with two drums in Corrow on Friday.", (0, 0)),
        ("The court hit two men with fines in Corrow on Friday.", (0, 0)),
        ("Prosecutors hit the suspect with gun charges in Corrow on Friday.", (0, 0)),
    ],
)
def test_beatings_told_other_ways_and_their_near_misses(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
