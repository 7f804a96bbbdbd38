"""The hearer after a verb of telling and where it ends before the content ("told reporters",
"told her staff a new era had begun", "told the Ledger by phone that …"), a thing told that is no
hearer ("told the same story"), and what a hearer may be followed by: a topic ("warned residents
about …") or a request ("asked the city for help").
"""

from __future__ import annotations

from summarizer.rules.attribution.bare_hearers import bare_hearer_end, body_members_end, lone_hearer, titled_name_at
from summarizer.rules.attribution.complements import TIME_OR_PREPOSITION, WHEN_NOUNS, clause_opens
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.told_quotes import opening_quote, quoted_title_end
from summarizer.rules.attribution.words import (
    ABOUT_VERBS,
    ARTICLES,
    ARTICLES_AND_POSSESSIVES,
    CLAUSE_SUBJECTS,
    CLAUSE_VERBS,
    FINITE,
    HEARERS,
    INDEFINITE_PRONOUNS,
    OF_VERBS,
    PREPOSITIONS,
    QUANTIFIERS,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import Token

# the media a hearer is told by ("told the Ledger by phone that …")
_MEDIA = frozenset({"phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter", "radio"})


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
        or (toks[m].low in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and clause_opens(toks, m, hi))
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
    return first in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and clause_opens(toks, i + 1, hi)


# subject pronouns written with their verb ("I'm", "we've", "it's"; "that's" too)
_CONTRACTED_SUBJECTS = frozenset(CLAUSE_SUBJECTS | {"that"})


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
    k = quoted_title_end(toks, k, hi) or k  # 'told NBC's "Meet the Press"', 'told the "Today" show'
    if (
        k > start
        and k < hi
        and (toks[k].low == "that" or toks[k].text in (",", ":") or toks[k].low in TIME_OR_PREPOSITION)
    ):
        return k
    if k > start and toks[k - 1].low.endswith(("'s", "’s")):
        # "told Harbour Radio's morning show it was …": a named owner, its nouns, then the clause
        for m in range(k + 1, min(hi, k + 5)):
            if not (toks[m - 1].low.isalpha() and toks[m - 1].text.islower()):
                break
            if (toks[m].low in CLAUSE_SUBJECTS and clause_opens(toks, m, hi)) or _quoted_clause_opens(toks, m, hi):
                return m  # (`told the Ledger's reporter "It's over"`: a quotation opens the clause too)
    if k > start and (clause_opens(toks, k, hi) or _quoted_clause_opens(toks, k, hi) or opening_quote(toks, k, hi)):
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
                toks[m].low in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and clause_opens(toks, m, hi)
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
                    (toks[m].low in (CLAUSE_SUBJECTS | ARTICLES_AND_POSSESSIVES) and clause_opens(toks, m, hi))
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
            if that_clause or (opens and clause_opens(toks, m, hi)):
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
            head = next((t.low for t in reversed(toks[i:m]) if t.low not in WHEN_NOUNS), "")
            return m if head not in TOLD_NOUNS and _subject_after_that(toks, m + 1, hi) else i
        # ("May" in capitals inside the hearer is the month: "told parents in May that …")
        if not low.isalpha() or (low in FINITE and toks[m].text != "May") or low in lx.CUE_FORMS or low in _HEARER_ENDS:
            return i
        if (low in ENGLISH_FUNCTION_WORDS or low in PREPOSITIONS) and low not in _IN_HEARER and low not in WHEN_NOUNS:
            return i
    return i


# function words a longer hearer may hold ("the families of the victims", "the committee on
# health", "a crowd in Lisk", "students at Lisk High")
_IN_HEARER = frozenset(ARTICLES_AND_POSSESSIVES | {"of", "on", "in", "at"})


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
