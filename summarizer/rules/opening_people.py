"""A pair of capitalised words that opens its sentence before a verb only people do ("Chidi Okoro
gave no details. He said …") names a person for the "he" or "she" of the next sentence."""

from __future__ import annotations

from summarizer.rules.sentence_starts import SENTENCE_END, opens_sentence
from summarizer.text.regex import compiled

# verbs of giving word or refusing it, right after the name, or of a speaker's own gesture or
# admission ("nodded", "conceded", "apologized"): not "won", "rose", "opened" (a team, a share
# price, a shop do those)
_PEOPLE_VERB_NEXT = compiled(
    r"[ \t]+(?:gave|said|says|told|tells|declined|refused|added|adds|nodded|smiled|shrugged|laughed|sighed"
    r"|paused|wept|spoke|testified|apologi[sz]ed|conceded|admitted|recalled|insisted)\b"
)
_HE_OR_SHE = compiled(r"\b(?:[Hh]e|[Ss]he)\b")


def acts_as_a_person(view: str, start: int, end: int, words: list[tuple[str, int]]) -> bool:
    """Whether the two words from ``start`` to ``end`` open their sentence and go on with a verb
    people do, and the next sentence takes them up with "he" or "she"; not a plural ("Harbour
    Rovers told …"). The caller tests that they can be a given name and a surname."""
    if len(words) != 2 or words[1][0].endswith("s") or not _PEOPLE_VERB_NEXT.match(view, end):
        return False
    if not opens_sentence(view, start):
        return False
    stop = SENTENCE_END.search(view, end, min(len(view), end + 250))
    if stop is None:
        return False
    after = SENTENCE_END.search(view, stop.end(), min(len(view), stop.end() + 250))
    return _HE_OR_SHE.search(view, stop.end(), after.start() if after else min(len(view), stop.end() + 250)) is not None
