"""A contrast inside what was said: ", but" setting a second reported clause against the first, both
the speaker's ("said the rain would ease on Monday, but the rivers would stay high"), so the content
runs on through it; not ", but the mayor denied it", the writer's clause. And a stance joined by
"and" or "but" to a reported clause, its subject's ("said she welcomed it but wanted more")."""

from __future__ import annotations

from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import Token

# the past modals of a reported clause: a clause that has one after "but" goes on with what was said
_REPORTED_MODALS = frozenset({"would", "could", "might"})


def backshifted_contrast(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does ", but" at toks[k], after a content toks[i:k] that is a clause of its own (the caller
    checks), set a second reported clause against the first? The content is a clause after a verb
    of saying or "that", and the clause after "but" has a past modal of reported speech ("would",
    "could", "might") within five words and no verb of saying or quote mark of its own to the end.
    Not ", but the mayor denied it" (no modal: the writer's clause), nor ", but critics said it
    would fail" (a report of its own)."""
    if toks[k + 1].low != "but" or i == 0:
        return False
    if not (toks[i - 1].low == "that" or toks[i - 1].low in lx.SPEECH_FORMS):
        return False
    if not any(t.low in _REPORTED_MODALS for t in toks[k + 3 : min(hi, k + 8)]):
        return False
    return not any(
        t.text in ALL_QUOTES or t.low in lx.SPEECH_FORMS or t.low in lx.EVIDENCE_FORMS or t.text == ";"
        for t in toks[k + 2 : hi]
    )


def pronoun_subjects_stance(toks: list[Token], i: int, k: int) -> bool:
    """Is the verb after the conjunction at toks[k] a stance in the past, no verb of saying or of
    evidence, after a reported clause (the caller checks) whose subject is a personal pronoun
    ("said she welcomed the rebate but wanted a faster rollout", "say he posed a threat and
    refused to stop")? Like any past verb there, it goes on with that subject: the clause's, not
    the speaker's next deed. A verb of saying ("… and said …") is the speaker's, and so is a
    stance after an object, or after a clause with a named subject ("claimed Ruiz had helped them
    but offered no proof"). Only when the pronoun cannot be the speaker, its person or number
    another ("Witnesses say he …", "He said she …"): a speaker who may be the pronoun ("He said
    he was innocent and refused to answer questions", "The mayor said she …") may be the one the
    writer tells did it next. A state held (lx.HELD_STANCE_PASTS: "… but wanted …") goes on with any
    clause subject that can hold one (_may_hold_state), not a thing's ("said the deal was fair
    but wanted more": the speaker's)."""
    verb = toks[k + 1].low
    if verb in lx.HELD_STANCE_PASTS:
        return _may_hold_state(toks, i, k)  # "said it backed the plan but wanted a guarantee"
    return (
        toks[i].low in lx.PERSON_SUBJECT_PRONOUNS
        and verb.endswith("ed")
        and verb in lx.STANCE_FORMS
        and verb not in lx.SPEECH_FORMS
        and verb not in lx.EVIDENCE_FORMS
        and not _may_be_speaker(toks, i)
    )


# stances in the past that are states held, not acts of speaking (lx.HELD_STANCE_PASTS): after a
# reported clause they go on with its subject whoever it is ("said it backed the plan but wanted a
# guarantee", "said the board liked the design and favored the east site"); an act of speaking
# there ("… and urged a delay", "… but called for a vote", "… and criticized the fares") is the
# speaker's next report, as "… and said" is


def _may_hold_state(toks: list[Token], i: int, k: int) -> bool:
    """May the subject of the reported clause at toks[i] (before toks[k]) want, back or oppose
    something: a subject pronoun, a name, or a noun of a person or a body (lexicon.is_source_noun)
    last before its verb ("said the board liked …", "said Ruiz backed …")? Not a thing ("said the
    tax was unfair and supported a repeal": the tax supports nothing, the speaker does)."""
    if toks[i].low in lx.SUBJECT_PRONOUNS:
        return True
    verb = next((m for m in range(i + 1, min(k, i + 9)) if _verb_like(toks[m].low)), None)
    if verb is None:
        return True  # no subject read: as any clause subject, it goes on
    head = toks[verb - 1]
    return head.text[:1].isupper() or lx.is_source_noun(head.low)


def _verb_like(low: str) -> bool:
    """A word that ends a subject: an auxiliary or a past ("was", "would", "liked", "rose")."""
    return low in lx.AUXILIARIES or low in lx.IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)


# the words between a speaker and the verb of saying: "also said", "had said", "told reporters"
_BEFORE_CUE = frozenset({"also", "has", "have", "had", "later", "then", "again", "further"})
# the speakers always plural, whatever their form: a collective with no "-s" ("police say he …"), or
# a plural a capital would pass for a name ("Officials said he …")
_PLURAL_NOUNS = frozenset({"police", "people", "officials", "staff", "crew", "authorities"})


def _may_be_speaker(toks: list[Token], i: int) -> bool:
    """May the pronoun subject at toks[i] be the speaker of the verb of saying before it, within
    six words ("He said he …", "The mayor told reporters she …")? The speaker's last word before
    the verb is a pronoun of the same form, or a noun in the singular for "he"/"she" (a name, "the
    mayor"), or any noun for "they" or "we". Not "Witnesses say he …" (plural, he is another), nor
    "He said she …". With no verb of saying before it, it may be."""
    cue = next((m for m in range(i - 1, max(-1, i - 7), -1) if toks[m].low in lx.CUE_FORMS), None)
    if cue is None:
        return True
    m = cue - 1
    while m >= 0 and (toks[m].low in _BEFORE_CUE or toks[m].low.endswith("ly")):
        m -= 1
    if m < 0 or not toks[m].text[:1].isalpha():
        return True
    pronoun, head = toks[i].low, toks[m].low
    if head in lx.SUBJECT_PRONOUNS:
        return head == pronoun
    if pronoun not in ("he", "she"):
        return True
    if head in _PLURAL_NOUNS:
        return False
    # a name in the sentence's middle ends in "-s" as often as not ("Jones said he …")
    name = toks[m].text[:1].isupper() and m > 0
    return name or not head.endswith("s") or head.endswith(("ss", "us", "is"))
