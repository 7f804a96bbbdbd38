"""Verb groups and their subjects: who the subject of a reporting verb group is (a noun phrase
before it, past a parenthesis, dashes, a participle aside or a time; the sentence's opening
subject past a dateline or a fronted phrase), and whether the group is negated (the reporting
verb itself is `reporting_verbs`'s, what follows it `complements`'s, where the content ends
`content`'s)."""

from __future__ import annotations

from summarizer.rules.attribution.adjunct_asides import adjunct_aside_opening, linking_aside_opening
from summarizer.rules.attribution.appositive_relative import without_relative
from summarizer.rules.attribution.name_lists import whole_list
from summarizer.rules.attribution.named_apposition import named_apposition_end
from summarizer.rules.attribution.phrases import (
    np_left,
    np_ok,
    participle_aside_opening,
    source_head,
    source_like,
)
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.subject_ends import noun_in_subject, particle_verb, present_verb, same_form_past
from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    CONNECTIVES,
    COORDINATORS,
    FINITE,
    IRREGULAR_PAST,
    NEGATIONS,
    PARTICIPLE_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVES_AND_BEING,
    SEASONS,
    SETTING_OPENERS,
    SPEECH_EVENTS,
    SUBORDINATORS,
    TIME_BEFORE_NOUN,
    TIME_DETERMINERS,
    TIME_NOUNS,
    TIME_WORDS,
    WHO_WHICH_WHOM,
    ing_participle,
)
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.base import Span
from summarizer.text.segments import Token

# the dashes that set off an aside: em, en, a doubled hyphen, and the horizontal bar some
# outlets print ("The film ― which … ― explains …")
DASHES = ("—", "–", "--", "―")


def subject_start(toks: list[Token], vg: int) -> int | None:
    """Where the subject of the verb group at ``vg`` starts: the sentence's opening noun phrase
    when it runs up to the verb ("a quieter side of the harbour budget story was being told"),
    past a time ("About one in every five tenants this winter is expected"), else the phrase
    before the verb."""
    j = vg - 1
    if j >= 1 and toks[j].low in SEASONS and toks[j - 1].low in TIME_DETERMINERS:
        j -= 2
    if j < 0:
        return None
    opening = _clause_subject(toks, j + 1)
    if opening is not None and opening[1] == toks[j].end:
        return next(i for i, t in enumerate(toks) if t.start == opening[0])
    return np_left(toks, j, 0, appositive=False)


def evidence_subject(view: str, toks: list[Token], vg: int) -> bool:
    """Is the subject of an evidence verb a document or source ("the average of polls … shows")?"""
    if vg > 0 and source_like(toks[vg - 1]):
        return True
    subject = subject_of(toks, vg)
    return subject not in (None, (-1, -1)) and source_head(view, subject)


def subject_of(toks: list[Token], vg: int) -> Span | None:
    """The subject of the reporting verb group starting at ``vg``.

    A span; ``(-1, -1)`` when the clause reports speech but names no subject here; None when
    this is no reporting clause (as when a noun of belief is the subject: "a common belief
    says"). Handles a parenthesis after the name ("Rep. Ada Morel
    (D-Ore.) said"), a verb coordinated with an earlier one ("Orrin urged the members … and
    said"), and a subject closed by a long appositive ("Lina Voss, a builder and
    spokeswoman for …, which is made up of …, said").
    """
    if vg == 0:
        return None
    decided, subject = _marked_subject(toks, vg)
    if not decided:
        subject = _plain_subject(toks, vg)
    if (
        subject is not None
        and toks[vg - 1].low in rk.BELIEF_NOUNS
        and toks[vg - 1].end == subject[1]
        and not any(t.low.endswith(("'s", "’s")) for t in toks[vg - 4 : vg - 1] if t.start >= subject[0])
    ):
        return None  # "a common belief says …": a belief, nobody's statement ("the court's opinion" is its ruling)
    if subject is not None and subject != (-1, -1):
        if vg >= 2 and toks[vg - 2].low == "to" and subject[0] == toks[vg - 1].start and toks[vg - 1].text.islower():
            return None  # "likely to draw continuing fire": one word after "to" is its verb, no subject
        subject = without_relative(toks, subject, vg)  # "Dana Whitlock, the mayor who …, said"
        subject = whole_list(toks, subject)  # "Ann Roy, Bo Li, Cy Dunn and Di Moss said"
    return subject


