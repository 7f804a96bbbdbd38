"""Pattern `hedged_claim`: the writer's own clause marked as hearsay by an adverb ("The man was
reportedly armed", "he allegedly fired"): a claim with no source, the clause holding the adverb."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import subject_start
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import (
    ARTICLES,
    CLAUSE_SUBJECTS,
    COORDINATORS,
    FINITE,
    IRREGULAR_PAST,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# words before the adverb that make it a modifier inside a noun phrase ("the allegedly stolen
# car", "of reportedly armed men"), not of a clause's verb
# (not a quantifier, which may stand alone as a subject: "Two were reportedly hurt")
_IN_PHRASE = frozenset(ARTICLES | PREPOSITIONS | lx.POSSESSIVE_DETERMINERS | {"our", "my", "your", "these", "those"})
# what ends the run of words after a verb in which a second finite verb would show the first to be
# a reduced relative ("a man allegedly linked to the gang was held"): a new clause or phrase
_CLAUSE_BREAKS = frozenset(COORDINATORS | SUBORDINATORS | RELATIVES | {"whom", "whose", "or"})
_RELATIVE_OPENERS = frozenset(RELATIVES | {"whom", "whose"})
# past forms with no "-ed": the lexicon's irregular and same-form pasts, and those of the deeds
# a hearsay adverb most often stands on ("allegedly shot", "reportedly beat", "allegedly led")
_PAST_FORMS = frozenset(
    IRREGULAR_PAST
    | lx.SAME_FORM_PAST
    | {"shot", "beat", "led", "left", "got", "found", "drew", "bit", "dug", "tore", "hung", "stuck", "forgot", "lied"}
)


@pattern(
    "hedged_claim",
    180,
    "sentence",
    "the writer's clause marked as hearsay by an adverb (reportedly, allegedly): a claim with no source",
    (
        "The man was reportedly armed with a knife.",
        "The suspect allegedly fired at officers before fleeing.",
        "Reportedly, the ferry will stop running in May.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find an adverb of hearsay on a finite clause the writer tells ("The man was reportedly
    armed", "after he allegedly fired at them", "Reportedly, the pier will close"): the writer
    passes on what someone unnamed said. The cue is the adverb, the content the smallest finite
    clause holding it (from its subject, or its relative pronoun, to where the clause ends).
    Runs after every other pattern: an adverb inside what a named source said is flagged on that
    attribution. Not in a quote, a question or a headline; not an adverb inside a noun phrase
    ("the allegedly stolen car") nor on a reduced relative ("a man allegedly linked to the gang
    was held"): neither is a clause."""
    if scan.words.isdisjoint(lx.HEARSAY_ADVERBS):
        return
    ctx, toks, end_idx = scan.ctx, scan.toks, scan.end_idx
    if not _statement(scan) or scan.title_case:
        return
    for k in scan.where(lx.HEARSAY_ADVERBS):
        adverb = toks[k]
        if k >= end_idx - 1 or ctx.inside_quote(adverb.start) or not scan.free((adverb.start, adverb.end)):
            continue
        if k == 0 and toks[1].text == ",":
            # "Reportedly, the pier will close": the adverb stands on the whole sentence after it
            end = content_end(toks, 2, end_idx)
            if end - 2 >= 3:
                scan.add(
                    "hedged_claim", (adverb.start, toks[end - 1].end), None, (adverb.start, adverb.end), adverb.low
                )
            continue
        verb = _verb_of(toks, k, end_idx)
        if verb is None:
            continue
        vg = verb_group_start(toks, verb, 0)
        if vg < 1 or toks[vg - 1].low in _IN_PHRASE or not toks[vg - 1].text[:1].isalnum():
            continue
        if toks[vg - 1].low in _RELATIVE_OPENERS:
            first = vg - 1  # "Ruiz, who allegedly fired at officers, …": the relative clause
        else:
            start = subject_start(toks, vg)
            if start is None and all(t.text[:1].isalnum() and t.low not in _CLAUSE_BREAKS for t in toks[:vg]):
                start = 0  # "The two were reportedly seen": words no noun phrase reader takes, one clause
            if start is None:
                continue
            first = start
        end = content_end(toks, first, end_idx)
        if first == vg - 1 and first >= 1 and toks[first - 1].text == ",":
            # a relative set off by commas ends at the comma that closes it
            end = next((j for j in range(verb + 1, end) if toks[j].text == ","), end)
        elif first == vg - 1:
            # a restrictive one at the main clause's finite verb: "a man who allegedly robbed a
            # clerk was held"
            end = _finite_after(toks, verb, end) or end
        end = _next_clause(toks, verb, end)
        if end <= verb:
            continue
        scan.add("hedged_claim", (toks[first].start, toks[end - 1].end), None, (adverb.start, adverb.end), adverb.low)


