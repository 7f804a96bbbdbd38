"""The subject-verb pattern: a subject, a reporting verb and what it reports ("X said (that)
…", "X, who said …", "…, saying …"), read left to right over the words that may open a cue."""

from __future__ import annotations

import bisect
import re

from summarizer.rules.attribution.appositive_relative import appositive_close
from summarizer.rules.attribution.clauses import (
    negated,
    participle_in_opener,
    participle_subject,
    subject_of,
)
from summarizer.rules.attribution.contact_clauses import NOT_INFINITIVE, gapped_subject, inside_contact_clause
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import compound_noun, finite_report, noun_like, noun_position
from summarizer.rules.attribution.dash_asides import is_dash
from summarizer.rules.attribution.other_senses import goods_recalled, turned_up, unanswered
from summarizer.rules.attribution.participle_reports import (
    path_participle_speaker,
)
from summarizer.rules.attribution.phrases import (
    be_before,
    contracted_subject,
    is_word,
    np_left,
    source_head,
    source_like,
)
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.relative_that import past_year, thing_relative
from summarizer.rules.attribution.reporting_verbs import attitude_at, cue_at, in_question, stance_at, verb_reading
from summarizer.rules.attribution.restrictive_relatives import (
    hearer_only,
    relative_object_head,
    relative_subject,
    told_before_main_verb,
)
from summarizer.rules.attribution.stance_verb import read_stance
from summarizer.rules.attribution.verb_content import content_opening, takes_content
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.verb_hearers import topic_after_hearer
from summarizer.rules.attribution.verb_objects import (
    accusation,
    fronted_clause,
    noun_object_end,
)
from summarizer.rules.attribution.words import (
    ACT_FORMS,
    BE_FORMS,
    CLAUSE_VERBS,
    CUE_FIRST_WORDS,
    INFINITIVE_OPENERS,
    ON_VERBS,
    PARTICIPLE_PREPOSITIONS,
    PREPOSITIONS,
    SOURCELESS_PASSIVES,
    STANCE_FIRST,
    WHO_WHICH,
    amount_about,
    opens_condition,
    pictured,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span
from summarizer.text.regex import guarded
from summarizer.text.segments import Token

_CUE_OR_STANCE_FIRST = frozenset(
    CUE_FIRST_WORDS | STANCE_FIRST | lx.ATTITUDE_ADJECTIVES.keys() | lx.PARTISAN_NOUNS | ACT_FORMS.keys()
)


@pattern(
    "subject_verb",
    120,
    "sentence",
    "a subject, a reporting verb and its content; a relative clause or a participle names its subject",
    (
        "The ministry said that 12 drones were destroyed.",
        "Police said two men were arrested on Monday.",
        "The governor told reporters on Tuesday that the bridge was safe.",
        "The plan drew fire from some economists, who argue that it would raise prices.",
        "Most voters expect Okafor to win the runoff.",
        "The mayor insists, most recently in a radio interview, that the budget is sound.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Walk the words that may open a cue; a stance verb and a reporting verb compete word by word."""
    end_idx = scan.end_idx
    k = 0  # where reading goes on: a cue read covers the words up to it
    for candidate in scan.where(_CUE_OR_STANCE_FIRST):  # in order
        if candidate < k:
            continue
        if candidate >= end_idx:
            break
        k = _at(scan, candidate)


def _at(scan: SentenceScan, k: int) -> int:
    """Read the cue that may start at toks[k]; the index to read on from."""
    ctx, toks, end_idx, free = scan.ctx, scan.toks, scan.end_idx, scan.free
    attitude = attitude_at(toks, k)
    if attitude is not None:
        # an adjective of attitude is read before a verb of the same word ("worried about")
        form, vg, last = attitude
        if ctx.inside_quote(toks[k].start) or not free((toks[vg].start, toks[last].end)):
            return last + 1
        # "he’s so angry that …": the pronoun written with "be" is the one who is
        pronoun = toks[vg - 1] if vg > 0 else None
        n = contracted_subject(pronoun) if pronoun is not None else 0
        holder = (pronoun.start, pronoun.start + n) if pronoun is not None and n else None
        return read_stance(scan, k, vg, last, form, False, holder)
    c = cue_at(toks, k)
    kind = "speech"
    if c is None:
        c = stance_at(toks, k)
        if c is None and _act_done(toks, k):
            c = (ACT_FORMS[toks[k].low], k)  # "the court overturned the ruling": an act, a stance
        if c is None:
            return k + 1
        kind = "stance"
    else:
        kind = lx.CUE_KIND.get(toks[k].low if c[1] == k else f"{toks[k].low} {toks[c[1]].low}", "speech")
    lemma, last = c
    if (
        ctx.inside_quote(toks[k].start)
        or not free((toks[k].start, toks[last].end))
        or inside_contact_clause(toks, k, last)
    ):
        return last + 1  # in a quote, read already, or a contact clause's verb ("the nurses I asked said")
    if lemma == "continue" and last + 1 < end_idx and not is_word(toks[last + 1]) and toks[last + 1].text != ":":
        return last + 1  # "the longer the strike lasts and continues, …": it goes on, nothing said
    if lemma == "continue" and last == k and last + 1 < end_idx and toks[last + 1].low.endswith("ing"):
        # "continued saying that …": the aspect of the gerund's report, read there; "continued
        # testing the water", "continued during the talks": it goes on, nothing said
        return last + 1
    if last == k and noun_like(toks[k]) and last + 1 < end_idx and finite_report(toks[last + 1]):
        return last + 1  # "an analysis of campaign reports shows …": a noun before the verb
    if compound_noun(toks, k, last, end_idx):
        return last + 1  # "Twenty states led by …", "which advocates say …", "state Sen. Ada Lee"
    # "prompted the alliance to order …": the alliance orders
    causer = _caused_speaker(toks, k - 1) if k > 2 and toks[k - 1].low == "to" else None
    if (
        (causer is None and noun_position(toks, k, 0))
        or (toks[k].text[:1].isupper() and k > 0 and not scan.title_case)
        or not verb_reading(toks, k, last, end_idx)
    ):
        return last + 1
    if toks[last].low.endswith("ing") and last + 1 < end_idx and toks[last + 1].low in CLAUSE_VERBS:
        return last + 1  # "the appeals court ruling could decide …": a noun in -ing before its verb
    vg = verb_group_start(toks, k, 0)
    past = toks[k].low in NOT_INFINITIVE or (toks[k].low.endswith("ed") and toks[k].low != lemma)
    if causer is None and vg > 0 and toks[vg - 1].low in INFINITIVE_OPENERS and vg == k and not past:
        return last + 1  # an infinitive: "to help assess …" reports nothing yet ("spoke to said": a past)
    if negated(toks, vg, k) and kind != "stance":
        # a negated report says nothing was said; a negated stance is still one ("has not
        # mentioned the deal", "did not endorse her"): a verb of both kinds is read as a stance
        stance = stance_at(toks, k)
        if stance is None and not (last + 1 < end_idx and unanswered(toks, vg, last + 1, lemma, end_idx)):
            return last + 1
        if stance is not None:
            (lemma, last), kind = stance, "stance"
    vg_words = [t.low for t in toks[vg:k]]
    if vg_words and vg_words[-1] in BE_FORMS and toks[k].low == lemma and lemma not in _BASE_PARTICIPLES:
        return last + 1  # "will be back on tour", "the news was welcome": no verb after "be"
    passive = be_before(toks, vg, k) and toks[k].text.endswith(
        ("ed", "told", "said", "thought", "known", "shown", "found", "seen")
    )
    if passive and toks[k].low in SOURCELESS_PASSIVES and last + 1 < end_idx and toks[last + 1].low in ("to", "as"):
        return last + 1  # "Obama's veto is expected to come …": the veto expects nothing
    if kind == "stance":
        return read_stance(scan, k, vg, last, lemma, passive, causer)
    return _speech(scan, k, vg, last, lemma, kind, passive, causer)


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "to"})


def _act_done(toks: list[Token], k: int) -> bool:
    """Is toks[k] a binding act (ACT_FORMS) reported as done ("overturned", "has imposed"), not
    one planned or supposed ("would veto", "to repeal"), which is no act yet?"""
    if toks[k].low not in ACT_FORMS or toks[k].low.endswith("ing"):
        return False
    return not any(t.low in _MODALS for t in toks[verb_group_start(toks, k, 0) : k])


# verbs that make their object do what the infinitive after it says: "prompted NATO to
# order …", "forced the chief, who …, to admit that …", "led two senators to invoke …"
_CAUSATIVES = {"prompted", "prompt", "prompts", "forced", "force", "forces", "led", "lead", "leads", "caused",
               "cause", "causes", "pushed", "allowed", "allow", "allows", "enabled", "compelled", "pressured",
               "persuaded", "convinced", "spurred", "drove"}  # fmt: skip


def _caused_speaker(toks: list[Token], to: int) -> Span | None:
    """The object of a causative verb before the infinitive marker toks[to], when there is one:
    the one who says or does what the infinitive reports; None otherwise."""
    if toks[to].low != "to" or to < 2:
        return None
    # the causative verb a few words back, its object between it and "to" (a relative clause
    # set off by commas may stand on the object: "led the treasurer, who faced angry residents,
    # to concede …"); a point inside a sentence is an abbreviation's ("Rep.")
    m = next((m for m in range(to - 2, max(0, to - 24), -1) if toks[m].low in _CAUSATIVES), None)
    if m is None:
        return None
    relative = _relative_aside(toks, m + 1, to)
    if any(
        t.text in (";", ":") or (t.low in lx.CUE_FORMS and not (relative[0] <= j < relative[1]))
        for j, t in enumerate(toks[m + 1 : to], m + 1)
    ):
        return None
    s = m + 1
    end = to - 2 if toks[to - 1].text == "," else to - 1
    if relative[1] > relative[0]:
        end = relative[0] - 1  # the object ends where the relative clause on it begins
    if (
        end < s
        or sum(1 for t in toks[s : end + 1] if is_word(t)) > 10
        or not any(source_like(t) for t in toks[s : end + 1])
    ):
        return None
    return (toks[s].start, toks[end].end)


def _relative_aside(toks: list[Token], lo: int, hi: int) -> tuple[int, int]:
    """The span of a relative clause set off by commas in toks[lo:hi] (", who …,"), empty
    (lo, lo) when there is none."""
    for j in range(lo, hi - 1):
        if toks[j].text == "," and toks[j + 1].low in WHO_WHICH:
            close = next((c for c in range(j + 2, hi) if toks[c].text == ","), None)
            return (j, close + 1) if close is not None else (lo, lo)
    return (lo, lo)


def _speech(
    scan: SentenceScan, k: int, vg: int, last: int, lemma: str, kind: str, passive: bool, causer: Span | None = None
) -> int:
    """Record what the reporting verb group toks[vg:last + 1] reports (``causer``: the speaker
    a causative verb's object names); the index to read on from."""
    ctx, toks, end_idx, fronted_end = scan.ctx, scan.toks, scan.end_idx, scan.fronted_end
    start = content_opening(scan, last, lemma)
    if start is None:
        return last + 1
    content_start, has_that = start
    if lemma in lx.HEARER_VERBS and (
        hearer_only(toks, vg, last, end_idx) or told_before_main_verb(toks, vg, last, end_idx)
    ):
        # "an aide who has advised the mayor said …", "the man who told police the car was red
        # said …": the relative reports nothing, the main verb after it does
        return last + 1
    charged = accusation(toks, lemma, content_start, end_idx)
    if charged != content_start:
        content_start, last = charged, charged - 1  # the cue reads "accused Vane of"
    if not takes_content(scan, vg, lemma, kind, content_start, has_that):
        return last + 1
    if not has_that and (
        toks[last + 1].low in _SENSE_PARTICLES
        or (lemma == "plead" and toks[content_start].low in _PLEAS)
        or (lemma == "recall" and goods_recalled(toks, vg, content_start))
        or (lemma == "show" and turned_up(toks, last + 1, end_idx))
    ):
        return last + 1  # "shows off", "pleaded guilty and was jailed", "showed up late", "recalled 900 cars"
    topic = topic_after_hearer(toks, content_start, end_idx, lemma) if not has_that else None
    if topic is not None and content_start == last + 1:
        # "warned residents about the scam": the hearer, then the topic's preposition, go with the verb
        last, content_start = topic, topic + 1
    if (
        not has_that
        and (toks[content_start].low in ("about", "of") or (toks[content_start].low == "on" and lemma in ON_VERBS))
        and content_start + 1 < end_idx
        and not toks[content_start + 1].low[:1].isdigit()
        and content_start == last + 1
    ):
        # "complained about the fees": the topic's preposition goes with the verb, the topic is
        # the content (as "called for", "spoke of" are read)
        last = content_start
        content_start += 1
    speaker = (causer, None) if causer is not None else _speaker(scan, k, vg, last, lemma, passive)
    if speaker is None:
        return last + 1
    who, rel_end = gapped_subject(toks, vg, last, speaker[0]), speaker[1]  # "a move critics say would"
    if rel_end is None:
        rel_end = appositive_close(toks, vg, end_idx)  # "the coach who told reporters …, said"
    if (
        who is not None
        and vg == k
        and toks[k].low.endswith("ed")
        and last + 1 < end_idx
        and toks[last + 1].low in PREPOSITIONS
        and not source_head(scan.view, who)
    ):
        return last + 1  # "the laws proposed during his term": a participle on a thing, no report
    if lemma == "show" and pictured(toks, vg):
        return last + 1  # "This photo released by the studio shows the cast": what is in it
    if (
        lemma == "say"
        and who is not None
        and amount_about(toks, content_start, end_idx)
        and not source_head(scan.view, who)
    ):
        return last + 1  # "the turnout says something about the mood": a thing that reveals, no one's words
    if k >= 2 and toks[k].low == "saying" and toks[k - 1].low == "without" and toks[k - 2].low in _GO_FORMS:
        return last + 1  # "it goes without saying that …": an idiom, nobody says it
    if who is None and toks[k].low == lemma and toks[k].low in lx.NOUN_LIKE_FORMS and not toks[k].low.endswith("ing"):
        return last + 1  # "But state law requires …": a bare form with no subject is a noun
    if in_question(toks, vg, end_idx):
        return last + 1
    if who is not None and _PRECEDES_ELIDED.search(scan.view, max(0, who[0] - 6), who[0]):
        # "higher than the city says it is": a comparison whose content is elided
        return last + 1
    # "said if the levy fails, the pool will close": the content runs on past the fronted clause
    fronted = fronted_clause(toks, content_start, rel_end or end_idx, lemma)
    c_end_idx = content_end(toks, content_start if fronted is None else fronted + 1, rel_end or end_idx)
    if fronted is None and not has_that:
        c_end_idx = noun_object_end(toks, content_start, c_end_idx, lemma)  # "mentioned the fee while …"
    c_end = toks[c_end_idx - 1].end
    if toks[content_start].low == "as" and fronted is None and not has_that:
        c_end = toks[content_start + 1].end  # "said as much at the meeting": the content is "as much"
    # a multi-sentence quote that opens inside the content carries the content to its end
    for qi in range(bisect.bisect_left(ctx.quote_starts, toks[content_start].start), len(ctx.quotes)):
        q = ctx.quotes[qi]
        if q.start >= c_end:
            break  # in text order: no later quote opens inside the content
        if c_end < q.end:
            c_end = q.end
    cue_span = (toks[vg].start, toks[last].end)
    c_start = toks[content_start].start
    if (
        who is not None
        and opens_condition(toks)
        and vg > 2
        and toks[vg - 1].low in lx.PRONOUN_FORMS
        and toks[vg - 2].text == ","
        and fronted_end == toks[vg - 2].start
        and (toks[1].text != "," or scan.free((toks[0].start, fronted_end)))
    ):
        # "When she is hiring for a new post, she said she checks …": the condition
        # is part of what she says (unless an aside made it another's report: "If, as Ruiz noted, …")
        c_start = toks[0].start
    scan.add("subject_verb", (c_start, c_end), who, cue_span, lemma)
    return last + 1


# a particle that turns a verb of saying or showing to another sense ("shows off", "sounded off")
_SENSE_PARTICLES = {"off"}


# what a plea in court is: "pleaded guilty", "pleaded not guilty", "pleaded no contest"
_PLEAS = {"guilty", "not", "innocent", "no"}
# verbs whose participle is their base form: "was forecast", "is bet on"
_BASE_PARTICIPLES = {"bet", "forecast", "broadcast", "cast", "put", "set", "cut", "let", "read", "spread", "hit"}
_PRECEDES_ELIDED = guarded(r"\bthan\s+$", re.IGNORECASE)


_GO_FORMS = {"go", "goes", "went", "gone", "going"}


def _speaker(
    scan: SentenceScan, k: int, vg: int, last: int, lemma: str, passive: bool
) -> tuple[Span | None, int | None] | None:
    """Who speaks (None when the clause names nobody here) and where a relative clause set off
    by commas ends what it reports; None when this is no reporting clause."""
    toks, end_idx = scan.toks, scan.end_idx
    who: Span | None = None
    rel_end: int | None = None
    after_quote = vg >= 2 and toks[vg - 1].text in ALL_QUOTES and toks[vg - 2].text == ","  # '…,” adding'
    opens_quote = toks[0].text in ALL_QUOTES or scan.ctx.inside_quote(toks[0].start)
    if vg - 1 >= 0 and (toks[vg - 1].text == "," or after_quote) and toks[k].low.endswith("ing"):
        # participle: "…, saying that …": the speaker is the subject of the sentence, or of
        # a sentence that opens with a quote, its speaker ("“…,” she said, noting that …"),
        # or of the quote it follows ('the firm said: "…," adding that …')
        quoted = opens_quote or after_quote or (vg >= 2 and toks[vg - 2].text in ALL_QUOTES)
        who = scan.ctx.quote_speaker_in(toks[0].start, toks[vg - 1].start) if quoted else None
        if not quoted or (who is None and after_quote and not opens_quote):  # a scare quote: 'the “reforms,” saying'
            who = participle_subject(toks, vg - 2 if quoted else vg - 1)
    elif vg >= 2 and toks[vg - 1].low in PARTICIPLE_PREPOSITIONS and toks[k].low.endswith("ing") and opens_quote:
        # "“…,” she told reporters after announcing …": the quote's speaker, not a word inside it
        who = scan.ctx.quote_speaker_in(toks[0].start, toks[vg - 1].start)
    elif thing_relative(toks, past_year(toks, vg) - 1):
        return None  # "a standoff (with lawmakers) that had threatened to …": a thing's verb
    elif (
        (rv := past_year(toks, vg)) - 1 >= 0
        and rv - 2 >= 0
        and (
            toks[rv - 1].low in WHO_WHICH
            # "another shipping firm that had filed for bankruptcy"
            or (toks[rv - 1].low == "that" and source_like(toks[rv - 2]) and toks[rv - 2].low not in lx.CUE_FORMS)
        )
    ):
        j = rv - 2
        # a relative set off by a comma or by a dash reads alike ("Smith — who said … — left")
        mark = toks[j].text if toks[j].text == "," or is_dash(toks, j) else None
        if mark is not None:
            j -= 1
        s = np_left(toks, j, 0, appositive=False)
        if s is not None:
            who = (toks[s].start, toks[j].end)
            if mark is not None or (s > 0 and toks[s - 1].text == ","):
                # "Smith, who said the plan was sound, left early": what is reported ends
                # with the clause set off by commas, or by the dash that closes it
                rel_end = next((m for m in range(last + 1, end_idx) if toks[m].text == (mark or ",")), None)
    elif passive:
        # the subject of a passive is what was reported, denied or ordered, or its hearer ("the
        # request was denied", "was told to leave"), never the one who spoke; only an empty "it"
        # before a "that" clause reports with no source ("it was announced that …"). An agent
        # after "by" is `passive_agent`'s, a judgement with no agent `sourceless_claim`'s.
        if not (vg >= 1 and toks[vg - 1].low == "it" and last + 1 < end_idx and toks[last + 1].low == "that"):
            return None
    elif (restrictive := relative_subject(toks, vg)) is not None:
        who = restrictive  # "Two officials who spoke on condition of anonymity said …"
    elif participle_in_opener(toks, k, vg, last, end_idx):
        return None
    elif vg == k and toks[k].low.endswith("ing") and (path := path_participle_speaker(toks, vg)) is not None:
        who = path  # "The nurses marched through the town shouting …": the main clause's subject
    else:
        subject = subject_of(toks, vg)
        if subject is None:
            return None
        who = subject if subject != (-1, -1) else None
        at = next((i for i in range(vg) if who is not None and toks[i].start == who[0]), None)
        if who is not None and at is not None and (head := relative_object_head(toks, at)) is not None:
            who = (toks[head].start, who[1])  # "an aide who advised the mayor, speaking …, said": the aide
    return who, rel_end
