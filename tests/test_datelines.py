"""One dateline, read alike by every reader that knows one (text/datelines.py): the incident's
town, an attribution's content (it starts after the dateline), and the checker's speaker shape
(a speaker named only by the dateline is a place, not a source). Original sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer import IncidentSummary, check, summarize
from summarizer.text.datelines import dateline_at, written_as_place
from summarizer.text.given_names import is_given_name
from summarizer.text.places import dateline_end, dateline_place

_STORY = "Three people were hurt in a fire at a bakery in {town} on Monday, officials said.\n"

FORMS = [
    ("KORRIN — ", "KORRIN", "Korrin"),
    ("TAVERLY FALLS, N.Y. -- ", "TAVERLY FALLS", "Taverly Falls"),
    ("LISK, March 3 (Reuters) - ", "LISK", "Lisk"),
    ("ORMSBY—", "ORMSBY", "Ormsby"),  # a long dash with no space after it
    ("Penhallow: ", "Penhallow", "Penhallow"),  # a town and a colon, the town written as a place after
    # set in capitals, as South Asian and some African papers set it, the town written as a place in its ordinary case
    ("PENHALLOW: ", "PENHALLOW", "Penhallow"),
    ("NEW PENHALLOW: ", "NEW PENHALLOW", "New Penhallow"),
    # a town whose first word has two letters, no region after it, before each kind of dash
    ("EL TORVAL — ", "EL TORVAL", "El Torval"),
    ("LA MERCEDA – ", "LA MERCEDA", "La Merceda"),
    ("DE VARRO -- ", "DE VARRO", "De Varro"),
    ("LE MOSSEN, Iowa — ", "LE MOSSEN", "Le Mossen"),  # a region after it
    ("ST ARVILLE — ", "ST ARVILLE", "St Arville"),  # a saint's short title with no dot
    # some newspaper groups' double chevron, a space before it
    ("LISK >> ", "LISK", "Lisk"),
    ("SAN ARVO, Calif. >> ", "SAN ARVO", "San Arvo"),
    ("PORT KELLAN, Ore. (AP) >> ", "PORT KELLAN", "Port Kellan"),  # a wire in brackets before it
    ("NORTH TARROW >> ", "NORTH TARROW", "North Tarrow"),
]


def _article(opening: str, town: str) -> str:
    return "Bakery fire\n\n" + opening + _STORY.format(town=town)


@pytest.mark.parametrize(("opening", "place", "town"), FORMS)
def test_each_reader_finds_the_same_dateline(opening: str, place: str, town: str) -> None:
    text = _article(opening, town)
    at = text.index(opening)
    found = dateline_at(text, at)
    assert found is not None and found.is_place and found.name(text) == place
    assert found.span == (at, at + len(opening))
    # the incident's town
    where = dateline_place(text, 0, len(text))
    assert where is not None and where.name == place
    assert dateline_end(text[at:]) == len(opening)
    # an attribution's content starts after it, and no speaker is the place
    result = summarize(text, model="rules")
    officials = next(a for a in result.attributions if a.speaker == "officials")
    assert officials.content.startswith("Three people were hurt")
    assert place not in {s.name for s in result.speakers}
    # the checker: a speaker named by the dateline alone is a place
    data = result.model_dump(mode="json")
    span = [found.place[0], found.place[1]]
    data["speakers"][0]["name"], data["speakers"][0]["mentions"] = place, [span]
    report = check(IncidentSummary.model_validate(data), text)
    assert any(f.rule == "speaker-shape" and "dateline" in f.message for f in report.findings)


@pytest.mark.parametrize(
    ("text", "is_place"),
    [
        ("UPDATE — The road has reopened.", False),  # a label in the shape: no place, no one's words
        ("Reyes: I think the road will reopen.", None),  # a transcript's speaker: no dateline
        ("REYES: I think the road will reopen.", None),  # in capitals, never written as a place
        # a label opening several turns is a transcript's speaker, though the town is written too
        ("REYES: We will win.\n\nHOST: Why?\n\nREYES: The people in Reyes want it.", None),
        ("The mayor — and her deputy — said so.", None),
        ("NY — The road has reopened.", None),  # two letters are a wire's code, not a dateline
        ("OK — The road has reopened.", None),  # two letters alone, even before a long dash
        ("WATCH — The road has reopened.", False),  # a page's words in the shape
        ("BREAKING — The road has reopened.", False),
        ("EDITOR'S NOTE — The road has reopened.", False),
        ("TV NEWS — The road has reopened.", None),  # two letters no town's article or title
        # a label's first word of two letters, before another word: a column's or a byline's
        ("MY VIEW — The road has reopened.", None),
        ("IN BRIEF — The road has reopened.", None),
        ("OP ED — The road has reopened.", None),
        ("NO CHARGES — The road has reopened.", None),
        ("BY ANA ROSS — The road has reopened.", None),
        ("US NEWS — The road has reopened.", None),
        # a chevron with no space before it, or three: a page's link ("Read more >>>"), no dateline
        ("LISK>> The road has reopened.", None),
        ("LISK >>> The road has reopened.", None),
        ("WATCH >> The road has reopened.", False),
        # a page's sections and controls in the shape: no place, whatever ends them
        ("SPORTS >> The road has reopened.", False),
        ("READ MORE >> The road has reopened.", False),
        ("CLICK HERE >> The road has reopened.", False),
        ("MORE — The road has reopened.", False),
        # a chain of chevrons is a page's trail of sections, no dateline
        ("HOME >> NEWS >> LOCAL\nThe road has reopened.", None),
        ("LOCAL >> CRIME >> The road has reopened.", None),
    ],
)
def test_what_is_no_dateline_place(text: str, is_place: bool | None) -> None:
    found = dateline_at(text, 0)
    assert (found.is_place if found else None) is is_place
    assert dateline_place(text, 0, len(text)) is None
    assert dateline_end(text) == 0


@pytest.mark.parametrize(
    "mention",
    [
        "A statement from Ortega was read at the council meeting.",  # "from" and "at" come before people too
        "Reporters waited at Ortega's door in Lisk.",  # a possessive is a person's
        "Neighbours in Ortega said the street was quiet.",  # in the name, but the text names Dario Ortega
    ],
)
def test_a_persons_label_is_no_colon_dateline(mention: str) -> None:
    text = (
        "Man shot in Lisk\n\nPolice said Dario Ortega was shot in the arm on Friday near the market in Lisk.\n\n"
        f"Ortega: I heard two shots and then I felt it.\n\n{mention}\n"
    )
    result = summarize(text, model="rules")
    assert result.incident is not None
    assert [loc.name for loc in result.incident.locations] == ["Lisk"]
    assert any(a.speaker == "Ortega" and a.content.startswith("I heard two shots") for a in result.attributions)


_WORDS = ["in", "near", "across", "Xin", "3in", "Ana", "Lisk", "Lisk's", "Lisk.", "Dario", "McRae", "the", "Lisk Falls"]


@settings(max_examples=400, deadline=None)
@example(["in", "Ana", "Lisk", "Ana", "Ana"], [" "] * 12, "Ana")  # matches that would overlap
@given(
    st.lists(st.sampled_from(_WORDS), max_size=12),
    st.lists(st.sampled_from([" ", "  ", "\n", "\t", "", ", "]), min_size=12, max_size=12),
    st.sampled_from(["Lisk", "Ana", "Lisk Falls", "St.", "Lisk's"]),
)
def test_a_name_written_as_a_place_is_what_the_plain_patterns_find(
    words: list[str], gaps: list[str], name: str
) -> None:
    """written_as_place tries its patterns only before the name's occurrences: the same answer as
    the patterns searched over the whole text, however names, prepositions and spaces mix."""
    view = "".join(w + g for w, g in zip(words, gaps, strict=False))
    escaped = re.escape(name)
    plain = re.search(rf"\b(?:in|near|outside|across)\s+{escaped}\b(?!['’]s\b)", view) is not None and not any(
        is_given_name(m.group(1)) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{escaped}\b", view)
    )
    assert written_as_place.__wrapped__(view, name) == plain


@pytest.mark.parametrize(
    "text",
    [
        # an anchor's lead-in before the dateline's paragraph
        "Breaking news tonight out of Orvale. Two men are hurt after gunfire on the east side.\n\n"
        "ORVALE, Ind. (WXYZ) — Officers were sent to Tessing Road at about 8 p.m. on Monday.",
        # a label in capitals before the dateline on its line
        "UPDATE: The teen has died, police said.\n\n"
        "ORIGINAL STORY: ORVALE, Mo. — Two teens were hurt in a shooting on Tessing Road on Sunday.",
    ],
)
def test_the_dateline_after_a_lead_in_or_a_label_is_the_town(text: str) -> None:
    inc = summarize(text, model="rules", published="2025-06-04").incident
    assert inc is not None
    assert "ORVALE" in [loc.name for loc in inc.locations]


@pytest.mark.parametrize(
    "second",
    [
        # a label in a dateline's shape opening the second paragraph, no place
        "DEVELOPING STORY — Officers say a suspect is in custody.",
        "FIRST ON KXYZ — Officers say a suspect is in custody.",
        # a label pointing to another story, before that story's dateline
        "ALSO: ORVALE, Ind. — A cyclist was hurt in a crash in March.",
        "IN OTHER NEWS: ORVALE, Ind. — A cyclist was hurt in a crash in March.",
    ],
)
def test_a_label_opening_the_second_paragraph_names_no_town(second: str) -> None:
    text = (
        "A man was shot on Tessing Road late on Friday. Medics said his wound was not grave.\n\n"
        f"{second}\n\nPolice asked anyone with information to call."
    )
    inc = summarize(text, model="rules", published="2025-06-04").incident
    assert inc is not None
    assert [loc.name for loc in inc.locations] == ["Tessing Road"]
