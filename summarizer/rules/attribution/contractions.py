"""A subject pronoun written together with its auxiliary ("he’s said", "they’re claiming",
"she’ll argue", "we’ve warned", "who’s called for") is two words to the sentence patterns and to
the speaker after a quote (`"…," he’d told the board`): the pronoun, the subject, and the
auxiliary, read as the full word it stands for ("’s" as "has" before a past participle but "is"
before a passive's agent, "she’s told by the captain", and "is" otherwise; "’d" as "had" or
"would", "’re" as "are", "’ve" as "have", "’ll" as "will", "’m" as "am"), so the verb group and
its subject are found as in "he has said". The auxiliary token keeps its own offsets and text;
only its ``low`` is the word.

Only before a verb of saying, believing, evidence or stance (past adverbs and "been"): elsewhere,
inside a quote above all ("and “we’re going to …”"), the word is left as written. Near misses: a
name's possessive ("Ruiz’s claim"; "Ruiz’s claiming" is left as written: after a name "’s" is
as often "of"), "that’s", "there’s" and "what’s" (a copula: "that’s why"), the impersonal
passive ("it’s believed that …": nobody believes), and a negated auxiliary, one word already
("isn’t")."""

from __future__ import annotations

import operator

from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

# the verbs of report a contracted auxiliary may come before, as word tuples ("call", "for")
_VERBS = frozenset(tuple(form.split()) for form in (*lx.CUE_FORMS, *lx.STANCE_FORMS))
_LONGEST = max(map(len, _VERBS))
# the most words between the auxiliary and its verb ("he’s long since argued", "she’d already been told")
_MAX_BETWEEN = 3

# the pronouns a contracted auxiliary may join as a source; not "I" and "you", in the contracted
# form mostly the writer and the reader of a column ("a line I never thought I’d write", "you’d need")
_PRONOUNS = frozenset({"he", "she", "it", "we", "they", "who"})
# a contracted auxiliary and the words it stands for: (before a past participle, otherwise)
_AUXILIARIES = {
    "s": ("has", "is"),
    "d": ("had", "would"),
    "re": ("are", "are"),
    "ve": ("have", "have"),
    "ll": ("will", "will"),
    "m": ("am", "am"),
}
_APOSTROPHES = ("'", "’")
_LOW = operator.attrgetter("low")


def _past_participle(t: Token) -> bool:
    low = t.low
    return low.isalpha() and (low.endswith(("ed", "en")) or low in lx.IRREGULAR_PAST or low == "been")


def split_contractions(toks: list[Token], text: str | None = None) -> list[Token]:
    """``toks`` with each subject pronoun and its contracted auxiliary as two tokens; the list
    itself when none is written (the common case). ``text``: what the tokens were read from,
    when the caller has it (no token holds an apostrophe the text does not)."""
    if text is not None:
        if _APOSTROPHES[0] not in text and _APOSTROPHES[1] not in text:
            return toks
    elif not any(_APOSTROPHES[0] in t.text or _APOSTROPHES[1] in t.text for t in toks):
        return toks
    if _CONTRACTED.keys().isdisjoint(map(_LOW, toks)):
        return toks  # an apostrophe, but no pronoun contracted ("the ferry’s crew"): one look in C
    out: list[Token] = []
    contracted = _CONTRACTED.get
    for n, t in enumerate(toks):
        parts = contracted(t.low)
        if parts is None:
            out.append(t)
            continue
        pronoun, suffix = parts
        verb = _verb_after(toks, n + 1)
        participle = _past_participle(toks[verb]) if verb is not None else False
        if verb is None or (pronoun == "it" and suffix == "s" and participle):
            out.append(t)  # no verb of report after it, or "it’s believed that …"
            continue
        cut = t.start + len(pronoun)
        out.append(Token.of(t.text[: len(pronoun)], t.start, cut))
        aux = Token.of(t.text[len(pronoun) :], cut, t.end)
        after_participle, otherwise = _AUXILIARIES[suffix]
        # a participle with its agent after it is a passive's: "she’s told by the captain" is "is"
        passive = participle and verb is not None and verb + 1 < len(toks) and toks[verb + 1].low == "by"
        aux.low = after_participle if (participle or toks[n + 1].low == "been") and not passive else otherwise
        out.append(aux)
    return out


def _verb_after(toks: list[Token], m: int) -> int | None:
    """The index of a verb of report at toks[m], past up to three adverbs or auxiliaries ("long",
    "been"), or None."""
    for k in range(m, min(len(toks), m + _MAX_BETWEEN + 1)):
        low = toks[k].low
        words = tuple(t.low for t in toks[k : k + _LONGEST])
        if any(words[:n] in _VERBS for n in range(1, len(words) + 1)):
            return k  # "said", "called for"; not "going" ("go after")
        if not (low in lx.AUXILIARIES or (low.endswith("ly") and low.isalpha())):
            return None
    return None


# every word _contracted reads as a pronoun and its auxiliary, and what it reads: one lookup a token
_CONTRACTED = {f"{p}{a}{s}": (p, s) for p in _PRONOUNS for a in _APOSTROPHES for s in _AUXILIARIES}


def _contracted(low: str) -> tuple[str, str] | None:
    """(pronoun, auxiliary suffix) of a word like "he’s" or "they're"; None for any other."""
    for apostrophe in _APOSTROPHES:
        pronoun, mark, suffix = low.partition(apostrophe)
        if mark and pronoun in _PRONOUNS and suffix in _AUXILIARIES:
            return pronoun, suffix
    return None
