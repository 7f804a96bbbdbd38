"""Pattern `headline_quote`: a quote in a headline that opens with its subject ("Mayor Lind
Sees ‘A Real Danger’ in Harbour Plan"): a headline quotes its subject's words. In title case
every quote looks like a name's (a show, a book), so only the words just before it tell a
work's title ("Lind’s ‘Harbour Song’", "a clip of ‘The Quay’") from a statement."""

from __future__ import annotations

import re

from summarizer.rules.attribution.context import RawAttribution, headline_name, is_title_case
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.words import ABOUT_VERBS, OF_VERBS, ON_VERBS
from summarizer.text import lexicon as lx
from summarizer.text.base import SpanIndex
from summarizer.text.regex import compiled

# the headline's opening words: capitalised, a name's or a title's
_WORD = compiled(r"[A-Z][\w.’'-]*")
# what stands before a work's title in quote marks: a possessive, "of", "in", "on", a determiner
_TITLE_BEFORE = compiled(r"(?:['’]s?|\b(?:of|in|on|at|the|a|an|from|with|for|by))\s*$", re.IGNORECASE)
# "Rips the Plan As A ‘…’": what the subject calls something is the subject's words
_DESCRIBED_AS = compiled(r"\bas\s+(?:an?|the)\s*$", re.IGNORECASE)
_MAX_SUBJECT = 4
# verbs of speaking that take a topic ("Speaks", "Talks", "Writes"): a headline's verb of words
_SPEAKING = frozenset(f for lemma in ABOUT_VERBS | OF_VERBS | ON_VERBS for f in lx.inflect(lemma))
# the marks a headline quotes with, each closed by its own kind
_OPENING = frozenset("‘“\"'")
_CLOSING = frozenset("’”\"'")


def _subject(view: str, end: int) -> tuple[int, int, int] | None:
    """(start, end, next word's start) of the subject that opens the headline ending at ``end``:
    up to four capitalised words, ending after a noun for a group ("Frustrated Parents") or
    before a verb ("Obama Sees"); None when the headline opens with no name."""
    pos = 0
    words: list[re.Match[str]] = []
    while len(words) < _MAX_SUBJECT:
        m = _WORD.match(view, pos, end)
        if m is None:
            break
        word = m.group()
        low = word.lower()
        if words and (
            low in lx.CUE_FORMS
            or low in lx.STANCE_FORMS
            or (low.endswith("s") and not low.endswith(("'s", "’s", "ss")) and not lx.is_source_noun(low))
        ):
            break  # the headline's verb: "Sees", "Says", "Rips"
        words.append(m)
        pos = m.end() + 1
        if view[m.end() : m.end() + 1] != " " or (len(words) > 1 and low in lx.GROUP_NOUNS):
            break
    if not words or not headline_name(words[0].group()):
        return None
    return words[0].start(), words[-1].end(), words[-1].end() + 1


def _statement(verb: str, last: str) -> bool:
    """Does the headline's verb tell words or a view ("Sees", "Rips"), or does its quote close
    as a sentence does ("Rally To ‘Save Our Schools.’"), not as a work's name?"""
    return verb in lx.CUE_FORMS or verb in lx.STANCE_FORMS or verb in _SPEAKING or last in ".!?"


@pattern(
    "headline_quote",
    890,
    "leftover",
    "a quote in a headline that opens with its subject: the subject's words (not a work's title)",
    ("Mayor Lind Sees ‘A Real Danger’ in Harbour Plan.\n\nThe mayor spoke on Monday.",),
)
def headline_quote(view: str, orphans: list[RawAttribution], claimed: SpanIndex) -> list[RawAttribution]:
    """Give the quotes of a title-case headline its subject as their speaker."""
    line_end = view.find("\n")
    if line_end < 0 or not orphans or orphans[0].content[0] >= line_end:
        return orphans
    if not is_title_case(view, (0, line_end)):
        return orphans
    subject = None
    for a in orphans:
        start, end = a.content
        if (
            end > line_end
            or claimed.overlaps(start, end)
            or view[start] not in _OPENING
            or view[end - 1] not in _CLOSING
        ):
            continue  # "… « CBS Dallas": a guillemet that sets off the site's name opens no quote
        if _TITLE_BEFORE.search(view, max(0, start - 8), start) and not _DESCRIBED_AS.search(
            view, max(0, start - 12), start
        ):
            continue  # "DuVernay’s ‘13th’", "a clip of ‘The 411’": a work's title (not "Calls Him A ‘…’")
        subject = subject or _subject(view, start)
        if subject is None or subject[1] >= start or view.find(" ", subject[2], start) <= subject[2]:
            return orphans  # no verb between the subject and the quote: "Band Releases ‘…’" names a work
        a.speaker = (subject[0], subject[1])
        verb_end = view.find(" ", subject[2], start)
        if not _statement(view[subject[2] : verb_end].lower(), view[end - 2]):
            continue  # "Tom Ek Joins ‘The Harbour Hour’", "Returns To ‘…’": a verb of doing, a work's name
        a.cue = (subject[2], verb_end)
        a.inherit = False
        a.pattern = "headline_quote"
    return orphans
