"""The offline model's own output, before the prune that drops what fails, raises no checker
error: each case is one kind of error found on its output, on an original short article, and is
either a reading the model got wrong (now read right) or a false alarm of a rule (now quiet)."""

from __future__ import annotations

from typing import Any

import pytest

from summarizer import IncidentSummary, check, summarize
from summarizer.assembly import assemble
from summarizer.ingest import load_article
from summarizer.rules.model import extract
from summarizer.rules.speaker_phrases import analyse


def _as_made(text: str) -> IncidentSummary:
    """The rules' summary as drafted, checked, with nothing pruned."""
    article = load_article(text)
    return assemble(article, extract(article), model="rules", backend="rules")


def _errors(summary: IncidentSummary) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in summary.check.findings if f.severity == "error"]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.role) for s in _as_made(text).speakers]


# a speaker named many times before the words that give its role: the role is stated at a
# mention the check must reach, however late
_LONG = (
    "Pier works\n\n"
    + "".join(f"Ona Brask said the {n} pier would open late. " for n in ("first", "second", "third", "fourth", "fifth"))
    + "".join(f"Brask said crew {n} had finished. " for n in range(1, 12))
    + ("\n\nThe harbourmaster, Ona Brask, said the last crane would leave in May.\n")
)


def test_a_role_stated_at_a_late_mention_is_stated() -> None:
    summary = _as_made(_LONG)
    assert ("Ona Brask", "harbourmaster") in [(s.name, s.role) for s in summary.speakers]
    assert len(summary.speakers[0].mentions) > 12
    assert _errors(summary) == []


def test_a_role_far_from_every_mention_is_still_caught() -> None:
    data: dict[str, Any] = _as_made(_LONG).model_dump(mode="json")
    data["speakers"][0]["role"] = "admiral"
    report = check(IncidentSummary.model_validate(data), _LONG)
    assert [f.path for f in report.findings if f.rule == "speaker-role"] == ["speakers[0].role"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause in apposition says something about the person, no role
        (
            "Mayor Ines Calder, who opposed the ferry plan for years, told reporters the city would now back it.",
            ("Ines Calder", "mayor"),
        ),
        ("Tomas Reel, who chairs the bridge fund, said the tolls would stay.", ("Tomas Reel", None)),
    ],
)
def test_a_clause_or_an_adverb_beside_a_name_is_no_role(sentence: str, expected: tuple[str, str | None]) -> None:
    text = "Council news\n\n" + sentence + "\n"
    assert expected in _speakers(text)
    assert _errors(_as_made(text)) == []
    assert summarize(text, model="rules").check.ok


@pytest.mark.parametrize(
    ("phrase", "kind", "name", "role"),
    [
        ("Ms. Ines Calder, who opposed the plan", "person", "Ines Calder", None),
        ("the treasurer, who chairs the fund", "person", "treasurer", "treasurer"),
        # a clause about a person names no organization, whatever noun it ends on
        ("Tomas Reel, who chairs the bridge fund", "person", "Tomas Reel", None),
        ("Typically the Corvale treasurer", "person", "Corvale treasurer", "treasurer"),
        ("typically Corvale Council", "organization", "Corvale Council", None),
        ("Tomas Reel, currently treasurer of the fund", "person", "Tomas Reel", "treasurer of the fund"),
    ],
)
def test_a_speaker_phrase_reads_no_clause_or_adverb_as_its_role(
    phrase: str, kind: str, name: str, role: str | None
) -> None:
    p = analyse(phrase, (0, len(phrase)))
    assert (p.kind, p.name, p.role) == (kind, name, role)


