"""A person's name read in a run of capitalised words: where it starts and ends past titles,
roles, forms of address and initials ("Corran retiree Ada Morel" holds "Ada Morel"), and whether
a word can be a given name or a surname at all; name_mentions.py finds where the text names people.
"""

from __future__ import annotations

import re

from summarizer.rules.place_surnames import place_word_surname
from summarizer.rules.premodified_subjects import premodified_subject
from summarizer.rules.roles import office_fields
from summarizer.rules.sentence_starts import FRONTING as _FRONTING
from summarizer.rules.sentence_starts import named_as_subject
from summarizer.rules.sentence_starts import opens_sentence as _opens_sentence
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

# a run of capitalised words ("Corran retiree Ada Morel" holds "Ada Morel")
# (possessive: a word's letters or the spaces after it given back could never be followed by
# what the pattern needs next, so the engine does not try)
CAP_RUN = compiled(r"[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z]\.|[A-Z][\w'’-]*+))+")
# the last word of a place or an institution named after a person ("Virginia Beach", "Grace Hospital")
_NOT_SURNAMES = lx.ORG_HEADS | {
    "street", "avenue", "road", "drive", "boulevard", "lane", "way", "park", "beach", "county", "city",
    "lake", "river", "mountain", "island", "bay", "valley", "hall", "square", "bridge", "airport",
    "school", "college", "stadium", "arena", "church", "day", "award", "prize", "act", "bill",
}  # fmt: skip


NON_SPACE = compiled(r"\S+")
_INITIAL = compiled(r"[A-Z]\.")
# the last word before a run, and the two before it (a role in lower case and its field)
_LAST_WORDS = compiled(r"(?:(?<!\S)(\S+)[ \t]+)?(?:(\w+)[ \t]+)?(\w+)\.?\s+$")


def _last_words(view: str, end: int) -> re.Match[str] | None:
    """``_LAST_WORDS.search`` over the 40 characters before ``end``. A match is three words at
    most and the spaces after them, so none starts before the window's third word from the end:
    the search (which tries every position, each with much backtracking) starts there."""
    lo = max(0, end - 40)
    words = view[lo:end].rsplit(None, 3)
    if len(words) == 4:
        lo += len(words[0])  # the text before the last three words' spaces
    return _LAST_WORDS.search(view, lo, end)


def name_in_run(
    view: str, run_start: int, words: list[tuple[str, int]], given_at: int, first: int = 0
) -> tuple[Span, str, str | None, bool] | None:
    """The first given name and surname in a run of capitalised words (a given name the census
    knows, or the word at ``given_at``), from the word at ``first`` on, with the role before it:
    one of person_mentions'."""
    for k, (word, start) in enumerate(words[:-1]):
        if k < first or word in lx.NON_NAME_CAPS or (k != given_at and not is_given_name(word)):
            continue
        name, end = [word], start + len(word)
        for n, (nxt, nxt_start) in enumerate(words[k + 1 : k + 3], k + 1):
            bare = nxt[:-2] if nxt.endswith(("'s", "’s")) else nxt  # "Ross's" -> "Ross"
            low = bare.lower()
            if (
                bare in lx.NON_NAME_CAPS
                or (low in _NOT_SURNAMES and not place_word_surname(view, run_start, words, k))
                or low in _TITLE_ABBREVIATIONS
                or (low in lx.TITLES and n + 1 < len(words))
                or (bare.isalpha() and bare.isupper() and len(bare) > 1 and not word.isupper())
            ):
                # no surname is a title's abbreviation ("Doria Gov."), nor a title before a name,
                # nor an acronym after a word in lower case ("Will HKX President Ana Lusk …?")
                break
            name.append(bare)
            end = nxt_start + len(bare)
            if bare == nxt and (_INITIAL.fullmatch(bare) or (len(name) == 2 and is_given_name(bare))):
                continue  # an initial goes on, and a second given name ("Jo Ellen Pask")
            break  # a surname (or a possessive) ends the name
        if len(name) < 2 or _INITIAL.fullmatch(name[-1]):  # the loop took no place head but a surname
            return None
        before = [w.lower().rstrip(".") for w, _ in words[:k]]
        fields = office_fields([w.rstrip(".") for w, _ in words[:k]])  # "Health Minister": its field too
        role_words = [w for i, w in enumerate(before) if w in lx.TITLES or w in lx.PERSON_ROLES or i in fields]
        lower = _last_words(view, run_start) if not role_words else None
        subject_at = run_start
        if lower and lower.group(3).lower() in ROLES_BEFORE:
            # a role in lower case, its field before it ("Council leader Ana Lusk", "union president")
            ws = [w for w in lower.groups() if w]
            fields = office_fields(ws) if lower.group(3).lower() not in ADDRESS else set()
            role_words = [w.lower() for i, w in enumerate(ws) if i in fields] + [lower.group(3).lower()]
            # the phrase is the subject when its role opens the sentence ("Opposition critic Ana Lusk said")
            starts = [lower.start(g) for g in (1, 2, 3) if lower.group(g)]
            subject_at = starts[min(fields | {len(ws) - 1})]
        if lower and lower.group(3).lower() in _SHORT_TITLES:
            # the stop of "Sen." ends no sentence: the phrase opens one if its capitalised words
            # do ("Retired Air Force Gen. Ana Lusk is …")
            caps = _CAPS_BEFORE.search(view[max(0, subject_at - 80) : subject_at])
            opens = _opens_sentence(view, subject_at - len(caps.group()) if caps else subject_at)
        else:
            # capitals with stops the run leaves out open the phrase ("U.S. District Judge Ana Lusk")
            caps = _CAPS_BEFORE.search(view[max(0, run_start - 20) : run_start])
            opens = (
                _opens_sentence(view, run_start)
                or (subject_at != run_start and _opens_sentence(view, subject_at))
                or (caps is not None and "." in caps.group() and _opens_sentence(view, run_start - len(caps.group())))
                # a capitalised word modifying the role opens it ("Rival candidate Ana Lusk")
                or (lower is not None and subject_at == lower.start(3) and _premodified(view, lower))
                or premodified_subject(view, lower, end) is not None
            )
        # "Her lawyer, Tom Hale, asked …", "Several senators …, including Sen. Ana Ruiz."
        opens = opens or named_as_subject(view, run_start, subject_at, end)
        return (start, end), " ".join(name), " ".join(role_words) or None, opens
    return None


