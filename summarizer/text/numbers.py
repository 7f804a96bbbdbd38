"""Numbers as news writes them: digits and number words ("12", "1,200", "two dozen", "10 million"),
the qualifier before a count ("at least", "up to", "about"), and counts a phrase implies ("a man
and a woman" = 2). Hand-written: no library parses English number phrases with offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

from summarizer.text.base import Span, lower_pattern, lower_same_length
from summarizer.text.incident_words import PEOPLE_BY_WHAT_THEY_DO
from summarizer.text.regex import compiled, word_alternation
from summarizer.text.scans import DIGITS, WordStarts, is_word_char, matches_from

# ---------------------------------------------------------------- numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}  # fmt: skip
NUMBER_WORDS = {**_UNITS, **_TENS}
_WORDS_ALT = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SCALES_ALT = "|".join(_SCALES)
_DIGITS = r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w])"
# a compound is a tens word and a unit ("twenty-two", "forty one"); a unit said twice ("her two two
# children") is the same number repeated, not a sum
_TENS_ALT = "|".join(_TENS)
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
_UNITS_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_NUM = (
    rf"(?:(?:(?:{_TENS_ALT})(?:[- ](?:{_ONES_ALT}))?|(?:{_UNITS_ALT}))"
    rf"(?:\s+(?:{_SCALES_ALT})(?:\s+(?:and\s+)?(?:{_WORDS_ALT})(?:-(?:{_WORDS_ALT}))?)?)*)"
)
NUMBER_RE = compiled(
    rf"(?P<num>(?P<digits>{_DIGITS})(?:\s+(?P<dscale>{_SCALES_ALT})\b)?"
    rf"|(?P<dozen>\b(?:half\s+a|a|one|two|three)\s+dozen\b|\ba\s+(?:hundred|thousand)\b"
    # (with its tail in words, "a hundred and twenty"; not "a hundred and more")
    rf"(?:(?:\s+and)?\s+(?:{_WORDS_ALT})(?:-(?:{_ONES_ALT}))?\b|(?!\s+and\b)))"
    rf"|\b(?P<words>{_WORD_NUM})\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # the same few expressions come back in every article
def parse_number(expr: str) -> float | None:
    """Value of a number expression: "13", "1,200", "1.2 million", "nine", "a dozen",
    "twenty-five", "one hundred and five". None when it is not one."""
    s = expr.strip().lower().replace("\u00a0", " ")
    if not s:
        return None
    m = re.fullmatch(rf"([\d,]+(?:\.\d+)?)(?:\s+({_SCALES_ALT}))?", s)
    if m:
        try:
            value = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        return value * _SCALES[m.group(2)] if m.group(2) else value
    if re.match(r"a\s+(?:hundred|thousand)\b", s):
        s = "one" + s[1:]  # "a hundred and twenty" is one hundred and twenty
    m = re.fullmatch(r"(half\s+a|a|one|two|three)\s+dozen", s)
    if m:
        mult = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}.get(m.group(1), 0.5)
        return 12 * mult
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in _UNITS or word in _TENS:
            current += NUMBER_WORDS[word]
            seen = True
        elif word in _SCALES:
            if not seen:
                return None
            scale = _SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
    return total + current if seen else None


@dataclass(frozen=True, slots=True)
class NumberMatch:
    text: str
    span: Span
    value: float


_NUMBER_RE_LOWER = compiled(NUMBER_RE.pattern)
# where a number can start: a digit or a number word; the full pattern is tried only there
_NUMBER_WORDS = WordStarts([*_UNITS, *_TENS])


def _dozen_starts(lowered: str, start: int, end: int, word: str = "dozen") -> list[int]:
    """Where "a dozen" or "half a dozen" (or "a hundred", "a thousand": ``word``) begins, whatever
    the white space between the words: found from each ``word``, back over the words before it."""
    out: list[int] = []
    d = lowered.find(word, start, end)
    while d >= 0:
        a = d
        while a > start and lowered[a - 1].isspace():
            a -= 1
        if a < d and a - 1 >= start and lowered[a - 1] == "a" and (a - 1 == 0 or not is_word_char(lowered[a - 2])):
            out.append(a - 1)
            h = a - 1
            while h > start and lowered[h - 1].isspace():
                h -= 1
            if (
                h < a - 1
                and h - 4 >= start
                and word == "dozen"
                and lowered[h - 4 : h] == "half"
                and (h - 4 == 0 or not is_word_char(lowered[h - 5]))
            ):
                out.append(h - 4)
        d = lowered.find(word, d + len(word), end)
    return out


def _number_matches(lowered: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_NUMBER_RE_LOWER.finditer`` finds, tried only at a digit or a number word."""
    starts = DIGITS.positions(lowered, start, end)
    starts.extend(_NUMBER_WORDS.positions(lowered, start, end))
    starts.extend(_dozen_starts(lowered, start, end))
    # "more than a hundred injured" (each a find over the range, as "dozen" is)
    starts.extend(_dozen_starts(lowered, start, end, "hundred") + _dozen_starts(lowered, start, end, "thousand"))
    starts.sort()
    return matches_from(_NUMBER_RE_LOWER, lowered, starts, end)


