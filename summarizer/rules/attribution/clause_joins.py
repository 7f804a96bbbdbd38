"""Where a reported clause ends at "and" or runs on past a comma: a main clause of the writer's
joined after it (its own subject and verb after a speaker tag, or set at a new time: "…, and on
Friday he renewed …"), a clause of time after a comma, inside a quote's closing mark or not
(", as crowds gathered"), a phrase of "with" or a noun phrase glossing the report after its tag
("…, she said, with a laugh", "…, the firm said, the third drop in a row"); a list of subjects
("details, the cost, and a date would be …") goes on, and so does a clause past a name in
apposition inside it ("… the landowner, the Ash Trust, to ask …") or a relative clause set off on
its subject ("said the plant, where 300 people work, would close"), a reason (", as they are …"),
a topic (", when it comes to …") or a phrase that narrows it (", especially for renters")."""

from __future__ import annotations

import itertools

from summarizer.rules.attribution.clauses import DASHES
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    FINITE,
    IRREGULAR_PAST,
    PREPOSITIONS,
    QUANTITY_CHANGE_FORMS,
    SUBORDINATORS,
    WHO_WHICH_WHOM,
    ing_participle,
    main_verb_after,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.implicit_counts import ORDINALS
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token
from summarizer.text.timeplace import CALENDAR_WORDS

# a subject that the speaker's own words would have: "…, she said, and I told them …" goes on
# with what she said, as a quotation would
_FIRST_PERSON = frozenset({"i", "we", "my", "our"})
# words that open no subject: a verb with the subject before the tag ("…, he says, and are mostly
# meant …" is one report in two parts), an adverb, a conjunction, "that" (a second complement)
# (and a subordinator or a preposition: "and if the board agrees, …" may be part of what was said)
_NO_SUBJECT = frozenset(
    lx.AUXILIARIES | FINITE | SUBORDINATORS | PREPOSITIONS | {"that", "then", "so", "not", "also", "to", "by", "of"}
)


def writers_clause_after_tag(toks: list[Token], i: int, hi: int) -> bool:
    """After a report closed by its tag and ", and" ("The clinic has reopened, a spokeswoman
    said, and staff can see walk-ins too"), does a clause of its own open at toks[i]: a subject
    (a pronoun, an article, a possessive, a name, a noun or an adjective and its noun) and a
    finite verb within four words, with no comma between? The tag has closed what was said, and
    the writer goes on. Not words in quote marks, nor "that" (a second that-clause of the same
    verb), nor a first-person subject, nor a verb with no subject (the speaker's report goes on)."""
    if i + 1 >= hi:
        return False
    first = toks[i]
    if first.text in ALL_QUOTES or first.low in _FIRST_PERSON or first.low in _NO_SUBJECT:
        return False
    if not first.text[:1].isalpha() and not first.text[:1].isdigit():
        return False
    if first.low.endswith("ly") or first.low.endswith("ing"):
        return False  # "and quickly left", "and adding …": no subject
    if first.low in lx.PERSON_SUBJECT_PRONOUNS or first.low == "it":
        return toks[i + 1].low not in ALL_QUOTES
    for m in range(i + 1, min(hi, i + 5)):
        t = toks[m]
        if t.text in (",", ";", ":") or t.text in ALL_QUOTES:
            return False
        if t.low in CLAUSE_VERBS or t.low in IRREGULAR_PAST or (t.low.endswith("ed") and len(t.low) > 4):
            # "staff can see", "intense wrangling could be …", "the council voted": a subject, then
            # its verb (not "the plan approved by …", a participle on a noun)
            return m + 1 >= hi or toks[m + 1].low != "by"
    return False


# single words that tell a time ("later", "yesterday", a weekday), the determiners and
# prepositions that open a time phrase ("last week", "on Friday", "in May", "by 2019")
_TIME_ALONE = frozenset(CALENDAR_WORDS | {"today", "yesterday", "tonight", "later", "earlier", "afterward",
                                          "afterwards", "recently"})  # fmt: skip
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring",
                         "summer", "fall", "autumn", "winter"})  # fmt: skip
_TIME_DETERMINERS = frozenset({"last", "this", "next", "that"})
_TIME_PREPOSITIONS = frozenset({"on", "in", "by", "late", "early", "during", "since"})


