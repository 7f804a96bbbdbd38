"""Who a described person is, from the words around them: a person described then named in a
relative clause ("A woman near the stage, who gave her name as …"), a place phrase on a
person's noun ("a man outside the court") (speakers.py, descriptions.py, attribution/place_chains).
Original sentences."""

from __future__ import annotations

import pytest

from summarizer import summarize


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    result = summarize(f"Town hall\n\n{text}\n", model="rules")
    names = {s.id: s.name for s in result.speakers}
    return [(a.speaker, names.get(a.speaker_id or "")) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description, then the name the person gave in a relative clause set off by commas
        (
            "A woman near the stage, who gave her name as Nell Ortiz, said the hall was full.",
            [("A woman near the stage", "Nell Ortiz")],
        ),
        (
            "A veteran, who identified himself as Carl Duffy, said the hall was full.",
            [("A veteran", "Carl Duffy")],
        ),
        (
            "A nurse, who introduced herself as Mara Quinn, said the hall was full.",
            [("A nurse", "Mara Quinn")],
        ),
        # a title's abbreviation before the name given; "would give her name only as"; a place
        # phrase whose noun is a body's ("the court") on a person's noun: the person's
        (
            "An officer, who identified himself as Lt. Dan Crowe, said the road was shut.",
            [("An officer", "Dan Crowe")],
        ),
        ("A woman, who gave her name as Dr. Ana Ruiz, said the line was long.", [("A woman", "Ana Ruiz")]),
        ("A woman, who would give her name only as Rosa, said the line was long.", [("A woman", "Rosa")]),
        (
            "A man outside the court, who gave his name as Leo Park, said the verdict was fair. He said he would stay.",
            [("A man outside the court", "Leo Park"), ("He", "Leo Park")],
        ),
        # a description with an age and a participle before the noun, then "named" and the
        # name: the name speaks, and the pronoun after is theirs, not the earlier man's
        (
            "Ron Vale, a guard, said the gate was shut. One of the fans, a 58-year-old retired baker from "
            "Orrin named Hal Tarrow, said he stood there an hour. He said it was worth it.",
            [
                ("Ron Vale, a guard", "Ron Vale"),
                ("One of the fans, a 58-year-old retired baker from Orrin named Hal Tarrow", "Hal Tarrow"),
                ("He", "Hal Tarrow"),
            ],
        ),
        (
            "A tall licensed plumber named Bo Rell said the pipes froze.",
            [("A tall licensed plumber named Bo Rell", "Bo Rell")],
        ),
        # a name in apposition after a described person is theirs as before
        ("A man in the crowd, Tom Reyes, 52, shouted that the hall was full.", [("Tom Reyes, 52", "Tom Reyes")]),
        # near misses: a relative clause that gives no name of the person's own; a place phrase
        # that is the scene's, not the person's ("an outside adviser" is an adjective's)
        (
            "A veteran, who served with Carl Duffy, said the hall was full.",
            [("A veteran", "veteran")],
        ),
        ("A man outside the hall said it was full.", [("A man outside the hall", "man outside the hall")]),
        # nor an age, a refusal, a role, or another's name in the clause
        (
            "A man near the stage, who gave his age as 40, said the hall was full.",
            [("A man near the stage", "man near the stage")],
        ),
        ("A woman, who declined to give her name, said the line was long.", [("A woman", "woman")]),
        ("A man, who identified himself as a teacher, said the school was cold.", [("A man", "man")]),
        ("A woman, who introduced herself as Ana Ruiz's mother, said the school was cold.", [("A woman", "woman")]),
        ("An outside adviser said the hall was full.", [("An outside adviser", "outside adviser")]),
    ],
)
def test_a_described_person_is_the_name_they_gave(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected
