"""What each attribution reports (speech, belief, evidence, stance): derived from its cue and
type for any model, carried in the JSON (schema 3), derived when an older summary is read, shown
by the readable renderings, and chosen by the evaluation (a gold set of quotations only is scored
on speech)."""

from __future__ import annotations

import json

import pytest

from summarizer import summarize
from summarizer.text.lexicon import report_kind


@pytest.mark.parametrize(
    ("cue", "quote_type", "kind"),
    [
        ("said", "indirect", "speech"),
        ("has told", "indirect", "speech"),
        ("according to", "indirect", "speech"),
        (":", "indirect", "speech"),  # a colon attribution
        (None, "indirect", "speech"),
        ("believes", "direct", "speech"),  # words in quote marks were said or written
        ("hopes", "mixed", "speech"),
        ("urged", "indirect", "speech"),  # speech and stance: speech
        ("has promised", "indirect", "speech"),
        ("described", "indirect", "speech"),
        ("believes", "indirect", "belief"),
        ("is expected", "indirect", "belief"),
        ("seem to think", "indirect", "belief"),  # cognition before seem
        ("fears", "indirect", "belief"),
        ("found", "indirect", "evidence"),
        ("shows", "indirect", "evidence"),
        ("appeared", "indirect", "evidence"),
        ("appeared to blame", "indirect", "speech"),
        ("wants", "indirect", "stance"),
        ("are planning", "indirect", "stance"),
        ("has long been pushing for", "indirect", "stance"),  # a two-word stance form
        ("called for", "indirect", "stance"),
        ("effort", "indirect", "stance"),  # a noun of intention
        ("decision", "indirect", "stance"),
        ("statement", "indirect", "speech"),
        ("Believes", "indirect", "belief"),  # case does not matter
    ],
)
def test_report_kind_of_cue_and_type(cue: str | None, quote_type: str, kind: str) -> None:
    assert report_kind(cue, quote_type) == kind


KINDS_TEXT = (
    "The harbour master said the pier was closed on Monday. "
    "The fishermen believe that the storm damaged the hulls. "
    "A survey of the boats found that most moorings had snapped. "
    "The town council wants to rebuild the pier before summer. "
    "“We will not wait for the insurers,” the mayor said.\n"
)


def test_every_offline_attribution_has_its_kind() -> None:
    summary = summarize(KINDS_TEXT, model="rules")
    kinds = {a.content: a.kind for a in summary.attributions}
    assert kinds == {
        "the pier was closed on Monday": "speech",
        "the storm damaged the hulls": "belief",
        "most moorings had snapped": "evidence",
        "to rebuild the pier before summer": "stance",
        "We will not wait for the insurers": "speech",
    }
    data = json.loads(summary.model_dump_json())
    assert data["schema_version"] == "3"
    assert all(a["kind"] in ("speech", "belief", "evidence", "stance") for a in data["attributions"])
