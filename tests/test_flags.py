"""Status and flags: why a claim is unverified or disputed, each with the words that show it."""

from __future__ import annotations

import pytest
from conftest import article

from summarizer import summarize


def by_content(text: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    result = summarize(text, model="rules")
    assert result.unverified == [a.id for a in result.attributions if a.status != "attributed"]
    return {a.content: (a.status, [(f.reason, f.cue) for f in a.flags]) for a in result.attributions}


def test_claim_verb_and_hedge() -> None:
    got = by_content(article("hedged_claim.txt"))
    assert got["its fighters damaged a power plant near Dorvik"] == ("unverified", [("claim_verb", "claimed")])
    status, flags = got["the outage may have been caused by a faulty transformer"]
    assert status == "unverified" and ("hedge", "may") in flags


def test_unnamed_sources_are_flagged_with_their_words() -> None:
    got = by_content(article("unnamed_sources.txt"))
    assert got["The finance minister plans to resign next week"] == (
        "unverified", [("unnamed_source", "two officials familiar with the matter")],
    )  # fmt: skip


def test_unconfirmed_sentence_flags_the_claim_before_it() -> None:
    text = (
        "The defense ministry said its forces destroyed a bridge near Kelm.\n\n"
        "The claim could not be independently verified."
    )
    got = by_content(text)
    status, flags = got["its forces destroyed a bridge near Kelm"]
    assert status == "unverified"
    assert ("not_independently_verified", "could not be independently verified") in flags


def test_denial_by_another_source_disputes_the_claim() -> None:
    got = by_content(article("denied.txt"))
    status, flags = got["the records of 2,000 customers had been leaked by the Brightwave utility company"]
    assert status == "disputed" and ("denied", "denied") in flags


def test_skepticism_marks_the_claim_contested() -> None:
    text = (
        "The energy minister, Oskar Lind, said the country can build 40 reactors by 2040.\n\n"
        "This claim was repeated in parliament on Tuesday.\n\n"
        "Engineers have warned that the grid is old.\n\n"
        "The assertion has been met with skepticism by independent analysts."
    )
    got = by_content(text)
    status, flags = got["the country can build 40 reactors by 2040"]
    assert status == "disputed"
    assert ("contested", "been met with skepticism") in flags


def test_plain_named_statement_is_attributed() -> None:
    got = by_content("The mayor, Lena Ortiz, said the library will reopen on Monday.")
    assert got["the library will reopen on Monday"] == ("attributed", [])


def test_a_figure_said_unconfirmable_later_in_its_own_sentence_flags_that_claim() -> None:
    got = by_content("Fishermen said nine boats sank in the storm, though the figure was impossible to confirm.")
    status, flags = got["nine boats sank in the storm"]
    assert status == "unverified" and ("not_independently_verified", "impossible to confirm") in flags


def test_another_source_disputing_the_figure_in_the_same_sentence_disputes_the_claim_before_it() -> None:
    got = by_content("Rebels claimed that 300 soldiers had surrendered; independent monitors disputed the figure.")
    status, flags = got["300 soldiers had surrendered"]
    assert status == "disputed" and ("contested", "disputed") in flags
    # the same source setting its own words against a report disputes nothing of its own
    got = by_content("The union said that was not its position and dismissed those reports as false.")
    assert got["that was not its position"] == ("attributed", [])


LEAD = "Storms and fighting cut the coast road on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "content", "status", "flags"),
    [
        # anonymity told beside a source named by its role, outside its phrase: an unnamed source
        (
            "A naval officer, speaking on condition of anonymity, said two patrol boats were sunk.",
            "two patrol boats were sunk", "unverified", [("unnamed_source", "on condition of anonymity")],
        ),
        (
            LEAD + '"Four trucks were burned at the depot," said a firefighter, who asked not to be identified.',
            "Four trucks were burned at the depot", "unverified", [("unnamed_source", "asked not to be identified")],
        ),
        # guard row: an appositive that hides no one
        (
            "A naval officer, speaking to reporters at the crossing, said two patrol boats were sunk.",
            "two patrol boats were sunk", "attributed", [],
        ),
        # officials whose phrase names the body, country or place they speak for name their source
        ("Officials at the water ministry said three pumping stations were shut.",
         "three pumping stations were shut", "attributed", []),
        ("Moldovan officials said the ferry had been seized.", "the ferry had been seized", "attributed", []),
        # bare officials right after a sentence whose subject is a body: that body's
        ("The port authority closed the harbour on Monday.\n\nOfficials said two tankers had collided.",
         "two tankers had collided", "attributed", []),
        # guard rows: people who speak for no body, and officials of no body named, stay unnamed
        # (a body named in the sentence before, not as its subject, is not theirs)
        ("Rebels shelled the army depot at dawn.\n\nOfficials said two tankers had collided.",
         "two tankers had collided", "unverified", [("unnamed_source", "Officials")]),
        # (nor is a firm's: its people are not its "officials")
        ("The ferry operator said the pumps had failed.\n\nOfficials said two tankers had collided.",
         "two tankers had collided", "unverified", [("unnamed_source", "Officials")]),
        ("Residents in Tarvo said the ferry had been seized.", "the ferry had been seized", "unverified",
         [("unnamed_source", "Residents in Tarvo")]),
        ("Officials said the ferry had been seized.", "the ferry had been seized", "unverified",
         [("unnamed_source", "Officials")]),
        # a sentence that leaves both sides' claims unconfirmed at once
        (
            LEAD + "The navy said it sank six boats.\n\nThe rebel command said it downed two jets.\n\n"
            "The agency could not verify either account.",
            "it sank six boats", "unverified", [("not_independently_verified", "could not verify")],
        ),
        (
            LEAD + "The navy said it sank six boats.\n\nThe rebel command said it downed two jets.\n\n"
            "Neither tally could be independently confirmed.",
            "it downed two jets", "unverified",
            [("not_independently_verified", "Neither tally could be independently confirmed")],
        ),
        # the same words after the claims of their own sentence
        (LEAD + "The navy said it sank six boats and the rebels said they downed two jets; neither side's "
         "figures could be verified.", "it sank six boats", "unverified",
         [("not_independently_verified", "neither side's figures could be verified")]),
        # guard row: the words inside a claim are that claim's, about none before it
        (LEAD + "The navy said it sank six boats.\n\nThe rebel command said neither tally could be confirmed.",
         "it sank six boats", "attributed", []),
        (
            LEAD + "The navy said six boats were sunk, while the militia said two were.\n\n"
            "It was not immediately possible to reconcile the figures.",
            "six boats were sunk", "unverified",
            [("not_independently_verified", "not immediately possible to reconcile")],
        ),
        # a claim made with nothing to show for it, told in an aside between the verb and the claim
        ("The envoy said, without offering any evidence, that the ferry was mined.", "the ferry was mined",
         "unverified", [("not_independently_verified", "without offering any evidence")]),
        # guard row: an aside that withholds nothing
        ("The envoy said, without hesitating, that the ferry was mined.", "the ferry was mined", "attributed", []),
        # another source's denial of the same matter, with no noun for the claim
        (
            LEAD + "The union said 40 workers were fired.\n\nThe mill's owner denied that any workers had been fired.",
            "40 workers were fired", "disputed", [("denied", "denied")],
        ),
        # guard row: "deny" after a modal, a refusal that may come, denies nothing said
        (
            LEAD + "The union said 40 workers were fired.\n\nThe council could deny the mill its licence.",
            "40 workers were fired", "attributed", [],
        ),
        (
            LEAD + "The council said 300 homes were flooded.\n\nThe figure does not match insurers' records.",
            "300 homes were flooded", "disputed", [("contested", "does not match")],
        ),
        # the claim named by its source's possessive, as the object of a word of contest
        (LEAD + "The militia said 12 of its men died.\n\nThe ministry rejected the militia's account.",
         "12 of its men died", "disputed", [("unnamed_source", "The militia"), ("contested", "rejected")]),
        (LEAD + "The council said 300 homes were flooded.\n\nInsurers' records do not support the figure.",
         "300 homes were flooded", "disputed", [("contested", "do not support")]),
        # guard row: the possessive before a participle of being asked names no claim contested
        (LEAD + "The council said 300 homes were flooded.\n\nThe mayor's statement, when questioned, was brief.",
         "300 homes were flooded", "attributed", []),
        # a plan to inquire and a count forecast to grow hedge no claim
        ("The coroner said she will examine whether the driver had been drinking.",
         "she will examine whether the driver had been drinking", "attributed", []),
        ("The sheriff said the number of missing hikers could rise overnight.",
         "the number of missing hikers could rise overnight", "attributed", []),
        # guard rows: the same words of a present fact in doubt
        ("The coroner said the driver may have been drinking.", "the driver may have been drinking", "unverified",
         [("hedge", "may")]),
        ("The sheriff said the number of missing hikers could be higher.",
         "the number of missing hikers could be higher", "unverified", [("hedge", "could")]),
        ("The sheriff said deputies are investigating whether the fire was set.",
         "deputies are investigating whether the fire was set", "unverified", [("hedge", "investigating whether")]),
    ],
)  # fmt: skip
def test_unverified_claim_constructions(text: str, content: str, status: str, flags: list[tuple[str, str]]) -> None:
    assert by_content(text)[content] == (status, flags)