def _statement(scan: SentenceScan) -> bool:
    """Does the sentence end as a statement does, with a full stop or an exclamation mark (not a
    question, nor a headline or a label with no end mark)?"""
    text = scan.view[scan.sent.start : scan.sent.end].rstrip().rstrip(ALL_QUOTES + ")]").rstrip()
    return text.endswith((".", "!"))


def _verb_of(toks: list[Token], k: int, hi: int) -> int | None:
    """The index of the verb the adverb at toks[k] stands on: after an auxiliary, the verb the
    group ends in ("was reportedly armed", "has allegedly been seen"); before a finite verb, that
    verb ("allegedly fired", "reportedly owns", "reportedly had"). None when no finite verb is
    found, or when the word after is a participle that a later finite verb of the same clause
    shows to be a reduced relative ("a man allegedly linked to the gang was held")."""
    if k >= 1 and toks[k - 1].low in FINITE:
        j = k + 1
        while j < hi and (toks[j].low in lx.AUXILIARIES or toks[j].low in lx.HEARSAY_ADVERBS):
            j += 1
        return j if j < hi else None  # "is reportedly in hospital": the auxiliary is finite
    j = k + 1
    if j >= hi or not _word(toks[j]):
        return None
    low = toks[j].low
    if low in FINITE:
        return j
    if not (_verb_form(low) or (low.endswith("s") and not low.endswith("ss"))):
        return None
    if k >= 1 and toks[k - 1].low in _RELATIVE_OPENERS:
        return j  # "who allegedly robbed": the relative pronoun is the subject of a finite verb
    if _finite_after(toks, j, hi) is not None:
        return None  # the participle's phrase ends at the subject's own verb
    return j


def _finite_after(toks: list[Token], j: int, hi: int) -> int | None:
    """The index of a finite auxiliary after toks[j] in the run of words before a new clause or
    a punctuation mark: the verb of a subject whose phrase toks[j] stands inside."""
    for m in range(j + 1, hi):
        t = toks[m]
        if t.low in _CLAUSE_BREAKS or not t.text[:1].isalnum():
            return None
        if t.low in FINITE:
            return m
    return None


def _word(t: Token) -> bool:
    """Is ``t`` a lower-case word that may be a verb (not a function word or a number), a
    hyphenated one too ("pistol-whipped")?"""
    text = t.text.replace("-", "")
    return text.isalpha() and text.islower() and (t.low in FINITE or t.low not in ENGLISH_FUNCTION_WORDS)


def _next_clause(toks: list[Token], verb: int, end: int) -> int:
    """Where the hedged clause ends when "and" or "but" after its verb joins a clause with a
    subject of its own ("allegedly punched an officer and a deputy fired a stun gun", "there are
    reportedly no leads, and police remain at the scene"): the adverb stands on the first only.
    Not a second verb of the same subject ("allegedly fired and fled")."""
    for j in range(verb + 1, end - 1):
        if toks[j].low not in COORDINATORS:
            continue
        nxt = toks[j + 1]
        comma = toks[j - 1].text == ","
        if nxt.low in CLAUSE_SUBJECTS or (comma and _word(nxt) and not _verb_form(nxt.low)):
            return j - 1 if comma else j
        if _verb_form(nxt.low) or nxt.low in lx.AUXILIARIES or nxt.low.endswith("ly"):
            continue  # "and then fled", "and was taken": the same subject's next verb
        if comma and nxt.text[:1].isupper() and nxt.text.isalpha():
            return j - 1  # ", and Ruiz fled": a name opens a clause of its own
        for m in range(j + 2, min(end, j + 5)):
            if not toks[m].text[:1].isalnum() or toks[m].low in PREPOSITIONS:
                break
            if _verb_form(toks[m].low):
                return j - 1 if comma else j  # "and a deputy fired": a subject, then its verb
    return end


def _verb_form(low: str) -> bool:
    """Is the lower-case word shaped as a finite verb (an auxiliary, a past form)?"""
    return low in FINITE or low.endswith("ed") or low in _PAST_FORMS
