"""Whose words an attribution with no speaker of its own carries, read off its own sentence: the
person the sentence names as its subject before the words ("Ana Ruiz joked, “…”"; "In short, he
keeps his old line (“…”)"; "Ana Ruiz agreed and said she would …"), or the owner of "in her words"
right before them. A quoted fragment inside a clause is the words of that clause's subject, not
of whoever spoke last.
"""

from __future__ import annotations

import bisect
import re

from summarizer.rules.descriptions import SAYING_NOUNS
from summarizer.rules.sentence_starts import opens_sentence
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.regex import compiled

# a person's pronoun as a subject
_HE_OR_SHE = compiled(r"\b(?:[Hh]e|[Ss]he)\b")
# "in her words", "in his own words": the words that follow are the possessor's
_IN_OWN_WORDS = compiled(r"\b[Ii]n[ \t]+(his|her|their)[ \t]+(?:own[ \t]+)?words\b")
_SUBJECT_FORM = {"his": "he", "her": "she", "their": "they"}
# a noun of saying, "from" and who it came from (a name or a noun phrase of up to six words),
# and the clause it reports: "a rebuke from the harbour master that …" (not a document's: "a
# letter from her doctor that says …" holds a relative clause)
# The source is a noun phrase, not a preposition's or an adverb's place ("criticism from within the
# party that …", "an attack from behind that …"), and "that" opens a clause of its own subject, no
# relative clause whose verb follows it ("an attack from a dog that left him …", "a charge from
# the utility that was dropped").
_SAID_FROM = compiled(
    r"\b([a-z]+)[ \t]+from[ \t]+"
    r"(?!(?:within|behind|inside|outside|above|below|beneath|beyond|across|abroad|afar|overseas|around|among"
    r"|nowhere|everywhere|somewhere|elsewhere|there|here|under|over)\b)"
    r"((?:[\w'’-]+[ \t]+){0,5}?[\w'’-]+)[ \t]+that\b"
    r"(?![ \t]+(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|left|made|hit"
    r"|struck|broke|took|sent|came|went|tore|threw|caught|cost|kept|led)\b)"
)
# nouns of a reproach, which say what they reproach: "an attack from … that …"
_REPROACHES = frozenset({"attack", "attacks", "rebuke", "rebukes", "criticism", "charge", "charges", "retort"})
# a possessive pronoun and a noun of saying (a modifier between) opening a sentence: "Her reply",
# "His short answer" (the caller checks that the sentence is its own start)
_OWN_SAYING = compiled(r"[ \t]*([Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:([a-z-]+)[ \t]+)?([a-z]+)\b")
_OPENING = " \t\"'“‘«"
# a name's possessive and a noun of saying after it, a modifier between, and the clause it
# reports ("Hale's latest claim that …")
_WHOSE_WORDS = compiled(r"\b([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)['’]s[ \t]+(?:([a-z-]+)[ \t]+)?([a-z]+)[ \t]+that\b")
_SAYING = SAYING_NOUNS | {
    "claim", "claims", "remark", "comment", "interjection", "quip", "assertion", "boast", "promise", "pledge",
    "answer", "joke",
}  # fmt: skip
# a verb in the passive, or one that reports what was done to the subject: the quoted words
# after it are others' ("Ana Ruiz was charged with “…”", "he has been called “…”")
_PASSIVE = compiled(r"\b(?:was|were|is|are|been|being|be|got|gets)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|en|wn)\b")
# between the subject and the words, another voice they may be: a clause of another subject
# opened by a relative or "as" ("… watched as the crowd chanted “…”", "the report, which found
# “…”"), a verb of naming after a subject of its own ("a charge the prosecutor described as
# “…”"), a verb that passes on or perceives others' words ("quoted her father: “…”", "heard",
# "read"), a written thing or a cry that is no one's speech ("a sign reading “…”", "a label",
# "a copy of the law", "to cries of “…”"), or one from someone else ("a letter from the board
# calling it “…”")
_OTHER_VOICE = compiled(
    r"\b(?:which|who|whom|whose)\b|\b(?:as|while)[ \t]+(?:the|a|an|his|her|their|its|he|she|they|we|[A-Z][a-z]+)\b"
    r"|\b(?:the|a|an|his|her|their|its)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+[ \t]+"
    r"(?:described|called|dubbed|labell?ed|branded|termed|deemed)\b"
    r"|\b(?:quot|cit|recit|read|chant|hear|heard|overhear|overheard)(?:e|es|ed|ing|s)?\b"
    r"|\b(?:signs?|banners?|placards?|posters?|inscriptions?|headlines?|petitions?|shirts?|labels?|captions?"
    r"|plaques?|laws?|rules?|lyrics|songs?|proverbs?|cries|chants?|shouts?|cheers|copy|copies)\b"
    r"|\b(?:letters?|notes?|messages?|emails?|texts?|reports?|statements?|documents?)[ \t]+(?:from|by|of)\b"
)


