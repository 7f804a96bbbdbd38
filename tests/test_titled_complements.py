"""A speaker phrase whose name follows a body's name or a title's own complement: "A spokesman
for the Ministry of Health, Ali Reza, said" is Ali Reza (a ministry has no state, so the part
after it is a person in apposition), and "Ambassador to Peru Sam Yeo said" is Sam Yeo, the
ambassador to Peru (rules/titled_complements.py, phrase_appositives._place_goes_on). Original
sentences."""

from __future__ import annotations

import pytest
from conftest import speaker_of

from summarizer.rules.speaker_phrases import analyse


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body's name before the appositive name, whatever the given name
        ("A spokesman for the Ministry of Health, Ali Reza, said the ferry would sail.", "Ali Reza"),
        ("A spokeswoman for the Department of Transport, Kai Bello, said the ferry would sail.", "Kai Bello"),
        ("An official at the Bureau of Harbours, Oyin Dara, said the ferry would sail.", "Oyin Dara"),
        # a title with its own complement before the name
        ("Ambassador to Peru Sam Yeo said the ferry would sail.", "Sam Yeo"),
        ("Minister of State for Trade Ann Lo said the ferry would sail.", "Ann Lo"),
        ("Secretary for Harbours Dee Amos said the ferry would sail.", "Dee Amos"),
        ("Envoy Director for Shipping Oyin Dara said the ferry would sail.", "Oyin Dara"),
        # the complement opens with its article: "to the …", "of the …"
        ("Ambassador to the Coral Isles Sam Yeo said the ferry would sail.", "Sam Yeo"),
        ("Minister of the Coast Ann Lo said the ferry would sail.", "Ann Lo"),
        # near misses: a place and its state, a lower-case role (someone else's name after it),
        # a title with no complement
        ("Residents of Akron, Ohio, said the ferry would sail.", "Residents of Akron, Ohio"),
        ("A spokeswoman for Senator Ivy Marsh said the ferry would sail.", "spokeswoman for Senator Ivy Marsh"),
        ("Senator Ivy Marsh said the ferry would sail.", "Ivy Marsh"),
        ("The mayor of Akron, Dan Horrigan, said the ferry would sail.", "Dan Horrigan"),
    ],
)
def test_the_name_after_a_body_or_a_title_s_complement(sentence: str, speaker: str) -> None:
    assert speaker_of(f"Ferry set\n\n{sentence}\n", "ferry would sail") == speaker


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Ambassador to Peru Sam Yeo", "Sam Yeo", "ambassador to Peru"),
        ("Minister of State for Trade Ann Lo", "Ann Lo", "minister of State for Trade"),
        # no given name known: the last two words are the name
        ("Ambassador to Peru Kofi Osei", "Kofi Osei", "ambassador to Peru"),
        ("A spokesman for the Ministry of Health, Ali Reza", "Ali Reza", "spokesman for the Ministry of Health"),
        # near misses: a place's state after "of" stays a place; one word of complement is all
        ("Residents of Akron, Ohio", "Residents of Akron, Ohio", None),
        ("Minister of the Coast Ann Lo", "Ann Lo", "minister of the Coast"),
        # near misses for the article: no title before it, a name of one word after the complement,
        # a title with no name after its complement
        ("Friends of the Harbour League Sam Yeo", "Friends of the Harbour League Sam Yeo", None),
        ("The Secretary of the Navy", "Secretary of the Navy", "secretary of the Navy"),
    ],
)
def test_the_role_is_the_whole_title(phrase: str, name: str, role: str | None) -> None:
    p = analyse(phrase, (0, len(phrase)))
    assert (p.name, p.role) == (name, role)
