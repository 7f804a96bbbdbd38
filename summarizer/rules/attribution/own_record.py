"""`Ken Hollis told investigators the car was red, according to a copy of his statement`: the
speaker is the one whose report the sentence tells; "according to" a record of that report (his
statement, a transcript of her remarks, a copy of the filing) names where the words were read,
the medium, not a second speaker whose content is the whole sentence."""

from __future__ import annotations

from summarizer.rules.attribution.content import joined_report
from summarizer.rules.attribution.words import ARTICLES_AND_POSSESSIVES
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

__all__ = ["record_of_report"]


def record_of_report(toks: list[Token], k: int, src_end: int) -> bool:
    """Is the source after "according to" at toks[k] (to toks[src_end]) a record of the words
    the clause before it reports: a noun of record ("statement", "transcript", "filing") after
    "his"/"her"/"their", or a copy of one ("a copy of the deposition"; a transcript or recording
    of anything, "a transcript of the call", but not "a copy of the police report"), when that clause
    opens with a subject and a verb of saying of its own ("Hollis told investigators …")?"""
    source = toks[k + 2 : src_end]
    if not source or not any(t.low in _RECORDS for t in source):
        return False
    owned = any(
        t.low in _OWNERS
        and n + 1 < len(source)
        and source[n + 1].low in _RECORDS
        and not _other_gender(t.low, toks[:k])
        for n, t in enumerate(source)
    )
    copied = any(
        t.low in _COPIES
        and n + 2 < len(source)
        and source[n + 1].low == "of"
        and source[n + 2].low in ("the", "his", "her", "their")
        and (t.low in _VERBATIM or source[n + 2].low != "the" or _words_noun(source, n + 3))
        for n, t in enumerate(source)
    )
    return (owned or copied) and (joined_report(toks, 0, k) or _speech_verb_after_subject(toks, k))


def _other_gender(owner: str, clause: list[Token]) -> bool:
    """Is "his"/"her" before the record someone else than the clause's speaker, who is
    referred to there by the other gender only ("Ken Hollis said he was home, according to
    her testimony": hers, not his)?"""
    other = _SHE if owner == "his" else _HE if owner == "her" else None
    if other is None:
        return False
    lows = {t.low for t in clause}
    return not lows.isdisjoint(other) and lows.isdisjoint(_HE if owner == "his" else _SHE)


def _words_noun(source: list[Token], lo: int) -> bool:
    """Is the noun after "a copy of the" at source[lo] a record of someone's words ("the
    statement", "the sworn deposition"), not a document of its own ("the police report")?"""
    for t in source[lo : lo + 3]:
        if t.low in _RECORDS:
            return True
        if not t.text.isalpha():
            return False
    return False


def _speech_verb_after_subject(toks: list[Token], hi: int) -> bool:
    """Does the sentence open with a subject of up to four words (a name, an article or a
    possessive first) and then a finite verb of speech ("The nurse testified that …")?"""
    first = toks[0]
    if not (first.low in ARTICLES_AND_POSSESSIVES or (first.text[:1].isupper() and first.low not in lx.AUXILIARIES)):
        return False
    for m in range(1, min(hi, 5)):
        low = toks[m].low
        if lx.CUE_KIND.get(low) == "speech" and not low.endswith("ing"):
            return True
        if not toks[m].text.isalpha():
            return False
    return False


_OWNERS = frozenset({"his", "her", "their"})
_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
# what holds someone's words as they gave them
_COPIES = frozenset({"copy", "copies", "transcript", "transcripts", "recording", "recordings", "text", "video"})
# a record of the words themselves, whatever was said ("a transcript of the call")
_VERBATIM = frozenset({"transcript", "transcripts", "recording", "recordings", "video"})
_RECORDS = _COPIES | frozenset({
    "statement", "statements", "testimony", "filing", "filings", "affidavit", "deposition", "remarks",
    "interview", "letter", "memo", "email", "e-mail", "notes", "complaint", "account", "post", "tweet",
})  # fmt: skip