def _marked_subject(toks: list[Token], vg: int) -> tuple[bool, Span | None]:
    """The subject when a mark before the verb decides it (a parenthesis, "and", dashes, a
    statement that does the saying, "by …ing", "whom"): (True, the subject), else (False, None)."""
    j = vg - 1
    prev = toks[j]
    if prev.text == ")":
        depth = 0
        for p in range(j, -1, -1):
            depth += toks[p].text == ")"
            depth -= toks[p].text == "("
            if depth == 0:
                s = np_left(toks, p - 1, 0, appositive=False) if p > 0 else None
                return True, (toks[s].start, prev.end) if s is not None else None
        return True, None
    if j == 0 and prev.low in COORDINATORS and toks[vg].low.endswith("ed"):
        return True, None  # "But pressed on the deal, she …": a fronted participle, passive, no report
    if (
        prev.low in COORDINATORS
        or (prev.text == "," and j > 0 and toks[j - 1].low in COORDINATORS)
        or (prev.low == "yet" and j > 0 and toks[j - 1].text == ",")
        or (prev.text == "," and j > 0 and toks[vg].low == "then")
    ):
        # "… promised to continue and said …", "…, yet refuses …", "…, then said …": a second
        # verb of the clause's subject
        subject = _clause_subject(toks, j)
        return True, subject if subject is not None else (-1, -1)
    if prev.text in DASHES and j > 1:
        # "Kall -- co-editor of a book … -- said": the name before the dashes
        opening = next((p for p in range(j - 1, max(-1, j - 30), -1) if toks[p].text == prev.text), None)
        if opening is not None and opening > 0:
            s = np_left(toks, opening - 1, 0, appositive=False)
            if s is not None:
                return True, (toks[s].start, toks[opening - 1].end)
        return True, None
    if prev.low in SPEECH_EVENTS and toks[vg].low.endswith("ing") and j >= 2:
        # "the harbour board issued a statement calling the delay …": who issued it
        event = np_left(toks, j, 0, appositive=False)
        if event is not None and event >= 2:
            s = np_left(toks, event - 2, 0, appositive=False)
            if s is not None and source_like(toks[event - 2]):
                return True, (toks[s].start, toks[event - 2].end)
            if toks[event - 1].low in _OCCASION_PREPOSITIONS and cue_at(toks, event - 2) is not None:
                # "she said at a news conference announcing …": the event is where she spoke, the
                # speaker the one who spoke at it
                s = np_left(toks, event - 3, 0, appositive=False) if event >= 3 else None
                return True, (toks[s].start, toks[event - 3].end) if s is not None else (-1, -1)
    if prev.low in PARTICIPLE_PREPOSITIONS and toks[vg].low.endswith("ing"):
        # "began by saying he would …": the clause's subject speaks
        subject = _clause_subject(toks, j)
        return True, subject if subject is not None else (-1, -1)
    if prev.low in WHO_WHICH_WHOM and j > 0:
        return True, (-1, -1)  # "many of whom say …": the source is the phrase before, named elsewhere
    if prev.text == "," and (
        opening := participle_aside_opening(toks, j) or adjunct_aside_opening(toks, j) or linking_aside_opening(toks, j)
    ):
        # "The reports, citing two officials, said …", "the council, in a statement, said", "Pine,
        # meanwhile, said": the noun phrase before the aside
        s = np_left(toks, opening - 1, 0, appositive=False)
        return True, (toks[s].start, toks[opening - 1].end) if s is not None else None
    return False, None


