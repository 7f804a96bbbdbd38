"""Pattern `hedged_claim`: the writer's own clause marked as hearsay by an adverb ("The man was
reportedly armed", "he allegedly fired"): a claim with no source, the clause holding the adverb."""

from __future__ import annotations

from summarizer.rules.attribution.clauses import subject_start
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import (
    ALL_POSSESSIVES,
    ARTICLES,
    CLAUSE_SUBJECTS,
    COORDINATORS,
    FINITE,
    IRREGULAR_PAST,
    NP_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# words before the adverb that make it a modifier inside a noun phrase ("the allegedly stolen
# car", "of reportedly armed men"), not of a clause's verb
# (not a quantifier, which may stand alone as a subject: "Two were reportedly hurt")
_IN_PHRASE = frozenset(ARTICLES | PREPOSITIONS | ALL_POSSESSIVES | {"these", "those"})
# what ends the run of words after a verb in which a second finite verb would show the first to be
# a reduced relative ("a man allegedly linked to the gang was held"): a new clause or phrase
_CLAUSE_BREAKS = frozenset(COORDINATORS | SUBORDINATORS | RELATIVE_PRONOUNS | {"or"})
# words for a count that stand alone as a clause's subject ("one allegedly carried the bag")
_COUNT_SUBJECTS = frozenset({"one", "another", "two", "three", "four", "five", "some", "others", "many", "most", "all"})
# object pronouns that end a noun phrase ("her" may go on: "hit her injured son")
_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me", "it"})
# past forms with no "-ed": the lexicon's irregular and same-form pasts, and those of the deeds
# a hearsay adverb most often stands on ("allegedly shot", "reportedly beat", "allegedly led")
_PAST_FORMS = frozenset(
    IRREGULAR_PAST
    | lx.SAME_FORM_PAST
    | {"shot", "beat", "led", "left", "got", "found", "drew", "bit", "dug", "tore", "hung", "stuck", "forgot", "lied"}
    # the "-ank / -ang / -ung" pasts and their kin the lexicon lacks ("reportedly sank")
    | {"sank", "sang", "rang", "sprang", "shrank", "swung", "stung", "flung", "clung", "slung", "wrung", "spun"}
    | {"swore", "wore"}
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
    Runs after every sentence pattern: an adverb inside what a named source said is flagged on that
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
        head = _past_appositive(toks, vg)
        if head < 1 or toks[head - 1].low in _IN_PHRASE or not toks[head - 1].text[:1].isalnum():
            continue
        relative = toks[vg - 1].low in RELATIVE_PRONOUNS
        if relative:
            first = vg - 1  # "Ruiz, who allegedly fired at officers, …": the relative clause
        else:
            start = subject_start(toks, head)
            if start is not None and start < _after_mark(toks, head, ":;"):
                start = None  # "The tug reportedly sank; the crew were …": no subject across a semicolon
            if head < vg and (start is None or (start > 0 and toks[start - 1].text not in ",:;")):
                continue  # past appositives, a subject opens the sentence or follows a mark, not "of Kelby"
            lo = _after_mark(toks, head, ":;,")
            if start is None and all(_plain(t) for t in toks[lo:head]):
                start = lo  # "The two were reportedly seen", "Two were held: one reportedly drove": one clause
            if start is None:
                continue
            first = start
        end = content_end(toks, first, end_idx)
        if relative and first >= 1 and toks[first - 1].text == ",":
            # a relative set off by commas ends at the comma that closes it
            end = next((j for j in range(verb + 1, end) if toks[j].text == ","), end)
        elif relative:
            # a restrictive one at the main clause's finite verb: "a man who allegedly robbed a
            # clerk was held", "a man who allegedly robbed a clerk fled"
            main = _finite_after(toks, verb, end)
            if main is None and _in_subject(toks, first):
                continue  # "the deed that was allegedly forged surfaced": where it ends is unsure
            end = main or end
        end = _next_clause(toks, verb, end)
        if end <= verb:
            continue
        scan.add("hedged_claim", (toks[first].start, toks[end - 1].end), None, (adverb.start, adverb.end), adverb.low)


def _past_appositive(toks: list[Token], vg: int) -> int:
    """Where the subject's own words end before the verb group at toks[vg]: before an appositive
    set off by commas, a few plain words with no verb ("The boy, 12, was reportedly hit", "Orr, a
    roofer, allegedly fell", "Jones, 45, of Kelby, allegedly fell"); else at the verb group itself."""
    head, comma = vg, vg - 1
    while comma >= 1 and toks[comma].text == ",":
        opening = None
        for i in range(comma - 1, max(comma - 7, 0), -1):
            if toks[i].text == ",":
                opening = i if i < comma - 1 else None
                break
            if not _plain(toks[i]) or _verb_form(toks[i].low):
                break
        if opening is None:
            break
        head = comma = opening
        if toks[opening + 1].low not in PREPOSITIONS | NP_PREPOSITIONS:
            break  # one opening with a preposition goes on the one before: "Jones, 45, of Kelby, allegedly"
    return head


def _after_mark(toks: list[Token], vg: int, marks: str) -> int:
    """Where the clause before toks[vg] starts after the last of ``marks`` (a colon, semicolon or
    comma: "Two were held: one reportedly drove the van", "…, one allegedly carried the bag"),
    else the sentence's start."""
    return next((i + 1 for i in range(vg - 1, -1, -1) if len(toks[i].text) == 1 and toks[i].text in marks), 0)


def _plain(t: Token) -> bool:
    """Is ``t`` a word or number that no new clause opens with?"""
    return t.text[:1].isalnum() and t.low not in _CLAUSE_BREAKS


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
    if k >= 1 and toks[k - 1].low in RELATIVE_PRONOUNS:
        return j  # "who allegedly robbed": the relative pronoun is the subject of a finite verb
    if _finite_after(toks, j, hi) is not None:
        return None  # the participle's phrase ends at the subject's own verb
    return j


def _finite_after(toks: list[Token], j: int, hi: int) -> int | None:
    """The index of a finite verb after toks[j] in the run of words before a new clause or a
    punctuation mark: the verb of a subject whose phrase toks[j] stands inside. An auxiliary
    ("a man allegedly linked to the gang was held"; not the month "May"), or a past form straight after a noun and
    not before a name ("a woman allegedly hit by the guard sued", not "shot a dog named Rex")."""
    for m in range(j + 1, hi):
        t = toks[m]
        if t.low in _CLAUSE_BREAKS or not t.text[:1].isalnum():
            return None
        if (t.low in FINITE and t.text[:1].islower()) or (m - 1 > j and _main_past(toks, m, hi)):
            return m
    return None


def _main_past(toks: list[Token], m: int, hi: int) -> bool:
    """Is toks[m] a past form standing as a clause's verb after its subject's last noun ("the
    guard sued", "a clerk fled in May"): a past form after a lower-case content word, with no
    name after it ("a dog named Rex" names, it tells no deed); or after an object pronoun that
    cannot go on as a noun phrase ("the officer who allegedly beat him resigned")?"""
    prev, nxt = toks[m - 1], toks[m + 1] if m + 1 < hi else None
    noun_end = (_word(prev) and prev.low not in FINITE | _IN_PHRASE and not _verb_form(prev.low)) or (
        prev.low in _OBJECT_PRONOUNS
    )
    if not (_word(toks[m]) and _verb_form(toks[m].low) and noun_end):
        return False
    return nxt is None or not (nxt.text[:1].isupper() and nxt.text.isalpha())


def _in_subject(toks: list[Token], rel: int) -> bool:
    """Do the words before the relative pronoun at toks[rel] hold no verb or break, so that the
    relative stands inside the sentence's subject ("The deed that …") and a main verb follows?"""
    verb = any(_verb_form(t.low) and (i == 0 or toks[i - 1].low not in _IN_PHRASE) for i, t in enumerate(toks[:rel]))
    return not verb and all(_plain(t) for t in toks[:rel])  # "the deed": a noun in "-ed" after an article


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
        if toks[j].text == "," and j + 2 < end and _opens_clause(toks[j + 1], toks[j + 2]):
            return j  # "one reportedly drove the van, one allegedly carried the bag": a list of clauses
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


def _opens_clause(first: Token, second: Token) -> bool:
    """Do two words open a clause of their own, a subject pronoun or a count, then its verb or a
    hearsay adverb ("he was", "one allegedly", "two fled"), not the same subject's next verb?"""
    subject = first.low in CLAUSE_SUBJECTS or first.low in _COUNT_SUBJECTS or first.text.isdigit()
    return subject and (second.low in lx.HEARSAY_ADVERBS or _verb_form(second.low))


def _verb_form(low: str) -> bool:
    """Is the lower-case word shaped as a finite verb (an auxiliary, a past form)?"""
    return low in FINITE or low.endswith("ed") or low in _PAST_FORMS
