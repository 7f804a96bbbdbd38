"""Pattern `that_verb`: any other verb a source uses to put forward a "that" clause ("the report
reasons that …"), read from the clause since the verb is in no list."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import subject_of
from summarizer.rules.attribution.complements import clause_follows
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.phrases import source_head
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import NOT_VERBS
from summarizer.text import lexicon as lx

_THAT = frozenset({"that"})


@pattern(
    "that_verb",
    170,
    "sentence",
    'any other verb a source uses to put forward a "that" clause, read from the clause',
    ("The report reasons that the quay is unsafe for larger boats.",),
)
def find(scan: SentenceScan) -> None:
    """Find any other verb a source uses to put forward a clause ("Clinton conceded that …", "the
    lawsuit contends that …"); the verb is read from its "that" clause."""
    ctx, view, toks, end_idx = scan.ctx, scan.view, scan.toks, scan.end_idx
    if "that" not in scan.words:
        return
    free = scan.free
    for k in [k for k in scan.where(_THAT) if 2 <= k < end_idx - 2]:
        if ctx.inside_quote(toks[k].start):
            continue
        verb = toks[k - 1]
        v = verb.low
        if (
            not v.isalpha()
            or not (v.endswith(("ed", "es")) or (v.endswith("s") and not v.endswith("ss")))
            or v in NOT_VERBS
            or v in lx.CUE_FORMS
            or verb.text[:1].isupper()
            or not free((verb.start, toks[k].end))
        ):
            continue
        vg = verb_group_start(toks, k - 1, 0)
        subject = subject_of(toks, vg)
        if subject is None or subject == (-1, -1) or not source_head(view, subject):
            continue
        end = content_end(toks, k + 1, end_idx)
        if end - (k + 1) < 3 or not clause_follows(toks, k + 1, min(end, k + 8)):
            continue
        scan.add("that_verb", (toks[k + 1].start, toks[end - 1].end), subject, (toks[vg].start, verb.end), v)
