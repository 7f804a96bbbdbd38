"""A document named with its author after "by" or "from" ("a report by the auditor", "reports from
two local papers", "a study published by researchers at …"): who a later "the report" speaks for.
"""

from __future__ import annotations

from summarizer.rules.roles import ORG_NOUNS, is_role_noun
from summarizer.text import lexicon as lx
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.regex import compiled
from summarizer.text.timeplace import CALENDAR_WORDS

# a document with its author after "by" or "from" ("a report by the auditor", "reports from two
# papers saying …", "a study published by researchers at …"): the author's words run to a comma,
# a stop, a preposition of what follows, or the verb, participle or "saying" after them ("a report
# by Officer Ana Ruiz filed with the court"); a time after "by" is none ("a report by Friday")
_BY_AUTHOR = compiled(
    r"\b((?i:"
    + "|".join(sorted(lx.DOCUMENT_HEADS, key=lambda w: (-len(w), w)))
    + r"))[^\S\n]+(?:(?:released|published|issued|written|prepared|compiled)[^\S\n]+)?(?:by|from)[^\S\n]+"
    r"(?!(?:the[^\S\n]+)?(?:end|time|then|now|early|late|mid|next|last|this|"
    + "|".join(sorted(w.capitalize() for w in CALENDAR_WORDS))
    + r"|\d+)\b)"
    r"([\w'’.&-]+(?:[^\S\n]+(?!(?:saying|that|which|who|said|says|found|finds|showed|shows|suggests|suggested"
    r"|released|published|on|in|with|to|for|about|over|after|before|last|this|was|were|is|are|has|have|had"
    r"|[a-z]+ed)\b)[\w'’&-]+){0,7})(?=[^\w'’&-]|\Z)"
)


def author_before(text: str, head: str, before: int) -> tuple[int, str] | None:
    """Who wrote the document a later "the report", "the reports", "the study" is, where the text
    named it with its author after "by" or "from" in the 600 characters before ``before``
    ("reports by two local papers saying …"; _BY_AUTHOR): the author's start and words, the last
    such; None when none is ("a report on the ferry", "a report by Friday", "a study by" for
    "the report")."""
    found = None
    for m in _BY_AUTHOR.finditer(text, max(0, before - 600), before):
        if m.group(1).lower().removesuffix("s") == head.removesuffix("s"):
            found = m
    if found is None:
        return None
    after_from = found.group(0)[: found.start(2) - found.start()].rstrip().endswith("from")
    author = _author_words(found.group(2).rstrip("."), after_from=after_from)
    return None if author is None else (found.start(2), author)


# a news outlet's common nouns, an author as a body is ("reports by two local papers")
_OUTLET_NOUNS = frozenset({"paper", "outlet", "press", "tabloid", "broadsheet", "wire"})
_CONJUNCTS = compiled(r"\s+(?:and|&)\s+")
_PREPOSITION_AFTER_HEAD = compiled(r"\s+(?:at|of|for|from|in|with|on|near|inside|outside)\s")
_PRONOUNS = lx.PRONOUN_FORMS - {"you"}  # a pronoun is no author, "you" the reader addressed


def _is_author_head(word: str) -> bool:
    low = word.rstrip(".").lower()
    return low not in _PRONOUNS and (
        is_person_noun(low)
        or is_role_noun(word)
        or low in ORG_NOUNS
        or low.removesuffix("s") in ORG_NOUNS | _OUTLET_NOUNS
    )


def _author_words(words: str, *, after_from: bool) -> str | None:
    """The words after "by" or "from" that can have written a document, or None: a conjunct headed
    (before a preposition) by a word for a person or people ("researchers at …", "a reader"), a
    role, a body or an outlet ("the ministry", "two local papers"), or a name ("Officer Ana Ruiz",
    "Dr. Ann Lee and colleagues"); after "from", a lone capitalised word may be a place ("a report
    from Ottawa") and is none. Not a place, a time or a manner ("a report from the scene", "a study
    from 2019", "a report by design"). A verb the words ran on to is cut off at the first such head
    ("reports from two hospitals put the toll at 12": "two hospitals")."""
    conjuncts = _CONJUNCTS.split(words)
    for conjunct in conjuncts:
        before_preposition = _PREPOSITION_AFTER_HEAD.split(conjunct)[0].split()
        if not before_preposition:
            continue
        heads = [i for i, w in enumerate(before_preposition) if _is_author_head(w)]
        end = heads[0] + 1 if heads else 0
        while end in heads:  # "the chief executive": a compound of heads
            end += 1
        if heads and len(conjuncts) == 1 and end < len(before_preposition) and before_preposition[end][:1].islower():
            return " ".join(before_preposition[:end])  # "the chief executive went out": a verb follows
        if heads:
            return words
        head = before_preposition[-1]
        names = [w for w in before_preposition if w[:1].isupper()]
        if head[:1].isupper() and head.lower() not in _PRONOUNS and (len(names) >= 2 or not after_from):
            return words
    return None
