"""The `hedged_claim` pattern: an adverb of hearsay ("reportedly", "allegedly") on a clause the
writer tells is a claim with no source, unverified, flagged with the adverb; near misses that
are no clause, or already someone's words, give none of their own."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.text.report_kinds import report_kind


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The man was reportedly armed with a knife.", "reportedly", "The man was reportedly armed with a knife"),
        ("The suspect allegedly fired at officers before fleeing.", "allegedly",
         "The suspect allegedly fired at officers before fleeing"),
        ("The two were purportedly seen together.", "purportedly", "The two were purportedly seen together"),
        ("Two were reportedly hurt in the crash.", "reportedly", "Two were reportedly hurt in the crash"),
        ("The trawler is reportedly in port at Kelby.", "reportedly", "The trawler is reportedly in port at Kelby"),
        ("The owner has reputedly been paid twice.", "reputedly", "The owner has reputedly been paid twice"),
        ("The fund supposedly owns three ferries.", "supposedly", "The fund supposedly owns three ferries"),
        ("A man who allegedly pistol-whipped a clerk was held.", "allegedly", "who allegedly pistol-whipped a clerk"),
        ("The guard allegedly shot a dog on the quay.", "allegedly", "The guard allegedly shot a dog on the quay"),
        # the smallest finite clause: a subordinate clause from its subject, a relative from its pronoun
        ("Orrin Tull was shot after he allegedly pointed a rifle at deputies.", "allegedly",
         "he allegedly pointed a rifle at deputies"),
        ("Mara Voss, who allegedly set the fire, was held on Friday.", "allegedly", "who allegedly set the fire"),
        ("When officers arrived, the man allegedly fired at them.", "allegedly", "the man allegedly fired at them"),
        # a clause joined after it with a subject of its own is not hedged; the same subject's next verb is
        ("Tull allegedly punched a guard and a deputy fired a stun gun.", "allegedly", "Tull allegedly punched a guard"),
        ("There are reportedly no leads, and police remain at the quay.", "reportedly",
         "There are reportedly no leads"),
        ("Tull allegedly hit a guard and then fled on foot.", "allegedly",
         "Tull allegedly hit a guard and then fled on foot"),
        ("Tull was allegedly drunk, and was taken to a cell.", "allegedly",
         "Tull was allegedly drunk, and was taken to a cell"),
        # an adverb opening the sentence stands on all of it
        ("Reportedly, the pier will close in May.", "Reportedly", "Reportedly, the pier will close in May"),
    ],
)  # fmt: skip
def test_hearsay_adverb_gives_a_sourceless_claim(text: str, cue: str, content: str) -> None:
    s = summarize(text, model="rules")
    (a,) = s.attributions
    assert (a.speaker_id, a.speaker, a.cue, a.content, a.kind) == (None, None, cue, content, "evidence")
    assert text[a.cue_span[0] : a.cue_span[1]] == cue
    assert a.status == "unverified" and s.unverified == [a.id]
    hedge = next(f for f in a.flags if f.reason == "hedge")
    assert hedge.cue == cue and hedge.span == a.cue_span


@pytest.mark.parametrize(
    "text",
    [
        "The drone was apparently shot down over the border.",  # appearance: the writer's inference
        "The ferry was seemingly late again.",
        "Officers arrested the alleged gunman on Tuesday.",  # an adjective on a noun: no claim
        "Police towed his allegedly stolen car.",  # an adverb inside a noun phrase
        "Police towed two allegedly stolen cars.",
        "A man allegedly linked to the gang was held on Friday.",  # a reduced relative
        "A man allegedly shot by a neighbour is in hospital.",
        "Was the man reportedly armed?",  # a question
        "Man Reportedly Armed With Knife Held By Police",  # a headline
        "Man reportedly armed with knife held by police",  # no end mark: a headline or a label
    ],
)
def test_no_claim_of_its_own(text: str) -> None:
    assert summarize(text, model="rules").attributions == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "flag"),
    [
        # inside what a named source said, the source's attribution carries the hedge
        ("Police said the man was reportedly armed with a knife.", "Police", "said", "reportedly"),
        ("The man allegedly fired at officers, police said.", "police", "said", "allegedly"),
        ("The mayor reportedly told aides that the pier would close.", "The mayor", "reportedly told", "reportedly"),
        ("“He was reportedly armed,” Mara Voss said.", "Mara Voss", "said", "reportedly"),
    ],
)
def test_adverb_in_a_named_report_flags_that_report(text: str, speaker: str, cue: str, flag: str) -> None:
    s = summarize(text, model="rules")
    (a,) = s.attributions
    assert (a.speaker, a.cue, a.status) == (speaker, cue, "unverified")
    assert ("hedge", flag) in [(f.reason, f.cue) for f in a.flags]


@pytest.mark.parametrize(
    ("cue", "content", "kind"),
    [
        ("reportedly", "The man was reportedly armed", "evidence"),  # hearsay: how the writer came by it
        ("allegedly", "he allegedly fired", "evidence"),
        ("reportedly told", "the pier would close", "speech"),  # a verb of saying still decides
        ("allegedly said", "the pier would close", "speech"),
        ("allegedly threatened", "to burn the shed", "stance"),  # and a verb of commitment's reading
    ],
)
def test_hearsay_adverb_kind(cue: str, content: str, kind: str) -> None:
    assert report_kind(cue, "indirect", content) == kind
