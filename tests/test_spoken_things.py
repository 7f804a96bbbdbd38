"""A verb that takes a thing or a clause ("announced", "denied", "noted", "pointed out") on a
noun phrase names what was spoken of, no statement: a stance, as a topic ("complained about
the fees") is; on a clause, a gerund or a report it stays speech."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.report_kinds import report_kind
from summarizer.text.spoken_things import names_a_thing


@pytest.mark.parametrize(
    ("content", "thing"),
    [
        ("the end of the ferry strike", True),
        ("slow progress on the harbour talks", True),
        ("any part in the break-in at the boathouse", True),
        ("higher water levels along the north pier", True),
        ("instead the cost of the new crane", True),
        ("the end of a dispute that lasted nine weeks", True),  # a relative clause inside the noun phrase
        # near misses: a clause, whatever shows its verb
        ("it would close the pier in May", False),  # a subject pronoun
        ("the crew had been warned twice", False),  # an auxiliary
        ("crews can't reach the island", False),  # a negated auxiliary
        ("the pilot boat arrived late", False),  # a past in -ed
        ("the ferry's captain spoke to the crew", False),  # an irregular past
        ("there's no money left for the pier", False),  # a pronoun's contraction
        ("The ferry runs twice a day", False),  # a sentence of its own, before a trailing cue
        ("taking cash from the till", False),  # a gerund: what the speaker did
        ("residents to boil their water", False),  # a hearer and an infinitive
        ("reports saying the pier was unsafe", False),  # a report of its own
        ("claims that the pier was unsafe", False),
        ("rising costs at the depot", False),  # a participle first reads as a gerund
        ("that the pier was unsafe", False),
        ("it", False),  # a pronoun alone
        ("no", False),
    ],
)
def test_names_a_thing(content: str, thing: bool) -> None:
    assert names_a_thing(content) is thing


@pytest.mark.parametrize(
    ("cue", "content", "kind"),
    [
        ("announced", "the end of the ferry strike", "stance"),
        ("has denied", "any part in the break-in at the boathouse", "stance"),
        ("also noted", "higher water levels along the north pier", "stance"),
        ("have reported", "slow progress on the harbour talks", "stance"),
        ("pointed out", "the flaws in the ferry plan", "stance"),
        ("has vowed", "revenge for the raid on the depot", "stance"),
        ("recommended", "boiling tap water for a week", "stance"),  # a proposal, as "proposed cutting"
        ("conceded", "defeat in the harbour ward", "stance"),  # an election conceded, no statement
        ("has conceded", "the point about ferry fares", "stance"),
        # near misses
        ("announced", "it would close the pier in May", "speech"),
        ("denied", "the crew had been warned twice", "speech"),
        ("admitted", "taking cash from the till", "speech"),  # a gerund: a statement on one's own act
        ("denied", "reports saying the pier was unsafe", "speech"),
        ("denied", "claims that the pier was unsafe", "speech"),
        ("said", "the end of the ferry strike", "speech"),  # "said" takes a clause, whatever it shows
        ("told", "the harbour board the ferry was late", "speech"),
        ("urged", "residents to boil their water", "speech"),
        ("conceded", "the harbour ward was lost", "speech"),  # a clause conceded: said
        ("denied", "it", "speech"),
    ],
)
def test_report_kind_of_a_thing_named(cue: str, content: str, kind: str) -> None:
    assert report_kind(cue, "indirect", content) == kind


def test_that_before_the_content_opens_a_clause() -> None:
    assert report_kind("noted", "indirect", "higher water levels", after_that=True) == "speech"


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("Harbour chief Lio Vance announced the end of the ferry strike on Monday.", "the end of the ferry strike",
         "stance"),
        ("The Tarnby port authority has denied any part in the break-in at the boathouse.", "any part in the",
         "stance"),
        ("Harbour chief Lio Vance announced the ferry strike had ended after nine weeks.", "the ferry strike had ended",
         "speech"),
        ("The Tarnby port authority has denied it knew of the break-in at the boathouse.", "it knew of the break-in",
         "speech"),
    ],
)  # fmt: skip
def test_summaries_read_the_thing_named(text: str, content: str, kind: str) -> None:
    found = [(a.content, a.kind) for a in summarize(text, model="rules").attributions]
    assert any(c.startswith(content) and k == kind for c, k in found), found