def _plain_subject(toks: list[Token], vg: int) -> Span | None:
    """The noun phrase before the verb (past a time), else the sentence's opening subject."""
    j = vg - 1
    prev = toks[j]
    # "The county board this month rejected …", "Morel on Friday said …": a time between
    # (not a day after a participle, whose time it is: "a report released Monday found", "issued on Friday")
    w = toks[max(0, j - 2 if toks[j - 1].low in TIME_BEFORE_NOUN else j - 1)]
    timed = j >= 2 and w.text.islower() and w.low.endswith("ed") and prev.text[:1].isupper()
    if j >= 2 and prev.low in TIME_NOUNS and toks[j - 1].low in TIME_BEFORE_NOUN and not timed:
        j -= 2
        if j >= 1 and toks[j].low in _EARLY_LATE:
            j -= 1  # "The coach early on Sunday told …"
        prev = toks[j]
    elif j >= 1 and prev.low in TIME_NOUNS and prev.text[:1].isupper() and not timed:
        j -= 1
        prev = toks[j]
    elif j >= 2 and toks[j - 1].low == "in" and len(prev.low) == 4 and prev.low.isdigit():
        j -= 2  # "a review board in 2014 ruled …": the year is when, the board who
        prev = toks[j]
    s = np_left(toks, j, 0)
    after_preposition = s is not None and s > 0 and toks[s - 1].low in ("over", "during", "after", "since")
    if (
        s is not None
        and not after_preposition
        and not (s == j and toks[s].low.endswith("ed") and not toks[s].text[:1].isupper())
    ):
        # (not "arrested" in "the man who was arrested said": a participle is no subject)
        return toks[s].start, toks[j - 1 if prev.text == "," else j].end
    if prev.text == ",":
        subject = _clause_subject(toks, j)
        if subject is not None and toks[_past_dateline(toks, j)].start == subject[0]:
            c0 = next(i for i, t in enumerate(toks) if t.text == ",")
            # no verb of the opening's own before its comma ("Controversy erupted after Ames, the
            # envoy, told …": "Controversy" is no one's subject here)
            if (
                all(t.low not in FINITE and t.low not in lx.CUE_FORMS and not _verb_like(t) for t in toks[:c0])
                and c0 < j
                # nor a verb of the subject's own after an aside ("The man, 20, has been charged
                # with theft, said the chief": the cue's speaker comes after it, inverted)
                and not any(toks[m].text == "," and toks[m + 1].low in FINITE for m in range(c0, j))
            ):
                return subject
    # "The Lisk Tribune's average of surveys taken in the last three weeks shows …", "an
    # analysis of charities that have raised $1 million … shows …": the sentence's subject,
    # then a modifier of its own
    subject = _clause_subject(toks, vg)
    if subject is not None and subject[0] == toks[0].start:
        e = next(i for i, t in enumerate(toks) if t.end == subject[1]) + 1
        gap = toks[e:vg]
        if (
            0 <= len(gap) <= 24
            and (not gap or gap[0].low in RELATIVES_AND_BEING or (gap[0].low.endswith("ed") and len(gap[0].low) > 4))
            and not any(t.low in lx.CUE_FORMS or t.low in lx.STANCE_FORMS for t in gap)
        ):
            return subject
    if after_preposition and s is not None:
        return toks[s].start, toks[j - 1 if prev.text == "," else j].end
    return None


# prepositions of comparison that open a fronted phrase, never the subject ("Unlike the mayor,
# the councillors …", "Like her rival, Ruiz …")
_COMPARISONS = frozenset({"unlike", "like"})


def _clause_subject(toks: list[Token], hi: int) -> Span | None:
    """The noun phrase that opens the sentence (after a dateline, or a leading adverbial and its comma)."""
    i = _past_dateline(toks, hi)
    if (
        i == 0
        and toks
        and (
            toks[0].low in SETTING_OPENERS
            or toks[0].low in _COMPARISONS
            or toks[0].low in SUBORDINATORS
            or toks[0].low in TIME_WORDS
            or (len(toks) > 1 and toks[1].text == "," and (toks[0].low in CONNECTIVES or toks[0].low.endswith("ly")))
            # a time counted back from now: "Three weeks ago, the council voted, saying …"
            or any(toks[k].low == "ago" and toks[k + 1].text == "," for k in range(1, min(hi - 1, 6)))
        )
    ):
        comma = next((k for k in range(min(hi, 14)) if toks[k].text == ","), None)
        if comma is None and toks[0].low in SUBORDINATORS and hi > 2 and all(t.text != "," for t in toks[:hi]):
            i = 1  # "Though she called it unfair and called for …": still inside the fronted clause
        elif comma is None:
            # "On May 27 they published the results by announcing …": a short fronted time with
            # no comma, then a personal pronoun as the subject
            k = next((k for k in range(1, min(hi, 6)) if toks[k].low in lx.PERSON_SUBJECT_PRONOUNS), None)
            return (toks[k].start, toks[k].end) if k is not None and toks[0].low in PREPOSITIONS else None
        else:
            i = comma + 1
        if i + 1 < hi and toks[i].low in CONNECTIVES and toks[i + 1].text == ",":
            i += 2  # "On Monday, however, the mayor …": a connective set off after the fronted phrase
        if i < hi and toks[i].low in SUBORDINATORS:
            # "Once in the spring, when my uncle mentioned it, I laughed and said …": a second
            # fronted clause after the first; the subject follows its comma
            comma = next((k for k in range(i + 1, min(hi, i + 25)) if toks[k].text == ","), None)
            i = comma + 1 if comma is not None else i
    elif len(toks) > 2 and toks[1].low == "by" and _participle_form(toks[0].low):
        # "Stung by the reviews, the mayor rewrote …": a fronted participle and its agent; the
        # subject follows the last comma before the first verb ("Chastened by X, as well as Y, Ruiz …")
        verb = next((k for k in range(2, hi) if _verb_like(toks[k])), hi)
        comma = next((k for k in range(verb - 1, 1, -1) if toks[k].text == ","), None)
        i = comma + 1 if comma is not None else 0
    elif (opened := _participle_opener_end(toks, hi)) is not None:
        i = opened  # "Speaking to reporters, the mayor said …, adding …": the subject follows the frame
    if i < hi and toks[i].low in lx.PERSON_SUBJECT_PRONOUNS:
        return toks[i].start, toks[i].end  # "He opposes the mandate and plans to …"
    k = i
    while k < hi:
        low = toks[k].low
        if (
            toks[k].text in (",", "(", "—", "–", "―")
            or (low in lx.BOUNDARY_WORDS and k > i and low not in ("and", "of") and not toks[k].text[:1].isupper())
            or (
                (low in lx.CUE_FORMS or (low in lx.STANCE_FORMS and low not in lx.NOUN_LIKE_FORMS))
                and k > i
                and not noun_in_subject(toks, k, hi)
            )
            or ((low.endswith("ed") or low in IRREGULAR_PAST) and k > i and not toks[k].text[:1].isupper())
            or low in FINITE
            or (k > i and particle_verb(toks, k, hi))  # "Mr Lamb hit back, …"
        ):
            break
        k += 1
    if k > i and np_ok(toks, i, k):
        return toks[i].start, toks[named_apposition_end(toks, k, hi) - 1].end  # "A spokeswoman, Lia Park,"
    return None