_CLOCK_AFTER = compiled(r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)", re.I)  # much faster on lower case
# a capitalised word after one all in lower case, then a number: "left Ground Zero", not "Crash Leaves Zero"
_NAME_BEFORE_ZERO = compiled(r"(?<![A-Za-z])[a-z]+,? +[A-Z][a-z]+ +$")


def find_numbers(
    text: str, start: int = 0, end: int | None = None, *, lowered: str | None = None
) -> Iterator[NumberMatch]:
    """Every number expression in text[start:end], with absolute spans. ``lowered``, when
    given, is ``lower_same_length(text)``, computed once by a caller that searches often."""
    end = len(text) if end is None else end
    matches = _number_matches(lowered, start, end) if lowered is not None else NUMBER_RE.finditer(text, start, end)
    for m in matches:
        s, e = m.start("num"), m.end("num")
        if m.group("digits") and (
            _CLOCK_AFTER.match(text, e) or (s > 0 and text[s - 1] == ":" and s > 1 and text[s - 2].isdigit())
        ):
            continue  # a clock time ("5:10", "4 a.m."), not a count
        if m.group("digits") and text[s:e].endswith("0") and text[e : e + 2] in ("'s", "’s"):
            continue  # a decade, of years or of age ("the 1990's", "in their 20’s"), not a count
        value = parse_number(m.group("num"))
        if value is None or (value == 0 and text[s] == "Z" and _NAME_BEFORE_ZERO.search(text, max(0, s - 40), s)):
            continue  # (a capitalised "Zero" after a name's capitalised word is part of it: "Ground Zero")
        yield NumberMatch(text[s:e], (s, e), value)


def int_or_float(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------- qualifiers

_QUALIFIERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "at_least",
        compiled(
            r"(?:at\s+least|more\s+than|over|upwards\s+of|no\s+(?:fewer|less)\s+than|in\s+excess\s+of|a\s+minimum\s+of)\s+$",
            re.I,
        ),
    ),
    (
        "at_most",
        compiled(
            r"(?:up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|at\s+most|no\s+more\s+than|nearly|almost|under|a\s+maximum\s+of)\s+$",
            re.I,
        ),
    ),
    (
        "about",
        compiled(
            r"(?:about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|an\s+approximate|circa|~)\s+$",
            re.I,
        ),
    ),
]

# all qualifiers in one pattern for lower-cased text; the leftmost wins ("no more than" over "more than")
_QUALIFIER_ONE = lower_pattern(
    "|".join(rf"(?P<{name}>\b{p.pattern})" for name, p in _QUALIFIERS) + r"|(?P<between>\bbetween\s+$)"
)


# the word each qualifier ends with, before the white space that ends the text it is looked for in
_QUALIFIER_ENDS = (
    "least", "than", "over", "of", "most", "nearly", "almost", "under", "to", "as", "about", "around",
    "approximately", "roughly", "some", "estimated", "approximate", "circa", "~", "between",
)  # fmt: skip


