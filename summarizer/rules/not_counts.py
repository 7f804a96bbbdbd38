"""Numbers that count nothing: dates, years, ages, times, telephone numbers, house numbers, page
counters, shots fired, "one day"; written_counts asks here before it reads a number as a count.
"""

from __future__ import annotations

import re

from summarizer.text import incident_words as iw
from summarizer.text.implicit_counts import APPROXIMATELY, RELATION_NOUNS, VICTIM_NOUN_WORDS, VICTIM_NOUNS, singular
from summarizer.text.numbers import NumberMatch
from summarizer.text.places import NUMBERED_PARTS
from summarizer.text.regex import compiled, guarded
from summarizer.text.timeplace import WEEKDAY_RE

_SKIP_BEFORE = guarded(
    r"(?:[$€£¥#]|\bNo\.?|\bNumber|\b(?:Image|Photo|Picture|Slide)|\bpage|\bp\.|\bSection|\bag(?:ed?|es)|\bRoute|\bHighway"
    r"|\bInterstate-?|\bI-|\bU\.?S\.?|\bSR|\bUS"
    # a road named by its number, capitalised: "at County Road 212", "Range Road 3083" ("down the road 3 …" counts)
    r"|\b(?-i:Road|Rd)"
    # a town's numbered division, capitalised: "shot in Ward 12 of Pellham" (text/places.NUMBERED_PARTS)
    r"|\b(?-i:" + "|".join(sorted(NUMBERED_PARTS)) + r"))\s*$"
    # a number joined by a hyphen to the word before it, a code or a name: "K-9", "murder-187"
    r"|[A-Za-z]-$",
    re.I,
)
# the words and marks _SKIP_BEFORE's alternatives end with, lower case: every match is one of them
# and white space to the end, so a ``before`` whose last characters that are not blank are ASCII
# (re.IGNORECASE then folds case as str.lower does) and end with none of them is not searched
_SKIP_BEFORE_ENDS = (
    "$", "#", "-", "no", "no.", "number", "image", "photo", "picture", "slide", "page", "p.", "section", "age",
    "aged", "ages", "route", "highway", "interstate", "us", "u.s", "us.", "u.s.", "sr", "road", "rd",
    *(part.lower() for part in NUMBERED_PARTS),
)  # fmt: skip


# a service named by its telephone number: a capitalised service noun right before a number of three
# or four digits is the number to call, no count ("Rescue 1122 took the injured", "call Helpline 1098");
# a shorter number counts ("Rescue 3 crews pulled two men out"), as one after the noun in lower case does
_SERVICE_NOUNS = ("Rescue", "Helpline", "Emergency", "Ambulance", "Police")
_SERVICE_BEFORE = compiled(r"\b(?:" + "|".join(w for s in _SERVICE_NOUNS for w in (s, s.upper())) + r")\s*$")


def _service_number(num: NumberMatch, before: str) -> bool:
    """Is ``num`` a service's telephone number, three or four digits after its capitalised noun?"""
    return num.text.isdigit() and 3 <= len(num.text) <= 4 and _SERVICE_BEFORE.search(before) is not None


# an emergency line's number before a noun of calling: "several 911 callers", "a 911 dispatcher", "the 999
# operator", "a 112 call": the number rung, no count ("12 callers reported shots" counts callers; "Route
# 911" is _SKIP_BEFORE's). 911 and 999 so always; the rest, which may count calls ("took 110 calls"), after
# an article or a quantifier that a count never follows ("several 112 calls", "the 000 operator")
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "111", "110", "119"})
_ALWAYS_EMERGENCY = frozenset({"911", "999"})
_CALLING_AFTER = compiled(
    r"\s*-?\s*(?:call(?:s|ers?)?|dispatch(?:ers?)?|operators?|(?:emergency\s+)?(?:lines?|cent(?:er|re)s?|systems?))\b",
    re.I,
)
_DETERMINER_BEFORE = compiled(r"\b(?:an?|the|several|multiple|many|numerous|frantic|repeated|two|three)\s+$", re.I)


def _emergency_number(num: NumberMatch, before: str, after: str) -> bool:
    """Is ``num`` an emergency line's number before a noun of calling ("several 911 callers")?"""
    return (
        num.text in _EMERGENCY_NUMBERS
        and _CALLING_AFTER.match(after) is not None
        and (num.text in _ALWAYS_EMERGENCY or _DETERMINER_BEFORE.search(before) is not None)
    )


def _skip_before(before: str) -> bool:
    """``_SKIP_BEFORE.search(before)``, searched only when ``before`` may hold a match."""
    tail = before.rstrip()[-11:]  # no alternative is longer: "interstate-"
    if tail.isascii() and not tail.lower().endswith(_SKIP_BEFORE_ENDS):
        return False
    return _SKIP_BEFORE.search(before) is not None


# a credit's label, then a name that may open with a number: "Photo: 21 Pro Video" (not a caption's
# count: "Video: 3 killed in mall shooting", "Video: 3 People Hurt")
_CREDIT_BEFORE = guarded(r"\b(?:Photo|Image|Picture|Video|Credit)s?\s*:\s*$", re.I)
_NAME_AFTER = compiled(r"\s+([A-Z][\w'’-]*)")

# the kinds of street a house number stands before
_STREET_TYPES = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy"
    r"|Terrace|Circle|Trail|Pike|Turnpike|Alley|Loop|Plaza|Square|Expressway|Freeway)"
)

# a unit, a time of day or an ordinal's ending after the number, each a whole word: "two
# students", "two thieves" and "two Americans" are people, not "2 st", "2 th" or "2 am"
_SKIP_AFTER = compiled(
    r"^(?:(?i:\s*(?:%|a\.m\.|p\.m\.|[:./]\d|-\d|,\d{1,2}\b|\)"
    r"|(?:percent|per\s+cent|percentage|years?[- ]old|-year-old|yrs?|kgs?|kms?|miles?|mph|kph|feet|foot|ft|meters?|metres?"
    r"|degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|am|pm|GMT|MSK|UTC|dollars?"
    r"|euros?|pounds?|rubles?|hryvnias?|blocks?|st|nd|rd|th)\b))"
    # a number joined to a word, a modifier: "a two-shot pistol", "a three-car crash"
    r"|-[A-Za-z]"
    # a house number: "2817 Corran Street", "12 N. Main St."
    rf"|\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET_TYPES}\b)",
)

# a house number whose street's name is longer than the few characters read after a number
_HOUSE_NUMBER_AFTER = compiled(rf"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}{_STREET_TYPES}\b")

_TIMES_AFTER = compiled(r"\s*(?:(?:or|to|-|–)\s*[\w-]+\s+)?(?:(?:more|other|additional)\s+)?times\b", re.I)

# an age in apposition: "Dana Reyes, 28," and "the victim, also 20,"; several people's: "the men, all 30,"
_AGE_BEFORE = compiled(r"[\w.’')]\s*,\s*(?:(?:also|now|both|all|each)\s+)?$", re.I)
# a sentence's opening phrase of time or manner, which no age follows: "Since then, 3 died", "By
# Tuesday, 3 of them had died", "Sadly, 3 died" (not a person: "Dana Reyes, 28, died")
_OPENING_PHRASE_BEFORE = compiled(
    r"(?:^|[.!?]\s+)(?:(?:since|by|as\s+of|after|until|over|during)\s+(?:[\w'’.-]+\s+){0,2}?[\w'’-]+"
    r"|so\s+far|in\s+all|overall|altogether|later|then|now|sadly|tragically)\s*,\s*$",
    re.I,
)
# or one of them's, longer than the characters read before a number: "three men, one of them 19,
# were shot", "the youngest 17," (not "three men, two of them brothers": no number)
_ONE_OF_THEM_AGE_BEFORE = compiled(
    r"[\w.’')]\s*,\s*(?:the\s+(?:youngest|oldest|eldest)|(?:one|two|three|four|five)\s+of\s+them)\s+$", re.I
)

