"""A second source's toll told with its verb left out, after the first source's: "the ministry
said 12 people were killed, the rebels 20", "…, and the hospital at least 15". Each is told with
its own source; the two are never added.
"""

from __future__ import annotations

import re

from summarizer.rules.figures import FigureDraft
from summarizer.text import lexicon as lx
from summarizer.text.regex import compiled

# the source right before the number, after a comma or a conjunction, with no verb of its own:
# a determiner and up to three words, then the head ("the rebels", "the UN mission", "Hamas")
_GAPPED_BEFORE = compiled(
    r"(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s+(?P<source>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"\s+(?:at\s+)?(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
# the heads a source ends in: a group that speaks as one ("rebels", "officials") or a body
# ("ministry", "hospital"); not a quantifier or the people counted ("others", "victims")
_SOURCE_HEADS = (lx.GROUP_NOUNS | lx.ORG_HEADS) - {
    "many", "some", "others", "most", "few", "both", "all", "people", "victims", "survivors", "students",
    "workers", "employees", "soldiers", "troops", "fighters", "militants", "families", "relatives", "friends",
    "parents", "teachers", "citizens", "americans", "members",
}  # fmt: skip
_CONJUNCTIONS = frozenset({"and", "while", "whereas", "but"})
_REACH = 60  # how far before the number the source and its comma are looked for


def gapped_tolls(view: str, total: FigureDraft | None, figures: list[FigureDraft]) -> list[tuple[str, FigureDraft]]:
    """(the source as written, its count) for each count of the total's own harm told after it in
    its sentence with a source of its own and no verb ("…, the rebels 20")."""
    if total is None or total.category not in ("killed", "injured", "missing"):
        return []
    found: list[tuple[str, FigureDraft]] = []
    for f in figures:
        if f.sentence != total.sentence or f.span[0] <= total.span[1] or f.category != total.category:
            continue
        if f.location is not None and f.location != total.location:
            continue  # a count at another place is a part, not another source's toll
        start = max(total.span[1], f.words_start - _REACH)
        m = _GAPPED_BEFORE.search(view, start, f.words_start)
        if m is None:
            continue
        words = m.group("source").split()
        if words[0].lower() in _CONJUNCTIONS and len(words) > 1:
            words = words[1:]  # ", and the Red Cross 35", ", but the rebels at least 30": the comma's conjunction
        source = " ".join(words)
        if words[-1].lower() not in _SOURCE_HEADS or any(w.lower() in lx.SPEECH_FORMS for w in words):
            continue
        if any(ch.isdigit() for ch in source):
            continue  # "12 people, 20": counts in a list, not a source
        found.append((source, f))
    return found


def told(source: str, phrase: str, verb: str) -> str:
    """The gapped toll as a sentence of its own: "According to the rebels, 20 people were killed."""
    return f"According to {_THE.sub('the', source)}, {phrase} {verb}."


_THE = compiled(r"^The\b")
