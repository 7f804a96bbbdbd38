"""Verbs of saying aloud in a manner, "chant", "sing", "scream" (as "shout", "yell" and "cry"
were): news attribution reads them as speech, the crowd's or the singer's words their content.
Sung or screamed with no words after it, the verb reports nothing."""

from __future__ import annotations

import pytest

from summarizer import summarize


def found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.cue, a.content) for a in summarize(text, model="rules").attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ('The crowd chanted "No more cuts" as the minister arrived.', "The crowd", "chanted", "No more cuts"),
        ('Fans sang "We will win" outside the stadium.', "Fans", "sang", "We will win"),
        ("Protesters chanted that the minister must go.", "Protesters", "chanted", "the minister must go"),
        ("“Let us in,” the tenants chanted at the gate.", "the tenants", "chanted", "Let us in"),
        ("“Get back,” the man screamed.", "the man", "screamed", "Get back"),
        ('"Open the gates," the marchers chanted.', "the marchers", "chanted", "Open the gates"),
        ("Neighbours screamed that the roof was on fire.", "Neighbours", "screamed", "the roof was on fire"),
        ('The pupils sang "Home at last" as they walked in.', "The pupils", "sang", "Home at last"),
        ('The crowd chanted, "Not one more day."', "The crowd", "chanted", "Not one more day"),
        ('He screamed, "Stop the van!"', "He", "screamed", "Stop the van!"),
        # near miss: the verb of shouting it joins reads as before
        ('The crowd shouted "No more cuts" as the minister arrived.', "The crowd", "shouted", "No more cuts"),
    ],
)
def test_manner_verb_reports(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: nothing sung or screamed in words, or the word a noun
        "She sang at church every week.",
        "Her daughter likes to sing.",
        "He began to scream when the police arrived.",
        "The chants of the crowd grew louder.",
        "The choir sang in the cathedral, drawing a large crowd.",
        # a song, a name, a sound or a time after the verb, no clause, quote or colon: no words
        # reported (words.THING_OBJECT_VERBS)
        "She sang the national anthem before the match.",
        "The band sang three songs from its first record.",
        "He sang a lullaby to his niece.",
        "The crowd sang happy birthday to the coach.",
        "Supporters chanted her name outside the court.",
        "The marchers chanted slogans outside the town hall.",
        "Supporters chanted and waved flags as the bus passed.",
        "The toddler screamed all night.",
        "He screamed in pain.",
        "The choir will sing at the service on Sunday.",
        "The children sang happily.",
    ],
)
def test_no_words_no_report(text: str) -> None:
    assert found(text) == []
