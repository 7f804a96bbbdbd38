"""Where a sentence's subject stands: the start of a sentence, a line or the text, or the main
clause after a short fronted adverbial ("On Dec. 3, the mayor …"), and the names as salient as a
subject that stand elsewhere. Read by name_mentions.py (a name as its sentence's subject) and
speakerless.py (a pronoun as one).
"""

from __future__ import annotations

from summarizer.text.datelines import dateline_at
from summarizer.text.regex import compiled

# words that open a fronted adverbial ("On Monday, the mayor said"; "Earlier, Ana Ruiz had …")
FRONTING = frozenset({
    "on", "in", "at", "after", "before", "last", "earlier", "later", "since", "during", "by", "when", "while",
    "asked", "speaking", "meanwhile", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "this", "given", "despite", "amid", "following", "like",
    "unlike", "with", "without", "under", "for", "as", "once", "although", "though", "because", "if", "until",
})  # fmt: skip


SENTENCE_END = compiled(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")


def opens_sentence(view: str, at: int) -> bool:
    """Whether ``at`` starts a sentence (or the text, or a line), or its main clause after a short
    fronted adverbial ("On Dec. 3, the mayor …"): where a sentence's subject stands."""
    i = at - 1
    while i >= 0 and view[i] in " \t":
        i -= 1
    if view[i : i + 1] == "." and i >= 2 and view[i - 2] == "." and view[i - 1].isupper():
        return False  # the stop of an abbreviation in capitals ("U.S. Justice Ana Lusk") ends no sentence
    if i < 0 or view[i] in ".!?\n" or (view[i] in "\"”’'" and i > 0 and view[i - 1] in ".!?"):
        return True
    if view[i] in "―—–-":
        # after a dateline ("LISK, N.B. — Ana Ruiz …") the name opens the report's first sentence
        line = view.rfind("\n", 0, i) + 1
        dateline = dateline_at(view, line, at + 1)
        return dateline is not None and dateline.span[1] == at
    if view[i] != ",":
        return False
    # a fronted adverbial: the sentence began at most 40 characters before, with one of its words
    lo = max(0, i - 40)
    start = lo
    for m in SENTENCE_END.finditer(view, lo, i):
        start = m.end()
    if start == lo and lo > 0 and view[lo - 1] != "\n":
        return False
    words = view[start:i].split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() in FRONTING and "," not in view[start:i]


# a count or quantifier opening a sentence's subject: a group whose members a list may name
_GROUP_QUANTIFIERS = frozenset({
    "several", "many", "some", "most", "few", "numerous", "dozens", "scores", "other", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten",
})  # fmt: skip
# "…, including" (or "among them", "such as") before the name, perhaps a title between ("Sen.")
_MEMBER_INTRO = compiled(r",\s+(?:including|among\s+them|such\s+as)\s+(?:[A-Z][\w.'’-]*\s+){0,3}\Z")
# after the name, the sentence ends, perhaps after the person's place ("of Lisk")
_MEMBER_CLOSE = compiled(r"(?:,?\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?[.!?]")


# a report verb inverted after the words reported and their comma or closing quote, right before a
# name ("…, said Ada Pine", "…,” adds Tom Ash"): the name is the verb's subject
_INVERTED_CUE = compiled(
    r"[,\"”'’][ \t]+(?:said|says|added|adds|explained|explains|noted|notes|wrote|writes|warned|warns"
    r"|insisted|insists|argued|argues|continued|continues)[ \t]+\Z"
)
# a short noun phrase with a determiner and a comma right before a point: "Her lawyer, ", "The
# company's owner, "
_OPENING_NP = compiled(r"\b(?:The|His|Her|Their|Its|Our|A|An)(?:[ \t]+[\w'’-]+){1,4},[ \t]+\Z")


def named_as_subject(view: str, run_start: int, at: int, end: int) -> bool:
    """Whether the person named from ``at`` (their role's start; the name's capitals from
    ``run_start``) to ``end``, standing mid-sentence, is as salient as its subject: the name set
    off after the noun phrase that opens the sentence ("Her lawyer, Tom Hale, asked for …"), or
    the one member of a group subject that closes the sentence (``named_member``), or the name
    after an inverted report verb ("Exports have stopped, said Ada Pine, who …"): the report's
    subject, whether or not the report is read; not a possessor ("…, said Ada Pine's lawyer": the
    lawyer is)."""
    if _INVERTED_CUE.search(view, max(0, at - 40), at) and not view.startswith(("'s", "’s"), end):
        return True
    if view.startswith(",", end):
        head = _OPENING_NP.search(view, max(0, run_start - 50), run_start)
        if head is not None and opens_sentence(view, head.start()):
            return True
    return named_member(view, at, end)


def named_member(view: str, at: int, end: int) -> bool:
    """Whether the person named from ``at`` to ``end`` is the one member of the sentence's
    subject, a group with a count or quantifier, that an "including" phrase closing the sentence
    names ("Several senators crossed over, including Sen. Ana Ruiz of Lisk."): the sentence is
    about them as much as about its subject, and a later "she" takes them up. Not one of a list
    ("including Ruiz and Hale"), nor a member of an object ("The mayor thanked three aides,
    including Ana Ruiz": the subject is one person)."""
    intro = _MEMBER_INTRO.search(view, max(0, at - 60), at)
    if intro is None or _MEMBER_CLOSE.match(view, end) is None:
        return False
    start = max((m.end() for m in SENTENCE_END.finditer(view, max(0, at - 300), intro.start())), default=0)
    words = [w.lower() for w in view[start : intro.start()].split()[:4]]
    if words and words[0] in ("but", "and", "yet"):
        words = words[1:]
    return bool(words) and words[0] in _GROUP_QUANTIFIERS