# an approximate age in apposition to one person (an indefinite article's noun, a person's noun
# or a full name) that a comma or a bracket closes: "a farmer, nearly 80,"; or after "aged": "aged
# about 30" (a plural may take a count: "the guests, about 40,"; a place's phrase may open the
# sentence: "at a wedding, nearly 40 died")
_APPROXIMATE_AGE_BEFORE = guarded(
    rf"(?:(?:\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+|\b(?:{VICTIM_NOUNS})|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+))\s*,"
    rf"|(?P<aged>\bag(?:ed|es?)))\s*{APPROXIMATELY}\s+$",
    re.I,
)
_APPROXIMATELY_BEFORE = guarded(rf"\b{APPROXIMATELY}\s+$", re.I)

# the first age of a pair: "were 17 and 18 years old"
_AGE_PAIR_AFTER = compiled(r"\s*(?:,|and|or|to|-)\s*\d{1,3}\s+years?[- ]old\b", re.I)

# the second age of an apposed pair: "The brothers, 17 and 20, were …"
_AGE_PAIR_BEFORE = compiled(r",\s*\d{1,3}\s+and\s+$")

_APPOSITION_ENDS = compiled(r"\s*[,)]")

# one person (a singular noun, "the victim"), maybe a relative clause, then "was" or "is": the
# number after it, ending its clause, is their age ("the man who died was 31.")
_ONE_PERSON_WAS_BEFORE = guarded(
    rf"\b(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{VICTIM_NOUNS}|victim)\b[^.;,\d]{{0,70}}?\s+(?:was|is)\s+$",
    re.I,
)

# the clause ends after an age, or a second predicate of the same person follows: "the man who died
# was 31.", "the other man was 22 and was shot in the leg"
_AGE_ENDS = compiled(r"\s*(?:[.;]|,(?!\d)|$)|\s+and\s+(?:(?:was|is|had|has)\b|died\b)")

# a relative clause set off by commas that tells a person's age: "the victim, who was 31, died"
# (of two, "the men, who were 19 and 20, were shot": the first before "and" the second, the second after it)
_WHO_WAS_BEFORE = compiled(
    # (whose word it is may come between: "a man, who police said was 25,", "who his family says is 40")
    r",\s*who\s+(?:(?:[\w'’-]+\s+){1,3}?(?:said|says|say|believe[ds]?|thought)\s+)?(?:(?:was|is|turned|had\s+turned)\s+(?:only\s+|just\s+)?|(?:were|are)\s+(?:\d{1,3}\s*(?:,|,?\s*and)\s+)?)$",
    re.I,
)
_SECOND_AGE_AFTER = compiled(r"\s*(?:,|,?\s*and)\s+\d{1,3}\s*(?:[,.;]|$)")

# the "and" of a pair of ages, a relative's or an apposition's, joins no clauses: "two children, who
# were 3 and 5, were hurt", "aged 3 and 5,", "the boys, 4 and 6," (the count before reaches its verb)
_FIRST_AGE_BEFORE = compiled(r"(?:,\s*who\s+(?:were|are)|\bag(?:ed|es)|,)\s+\d{1,3}$", re.I)
_SECOND_AGE_AT = compiled(r"\d{1,3}\s*(?:[,;.)]|years?\b|-year\b)", re.I)


def joins_two_ages(view: str, start: int, end: int) -> bool:
    """Is the " and " at view[start:end] the one between two ages ("who were 3 and 5,")?"""
    return (
        view[end : end + 1].isdigit()
        and _SECOND_AGE_AT.match(view, end) is not None
        and _FIRST_AGE_BEFORE.search(view, max(0, start - 24), start) is not None
    )


# an hour without "a.m." or "p.m.": "shot around 8 at Lisk Avenue", "at about 9 on Sunday"
_CLOCK_BEFORE = compiled(r"\b(?:at|around|about|after|before|until|since|by)\s+$", re.I)

