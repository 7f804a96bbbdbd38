"""What follows a reporting verb before its content: adverbials ("in a statement", "on
Monday"), the hearer ("told reporters"), and whether a finite clause opens there."""

from __future__ import annotations

from summarizer.rules.attribution.adverbial_phrases import TIME_DEGREES, clause_internal_phrase, where_phrase
from summarizer.rules.attribution.bare_hearers import bare_hearer_end, body_members_end, lone_hearer, titled_name_at
from summarizer.rules.attribution.clauses import negated
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.relative_that import passive_relative, relative_that, that_past_relative
from summarizer.rules.attribution.told_quotes import opening_quote
from summarizer.rules.attribution.verb_groups import VERB_ADVERBS, adverbs_before_that
from summarizer.rules.attribution.words import (
    ABOUT_VERBS,
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    AUDIENCE_OPENERS,
    CLAUSE_OPENERS,
    CLAUSE_SUBJECTS,
    CLAUSE_VERBS,
    COMMON_REPORTING_VERBS,
    CONVENED_NOUNS,
    DISPATCH_NOUNS,
    FINITE,
    HEARERS,
    INDEFINITE_PRONOUNS,
    NOUN_PHRASE_OPENERS,
    OF_VERBS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    QUANTIFIERS,
    REQUEST_NOUNS,
    SPEECH_EVENTS,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_WORDS,
)
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.given_names import is_given_name
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

_TIME_OR_PREPOSITION = TIME_WORDS | PREPOSITIONS
# the media a hearer is told by ("told the Ledger by phone that …")
_MEDIA = frozenset({"phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter", "radio"})


# the dash of a vote's tally: "7-2", "19–15"
_DASHES = frozenset({"-", "–"})


def skip_adverbials(toks: list[Token], i: int, hi: int) -> int:
    """Skip "Tuesday", "in a statement", "on Twitter", "last week", ", as did the campaign,"
    after a reporting verb."""
    while i < hi:
        low = toks[i].low
        if toks[i].text == "," and i + 1 < hi and toks[i + 1].low == "as":
            close = next((j for j in range(i + 2, min(hi, i + 12)) if toks[j].text == ","), None)
            if close is not None and close + 1 < hi and toks[close + 1].low == "that":
                i = close + 1  # "warned, as did the Morel campaign itself, that …"
                continue
        if low in TIME_WORDS or (low in TIME_DEGREES and i + 1 < hi and toks[i + 1].low in ("before", "after")):
            i += 1  # "said Tuesday", "conceded shortly before 1 a.m.": the phrase of time is read on
            continue
        if (that := adverbs_before_that(toks, i, hi)) is not None:
            i = that  # "said afterward that", "said flatly that", "said shortly afterward that"
            continue
        if (
            low.isdigit()
            and i + 3 < hi
            and toks[i + 1].text in _DASHES
            and toks[i + 2].low.isdigit()
            and toks[i + 3].low == "to"
        ):
            i += 3  # "voted 7-2 to …": a vote's tally is no part of what was decided ("said 3-4 men …" is)
            continue
        nxt = toks[i + 1].low if i + 1 < hi else ""
        if (low == "at" and nxt in ("least", "most")) or (
            low in ("over", "under") and (nxt[:1].isdigit() or nxt in NUMBER_WORDS)
        ):
            break  # "said at least 40 people died", "said over 40 …": a count, the content's first words
        if (
            (low in PREPOSITIONS and low not in ("to",))
            or low in PLACE_PREPOSITIONS
            or (low == "to" and i + 1 < hi and toks[i + 1].low in AUDIENCE_OPENERS)
        ):
            k = i + 1
            while k < hi and k - i <= 8:
                lk = toks[k].low
                if lk == "that" and k == i + 1 and k + 1 < hi and is_word(toks[k + 1]):
                    k += 1  # "claimed in that speech …": a demonstrative after the preposition
                    continue
                if toks[k].text in (",", ":") or lk == "that" or (k > i + 1 and _infinitive_at(toks, k, hi)):
                    break
                if not (is_word(toks[k]) or toks[k].text in "'’-&" or lk in ("'s", "’s") or _title_stop(toks, k, i)):
                    break
                if (
                    lk in lx.CUE_FORMS
                    and lk not in SPEECH_EVENTS
                    # a bare form right after the preposition is its noun ("officers in charge that …")
                    and not (k == i + 1 and not lk.endswith(("ing", "ed")))
                    and not (
                        low == "in"
                        and toks[i - 1].low not in _IN_OF_VERB
                        and (
                            toks[k - 1].low in NOUN_PHRASE_OPENERS
                            or (toks[i + 1].low in NOUN_PHRASE_OPENERS and k <= i + 3)
                        )
                    )
                ):
                    break  # the next verb; "in" and a determiner open a medium ("in a note to clients", "in her reply")
                if low in ("before", "after") and clause_internal_phrase(toks, i, k) and _clause_opens(toks, k + 1, hi):
                    break  # "said after she arrived the ward was quiet", "warned before long the river …": the content's
                if (
                    lk in SPEECH_EVENTS
                    or lk in _WHEN_NOUNS
                    or low in ("before", "after")  # "before kickoff", "after the vote": a time, whatever its noun
                    or (
                        low in PLACE_PREPOSITIONS and k > i + 1 and lk not in SUBORDINATORS and lk not in CLAUSE_OPENERS
                    )
                    or where_phrase(toks, i, k)
                ) and _clause_opens(toks, k + 1, hi):
                    # "said in her address she was ready", "declared in May it backed …", "said
                    # outside the court she would appeal", "said just before kickoff the team was
                    # ready": the phrase names when or where it was said; the clause after is the content
                    return k + 1
                k += 1
            if k < hi and relative_that(toks, k, hi, i + 1):
                # "argued for a penalty that would …": a relative clause on the phrase's noun
                m = that_past_relative(toks, k, hi)
                if m is not None:
                    i = m
                    continue
                if low == "for" or passive_relative(toks, k, hi):
                    return hi  # no content; else "said on the radio that was a lie": its subject
            if k < hi and (toks[k].low == "that" or toks[k].text in (",", ":")):
                i = k
                continue
            if k < hi and k > i + 1 and _infinitive_at(toks, k, hi):
                return k  # "decided on Monday to drop the charges", "decided after a review not to …"
            if k >= hi:
                return k
            break
        break
    return i