def subject_source(
    view: str,
    sentence: Span,
    before: int,
    people: list[tuple[Span, str, str | None, bool]],
) -> tuple[Span, str] | None:
    """The span and text of the source a speakerless attribution starting at ``before`` takes
    from its own sentence (``sentence``): "her" of "in her words" right before it, or of "Her
    reply was short:" opening it and bringing the words in with a colon, else the person named, or "he" or "she", as the sentence's subject before it (not where a passive
    verb between makes the subject the one the words are about). None if none."""
    start = sentence[0]
    if not start <= before <= sentence[1]:
        return None
    own = None
    for m in _IN_OWN_WORDS.finditer(view, start, before):
        own = m
    if own is not None:
        return own.span(1), _SUBJECT_FORM[own.group(1)]  # "in his words": the words of "he"
    said = None
    for m in _WHOSE_WORDS.finditer(view, start, before):
        if (m.group(2) or "") in _SAYING or m.group(3) in _SAYING:
            said = m
    if said is not None:
        # "… answered Hale's claim that the sale made him “a fool”": the words are Hale's (not
        # the subject's, nor those of the speaker before)
        return said.span(1), said.group(1)
    said_from = None
    for m in _SAID_FROM.finditer(view, start, before):
        if (m.group(1) in _SAYING or m.group(1) in _REPROACHES) and m.group(1) not in lx.DOCUMENT_HEADS:
            said_from = m
    if said_from is not None and not _OTHER_VOICE.search(view, said_from.end(), before):
        # "… drew a sharp rebuke from the harbour master that it “ignores the tides”": the words
        # are those of the one the noun of saying came from
        return said_from.span(2), said_from.group(2)
    whose = _OWN_SAYING.match(view, start)
    if (
        whose is not None
        and (whose.group(2) in _SAYING or whose.group(3) in _SAYING)
        and view[whose.end() : before].rstrip(_OPENING).endswith(":")
        and not _OTHER_VOICE.search(view, whose.end(1), before)
    ):
        # "Her reply was short: “…”": the words the sentence's subject, a possessive pronoun's
        # noun of saying, brings in with a colon are the possessor's
        return whose.span(1), _SUBJECT_FORM[whose.group(1).lower()]
    found: tuple[Span, str] | None = None
    for span, _name, _role, subject in people[bisect.bisect_left(people, start, key=_start) :]:
        if span[0] >= before:
            break
        if span[1] <= before and subject:
            found = span, view[span[0] : span[1]]
            break
    if found is None:
        for m in _HE_OR_SHE.finditer(view, start, before):
            if opens_sentence(view, m.start()):
                found = m.span(), m.group()
            break
    if found is None or _PASSIVE.search(view, found[0][1], before) or _OTHER_VOICE.search(view, found[0][1], before):
        return None
    return found


# a third person the quoted words speak of, by gender: then they are no words of the person
# named before ("“He was …”"), nor of one of that gender (rules/model)
THIRD_PERSON = {
    "male": compiled(r"\b(?:he|him|his|himself)\b", re.I),
    "female": compiled(r"\b(?:she|her|hers|herself)\b", re.I),
}


def paragraph_subject(
    view: str,
    lead: Span,
    quote: Span,
    people: list[tuple[Span, str, str | None, bool]],
) -> tuple[Span, str] | None:
    """The source of a quote with no speaker that would go on with the speaker before, when the
    sentence that leads into it (``lead``, after that attribution) gives the floor to a person
    named as its subject ("“…,” said the mayor.\n\nThe harbour master disagrees. “…”"): the words
    are that person's. The floor is given by a verb of reaction or stance, right after the
    subject ("laughed", "shook his head", "disagrees"): an event told of the subject ("fled in a
    car", "built the mill in 1820", "had been swimming"), a profile ("remains in custody", "has
    run the cafe for years") or a denial ("did not return calls") leaves the words with the
    speaker before.
    Not when the quote speaks of a third person ("“He was …”"), who the subject may be. None if none."""
    if lead[0] >= quote[0] or any(p.search(view, quote[0], quote[1]) for p in THIRD_PERSON.values()):
        return None
    found = subject_source(view, lead, quote[0], people)
    if found is None:
        return None
    verb = _SUBJECT_VERB.match(view, found[0][1], quote[0])
    return found if verb is not None and verb.group(1) in _REACTIONS else None


# the verb after a subject, past an appositive ("Her rival, X, laughed"; "X, its captain,
# disagrees") and an adverb ("still disagrees")
_SUBJECT_VERB = compiled(r"(?:,[^,.;“”\"]*,|,)?[ \t]+(?:(?:[a-z]+ly|still|also|now|just|only)[ \t]+)?([a-z]+)\b")
# verbs of reaction and stance, which give the floor to their subject ("X laughed. “…”")
_REACTIONS = frozenset({
    "laughed", "laughs", "smiled", "smiles", "grinned", "grins", "chuckled", "chuckles", "shrugged", "shrugs",
    "nodded", "nods", "sighed", "sighs", "shook", "shakes", "frowned", "frowns", "winced", "winces", "scoffed",
    "scoffs", "groaned", "groans", "beamed", "beams", "paused", "pauses", "hesitated", "hesitates", "disagreed",
    "disagrees", "agreed", "agrees", "objected", "objects", "differed", "differs", "insisted", "insists",
    "recalled", "recalls", "remembered", "remembers", "worried", "worries", "hoped", "hopes", "feared", "fears",
    "doubted", "doubts", "shouted", "cried", "sobbed", "sobs", "smirked", "bristled", "bristles",
})  # fmt: skip


def _start(mention: tuple[Span, str, str | None, bool]) -> int:
    return mention[0][0]