_CLOCK_AFTER = compiled(
    r"\s+(?:at|on|near|along|outside|o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|last\s+night|(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day)\b"
)

# a broadcaster's call sign after a channel's number: "told 16 WXYT News"
_CALL_SIGN_AFTER = compiled(r"\s+[KW][A-Z]{2,3}\b")

_AGE_AFTER = compiled(r"^\s*(?:,|\)|\.|;|and\b|of\b|from\b|who\b|was\b|is\b|died\b|$)")

_AGES_LIST_BEFORE = guarded(
    rf"\b(?:ages|aged)\s+(?:{APPROXIMATELY}\s+)?\d{{1,3}}(?:\s*(?:,|and|&|to|-)\s*\d{{1,3}})*\s*(?:,\s*and|,|and|&|to|-)\s*$",
    re.I,
)

# a capitalised word that does not open its sentence, right before a number
_IN_A_NAME_BEFORE = compiled(r"[\w,;:)]\s+[A-Z][\w&'’-]*\s+$")

# a capitalised word in lower-case prose, and a preposition or a stop after the number: the
# number ends a name ("a silver Sedona 6 in the lot"); a count is followed by what it counts
_NAME_IN_PROSE_BEFORE = compiled(r"\b[a-z][\w'’-]*\s+[A-Z][\w&'’-]*\s+$")

# (or the article of the clause's next phrase: "told News 4 the driver fled", no count of drivers)
_PLACE_WORD_AFTER = compiled(r"^\s*(?:[,.;:)]|(?:in|on|at|near|off|outside|inside|along|the)\b)")

_PHONE_BEFORE = guarded(r"(?:\(\d{3}\)\s*|\d-|\b(?:call(?:s|ed|ing)?|dial(?:s|ed|led|ing)?)\s+)$", re.I)

_PHONE_AFTER = compiled(r"^-\d{3,4}\b")

_SHOT_NOUN_AFTER = compiled(
    r"\s+shot\b(?!\s+(?:and|dead|to\s+death|in|at|on|near|outside|inside|while|during|after|by)\b)"
)

# "one shot was fired", "one shot went through the wall": a bullet, not a person
_SHOT_FIRED_AFTER = compiled(
    r"\s+shot\s+(?:(?:was|had\s+been)\s+fired|went|had\s+gone|has\s+gone|came|entered|pierced|shattered|flew|rang|lodged)\b"
)

# "one single shot", "one more loud shot": a modifier no person takes makes "shot" the noun
_SHOT_MODIFIED_AFTER = compiled(r"\s+(?:more\s+)?(?:single|lone|loud|last|final)\s+shot\b", re.I)

_NAMED_EVENTS_AFTER = compiled(r"\s+(?:(?-i:[A-Z][\w'’-]*)\s+){1,2}(?:shootings|incidents|attacks|robberies)\b", re.I)

_FIRED_BEFORE = guarded(r"\b(?:fir(?:e|es|ed|ing)|heard|hear|report\s+of|sound\s+of|only|single)\s+$", re.I)

