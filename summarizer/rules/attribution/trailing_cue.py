"""Pattern `trailing_cue`: a cue at the end of the sentence or set off by commas ("…, a
spokesman said." / "…, said John Smith, a spokesman."), the speaker before or after it."""

from __future__ import annotations

from summarizer.rules.attribution.adjunct_asides import subject_and_linking_aside
from summarizer.rules.attribution.clause_joins import gloss_after_tag, timed_clause, writers_clause_after_tag
from summarizer.rules.attribution.clauses import negated
from summarizer.rules.attribution.closing_tags import (
    closed_report,
    narrated_adjunct,
    new_report_at,
    unset_time_clause,
    writers_after_tag,
)
from summarizer.rules.attribution.complements import skip_adverbials
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import compound_noun, counted, np_right
from summarizer.rules.attribution.dash_asides import dash_after_adverbial, tag_between_dashes
from summarizer.rules.attribution.inverted_speakers import add_inverted
from summarizer.rules.attribution.named_apposition import named_apposition_start
from summarizer.rules.attribution.participle_reports import opener_is_setting
from summarizer.rules.attribution.phrases import be_before, np_left, source_like
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.verb_hearers import TOLD_NOUNS
from summarizer.rules.attribution.words import (
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    COORDINATORS,
    CUE_FIRST_WORDS,
    FINITE,
    HEARERS,
    SUBORDINATORS,
    WH_RELATIVES,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token


@pattern(
    "trailing_cue",
    110,
    "sentence",
    "a sentence-final or parenthetical cue, its speaker before it or inverted after it",
    (
        "The road will reopen on Friday, a spokesman said.",
        "The road will reopen on Friday, said John Smith, a spokesman for the agency.",
        "The quay will close in May, said Lena K. Moss, an engineer with the board that runs it.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find sentence-final and parenthetical cues: "…, a source said." / "…, said John Smith."."""
    ctx, toks, end_idx, sent = scan.ctx, scan.toks, scan.end_idx, scan.sent
    cue_starts = scan.where(CUE_FIRST_WORDS)
    for k in cue_starts:
        if k == 0:
            continue
        c = cue_at(toks, k)
        if c is None:
            continue
        if ctx.inside_quote(toks[k].start):
            continue
        if toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper() and not scan.title_case:
            continue  # "the United States": a capital after a capital, mid-sentence, is a name
        lemma, last = c
        if counted(toks, k, 0) or compound_noun(toks, k, last, end_idx):
            continue  # "fielded 16 questions, which …", "…, state Sen. Ada Lee, …": a noun
        if toks[0].low in SUBORDINATORS and not scan.free((toks[k].start, toks[last].end)):
            # 'As a bell rang, the host said, "…"': the cue is the quote's, and the clause before
            # it tells when or why, not what was said ("Asked about …, she said" does report)
            continue
        if lemma in _AGREEMENT and last + 1 < end_idx and toks[last + 1].low == "with" and toks[0].low in SUBORDINATORS:
            # "As the board votes …, the mayor disagrees with her deputy": the partner follows, and
            # the clause before tells when or why ("The levy is unfair, Ruiz agreed with Hale" reports it)
            continue
        vg = verb_group_start(toks, k, 0)
        after = skip_adverbials(toks, last + 1, end_idx)
        if lemma in _HEARER_FIRST and (heard := _named_hearer_end(toks, last + 1, end_idx)) is not None:
            after = heard  # "…, a guard told the Ledger.": the hearer closes the clause, nothing said after it
        # a semicolon ends the clause as a stop would ("…, the mayor said; she did not elaborate")
        ends_sentence = (after := dash_after_adverbial(toks, vg, after, end_idx)) >= end_idx or toks[after].text == ";"
        dashed = not ends_sentence and tag_between_dashes(toks, vg, after)  # "The toll — she said (on Friday) — will …"
        parenthetical = not ends_sentence and after < end_idx and (toks[after].text == "," or dashed)
        if (
            parenthetical
            and after + 1 < end_idx
            and toks[after + 1].low in COORDINATORS
            and new_report_at(toks, after + 2, end_idx)
        ):
            # "…, he told the Ledger, and the mayor agreed": a new report joined after the cue
            ends_sentence, parenthetical = True, False
        elif (
            parenthetical
            and after + 2 < end_idx
            and toks[after + 1].low == "and"
            and closed_report(toks, vg, after, dashed)
            and (
                writers_clause_after_tag(toks, after + 2, end_idx)
                or timed_clause(toks, after + 2, end_idx)
                or narrated_adjunct(toks, after + 2, end_idx)
            )
        ):
            # "The clinic has reopened, a spokeswoman said, and staff can see walk-ins too": the
            # tag closes the report, the clause joined after it is the writer's
            ends_sentence, parenthetical = True, False
        elif not (ends_sentence or parenthetical) and unset_time_clause(toks, after, end_idx):
            # "…, the minister said Thursday as she tabled the budget": a clause of the same time
            # with a subject of its own, no comma before it, is the writer's scene of the saying
            ends_sentence = True
        elif parenthetical and writers_after_tag(toks, after + 1, end_idx, dashed):
            # "…, the agency announced, as crews cleared the ice" (or ", raising fears of delays"):
            # the writer's scene or what the event brings about, not what was announced
            ends_sentence, parenthetical = True, False
        elif parenthetical and closed_report(toks, vg, after, dashed) and gloss_after_tag(toks, after + 1, end_idx):
            # "Sales fell in May, the firm said Friday, the third drop in a row": a noun phrase
            # with no verb after a whole clause's tag glosses the report, in the writer's words
            ends_sentence, parenthetical = True, False
        if not (ends_sentence or parenthetical) and not (vg > 0 and toks[vg - 1].text == ","):
            continue  # mid-sentence with no comma before it: neither trailing nor inverted (the common case)
        if negated(toks, vg, k) or subject_and_linking_aside(toks, vg - 1):
            continue  # (or "Pine, meanwhile, accused Hale of …": a subject and a sentence adverb, no content)
        if _passive_tag(toks, k, vg, lemma, last + 1, end_idx):
            continue  # "…, Vale was charged with …", "…, he was told": a passive's subject reports nothing
        # inverted "…, said John Smith." (never "told": its hearer comes next, "…, told his aides …")
        # "…, Ana Ruiz, said Tuesday.": only the when follows the cue, no inverted speaker
        if lemma not in _HEARER_FIRST and not ends_sentence and add_inverted(scan, k, vg, last, lemma):
            continue
        if not (ends_sentence or parenthetical):
            continue
        np_start = named_apposition_start(toks, np_left(toks, vg - 1, 0))  # "…, the mayor, Ann Roy, 41, said"
        if np_start is None or (np_start > 0 and toks[np_start - 1].text != ","):
            np_start = _modified_source_start(toks, vg) or np_start
        if np_start is None or np_start == 0:
            continue
        opener = np_start - 1
        if toks[opener].low == "as" and opener > 0 and toks[opener - 1].text == ",":
            opener -= 1  # "Hawaii, as one of his advisers pointed out, rarely gets …"
        elif (
            toks[opener].low == "as"
            and opener > 1
            and toks[opener - 1].text in ALL_QUOTES
            and toks[opener - 2].text == ","
        ):
            opener -= 1  # 'the rule is a "fair test of need," as the memo put it': the comma in the quote
        if (
            toks[opener].text != ","
            and not (toks[opener].text in ALL_QUOTES and toks[opener + 1].low == "as")
            and not (dashed and toks[opener].text == toks[after].text)
        ) or opener_is_setting(toks, opener, after if parenthetical else None):
            continue  # no comma before the speaker, or only a setting before it ("By noon, …")
        speaker = (toks[np_start].start, toks[vg - 2 if toks[vg - 1].text == "," else vg - 1].end)  # no closing comma
        cue = (toks[vg].start, toks[last].end)
        pre = (sent.start, toks[opener].start)
        if (
            parenthetical
            and toks[0].low in _WHEN_SUBORDINATORS
            and opener >= 3
            and all(t.text != "," for t in toks[1:opener])
            and after + 1 < end_idx
        ):
            # "As the bell rang, the host said, …": a clause of when before the speaker, the main
            # clause after the cue's comma; the when is the writer's, what follows the cue is said
            # (not "If …, she argued, …": a condition is part of what is argued)
            scan.add("trailing_cue", (toks[after + 1].start, toks[end_idx - 1].end), speaker, cue, lemma)
            continue
        if parenthetical:
            scan.add("trailing_cue", (sent.start, toks[end_idx - 1].end), speaker, cue, lemma)
        else:
            scan.add("trailing_cue", pre, speaker, cue, lemma)


def _passive_tag(toks: list[Token], k: int, vg: int, lemma: str, after: int, end_idx: int) -> bool:
    """Is the cue at toks[k] a passive ("…, he was told"), or a verb whose object is its hearer
    ("told", "reminded") left with no hearer at the sentence's end after a noun, a passive with
    its "was" dropped as headlines write it ("…, jury told", "…, shoppers reminded")? Its
    subject heard what was said. Not after a subject pronoun ("…, he told."), a speaker with the
    hearer left out. ``after``: the word right after the verb."""
    if not toks[k].low.endswith("ing") and be_before(toks, vg, k):
        return True
    return (
        lemma in _HEARER_FIRST
        and (after >= end_idx or toks[after].text in (".", ";"))
        and vg > 0
        and toks[vg - 1].low not in lx.PERSON_SUBJECT_PRONOUNS
    )


# subordinators of time: their clause sets the scene, never part of a claim
_WHEN_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "once", "until"})
# verbs of saying whose object is the hearer, never inverted after their content
_HEARER_FIRST = frozenset({"tell", "inform", "remind", "instruct", "order", "assure", "reassure", "advise"})


def _named_hearer_end(toks: list[Token], i: int, hi: int) -> int | None:
    """Where a hearer after "told" ends when the clause ends with it: a hearer word ("reporters")
    or a name in capitals, perhaps after "the" ("the Ledger", "CBC News"), or a common noun or two
    after "the" or a possessive ("the crowd", "his staff"), then a time at most and
    the sentence's end, a semicolon or a comma; None when words of content follow."""
    k = i
    if k < hi and toks[k].low in HEARERS:
        k += 1
    else:
        det = k < hi and toks[k].low in ARTICLES_AND_POSSESSIVES
        if det:
            k += 1
        start = k
        while k < hi and k - start < 5 and toks[k].text[:1].isupper():
            k += 1
        if k == start and det:
            # "…, she told the crowd.", "…, he told his staff": a common noun or two, not a thing told
            while k < hi and k - start < 2 and toks[k].text.isalpha() and toks[k].text.islower():
                k += 1
            if (
                k == start
                or toks[k - 1].low in TOLD_NOUNS
                or any(t.low in ENGLISH_FUNCTION_WORDS for t in toks[start:k])
            ):
                return None
        if k == start:
            return None
    k = skip_adverbials(toks, k, hi)
    if k < hi and toks[k].text == "," and _describes_hearer(toks, k + 1, hi):
        return hi  # "…, she told Ana Ruiz, a neighbour.": the words after the comma are the hearer's
    return k if k >= hi or toks[k].text in (";", ",") else None


def _describes_hearer(toks: list[Token], i: int, hi: int) -> bool:
    """Do the words from toks[i] to the sentence's end describe the hearer before them: a relative
    clause ("who runs the shop") or a noun phrase in apposition ("a neighbour", "its editor"),
    perhaps with a relative clause of its own or a time after it?"""
    if i < hi and toks[i].low in WH_RELATIVES:
        return True
    if i >= hi or toks[i].low not in _APPOSITION_OPENERS or (end := np_right(toks, i, hi)) is None:
        return False
    if end < hi and toks[end].text == ",":
        end = skip_adverbials(toks, end + 1, hi)  # "…, the city paper, on Monday."
    return end >= hi or toks[end].low in WH_RELATIVES


_APPOSITION_OPENERS = frozenset({*ARTICLES_AND_POSSESSIVES, "its"})


def _modified_source_start(toks: list[Token], vg: int) -> int | None:
    """The start of a source phrase with words after its head, set off by a comma before the
    cue ("…, a guard present during the raid said", "…, a nurse on duty that night told the
    Courier"): an article, a source noun, then words with no verb up to the cue; None else."""
    for c in range(vg - 2, max(0, vg - 12), -1):
        if toks[c].text == ",":
            # the head after an article and a modifier or two ("a private security guard")
            head = next((h for h in range(c + 2, min(vg - 1, c + 5)) if source_like(toks[h])), None)
            if toks[c + 1].low not in ARTICLES or head is None or toks[vg - 1].low in _NOUN_LINKS:
                return None  # (not "…, the former secretary of state": a noun after "of", no cue)
            if any(not t.text[:1].isalpha() or t.low in FINITE or t.low in lx.CUE_FORMS for t in toks[head + 1 : vg]):
                return None
            return c + 1
    return None


# words after which a cue word is a noun, the phrase going on: "secretary of state", "the report"
_NOUN_LINKS = frozenset(lx.NP_LINKS - {"and", "&"}) | {"by"}


# verbs of agreement, whose partner follows in "with"
_AGREEMENT = frozenset({"agree", "disagree", "concur"})
