"""People a phrase names without a number, and how many: "a man" is 1, "a man and a woman" 2,
"two men and a woman" 3, "the brothers, who are 12 and 14," 2; with the person nouns, ages, ordinals
and verbs of harm the counts modules build their victim patterns from.
"""

from __future__ import annotations

import re

from summarizer.text.incident_words import PEOPLE_BY_WHAT_THEY_DO
from summarizer.text.numbers import NUMBER_WORDS, find_numbers
from summarizer.text.regex import compiled, word_alternation

# "a man", "an 18-year-old woman", "one teen": a single person named without a number
VICTIM_NOUN_LIST = (
    "man|woman|boy|girl|teen|teenager|person|victim|child|toddler|infant|baby|student|pupil|officer|resident|driver"
    "|passenger|clerk|worker|employee|father|mother|dad|mom|mum|parent|son|daughter|brother|sister|husband|wife|friend|guard"
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