def _participle_opener_end(toks: list[Token], hi: int) -> int | None:
    """Where the subject starts past an opening participle clause and its comma ("Speaking to
    reporters, the mayor …", "Writing on his blog that the bill was dead, the senator …"): a
    capitalised word in -ing, no verb of its own before the first comma but inside a "that" or
    "whether" clause, and the subject after the last comma before the next verb ("Speaking in
    Oslo, Bergen and Molde, the mayor said"). Not a gerund subject with its verb ("Writing the
    bill took months, …", "Raising fees, not cutting them, is …")."""
    first = toks[0] if toks else None
    if first is None or not (first.text[:1].isupper() and ing_participle(Token.of(first.low, 0, len(first.low)))):
        return None
    comma = next((k for k in range(2, min(hi, 30)) if toks[k].text == ","), None)
    if comma is None:
        return None
    clause = next((k for k in range(1, comma) if toks[k].low in ("that", "whether")), comma)
    if any(_verb_like(t) for t in toks[1:clause]):
        return None
    verb = next((k for k in range(comma + 1, hi) if _verb_like(toks[k])), hi)
    last = next(k for k in range(verb - 1, comma - 1, -1) if toks[k].text == ",")
    if last + 1 >= hi or toks[last + 1].low.endswith("ing") or _verb_like(toks[last + 1]):
        return None  # "Enacting rules, rather than heeding them, is …": a gerund subject and its verb
    return last + 1


def _past_dateline(toks: list[Token], hi: int) -> int:
    """Where the sentence starts past a dateline's dash ("OTTAWA — Jo Park, …", "SAINT JOHN, N.B.
    — …"): an all-caps place first, then capitalised words, commas, full stops or a wire in
    brackets up to a dash within a few tokens; 0 when it opens with none."""
    if not toks or len(toks[0].text) < 3 or not toks[0].text.isupper() or not toks[0].text.isalpha():
        return 0
    for k in range(1, min(hi - 1, 8)):
        text = toks[k].text
        if text in DASHES:
            return k + 1
        if not (text[:1].isupper() or text in (",", ".", "(", ")")):
            return 0
    return 0


# the prepositions of the occasion a verb of saying was spoken at ("said at a briefing")
_OCCASION_PREPOSITIONS = frozenset({"at", "in", "during"})


def _participle_form(low: str) -> bool:
    """Is the word shaped as a past participle ("chastened", "shaken", "stung", "caught")?"""
    return low.isalpha() and (low.endswith(("ed", "en", "ung", "ught", "own")) or low in IRREGULAR_PAST)


def _verb_like(t: Token) -> bool:
    return t.low in FINITE or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and not t.text[:1].isupper())


