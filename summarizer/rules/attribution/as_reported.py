"""Pattern `as_reported`: "As reported by X, …" and "…, as noted in X"; a participle of saying
after "as" names the source after "by" or "in", whose words are the rest of the sentence."""

from __future__ import annotations

from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.registry import pattern

_AS = frozenset({"as"})
# participles of saying or writing that "as" turns into a frame: "as reported by", "as noted in"
_PARTICIPLES = frozenset({"reported", "stated", "noted", "said", "described", "announced", "explained",
                          "outlined", "detailed", "written", "documented", "quoted"})  # fmt: skip
# adverbs between "as" and the participle: "as first reported by", "as previously stated in"
_ADVERBS = frozenset({"first", "previously", "earlier", "originally", "already", "also"})


@pattern(
    "as_reported",
    105,
    "sentence",
    '"As reported by X, …" / "…, as noted in X": X says the rest of the sentence, or what comes before',
    (
        "As reported by the Harbour Herald, the pier was sold in May.",
        "The pier was sold in May, as first noted in the council's annual report.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find "as <participle> by/in X" opening or closing a sentence."""
    ctx, toks, end_idx, sent = scan.ctx, scan.toks, scan.end_idx, scan.sent
    if "as" not in scan.words:
        return
    for k in scan.where(_AS):
        p = k + 1
        while p < end_idx and toks[p].low in _ADVERBS:
            p += 1
        if p + 2 >= end_idx or toks[p].low not in _PARTICIPLES or toks[p + 1].low not in ("by", "in"):
            continue
        if ctx.inside_quote(toks[k].start):
            continue
        sp_end = np_right(toks, p + 2, end_idx)
        if sp_end is None:
            continue
        speaker = (toks[p + 2].start, toks[sp_end - 1].end)
        cue = (toks[k].start, toks[p + 1].end)
        if k == 0 and sp_end < end_idx - 1 and toks[sp_end].text == ",":
            scan.add("as_reported", (toks[sp_end].end, toks[end_idx - 1].end), speaker, cue, toks[p].low)
        elif k > 1 and toks[k - 1].text == "," and sp_end >= end_idx:
            scan.add("as_reported", (sent.start, toks[k - 1].start), speaker, cue, toks[p].low)
