"""The one a fronted "asked" clause speaks of: "When asked about the fees, Okafor did not
hesitate." An "asked" with no subject of its own shares the main clause's, who is the one asked,
someone who answers. A lone capitalised word there, with no given name before it, is a person's
surname when the text goes on with "he" or "she" right after, in the sentence or as the next
one's source (name_mentions.py reads it as a
mention a later "he said" can resolve to).
"""

from __future__ import annotations

from summarizer.rules.sentence_starts import SENTENCE_END, opens_sentence
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.regex import compiled, guarded

# "Asked …", "When asked …", "Once asked …", "If asked …" (opening its sentence: checked by the caller)
_ASKED = guarded(r"\b(?:(?:[Ww]hen|[Oo]nce|[Ii]f)[ \t]+)?[Aa]sked\b")
# the main clause's subject after the fronted clause: a lone capitalised word, a verb in lower case after it
_SUBJECT = compiled(r",[ \t]+([A-Z][\w’'-]*)(?=[ \t]+([a-z]+))")
# a noun for people or a body after a capitalised word, which modifies it: "Harbour officials"
_NOUNS = iw.PEOPLE_NOUNS | iw.OCCUPANT_NOUNS | iw.SIZED_GROUP_NOUNS | lx.PERSON_ROLES | lx.GROUP_NOUNS | lx.ORG_HEADS
# the main clause's verb a copula or an auxiliary: a state or a perfect, which a place, a team or
# a brand takes as well as a person ("Tilbury remains on alert", "Rovers looked confident",
# "Zentro has said little"), no answer that shows the one asked is a person ("Fenn did not hesitate")
_COPULAS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "remains", "remained", "stays", "stayed",
    "seems", "seemed", "appears", "appeared", "looks", "looked", "becomes", "became", "sounds", "sounded",
    "will", "would", "could", "can", "may", "might", "should", "must",
})  # fmt: skip
# a body's possessive: "Corvel blamed its suppliers. Its …", no person
_ITS = compiled(r"\b[Ii]ts\b")
# a third person of one sex, a person's: "he", "her" … (in the subject's own sentence)
_ONE_SEX = compiled(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# "he" or "she" as the source of the next sentence's words: "“…,” he said"
_SOURCE = compiled(
    r"\b(?:(?:[Hh]e|[Ss]he)[ \t]+(?:said|says|added|replied|answered|told)|(?:said|says|added|replied|answered)[ \t]+(?:he|she))\b"
)


def asked_subjects(view: str) -> list[tuple[Span, str]]:
    """The lone capitalised words that are the subject of a sentence opened by a fronted "asked"
    clause, with "he" or "she" in that sentence or as the next one's source ("“…,” he said"), no
    "its" in either, and no noun for people after the word, which modifies it: (span, word). The caller judges the word a
    surname (no word of the lexicon's, none the text writes in lower case)."""
    out: list[tuple[Span, str]] = []
    if "sked" not in view:
        return out  # every match holds it: a text without it is not searched (most are not asked about)
    for m in _ASKED.finditer(view):
        if not opens_sentence(view, m.start()):
            continue  # "she was asked", "When the mayor was asked"
        stop = SENTENCE_END.search(view, m.end(), min(len(view), m.end() + 300))
        end = stop.start() if stop is not None else min(len(view), m.end() + 300)
        subject = _SUBJECT.search(view, m.end(), end)
        if subject is None or "’" in subject.group(1)[-2:] or "'" in subject.group(1)[-2:]:
            continue  # no subject of one word, or a possessive ("Okafor's lawyer")
        if subject.group(2) in _NOUNS or subject.group(2) in _COPULAS:
            continue  # "Harbour officials said": a noun the word modifies; "Tilbury remains": a state
        nxt = stop.end() if stop is not None else end
        after = SENTENCE_END.search(view, nxt, min(len(view), nxt + 400))
        last = after.start() if after is not None else min(len(view), nxt + 400)
        if _ITS.search(view, subject.end(), last):
            continue  # "Corvel blamed its suppliers": a body
        if _a_body_or_place(view, subject.group(1)):
            continue  # "the Rovers", "in Tilbury", "Rovers were": a team or a place elsewhere
        if _ONE_SEX.search(view, subject.end(1), end) or _SOURCE.search(view, nxt, last):
            out.append((subject.span(1), subject.group(1)))
    return out


# before a word elsewhere: an article or a preposition of place, which a surname never takes
# ("the Rovers,", "at Rovers", "in Tilbury"), but for a possessive ("in Fenn's view") or a noun
# it modifies ("the Fenn family")
_ARTICLE_BEFORE = compiled(r"(?:^|[^\w'’-])[Tt]he[ \t]+\Z")
_PLACE_BEFORE = compiled(r"(?:^|[^\w'’-])(?:[Ii]n|[Aa]t)[ \t]+\Z")
_POSSESSIVE_AFTER = compiled(r"['’]s\b")
_WORD_AFTER = compiled(r"[ \t]+[a-z]")
# after it: a verb in the plural, which one person named by a surname never takes ("Rovers were
# poor"), unless the word ends a subject of two ("Fenn and Hale were")
_PLURAL_VERB_AFTER = compiled(r"[ \t]+(?:are|were|have|do|aren['’]t|weren['’]t|haven['’]t|don['’]t)\b")
_JOINED_BEFORE = compiled(r"(?:\band|&|,)[ \t]+\Z")


def _a_body_or_place(view: str, word: str) -> bool:
    """Whether the text names ``word`` elsewhere as a team, a body or a place: after "the" (no
    noun after it), after "in" or "at" (no possessive), or before a verb in the plural with no
    other subject joined to it."""
    i = view.find(word)
    while i >= 0:
        j = i + len(word)
        whole = (i == 0 or not (view[i - 1].isalnum() or view[i - 1] in "'’-")) and not (
            j < len(view) and (view[j].isalnum() or view[j] in "'’-")
        )
        if whole:
            before = view[max(0, i - 8) : i]
            plural = _PLURAL_VERB_AFTER.match(view, j) is not None
            if _ARTICLE_BEFORE.search(before) is not None and (plural or _WORD_AFTER.match(view, j) is None):
                return True
            if _PLACE_BEFORE.search(before) is not None and _POSSESSIVE_AFTER.match(view, j) is None:
                return True
            if plural and _JOINED_BEFORE.search(before) is None:
                return True
        i = view.find(word, i + 1)
    return False
