"""The speaker of an inverted cue, after its verb: at the sentence's end ("…, said John Smith, a
spokesman.") or set off by commas inside it ("The plan, says Ana Ruiz, will fail"), where that
speaker ends (past an apposition describing them, before the when that closes the sentence), and
the report it adds; read for `trailing_cue`.
"""

from __future__ import annotations

from summarizer.rules.attribution.appositive_chain import chain_head
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.phrases import phrase_head, source_like
from summarizer.rules.attribution.words import (
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    COORDINATORS,
    FINITE,
    PERSON_RELATIVES,
    TIME_WORDS,
    WH_RELATIVES,
    WHO_WHICH_WHOM,
)
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token


def add_inverted(scan: SentenceScan, k: int, vg: int, last: int, lemma: str) -> bool:
    """Add the report of an inverted cue at toks[k..last], if it is one: at the sentence's end
    ("…, said John Smith, a spokesman.": what comes before is said) or set off inside it ("The plan,
    says Ana Ruiz, will fail": what is said runs on both sides of the tag)."""
    toks, end_idx, sent = scan.toks, scan.end_idx, scan.sent
    cue = (toks[vg].start, toks[last].end)
    sp_end = _inverted_speaker_end(toks, k, vg, last, end_idx)
    if sp_end is not None:
        scan.add(
            "trailing_cue", (sent.start, toks[vg - 1].start), (toks[last + 1].start, toks[sp_end - 1].end), cue, lemma
        )
        return True
    aside_end = _inverted_aside_end(toks, k, vg, last, end_idx)
    if aside_end is not None:
        speaker = (toks[last + 1].start, toks[aside_end - 1].end)
        scan.add("trailing_cue", (sent.start, toks[end_idx - 1].end), speaker, cue, lemma)
        return True
    return False


def _inverted_speaker_end(toks: list[Token], k: int, vg: int, last: int, end_idx: int) -> int | None:
    """Where the speaker of an inverted cue at the sentence's end ends ("…, said John Smith, a
    spokesman."), or None when the cue is not inverted there."""
    if not (
        vg - 1 >= 0
        and toks[vg - 1].text == ","
        and last + 1 < end_idx
        and lx.CUE_KIND.get(toks[k].low) == "speech"
        and not toks[k].low.endswith("ing")
    ):
        return None
    if any(t.text == "," for t in toks[1 : vg - 1]) and (
        np_right(toks, 0, vg - 1, stop_at_comma=False) == vg - 1 or chain_head(toks, vg - 1, 0) == 0
    ):
        # "The clerk, Ana Ruiz, announced her plan", "Rep. Bo Lind, D-Calif., said the bill …": a
        # subject and its apposition or chain, no content
        return None
    sp_end = np_right(toks, last + 1, end_idx, stop_at_comma=False)
    name_end = np_right(toks, last + 1, end_idx)
    commaed = name_end is not None and name_end + 1 < end_idx and toks[name_end].text == ","
    if (
        sp_end is not None
        and name_end is not None
        and commaed
        and sp_end < end_idx
        and _describes_speaker(toks, last + 1, name_end)
        and all(t.text not in (";", ":") for t in toks[name_end:end_idx])
    ):
        # "…, said Ada J. Morel, a clerk with the council.": a name, then an apposition to the sentence's end
        sp_end = end_idx
    to_end = sp_end is not None and sp_end >= end_idx
    relative = commaed and name_end is not None and toks[name_end + 1].low in PERSON_RELATIVES
    if sp_end is not None and to_end and not relative:
        # "…, said the mayor on Tuesday." (not a relative clause's own when: "…, who shut it Monday")
        sp_end = _before_when(toks, last + 2, sp_end)
    head_end: int | None = sp_end  # where the words that must name a source end
    if (
        sp_end is not None
        and name_end is not None
        and name_end + 1 < sp_end
        and toks[name_end].text == ","
        and _describes_speaker(toks, last + 1, name_end)
        # not when the sentence's own verb follows a comma after it ("The plan, said Ana Ruiz, head of
        # the board, will fail": the tag is set off inside the sentence, read by _inverted_aside_end)
        and not any(toks[m].text == "," and toks[m + 1].low in FINITE for m in range(name_end + 1, sp_end - 1))
    ):
        head_end = name_end  # "…, said Ana Ruiz, a teacher at the school.": the name is the source, not "school"
    if (
        sp_end is not None
        and to_end
        and (
            toks[last + 1].text[:1].isupper()
            or toks[last + 1].low in lx.DETERMINERS
            or _role_before_name(toks, last + 1, sp_end)
            or (
                head_end is not None
                and head_end - last - 1 <= 2
                and all(t.text.isalpha() and t.text.islower() for t in toks[last + 1 : head_end])
            )
        )
        and head_end is not None
        # "…, said the head of the agency", "…, said a spokesman for the city": either noun can speak
        # (in one phrase: "…, said Ana Ruiz, head of the board, will fail" is an aside)
        and (
            source_like(toks[head_end - 1])
            or (
                all(t.text != "," for t in toks[last + 1 : head_end])
                and source_like(toks[phrase_head(toks, last + 1, head_end)])
            )
        )
    ):
        return sp_end
    return None


