"""Pattern `trailing_cue`: a cue at the end of the sentence or set off by commas ("…, a
spokesman said." / "…, said John Smith, a spokesman."), the speaker before or after it."""

from __future__ import annotations

from summarizer.rules.attribution.appositive_chain import chain_head
from summarizer.rules.attribution.clause_joins import (
    consequence_after_tag,
    gloss_after_tag,
    timed_clause,
    with_phrase_after_tag,
    writers_clause_after_tag,
)
from summarizer.rules.attribution.clauses import negated
from summarizer.rules.attribution.complements import TOLD_NOUNS, skip_adverbials
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import compound_noun, counted, np_right
from summarizer.rules.attribution.dash_asides import dash_after_adverbial, tag_between_dashes
from summarizer.rules.attribution.named_apposition import named_apposition_start
from summarizer.rules.attribution.participle_reports import opener_is_setting
from summarizer.rules.attribution.phrases import be_before, np_left, phrase_head, source_like
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import (
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    COORDINATORS,
    CUE_FIRST_WORDS,
    FINITE,
    HEARERS,
    IRREGULAR_PAST,
    SUBORDINATORS,
    TIME_WORDS,
    WHO_WHICH_WHOM,
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
            and _new_report_at(toks, after + 2, end_idx)
        ):
            # "…, he told the Ledger, and the mayor agreed": a new report joined after the cue
            ends_sentence, parenthetical = True, False
        elif (
            parenthetical
            and after + 2 < end_idx
            and toks[after + 1].low == "and"
            and _closed_report(toks, vg, after, dashed)
            and (
                writers_clause_after_tag(toks, after + 2, end_idx)
                or timed_clause(toks, after + 2, end_idx)
                or _narrated_adjunct(toks, after + 2, end_idx)
            )
        ):
            # "The clinic has reopened, a spokeswoman said, and staff can see walk-ins too": the
            # tag closes the report, the clause joined after it is the writer's
            ends_sentence, parenthetical = True, False
        elif not (ends_sentence or parenthetical) and _unset_time_clause(toks, after, end_idx):
            # "…, the minister said Thursday as she tabled the budget": a clause of the same time
            # with a subject of its own, no comma before it, is the writer's scene of the saying
            ends_sentence = True
        elif parenthetical and _writers_after_tag(toks, after + 1, end_idx, dashed):
            # "…, the agency announced, as crews cleared the ice" (or ", raising fears of delays"):
            # the writer's scene or what the event brings about, not what was announced
            ends_sentence, parenthetical = True, False
        elif parenthetical and _closed_report(toks, vg, after, dashed) and gloss_after_tag(toks, after + 1, end_idx):
            # "Sales fell in May, the firm said Friday, the third drop in a row": a noun phrase
            # with no verb after a whole clause's tag glosses the report, in the writer's words
            ends_sentence, parenthetical = True, False
        if not (ends_sentence or parenthetical) and not (vg > 0 and toks[vg - 1].text == ","):
            continue  # mid-sentence with no comma before it: neither trailing nor inverted (the common case)
        if negated(toks, vg, k):
            continue
        if _passive_tag(toks, k, vg, lemma, last + 1, end_idx):
            continue  # "…, Vale was charged with …", "…, he was told": a passive's subject reports nothing
        # inverted "…, said John Smith." (never "told": its hearer comes next, "…, told his aides …")
        # "…, Ana Ruiz, said Tuesday.": only the when follows the cue, no inverted speaker
        if lemma not in _HEARER_FIRST and not ends_sentence and _add_inverted(scan, k, vg, last, lemma):
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
    if i < hi and toks[i].low in _RELATIVES:
        return True
    if i >= hi or toks[i].low not in _APPOSITION_OPENERS or (end := np_right(toks, i, hi)) is None:
        return False
    if end < hi and toks[end].text == ",":
        end = skip_adverbials(toks, end + 1, hi)  # "…, the city paper, on Monday."
    return end >= hi or toks[end].low in _RELATIVES


_RELATIVES = frozenset({*WHO_WHICH_WHOM, "whose"})
_APPOSITION_OPENERS = frozenset({*ARTICLES_AND_POSSESSIVES, "its"})