# a player's score, the number a form of "shoot" takes in sport: "shot 72 in the final round", "shot
# a 68" (an article before a number no count of people takes), "shot 3 of 12 from the field", "shot
# 40 percent", "shot 4-under"; not "the gunman shot 3 people", "shot 3 of the 12 hostages"
# (a score against par may come between: "shot a 4-under 68"; a shooting rate's range after it is no
# count either: "shot 40 percent from three")
_SCORE_BEFORE = guarded(
    r"\b(?:shot|shoots?|shooting|carded|fired)\s+(?P<article>an?\s+)?(?P<par>\d{1,2}-?\s*(?:under|over)(?:[- ]par)?\s+)?$"
    r"|(?P<range>\b(?:shot|shoots?|shooting)\s+\d{1,3}(?:\.\d)?\s*(?:percent|per\s+cent|%)\s+(?:from|beyond|behind)\s+(?:the\s+)?)$",
    re.I,
)
_SCORE_AFTER = compiled(
    r"(?!-year)(?:\s+(?:in|on|during)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?round\b"
    r"|\s+(?:of|for|on|in|from)\s+\d{1,3}(?:\s+(?:from|on|in|at|shooting|attempts|shots)\b|\s*[,.;]|\s*$)"
    r"|\s*(?:percent|per\s+cent|%)|-?\s*(?:under|over)(?:\s+par)?\b|\s+(?:on\s+)?par\b|\s+from\s+the\s+"
    r"(?:field|floor|line|arc|free-throw|three-point)\b)",
    re.I,
)
_SCORE_WORDS = ("sho", "card", "fired", "cent", "%")
_SCORE_NUMBER_END = compiled(rf"(?:\s+(?:on|in|at|to|for|and|with|during|{WEEKDAY_RE})\b|\s*[,.;:]|\s*$)")

# the small patterns of not_a_count and draft_figure, compiled once
_FRACTION = compiled(r"\d+\.\d+")

_DAY_AFTER = compiled(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\b(?!-))")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)

# a month's name as a title or in capitals ("UPDATE TUESDAY, JANUARY 19:"), never "may" in lower case
_MONTH_BEFORE = compiled(rf"(?:{_MONTHS}|{_MONTHS.upper()})\.?\s+$")

# a day before its month's name, as British, Irish, Australian, Indian and African papers write a
# date: "on 3 March", "28 February", "3 Sept"; the month capitalised, so "two may die" stays a count
_MONTH_AFTER = compiled(rf"\s+(?:of\s+)?(?:{_MONTHS}|{_MONTHS.upper()})\b\.?")

_OF_PLACE_AFTER = compiled(r"^,\s+(?:of|from)\b")

_SLASH_AFTER = compiled(r"\s*/\s*\d")

_SLASH_BEFORE = guarded(r"\d\s*/\s*$|\bof\s*/\s*$")

_CAPITAL_AFTER = compiled(r"\s+[A-Z]")

# a parent's or grandparent's children counted: "a father of seven", "the mother of three young
# boys": the size of a family, not of a toll
_PARENT_OF_BEFORE = guarded(
    r"\b(?:(?:grand|step)?(?:father|mother|parent)|dad|mom|mum|grandma|grandpa)s?\s+of\s+$", re.I
)

# a person's age after "of": "a boy of 5 was shot", "a woman of eighty died" (the number ends the
# phrase: "a guard of 12 men" counts the men)
_PERSON_OF_BEFORE = guarded(rf"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:{VICTIM_NOUNS})\s+of\s+$", re.I)
_OF_AGE_AFTER = compiled(r"\s*(?:[.;]|,(?!\d)|$)|\s+(?:was|were|is|had|has|died|who|and)\b", re.I)

# a relative or a relation of the people counted, one person: "the mother of the three victims was
# wounded", "a neighbor of the two men died": the number counts the complement
# (the lexicon the person patterns read them by: "the landlord of the six tenants was shot" is no
# person they read, so its number stays)
_RELATION_OF_BEFORE = guarded(
    rf"\b(?:grand|step)?(?:{'|'.join(RELATION_NOUNS)})\s+of\s+(?:the|those|these|all)\s+$",
    re.I,
)

# when the relation's own harm, the main verb, follows the complement at once ("the aunt of the four
# hikers was wounded"); not when the complement's fate is told, by a participle, a relative clause or
# later ("the families of the 12 miners killed", "the aunt of the four hikers said they were shot")
_RELATION_HARMED_AFTER = compiled(
    r"\s+(?:(?!(?:who|that|which|whose)\b)[\w'’-]+\s+){1,2}?(?:(?:was|is|has|had)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:killed|shot|wounded|injured|hurt|slain|stabbed|struck|hit|found\s+dead)|died)\b",
    re.I,
)

