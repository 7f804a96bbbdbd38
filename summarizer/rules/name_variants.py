"""A person named two ways: the surname alone that is one part of a double-barrelled surname
("Councillor Maria Lopez-Ruiz … ¶ “…,” Lopez said") is that person, not someone new. Not when
two people bear a surname with that part ("Lopez-Ruiz", "Vidal-Lopez"), nor when the text
introduces the word alone as someone ("Lopez, the coach,", "a driver, Lopez,") or a family
("the Lopez family"), nor when a person named has the word as a given name ("Ali Karimi … ¶
“…,” Ali said" is Ali Karimi, not "Sara Haddad-Ali"). And a surname's fullest name, from the
given names written before it ("Mayor Lena Ortiz": "Lena Ortiz"). And a given name the text
also writes in a longer form before the same surname: a nickname in quotes or brackets ('Robert
"Bobby" Lane' for "Bobby" or "Bobby Lane"), a clipped given name ("Christina Lane" for "Tina
Lane", "Christopher Lane" for "Chris Lane"); only through forms the text writes, never a table of nicknames.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from summarizer.rules.descriptions import KIN_NOUNS
from summarizer.rules.entities import Entity, latest_then_seq
from summarizer.rules.roles import HONORIFICS, SURNAME_PARTICLES, is_name_word, is_role_noun
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import gender_of_given_name
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.regex import compiled

# the word alone introduced as someone of its own: an appositive after it ("Hill, the striker,"),
# a noun for them before it ("a resident, Reis,", "Ruiz's son, Tomas,"), or "the" before it ("the Ward family")
_APPOSITIVE_AFTER = compiled(r",[ \t]+(?:the|a|an)[ \t]")
_INTRODUCED_BEFORE = compiled(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|\w+['’]s)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+,[ \t]+|\b[Tt]he[ \t]+)\Z"
)


def _part_char(c: str) -> bool:
    return c.isalnum() or c in "'’"


def hyphenated_forms(text: str, spans: list[Span]) -> list[str]:
    """The double-barrelled words a word is a part of, from its occurrences as a whole word
    (``spans``, a hyphen on either side allowed): "Lopez-Ruiz" for "Lopez" in "Maria Lopez-Ruiz" (or "Ruiz"),
    in order of first occurrence; none for a word that only stands alone."""
    out: list[str] = []
    for start, end in spans:
        joined_before = start > 0 and text[start - 1] == "-"
        joined_after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper()
        if not (joined_before or joined_after):
            continue
        lo, hi = start, end
        while lo > 1 and text[lo - 1] == "-" and text[lo - 2].isalpha():
            lo -= 1
            while lo > 0 and _part_char(text[lo - 1]):
                lo -= 1
        while hi + 1 < len(text) and text[hi] == "-" and text[hi + 1].isupper():
            hi += 1
            while hi < len(text) and _part_char(text[hi]):
                hi += 1
        form = text[lo:hi].replace("’", "'")
        if form not in out and form[:1].isupper():
            out.append(form)
    return out


def particles_at_end(words: list[str]) -> list[str]:
    """The surname's particles in lower case that end ``words`` (the words before a surname),
    taken off them: ["van"] from "Judge Piet van" before "Dyk", ["de", "la"] from "Carla de la"
    before "Vega"; the given names stand before them ("Piet van Dyk" completes "Dyk")."""
    particles: list[str] = []
    while words and words[-1] in SURNAME_PARTICLES:
        particles.insert(0, words.pop())
    return particles


def word_bearer(
    text: str,
    word_spans: Callable[[str], list[Span]],
    parts: list[str],
    entities: Iterable[Entity],
    by_last_word: Mapping[str, Sequence[Entity]],
) -> Entity | None:
    """The person a name of one word (``parts``) means that no surname matched: the one whose
    given name it is, else the one whose double-barrelled surname it is a part of."""
    if len(parts) != 1:
        return None
    spans = word_spans(parts[0])
    return given_name_bearer(text, spans, parts[0], entities) or part_bearer(text, spans, by_last_word)


def given_name_bearer(text: str, spans: list[Span], word: str, entities: Iterable[Entity]) -> Entity | None:
    """The one person named with ``word`` as their given name ("Ali" for "Ali Karimi"); none
    when no one is, two people are, or the text introduces the word alone as someone of its own
    ("Ruiz's father, Tomas, said")."""
    if _introduced_alone(text, spans):
        return None
    bearers = {
        e.name: e
        for e in entities
        if e.kind == "person" and e.anonymity == "named" and " " in e.name and e.name.split()[0] == word
    }
    if len(bearers) != 1:
        return None
    bearer = next(iter(bearers.values()))
    return None if _held_by_another(text, spans, bearer.name.split()[1]) else bearer


# a name's word before the given name makes it another's surname ("Omar Ali", "Hill Morgan")
_NAME_WORD_BEFORE = compiled(r"([A-Z][\w'’.-]*)[ \t]+\Z")


def _held_by_another(text: str, spans: list[Span], next_part: str) -> bool:
    """Does the text name someone else with the word as a surname ("Ali Karimi … Omar Ali"), someone
    who may not have spoken? A title before it is no name ("Mr. Ban", "Vice-President Wang"), nor
    is the sentence's first word ("Then Ali") or the last of the sentence before ("in Davos. Wang"). The bearer's own name (``next_part`` after the
    word) is skipped."""
    for start, end in spans:
        if (start > 0 and text[start - 1] == "-") or text.startswith(" " + next_part, end):
            continue  # a part of a double-barrelled name (part_bearer's); the bearer named in full
        before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and not _title_or_function(before.group(1)) and before.group(1)[-1] != ".":
            return True  # (a stop that is no title's ends the sentence before: "in Davos. Wang said")
    return False


def _title_or_function(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        low in ENGLISH_FUNCTION_WORDS
        or low in HONORIFICS
        or low in lx.TITLES
        or any(is_role_noun(part) or part.lower() in lx.TITLES for part in word.rstrip(".").split("-"))
    )


def part_bearer(text: str, spans: list[Span], by_last_word: Mapping[str, Sequence[Entity]]) -> Entity | None:
    """The one person whose double-barrelled surname the word at ``spans`` is a part of ("Maria
    Lopez-Ruiz" for "Lopez"); none when two people bear such a surname, or when the text
    introduces the word alone as someone of its own."""
    if _introduced_alone(text, spans):
        return None  # "Hill, the striker,": someone named by that word alone
    bearers = [e for form in hyphenated_forms(text, spans) for e in by_last_word.get(form, ()) if e.surname == form]
    if len({e.name for e in bearers}) != 1:
        return None  # none, or "Reis" with "Ines Carvalho-Reis" and "Marta Reis-Lobo"
    return max(bearers, key=latest_then_seq)


def _introduced_alone(text: str, spans: list[Span]) -> bool:
    """Whether the text introduces the word at ``spans``, standing alone, as someone of its own."""
    for start, end in spans:
        alone = not (start > 0 and text[start - 1] == "-") and not text.startswith("-", end)
        if alone and (_APPOSITIVE_AFTER.match(text, end) or _introduces(text[max(0, start - 40) : start])):
            return True
    return False


def _introduces(before: str) -> bool:
    """``_INTRODUCED_BEFORE.search(before)``, asked only when ``before`` ends as a match must (a
    comma or "the", then spaces or tabs): the search tries its word alternatives at every
    position of the 40 characters, and most names follow neither."""
    stripped = before.rstrip(" \t")
    if len(stripped) == len(before) or not stripped.endswith((",", "the", "The")):
        return False
    return _INTRODUCED_BEFORE.search(before) is not None


# what ends the words right before a surname that may be its given names: a comma, a bracket, a dash
_NAME_BREAK = compiled(r"[,;:/()\[\]―—–]|\s-{1,2}\s")


def fullest_name(text: str, starts: Sequence[int], name: str) -> tuple[str, str | None] | None:
    """The fullest name a surname ``name`` is written with at ``starts`` ("Lena Ortiz" for "Ortiz"
    after "Mayor Lena Ortiz"), with the titles before it ("mayor"); None if none is longer."""
    best: tuple[str, str | None] | None = None
    for start in starts:
        # the words right before it, not across a comma or a dash: "KYIV, Ukraine — Ukraine
        # said" holds a dateline, not a person called "KYIV Ukraine Ukraine"
        before = _NAME_BREAK.split(text[max(0, start - 80) : start].split("\n")[-1])[-1]
        words = re.findall(r"[\w'’.-]+", before)[-5:]
        if not before.endswith(" ") or not words:
            continue
        particles = particles_at_end(words)  # "Piet van" before "Dyk"
        given: list[str] = []
        # a word with a full stop ends a sentence ("… as Alex. Alex is"), unless an initial
        while (
            words
            and is_name_word(words[-1])
            and not words[-1].endswith((",", "'s", "’s"))
            and not (words[-1].endswith(".") and len(words[-1].rstrip(".")) > 1)
        ):
            given.insert(0, words.pop())
        titles: list[str] = []
        while words and words[-1].rstrip(".").lower() in lx.TITLES:
            titles.insert(0, words.pop().rstrip(".").lower())
        if not given or len(given) > 3:
            continue
        full = " ".join([*given, *particles, name])
        if best is None or len(full) > len(best[0]):
            best = (full, " ".join(titles) or None)
    return best


# the words right around a nickname in its quotes or brackets: 'Robert "Bobby" Lane'
_OPENS_NICKNAME = '"“('
_CLOSES_NICKNAME = {'"': '"', "“": "”", "(": ")"}
_NAME_WORD_ENDS = compiled(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[ \t]+\Z")
_NAME_WORD_NEXT = compiled(r"[ \t]+([A-Z][a-z][\w'’-]*)(?![\w'’-])")


def nickname_name(text: str, spans: Sequence[Span], surname: str | None) -> str | None:
    """The name the text writes with the word at ``spans`` as a nickname between a given name and
    a surname ('Robert "Bobby" Lane', 'Robert (Bobby) Lane'), as "Robert Bobby Lane", the form
    fullest_name completes "Lane" to; with ``surname``, only before that surname ("Bobby Lane").
    None if the text writes no such form, or two ("Bobby" of two families)."""
    found: set[str] = set()
    for start, end in spans:
        if start == 0 or text[start - 1] not in _OPENS_NICKNAME:
            continue
        if not text.startswith(_CLOSES_NICKNAME[text[start - 1]], end):
            continue
        before = _NAME_WORD_ENDS.search(text, max(0, start - 41), start - 1)
        after = _NAME_WORD_NEXT.match(text, end + 1)
        if before is None or after is None or (surname is not None and after.group(1) != surname):
            continue
        found.add(f"{before.group(1)} {text[start:end]} {after.group(1)}")
    return found.pop() if len(found) == 1 else None


def clipped_name(text: str, surname_spans: Sequence[Span], given: str) -> str | None:
    """The longer given name the text writes before the same surname (at ``surname_spans``) that
    ``given`` is the beginning or the end of ("Christopher" for "Chris", "Christina" for "Tina";
    three letters or more, four for an end, two fewer than it), with the surname: "Christina Lane".
    None if the text writes none, or two ("Christopher Lane" and "Christina Lane" for "Chris
    Lane"), or sets the two apart as two people (_two_people)."""
    short = given.lower()
    if len(short) < 3 or not given.isalpha():
        return None
    found: set[str] = set()
    set_apart = False
    shorts = [start for start, _ in surname_spans if text[max(0, start - len(given) - 1) : start] == f"{given} "]
    for start, end in surname_spans:
        before = _NAME_WORD_ENDS.search(text, max(0, start - 30), start)
        if before is None:
            continue
        longer = before.group(1).lower()
        # an ending of three letters is most often a name of its own ("Ian"/"Brian", "Ron"/"Aaron")
        if len(longer) >= len(short) + 2 and (longer.startswith(short) or (len(short) >= 4 and longer.endswith(short))):
            found.add(f"{before.group(1)} {text[start:end]}")
            set_apart = set_apart or _two_people(text, before.start(1), end, shorts, given, before.group(1))
    return found.pop() if len(found) == 1 and not set_apart else None


# a kin noun set beside a name ("her daughter, Christina Lane", "Samantha Lane, his wife"): the
# name is of a relative of someone else in the text, often of the same surname
_KIN_BEFORE = compiled(rf"\b(?i:{'|'.join(sorted(KIN_NOUNS))})s?,?[ \t]+\Z")
_KIN_AFTER = compiled(
    rf",[ \t]+(?:(?:his|her|their|the|a|an)[ \t]+)?(?:[\w-]+[ \t]+)?(?i:{'|'.join(sorted(KIN_NOUNS))})s?\b"
)
_SENTENCE_BREAK = compiled(r"[.!?\n]")


def _two_people(text: str, start: int, end: int, shorts: Sequence[int], given: str, longer: str) -> bool:
    """Whether the text sets the longer name at ``start``-``end`` apart from the shorter one (whose
    surnames start at ``shorts``) as another person: both stand in one sentence ("Chris Lane and his
    sister Christine Lane"), the longer is named as someone's relative ("her daughter, Christina
    Lane"), or the two given names are of different genders ("Sam" and "Samantha")."""
    genders = {gender_of_given_name(given), gender_of_given_name(longer)}
    if len(genders) == 2 and None not in genders:
        return True
    if _KIN_BEFORE.search(text, max(0, start - 30), start) or _KIN_AFTER.match(text, end):
        return True
    return any(_SENTENCE_BREAK.search(text, min(at, start), max(at, end)) is None for at in shorts)


def fold_name_forms(
    text: str, entities: Sequence[Entity], word_spans: Callable[[str], list[Span]], merged: dict[int, Entity]
) -> set[int]:
    """Name each person the text also writes in a longer form of their given name by that form
    ("Bobby" and "Bobby Lane" after 'Robert "Bobby" Lane' are "Robert Bobby Lane"; "Tina Lane" is
    "Christina Lane" where the text writes that), and fold one so renamed into the person already
    of that name (their mentions theirs, in ``merged``). Returns the entities folded away (by id())."""
    folded: set[int] = set()
    renamed: set[int] = set()
    by_name: dict[str, Entity] = {}
    for ent in entities:
        if ent.kind != "person" or ent.anonymity != "named":
            continue
        parts = ent.name.split()
        fuller = None
        if len(parts) <= 2:
            fuller = nickname_name(text, word_spans(parts[0]), parts[1] if len(parts) == 2 else None)
        if fuller is None and len(parts) == 2:
            fuller = clipped_name(text, word_spans(parts[1]), parts[0])
        if fuller is not None:
            ent.name = fuller
            renamed.add(id(ent))
        same = by_name.setdefault(ent.name, ent)
        if same is not ent and renamed & {id(ent), id(same)}:
            same.mentions.extend(ent.mentions)
            same.used |= ent.used
            merged[id(ent)] = same
            folded.add(id(ent))
    return folded