def _title_stop(toks: list[Token], k: int, i: int) -> bool:
    """Is toks[k] the stop of a title written short inside the phrase ("in a letter to Gov. Ana
    Ruiz that …", "in an interview with Dr. Ali Reza"), no end of the phrase?"""
    return toks[k].text == "." and k - 1 > i and toks[k - 1].text[:1].isupper() and toks[k - 1].low in lx.TITLES


# what a phrase naming when something was said ends with: "in July", "on Monday"
_WHEN_NOUNS = frozenset(
    TIME_WORDS
    | TIME_NOUNS
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december"}
)  # fmt: skip


def _owned_hearer_end(toks: list[Token], i: int, hi: int) -> int:
    """Where the hearer "her" at toks[i] ends: past one noun in lower case when "her" owns it and
    the content opens after it ("told her staff a new era had begun", "told her crew that …",
    'told her staff "It's over"'); else "her" is the hearer ("told her fares would rise")."""
    m = i + 2
    noun = toks[i + 1].low if m < hi else ""
    if not (noun.isalpha() and toks[i + 1].text.islower()) or noun in _NOT_OWNED:
        return i + 1
    if (
        (toks[m].low == "that" and _subject_after_that(toks, m + 1, hi))
        or (toks[m].low in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and _clause_opens(toks, m, hi))
        or _quoted_clause_opens(toks, m, hi)
    ):
        return m
    return i + 1


# what after "told her" is no noun she owns: a clause's first word or a verb
_NOT_OWNED = frozenset(CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES | FINITE | lx.AUXILIARIES | {"that", "to"})


