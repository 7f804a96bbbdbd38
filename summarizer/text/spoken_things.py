"""A report whose content is a thing named, not a statement: "denied the substance of the
story", "announced the end of the strike", "has vowed revenge" (report_kinds reads it as a stance)."""

from __future__ import annotations

from summarizer.text.lexicon import (
    AUXILIARY_VERBS,
    CUE_FORMS,
    DETERMINERS,
    IRREGULAR_PAST,
    NEGATED_AUXILIARIES,
    inflect,
)

# verbs of saying that take a noun phrase as their object as readily as a clause: "announced
# the closure" / "announced it would close", "noted the delays" / "noted that the ferry was
# late", "denied the claim" / "denied he was there". On a noun phrase they name what was spoken
# of, no statement (as "complained about the fees" does); "said", "told", "wrote" and "added"
# are not among them: their content is a clause even when no auxiliary shows it ("said sales
# account for most of it"), and a thing said ("said a prayer") is rare
THING_OR_CLAUSE_VERBS = frozenset(
    f
    for lemma in (
        "announce", "report", "note", "deny", "acknowledge", "admit", "mention", "point out", "emphasize",
        "emphasise", "stress", "tout", "vow", "pledge", "reiterate", "disclose", "predict", "concede",
    )
    for f in inflect(lemma)
)  # fmt: skip
_FINITE = (AUXILIARY_VERBS - {"being"}) | NEGATED_AUXILIARIES
# what opens a clause or another report whatever follows: a subject pronoun ("it" with words
# after it: "announced it would close"), a word of how or what, "that", "to", yes and no
_CLAUSE_OPENERS = frozenset({
    "i", "he", "she", "we", "they", "you", "it", "there", "this", "that", "how", "what", "why", "where", "when",
    "who", "whether", "if", "to", "yes", "no", "so",
})  # fmt: skip
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where"})
# a pronoun's contraction of a finite verb: "it's", "there's", "we're", "they've", "she'll"
_CONTRACTED = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d")
_PRONOUN_HOSTS = frozenset({"it", "that", "there", "here", "what", "he", "she", "who"})
# nouns of a report: what it reported is the thing denied or noted ("denied reports by two
# papers saying …", "denied claims that …"), a statement
_REPORT_NOUNS = frozenset({
    "report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "suggestion",
    "suggestions", "rumour", "rumours", "rumor", "rumors", "assertion", "assertions", "statement", "statements",
})  # fmt: skip
_PUNCTUATION = ',.;:!?"“”‘’()[]—–'


def names_a_thing(content: str) -> bool:
    """Is the content a noun phrase ("the end of the siege", "little progress on trade",
    "drinking water above all else"), not a clause ("it would close", "the video showed a
    sign", "crews can't reach it") nor a hearer and an infinitive ("voters to be wary")? Read
    within its first ten words, up to a relative pronoun (a noun phrase may hold a clause:
    "the end of a siege that lasted a day"). A report in it tells of a statement ("denied
    reports saying the talks failed", "claims that …"): no thing. A participle first reads as
    a gerund ("denied taking the money", a statement; "rising costs" too)."""
    words = [w.strip(_PUNCTUATION).lower() for w in content.split()[:10]]
    words = [w for w in words if w]
    if len(words) < 2 or words[0] in _CLAUSE_OPENERS:
        return False  # "it" alone ("denied it") names the thing before, read as before
    if content[:1].isupper() and words[0] in DETERMINERS:
        return False  # a sentence of its own before a trailing cue: "The driver works nights, the station reports"
    if words[0].endswith("ing"):
        return False  # a gerund tells what the speaker did: "denied taking the money", a statement
    for i, w in enumerate(words):
        if w in _REPORT_NOUNS:
            return False  # "denied claims that the pier was unsafe": a statement, reported
        if w in _RELATIVES and i > 0:
            return True
        if w in _FINITE or (w == "to" and i < 4):
            return False  # "the plan was late"; "voters to be wary", "people to send a message"
        if w.endswith("ing") and w in CUE_FORMS:
            return False  # "denied reports saying the talks had failed": a statement, reported
        if w.endswith(_CONTRACTED) and (w[:-2] in _PRONOUN_HOSTS or w[:-3] in _PRONOUN_HOSTS):
            return False
        if i > 0 and ((w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST):
            return False  # "the video showed", "the team lost": a lexical verb in the past
    return True