def qualifier_before(view: str, start: int, sent_start: int) -> tuple[str, int]:
    """The qualifier written before a number, and where it starts ("at least 12" -> at_least)."""
    # 30 characters back that are not blank: markup blanked in a Markdown or HTML view ("**at**
    # [least](…) **12**") leaves a long run of spaces inside a qualifier. Taken a chunk at a time:
    # a chunk of as many characters as are still wanted holds no more of them than that
    lo, wanted = start, 30
    while wanted > 0 and lo > sent_start:
        chunk_start = max(sent_start, lo - wanted)
        wanted -= len("".join(view[chunk_start:lo].split()))  # its characters that are not blank
        lo = chunk_start
    before = lower_same_length(view[lo:start])
    # every qualifier is followed by white space to the end, after one of its last words: text
    # whose last word ends in none of them holds none (a test of its end costs less than a search)
    last = before.rstrip()
    if len(last) == len(before) or not last.endswith(_QUALIFIER_ENDS):
        return "exact", start
    m = _QUALIFIER_ONE.search(before)
    if m is None:
        return "exact", start
    name = m.lastgroup or "exact"
    return ("exact" if name == "between" else name), lo + m.start()


# ---------------------------------------------------------------- implicit counts

# "a man", "an 18-year-old woman", "one teen": a single person named without a number
VICTIM_NOUN_LIST = (
    "man|woman|boy|girl|teen|teenager|person|victim|child|toddler|infant|baby|student|pupil|officer|resident|driver"
    "|passenger|clerk|worker|employee|father|mother|son|daughter|brother|sister|husband|wife|friend|guard"
    "|deputy|trooper|juvenile|male|female|suspect|gunman|robber|motorist|pedestrian|bystander|customer"
    "|homeowner|neighbor|neighbour|security guard|cashier|youth|adult|soldier|civilian|teacher|nurse|doctor"
    "|firefighter|fireman|pastor|coach|owner|tenant|roommate|girlfriend|boyfriend|classmate|schoolmate|teammate|housemate|cousin|uncle|aunt|nephew|niece"
    "|grandmother|grandfather|grandson|granddaughter|grandchild|grandparent|stepbrother"
    "|stepsister|stepchild|stepfather|stepmother|stepson|stepdaughter|fiancée|fiancé|partner"
    "|patron|shopper|rider|hiker|hunter|inmate|prisoner|hostage|agent|sergeant|detective|patient|kid"
    "|relative|intruder|burglar|parolee|passerby|cyclist|acquaintance|stranger|veteran|policeman|policewoman|constable"
    # people at work where a shooting happens: "a cook and a waiter are in the hospital"
    "|cook|chef|waiter|waitress|bartender|bouncer|barber|janitor|mechanic|vendor|attendant|courier|manager"
    # people named by their trade, what they were doing or their stage of life: "a jogger", "a retiree"
    f"|{'|'.join(PEOPLE_BY_WHAT_THEY_DO)}"
)
# a prefix a person noun takes, the same kind of person: "his ex-wife", "a co-pilot", "her
# half-brother", "their great-grandchild"
PERSON_PREFIX = r"(?:ex-|co-|half-|(?:great-)+)?"
VICTIM_NOUN_WORDS = frozenset(VICTIM_NOUN_LIST.split("|"))  # one at a time; plurals count people: "her 3 sons"
VICTIM_NOUNS = word_alternation(VICTIM_NOUN_LIST.split("|"))  # the list's matches, shared beginnings written once
# the ordinals of one more person after a count: "shot two and wounded a third", "a fourth was grazed"
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
ORDINAL_WORDS = "|".join(ORDINALS)
# words that make a number approximate: "about", "nearly", "just over", "between" (a range); an
# age so told ("a farmer, nearly 80,", "a man aged about 30") is no count (rules/not_counts) and
# leaves the person read (rules/victim_phrases)
APPROXIMATELY = r"(?:nearly|almost|about|around|roughly|approximately|some|between|(?:just\s+)?(?:over|under))"
# the relatives and relations a person is named by after the people a number counts ("the aunt of
# the four hikers", "a neighbor of the two men"): one person, not the number (rules/victims reads
# the person, rules/not_counts skips the number)
RELATION_NOUNS = (
    "father", "mother", "parent", "brother", "sister", "son", "daughter", "wife", "husband", "aunt", "uncle", "cousin",
    "niece", "nephew", "relative", "friend", "neighbor", "neighbour", "teacher", "coach",
)  # fmt: skip
# words between the article and the noun: adjectives and modifiers, never another phrase's words
# (a possessive opens a noun phrase of its own: "told a dispatcher his mother …")
FILLER = r"(?!(?:of|a|an|the|in|on|at|to|and|or|for|with|by|from|that|who|his|her|their|its)\s)[\w'’-]+"
# days and months, never a person's name (months that are also given names left out)
CALENDAR_WORDS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October"
    "|November|December"
)
# capitalised words that open a count or name a group, never one person called so
NOT_A_PERSON = (
    "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen"
    "|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds?|Thousands?|Millions?"
    "|Dozens?|Scores|Several|Many|Both|All|No|None|Some|Few|Police|Officers|Authorities"
    # a day or a month named before a verb of harm: "shot Sunday dies" in a headline
    f"|{CALENDAR_WORDS}"
)
# the life one person ended, their own: "then took his own life" names the one who did it
OWN_LIFE = r"(?:his|her)\s+own\s+life"
_ONE_PERSON = compiled(
    rf"\b(?:an?|one|his|her|their)\s+(?:{FILLER}\s+){{0,4}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b|\banother\b"
    r"|\b(?:an?|one)\s+\d{1,3}-year-old\b"  # "an 18-year-old was hit"
    rf"|\ban?\s+(?:{ORDINAL_WORDS})$"  # "a fourth was grazed": one more person
    r"|\bthe\s+other$"  # "the other was hit": the one left of two
    # one person named again: "the victim", "the 34-year-old", "he"
    rf"|\bthe\s+(?:other\s+)?(?:{FILLER}\s+){{0,3}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS}|victim)\b|\bthe\s+\d{{1,3}}-year-old\b"
    rf"|\b(?:he|she|him|her|himself|herself)\b|\b{OWN_LIFE}\b"
    rf"|^(?:{VICTIM_NOUNS})$"  # a headline's bare noun: "Man shot outside bar"
    r"|\b\d{1,3}-year-old\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"  # "52-year-old Tavish Orrin III"
    # a person's name, where the words around it make it a person ("shot Orrin in the hip")
    rf"|(?-i:(?!(?:{NOT_A_PERSON})\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{0,2}})",
    re.IGNORECASE,
)
# "a man and woman", "a man and his son": the second person without an article of their own
# ("the man and the woman": a definite one)
_NEXT_PERSON = rf"(?:(?:an?|his|her|their|the)\s+)?(?:{FILLER}\s+){{0,2}}?{PERSON_PREFIX}(?:{VICTIM_NOUNS})\b"
# "his brother and then himself": the one who did it, named last
_SELF = r"(?:then\s+)?(?:himself|herself)\b"
# a person's full name, two or three capitalised words that name no day, place or title: "Lee Park"
FULL_NAME = rf"(?-i:(?!(?:{NOT_A_PERSON})\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){{1,2}})"
# "… and 16-year-old Dana Reyes", "… and Lee Park" (an age after it is set apart, below): a full name
_NEXT_NAME = rf"(?:\d{{1,3}}-year-old\s+)?{FULL_NAME}"
_IMPLICIT_RE = compiled(
    rf"^(?:{_ONE_PERSON.pattern})(?:\s*(?:,|and|,\s*and)\s+(?:{_NEXT_PERSON}|{_SELF}|{_NEXT_NAME}))*$", re.IGNORECASE
)
# an age told after a person by decade: "a man in his forties", "a woman in her late 80s"
DECADE_AGE = (
    r"\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0['’]?s)"
)
# the ages of several people set off by commas after them, which counts no one: ", both in their
# 50s,", ", all 30,", ", aged 20 and 22,", ", 8 and 10," ("two men and a woman, all in their 30s, were shot")
SHARED_AGES = (
    r"\s*,\s*(?:(?:both|all|each)\s+)?(?:in\s+their\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0['’]?s)"
    r"|(?:aged\s+)?\d{1,3}(?:\s*(?:,|,?\s*and|&)\s*\d{1,3})*)\s*,"
)
# an age in apposition after a name, or by decade after any person, in a list: "Dana Reyes, 24, and
# Lee Park, 31", "a woman in her 40s and a man in his 50s"
_AGE_APPOSITION = compiled(
    rf"\s*,\s*\d{{1,3}}(?=\s*,|$)|(?:{DECADE_AGE}|\s+of\s+\d{{1,3}})(?=\s*(?:,|\band\b)|$)", re.IGNORECASE
)