def _describes_speaker(toks: list[Token], i: int, comma: int) -> bool:
    """Do the words after the comma at toks[comma], which closes an inverted speaker opening at
    toks[i], describe that speaker to the sentence's end: an apposition ("…, said Ada Pine, a
    teacher") or a relative clause on a short name or source ("…, said Ada Pine, who chairs the
    board", "…, said the mayor, who …"; "which" only on a document or a body, "…, said the report,
    which …", as elsewhere its antecedent may be the whole report; not after a long object: "…, question the wisdom of backing Lee, who …")?"""
    nxt = toks[comma + 1]
    if nxt.low in ARTICLES or source_like(nxt):
        return True
    # the speaker phrase as the quote reader reads it after an inverted cue (`"…," said police,
    # who …`): a noun phrase that closes at the comma, whose head can speak ("Chief Tom Hale of
    # the fire department", "a spokesman for the city", "residents")
    if np_right(toks, i, comma + 1, stop_at_comma=False) != comma:
        return False
    head = toks[phrase_head(toks, i, comma)]
    if nxt.low in PERSON_RELATIVES:
        return source_like(head)
    # "…, said the report, which found …", "…, said the ministry, which runs the port": after a
    # document or a body, "which" is on that speaker as "who" is on a person
    return nxt.low == "which" and head.low in _THING_SOURCES


# the heads of a speaker that is a document or a body, which a relative "which" describes
_THING_SOURCES = frozenset(lx.DOCUMENT_HEADS | lx.ORG_HEADS)


