"""A subject that holds a relative clause not set off by commas is read whole, its noun before the
relative the head: "Two engineers who inspected the crane said …", "the nurses I asked said …",
"A spokesman for the firm that owns the mill said …" (the mill is the relative's object, not
the one who speaks); on a plural head the relative's verb is bare ("Towns that rely on tourism
have warned …"), and "whose" opens one too ("Parents whose children attend the school say …").
A verb of telling in such a relative with a bare object ("An aide who has advised the mayor,
speaking …, said …") tells nothing: the object is its hearer, and the main verb follows."""

from __future__ import annotations

from summarizer.rules.attribution.contact_clauses import contact_clause
from summarizer.rules.attribution.phrases import is_word, np_left, source_like
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import FINITE, IRREGULAR_PAST, VERBS_IN_LY
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# how many words back from the cue the relative pronoun may stand
_REACH = 14


def relative_subject(toks: list[Token], vg: int) -> Span | None:
    """A subject with a relative clause not set off by commas, read whole: "Two engineers who
    inspected the crane said …" is the engineers', not the crane's; so is a "that" or "which"
    clause on a phrase that names a source ("the firm that owns the mill said …"), and past an
    apposition that closes the relative ("Voters who backed the levy, a tax on rooms, said …")."""
    opened = apposition_open(toks, vg - 1, 0) if vg >= 1 else None
    top = vg - 1 if opened is None else opened - 1
    end = vg - 1 if opened is None else vg - 2  # the phrase whole, its apposition too
    for j in range(top, max(0, top + 1 - _REACH), -1):
        t = toks[j]
        if t.text in (",", ".", ";", ":") or t.text in ALL_QUOTES:
            return None
        if t.low == "who" and j >= 1:
            s = np_left(toks, j - 1, 0, appositive=False)
            return (toks[s].start, toks[end].end) if s is not None else None
        if t.low in ("that", "which") and 1 <= j < vg - 2 and _relative_verb(toks[j - 1], toks[j + 1], toks[j + 2]):
            # "the firm that owns the mill said": the relative's verb right after the pronoun
            # (a "that" of content has its own subject first: "warned that the mill said")
            s = np_left(toks, j - 1, 0, appositive=False)
            if s is not None and _source_phrase(toks[s:j]):
                return toks[s].start, toks[end].end
            return None
        if t.low == "whose" and j >= 1:
            # "Parents whose children attend the school say": the head owns what follows
            s = np_left(toks, j - 1, 0, appositive=False)
            if s is not None and _source_phrase(toks[s:j]):
                return toks[s].start, toks[end].end
            return None
        if (
            j >= 1
            and contact_clause(toks, j, vg)  # "I met", "we spoke to", "I know" ("she said …" has no verb of its own)
            and is_word(toks[j - 1])
            and toks[j - 1].low not in ENGLISH_FUNCTION_WORDS
        ):
            # "the nurses I asked said …", "officials we spoke to said …": a relative
            # clause with no pronoun; the noun before it is the subject
            s = np_left(toks, j - 1, 0, appositive=False)
            return (toks[s].start, toks[end].end) if s is not None else None
    return None


def main_clause_after(toks: list[Token], rel: int, lo: int, hi: int) -> tuple[Span, int] | None:
    """When toks[rel] is the pronoun of a relative clause inside a subject ("Cities that support
    the plan say …", whose verb toks[lo:] is the relative's), that subject read whole and where
    the main clause's verb group starts (the relative's own report ends there); None when no
    verb of report in toks[lo:hi] takes that subject. A cue word after a determiner or before a
    verb of its own is a noun ("support the plan met", "back the new report said"); one past a
    clause's opener is that clause's verb ("who oppose what the board expects")."""
    m = lo
    while (m := m + 1) < hi:
        if toks[m].text == "," and (close := _apposition_close(toks, m, hi)) is not None:
            m = close  # "who backed the levy, a tax on rooms, said": an apposition on the object
            continue
        if toks[m].text in (",", ";", ":") or toks[m].text in ALL_QUOTES or toks[m].low in _CLAUSE_OPENERS:
            return None
        if (
            (toks[m].low in lx.CUE_FORMS or toks[m].low in lx.STANCE_FORMS)
            and toks[m - 1].low not in lx.DETERMINERS
            and not (m + 1 < hi and _past_or_finite(toks[m + 1]))
        ):
            g = verb_group_start(toks, m, lo + 1)
            whole = relative_subject(toks, g)
            if whole is not None and whole[0] < toks[rel].start:
                return whole, g
    return None


