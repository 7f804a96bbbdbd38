"""Status and flags: why a claim is unverified or disputed, each with the words that show it."""

from __future__ import annotations

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