def _premodified(view: str, lower: re.Match[str]) -> bool:
    """Whether the word before a role in lower case is a capitalised modifier opening the
    sentence ("Rival candidate", "Corran retiree"): the phrase is the subject."""
    g = 2 if lower.group(2) else 1
    word = lower.group(g)
    return word is not None and word[:1].isupper() and _opens_sentence(view, lower.start(g))


# the titles written short, which no surname is
_TITLE_ABBREVIATIONS = lx.RANK_ABBREVIATIONS | {
    "gov", "sen", "rep", "gen", "col", "maj", "adm", "coun", "cllr", "cr", "prof", "dr", "mr", "mrs", "ms", "fr", "rev",
}  # fmt: skip

# capitalised words (and abbreviations) right before a point: "Retired U.S. Air Force "
_CAPS_BEFORE = compiled(r"(?:[A-Z][\w.'’-]*[ \t]+)+\Z")

# a form of address before a name, which tells a person (and "Mr." their sex): "Mr. Tobin Brandt"
# ("Prof." is a title, like "Rev.": a later "the professor" is its holder)
ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# a title written short before a name is its person's role ("Coun. Ana Lusk", "Const. Tom Hale")
_SHORT_TITLES = _TITLE_ABBREVIATIONS - ADDRESS - {"fr"}
ROLES_BEFORE = lx.PERSON_ROLES | ADDRESS | _SHORT_TITLES


def could_be_a_name(view: str, given: str, surname: str) -> bool:
    """Whether two capitalised words the census cannot vouch for may be a given name and a
    surname: no word the text also writes in lower case ("Only Hale", "Unlawful Possession"), no
    title, nationality, compass point, number or common noun's ending ("North Lisk", "Two
    Harbours", "Responding Officers", "Advertisement Deputies")."""
    low = given.lower()
    return not (
        not given[1:].isalpha()
        or not given[1:].islower()
        or low in lx.TITLES
        or low in lx.DEMONYMS
        or low in _NOT_SURNAMES
        or low in _FRONTING
        or low in _NOT_GIVEN_NAMES
        or low.endswith(_COMMON_NOUN_ENDINGS)
        or not could_be_a_surname(view, surname)
        or _word_in_lower_case(view, given)
    )


def could_be_a_surname(view: str, surname: str) -> bool:
    """could_be_a_name's tests of the surname alone."""
    surname = surname[:-2] if surname.endswith(("'s", "’s")) else surname
    return not (
        SURNAME_SHAPE.fullmatch(surname) is None  # "Lisk SkyLink", "WLSK3 Corran"
        or surname.lower() in lx.DEMONYMS
        or surname.lower().rstrip("s") in lx.DEMONYMS
        or surname.lower().endswith(_COMMON_NOUN_ENDINGS[1:-1])  # "Unlawful Possession", not "Fleming"
        or surname in _COUNTRIES
        or surname.lower() in lx.GROUP_NOUNS
        or _word_in_lower_case(view, surname)
    )


# words that open place names or count things, never a given name
_NOT_GIVEN_NAMES = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "upper",
    "lower", "greater", "san", "santa", "los", "las", "el", "la", "new", "fort", "port", "saint", "mount", "lake",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
    "beyond", "against", "about", "among", "around", "between", "within", "toward", "towards", "through",
    "does", "did", "is", "was", "are", "were", "can", "could", "would", "should", "has", "have", "had", "may",
    "might", "must", "sometimes", "often", "never", "always", "poor", "dear",
})  # fmt: skip
_COMMON_NOUN_ENDINGS = (
    "ing",
    "ment",
    "tion",
    "sion",
    "ness",
    "ity",
    "ics",
    "ism",
    "ly",
)  # a surname's: not the first, last
_COUNTRIES = frozenset(lx.DEMONYMS.values())
# a surname's shape: capitalised, a particle's capital inside it at most ("McDavid", "LaSalle"),
# parts joined by hyphens ("Wilson-Reyes", "Ki-moon")
_PARTICLE = r"(?:Mc|Mac|La|Le|De|Di|Da|Du|Van|O['’])?"
SURNAME_SHAPE = compiled(_PARTICLE + r"[A-Z][a-z'’]+(?:-" + _PARTICLE + r"[A-Za-z][a-z'’]+)*")


def _word_in_lower_case(view: str, word: str) -> bool:
    low = word.lower()
    i = view.find(low)
    while i >= 0:
        if not view[i - 1 : i].isalpha() and not view[i + len(low) : i + len(low) + 1].isalpha():
            return True
        i = view.find(low, i + 1)
    return False