def _add_inverted(scan: SentenceScan, k: int, vg: int, last: int, lemma: str) -> bool:
    """Add the report of an inverted cue at toks[k..last], if it is one: at the sentence's end
    ("…, said John Smith, a spokesman.": what comes before is said) or set off inside it ("The plan,
    says Ana Ruiz, will fail": what is said runs on both sides of the tag)."""
    toks, end_idx, sent = scan.toks, scan.end_idx, scan.sent
    cue = (toks[vg].start, toks[last].end)
    sp_end = _inverted_speaker_end(toks, k, vg, last, end_idx)
    if sp_end is not None:
        scan.add(
            "trailing_cue", (sent.start, toks[vg - 1].start), (toks[last + 1].start, toks[sp_end - 1].end), cue, lemma
        )
        return True
    aside_end = _inverted_aside_end(toks, k, vg, last, end_idx)
    if aside_end is not None:
        speaker = (toks[last + 1].start, toks[aside_end - 1].end)
        scan.add("trailing_cue", (sent.start, toks[end_idx - 1].end), speaker, cue, lemma)
        return True
    return False


def _inverted_speaker_end(toks: list[Token], k: int, vg: int, last: int, end_idx: int) -> int | None:
    """Where the speaker of an inverted cue at the sentence's end ends ("…, said John Smith, a
    spokesman."), or None when the cue is not inverted there."""
    if not (
        vg - 1 >= 0
        and toks[vg - 1].text == ","
        and last + 1 < end_idx
        and lx.CUE_KIND.get(toks[k].low) == "speech"
        and not toks[k].low.endswith("ing")
    ):
        return None
    if any(t.text == "," for t in toks[1 : vg - 1]) and (
        np_right(toks, 0, vg - 1, stop_at_comma=False) == vg - 1 or chain_head(toks, vg - 1, 0) == 0
    ):
        # "The clerk, Ana Ruiz, announced her plan", "Rep. Bo Lind, D-Calif., said the bill …": a
        # subject and its apposition or chain, no content
        return None
    sp_end = np_right(toks, last + 1, end_idx, stop_at_comma=False)
    name_end = np_right(toks, last + 1, end_idx)
    commaed = name_end is not None and name_end + 1 < end_idx and toks[name_end].text == ","
    if (
        sp_end is not None
        and name_end is not None
        and commaed
        and sp_end < end_idx
        and _describes_speaker(toks, last + 1, name_end)
        and all(t.text not in (";", ":") for t in toks[name_end:end_idx])
    ):
        # "…, said Ada J. Morel, a clerk with the council.": a name, then an apposition to the sentence's end
        sp_end = end_idx
    to_end = sp_end is not None and sp_end >= end_idx
    relative = commaed and name_end is not None and toks[name_end + 1].low in _PERSON_RELATIVES
    if sp_end is not None and to_end and not relative:
        # "…, said the mayor on Tuesday." (not a relative clause's own when: "…, who shut it Monday")
        sp_end = _before_when(toks, last + 2, sp_end)
    head_end: int | None = sp_end  # where the words that must name a source end
    if (
        sp_end is not None
        and name_end is not None
        and name_end + 1 < sp_end
        and toks[name_end].text == ","
        and _describes_speaker(toks, last + 1, name_end)
        # not when the sentence's own verb follows a comma after it ("The plan, said Ana Ruiz, head of
        # the board, will fail": the tag is set off inside the sentence, read by _inverted_aside_end)
        and not any(toks[m].text == "," and toks[m + 1].low in FINITE for m in range(name_end + 1, sp_end - 1))
    ):
        head_end = name_end  # "…, said Ana Ruiz, a teacher at the school.": the name is the source, not "school"
    if (
        sp_end is not None
        and to_end
        and (
            toks[last + 1].text[:1].isupper()
            or toks[last + 1].low in lx.DETERMINERS
            or _role_before_name(toks, last + 1, sp_end)
            or (
                head_end is not None
                and head_end - last - 1 <= 2
                and all(t.text.isalpha() and t.text.islower() for t in toks[last + 1 : head_end])
            )
        )
        and head_end is not None
        # "…, said the head of the agency", "…, said a spokesman for the city": either noun can speak
        # (in one phrase: "…, said Ana Ruiz, head of the board, will fail" is an aside)
        and (
            source_like(toks[head_end - 1])
            or (
                all(t.text != "," for t in toks[last + 1 : head_end])
                and source_like(toks[phrase_head(toks, last + 1, head_end)])
            )
        )
    ):
        return sp_end
    return None


