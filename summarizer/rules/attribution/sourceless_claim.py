"""Pattern `sourceless_claim`: a claim with no source, in the passive of expecting or believing
or as an appearance ("The ferry is expected to …"); the claim is the whole clause."""

from __future__ import annotations

import bisect

from summarizer.rules.attribution.clauses import subject_start
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.phrases import is_word, source_like
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import (
    ACCUSED_PASSIVES,
    BE_FORMS,
    COORDINATORS,
    EMPTY_SUBJECTS,
    FINITE,
    JUDGED_PASSIVES,
    NAMING_PASSIVES,
    PREPOSITIONS,
    SEEM_FORMS,
    SOURCELESS_PASSIVES,
)
from summarizer.text import lexicon as lx
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

_CLAIM_WORDS = frozenset(SOURCELESS_PASSIVES | NAMING_PASSIVES | SEEM_FORMS | ACCUSED_PASSIVES | JUDGED_PASSIVES)


@pattern(
    "sourceless_claim",
    140,
    "sentence",
    "a claim with no source: the passive of expecting or believing, an appearance; the claim is the whole clause",
    (
        "The ferry is expected to resume on Monday.",
        "The harbour seems to be a real worry for the town.",
        "The council was widely criticised for the delay.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find a claim with no source, put in the passive or as an appearance ("The council's vote is
    expected to come before the recess", "the lack of enthusiasm seems to be a real issue").
    The claim is the whole clause."""
    ctx, toks, end_idx = scan.ctx, scan.toks, scan.end_idx
    if scan.words.isdisjoint(_CLAIM_WORDS):
        return
    for k in scan.where(_CLAIM_WORDS):
        if not 1 <= k < end_idx - 2:
            continue
        low = toks[k].low
        nxt = toks[k + 1].low
        vg = verb_group_start(toks, k, 0)
        be = [t.low for t in toks[vg:k]]
        if low in SOURCELESS_PASSIVES:
            if not any(w in BE_FORMS and w != "being" for w in be) or not (
                nxt in ("to", "as") or (low in NAMING_PASSIVES and _names(toks[k + 1]))
            ):
                continue
        elif low in ACCUSED_PASSIVES:
            # "was accused of hiding the losses": a deed charged with no one named as charging;
            # not a count of a court ("is accused of three counts of fraud"), only a deed in -ing
            if (
                not any(w in BE_FORMS and w != "being" for w in be)
                or nxt != "of"
                or not toks[k + 2].low.endswith("ing")
            ):
                continue
        elif low in JUDGED_PASSIVES:
            # "has been harshly criticized for …": a judgement, its reason after "for"
            if not any(w in BE_FORMS and w != "being" for w in be) or nxt != "for":
                continue
        elif low in SEEM_FORMS:
            if nxt == "that" and vg >= 1 and toks[vg - 1].low == "it":
                # "it appeared that the plan had failed": the clause after "that" is the claim
                end = content_end(toks, k + 2, end_idx)
                if end - (k + 2) >= 2 and not ctx.inside_quote(toks[k].start):
                    scan.add("sourceless_claim", (toks[k + 1].start, toks[end - 1].end), None,
                             (toks[vg].start, toks[k].end), low)  # fmt: skip
                continue
            if nxt != "to" and not _predicative(toks, k + 1, low):
                continue
            if nxt == "to" and (toks[k + 2].low in lx.CUE_FORMS or toks[k + 2].low in lx.STANCE_FORMS):
                continue  # "appeared to blame low-level workers" is Stumpf's, read from "blame"
        else:
            continue
        if ctx.inside_quote(toks[k].start) or vg < 1 or not is_word(toks[vg - 1]):
            continue
        subj_start = vg - 1 if toks[vg - 1].low in lx.PERSON_SUBJECT_PRONOUNS else subject_start(toks, vg)
        if subj_start is None or toks[vg - 1].low in EMPTY_SUBJECTS:
            continue  # "it is expected that …" puts the claim after; the subject must be one
        first = k + 1 if _predicative(toks, k + 1, low) else k + 2
        end = content_end(toks, first, end_idx)
        if end - first < 1:
            continue
        holder = _experiencer(toks, first, end) if first == k + 1 else None
        if holder is not None:
            end = holder[0]  # "seemed far away to many voters": they hold the view, and end the claim
        if low in JUDGED_PASSIVES and _quote_within(scan, toks[k].end, toks[end - 1].end):
            continue  # "was mocked for its claim that it would be “the best ever”": the quote's own
        who = (toks[holder[0] + 1].start, toks[holder[1] - 1].end) if holder is not None else None
        scan.add(
            "sourceless_claim", (toks[subj_start].start, toks[end - 1].end), who, (toks[vg].start, toks[k].end), low
        )


def _quote_within(scan: SentenceScan, start: int, end: int) -> bool:
    """Does a quotation open in [start, end)? What it quotes is attributed on its own."""
    starts = scan.ctx.quote_starts
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _predicative(toks: list[Token], i: int, verb: str) -> bool:
    """Can toks[i] open what a subject seems ("seems too risky", "seemed calm", "seemed like a
    trap"), not a place or an adjunct ("appeared in court", "appeared briefly", "appeared twice")?
    A degree word or "like", or a lower-case word, no preposition nor function word, no adverb in
    -ly, no verb of report. "Appear" also means to show up, and then a place, a time or a manner
    follows it ("appeared onstage", "appeared together", "appeared alongside the mayor"): after it
    the word must have an adjective's or a participle's form, or take an infinitive ("appeared
    nervous", "appeared shaken", "appears set to veto")."""
    t = toks[i]
    low = t.low
    if low in _SEEM_DEGREE or low == "like":
        return True
    if verb in _APPEAR_FORMS and not (
        low.endswith(_ADJECTIVE_ENDINGS) or (i + 1 < len(toks) and toks[i + 1].low == "to")
    ):
        return False
    return (
        t.text.isalpha()
        and t.text.islower()
        and low not in ENGLISH_FUNCTION_WORDS
        and low not in NUMBER_WORDS
        and low not in PREPOSITIONS
        and not low.endswith(("ly", "ing"))
        and low not in lx.CUE_FORMS
        and low not in lx.STANCE_FORMS
        and low not in lx.ATTITUDE_ADJECTIVES  # "seemed eager to …": an attitude, read as one
    )


def _experiencer(toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The "to" phrase in toks[lo:hi] naming whom something seems so to ("seems credible to me",
    "seemed far away to coastal voters"): (index of "to", end of its noun phrase), or None. It
    comes before any second verb of the subject ("seemed fine but was taken to hospital")."""
    for j in range(lo + 1, hi - 1):
        if toks[j].low in FINITE or toks[j].low in COORDINATORS or toks[j].text in ",;:":
            return None
        if toks[j].low != "to":
            continue
        end = np_right(toks, j + 1, hi)
        if end is not None and end > j + 1 and source_like(toks[end - 1]) and not toks[j + 1].text[:1].isdigit():
            return j, end
        return None
    return None


_APPEAR_FORMS = frozenset(lx.inflect("appear"))
# endings of adjectives and participles ("nervous", "tearful", "defensive", "unstable", "hesitant",
# "shaky", "shaken", "frustrated")
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "ent", "ant", "ic", "al", "less", "ish", "y", "ed", "en")
# degree words that open what a subject seems ("seems too risky", "seemed so far away")
_SEEM_DEGREE = frozenset({"too", "so", "very", "more", "less", "increasingly", "highly", "quite", "rather"})
# words after the participle that open no name: an agent, a clause, a coordinated verb
_NOT_NAMES = frozenset({"by", "that", "and", "or", "but", "for", "of", "because", "since", "when", "if", "until"})


def _names(t: Token) -> bool:
    """Can ``t`` open the name or judgement a naming passive gives ("was dubbed the winner", "is
    considered a threat"), not an agent or adjunct ("by", "in May")? A name in quote marks
    ("deemed “independent”") is the words of whoever named it, not the writer's claim."""
    return is_word(t) and t.low not in PREPOSITIONS and t.low not in _NOT_NAMES