def test_a_quote_the_article_elides_joins_the_next_piece_of_the_same_speaker() -> None:
    """The article's own " … " inside a quote is no joiner of the content's pieces: each
    piece slices to its part and the quote is verbatim."""
    text = (
        "Dam repairs\n\nThe reservoir was drained on Monday. “We never thought the wall … would crack,” district "
        "engineer Hal Moreno said. “We think that this was a slow leak that went unseen.” Repairs begin in June.\n"
    )
    summary = _as_made(text)
    [quote] = [a for a in summary.attributions if a.type == "direct"]
    assert [part for _, part in quote.pieces] == [
        "We never thought the wall … would crack",
        "We think that this was a slow leak that went unseen",
    ]
    assert _errors(summary) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the page's own word run into the next sentence by the scrape: no part of the source
        (
            "Harbour fire\n\nA fire broke out at the Lowmoor boatyard on Friday. Advertisement Firefighters said "
            "the blaze was out by noon.\n",
            "Firefighters",
        ),
        (
            "Buy Photo Kessar County deputies said the road would stay closed until Sunday.\n\nA truck overturned "
            "on Route 9.\n",
            "Kessar County deputies",
        ),
    ],
)
def test_page_furniture_before_a_source_is_no_part_of_it(text: str, speaker: str) -> None:
    summary = _as_made(text)
    assert [a.speaker for a in summary.attributions] == [speaker]
    assert _errors(summary) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors found that the cables had rusted through, Mayor Ana Velt said. Work starts in May.",
        # a semicolon closes the clause of the trailing cue as a stop does
        "Inspectors found that the cables had rusted through, Mayor Ana Velt said; she did not elaborate.",
    ],
)
def test_a_trailing_cue_before_a_semicolon_reports_the_clause_before_it(sentence: str) -> None:
    summary = _as_made("Bridge\n\n" + sentence + "\n")
    assert [(a.speaker, a.cue, a.content) for a in summary.attributions] == [
        ("Mayor Ana Velt", "said", "Inspectors found that the cables had rusted through")
    ]
    assert _errors(summary) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 40 residents said the crossing was too dear.",
        "The board met on Monday, and at least 40 residents said the crossing was too dear.",
    ],
)
def test_a_bound_on_a_count_of_speakers_is_part_of_them(sentence: str) -> None:
    """ "at least" is the count's: a speaker "least 40 residents" had the summary state an exact
    40 the article bounds (number-grounded)."""
    summary = _as_made("Ferry vote\n\n" + sentence + "\n")
    assert [a.speaker.lower() for a in summary.attributions if a.speaker] == ["at least 40 residents"]
    assert _errors(summary) == []


_SHOT = "Harbour shooting\n\nA man was shot on Friday night near the ferry pier, Sgt. Ada Morel said. "


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        # a participle raising its noun's infinitive reports no one's words
        ("The cyclist, reported to be a student at the college, was treated at the scene, Morel said.", False),
        ("The driver, said to be from Lowmoor, fled on foot, Morel said.", False),
        # an inverted reporting clause inside the content is another source's
        ("The pier, said a ferry worker, was closed until noon, Morel said.", True),
    ],
)
def test_a_participle_with_its_infinitive_is_no_reporting_clause(sentence: str, caught: bool) -> None:
    summary = _as_made(_SHOT + sentence + "\n")
    assert any(rule == "content-boundary" for rule, _ in _errors(summary)) is caught


_SHOOTING_OF = (
    "LOWMOOR -- Lowmoor police are questioning a man in the Friday night shooting of Tavish Orrin, 31, of Dunmere, "
    "according to Capt. Ada Morel.\n\nOfficers found Orrin with a gunshot wound near the harbour. Orrin died on the "
    "way to Harbour General Hospital.\n"
)


def test_a_figure_of_people_shot_is_said_by_the_shooting_of_them() -> None:
    """An irregular verb's forms say one another ("people shot" by "the shooting of")."""
    summary = _as_made(_SHOOTING_OF)
    assert ("other", "people shot") in [(f.category, f.label) for f in summary.incident.figures]
    assert _errors(summary) == []


def test_a_label_no_form_of_which_is_near_is_still_caught() -> None:
    data: dict[str, Any] = _as_made(_SHOOTING_OF).model_dump(mode="json")
    data["incident"]["figures"][0]["label"] = "people stabbed"
    report = check(IncidentSummary.model_validate(data), _SHOOTING_OF)
    assert [f.path for f in report.findings if f.rule == "incident-grounded"] == ["incident.figures[0].label"]
