"""What stands around a tag set off by commas that tells whether it closes the report: before it,
a clause whole ("The road is shut, police said"); after it, a report of its own ("…, and the mayor
said …"), the writer's own clause ("…, raising fears of delays") or an adverbial clause of time or
concession with a subject of its own ("…, as crews worked"); read for `trailing_cue`.
"""

from __future__ import annotations

from summarizer.rules.attribution.clause_joins import (
    consequence_after_tag,
    with_phrase_after_tag,
)
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.phrases import source_like
from summarizer.rules.attribution.words import (
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    FINITE,
    IRREGULAR_PAST,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token


def new_report_at(toks: list[Token], i: int, hi: int) -> bool:
    """Does a report of its own open at toks[i] after "and"/"but": a subject, then a cue of
    saying within a few words or right after its noun phrase ("and the mayor agreed", "but Ruiz
    said …", "but mayors in the hardest-hit towns say")? What follows the
    cue's comma is then no part of what the cue's speaker said (nor, after "and", is a clause
    with a subject of its own: clause_joins.writers_clause_after_tag)."""
    if i >= hi or toks[i].text in ALL_QUOTES or toks[i].low in _FIRST_PERSON:
        return False
    if not (
        toks[i].low in ARTICLES_AND_POSSESSIVES
        or toks[i].text[:1].isupper()
        or toks[i].low in lx.PRONOUN_FORMS
        or (toks[i].low.endswith("s") and source_like(toks[i]))  # "but mayors in the north say"
    ):
        return False
    if any(toks[m].low in lx.CUE_FORMS for m in range(i + 1, min(hi, i + 5))):
        return True
    # a longer subject with its phrases of place ("but mayors in the hardest-hit towns say")
    end = np_right(toks, i, hi)
    return end is not None and end < hi and toks[end].low in lx.CUE_FORMS


_FIRST_PERSON = frozenset({"i", "we", "my", "our"})


def closed_report(toks: list[Token], vg: int, after: int, dashed: bool) -> bool:
    """Is what comes before the tag (toks[0] to its comma) a clause whole, with a verb ("The
    clinic has reopened, a spokeswoman said, …"), not a subject the tag interrupts ("The clinic,
    a spokeswoman said, has reopened")? A finite word or a verb in the past after its first
    word and before the comma (or the dash, ``dashed``) that opens the tag, whose end is toks[after]."""
    opener = toks[after].text if dashed else ","  # the dash that opens a tag set off by dashes
    comma = next((c for c in range(vg - 1, 0, -1) if toks[c].text == opener), 0)
    return any(
        t.low in FINITE or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4) for t in toks[1:comma]
    )


def writers_after_tag(toks: list[Token], i: int, hi: int, dashed: bool) -> bool:
    """Does the writer's own clause open at toks[i], right after a tag set off by commas: a
    clause of time or concession ("…, she said, as the crowd left"), a phrase of "with" that
    closes the sentence ("…, he said, with a shrug"), or a participle of what the reported event
    brings about ("…, the union announced, raising fears of delays")?"""
    return (
        narrated_adjunct(toks, i, hi)
        or with_phrase_after_tag(toks, i, hi)
        or (not dashed and consequence_after_tag(toks, i, hi))
    )


def unset_time_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Does "as" or "while" open a clause with its own subject at toks[i], right after the cue
    with no comma ("…, she said as she tabled the budget", "…, he said while the crowd waited")?
    Not a comparison ("said as much", "as well as") nor a participle ("said while touring")."""
    if i + 2 >= hi or toks[i].low not in ("as", "while"):
        return False
    first = toks[i + 1]
    # a subject pronoun, or a noun phrase with a verb after it ("as the vote began"; not "as the
    # board's chair": a role, no clause)
    subject = first.low in lx.SUBJECT_PRONOUNS or (
        first.low in ARTICLES_AND_POSSESSIVES
        and any(
            t.low in FINITE or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4)
            for t in toks[i + 2 : hi]
        )
    )
    closed = not any(t.text in (",", ";") for t in toks[i + 1 : hi])  # nothing more may be said after it
    return subject and closed and first.low != "it"


def narrated_adjunct(toks: list[Token], i: int, hi: int) -> bool:
    """Does an adverbial clause of time or concession open at toks[i], right after a cue set off
    by commas ("…, she said, as the crowd left", "…, he said, although no date was set")? Set
    off after the cue and closing the sentence, it is the writer's narration; "as long as", "as
    well as" are no clause, nor is a participle of the speaker's ("while adding that …")."""
    if i + 1 >= hi or any(t.text in (",", ";") for t in toks[i + 1 : hi]):
        return False  # "…, although snow is forecast, and drivers should …": more may be said after it
    low = toks[i].low
    if low == "even" and toks[i + 1].low in ("as", "though"):
        i += 1
    elif low not in _NARRATING_SUBORDINATORS or (
        low == "as" and toks[i + 1].low in _AS_DEGREE and not _article_subject_clause(toks, i + 1, hi)
    ):
        return False
    # "…, she said, while warning that …": a participle with no subject of its own is the speaker's
    return i + 1 < hi and not toks[i + 1].low.endswith("ing")


def _article_subject_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause open at toks[i] with an article's noun phrase as its subject and a finite
    verb after it ("as a long drought grips the valley", "as the crowd left"), not a phrase of
    "as" with no verb ("as a result of the vote", "as the city's first mayor")? The verb: an
    auxiliary, a past, or a present in -s after a noun in lower case and before its object's
    determiner ("drought grips the")."""
    if toks[i].low not in ARTICLES:
        return False
    for j in range(i + 2, hi):
        t = toks[j]
        low = t.low
        if not t.text.islower() or not low.isalpha():
            continue
        if low in FINITE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4):
            return True
        if (
            len(low) > 3
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ous"))
            and toks[j - 1].text.islower()
            and toks[j - 1].low not in ENGLISH_FUNCTION_WORDS
            and j + 1 < hi
            and toks[j + 1].low in _OBJECT_DETERMINERS
        ):
            return True
    return False


# the determiners that open a present verb's object: "grips the valley", "tightens its hold"
_OBJECT_DETERMINERS = frozenset(ARTICLES_AND_POSSESSIVES | {"its", "our", "this", "that", "these", "those"})


# subordinators of a clause of simultaneous time or of concession (not "because", "if",
# "when", "after", "until": a reason, a condition or a time may be part of what is said)
_NARRATING_SUBORDINATORS = frozenset({"as", "while", "whereas", "although", "though"})


# "as long as", "as well as", "as soon as", "as much as": comparisons and conditions, no clause of time
_AS_DEGREE = frozenset({"long", "well", "soon", "much", "many", "far", "of", "part", "a", "an", "the"})