def hearer_only(toks: list[Token], vg: int, last: int, hi: int) -> bool:
    """Is the verb of telling toks[vg:last + 1] a relative's inside the subject whose object is
    a hearer and nothing more, the main verb right after it or after an aside set off by commas
    ("An aide who has advised the mayor said …", "A lawyer who has briefed the board, speaking
    on condition of anonymity, said …")? Not a relative set off by commas (", who told …"), nor
    one whose object a clause follows ("who told police the car was red said …")."""
    if vg < 2 or toks[vg - 1].low not in ("who", "that") or not is_word(toks[vg - 2]):
        return False
    m = last + 1
    while m < min(hi, last + 1 + _HEARER_WORDS) and _hearer_word(toks[m]):
        m += 1
    if m == last + 1 or m >= hi:
        return False
    if toks[m].text == ",":
        close = next((c for c in range(m + 2, min(hi, m + _ASIDE_WORDS)) if toks[c].text == ","), None)
        if close is None:
            return False
        m = close + 1
    return m < hi and toks[m].low in lx.CUE_FORMS and toks[m].text.islower()


def apposition_open(toks: list[Token], j: int, lo: int) -> int | None:
    """When toks[j] is a comma that closes an apposition on a noun ("the levy, a tax on hotel
    rooms,"), the index of the comma that opens it; None otherwise (see _apposition_close)."""
    if toks[j].text != ",":
        return None
    c = next((c for c in range(j - 1, max(lo, j - _APPOSITION_WORDS - 2), -1) if toks[c].text == ","), None)
    return c if c is not None and _apposition_close(toks, c, j + 1) == j else None


def _apposition_close(toks: list[Token], c: int, hi: int) -> int | None:
    """When the comma toks[c] opens an apposition on the noun before it (an article, then a few
    words with no verb, no cue and no clause's opener: ", a tax on hotel rooms,"), the index of
    the comma that closes it; None otherwise (", the mayor said,", ", which …,")."""
    if c < 1 or not is_word(toks[c - 1]) or c + 2 >= hi or toks[c + 1].low not in ("a", "an", "the"):
        return None
    for m in range(c + 2, min(hi, c + 2 + _APPOSITION_WORDS)):
        t = toks[m]
        if t.text == ",":
            return m if m > c + 2 else None
        if (
            not is_word(t)
            or t.low in lx.CUE_FORMS
            or t.low in lx.STANCE_FORMS
            or t.low in _CLAUSE_OPENERS
            or _past_or_finite(t)
        ):
            return None
    return None


# the most words an apposition on a noun may hold past its article ("a tax on hotel rooms")
_APPOSITION_WORDS = 8


def told_before_main_verb(toks: list[Token], vg: int, last: int, hi: int) -> bool:
    """Is the verb of telling toks[vg:last + 1] a relative's inside the subject, whose told clause
    (with a verb of its own) the main verb of saying follows ("The man who told police the car
    was red said he saw …", "A guard who warned staff that the door was stuck says …")? Then
    the relative reports nothing here and the main verb's subject is the whole phrase. Not a
    relative set off by commas, nor a cue with no verb before it in the told clause ("who told
    police his neighbor said …": the neighbor's report, inside the told clause)."""
    if vg < 2 or toks[vg - 1].low not in ("who", "that") or not is_word(toks[vg - 2]):
        return False
    verb_seen = False
    for m in range(last + 2, hi):
        t = toks[m]
        if t.text in (",", ";", ":") or t.text in ALL_QUOTES:
            return False
        if verb_seen and t.low in lx.CUE_FORMS and t.text.islower() and toks[m - 1].low not in lx.DETERMINERS:
            whole = relative_subject(toks, verb_group_start(toks, m, last + 1))
            if whole is not None and whole[0] < toks[vg - 1].start:
                return True
        verb_seen = verb_seen or _past_or_finite(t)
    return False


