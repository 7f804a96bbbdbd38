"""The whole-word search names are found with: a scan per word in a short text, a word index
(the same answers, in linear time) in a long one.
"""

from __future__ import annotations

import re

from summarizer.text.regex import compiled

_WORD_RUN = compiled(r"\w+")
# the text length from which names are found through a word index (the same answers as a scan,
# in linear time): below it, scanning the text once per name is faster (a 5 KB article: 1 ms)
INDEX_FROM = 20_000


class WordIndex:
    """Where each word of a text starts, so that word_spans finds a name's occurrences without
    a scan of the whole text per name; the same answers as that scan."""

    def __init__(self, text: str, *, casefold: bool) -> None:
        self.text = text
        self.casefold = casefold
        hay = text.lower() if casefold else text
        self.usable = len(hay) == len(text)  # "İ".lower() is two characters: offsets would shift
        self.hay = hay
        self.runs: dict[str, list[int]] = {}
        if self.usable:
            for m in _WORD_RUN.finditer(hay):
                self.runs.setdefault(m.group(), []).append(m.start())

    def spans(self, word: str, *, hyphen: bool = False) -> list[tuple[int, int]]:
        needle = word.lower() if self.casefold else word
        first = _WORD_RUN.match(needle)
        if not self.usable or first is None or first.start() != 0:
            return word_spans(self.text, word, hyphen=hyphen, casefold=self.casefold)
        # in a whole-word occurrence each word of the needle is a whole word of the text: the
        # needle's rarest word says where to look ("Ana Adler": where "Adler" is, not "Ana")
        rarest = min(_WORD_RUN.finditer(needle), key=lambda m: len(self.runs.get(m.group(), ())))
        offset = rarest.start()
        text, n = self.text, len(needle)
        out = []
        for at in self.runs.get(rarest.group(), ()):
            i = at - offset
            if i < 0 or not self.hay.startswith(needle, i):
                continue
            before = text[i - 1] if i > 0 else " "
            after = text[i + n] if i + n < len(text) else " "
            if not (before.isalnum() or before == "_" or (hyphen and before == "-")) and not (
                after.isalnum() or after == "_"
            ):
                out.append((i, i + n))
        return out


def word_spans(text: str, word: str, *, hyphen: bool = False, casefold: bool = False) -> list[tuple[int, int]]:
    """Where ``word`` occurs in ``text`` as a whole word (str.find, no regex to compile per name)."""
    hay = text.lower() if casefold else text
    needle = word.lower() if casefold else word
    out = []
    i = hay.find(needle)
    n = len(needle)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_" or (hyphen and before == "-")) and not (
            after.isalnum() or after == "_"
        ):
            out.append((i, i + n))
        i = hay.find(needle, i + 1)
    return out


def run_words(view: str, run: re.Match[str]) -> list[tuple[str, int]]:
    """The words of a run of capitalised words (name_runs.CAP_RUN), each with where it starts:
    what a match of non-spaces finds in it (its words are apart by spaces and tabs alone), split
    in C, not matched one by one."""
    words = []
    at = run.start()
    for word in run.group().split():
        at = view.find(word, at)  # (only spaces or tabs before it: the word's own start)
        words.append((word, at))
        at += len(word)
    return words
