"""The reporting verb at a token: a verb of saying ("said", "pointed out", "as one captain put
it"), a stance verb ("wants", "called for", "took aim at") or an adjective of attitude after "be"
("is critical of"); whether a form as often a noun ("claims", "states") is a verb here, and
whether its group stands in a question. The subject of its group is `clauses`'s."""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.rules.attribution.asked import asked_about
from summarizer.rules.attribution.phrases import (
    contracted_subject,
    is_word,
    source_like,
)
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.words import (
    ARTICLES,
    ASPECT,
    ATTRIBUTIVE_ONLY,
    BE_FORMS,
    CLAUSE_OPENERS_AFTER_VERB,
    COORDINATORS,
    CUE_FIRST_WORDS,
    FINITE,
    NEGATED_BE,
    NEGATIONS,
    ON_MANNERS,
    QUANTITY_CHANGE_FORMS,
    SPEECH_EVENTS,
    STANCE_FIRST,
    SUBJECTS_BEFORE_VERB,
    TIME_NOUNS,
    TIME_WORDS,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token

# the first words of the two-word cues ("pointed out"): only they need the pair looked up
_CUE_PAIR_FIRST = frozenset(form.split()[0] for form in lx.CUE_FORMS if " " in form)


def _lengths_by_first(forms: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths (two to four words) of the forms each first word opens, longest first."""
    found: dict[str, set[int]] = {}
    for form in forms:
        words = form.split()
        found.setdefault(words[0], set()).add(len(words))
    return {first: tuple(n for n in (4, 3, 2) if n in lengths) for first, lengths in found.items()}


_STANCE_LENGTHS = _lengths_by_first(lx.STANCE_FORMS)


def cue_at(toks: list[Token], k: int, *, quoted: bool = False) -> tuple[str, int] | None:
    """(lemma, last index) when toks[k] starts a reporting verb (one or two words); ``quoted``:
    the caller knows words told go with it, the quote it tags (`"…," the mayor hit back Tuesday`)."""
    low = toks[k].low
    if low not in CUE_FIRST_WORDS:
        return None
    if k + 1 < len(toks) and low in _CUE_PAIR_FIRST:
        pair = f"{low} {toks[k + 1].low}"
        lemma = lx.CUE_FORMS.get(pair)
        if (
            lemma is not None
            and (lemma != "put it" or _after_as_subject(toks, k))
            and (lemma not in lx.RETORTS or quoted or _retort_told(toks, k))
        ):
            return lemma, k + 1
    if low in lx.CUE_FORMS:
        return lx.CUE_FORMS[low], k
    return None


def _retort_told(toks: list[Token], k: int) -> bool:
    """Is the pair at toks[k] ("shot back", "hit back") a retort: "that", a colon or a quote
    right after it or after a target ("fired back at critics: “…”")? Else it is fire returned
    ("the gunman shot back at police", "officers fired back and …", "“Drop it!” The man fired
    back."), no words told: a quote before the pair is no sign, a tag after a quote is its
    caller's to judge (``cue_at``'s ``quoted``: "“…,” the minister hit back."). A phrase of when
    or of the medium between is skipped ("hit back on social media that …", "fired back on
    Monday: …"); not a place or a target ("fired back on the gunmen.")."""
    after = toks[k + 2 : k + 9]
    after = after[_when_or_medium(after) :]  # "fired back on Monday: …", "hit back on X that …"
    if not after:
        return True  # the caller's words end at the pair: a quote's opening mark ("shot back “…”")
    if after[0].low == "that" or after[0].text == ":" or after[0].text in ALL_QUOTES:
        return True
    if after[0].low == "at":
        for t in after[1:]:
            if t.text == ":" or t.text in ALL_QUOTES:
                return True
            if not is_word(t):
                break
    return False


def _when_or_medium(after: list[Token]) -> int:
    """How many of the words ``after`` open a phrase of when ("on Monday", "late Friday") or of
    the medium ("on Twitter", "in a statement", "on her podcast"): each word a time, a medium or
    its determiner, after "on", "in" or "via" if one opens it; 0 when they hold any other word."""
    j = 1 if after and after[0].low in ("on", "in", "via") else 0
    m = j
    while m < len(after) and is_word(after[m]) and after[m].low != "that":
        low = after[m].low
        if not (low in TIME_WORDS or low in ON_MANNERS or low in SPEECH_EVENTS or low in _MEDIUM_OTHERS):
            return 0
        m += 1
    return m if m > j and after[m - 1].low not in _MEDIUM_DETERMINERS else 0


_MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "late", "early"})
_MEDIUM_OTHERS = _MEDIUM_DETERMINERS | {"media"}  # "on social media"


def _after_as_subject(toks: list[Token], k: int) -> bool:
    """Is toks[k] "put it" of "as one captain put it", "As the memo recently put it in a
    statement, …": "as" and a short subject before, and after it a stop, an adverb or the
    occasion of saying? Only there is it a way of saying ("as he put it on the shelf" is not)."""
    after = toks[k + 2] if k + 2 < len(toks) else None
    occasion = after is not None and after.low in ("in", "during", "at", "on", "to")
    if (
        after is not None
        and is_word(after)
        and not after.low.endswith("ly")
        and not (occasion and any(t.low in SPEECH_EVENTS for t in toks[k + 3 : k + 7]))
    ):
        return False
    for j in range(k - 2, max(-1, k - 24), -1):
        if toks[j].low == "as":
            return True
        if not is_word(toks[j]) and toks[j].text != "," and not _initial_stop(toks, j):
            return False  # a comma may set off the subject's appositive ("As Ana Ruiz, a planner, put it")
    return False


def _initial_stop(toks: list[Token], j: int) -> bool:
    """Is toks[j] the stop of an initial or a title written onto it ("Ana M. Ruiz", "Dr. Ruiz")?"""
    prev = toks[j - 1] if j > 0 else None
    return (
        toks[j].text == "."
        and prev is not None
        and prev.end == toks[j].start
        and prev.text[:1].isupper()
        and len(prev.text) <= 3
    )


def verb_reading(toks: list[Token], k: int, last: int, hi: int) -> bool:
    """Is a cue word that is often a noun ("states", "claims", "projects") a verb here?"""
    if toks[k].low not in lx.NOUN_LIKE_FORMS:
        return True
    if last + 1 < hi:
        after = toks[last + 1].low
        after2 = toks[last + 2].low if last + 2 < hi else ""
        if (
            after in FINITE
            or after in QUANTITY_CHANGE_FORMS
            or after in ("than", "similar")
            or (after == "that" and (after2 in FINITE or (after2.endswith("ed") and len(after2) > 4)))
        ):
            return False  # "Republican support was more solid", "a show that aired", "the note rose": a noun
    if k > 0 and toks[k - 1].low in ATTRIBUTIVE_ONLY:
        return False  # "Former state senator Dan Roe": an adjective's noun, no verb
    if k > 0 and (
        toks[k - 1].low in SUBJECTS_BEFORE_VERB
        or toks[k - 1].low in lx.AUXILIARIES
        or (source_like(toks[k - 1]) and toks[k - 1].low not in lx.PRONOUN_FORMS)
    ):
        return True
    if last + 1 >= hi:
        return k > 0 and toks[k - 1].text == ","
    nxt = toks[last + 1]
    if k > 0 and (toks[k - 1].low in COORDINATORS or toks[k - 1].text == ",") and nxt.low in ("to", "that"):
        return True  # "opposes the mandate and plans to reduce the cost", "X, which …, wants to"
    if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in ASPECT:
        return True  # "continued to call for more information"
    return (
        nxt.low in CLAUSE_OPENERS_AFTER_VERB
        or nxt.text == ":" or nxt.text in ALL_QUOTES
        or (nxt.text[:1].isupper() and not toks[k].text[:1].isupper())
    )  # fmt: skip


def stance_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """(lemma, last index) when toks[k] starts a stance verb ("wants", "called for", "took aim at")."""
    first = toks[k].low
    if first not in STANCE_FIRST:
        return None
    lengths = _STANCE_LENGTHS.get(first, ())  # only the lengths of the forms it opens
    for n in lengths:
        if k + n <= len(toks):
            form = " ".join(t.low for t in toks[k : k + n])
            if form in lx.STANCE_FORMS:
                return lx.STANCE_FORMS[form], k + n - 1
    # "spoke emotionally of", "called Friday for": an adverb or a day between verb and particle
    if lengths and k + 2 < len(toks) and (toks[k + 1].low.endswith("ly") or toks[k + 1].low in TIME_NOUNS):
        for n in (3, 2):
            if n not in lengths:
                continue
            if k + 1 + n <= len(toks):
                form = " ".join([toks[k].low] + [t.low for t in toks[k + 2 : k + 1 + n]])
                if form in lx.STANCE_FORMS:
                    return lx.STANCE_FORMS[form], k + n
    # "spoke out Tuesday about": a day inside the particles
    if 3 in lengths and k + 3 < len(toks) and toks[k + 2].low in TIME_NOUNS:
        form = f"{first} {toks[k + 1].low} {toks[k + 3].low}"
        if form in lx.STANCE_FORMS:
            return lx.STANCE_FORMS[form], k + 3
    if toks[k].low in lx.STANCE_FORMS:
        return lx.STANCE_FORMS[toks[k].low], k
    return None


# what links a subject to an adjective of attitude ("is", "seems", "remained", "became"), and
# the degree words that may stand between ("too", "so", "more", "increasingly")
_LINKING = frozenset({"seem", "seems", "seemed", "remain", "remains", "remained", "become", "becomes", "became"})
_DEGREE = frozenset({"too", "so", "very", "more", "most", "less", "quite", "not", "n't", "also", "still", "as",
                     "equally", "rather", "fairly", "pretty"})  # fmt: skip


_OF = frozenset({"of"})
# what may stand between "be" and a noun of those who take a side
_PARTISAN_MODIFIERS = _DEGREE | ARTICLES | {"and", "longtime", "long-time", "staunch", "vocal", "fierce", "leading",
                                            "outspoken", "consistent", "strong", "harsh", "early", "ardent", "loyal",
                                            "prominent", "frequent", "big", "major", "top", "persistent", "avowed"}  # fmt: skip


def attitude_at(toks: list[Token], k: int) -> tuple[str, int, int] | None:
    """(form, verb group start, last index) when toks[k] is an adjective of attitude after a
    form of "be" or a linking verb and before the word that opens its object ("is critical of",
    "are increasingly worried about", "weren't too concerned about"); "to" and "that" open the
    content itself, so the cue ends with the adjective ("were willing to …")."""
    low = toks[k].low
    openers = lx.ATTITUDE_ADJECTIVES.get(low) or (_OF if low in lx.PARTISAN_NOUNS else None)
    if openers is None or k + 1 >= len(toks) or k == 0 or toks[k + 1].low not in openers:
        return None
    between = _DEGREE if openers is not _OF else _PARTISAN_MODIFIERS  # "is a staunch opponent of"
    j = k - 1
    while j > 0 and (toks[j].low in between or (toks[j].low.endswith(("ly", "est")) and toks[j].low.isalpha())):
        j -= 1
    contracted = contracted_subject(toks[j]) > 0  # "he’s so angry": the pronoun written with "be"
    if toks[j].low not in BE_FORMS and toks[j].low not in _LINKING and toks[j].low not in NEGATED_BE and not contracted:
        return None
    if contracted and not NEGATIONS.isdisjoint(t.low for t in toks[j + 1 : k]):
        return None  # "I’m not sure whether …": a contracted "be" is read only unnegated
    opener = toks[k + 1].low
    last = k if opener in ("to", "that", "if", "whether") else k + 1
    # "he’s so angry": the group opens after the pronoun's token, whose pronoun is the subject
    vg = j + 1 if contracted else verb_group_start(toks, j, 0)
    return f"{toks[k].low} {opener}", vg, last


def in_question(toks: list[Token], vg: int, end_idx: int) -> bool:
    """Is the verb group inside an indirect question ("Asked what he would tell the mayor, …",
    "asking whether she will say more"), or a direct one whose auxiliary comes before its
    subject ("Do you know where …?", "Would they say so?")? What a question asks about is
    not reported."""
    if (
        vg >= 2
        and toks[vg - 1].low in lx.SUBJECT_PRONOUNS
        and (toks[vg - 2].low in FINITE or toks[vg - 2].low in lx.NEGATED_AUXILIARIES)
        and any(t.text == "?" for t in toks[end_idx:])
    ):
        return True
    return asked_about(toks, vg)