def relative_object_head(toks: list[Token], start: int) -> int | None:
    """Where the subject starts when the phrase read as the subject from toks[start] is the
    object of a relative clause inside it ("A senior aide who has advised the mayor, speaking on
    condition of anonymity, said …": the aide's, not the mayor's): the index of the noun phrase
    before the relative pronoun, when a verb in lower case or two lies between the pronoun and
    toks[start] with no comma; None otherwise."""
    for j in range(start - 1, max(0, start - _RELATIVE_VERB_WORDS - 2), -1):
        t = toks[j]
        if t.low in ("who", "that") and j < start - 1 and j >= 1 and is_word(toks[j - 1]):
            s = np_left(toks, j - 1, 0, appositive=False)
            return s if s is not None and _source_phrase(toks[s:j]) else None
        if not (is_word(t) and t.text.islower()) or t.low in _CLAUSE_OPENERS:
            return None
    return None


# the most words of a relative's verb and the prepositions after it ("has long worked with")
_RELATIVE_VERB_WORDS = 4
# the most words a hearer and an aside after it may hold
_HEARER_WORDS = 8
_ASIDE_WORDS = 12


def _hearer_word(t: Token) -> bool:
    """A word of a hearer's noun phrase: no cue, stance or auxiliary, no clause's opener."""
    low = t.low
    return (
        is_word(t)
        and low not in lx.CUE_FORMS
        and low not in lx.STANCE_FORMS
        and low not in lx.AUXILIARIES
        and low not in _CLAUSE_OPENERS
    )


# words that open a clause of their own inside the relative's object
_CLAUSE_OPENERS = (
    frozenset({"what", "that", "which", "who", "whom", "whose", "how", "why", "when", "where", "whether", "if"})
    | lx.SUBJECT_PRONOUNS
)


def _past_or_finite(t: Token) -> bool:
    """A finite auxiliary, a cue word or a past form ("said", "met", "filed"), in lower case."""
    low = t.low
    return t.text.islower() and (
        low in FINITE or low in IRREGULAR_PAST or low in lx.CUE_FORMS or (len(low) > 4 and low.endswith("ed"))
    )


def _relative_verb(head: Token, t: Token, after: Token) -> bool:
    """Is ``t`` the verb of a relative clause on ``head``: a finite verb, or after a plural head
    a bare present ("groups that track", "towns that rely"), a word of no other class (not a
    function word, a source, an adverb in -ly or a form in -ing, -ed or -s) and no adjective
    before the relative's own subject ("groups that local leaders trust")?"""
    if _finite_verb(t):
        return True
    low = t.low
    return (
        _plural(head)
        and t.text.isalpha()
        and t.text.islower()
        and low not in ENGLISH_FUNCTION_WORDS
        and low not in lx.PRONOUN_FORMS
        and (low in VERBS_IN_LY or not low.endswith(("ly", "ing", "ed", "s")))
        and not source_like(t)
        and not source_like(after)
    )


def _plural(t: Token) -> bool:
    """A plural noun in -s ("towns", "agencies"), not a word in -ss, -us or -is ("press", "status")."""
    low = t.low
    return t.text.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _finite_verb(t: Token) -> bool:
    """A finite verb in lower case that may follow a relative pronoun: an auxiliary or a modal
    ("that has", "which will"), a past ("that ran", "that filed") or a present in -s ("that
    owns"), not a plural noun that names a source ("that officials")."""
    low = t.low
    if not (t.text.isalpha() and t.text.islower()) or low in ENGLISH_FUNCTION_WORDS - FINITE:
        return False
    if low in FINITE or low in IRREGULAR_PAST or (len(low) > 4 and low.endswith("ed")):
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and not source_like(t)


def _source_phrase(phrase: list[Token]) -> bool:
    """Does the noun phrase before the relative name a source, in a few words and with no verb of
    its own ("a spokesman for the trust", "surety companies"; not "the wife … recorded video of
    the encounter": a clause, whose object the relative is on)?"""
    return (
        len(phrase) <= _PHRASE_WORDS
        and any(_names_source(w) for w in phrase)
        and not any(w.text.islower() and (w.low in IRREGULAR_PAST or w.low.endswith(("ed", "ing"))) for w in phrase)
    )


# the most words of the phrase a relative clause may follow ("the chief of the agency's board")
_PHRASE_WORDS = 8


def _names_source(t: Token) -> bool:
    """A word of the phrase before the relative that names a source (a person, body, group or
    document, or a name), not a capital on a function word ("The", "A")."""
    return source_like(t) and t.low not in ENGLISH_FUNCTION_WORDS and t.low not in lx.PRONOUN_FORMS