def _describes_speaker(toks: list[Token], i: int, comma: int) -> bool:
    """Do the words after the comma at toks[comma], which closes an inverted speaker opening at
    toks[i], describe that speaker to the sentence's end: an apposition ("…, said Ada Pine, a
    teacher") or a relative clause on a short name or source ("…, said Ada Pine, who chairs the
    board", "…, said the mayor, who …"; not "which", whose antecedent may be the whole report,
    nor after a long object: "…, question the wisdom of backing Lee, who …")?"""
    nxt = toks[comma + 1]
    if nxt.low in ARTICLES or source_like(nxt):
        return True
    # the speaker phrase as the quote reader reads it after an inverted cue (`"…," said police,
    # who …`): a noun phrase that closes at the comma, whose head can speak ("Chief Tom Hale of
    # the fire department", "a spokesman for the city", "residents")
    return (
        nxt.low in _PERSON_RELATIVES
        and np_right(toks, i, comma + 1, stop_at_comma=False) == comma
        and source_like(toks[phrase_head(toks, i, comma)])
    )


_PERSON_RELATIVES = frozenset({"who", "whose"})


def _inverted_aside_end(toks: list[Token], k: int, vg: int, last: int, end_idx: int) -> int | None:
    """Where the speaker of an inverted cue set off by commas inside the sentence ends ("The plan,
    says Ana Ruiz, will fail", "There is joy, insists the author, in finishing"): a name or a
    determiner and a source noun, closed by a comma with more of the sentence after it (not a
    relative clause or a participle on the speaker: ", says Ana Ruiz, who …", nor a clause joined
    with a subject of its own: ", but the mayor …"); None else."""
    if not (
        vg - 1 >= 1
        and toks[vg - 1].text == ","
        and lx.CUE_KIND.get(toks[k].low) == "speech"
        and not toks[k].low.endswith("ing")
        and toks[k].text.islower()
    ):
        return None
    name_end = np_right(toks, last + 1, end_idx)
    if name_end is None or name_end + 1 >= end_idx or toks[name_end].text != "," or name_end - last - 1 > 5:
        return None
    first, nxt = toks[last + 1], toks[name_end + 1]
    if not (first.text[:1].isalnum() and not first.text.islower()) and first.low not in lx.DETERMINERS:
        return None  # a name, an age before one ("16-year-old Ana Ruiz"), or "the bank"
    if first.low in TIME_WORDS and first.low not in lx.DETERMINERS:
        return None  # "The meeting, said Monday, was cancelled": a day, no speaker
    if not source_like(toks[name_end - 1]) or nxt.low in WHO_WHICH_WHOM or not nxt.text.isalpha():
        return None
    if nxt.low in ARTICLES or source_like(nxt):
        # ", said Ana Ruiz, head of the port board, will fail": an apposition on the speaker, then
        # the sentence's own verb; else (", said Ana Ruiz, a teacher …" to the end) no aside
        close = _apposition_close(toks, name_end + 1, end_idx)
        if close is None or any(t.low in _SAYING for t in toks[close + 1 : end_idx]):
            return None
        return close
    name_end = _before_when(toks, last + 2, name_end)  # "The meeting, said Ana Ruiz on Monday, was …"
    if nxt.low.endswith("ing") or (nxt.low in COORDINATORS and _subject_at(toks, name_end + 2, end_idx)):
        return None  # ", says Ana Ruiz, adding …", ", says Ana Ruiz, but the mayor disagrees": not said
    if any(t.low in _SAYING for t in toks[name_end + 1 : end_idx]):
        return None  # "The pier, said a worker, was shut, Morel said": a second tag; the inner is another source's
    return name_end


