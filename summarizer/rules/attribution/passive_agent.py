"""Pattern `passive_agent`: the passive with its agent ("The levy has been endorsed by the port
authority"); the agent is the source, the subject what it backs."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import subject_start
from summarizer.rules.attribution.complements import skip_adverbials
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.phrases import authored_by, is_word, source_like
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import BE_FORMS, CONNECTIVES
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

_BY = frozenset({"by"})


def _agent_end(toks: list[Token], i: int, hi: int) -> int | None:
    """End (exclusive) of the agent phrase at toks[i]; a participle after its head opens a
    reduced relative clause on it ("by dozens of papers ranging from …"), and so does a subject
    pronoun ("by the experts I spoke to"): no part of the agent."""
    end = np_right(toks, i, hi)
    if end is None:
        return None
    cut = next((m for m in range(i + 1, end) if _participle(toks, m) or _relative_subject(toks, m)), end)
    return cut if cut > i else None


# pronouns only ever a subject: after the agent's noun one opens a relative clause on it with no
# "who" ("by the experts I spoke to", "by everyone we asked"), no part of the agent
_NOMINATIVES = frozenset({"i", "we", "he", "she", "they"})


def _relative_subject(toks: list[Token], m: int) -> bool:
    """Does a subject pronoun at toks[m] open a relative clause on the noun before it ("the
    experts I spoke to"), not join the agent after "and" or "or" ("by my wife and I")?"""
    return toks[m].low in _NOMINATIVES and toks[m - 1].low not in ("and", "or")


def _participle(toks: list[Token], m: int) -> bool:
    """A lower-case "-ing" word after a word that is no determiner: "… unions ranging from", not
    a name's word ("the Building Trades Council", "Mayor Channing Reyes") nor a gerund noun after
    an article ("the opening")."""
    word = toks[m].text
    return word.islower() and word.endswith("ing") and len(word) > 5 and toks[m - 1].low not in lx.DETERMINERS


@pattern(
    "passive_agent",
    150,
    "sentence",
    "the passive with its agent: the agent is the source, the subject what it backs",
    ("The levy has been endorsed by the port authority.",),
)
def find(scan: SentenceScan) -> None:
    """Find the passive with its agent ("Her plan was echoed by a number of local farmers",
    "The mayor has been backed by a dozen unions", "a plan backed by everyone we asked")."""
    ctx, toks, end_idx = scan.ctx, scan.toks, scan.end_idx
    if "by" not in scan.words:
        return
    free = scan.free
    for k in scan.where(_BY):
        if not 2 <= k < end_idx - 1 or ctx.inside_quote(toks[k].start):
            continue
        part = toks[k - 1].low
        if not (part.endswith(("ed", "en")) or part in ("told", "said", "shown", "found", "seen", "known")):
            continue
        if part not in lx.CUE_FORMS and part not in lx.STANCE_FORMS:
            continue
        if authored_by(toks, k - 1, end_idx):
            continue  # "a notice posted by the railway": who made the document, backing nothing
        agent_end = _agent_end(toks, k + 1, end_idx)
        if agent_end is None or (not source_like(toks[agent_end - 1]) and not toks[k + 1].text[:1].isupper()):
            continue
        vg = verb_group_start(toks, k - 1, 0)
        be = [t.low for t in toks[vg : k - 1]]
        if be and not any(w in BE_FORMS for w in be):
            continue
        subject_end = vg - 1
        if (
            subject_end >= 3
            and toks[subject_end].text == ","
            and toks[subject_end - 2].text == ","
            and toks[subject_end - 1].low in CONNECTIVES
        ):
            subject_end -= 3  # "Ben Ade, meanwhile, is backed by …": the subject ends before the aside
        if subject_end < 0 or not is_word(toks[subject_end]):
            continue
        subj_start = subject_start(toks, subject_end + 1)
        if subj_start is None:
            continue
        cue = (toks[vg].start, toks[k].end)
        if not free(cue):
            continue
        lemma = lx.CUE_FORMS.get(part) or lx.STANCE_FORMS.get(part, part)
        content = (toks[subj_start].start, toks[subject_end].end)
        told = _told_clause(toks, agent_end, end_idx) if lemma in lx.HEARER_VERBS else None
        if told is not None:
            content = (toks[told].start, toks[end_idx - 1].end)  # "was told by officials that …": the subject heard it
        scan.add(
            "passive_agent",
            content,
            (toks[k + 1].start, toks[agent_end - 1].end),
            cue,
            lemma,
            short_ok=True,
        )


def _told_clause(toks: list[Token], i: int, hi: int) -> int | None:
    """Where the clause told opens after the agent of a passive "told"/"informed"/"assured" ("was
    told by officials that the road would reopen"): "that" and a word, perhaps after a time or a
    place; the subject of the passive is then the hearer, the clause what was said. None else."""
    j = skip_adverbials(toks, i, hi)
    if j + 1 < hi and toks[j].low == "that" and is_word(toks[j + 1]):
        return j + 1
    return None
