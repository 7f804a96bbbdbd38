"""The words of the text as a summary retells them: a first word in lower case inside another
sentence ("A man" -> "a man"), a passage cut to a few words with a quotation it opened closed.
"""

from __future__ import annotations

from summarizer.text.lexicon import QUANTIFIER_PRONOUNS
from summarizer.text.regex import compiled

NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                 "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozens", "a",
                 "hundreds", "thousands", "millions", "scores", "tens"}  # fmt: skip
LOWER_STARTS = {
    "the",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "nobody",
    "these",
    "this",
    "those",
    "that",
    "a",
    "an",
    "it",
    "they",
    "there",
    "some",
    "many",
    "most",
    "its",
    "their",
    "his",
    "her",
    # the quantifiers of people ("No one was hurt", "Neither was hurt", "All survived"): "police say
    # no one was hurt"
    *(w.split()[0] for w in QUANTIFIER_PRONOUNS),
}


_WORD_COMMA = compiled(r",(?!(?<=\d,)\d)")


def short(text: str, words: int = 18, *, close: bool = True) -> str:
    parts = text.split()
    if len(parts) <= words:
        short = text.rstrip(" ,;:")
    else:
        cut = " ".join(parts[:words])
        # the last comma between words, not one inside a number ("4,000"): cut there, a number would lose its digits
        comma = max((m.start() for m in _WORD_COMMA.finditer(cut)), default=-1)
        if comma > len(cut) // 2:
            cut = cut[:comma]
        short = cut.rstrip(" ,;:") + " …"
    return _closed(short) if close else short


def _closed(text: str) -> str:
    """A quotation opened in the text is closed at its end: content that stops inside a quote
    ('called the plan "a press release, not a plan') or a cut ends with the mark."""
    if text.count('"') % 2 and (text.rfind('"') == 0 or text[text.rfind('"') - 1].isspace()):
        return text + '"'  # the last mark opens a quote (one that closes a quote begun before is left)
    if text.count("“") > text.count("”"):
        return text + "”"
    return text


QUALIFIER_STARTS = {"at", "up", "about", "more", "nearly", "between", "some", "around", "over"}


def lower_first(phrase: str) -> str:
    """A sentence-initial function word or number word in lower case ("A man" -> "a man"); a
    name keeps its capital ("Michael Reyes")."""
    first = phrase.split()[0].lower().split("-")[0] if phrase.strip() else ""  # "Twenty-six" as "twenty"
    if phrase[:1].isupper() and (first in LOWER_STARTS or first in NUMBER_WORDS or first in QUALIFIER_STARTS):
        return phrase[0].lower() + phrase[1:]
    return phrase
