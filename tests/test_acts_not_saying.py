"""Verbs of saying in an everyday sense that says nothing: "respond" to a call or a scene (going
there), "call" a vote or a meeting (convening it), "call for" help or an ambulance (summoning it). What such a verb says in its own clause, a
"that" clause or a quote, stays a report, and "call" naming its object stays a stance."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Four officers responded to the call, two of whom were shot.",
        "Three crews responded to a house fire on Birch Lane, one of whom was hurt.",
        "Two deputies responded to the scene, where a man was found.",
        "The mayor, who called the vote, left early.",
        "The premier called a snap election on Monday.",
        "The union called a strike vote for Friday.",
        "She called an emergency meeting of the board to discuss the closure.",
        # an adverb after the vote, then its time; a vote or meeting called off
        "The chair called the vote shortly after midnight.",
        "The board called its meeting off after the flood.",
        "The league called the strike off on Sunday.",
        # "call for" one summoned by a shout or a phone call, bare or after "a"/"an": no demand
        "Officers called for backup.",
        "She called for help after the crash.",
        "Crews called for reinforcements as the fire spread.",
        "The coach called for an ambulance.",
        "Officers called for backup at 3 a.m.",
        "She called for an ambulance and a doctor.",
        "He called for help by radio and waited.",
        "She called for help and waited for the crew.",
        # a stance verb before a preposition of motion: a movement or a phone call, no object taken
        "She called into a late-night radio show on Friday.",
        "The mayor weighed into the debate.",
        "Critics pushed into the hall.",
        # a cue word that is as often a noun, after an adjective that only modifies nouns
        "Former state senator Lida Varn waited outside the court.",
        "Longtime claims adjuster Omar Pell retired in May.",
    ],
)
def test_no_report(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # near misses: what is said in a clause of its own, a naming, a stance on a vote
        ("Asked about the fee, Ruiz responded that it would stay.", "Ruiz", "responded", "it would stay"),
        ("“We were there in minutes,” the chief responded.", "the chief", "responded", "We were there in minutes"),
        ("The mayor called the vote a sham.", "The mayor", "called", "the vote a sham"),
        (
            "The senator called her vote for the war a mistake.",
            "The senator",
            "called",
            "her vote for the war a mistake",
        ),
        ("The residents called for a vote on the bridge.", "The residents", "called for", "a vote on the bridge"),
        ("She called the vote deeply unfair.", "She", "called", "the vote deeply unfair"),
        # near misses: a demand for more of them, or for a thing, is a stance
        ("The mayor called for more police on the streets.", "The mayor", "called for", "more police on the streets"),
        ("Sen. Ana Ruiz called for an independent review.", "Sen. Ana Ruiz", "called for", "an independent review"),
        # near misses: the summoned noun does not end the object (a compound, a beneficiary or source,
        # an infinitive on it, "in" and a gerund): a demand
        (
            "The report called for backup generators at each clinic.",
            "The report",
            "called for",
            "backup generators at each clinic",
        ),
        ("Residents called for a taxi stand by the pier.", "Residents", "called for", "a taxi stand by the pier"),
        ("The union called for help for idle loggers.", "The union", "called for", "help for idle loggers"),
        ("The mayor called for help from the state.", "The mayor", "called for", "help from the state"),
        # a word in -ed with its noun after "and" is no next verb: a demand (the content reader still
        # ends the object before "and armed")
        ("Officers called for backup and armed guards.", "Officers", "called for", "backup"),
        (
            "The senator called for a doctor to be hired at every prison.",
            "The senator",
            "called for",
            "a doctor to be hired at every prison",
        ),
        (
            "The mayor called for help in paying for the levee.",
            "The mayor",
            "called for",
            "help in paying for the levee",
        ),
        ("She called for an ambulance and a lawyer.", "She", "called for", "an ambulance and a lawyer"),
        ("The mayor weighed in on the debate.", "The mayor", "weighed in on", "the debate"),
        ("Critics pushed for a vote.", "Critics", "pushed for", "a vote"),
        # the cue word as a verb: no adjective before it
        ("Residents state the road was closed.", "Residents", "state", "the road was closed"),
        (
            "Former state lawmaker Lida Varn said the road was closed.",
            "Former state lawmaker Lida Varn",
            "said",
            "the road was closed",
        ),
    ],
)
def test_still_reported(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)
