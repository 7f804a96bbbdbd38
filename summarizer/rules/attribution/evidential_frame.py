"""Pattern `evidential_frame`: a poll, survey or report named before the clause it bears out
("In the latest county survey, most renters said …"); the document is the source."""

from __future__ import annotations

from summarizer.rules.attribution.complements import clause_follows
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.registry import pattern
from summarizer.text import report_kinds as rk

# the frame opens the sentence with "In" and a determiner, a possessive or a name
_FRAME_DETERMINERS = frozenset({"the", "this", "that", "a", "an", "its", "their", "our", "his", "her", "these",
                                "those", "one", "some", "another", "each", "every"})  # fmt: skip

# verbs of what a poll finds that no past in -ed shows ("Smith leads", "support rose")
_FINDING_VERBS = frozenset({"rose", "fell", "led", "leads", "lead", "trails", "trail", "won", "wins", "lost",
                            "loses", "held", "holds", "hold", "got", "gets", "say", "says", "said", "think",
                            "thinks", "thought", "want", "wants", "favor", "favors", "favour", "favours",
                            "support", "supports", "back", "backs", "prefer", "prefers", "grew", "saw", "see"})  # fmt: skip


@pattern(
    "evidential_frame",
    145,
    "sentence",
    'a poll, survey or report named before the clause it bears out ("In this survey, …"); the document is the source',
    ("In the latest harbour survey, most ferry riders favoured a later timetable.",),
)
def find(scan: SentenceScan) -> None:
    """Find "In <a document of evidence>, <clause>": the clause after the comma is what the
    poll, survey or study found ("In a poll taken after the storm, two in three residents …");
    a document read by a verb of its own ("In a memo, the agency suggested …") is claimed first."""
    toks, end_idx = scan.toks, scan.end_idx
    if toks[0].low != "in" or scan.words.isdisjoint(rk.EVIDENCE_DOCUMENTS) or end_idx < 6:
        return
    det = toks[1]
    if not (det.low in _FRAME_DETERMINERS or det.text[:1].isupper() or det.text[:1].isdigit()):
        return
    comma = next((j for j in range(2, min(end_idx - 3, 18)) if toks[j].text == ","), None)
    # "In the previous county poll, conducted in May, …": a participle phrase set off by commas
    if comma is not None and toks[comma + 1].low.endswith(("ed", "en")):
        comma = next((j for j in range(comma + 2, min(end_idx - 3, comma + 10)) if toks[j].text == ","), comma)
    if comma is None or not any(toks[j].low in rk.EVIDENCE_DOCUMENTS for j in range(2, comma)):
        return
    if not all(is_word(toks[j]) or toks[j].text in ",/-&'’" for j in range(1, comma)):
        return
    if not clause_follows(toks, comma + 1, min(end_idx, comma + 9)) and not any(
        toks[j].low in _FINDING_VERBS or (toks[j].low.endswith("ed") and not toks[j].text[:1].isupper())
        for j in range(comma + 2, min(end_idx, comma + 8))
    ):
        return  # no clause after the frame: "In the report, table 3 …"
    if scan.ctx.inside_quote(toks[0].start) or not scan.free((toks[0].start, toks[comma].end)):
        return
    end = content_end(toks, comma + 1, end_idx)
    scan.add("evidential_frame", (toks[comma + 1].start, toks[end - 1].end), (det.start, toks[comma - 1].end),
             (toks[0].start, toks[0].end), "in")  # fmt: skip
