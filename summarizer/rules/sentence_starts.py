"""Where a sentence's subject stands: the start of a sentence, a line or the text, or the main
clause after a short fronted adverbial ("On Dec. 3, the mayor …"). Read by name_mentions.py (a
name as its sentence's subject) and speakerless.py (a pronoun as one).
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