def negated(toks: list[Token], vg: int, k: int) -> bool:
    """Is the verb group toks[vg:k] negated? Not by "not only", which adds ("not only
    documented the rise but also …")."""
    if vg >= k:
        return False
    words = [t.low for t in toks[vg:k]]
    if NEGATIONS.isdisjoint(words):
        return False  # the common case, read in C
    return any(w in NEGATIONS and words[i + 1 : i + 2] != ["only"] for i, w in enumerate(words))


def opening_subject_end(toks: list[Token], hi: int) -> int | None:
    """End of the sentence-initial subject noun phrase, before its verb."""
    k = 0
    while k < hi:
        low = toks[k].low
        if toks[k].text == "," or (low in lx.BOUNDARY_WORDS and k > 0):
            break
        if low in lx.CUE_FORMS and k > 0 and not noun_in_subject(toks, k, hi):
            break
        if (low.endswith("ed") or low in IRREGULAR_PAST) and k > 0 and not toks[k].text[:1].isupper():
            break
        if particle_verb(toks, k, hi) or same_form_past(toks, k, hi) or present_verb(toks, k, hi):
            break  # "Mr Lamb hit back, …", "The bank cut rates …": a verb and its particle or object
        if k > 0 and _time_before_verb(toks, k, hi):
            break  # "A county judge on Friday struck down …": the subject ends before its verb's time
        k += 1
    return k if k > 0 and np_ok(toks, 0, k) else None


# single words of time that stand between a subject and its verb ("The board yesterday voted …")
_TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "earlier", "recently", "previously"})
# words that place a time early or late in its span, before "on" or a time noun ("early on Sunday", "late Friday")
_EARLY_LATE = frozenset({"early", "late"})


def _time_before_verb(toks: list[Token], k: int, hi: int) -> bool:
    """Does toks[k] open a time or a manner adverb between the opening subject and its verb: "on"
    and a weekday, a weekday, "last week", "early on Sunday", "late last night", "yesterday", or a word in -ly
    before a past form ("temporarily blocked")?"""
    low = toks[k].low
    nxt = toks[k + 1].low if k + 1 < hi else ""
    return (
        (low == "on" and nxt in TIME_NOUNS)
        or (toks[k].text[:1].isupper() and low in TIME_NOUNS and toks[k - 1].low not in ARTICLES_AND_POSSESSIVES)
        or (low in ("last", "this", "earlier", "later") and nxt in TIME_NOUNS)
        or (low in _EARLY_LATE and (nxt in TIME_DETERMINERS or nxt in TIME_NOUNS))
        or low in _TIME_ADVERBS
        or (low.endswith("ly") and len(low) > 4 and (nxt.endswith("ed") or nxt in IRREGULAR_PAST))
    )


def participle_subject(toks: list[Token], hi: int) -> Span | None:
    """The subject of a participle clause after a comma at toks[hi] ("…, citing a threat"): the
    noun phrase that opens the sentence, past a fronted time or phrase and its comma ("In 1986,
    the court blocked the sale, citing …"), with a name set off after its head ("The firm's
    lawyer, Ana Ruiz, filed a motion, arguing …")."""
    fronted = _clause_subject(toks, hi)
    if fronted is not None and fronted[0] != toks[0].start:
        return fronted  # past "In 1986," (which would read as a noun phrase of its own)
    s_end = opening_subject_end(toks, hi)
    return (toks[0].start, toks[named_apposition_end(toks, s_end, hi) - 1].end) if s_end is not None else fronted


def participle_in_opener(toks: list[Token], k: int, vg: int, last: int, end_idx: int) -> bool:
    """Is the cue a participle on the noun of a sentence's opening prepositional phrase ("In a
    video posted to her page, Ruiz said …", "In a letter sent to parents, …"): a reduced
    relative, no verb with a subject; the clause after the comma reports. Only right after a
    document's noun: "On the call officials explained to reporters …" has a subject of its own."""
    return (
        vg == k
        and 2 <= k <= 8
        and toks[0].low in _OPENING_PREPOSITIONS
        and toks[1].low in ARTICLES_AND_POSSESSIVES
        and toks[k - 1].low in lx.DOCUMENT_HEADS
        and toks[k].low.endswith(("ed", "en", "sent"))
        and last + 1 < end_idx
        and toks[last + 1].low in PREPOSITIONS
        and all(t.text != "," for t in toks[1:k])
        and any(t.text == "," for t in toks[last + 1 : end_idx])
    )


_OPENING_PREPOSITIONS = frozenset({"in", "on", "at", "from", "with", "through", "under", "during"})
