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
        # pasts of the "-ank / -ung" kind are verbs too
        ("The ferry reportedly sank off the cape.", "reportedly", "The ferry reportedly sank off the cape"),
        ("The crowd reportedly sang the anthem.", "reportedly", "The crowd reportedly sang the anthem"),
        # a subject with an appositive between it and its verb
        ("The boy, 12, was reportedly hit by a van.", "reportedly", "The boy, 12, was reportedly hit by a van"),
        ("Mara Orr, a roofer from Kelby, allegedly fell from the scaffold.", "allegedly",
         "Mara Orr, a roofer from Kelby, allegedly fell from the scaffold"),
        ("Jones, 45, of Kelby, allegedly struck the officer.", "allegedly", "Jones, 45, of Kelby, allegedly struck the officer"),
        ("The suspects, both 19, reportedly fled.", "reportedly", "The suspects, both 19, reportedly fled"),
        ("In May, the mill, a bakery, was reportedly sold.", "reportedly", "the mill, a bakery, was reportedly sold"),
        # a count standing as a subject after a colon or a comma
        ("Two were held: one reportedly drove the van.", "reportedly", "one reportedly drove the van"),
        ("Two were held; one allegedly carried the bag.", "allegedly", "one allegedly carried the bag"),
        ("Three were hurt, two were reportedly hurt badly.", "reportedly", "two were reportedly hurt badly"),
        # a restrictive relative in the subject ends at the main verb, a past form too
        ("The man who allegedly robbed a clerk fled to Ohio.", "allegedly", "who allegedly robbed a clerk"),
        ("The officer who allegedly beat him resigned.", "allegedly", "who allegedly beat him"),
        ("The clerk who allegedly took the cash from the till left town.", "allegedly",
         "who allegedly took the cash from the till"),
        ("A man who allegedly used forged papers was held.", "allegedly", "who allegedly used forged papers"),
        ("The guard allegedly shot a dog named Rex.", "allegedly", "The guard allegedly shot a dog named Rex"),
        # a one-word subject after a comma is no relative set off by commas
        ("When guards came, he allegedly hit them, then fled.", "allegedly", "he allegedly hit them, then fled"),
        ("Tull was allegedly drunk, he was taken to a cell.", "allegedly", "Tull was allegedly drunk"),
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
        # a reduced relative or a relative whose end is unsure: no claim, not one that runs into the main verb
        "The woman allegedly hit by the guard filed suit.",
        "The woman allegedly assaulted by the guard sued.",
        "The deed that was allegedly forged surfaced in June.",
        "The firm that reportedly hired him in May closed in June.",
        "The firm that reportedly hired him in 2019 closed.",
        "The driver, Ira Mott, 52, of Kelby, Vt., allegedly hit a cyclist.",  # no subject: not "Kelby, Vt."
        "The singer, reportedly 42, died at home.",  # no clause
        "The car, reportedly stolen, was found in a ditch.",
        "Reportedly armed, the man ran into the woods.",
        "She is accused of allegedly stealing funds.",  # a gerund: no finite clause
        "He was held for allegedly stealing a car.",
        "A reportedly armed man was shot.",
    ],
)
def test_no_claim_of_its_own(text: str) -> None:
    assert summarize(text, model="rules").attributions == []


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # clauses in a list, each with its own adverb, are claims of their own
        ("Three were held: one reportedly drove the van, one allegedly carried the bag, and a third fled.",
         ["one reportedly drove the van", "one allegedly carried the bag"]),
        ("The tug reportedly sank; the crew were allegedly drunk.", ["The tug reportedly sank", "the crew were allegedly drunk"]),
    ],
)  # fmt: skip
def test_each_hedged_clause_is_a_claim(text: str, contents: list[str]) -> None:
    s = summarize(text, model="rules")
    assert [a.content for a in s.attributions] == contents
    assert all(a.speaker is None and a.status == "unverified" for a in s.attributions)


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
