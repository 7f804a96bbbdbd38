"""Pattern `participle_opener`: a sentence that opens with a participle of saying ("Claiming
…, the union filed …"); the main clause's subject says it. A participle with only a phrase of
place, manner or audience after it ("Writing for the majority, …") frames the main clause."""

from __future__ import annotations

from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.participle_reports import participle_frame
from summarizer.rules.attribution.phrases import source_head
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.reporting_verbs import cue_at, stance_at
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token


@pattern(
    "participle_opener",
    130,
    "sentence",
    "a sentence that opens with a participle of saying; the main clause's subject says it",
    ("Claiming the levy is unfair to fishermen, the union filed a complaint.",),
)
def find(scan: SentenceScan) -> None:
    """Find a sentence that opens with a participle of saying ("Claiming the criticism … is
    designed to pressure moderators, Trump …"): the main clause's subject says it."""
    view, toks, end_idx = scan.view, scan.toks, scan.end_idx
    if end_idx > 4 and toks[0].low.endswith("ing") and toks[0].text[:1].isupper():
        c = cue_at(toks, 0) or stance_at(toks, 0)
        comma = next((j for j in range(c[1] + 2, end_idx) if toks[j].text == ","), None) if c else None
        if c is not None and comma is not None and comma + 1 < end_idx and not participle_frame(toks, 0, comma):
            s_end = _subject_end(toks, comma + 1, np_right(toks, comma + 1, end_idx))
            if s_end is not None and source_head(view, (toks[comma + 1].start, toks[s_end - 1].end)):
                scan.add(
                    "participle_opener",
                    (toks[c[1] + 1].start, toks[comma - 1].end),
                    (toks[comma + 1].start, toks[s_end - 1].end),
                    (toks[0].start, toks[c[1]].end),
                    c[0],
                )


def _verb(t: Token) -> bool:
    """A lower-case verb of the main clause: a past in "-ed", or a verb of saying or stance."""
    low = t.low
    return t.text.islower() and (low.endswith("ed") or low in lx.CUE_FORMS or low in lx.STANCE_FORMS)


def _subject_end(toks: list[Token], i: int, end: int | None) -> int | None:
    """Where the main clause's subject from toks[i] ends: before its verb ("the union filed …",
    "Vell repeatedly rejected …"), which the noun phrase reader may run on into."""
    if end is None:
        return None
    for m in range(i + 1, end):
        if toks[m - 1].low in lx.DETERMINERS or (toks[m - 1].low.endswith("ly") and toks[m - 2].low in lx.DETERMINERS):
            continue  # "the elected mayor", "the newly elected mayor": a modifier in the phrase
        if _verb(toks[m]) or (toks[m].low.endswith("ly") and m + 1 < len(toks) and _verb(toks[m + 1])):
            return m
    return end