_ONE_OF_AFTER = compiled(r"^\s+(?:of|another|day|time|way|thing|point|side|hand|person)\b", re.I)

_ONE_OF_PEOPLE_AFTER = compiled(
    r"^\s+of\s+(?:the\s+|those\s+|these\s+)?(?:victims|people|men|women|drones|missiles"
    # a group named by its harm, read like "two of the injured": "one of the injured died"
    r"|(?<=the\s)(?:injured|wounded|hurt|dead)\b|(?<=those\s)(?:injured|wounded|hurt|killed|shot)\b"
    # one of any people counted: "one of the officers was hurt", "one of the teens died"
    + "".join(f"|{w}\\b" for w in sorted(iw.PEOPLE_NOUNS, key=lambda w: (-len(w), w)))
    + ")",
    re.I,
)

# (an apposition may come between: "one of them, a 20-year-old man, died"); a death in any of
# the words that tell one: "has since died", "was pronounced dead", "succumbed", "did not survive",
# "didn't make it" (not "one of them was arrested", "one of them did not survive the vote")
# one of the people a plural of a victim noun names, the lexicon's lists aside: "shot one of the
# clerks", "one of the cashiers was hurt", "one of his customers" (its noun checked in code, not as a second alternation)
# (not a part of a group counted: "one of the three hikers shot", read with the group's count; nor
# kin, "one of their cousins died in May", most often of someone else's story)
_ONE_OF_PLURAL_AFTER = compiled(
    r"\s+of\s+(?:the|those|these|his|her|their)\s+"
    r"(?:(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b)[\w-]+\s+){0,2}?([a-z]+s)\b"
)


# a person named just before, "and" joining them to the part: "a mother and one of her daughters",
# "a woman and one of her neighbors" (the two one subject, so kin are of this story too)
_PERSON_AND_BEFORE = guarded(rf"\b(?:he|she|(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{VICTIM_NOUNS}))\s+and\s+$", re.I)


def _one_of_victims(view: str, s: int, e: int) -> bool:
    """Does "of the …" after a "one" at ``s``..``e`` name people by the plural of a victim noun, not
    of kin unless the part is coordinated with a person?"""
    m = _ONE_OF_PLURAL_AFTER.match(view, e, e + 60)
    if m is None or (one := singular(m.group(1))) not in VICTIM_NOUN_WORDS:
        return False
    return one not in RELATION_NOUNS or _PERSON_AND_BEFORE.search(view, max(0, s - 60), s) is not None


_ONE_OF_THEM_AFTER = compiled(
    r"^\s+of\s+(?:them|whom)(?:\s*,[^,.;]{1,60},)?,?\s+(?:\w+\s+){0,2}?"
    rf"(?:fatally|killed|dead|{iw.DIED_VERB}|{iw.DID_NOT_SURVIVE}"
    # or the part's own harm: "two officers arrived; one of them was shot", "was critically
    # wounded" (not "was shot at", "was nearly shot")
    rf"|(?<=\b(?:was|got)\s)(?:{iw.LY_NOT_NEARLY}\s+)?(?:shot(?!\s+at\b)|wounded|stabbed|injured|hurt)\b)",
    re.I,
)

_HARMING_BEFORE = compiled(r"\b(?:killing|wounding|injuring)\s+$", re.I)


def _apposed_age(view: str, num: NumberMatch, before: str, after: str) -> bool:
    """An age in apposition, a person's or several people's ("Tavish Orrin, 28, and …", "The
    worker, 45, was …", "the men, all 30,"), or one of them's ("three men, one of them 19,")."""
    if _OF_PLACE_AFTER.match(after):
        return True
    if "," not in before and "them " not in before and "est " not in before:
        return False
    if not _AGE_AFTER.match(after):
        return False
    if _AGE_BEFORE.search(before):
        # (not after a sentence's opening phrase of time or manner: "Since then, 3 of them have died")
        return _OPENING_PHRASE_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0]) is None
    return _ONE_OF_THEM_AGE_BEFORE.search(view, max(0, num.span[0] - 30), num.span[0]) is not None


