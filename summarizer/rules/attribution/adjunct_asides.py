"""An adjunct set off by commas between a subject and its verb of saying: "…, but the council,
in a statement, said …", "The mayor, at a briefing on Monday, warned …". The phrase says where
or how it was said; the subject is the noun phrase before its opening comma, as before a
participle aside ("The reports, citing two officials, said", phrases.participle_aside_opening).

Near misses: an aside that holds a verb ("the council, which met in May, said": a relative
clause, read by appositive_relative), an aside that is no phrase opened by a preposition ("the
council, its members say, …"), a comma after "that" or a relative word.

A sentence adverb set off the same way ("Pine, meanwhile, accused Hale of …", "The union, for its
part, urged …") links the clause to the one before: the noun phrase before it is the subject too,
and the clause before its comma no content of an inverted tag (linking_aside_opening)."""

from __future__ import annotations

from summarizer.rules.attribution.phrases import is_word, np_left, source_like
from summarizer.rules.attribution.words import ALL_POSSESSIVES, CONNECTIVES, TIME_WORDS, WHO_WHICH_WHOM
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

# the prepositions that open a phrase of where, when or how something was said
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through", "after", "before", "from"})
# the most words such a phrase holds ("in a statement released late on Monday")
_MAX_WORDS = 9


def adjunct_aside_opening(toks: list[Token], j: int) -> int | None:
    """The comma that opens an adjunct aside closed by the comma at toks[j] (", in a
    statement,"): a preposition after it, words only up to toks[j], no verb of saying or
    stance; None else."""
    for p in range(j - 2, max(0, j - _MAX_WORDS - 2), -1):
        if toks[p].text == ",":
            before = toks[p - 1]
            if toks[p + 1].low not in _ADJUNCT_PREPOSITIONS or not is_word(before):
                return None
            return p if before.low not in WHO_WHICH_WHOM and before.low != "that" else None
        if not _aside_word(toks, p) or toks[p].low in lx.CUE_FORMS or toks[p].low in lx.STANCE_FORMS:
            return None
    return None


def adjunct_aside_end(toks: list[Token], c: int, hi: int) -> int | None:
    """The comma that closes an adjunct aside opened by the comma at toks[c] (", in a
    statement,"), the words between a phrase opened by a preposition; None else."""
    if c + 1 >= hi or toks[c + 1].low not in _ADJUNCT_PREPOSITIONS:
        return None
    for m in range(c + 2, min(hi, c + _MAX_WORDS + 2)):
        if toks[m].text == ",":
            return m if m > c + 2 else None
        if not _aside_word(toks, m) or toks[m].low in lx.CUE_FORMS or toks[m].low in lx.STANCE_FORMS:
            return None
    return None


def _aside_word(toks: list[Token], m: int) -> bool:
    """Is toks[m] a word of the aside, or the stop of a title written right after it ("in a
    letter to Gov. Ann Roy")?"""
    if is_word(toks[m]):
        return True
    return toks[m].text == "." and m > 0 and toks[m - 1].end == toks[m].start and toks[m - 1].low in lx.TITLES


# sentence adverbs that link a clause to the one before and may sit, set off by commas, between
# a subject and its verb ("Pine, meanwhile, accused …", "The union, for its part, urged …"): the
# connectives, and those that sit only inside a clause ("Pine, too, urged …")
_LINKING_ADVERBS = frozenset(CONNECTIVES | {"though", "too", "likewise", "then", "again", "therefore"})
# the same in two or three words: "in turn", "in response", "by contrast", "for her part"
_LINKING_PHRASES = frozenset(
    {("in", "turn"), ("in", "response"), ("in", "reply"), ("in", "contrast"), ("by", "contrast")}
)


def linking_aside_opening(toks: list[Token], j: int) -> int | None:
    """The comma that opens a sentence adverb closed by the comma at toks[j] (", meanwhile,",
    ", in turn,", ", for her part,"), with a word before it; None else, and None when the verb
    after it is an inverted tag's, its speaker after it ("The plan, though, said Pine, will
    fail": the adverb is the report's)."""
    if _inverted_tag_at(toks, j + 1):
        return None
    words = [t.low for t in toks[max(0, j - 4) : j]]
    for n in (1, 2, 3):
        p = j - n - 1
        if p < 1 or toks[p].text != "," or not is_word(toks[p - 1]):
            continue
        phrase = tuple(words[-n:])
        if (
            (n == 1 and phrase[0] in _LINKING_ADVERBS)
            or (n == 2 and phrase in _LINKING_PHRASES)
            or (n == 3 and phrase[0] == "for" and phrase[1] in ALL_POSSESSIVES and phrase[2] == "part")
        ):
            return p
    return None


def subject_and_linking_aside(toks: list[Token], j: int) -> bool:
    """Do the sentence's words up to the comma at toks[j] read as a noun phrase and a sentence
    adverb set off after it ("Pine, meanwhile,", "The union, for its part,"): a subject, no
    clause an inverted tag after the comma could report?"""
    opening = linking_aside_opening(toks, j) if j > 0 and toks[j].text == "," else None
    return opening is not None and np_left(toks, opening - 1, 0) == 0


_PHRASE_ENDS = frozenset({",", ".", "!", "?", ";"})


def _inverted_tag_at(toks: list[Token], v: int) -> bool:
    """Is toks[v] a verb of speech with its speaker after it, a short phrase of a name or a
    source closing at a comma or the sentence's end ("said Pine,", "says the mayor.")? Not an
    object or a time ("said nothing.", "said it.", "said Monday,"), nor a clause ("said the
    vote was fair")."""
    if v >= len(toks) or lx.CUE_KIND.get(toks[v].low) != "speech":
        return False
    e = v + 1
    while e < len(toks) and e - v <= 5 and is_word(toks[e]):
        e += 1
    if e == v + 1 or e - v > 5 or (e < len(toks) and toks[e].text not in _PHRASE_ENDS):
        return False
    head = toks[e - 1]
    return (
        source_like(head)
        and head.low not in TIME_WORDS
        and (head.text[:1].isupper() or head.low not in lx.PRONOUN_FORMS)
    )