def _apposition_close(toks: list[Token], i: int, hi: int) -> int | None:
    """The comma that closes an apposition opening at toks[i] when a finite verb follows it (the
    sentence's own: "…, head of the port board, will fail"), with no verb, relative or further
    comma inside the apposition; None else."""
    for j in range(i + 1, min(hi - 1, i + 12)):
        t = toks[j]
        if t.text == ",":
            return j if toks[j + 1].low in FINITE else None
        if t.low in FINITE or t.low in _RELATIVES or t.low == "that" or not (t.text.isalnum() or t.text in "-'’"):
            return None
    return None


# the forms of saying a second tag in the rest of the sentence would hold ("…, Morel said")
_SAYING = frozenset({"said", "says", "told", "tells", "added", "adds", "according"})


def _subject_at(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause's subject open at toks[i] (a determiner, a pronoun or a name)?"""
    return i < hi and (
        toks[i].low in ARTICLES_AND_POSSESSIVES or toks[i].low in lx.PRONOUN_FORMS or toks[i].text[:1].isupper()
    )


def _before_when(toks: list[Token], lo: int, end: int) -> int:
    """Where an inverted speaker ends before the when that closes the sentence ("the mayor on
    Tuesday", "Ana Ruiz, the chair, late Monday"): no part of the speaker; ``end`` when none."""
    j = end
    while j > lo and (toks[j - 1].low in TIME_WORDS or toks[j - 1].low in _BEFORE_TIME or toks[j - 1].text == ","):
        j -= 1
    return j if j < end and toks[end - 1].low in TIME_WORDS else end


# the words that may open a when: "on Tuesday", "late Monday", "early this week"
_BEFORE_TIME = frozenset({"on", "late", "early"})


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


def _role_before_name(toks: list[Token], i: int, end: int) -> bool:
    """Do toks[i:end] read as a role or two in lower case, then a name that ends the phrase
    ("police Chief Ana Moss", "port spokeswoman Ivy Dunn", "fire Capt. Leo Hart")? Not a clause
    ("she found work with the help of Harbour House") nor an adjunct ("exclusively for …")."""
    first_cap = next((f for f in range(i, end) if toks[f].text[:1].isupper()), None)
    if first_cap is None or not 1 <= first_cap - i <= 2:
        return False
    role = toks[i:first_cap]
    if any(not t.text.isalpha() or t.low in lx.PRONOUN_FORMS for t in role):
        return False
    name = toks[first_cap:end]
    return len(name) >= 2 and all(t.text[:1].isupper() or t.text == "." for t in name)


def _new_report_at(toks: list[Token], i: int, hi: int) -> bool:
    """Does a report of its own open at toks[i] after "and"/"but": a subject, then a cue of
    saying within a few words or right after its noun phrase ("and the mayor agreed", "but Ruiz
    said …", "but mayors in the hardest-hit towns say")? What follows the
    cue's comma is then no part of what the cue's speaker said (nor, after "and", is a clause
    with a subject of its own: clause_joins.writers_clause_after_tag)."""
    if i >= hi or toks[i].text in ALL_QUOTES or toks[i].low in _FIRST_PERSON:
        return False
    if not (
        toks[i].low in ARTICLES_AND_POSSESSIVES
        or toks[i].text[:1].isupper()
        or toks[i].low in lx.PRONOUN_FORMS
        or (toks[i].low.endswith("s") and source_like(toks[i]))  # "but mayors in the north say"
    ):
        return False
    if any(toks[m].low in lx.CUE_FORMS for m in range(i + 1, min(hi, i + 5))):
        return True
    # a longer subject with its phrases of place ("but mayors in the hardest-hit towns say")
    end = np_right(toks, i, hi)
    return end is not None and end < hi and toks[end].low in lx.CUE_FORMS


_FIRST_PERSON = frozenset({"i", "we", "my", "our"})


def _closed_report(toks: list[Token], vg: int, after: int, dashed: bool) -> bool:
    """Is what comes before the tag (toks[0] to its comma) a clause whole, with a verb ("The
    clinic has reopened, a spokeswoman said, …"), not a subject the tag interrupts ("The clinic,
    a spokeswoman said, has reopened")? A finite word or a verb in the past after its first
    word and before the comma (or the dash, ``dashed``) that opens the tag, whose end is toks[after]."""
    opener = toks[after].text if dashed else ","  # the dash that opens a tag set off by dashes
    comma = next((c for c in range(vg - 1, 0, -1) if toks[c].text == opener), 0)
    return any(
        t.low in FINITE or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4) for t in toks[1:comma]
    )