def _score(view: str, num: NumberMatch) -> bool:
    """Is ``num`` a player's score after a form of "shoot": a sport's words after it ("in the final
    round", "from the field", "percent", "under par") or an article before a bare number ("a 68")?"""
    before = view[max(0, num.span[0] - 32) : num.span[0]]
    if not any(w in before for w in _SCORE_WORDS):
        return False  # none of the words a score follows (a cheap test before the search)
    m = _SCORE_BEFORE.search(view, max(0, num.span[0] - 32), num.span[0])
    if m is None:
        return False
    if m.group("range") is not None or m.group("par") is not None:
        return True
    if not num.text.isdigit():
        return False
    e = num.span[1]
    if _SCORE_AFTER.match(view, e, e + 60):
        return True
    return m.group("article") is not None and _SCORE_NUMBER_END.match(view, e, e + 20) is not None


def not_a_count(view: str, num: NumberMatch, before: str, after: str) -> bool:
    """A number that counts nothing: a date, a year, an age, a telephone number, "one day";
    ``before`` and ``after`` are the few characters around it in its sentence."""
    # a character or word a pattern cannot match without is looked for first ("/" for a page
    # counter, "shot" for a shot fired, "," for an age in apposition), and of two patterns that
    # must both match the one anchored where the number ends is tried first: a test of a few
    # characters costs less than a search, and decides alike
    e = num.span[1]
    if _skip_before(before) or _SKIP_AFTER.match(after) or _service_number(num, before):
        return True
    if num.text in _EMERGENCY_NUMBERS and _emergency_number(num, before, after):
        return True  # "several 911 callers", "the 999 operator"
    if _CREDIT_BEFORE.search(before):
        name = _NAME_AFTER.match(view, e)
        if (
            name is not None
            and name.group(1).lower() not in iw.FIGURE_VERBS
            and name.group(1).lower() not in iw.PEOPLE_NOUNS
        ):
            return True
    if _DAY_AFTER.match(after) or _MONTH_BEFORE.search(before):
        return True  # part of a date
    if num.text.isdigit() and 1 <= num.value <= 31 and _MONTH_AFTER.match(after):
        return True  # a day before its month: "on 3 March"
    if num.text.isdigit() and num.value >= 10 and _HOUSE_NUMBER_AFTER.match(view, e, e + 60):
        return True  # "1480 Harbour View Avenue"
    if _TIMES_AFTER.match(after):
        return True  # how often, not how many: "shot him two or three times"
    if " of" in before and _PARENT_OF_BEFORE.search(view, max(0, num.span[0] - 24), num.span[0]):
        return True  # a family's size: "a father of seven was killed" is one person
    if (
        " of" in before
        and num.value < 120
        and _OF_AGE_AFTER.match(after)
        and _PERSON_OF_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0])
    ):
        return True  # an age: "a boy of 5 was shot" is one person
    if (
        " of" in before
        and _RELATION_OF_BEFORE.search(view, max(0, num.span[0] - 32), num.span[0])
        and _RELATION_HARMED_AFTER.match(view, e, e + 60)
    ):
        return True  # a relation's complement: "the mother of the three victims was wounded" is one person
    if 1900 <= num.value <= 2100 and num.text.isdigit():
        return True  # a year
    if "." in num.text and _FRACTION.fullmatch(num.text):
        return True  # no count of people or drones has a fraction without "million": a code, "code 12.3"
    if num.text.isdigit() and num.value < 120 and _apposed_age(view, num, before, after):
        return True  # an age in apposition: "Tavish Orrin, 28, and …", "three men, one of them 19, were shot"
    if (
        num.text.isdigit()
        and num.value < 120
        and _APPROXIMATELY_BEFORE.search(before)
        and (age := _APPROXIMATE_AGE_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0])) is not None
        and (age.group("aged") is not None or _APPOSITION_ENDS.match(after) is not None)
    ):
        return True  # an approximate age: "a farmer, nearly 80, was …", "a man aged about 30"
    if _AGES_LIST_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0]):
        return True  # the later ages of a list: "ages 18 and 20"
    if num.text.isdigit() and num.value < 120 and _AGE_PAIR_AFTER.match(view, e, e + 24):
        return True  # the first of two ages: "17 and 18 years old"
    if num.text.isdigit() and num.value < 120 and _AGE_PAIR_BEFORE.search(before) and _APPOSITION_ENDS.match(after):
        return True  # the second of two ages in apposition: "The brothers, 17 and 20, were …"
    if (
        num.text.isdigit()
        and num.value < 120
        and _AGE_ENDS.match(after)
        and _ONE_PERSON_WAS_BEFORE.search(view, max(0, num.span[0] - 100), num.span[0])
    ):
        return True  # an age as the predicate of one person: "the man who died was 31.", "was 31 and was …"
    if (
        num.text.isdigit()
        and num.value < 120
        and "who" in view[max(0, num.span[0] - 56) : num.span[0]]
        and (_AGE_ENDS.match(after) or _SECOND_AGE_AFTER.match(after))
        and _WHO_WAS_BEFORE.search(view, max(0, num.span[0] - 56), num.span[0])
    ):
        return True  # an age in a relative set off by commas: "the victim, who was 31, died"
    if num.text.isdigit() and 1 <= num.value <= 12 and _CLOCK_AFTER.match(after) and _CLOCK_BEFORE.search(before):
        return True  # an hour: "around 8 at the corner"
    if num.text.isdigit() and ("K" in after or "W" in after) and _CALL_SIGN_AFTER.match(after):
        return True  # a channel: "16 WXYT"
    if ("/" in after or "/" in before) and (_SLASH_AFTER.match(after) or _SLASH_BEFORE.search(before)):
        return True  # a page counter or a fraction: "Image 1 of / 1", "3/4"
    if num.text.isdigit() and _CAPITAL_AFTER.match(after) and _IN_A_NAME_BEFORE.search(before):
        return True  # part of a name: "Fox 26 Houston", "Channel 4 News"
    if (
        num.text[:1].isupper()
        and not num.text.isdigit()
        and _CAPITAL_AFTER.match(after)
        and _NAME_IN_PROSE_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0])
    ):
        return True  # a number word inside a name in running text: "taken to Harlow One Medical"
    if (
        num.text.isdigit()
        and _PLACE_WORD_AFTER.match(after)
        and _NAME_IN_PROSE_BEFORE.search(view, max(0, num.span[0] - 40), num.span[0])
    ):
        return True  # a name with a number in running text: "a silver Sedona 6 in the lot", "outside Cinema 6 on Main Street"
    if _PHONE_BEFORE.search(before) or _PHONE_AFTER.match(after):
        return True  # a telephone number: "(856) 225-8513"
    if (
        "shot" in after
        and _SHOT_NOUN_AFTER.match(after)
        and (_FIRED_BEFORE.search(before) or _SHOT_FIRED_AFTER.match(after))
    ):
        return True  # a shot fired, not a person shot: "fired one shot", "a report of one shot"
    if _SHOT_MODIFIED_AFTER.match(view, e, e + 30) or _score(view, num):
        return True  # "heard one last single shot"; a player's score: "shot 72 in the final round", "shot a 68"
    if _NAMED_EVENTS_AFTER.match(view, e, e + 60):
        return True  # a count of events a place names: "in two Osterby shootings"
    # "one of the ways", "one day"
    return bool(
        num.text.lower() == "one"
        and _ONE_OF_AFTER.match(after)
        and not _ONE_OF_PEOPLE_AFTER.match(after)
        and not _one_of_victims(view, num.span[0], e)
        and not _ONE_OF_THEM_AFTER.match(view[e : e + 100])
        and not _HARMING_BEFORE.search(before)  # "killing one of them"
    )