def _time_phrase_end(toks: list[Token], i: int, hi: int) -> int:
    """Where a time phrase opening at toks[i] ends ("on Friday", "last week", "in May 2019",
    "later that day"), perhaps with its comma; ``i`` when none opens there."""
    j = i
    while j < hi and j - i < 5:
        low = toks[j].low
        nxt = toks[j + 1].low if j + 1 < hi else ""
        if low in _TIME_ALONE or (j > i and (low in _TIME_NOUNS or (low.isdigit() and len(low) == 4))):
            j += 1
        elif (low in _TIME_DETERMINERS and (nxt in _TIME_NOUNS or nxt in CALENDAR_WORDS)) or (
            low in _TIME_PREPOSITIONS and (nxt in CALENDAR_WORDS or (nxt.isdigit() and len(nxt) == 4))
        ):
            j += 2  # "last week", "that day", "on Friday", "in May", "by 2019"
        elif low in _TIME_PREPOSITIONS and nxt in ("the", "a") and j + 2 < hi and toks[j + 2].low in _TIME_NOUNS:
            j += 3  # "in the spring", "during the night"
        else:
            break
    if j > i and j < hi and toks[j].text == ",":
        j += 1
    return j


def timed_clause(toks: list[Token], i: int, hi: int) -> bool:
    """After ", and" that follows a reported clause, does a main clause of the writer's open at
    toks[i], marked by a new time: a time phrase, then a subject and a verb in the past ("…, and on
    Friday he renewed his call", "…, and last week the council voted …")? A new time and a deed
    done tell the next event of the story, not more of what was said; a modal after the time
    stays reported ("…, and by May the town would lose 200 jobs": the report's own future)."""
    j = _time_phrase_end(toks, i, hi)
    if j == i or j >= hi:
        return False
    first = toks[j]
    if first.low in lx.SUBJECT_PRONOUNS:
        m = j + 1
    elif first.low in ARTICLES_AND_POSSESSIVES or first.text[:1].isupper():
        m = next((m for m in range(j + 1, min(hi, j + 5)) if not toks[m].text[:1].isalpha() or _past(toks[m])), hi)
    else:
        return False
    while m < hi and toks[m].low.endswith("ly") and len(toks[m].low) > 3:
        m += 1  # "he quickly renewed", "the board formally voted"
    return m < hi and (_past(toks[m]) or toks[m].low in ("has", "had"))


def _past(t: Token) -> bool:
    """Is the word a verb in the past ("renewed", "told"), not a modal or a present?"""
    low = t.low
    return (low.endswith("ed") and len(low) > 4 and not t.text[:1].isupper()) or low in IRREGULAR_PAST