@pytest.mark.parametrize(
    ("text", "anonymity"),
    [
        ("A naval officer, speaking on condition of anonymity, said two patrol boats were sunk.", "anonymous"),
        ('"The nets were cut," said a harbour pilot, who asked not to be named.', "anonymous"),
        # guard row: an appositive that hides no one
        ("A naval officer, speaking to reporters at the crossing, said two patrol boats were sunk.", "role_only"),
    ],
)
def test_anonymity_told_beside_a_source_makes_it_anonymous(text: str, anonymity: str) -> None:
    result = summarize(text, model="rules")
    assert [s.anonymity for s in result.speakers] == [anonymity]


@pytest.mark.parametrize(
    "text",
    [
        "the ministry rejected that claim on friday.",
        "police disputed the militia's account of the raid.",
        "the army’s statement was denied by its critics, who called the claim false.",
        "no one has confirmed such reports.",
        "residents' claims were rejected.",
        "it was the mayor's plan.",
    ],
)
def test_the_anaphor_search_without_a_possessive_finds_what_the_whole_pattern_finds(text: str) -> None:
    from summarizer.rules.contested_claims import _ANAPHOR_LOW, _anaphor_search

    for pos in range(len(text) + 1):
        got, want = _anaphor_search(text, pos), _ANAPHOR_LOW.search(text, pos)
        assert (got and (got.span(), got.group("owner"))) == (want and (want.span(), want.group("owner"))), pos
