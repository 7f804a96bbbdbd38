"""A surname that is also a place word ("Ana Park", "Tom Lane", "Rosa Hall"): name_mentions
reads "Park" or "Lane" as a place's head ("Victoria Park", "Penny Lane") and so no surname. A
given name the census knows, then such a word that ends the run of capitals, is a person's name
where the text marks it as one: a verb of saying, an age, ", who" or an appositive after it
("Ana Park said", "Tom Lane, 41,", "Rosa Hall, a nurse,"), or "said" or a role in lower case
right before it ("said Ana Park", "neighbour Tom Lane"). A capitalised word after it is a
place's name ("Ana Park Road", "Grace Lane Church"), and so is the pair after "the" or a
locative ("the Victoria Park fountain"; name_mentions drops any name the text puts after "in").
"""

from __future__ import annotations

from summarizer.text import lexicon as lx
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

# place heads that are common surnames too
PLACE_SURNAMES = frozenset({"park", "lane", "hall", "lake", "day", "cross", "way"})

_PERSON_AFTER = compiled(
    r"(?:[ \t]+(?:said|says|told|tells|added|adds)\b|,[ \t]+(?:(?:a|an)[ \t]|who[ \t]|\d{1,3}[,.]))"
)
_NOT_A_NAME_BEFORE = frozenset({"the", "in", "at", "on", "near", "from", "to", "of", "into", "outside", "inside"})


def place_word_surname(view: str, run_start: int, words: list[tuple[str, int]], k: int) -> bool:
    """Whether ``words[k + 1]``, a place word ("Park"), is the surname of the given name at ``k``."""
    if k + 2 != len(words) or not is_given_name(words[k][0]) or words[k + 1][0].lower() not in PLACE_SURNAMES:
        return False
    before = view[max(0, run_start - 30) : run_start].split()
    word = before[-1].rstrip(".,").lower() if before and k == 0 else ""
    if word in _NOT_A_NAME_BEFORE:
        return False
    end = words[k + 1][1] + len(words[k + 1][0])
    return _PERSON_AFTER.match(view, end) is not None or word in {"said", "says"} or word in lx.PERSON_ROLES