# the gap between two people of a list: a comma or a whole word "and" ("Long Island City" holds none)
_LIST_GAP = compiled(r"\s*(?:,\s*and\b|,|\band\b)\s+")
# phrases that name two people: "a married couple", "the couple", "a murder-suicide" (the
# victim's death and the killer's)
_TWO_PEOPLE = compiled(
    r"(?:(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,2}?couple|murder[- ]suicide"
    # "a pair of teenagers", "both men" (not "a couple of dozen people", some 24), "both" alone
    r"|(?:a\s+(?:pair|couple)\s+of|both)\s+(?!(?:dozens?|scores?|hundreds?|thousands?)\b)(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"|both(?:\s+of\s+them)?)",
    re.IGNORECASE,
)


# a numeral alone, in digits ("12", "1,200") or one word ("three", "Three"), names no one: none of
# the readings below matches one (they all need a letter, and a capitalised word a name not in
# NOT_A_PERSON, which holds these), and a count read by written_counts is asked of again and again
_NUMERAL_WORDS = frozenset(NUMBER_WORDS) | {w.capitalize() for w in NUMBER_WORDS if w != "zero"}


def implicit_count(phrase: str) -> int | None:
    """How many people a phrase like "a man" or "a man and a woman" names, or None."""
    phrase = " ".join(phrase.split())
    if phrase in _NUMERAL_WORDS or phrase.replace(",", "").replace(".", "").isdecimal():
        return None
    return _people_named(phrase)