def subject_list(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Is the comma at toks[k] one of a list of subjects, in a reported clause starting at toks[i]
    that has no verb yet ("said details of the talks, the outcome of his visit and a date would
    be released")? After the comma: "the" or "a", words with no comma, "and" or "or", words, then
    a finite verb. The noun phrase after the comma is the list's next item, not an apposition."""
    if toks[k + 1].low == "with" or any(t.low in FINITE or t.text in ALL_QUOTES for t in toks[i:k]):
        return False
    # the serial comma before the last item ("said the premier, the mayor, and two ministers
    # would attend"): after an item set off by a comma before it, with no verb among them
    joined = serial = toks[k + 1].low in ("and", "or") and _items_before(toks, i, k)
    for m in range(k + 2, min(hi, k + 20)):
        t = toks[m]
        if t.text == "," and m + 1 < hi and toks[m + 1].low in ("and", "or"):
            continue  # the serial comma, the list's last item after it
        if t.text in (",", ";", ":") or t.text in ALL_QUOTES:
            return False
        if t.low in ("and", "or"):
            joined = True
        elif t.low in FINITE or (serial and _past(t)):
            # a list after the serial comma takes the past too: "said Ann, Bo, and Cy resigned"
            return joined and toks[m - 1].low not in ("and", "or")
    return False


def _items_before(toks: list[Token], i: int, k: int) -> bool:
    """Do toks[i:k] hold two items or more of a list of noun phrases, each set off by a comma,
    with no verb in the past among them ("the premier, the mayor")? Each item a few words, the
    first right after "that" or a verb of saying, where a clause's subject stands (not "to meet
    in Rome, in June, and …": phrases after a verb)."""
    before = toks[i - 1].low if i > 0 else ""
    if not (before == "that" or before in lx.SPEECH_FORMS):
        return False
    commas = [m for m in range(i, k) if toks[m].text == ","]
    bounds = [i - 1, *commas, k]
    return (
        bool(commas)
        and all(
            1 <= b - a - 1 <= 6 and all(t.text[:1].isalnum() or t.low in _POSSESSIVES for t in toks[a + 1 : b])
            for a, b in itertools.pairwise(bounds)
        )
        and not any(_past(t) for t in toks[i:k])
    )


def clause_list(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Is the comma at toks[k] one of a list of clauses, in a reported clause starting at toks[i]
    that has its verb ("said the pier was closed, the terminal was shut and the ramp was
    flooded")? After the comma: a subject and a finite verb (no verb of saying: "…, the mayor
    said"), then "and" or "or", a subject and a finite verb, with no comma or quote mark between.
    The clause after the comma is the list's next item, not an apposition; a serial comma may
    stand before the last ("said the rents rose, the wages stalled, and the families left")."""
    if not any(t.low in FINITE or _past(t) for t in toks[i:k]):
        return False
    verbs = 0
    joined = False
    serial = None
    for m in range(k + 2, min(hi, k + 24)):
        t = toks[m]
        if t.text == "," and verbs == 1 and not joined and m + 1 < hi and toks[m + 1].low in ("and", "or"):
            serial = m  # the serial comma before the list's last clause
            continue
        if t.text in (",", ";", ":") or t.text in ALL_QUOTES or t.low in lx.CUE_FORMS:
            return False
        if t.low in ("and", "or"):
            if verbs != 1 or toks[m - 1].low in FINITE:
                return False  # "and" before the middle clause's verb joins its subject, not clauses
            joined = True
        elif (t.low in FINITE or _past(t)) and not _verb_word(toks[m - 1]) and toks[m - 1].low not in ("and", "or"):
            verbs += 1
            if joined:
                return True
    # after a serial comma, the last item closes the sentence with a verb the lists above miss
    # ("…, and the harbour needs dredging"): a clause of its own, as the items before it are
    return serial is not None and joined and _clause_item(toks, serial + 2, _words_end(toks, serial + 2, hi), last=True)


def list_comma(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Is the comma at toks[k], in a reported clause starting at toks[i], one of a list of subjects
    ("said the mayor, and two aides would attend") or the serial comma before the last of a list of
    clauses ("said rents rose, wages stalled, and families left"), not one before a new clause?"""
    return subject_list(toks, i, k, hi) or serial_clause_comma(toks, i, k, hi)


def serial_clause_comma(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Is the comma at toks[k], "and" or "or" after it, the serial comma before the last of a list
    of clauses the reported clause starting at toks[i] opens ("said rents rose, wages stalled, and
    families left")? Before it, two items or more set off by commas, each a short clause with a
    subject and a verb after it and no verb of saying; after the conjunction, a subject and a verb
    with no comma between. A clause joined after one clause (", and critics want …") is not a list."""
    if k + 3 >= hi or toks[k + 1].low not in ("and", "or"):
        return False
    commas = [m for m in range(i, k) if toks[m].text == ","]
    bounds = [i - 1, *commas, k]
    return (
        bool(commas)
        and all(_clause_item(toks, a + 1, b) for a, b in itertools.pairwise(bounds))
        and _clause_item(toks, k + 2, _words_end(toks, k + 2, hi), last=True)
    )


def _words_end(toks: list[Token], lo: int, hi: int) -> int:
    """The index of the first mark at or after toks[lo] (the sentence's end at most)."""
    return next((m for m in range(lo, hi) if not is_word(toks[m])), hi)


def _clause_item(toks: list[Token], lo: int, hi: int, *, last: bool = False) -> bool:
    """Are toks[lo:hi] a short clause, two to twelve words, a subject then a finite verb or one
    in the past ("wages stalled", "the pier is unsafe"), with no verb of saying among them? The
    ``last`` item of a list, running to the sentence's end, may have a present verb of any form
    ("the harbour needs dredging"): the items before it show the list is of clauses."""
    return (
        2 <= hi - lo <= 12
        and all(is_word(t) and t.low not in lx.CUE_FORMS for t in toks[lo:hi])
        and (last or any(toks[m].low in FINITE or _past(toks[m]) for m in range(lo + 1, hi)))
    )


def apposition_within(toks: list[Token], k: int, hi: int) -> int | None:
    """When the comma at toks[k] opens a name in apposition that a second comma closes, and the
    reported clause goes on after it with an infinitive or a preposition ("she would write to the
    landowner, the Ash Trust, to ask …", "he met the chief, the Rev. Tom Hale, on Friday"): the
    closing comma's index; else None. The name renames a noun inside what was said, so the
    report runs on past it (a description, ", the presumed favorite …", ends it: a gloss)."""
    if k + 4 >= hi or toks[k + 1].low not in ("the", "a", "an"):
        return None
    close = next((m for m in range(k + 3, min(hi - 1, k + 9)) if toks[m].text == ","), None)
    if close is None:
        return None
    name = [t for t in toks[k + 2 : close] if t.text not in (".", "'", "’", "&", "-")]
    if not name or not all(t.text[:1].isupper() and t.text.isalpha() for t in name):
        return None
    after = toks[close + 1]
    if after.low == "to" and close + 2 < hi and toks[close + 2].text.isalpha() and toks[close + 2].text.islower():
        return close
    return close if after.low in PREPOSITIONS and after.low not in ("while", "with", "to") else None


def _bare_subject(toks: list[Token], i: int, k: int) -> bool:
    """Is the reported clause so far, toks[i:k], a subject of up to six words with no verb yet,
    after "that" or a verb of saying ("said the new clerk", "announced that Ana Ruiz")?"""
    before = toks[i - 1].low if i > 0 else ""
    if not (before == "that" or before in lx.SPEECH_FORMS) or k - i > 6:
        return False
    return not any(
        t.low in FINITE
        or t.low in IRREGULAR_PAST
        or t.low.endswith("ed")
        or not (t.text[:1].isalnum() or t.low in _POSSESSIVES)
        for t in toks[i:k]
    )  # a verb already, or a mark: no bare subject


def subject_relative(toks: list[Token], i: int, k: int, hi: int) -> int | None:
    """When the reported clause so far, toks[i:k], is a bare subject (_bare_subject) and the
    comma at toks[k] opens a relative clause on it ("where", "when", "which", "who", "whose") that
    a second comma closes with the clause's main verb after it ("said the plant, where 300 people
    work, would close", "noted Ohio, where he has led in polls, votes next week"): the closing
    comma's index; else None. Not "praised Ohio, where he has led" (no verb after a second comma:
    the relative ends the sentence), nor "…, where 300 people work, officials said" (a tag)."""
    if k + 3 >= hi or toks[k + 1].low not in _SUBJECT_RELATIVES or not _bare_subject(toks, i, k):
        return None
    for m in range(k + 3, min(hi - 1, k + 22)):
        t = toks[m]
        if t.text == ",":
            return m if _main_verb_at(toks, m + 1, hi) else None
        if t.text in (";", ":", ".") or t.text in ALL_QUOTES or t.text in DASHES:
            return None
    return None


# the words that open a relative clause set off by commas on a noun
_SUBJECT_RELATIVES = frozenset({"where", "when", "which", "who", "whose"})


def _main_verb_at(toks: list[Token], m: int, hi: int) -> bool:
    """Does a main clause's verb open toks[m]: a finite verb or a past (words.main_verb_after, not
    a cue's), or a present in -s before no cue ("votes next week"; not "officials said")?"""
    if m >= hi or not toks[m].text.islower():
        return False
    if main_verb_after(toks, m, any_finite=True) and toks[m].low not in lx.CUE_FORMS:
        return True
    low = toks[m].low
    return (
        low.endswith("s")
        and not low.endswith(_NOT_PLURAL_ENDS)
        and low.isalpha()
        and low not in ENGLISH_FUNCTION_WORDS
        and (m + 1 >= hi or (toks[m + 1].low not in lx.CUE_FORMS and toks[m + 1].text != ","))
    )


def listed_item(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Is the comma at toks[k] one of a list, of subjects or of clauses, in a reported clause
    starting at toks[i], the words after it the list's next item, not an apposition?"""
    return subject_list(toks, i, k, hi) or clause_list(toks, i, k, hi)


def consequence_after_tag(toks: list[Token], i: int, hi: int) -> bool:
    """After a report closed by a tag set off by commas ("Workers voted to strike, the union
    announced Thursday, raising fears of delays"), does a participle of consequence open at
    toks[i] (raising, prompting, ending, leaving …) with an object after it? Its subject is the
    reported event, and the writer tells what the event brings: no part of what was said. Not a
    participle of saying ("adding that …", the speaker's), nor one that goes on with the report."""
    return i + 1 < hi and toks[i].low in _CONSEQUENCES and toks[i + 1].text not in (",", ";", ".")


# participles whose subject is an event and whose object is what it brings about
_CONSEQUENCES = frozenset({
    "raising", "prompting", "sparking", "triggering", "fueling", "fuelling", "ending", "bringing",
    "leaving", "pushing", "deepening", "heightening", "underscoring", "casting", "dealing", "capping",
    "dashing", "renewing", "reviving", "easing", "sending", "forcing",
})  # fmt: skip


def subject_apposition(toks: list[Token], i: int, k: int, hi: int) -> int | None:
    """When the reported clause so far, toks[i:k], is a subject with no verb yet after "that" or
    a verb of saying, and the comma at toks[k] opens an appositive that a second comma closes
    with the clause's finite verb after it ("said the new clerk, a former teacher, will lead
    …", "announced that Ana Ruiz, its treasurer, would …"): the closing comma's index; else None
    (", a move critics called rash": a gloss on a whole clause, which has its verb)."""
    if not _bare_subject(toks, i, k):
        return None
    for m in range(k + 2, min(hi - 1, k + 12)):
        t = toks[m]
        if t.text == ",":
            nxt = toks[m + 1].low
            return m if nxt in lx.MODALS or nxt in FINITE else None
        if t.text in (";", ":", ".") or t.text in ALL_QUOTES or t.low in FINITE:
            return None
    return None


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def clause_goes_on(toks: list[Token], i: int, hi: int) -> bool:
    """Does the clause opener at toks[i], after a comma, go on with what is said: "as" and a
    pronoun with "be" or "have", a reason ("…, as they are among the heaviest users", "…, as
    he, too, has been a target"), or "when it comes to", a topic ("…, when it comes to pay")?
    "As" with an event ("…, as the crowd left") tells when, and ends it. "Especially" before a
    phrase narrows what was said ("…, especially for renters", "…, especially the young"); before
    a clause or a condition ("…, especially given that …", "…, especially if it rains") it ends it."""
    if [t.low for t in toks[i : min(hi, i + 4)]] == ["when", "it", "comes", "to"]:
        return True
    if toks[i].low == "especially":
        return i + 1 < hi and is_word(toks[i + 1]) and toks[i + 1].low not in _NOT_NARROWING
    if toks[i].low != "as" or i + 2 >= hi or toks[i + 1].low not in lx.SUBJECT_PRONOUNS:
        return False
    aux = next((m for m in range(i + 2, min(hi, i + 6)) if toks[m].low in _STATIVE_FORMS), None)
    # "…, as we were told", "…, as they had promised": a report's verb after it compares the
    # saying, a comment of the writer's, no state given as the cause
    return aux is not None and not (aux + 1 < hi and toks[aux + 1].low in lx.CUE_FORMS)


_STATIVE_FORMS = frozenset({"is", "are", "was", "were", "has", "have", "had"})
# what opens a clause or a condition after "especially", no phrase narrowing the content
_NOT_NARROWING = frozenset(SUBORDINATORS | {"if", "given", "considering", "now", "so"})


def quote_closes_on_clause(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Is the comma at toks[k] written inside the closing mark of a quote the content starting
    at toks[i] opened (American style: 'called the plan "a giveaway," as …'), a clause opener
    after the mark? The comma ends the content as it would outside the mark ("…, as crowds
    gathered", "…, although no date was set"), and what goes on after a bare comma goes on here."""
    return (
        toks[k].text == ","
        and k + 2 < hi
        and toks[k + 1].text in ALL_QUOTES
        and toks[k + 1].start == toks[k].end
        and toks[k + 2].low in CLAUSE_OPENERS
        and sum(t.text in ALL_QUOTES for t in toks[i:k]) % 2 == 1
        and not clause_goes_on(toks, k + 2, hi)
    )


def gloss_after_tag(toks: list[Token], i: int, hi: int) -> bool:
    """Is toks[i:hi] a noun phrase with no verb, closing the sentence after a tag set off by
    commas ("…, its treasurer said Friday, a record for a spring quarter", "…, the firm said,
    more than twice the forecast", "…, the agency said, up slightly from the last vote")? In
    apposition to the whole report, it is the writer's gloss on it, no part of what was said: a
    clause goes on with the report (", the vote will be close", ", the rain continues", ", the
    talks resume"), and so may a time after it ("a year after the fire"), a list or a quote (a
    comma, a quote mark), a participle or an infinitive."""
    if i + 1 >= hi or toks[i].low not in _GLOSS_OPENERS:
        return False
    q = i + 1
    if toks[i].low in _CHANGES and toks[q].low.endswith("ly") and q + 1 < hi:
        q += 1  # "up slightly from …", "down sharply on the year": a change's degree
    quantity = toks[q].low in _QUANTITY_OPENERS or toks[q].text[:1].isdigit()
    if toks[i].low in _GLOSS_DEGREES and not (quantity or (toks[i].low in _CHANGES and toks[q].low in _CHANGE_BASES)):
        return False  # "more voters turned out": a degree on a subject, not on a quantity glossed
    if toks[i + 1].low in _TIME_UNITS and i + 2 < hi and toks[i + 2].low in _TIME_RELATIVES:
        return False  # "…, she said, a year after the fire": when it happens, part of the report
    head = True  # before the phrase's first preposition: its head and what modifies it
    for j in range(i + 1, hi):
        if head and _verb_after_subject(toks, j):
            return False  # "…, the bank said, the firm expects growth": a clause in the present
        head = head and toks[j].low not in PREPOSITIONS and toks[j].low not in _NOT_A_HEAD
        t, low = toks[j], toks[j].low
        if t.text in (",", ";", ":") or t.text in ALL_QUOTES or t.text in DASHES:
            return False
        noun = toks[j - 1].low in _GLOSS_OPENERS or toks[j - 1].low.endswith("est")  # "its deepest cut"
        if j - i >= 2 and _relative_opens(toks, j, hi):
            return _one_verb_group(toks, j + 1, hi)  # "…, a promise she has made before": the head's relative
        if (
            low in FINITE
            # "the first time": a rank, not an adverb; "four years earlier": a time, not an adverb
            or (low in lx.AUXILIARIES and not noun and not (low in _TIME_RELATIVES and toks[j - 1].low in _TIME_UNITS))
            or ((low in IRREGULAR_PAST or low in QUANTITY_CHANGE_FORMS) and not noun)
            or low in WHO_WHICH_WHOM
            or low in ("that", "whose")
            or (low.endswith("ed") and len(low) > 4)
            or _nonfinite_at(toks, j, hi)
        ):
            return False
        if (
            low.endswith("s")
            and not low.endswith(("ss", "us", "is"))
            and t.text.islower()
            and j + 1 < hi
            and toks[j + 1].low in _GLOSS_OPENERS
            and toks[j - 1].low not in ARTICLES_AND_POSSESSIVES
        ):
            return False  # "the drought grips the valley": a present verb before its object
    return True


def _relative_opens(toks: list[Token], j: int, hi: int) -> bool:
    """Does a relative clause on the noun at toks[j - 1] open at toks[j]: "that", "which" or "who",
    or a subject pronoun and a verb right after it, the relative word left out ("a pledge she has
    made before", "the figure they gave")?"""
    prev, low = toks[j - 1], toks[j].low
    if not (prev.text.isalpha() and prev.text.islower() and prev.low not in ENGLISH_FUNCTION_WORDS):
        return False
    if low in WHO_WHICH_WHOM or low == "that":
        return True
    return low in lx.PERSON_SUBJECT_PRONOUNS and j + 1 < hi and _verb_word(toks[j + 1])


def _one_verb_group(toks: list[Token], j: int, hi: int) -> bool:
    """Do toks[j:hi] hold one verb group and no mark of a clause boundary, so that the relative
    clause they close is all that follows its head ("that she has made before"; an auxiliary
    and its verb are one group)? A second verb makes the head the subject of a clause ("the rate
    that was set will hold", "the plan she drafted will pass": a report goes on)."""
    groups = 0
    for m in range(j, hi):
        t = toks[m]
        if t.text in (",", ";", ":") or t.text in ALL_QUOTES or t.text in DASHES:
            return False
        if _verb_word(t) and not (m > j and (toks[m - 1].low in FINITE or toks[m - 1].low in lx.AUXILIARIES)):
            groups += 1
    return groups == 1


def _verb_word(t: Token) -> bool:
    """Is the word, in lower case, a finite verb, an auxiliary or a verb in the past ("has",
    "will", "made", "rose"; "May" in capitals is the month)?"""
    low = t.low
    return t.text.islower() and (
        low in FINITE or low in lx.AUXILIARIES or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)
    )


def _verb_after_subject(toks: list[Token], j: int) -> bool:
    """Is toks[j], in lower case, the verb of a clause whose subject ends at toks[j - 1]: a word in
    -s after a singular noun ("the rain continues"), or a word not of the function words after a
    plural one ("the talks resume", "its shares tumble")? After a determiner, a number, a
    superlative or a rank the word is a noun ("its fifth defeat", "the biggest gains")."""
    t, prev = toks[j], toks[j - 1]
    if not (t.text.isalpha() and t.text.islower() and prev.text.isalpha() and prev.text.islower()):
        return False
    if prev.low in _GLOSS_OPENERS or prev.low in _RANKS or prev.low in NUMBER_WORDS or prev.low.endswith("est"):
        return False
    if not prev.low.endswith("s") or prev.low.endswith(_NOT_PLURAL_ENDS):
        return len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith(_NOT_PLURAL_ENDS)
    return t.low not in ENGLISH_FUNCTION_WORDS and t.low not in PREPOSITIONS and t.low not in _AFTER_PLURAL_HEAD


_NOT_PLURAL_ENDS = ("ss", "us", "is", "ous")
_RANKS = frozenset({"first", "last", "next", "best", "worst", "most", "least", *ORDINALS})
# words after a plural head that are no verb: "two years running", "three goals apiece"
_AFTER_PLURAL_HEAD = frozenset(
    {"ago", "apiece", "running", "ever", "yet", "combined", "alone", "each", "since", "than"}
)
# what ends a gloss's head: "of", "than", "since" ("the third drop since May")
_NOT_A_HEAD = frozenset({"of", "than", "since", "by", "to", "worth", "like"})
_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade", "fortnight", "days", "weeks", "months", "years"})
_TIME_RELATIVES = frozenset({"after", "before", "later", "earlier", "from"})

# what opens a gloss on a report: an article or possessive, or a degree on a quantity after it
_GLOSS_DEGREES = frozenset({"more", "less", "nearly", "almost", "roughly", "about", "up", "down"})
_QUANTITY_OPENERS = frozenset({"than", "a", "an", "the", "half", "twice", "double", "triple", "$", "£", "€"})
# a change from a figure before: "up from 40 per cent", "down slightly on last year"
_CHANGES = frozenset({"up", "down"})
_CHANGE_BASES = frozenset({"from", "on", "over"})
_GLOSS_OPENERS = frozenset(ARTICLES_AND_POSSESSIVES | {"its", "our", "this", "these"} | _GLOSS_DEGREES)


def with_phrase_after_tag(toks: list[Token], i: int, hi: int) -> bool:
    """Is toks[i:hi] "with" and a phrase with no verb of its own, closing the sentence after the
    tag ("…, the board said, with most of the cuts in the west", "…, she said, with a laugh")?
    The manner of the saying or the writer's gloss on it, set off after the tag, not its words
    ("…, she said, with costs that rose" has a clause, and so has "…, with crews working at night"
    or "…, with tenants to be told in May", a participle or an infinitive: more may be said)."""
    return (
        i + 1 < hi
        and toks[i].low == "with"
        and not any(t.text in (",", ";") or t.text in ALL_QUOTES for t in toks[i + 1 : hi])
        and not any(t.low in FINITE or t.low in WHO_WHICH_WHOM or t.low == "that" for t in toks[i + 1 : hi])
        and not any(_nonfinite_at(toks, j, hi) for j in range(i + 1, hi))
    )


def _nonfinite_at(toks: list[Token], j: int, hi: int) -> bool:
    """Does a verb with no tense open at toks[j]: a participle in -ing or "to" and a lower-case
    word ("working", "to be told"), the predicate of an absolute clause? Only right after its
    subject, a noun or pronoun: after a determiner or a preposition an -ing word is a noun's
    ("in the manufacturing belt"), and "to" and one last word a destination ("a trip to town")."""
    t = toks[j]
    before = toks[j - 1]
    if not before.text.isalpha() or (before.low in ENGLISH_FUNCTION_WORDS and before.low not in ("them", "us")):
        return False
    if t.low == "to":
        return (
            j + 2 < hi
            and toks[j + 1].text.isalpha()
            and toks[j + 1].text.islower()
            and toks[j + 1].low not in ARTICLES_AND_POSSESSIVES
        )
    return ing_participle(t)
