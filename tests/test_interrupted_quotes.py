"""An interrupted quote whose speaker clause carries a participle of its scene ("said while
sitting …") is still one attribution in two pieces; a contrast ("while officials said …") still
ends it. Original sentences."""

from __future__ import annotations

from summarizer import summarize


def _attributions(body: str) -> list[tuple[str | None, str, int]]:
    result = summarize("Ferry service cut\n\n" + body + "\n", model="rules")
    return [(a.speaker, a.content, len(a.content_spans or [a.content_span])) for a in result.attributions]


def test_while_with_a_participle_is_the_same_speakers_scene() -> None:
    found = _attributions(
        '"Nobody rides this line as often as we do," Morel said while standing in a hall near the harbour. '
        '"We have waited for years."'
    )
    assert found == [("Morel", "Nobody rides this line as often as we do … We have waited for years", 2)]


def test_while_opening_another_clause_ends_the_quote() -> None:
    found = _attributions(
        '"The route pays for itself," Brooks said, while the ministry insists it does not. "We will see."'
    )
    assert found[0][0] == "Brooks" and found[0][2] == 1 and "We will see" not in found[0][1]


def test_a_shows_name_inside_the_speaker_clause_does_not_end_the_quote() -> None:
    found = _attributions(
        "“The plan is sound,” Reyes, the harbour chief, said on Monday on “Harbour Talk.” "
        "“I mean, we will build it this year.”"
    )
    assert found == [("Reyes, the harbour chief", "The plan is sound … I mean, we will build it this year", 2)]


def test_a_sentence_of_the_writers_between_quotes_ends_the_joined_quote() -> None:
    found = _attributions(
        "“I had no money for paper,” says Ruiz, whose first hero was drawn on napkins. “Now I have boxes.” "
        "Her work has since sold hundreds of copies at the harbour market each summer. "
        "“People say, ‘Maybe I can do it too.’”"
    )
    assert found[0] == ("Ruiz", "I had no money for paper … Now I have boxes", 2)
    assert len(found) == 2 and "market" not in found[1][1]