def _people_named(phrase: str) -> int | None:
    """implicit_count of a phrase whose blanks are single spaces."""
    aged = _AGED_GROUP.fullmatch(phrase)
    if aged is not None:
        ages = aged.group("ages")  # "the brothers, who are 12 and 14": one for each age; "both 16": two
        return len(_AGE_RE.findall(ages)) + 1 if ages else 2
    phrase = _AGE_APPOSITION.sub("", phrase)
    if _TWO_PEOPLE.fullmatch(phrase):
        return 2
    couple = _COUPLE_AND.match(phrase)
    if couple is not None:
        # "a young couple and their son": the two, and the people named after them
        rest = implicit_count(couple.group(1))
        return None if rest is None else 2 + rest
    if ";" in phrase:
        # people listed one by one, each maybe with what befell them: "a man, who was hit in the
        # leg; a woman, who was grazed; and a boy"
        items = [_WHO_CLAUSE.sub("", item) for item in _ITEM_GAP.split(phrase)]
        return len(items) if all(implicit_count(item) == 1 for item in items) else None
    after = _SELF_AFTER_KILLING.match(phrase)
    if after is not None:
        # "himself after killing his wife and her brother": the killer and the people killed
        killed = implicit_count(after.group(1))
        return None if killed is None else killed + 1
    others = _AND_OTHERS.match(phrase)
    counted_and = None if others is not None else _COUNTED_AND.match(phrase)
    if others is not None or counted_and is not None:
        # "she and three others", "a man and two women", "two men and a woman": the people
        # named one at a time, and those counted beside them
        named, number = (others.group(1), others.group(2)) if others else (counted_and[2], counted_and[1])  # type: ignore[index]
        group = _GROUP.match(named)  # (or a second group counted: "two students and three teachers")
        first, counted = implicit_count(named) if group is None else _whole(group.group(1)), _whole(number)
        return None if first is None or counted is None else first + counted
    if not _IMPLICIT_RE.match(phrase):
        return None
    return 1 + len(_LIST_GAP.findall(phrase))


def _whole(number: str) -> int | None:
    """The whole number ``number`` is written as ("three", "12"), or None."""
    counted = [n for n in find_numbers(number) if n.span == (0, len(number))]
    return int(counted[0].value) if counted and float(counted[0].value).is_integer() else None


# two nouns of people under one indefinite article ("a father and nurse"): one person when the verb
# agrees in the singular, right after them or after their relative clause (maybe set off by a dash or
# a comma: "a teacher and coach who ran the club — was shot"); two with a plural verb ("a father and
# son were shot")
_ONE_ARTICLE_PAIR = compiled(r"an?\s+[a-z][\w'’-]*\s+and\s+[a-z][\w'’-]*", re.I)
_SINGULAR_VERB_AFTER = compiled(r"(?:\s+(?:who|that)\b[^.;,—–]{0,120}?\s*[,—–]?)?\s*(?<![\w'’-])(?:was|is|has)\b", re.I)