def _quoted_clause_opens(toks: list[Token], i: int, hi: int) -> bool:
    """Does a quote mark open at toks[i] with a clause of its own inside ('told the Ledger "he was
    ready" and …', 'told the Ledger "It's over"')? The quoted words are the content, as they
    are after "said"."""
    if i + 1 >= hi or toks[i].text not in ALL_QUOTES:
        return False
    first = toks[i + 1].low.replace("’", "'")
    if "'" in first and first.split("'")[0] in _CONTRACTED_SUBJECTS:
        return True  # "I'm", "we're", "it's", "that's": a subject and its verb in one word
    return first in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and _clause_opens(toks, i + 1, hi)


# subject pronouns written with their verb ("I'm", "we've", "it's"; "that's" too)
_CONTRACTED_SUBJECTS = frozenset(CLAUSE_SUBJECTS | {"that"})


def _clause_opens(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause with its own subject open at toks[i] ("he was ready", "the plan would
    fail", "two people had died")? A subject pronoun, a count and a noun before a finite verb, or a
    determiner and a finite verb a few words on."""
    if i >= hi:
        return False
    first = toks[i].low
    if first in CLAUSE_SUBJECTS:
        return True
    # a count and one noun right before a finite verb: "two people had died", "12 homes were lost"
    if (first.isdigit() or first in NUMBER_WORDS or first in QUANTIFIERS) and i + 2 < hi:
        return toks[i + 1].low.isalpha() and toks[i + 2].low in CLAUSE_VERBS
    return first in ARTICLES_AND_POSSESSIVES and any(toks[m].low in CLAUSE_VERBS for m in range(i + 2, min(hi, i + 6)))


# verbs whose own preposition is "in" (credence: "believes in the promise that …"): what follows
# is their object, no medium the words were said in
_IN_OF_VERB = frozenset(f for lemma in ("believe", "trust") for f in lx.inflect(lemma))


def skip_hearer(toks: list[Token], i: int, hi: int, *, lone: bool = False) -> int:
    """After "told"/"warned": skip the hearer ("reporters", "The Associated Press", "him").
    ``lone``: a hearer that ends its clause is all the verb took, skipped to ``hi`` ("asked the crowd.")."""
    if i >= hi:
        return i
    if lone and lone_hearer(toks, i, hi):
        return hi
    low = toks[i].low
    if low in HEARERS:
        return _owned_hearer_end(toks, i, hi) if low == "her" else body_members_end(toks, i, hi)
    bare = bare_hearer_end(toks, i, hi)
    if bare is not None:
        return bare  # "told subscribers in a letter …": the adverbial's, as after "reporters"
    k = i
    if low in ARTICLES_AND_POSSESSIVES:
        k += 1
    k = titled_name_at(toks, k, hi) or k  # "told board member Ann Roy the vote …": the name's title
    start = k
    while k < hi and k - start < 5 and (toks[k].text[:1].isupper() or toks[k].text in ("'s", "’s")):
        k += 1
    if (
        k > start
        and k < hi
        and (toks[k].low == "that" or toks[k].text in (",", ":") or toks[k].low in _TIME_OR_PREPOSITION)
    ):
        return k
    if k > start and toks[k - 1].low.endswith(("'s", "’s")):
        # "told Harbour Radio's morning show it was …": a named owner, its nouns, then the clause
        for m in range(k + 1, min(hi, k + 5)):
            if not (toks[m - 1].low.isalpha() and toks[m - 1].text.islower()):
                break
            if (toks[m].low in CLAUSE_SUBJECTS and _clause_opens(toks, m, hi)) or _quoted_clause_opens(toks, m, hi):
                return m  # (`told the Ledger's reporter "It's over"`: a quotation opens the clause too)
    if k > start and (_clause_opens(toks, k, hi) or _quoted_clause_opens(toks, k, hi) or opening_quote(toks, k, hi)):
        # "told Harbour Radio the fee is too high", "told the Ledger it was …": a named hearer, then the clause
        return k
    if k > start and k + 1 < hi and toks[k].low == "by" and toks[k + 1].low in _MEDIA:
        return k + 2  # "told Harbour Radio by phone that …": the medium, an adverbial, then the content
    if k > start:
        # "told Ledger readers the fee is …", "told Harbour Radio listeners that …": a named
        # owner, a noun or two in lower case, then the clause
        for m in (k + 1, k + 2):
            if m >= hi or not all(
                t.low.isalpha() and t.text.islower() and t.low not in _NOT_IN_HEARER for t in toks[k:m]
            ):
                break  # (not "told the Ledger nothing it did not know": the thing told)
            if (toks[m].low == "that" and _subject_after_that(toks, m + 1, hi)) or (
                toks[m].low in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and _clause_opens(toks, m, hi)
            ):
                return m
    if low in ARTICLES_AND_POSSESSIVES and k == start < hi and toks[k].low.isalpha():
        for m in (k + 1, k + 2):  # "told the council the fee is too high", "told his crew they …"
            if (
                m < hi
                # "told the owners of the shop that …": the object of "of"; "told the board in a
                # letter that …": a preposition opens an adverbial, as after a bare hearer
                and toks[m - 1].low != "of"
                and toks[m - 1].low not in PREPOSITIONS
                and (
                    (toks[m].low in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and _clause_opens(toks, m, hi))
                    or _quoted_clause_opens(toks, m, hi)
                    or opening_quote(toks, m, hi)
                )
            ):
                return m
            if m >= hi or not toks[m].low.isalpha():
                break
    if (
        low in ARTICLES
        and k == start
        and start + 1 < hi
        and (toks[start + 1].low == "that" or toks[start + 1].text == ",")
    ):
        return start + 1  # "told the crowd that"
    if low in ARTICLES_AND_POSSESSIVES and k == start:
        # "told the city council that clinics would …", "told his fellow officers that he …": a
        # hearer of a few nouns in lower case, then "that" and a clause's subject
        for m in range(start + 2, min(hi - 1, start + 4)):
            if not all(
                t.low.isalpha() and t.text.islower() and t.low not in ENGLISH_FUNCTION_WORDS for t in toks[start:m]
            ):
                break
            if toks[m].low == "that" and _subject_after_that(toks, m + 1, hi) and toks[m - 1].low not in TOLD_NOUNS:
                return m
    # a bare noun or two (no function word: "asked if …", "asked would you …"), then "that" or a
    # clause: "told police that he …", "told investigators they saw …", "told police officers
    # she …", "told officers the van was …"
    for m in (i + 1, i + 2):
        words = toks[i:m]
        if m < hi and all(
            t.low.isalpha() and t.text.islower() and t.low not in ENGLISH_FUNCTION_WORDS and t.low not in PREPOSITIONS
            for t in words
        ):  # (a preposition opens an adverbial: "told members in a letter that …")
            # a subject after "that", not "stories that made …"
            that_clause = toks[m].low == "that" and _subject_after_that(toks, m + 1, hi)
            # a clause opened by a pronoun or a determiner ("told parliament the government would …")
            opens = toks[m].low in CLAUSE_SUBJECTS or toks[m].low in ARTICLES_AND_POSSESSIVES
            if that_clause or (opens and _clause_opens(toks, m, hi)):
                return m
    return _hearer_then_that(toks, i, hi)


def _hearer_then_that(toks: list[Token], i: int, hi: int) -> int:
    """Where "that" opens the content after a longer hearer: a noun phrase with names in capitals,
    its own "of" or "on" phrase or a time after it ("told the court Tuesday that …", "told the
    standing committee on health that …", "told the House of Assembly that …"), then "that" and a
    clause's subject; ``i`` when none."""
    if toks[i].low in PREPOSITIONS or toks[i].low in TOLD_NOUNS:
        return i
    for m in range(i + 1, min(hi - 1, i + 8)):
        low = toks[m].low
        if low == "that":
            # the head, before any time: not a thing told ("the same story that her sister had …")
            head = next((t.low for t in reversed(toks[i:m]) if t.low not in _WHEN_NOUNS), "")
            return m if head not in TOLD_NOUNS and _subject_after_that(toks, m + 1, hi) else i
        # ("May" in capitals inside the hearer is the month: "told parents in May that …")
        if not low.isalpha() or (low in FINITE and toks[m].text != "May") or low in lx.CUE_FORMS or low in _HEARER_ENDS:
            return i
        if (low in ENGLISH_FUNCTION_WORDS or low in PREPOSITIONS) and low not in _IN_HEARER and low not in _WHEN_NOUNS:
            return i
    return i


# function words a longer hearer may hold ("the families of the victims", "the committee on
# health", "a crowd in Lisk", "students at Lisk High")
_IN_HEARER = frozenset(ARTICLES_AND_POSSESSIVES | {"of", "on", "in", "at"})


def clause_follows(toks: list[Token], i: int, hi: int) -> bool:
    """Does a finite clause start at toks[i] (a subject, then a verb within a few words)?"""
    if i >= hi:
        return False
    first = toks[i].low
    if first in CLAUSE_SUBJECTS:
        return True
    for k in range(i + 1, min(hi, i + 7)):
        if toks[k].low in CLAUSE_VERBS:
            return True
        if toks[k].low in COMMON_REPORTING_VERBS and not _bare_say_goes_on(toks, k):
            return True  # "… , but Shelby said …": another report begins
    return False


def _bare_say_goes_on(toks: list[Token], k: int) -> bool:
    """Is the bare "say" at toks[k] a verb that goes on the clause before, not a plural subject's
    report: after an adverb or "to" ("…, and then say goodbye", "…, and also say …"), no subject
    of its own ("…, and parents say …" is one)?"""
    prev = toks[k - 1].low
    return toks[k].low == "say" and (prev in VERB_ADVERBS or prev.endswith("ly") or prev == "to")


def unanswered(toks: list[Token], vg: int, to: int, lemma: str, end_idx: int) -> bool:
    """Is this a request left unanswered, "has not responded to two letters", "never
    replied to our questions": a negated "respond" or "reply" with "to" (toks[to]) and a noun of
    request or message after at most a determiner and a modifier? A refusal to speak, like
    "declined to comment"; answered ("responded to questions"), what was said is elsewhere."""
    return (
        lemma in ("respond", "reply")
        and toks[to].low == "to"
        and negated(toks, vg, to)
        and any(t.low in REQUEST_NOUNS for t in toks[to + 1 : min(to + 4, end_idx)])
    )


def _noun_ahead(toks: list[Token], i: int, end_idx: int, nouns: frozenset[str]) -> int | None:
    """Where one of ``nouns`` heads the short noun phrase at toks[i] (after at most a
    determiner and two modifiers, before any comma); None when none does."""
    for m in range(i, min(end_idx, i + 4)):
        if not is_word(toks[m]):
            return None
        if toks[m].low in nouns:
            return m
    return None


def answers_by_going(toks: list[Token], to: int, end_idx: int, lemma: str) -> bool:
    """Is this "respond" a going there, "Four officers responded to the call", "crews responded
    to a fire": "to" (toks[to]) and a noun of a call or scene after it (DISPATCH_NOUNS)? What is
    said answering a call has its own clause ("responded that …", "“…,” he responded")."""
    return (
        lemma == "respond"
        and to < end_idx
        and toks[to].low == "to"
        and _noun_ahead(toks, to + 1, end_idx, DISPATCH_NOUNS) is not None
    )


# what may follow a vote or meeting convened: a time, a place, what it is on or of, another
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_AFTER_CONVENED = _TIME_OR_PREPOSITION | {"of", "for", "on", "over", "and", "but", "this", "next", "last", "off"}


def convenes(toks: list[Token], i: int, end_idx: int, lemma: str) -> bool:
    """Is this "call" a convening, "called the vote", "called an emergency meeting for Friday": a
    noun of a vote, meeting or election (CONVENED_NOUNS) its object at toks[i], nothing said of
    it after? Not "called the vote a sham" (a naming), nor "called for a vote" (a stance)."""
    if lemma != "call" or i >= end_idx or toks[i].low == "for":
        return False
    if toks[i].low in _POSSESSIVES and not (i + 2 < end_idx and toks[i + 2].low == "off"):
        return False  # "called her vote for the war a mistake": a vote of hers, named ("called its meeting off")
    m = _noun_ahead(toks, i, end_idx, CONVENED_NOUNS)
    if m is None:
        return False
    while m + 1 < end_idx and toks[m + 1].low in CONVENED_NOUNS:
        m += 1  # "a strike vote"
    if m + 2 < end_idx and toks[m + 1].low.endswith("ly") and toks[m + 1].low not in CONVENED_NOUNS:
        m += 1  # "called the vote shortly after midnight", "called a vote immediately after the debate"
    after = toks[m + 1] if m + 1 < end_idx else None
    return after is None or not is_word(after) or after.low in _AFTER_CONVENED


# nouns of what is told, the object of "tell", never its hearer: "that" after them is a relative
# with a subject of its own ("told the same story that her sister had told")
TOLD_NOUNS = frozenset({
    "story", "stories", "tale", "tales", "account", "accounts", "version", "truth", "lie", "lies", "joke",
    "jokes", "news", "thing", "things", "details", "facts", "secret", "secrets", "anecdote", "rumour",
    "rumor", "rumours", "rumors", "message", "words",
})  # fmt: skip
# words that end a named hearer's lower-case nouns: function words, a thing told ("nothing")
_NOT_IN_HEARER = frozenset(ENGLISH_FUNCTION_WORDS | INDEFINITE_PRONOUNS | TOLD_NOUNS)


def _subject_after_that(toks: list[Token], j: int, hi: int) -> bool:
    """Does a clause's subject stand at toks[j], right after "that" (a pronoun, a determiner, a
    name, a number, "someone", "no one"): "that" opens a clause, not a relative on a noun?"""
    if j >= hi:
        return False
    nxt = toks[j]
    return (
        nxt.low in CLAUSE_SUBJECTS
        or nxt.low in ARTICLES_AND_POSSESSIVES
        or nxt.text[:1].isupper()
        or nxt.text[:1].isdigit()
        or nxt.low in NUMBER_WORDS  # "that two men were …"
        or nxt.low in INDEFINITE_PRONOUNS
        or (nxt.low == "no" and j + 1 < hi and toks[j + 1].low == "one")
        or (nxt.low.isalpha() and j + 1 < hi and toks[j + 1].low in CLAUSE_VERBS)  # "that clinics would …"
    )


def asked_for(toks: list[Token], i: int, hi: int) -> bool:
    """Does "for" follow "ask" at toks[i], right away or past a short hearer in plain words
    ("asked for help", "asked the city for help"), not inside a question ("asked why … for",
    "asked would you vote for …")?"""
    for m in range(i, min(hi, i + 5)):
        low = toks[m].low
        if low == "for":
            # not a time ("have asked for years that …"): the request's object follows
            return m + 1 >= hi or toks[m + 1].low not in _DURATIONS
        if (
            not is_word(toks[m])
            or low in _QUESTION_OPENERS
            or low in FINITE
            or low in lx.SUBJECT_PRONOUNS
            or (m > i and low.endswith("ing"))  # "asked drivers heading for the coast to …": the hearer's
        ):
            return False
    return False


# spans of time after "for", no thing asked for
_DURATIONS = frozenset({"years", "months", "weeks", "days", "decades", "hours", "ages", "generations"})
_QUESTION_OPENERS = frozenset({"that", "whether", "if", "why", "how", "what", "when", "where", "who", "which", "to"})


def topic_after_hearer(toks: list[Token], i: int, hi: int, lemma: str) -> int | None:
    """Where "about" or "of" opens the topic after a short hearer in plain words at toks[i]
    ("warned residents about …", "told the board of …"), for a verb that takes both; None else."""
    if lemma not in lx.HEARER_VERBS or not (lemma in ABOUT_VERBS or lemma in OF_VERBS):
        return None
    for m in range(i, min(hi - 1, i + 5)):
        low = toks[m].low
        if m > i and (low == "about" or (low == "of" and lemma in OF_VERBS and toks[m - 1].low not in _PARTS_OF)):
            return None if low == "of" and _clause_after(toks, m + 1, hi) else m
        if not is_word(toks[m]) or low in FINITE or low in lx.CUE_FORMS or low in _HEARER_ENDS or low in PREPOSITIONS:
            return None  # "asked those with news about the fire to write": the hearer's own phrase
    return None


# words before "of" that name part of the hearer, not a topic ("members of the public",
# "thousands of customers", "a group of students")
_PARTS_OF = frozenset(QUANTIFIERS | {"thousands", "millions", "members", "group", "number", "owners", "parents"})


def _clause_after(toks: list[Token], i: int, hi: int) -> bool:
    """Does a that-clause or a to-infinitive follow the few plain words of a noun phrase from
    toks[i] ("residents of Dunmore that the water …", "members of the public to stay away")? Then
    "of" was inside the hearer, not the topic's."""
    for m in range(i, min(hi - 1, i + 5)):
        low = toks[m].low
        if low in ("that", "to"):
            return toks[m + 1].low not in FINITE and is_word(toks[m + 1])
        if not is_word(toks[m]) or low in FINITE or low in lx.CUE_FORMS:
            return False
    return False


# words that end a hearer before a topic could follow it
_HEARER_ENDS = frozenset({"that", "to", "whether", "if", "and", "or", "but", "who", "which"})


def _infinitive_at(toks: list[Token], k: int, hi: int) -> bool:
    """Does an infinitive open at toks[k] ("to drop", "not to recommend"), not a phrase of
    direction or audience ("to reporters", "to the board", "to Congress", "in an email to staff
    that …")? The word after "to" is lower case, no article, pronoun, hearer or number, no
    plural noun in -s, and the plain words after "to" run into no "that" (an addressee before
    the reported clause)."""
    j = k + 1 if toks[k].low == "not" else k
    if toks[j].low != "to" or j + 1 >= hi:
        return False
    word = toks[j + 1]
    low = word.low
    return (
        not _addressee_before_that(toks, j + 1, hi)
        and word.text.isalpha()
        and word.text.islower()
        and low not in ARTICLES_AND_POSSESSIVES
        and low not in lx.PRONOUNS
        and low not in HEARERS
        and low not in AUDIENCE_OPENERS
        and low not in NUMBER_WORDS
        and not (low.endswith("s") and not low.endswith("ss"))
    )


def _addressee_before_that(toks: list[Token], i: int, hi: int) -> bool:
    """Do the few plain words from toks[i] end at "that" ("in a report to city council that the
    rezoning …"): a noun phrase naming to whom, then the reported clause, not an infinitive?"""
    for m in range(i + 1, min(hi, i + 5)):
        low = toks[m].low
        if low == "that":
            return True
        if not is_word(toks[m]) or low in FINITE or low in lx.CUE_FORMS or low in lx.STANCE_FORMS:
            return False
    return False


def goods_recalled(toks: list[Token], vg: int, content_start: int) -> bool:
    """Is "recall" with a counted object ("is recalling 12,000 heaters", "recalled two million
    cars") the withdrawal of goods, nothing remembered? Not when a person is its subject: a
    person's pronoun, a noun for people or a named person ("she recalled two men running",
    "the witness recalled two shots", "Ana Ruiz recalled three nights without power")."""
    first = toks[content_start].low
    counted = first[:1].isdigit() or first in NUMBER_WORDS
    return counted and not (vg > 0 and _person_head(toks, vg - 1))


def _person_head(toks: list[Token], j: int) -> bool:
    """Does toks[j], the last word of a subject, name a person or people?"""
    low = toks[j].low
    if low in lx.PERSON_SUBJECT_PRONOUNS or _person_noun(low):
        return True  # not a group that acts as a body: "Authorities recalled 2,000 bottles"
    return toks[j].text[:1].isupper() and j > 0 and is_given_name(toks[j - 1].text)


def _person_noun(low: str) -> bool:
    """Is ``low`` a noun for a person or people by what they are or do ("witness", "neighbours")?"""
    return low in iw.PEOPLE_NOUNS or low in lx.PERSON_ROLES or (low.endswith("s") and low[:-1] in lx.PERSON_ROLES)


def people_word(low: str) -> bool:
    """Is ``low`` a noun for a person or people, a group's too ("witness", "voters", "officials")?"""
    return _person_noun(low) or low in lx.GROUP_NOUNS


def turned_up(toks: list[Token], i: int, end_idx: int) -> bool:
    """Is toks[i] the particle of "show up" (came, appeared: "showed up at the hearing"), not
    "up to" before a number ("showed up to 40 percent fewer")?"""
    if toks[i].low != "up":
        return False
    return not (i + 2 < end_idx and toks[i + 1].low == "to" and toks[i + 2].low[:1].isdigit())
