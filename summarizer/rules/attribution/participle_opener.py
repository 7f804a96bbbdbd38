"""Pattern `participle_opener`: a sentence that opens with a participle of saying ("Claiming
…, the union filed …"); the main clause's subject says it."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import cue_at, stance_at
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.phrases import np_right, source_head
from summarizer.rules.attribution.registry import pattern


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
        if c is not None and comma is not None and comma + 1 < end_idx:
            s_end = np_right(toks, comma + 1, end_idx)
            if s_end is not None and source_head(view, (toks[comma + 1].start, toks[s_end - 1].end)):
                scan.add(
                    "participle_opener",
                    (toks[c[1] + 1].start, toks[comma - 1].end),
                    (toks[comma + 1].start, toks[s_end - 1].end),
                    (toks[0].start, toks[c[1]].end),
                    c[0],
                )