def _writers_after_tag(toks: list[Token], i: int, hi: int, dashed: bool) -> bool:
    """Does the writer's own clause open at toks[i], right after a tag set off by commas: a
    clause of time or concession ("…, she said, as the crowd left"), a phrase of "with" that
    closes the sentence ("…, he said, with a shrug"), or a participle of what the reported event
    brings about ("…, the union announced, raising fears of delays")?"""
    return (
        _narrated_adjunct(toks, i, hi)
        or with_phrase_after_tag(toks, i, hi)
        or (not dashed and consequence_after_tag(toks, i, hi))
    )


def _unset_time_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Does "as" or "while" open a clause with its own subject at toks[i], right after the cue
    with no comma ("…, she said as she tabled the budget", "…, he said while the crowd waited")?
    Not a comparison ("said as much", "as well as") nor a participle ("said while touring")."""
    if i + 2 >= hi or toks[i].low not in ("as", "while"):
        return False
    first = toks[i + 1]
    # a subject pronoun, or a noun phrase with a verb after it ("as the vote began"; not "as the
    # board's chair": a role, no clause)
    subject = first.low in lx.SUBJECT_PRONOUNS or (
        first.low in ARTICLES_AND_POSSESSIVES
        and any(
            t.low in FINITE or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4)
            for t in toks[i + 2 : hi]
        )
    )
    closed = not any(t.text in (",", ";") for t in toks[i + 1 : hi])  # nothing more may be said after it
    return subject and closed and first.low != "it"


def _narrated_adjunct(toks: list[Token], i: int, hi: int) -> bool:
    """Does an adverbial clause of time or concession open at toks[i], right after a cue set off
    by commas ("…, she said, as the crowd left", "…, he said, although no date was set")? Set
    off after the cue and closing the sentence, it is the writer's narration; "as long as", "as
    well as" are no clause, nor is a participle of the speaker's ("while adding that …")."""
    if i + 1 >= hi or any(t.text in (",", ";") for t in toks[i + 1 : hi]):
        return False  # "…, although snow is forecast, and drivers should …": more may be said after it
    low = toks[i].low
    if low == "even" and toks[i + 1].low in ("as", "though"):
        i += 1
    elif low not in _NARRATING_SUBORDINATORS or (
        low == "as" and toks[i + 1].low in _AS_DEGREE and not _article_subject_clause(toks, i + 1, hi)
    ):
        return False
    # "…, she said, while warning that …": a participle with no subject of its own is the speaker's
    return i + 1 < hi and not toks[i + 1].low.endswith("ing")


def _article_subject_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause open at toks[i] with an article's noun phrase as its subject and a finite
    verb after it ("as a long drought grips the valley", "as the crowd left"), not a phrase of
    "as" with no verb ("as a result of the vote", "as the city's first mayor")? The verb: an
    auxiliary, a past, or a present in -s after a noun in lower case and before its object's
    determiner ("drought grips the")."""
    if toks[i].low not in ARTICLES:
        return False
    for j in range(i + 2, hi):
        t = toks[j]
        low = t.low
        if not t.text.islower() or not low.isalpha():
            continue
        if low in FINITE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4):
            return True
        if (
            len(low) > 3
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ous"))
            and toks[j - 1].text.islower()
            and toks[j - 1].low not in ENGLISH_FUNCTION_WORDS
            and j + 1 < hi
            and toks[j + 1].low in _OBJECT_DETERMINERS
        ):
            return True
    return False


# the determiners that open a present verb's object: "grips the valley", "tightens its hold"
_OBJECT_DETERMINERS = frozenset(ARTICLES_AND_POSSESSIVES | {"its", "our", "this", "that", "these", "those"})

# subordinators of a clause of simultaneous time or of concession (not "because", "if",
# "when", "after", "until": a reason, a condition or a time may be part of what is said)
_NARRATING_SUBORDINATORS = frozenset({"as", "while", "whereas", "although", "though"})
# "as long as", "as well as", "as soon as", "as much as": comparisons and conditions, no clause of time
_AS_DEGREE = frozenset({"long", "well", "soon", "much", "many", "far", "of", "part", "a", "an", "the"})
