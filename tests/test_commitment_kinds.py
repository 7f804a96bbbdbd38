"""A verb of commitment (promise, pledge, vow, swear, threaten, agree, guarantee) with an
infinitive reports what its source binds itself to do, a stance; with a clause or a quote it
reports words, speech. Verbs of request ('urged the board to act') stay speech."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.report_kinds import report_kind


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        # an infinitive: the commitment, no words reported
        ("The mayor promised to repave Elm Road before winter.", "to repave Elm Road before winter", "stance"),
        ("The union also pledged to keep the depot open.", "to keep the depot open", "stance"),
        ("Ravi Kapoor, the new chairman, vowed to cut the waiting lists.", "to cut the waiting lists", "stance"),
        ("The ferry company agreed to refund every passenger.", "to refund every passenger", "stance"),
        ("The landlords are threatening to evict the tenants.", "to evict the tenants", "stance"),
        # near misses: a clause or a quote after the same verbs is what was said
        ("The mayor promised that Elm Road would be repaved.", "Elm Road would be repaved", "speech"),
        ("The chairman vowed the lists would shrink by spring.", "the lists would shrink by spring", "speech"),
        ("Nora Bell agreed the fees were too high.", "the fees were too high", "speech"),
        # a request with an infinitive stays speech: an act addressed to its hearer
        ("The nurses urged the board to reopen the ward.", "the board to reopen the ward", "speech"),
    ],
)
def test_commitment_with_an_infinitive_is_a_stance(text: str, content: str, kind: str) -> None:
    found = [a for a in summarize(text).attributions if a.content == content]
    assert [a.kind for a in found] == [kind], summarize(text).attributions


@pytest.mark.parametrize(
    ("cue", "quote_type", "content", "kind"),
    [
        ("has promised", "indirect", "to fix the bridge", "stance"),
        ("swore", "indirect", "to tell the truth", "stance"),
        ("guaranteed", "indirect", "to match any price", "stance"),
        ("has promised", "indirect", None, "speech"),  # no content known: the cue's class
        ("vowed", "mixed", "to end the “scandal” of the queues", "speech"),  # quoted words were said
        ("vowed", "indirect", "that the queues would end", "speech"),
        ("asked", "indirect", "the council to wait", "speech"),  # a request
        ("said", "indirect", "to expect delays", "speech"),  # no verb of commitment
    ],
)
def test_report_kind_of_a_commitment_by_its_content(cue: str, quote_type: str, content: str | None, kind: str) -> None:
    assert report_kind(cue, quote_type, content) == kind