def implicit_count_at(text: str, start: int, end: int) -> int | None:
    """implicit_count of text[start:end], told by the verb after it when it names one person by two
    nouns ("a teacher and coach was shot")."""
    phrase = text[start:end]
    value = implicit_count(phrase)
    if value == 2 and _ONE_ARTICLE_PAIR.fullmatch(phrase) and _SINGULAR_VERB_AFTER.match(text, end):
        return 1
    return value


_COUPLE_AND = compiled(r"^(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?couple\s+and\s+(.+)$", re.IGNORECASE)
_ITEM_GAP = compiled(r"\s*;\s*(?:and\s+)?", re.IGNORECASE)
_WHO_CLAUSE = compiled(r",?\s+who\s.*$", re.IGNORECASE)
# people counted by a plural noun: "others", "two women", "three teenage boys"
PEOPLE_PLURAL = rf"(?:(?:{FILLER}\s+){{0,2}}?(?:others|people|children|(?:wo)?men|(?:{VICTIM_NOUNS})s))"
_GROUP = compiled(rf"^(\S+)\s+{PEOPLE_PLURAL}$", re.IGNORECASE)
# the ages of a group set off after it: "who are 12 and 14", "ages 4, 7 and 9", "16 and 19", or the
# one age of two: "both 16"; ``ages`` holds those before the last (none for "both"), ``last`` the last
GROUP_AGES = (
    r"(?:(?:who\s+(?:are|were)\s+|ages\s+|aged\s+)?(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+)"
    r"|both\s+(?:aged\s+)?)(?P<last>\d{1,2})"
)
# people named by a plural noun, definite or theirs, with no number, then their ages set off after
# it: "the brothers, who are 12 and 14", "her sons, ages 4, 7 and 9", or their one age: "the twins, both 16" (two)
_AGED_GROUP = compiled(rf"(?:the|his|her|their|our)\s+{PEOPLE_PLURAL}\s*,\s*{GROUP_AGES}", re.IGNORECASE)
_AGE_RE = compiled(r"\d{1,2}")
# a verb of harm (not of death) or its participle opening the next people of the list, each the object of their own:
# "shot two men and wounded a woman", "struck a clerk and then injured two boys", "hitting a man and wounding two"
HARM_VERB = r"(?:shot|wounded|injured|hurt|stabbed|grazed|struck|hit|(?:shoot|wound|injur|stabb|graz|strik|hitt)ing)"
# a harm's verb or a killing's: "shot", "wounding", "killed", "murdering"
HARM_OR_KILL_VERB = rf"(?:{HARM_VERB}|killed|killing|murdered|murdering)"
HARM_VERB_NEXT = rf"(?:(?:then\s+|also\s+)?{HARM_VERB}\s+)"
# (the people counted may be the first one's, "a mother and her two sons", or a part of a group told
# with "of": "a barber and one of his customers", "a guard and two of the cashiers")
_AND_OTHERS = compiled(
    rf"^(.+?)\s+and\s+{HARM_VERB_NEXT}?(?:(?:his|her|their)\s+)?(\S+)\s+(?:of\s+(?:his|her|their|the)\s+)?{PEOPLE_PLURAL}$",
    re.IGNORECASE,
)
# the people counted first, then one more named: "two men and a woman", or their companion set off
# by a comma: "two men, along with a woman"
_COUNTED_AND = compiled(
    rf"^(\S+)\s+{PEOPLE_PLURAL}(?:,?\s+and|,\s+along\s+with)\s+{HARM_VERB_NEXT}?(.+)$", re.IGNORECASE
)
# the killer's own death, then the killing: "himself (Monday) after killing his wife" (the words up to
# the people killed; implicit_victims finds them so in a sentence)
SELF_AFTER_KILLING = (
    r"(?:himself|herself)\s+(?:[\w'’-]+\s+){0,3}?after\s+(?:fatally\s+shooting|shooting\s+and\s+killing|killing|murdering"
    r"|slaying)\s+"
)
_SELF_AFTER_KILLING = compiled(
    rf"^{SELF_AFTER_KILLING}(.+)$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- people counted one at a time


class _Counted(Protocol):
    """A figure as the model drafts it or as a summary states it."""

    @property
    def text(self) -> str | None: ...
    @property
    def label(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def value(self) -> float: ...
    @property
    def span(self) -> Span | None: ...


_C = TypeVar("_C", bound=_Counted)
# one more person than those counted before: "another", an ordinal ("a second victim", "a third")
_ONE_MORE = compiled(rf"(?:(?P<another>another)|an?\s+(?P<ordinal>{ORDINAL_WORDS}))\b", re.I)
# the label's end of people hurt, some of whom died, not all injured ("four people shot, one fatally";
# "one of the three men wounded has died", "four people hospitalized"): the evaluation's injured are
# they less the dead
HURT_ENDS = (" shot", " wounded", " injured", " hurt", " stabbed", " hospitalized")
ALSO = "people also "  # the label of people told as besides those counted ("A woman was also wounded")
# the singular of a plural noun of people ("one climber", not "one climbers"), and the one noun of
# "teens" and "teen"
_SINGULAR = {"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child"}


def singular(noun: str) -> str:
    """A plural noun of people in the singular: the irregular ones, else a regular plural's "-s"
    or "-ies" taken off ("climbers", "casualties"); a noun not so formed is kept ("staff", "crew")."""
    if noun in _SINGULAR or noun in ("series", "species"):
        return _SINGULAR.get(noun, noun)
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


# the words that end the label of people the text tells as besides those counted ("In addition, a
# woman was shot": "people injured in addition")
BESIDES = ("in addition", "besides")
# the one who did it, by a reflexive ("before killing himself"): never one of the people they
# harmed, counted before; or the life they ended ("then took his own life")
_SELF_ONLY = compiled(rf"himself|herself|{OWN_LIFE}", re.I)


def ordinal_toll(text: str) -> int | None:
    """The toll an ordinal person tells, with those before: "a second person (has died)" is 2."""
    return ORDINALS[m["ordinal"].lower()] if (m := _ONE_MORE.match(text)) is not None and m["ordinal"] else None


def added_after(first: _C, figures: Sequence[_C]) -> list[_C]:
    """The figures right after ``first`` (none of another category between) that add people to
    it, each told as one more: "another" after one person (after several, most often one of
    them), the ordinal that goes on from the count so far ("a third" after two), or people
    labelled "also" hurt after one person (after several, most often one of them described:
    "Two were shot. Officers found a man … A woman was also shot."), or after any count when the
    text says they are besides it. None when the first is itself one more ("one killed and
    another hurt"), whose repeats would be counted again, but an ordinal that goes on from the
    people of both fates ("one killed and another hurt … a third victim"). The one who did it,
    by a reflexive, goes on from the dead across the hurt told between: "killing four and
    injuring 11 before turning the gun on himself" (the other fate ends any other addition)."""
    if not first.text or first.label.startswith(ALSO) or first.span is None:
        return []
    lead_more = _ONE_MORE.match(first.text) is not None
    start = first.span[0]
    count = first.value
    out: list[_C] = []
    crossed = False  # a count of the other fate told since the first
    for f in sorted(
        (f for f in figures if f.span is not None and f.span[0] > start), key=lambda f: f.span[0] if f.span else 0
    ):
        if f.category != first.category:
            if first.category != "killed" or f.category != "injured":
                break
            crossed = True
            continue
        if crossed:
            if not _SELF_ONLY.fullmatch(f.text or ""):
                break
            count += f.value
            out.append(f)
            break
        m = _ONE_MORE.match(f.text or "")
        if m is not None and f.value == 1:
            ordinal = m.group("ordinal")
            n = ORDINALS[ordinal.lower()] if ordinal else 2
            besides = _other_fate_before(first, figures, f) if ordinal else 0
            if not (besides and n == count + besides + 1) and (lead_more or n != count + 1):
                break
        elif lead_more or not (
            f.label.endswith(BESIDES)
            or (f.label.startswith(ALSO) and first.value == 1)
            or _SELF_ONLY.fullmatch(f.text or "")
        ):
            break
        count += f.value
        out.append(f)
    return out


_FATES = ("killed", "injured")


def _other_fate_before(first: _C, figures: Sequence[_C], f: _C) -> float:
    """The people of the other fate than ``first``'s (the dead beside the wounded) told before
    ``f``: the largest count of them, 0 when none."""
    if first.category not in _FATES or f.span is None:
        return 0
    other = _FATES[1 - _FATES.index(first.category)]
    return max(
        (g.value for g in figures if g.category == other and g.span is not None and g.span[0] < f.span[0]), default=0
    )