def _inverted_aside_end(toks: list[Token], k: int, vg: int, last: int, end_idx: int) -> int | None:
    """Where the speaker of an inverted cue set off by commas inside the sentence ends ("The plan,
    says Ana Ruiz, will fail", "There is joy, insists the author, in finishing"): a name or a
    determiner and a source noun, closed by a comma with more of the sentence after it (not a
    relative clause or a participle on the speaker: ", says Ana Ruiz, who …", nor a clause joined
    with a subject of its own: ", but the mayor …"); None else."""
    if not (
        vg - 1 >= 1
        and toks[vg - 1].text == ","
        and lx.CUE_KIND.get(toks[k].low) == "speech"
        and not toks[k].low.endswith("ing")
        and toks[k].text.islower()
    ):
        return None
    name_end = np_right(toks, last + 1, end_idx)
    if name_end is None or name_end + 1 >= end_idx or toks[name_end].text != "," or name_end - last - 1 > 5:
        return None
    first, nxt = toks[last + 1], toks[name_end + 1]
    if not (first.text[:1].isalnum() and not first.text.islower()) and first.low not in lx.DETERMINERS:
        return None  # a name, an age before one ("16-year-old Ana Ruiz"), or "the bank"
    if first.low in TIME_WORDS and first.low not in lx.DETERMINERS:
        return None  # "The meeting, said Monday, was cancelled": a day, no speaker
    if not source_like(toks[name_end - 1]) or nxt.low in WHO_WHICH_WHOM or not nxt.text.isalpha():
        return None
    if nxt.low in ARTICLES or source_like(nxt):
        # ", said Ana Ruiz, head of the port board, will fail": an apposition on the speaker, then
        # the sentence's own verb; else (", said Ana Ruiz, a teacher …" to the end) no aside
        close = _apposition_close(toks, name_end + 1, end_idx)
        if close is None or any(t.low in _SAYING for t in toks[close + 1 : end_idx]):
            return None
        return close
    name_end = _before_when(toks, last + 2, name_end)  # "The meeting, said Ana Ruiz on Monday, was …"
    if nxt.low.endswith("ing") or (nxt.low in COORDINATORS and _subject_at(toks, name_end + 2, end_idx)):
        return None  # ", says Ana Ruiz, adding …", ", says Ana Ruiz, but the mayor disagrees": not said
    if any(t.low in _SAYING for t in toks[name_end + 1 : end_idx]):
        return None  # "The pier, said a worker, was shut, Morel said": a second tag; the inner is another source's
    return name_end


def _apposition_close(toks: list[Token], i: int, hi: int) -> int | None:
    """The comma that closes an apposition opening at toks[i] when a finite verb follows it (the
    sentence's own: "…, head of the port board, will fail"), with no verb, relative or further
    comma inside the apposition; None else."""
    for j in range(i + 1, min(hi - 1, i + 12)):
        t = toks[j]
        if t.text == ",":
            return j if toks[j + 1].low in FINITE else None
        if t.low in FINITE or t.low in WH_RELATIVES or t.low == "that" or not (t.text.isalnum() or t.text in "-'’"):
            return None
    return None


# the forms of saying a second tag in the rest of the sentence would hold ("…, Morel said")
_SAYING = frozenset({"said", "says", "told", "tells", "added", "adds", "according"})


def _subject_at(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause's subject open at toks[i] (a determiner, a pronoun or a name)?"""
    return i < hi and (
        toks[i].low in ARTICLES_AND_POSSESSIVES or toks[i].low in lx.PRONOUN_FORMS or toks[i].text[:1].isupper()
    )


def _before_when(toks: list[Token], lo: int, end: int) -> int:
    """Where an inverted speaker ends before the when that closes the sentence ("the mayor on
    Tuesday", "Ana Ruiz, the chair, late Monday"): no part of the speaker; ``end`` when none."""
    j = end
    while j > lo and (toks[j - 1].low in TIME_WORDS or toks[j - 1].low in _BEFORE_TIME or toks[j - 1].text == ","):
        j -= 1
    return j if j < end and toks[end - 1].low in TIME_WORDS else end


# the words that may open a when: "on Tuesday", "late Monday", "early this week"
_BEFORE_TIME = frozenset({"on", "late", "early"})


def _role_before_name(toks: list[Token], i: int, end: int) -> bool:
    """Do toks[i:end] read as a role or two in lower case, then a name that ends the phrase
    ("police Chief Ana Moss", "port spokeswoman Ivy Dunn", "fire Capt. Leo Hart")? Not a clause
    ("she found work with the help of Harbour House") nor an adjunct ("exclusively for …")."""
    first_cap = next((f for f in range(i, end) if toks[f].text[:1].isupper()), None)
    if first_cap is None or not 1 <= first_cap - i <= 2:
        return False
    role = toks[i:first_cap]
    if any(not t.text.isalpha() or t.low in lx.PRONOUN_FORMS for t in role):
        return False
    name = toks[first_cap:end]
    return len(name) >= 2 and all(t.text[:1].isupper() or t.text == "." for t in name)
