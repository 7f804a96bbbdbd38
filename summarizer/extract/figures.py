"""How many: counts written as digits or words, what they count (killed, intercepted, …), their
qualifier (at least, up to, about, a range), the place each belongs to, and which is the total.
A count shared by two places ("six over Belgorod and Smolensk") is read as each or together,
whichever agrees with the stated total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer._text import NumberMatch, Span, find_numbers
from summarizer.extract import lexicon as lx
from summarizer.extract.sentences import Sentence
from summarizer.extract.timeplace import PlaceMention

_QUALIFIERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "at_least",
        re.compile(
            r"(?:at\s+least|more\s+than|over|upwards\s+of|no\s+(?:fewer|less)\s+than|in\s+excess\s+of|a\s+minimum\s+of)\s+$",
            re.I,
        ),
    ),
    (
        "at_most",
        re.compile(
            r"(?:up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|at\s+most|no\s+more\s+than|nearly|almost|under|a\s+maximum\s+of)\s+$",
            re.I,
        ),
    ),
    (
        "about",
        re.compile(
            r"(?:about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|an\s+approximate|circa|~)\s+$",
            re.I,
        ),
    ),
]
_RANGE_RE = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*(?=\S)", re.I)
_SKIP_BEFORE = re.compile(
    r"(?:[$€£¥#]|\bNo\.?|\bNumber|\bpage|\bp\.|\bSection|\baged?|\bRoute|\bHighway|\bI-)\s*$", re.I
)
_SKIP_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per\s+cent|percentage|years?[- ]old|-year-old|yr|kg|km|miles?|mph|kph|feet|foot|ft|meters?|metres?|"
    r"degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|am|pm|a\.m\.|p\.m\.|GMT|MSK|UTC|dollars?|"
    r"euros?|pounds?|rubles?|hryvnias?|block|st|nd|rd|th|[:./]\d|-\d|,\d{1,2}\b|\)))",
    re.I,
)
_TOTAL_RE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall|combined|total(?:ling|ing)?)\b", re.I
)
_EACH_RE = re.compile(r"^\s*(?:each|apiece|per\s+region|respectively)\b", re.I)
_CLAUSE_SPLIT = re.compile(r"[;]|,\s+(?:while|whereas|but|and)\s+|\s+while\s+|,\s+(?=(?:a\s+further|another|with)\b)")
_CATEGORY_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        "killed",
        re.compile(
            r"\b(?:kill(?:ed|ing|s)?|dead|died|die|dies|slain|fatal(?:ly|ities|ity)?|deaths?|murder(?:ed)?|perish(?:ed)?|lifeless|bodies)\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(
            r"\b(?:injur(?:ed|ies|y|ing)|wound(?:ed|s|ing)?|hurt|hospitali[sz]ed|casualties|critical\s+condition)\b",
            re.I,
        ),
    ),
    ("missing", re.compile(r"\b(?:missing|unaccounted)\b", re.I)),
    (
        "arrested",
        re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|ees)?|detentions?|apprehended|in\s+custody|jailed)\b", re.I),
    ),
    ("displaced", re.compile(r"\b(?:displaced|evacuat(?:ed|ion)|fled|homeless|evacuees|refugees)\b", re.I)),
    (
        "intercepted",
        re.compile(
            r"\b(?:intercept(?:ed|ion|ions|s)?|shot\s+down|downed|neutrali[sz](?:ed|ation)|destroy(?:ed)?|repell?ed|suppressed|eliminated)\b",
            re.I,
        ),
    ),
    ("launched", re.compile(r"\b(?:launch(?:ed|es)?|fired|unleashed)\b", re.I)),
    ("damaged", re.compile(r"\b(?:damag(?:ed|e)|destroy(?:ed)?|razed|burned|collapsed|flattened)\b", re.I)),
]
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(slots=True)
class FigureDraft:
    text: str
    span: Span
    value: float
    value_max: float | None
    qualifier: str
    category: str
    noun: str | None
    label: str
    location: str | None
    location_span: Span | None
    sentence: int
    shared: list[PlaceMention] = field(default_factory=list)  # "over Belgorod and Smolensk"
    each: bool = False
    is_total: bool = False


def _qualifier(view: str, start: int, sent_start: int) -> str:
    before = view[max(sent_start, start - 30) : start]
    for name, pattern in _QUALIFIERS:
        if pattern.search(before):
            return name
    return "exact"


def _noun_after(view: str, end: int, stop: int) -> tuple[str | None, int]:
    """The counted noun: "48 Ukrainian drones" -> drones; "nine were shot down" -> None."""
    words = list(_WORD_RE.finditer(view, end, min(stop, end + 60)))
    for k, m in enumerate(words[:4]):
        w = m.group().lower()
        if w in ("of",) and k == 0:
            continue  # "six of the drones"
        if w in ("the", "them", "those", "these"):
            continue
        if w in lx.PROJECTILES or w in lx.PEOPLE_NOUNS or w.rstrip("s") in lx.PROJECTILES:
            return w, m.end()
        if w in (
            "were",
            "was",
            "are",
            "is",
            "have",
            "had",
            "has",
            "over",
            "in",
            "at",
            "each",
            "and",
            "more",
            "others",
            "other",
            "destroyed",
            "shot",
            "downed",
            "intercepted",
            "killed",
            "injured",
            "wounded",
            "dead",
            "died",
        ):
            return None, end
        if w[:1].isupper() and view[m.start()].isupper() and w not in lx.DEMONYMS:
            return None, end
    if words:
        first = words[0]
        w = first.group().lower()
        if w in lx.DEMONYMS and len(words) > 1:
            return words[1].group().lower(), words[1].end()
        return w, first.end()
    return None, end


def _countable(noun: str) -> bool:
    """Nouns whose counts an incident summary reports: people and projectiles."""
    return noun in lx.PROJECTILES or noun in lx.PEOPLE_NOUNS or noun.rstrip("s") in lx.PROJECTILES


def _category(clause: str, noun: str | None) -> str:
    projectile = noun is not None and (noun in lx.PROJECTILES or noun.rstrip("s") in lx.PROJECTILES)
    for name, pattern in _CATEGORY_RES:
        if name == "damaged" and projectile:
            continue
        if (
            name == "intercepted"
            and not projectile
            and re.search(r"\bdestroy", clause, re.I)
            and not re.search(r"intercept|shot down|downed|neutrali", clause, re.I)
        ):
            continue
        if pattern.search(clause):
            return name
    return "other"


_LABEL_VERB = {
    "killed": "killed", "injured": "injured", "missing": "missing", "arrested": "arrested",
    "displaced": "displaced", "intercepted": "intercepted", "launched": "launched", "damaged": "damaged",
}  # fmt: skip


def find_figures(
    view: str,
    sentences: list[Sentence],
    places: list[PlaceMention],
    *,
    skip: list[Span],
) -> list[FigureDraft]:
    drafts: list[FigureDraft] = []
    for sent in sentences:
        last_in_sentence: FigureDraft | None = None
        for num in find_numbers(view, sent.start, sent.end):
            if any(a <= num.span[0] < b for a, b in skip):
                continue
            draft = _draft(view, sent, num, places, last_in_sentence)
            if draft is None:
                continue
            drafts.append(draft)
            last_in_sentence = draft
    _mark_totals(view, drafts)
    return drafts


def _clause(view: str, sent: Sentence, pos: int) -> Span:
    start, end = sent.start, sent.end
    for m in _CLAUSE_SPLIT.finditer(view, sent.start, sent.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _draft(
    view: str, sent: Sentence, num: NumberMatch, places: list[PlaceMention], previous: FigureDraft | None
) -> FigureDraft | None:
    s, e = num.span
    before = view[max(sent.start, s - 12) : s]
    after = view[e : min(sent.end, e + 20)]
    if _SKIP_BEFORE.search(before) or _SKIP_AFTER.match(after):
        return None
    if re.match(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\b)", after) or re.search(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$",
        before,
    ):
        return None  # part of a date
    if 1900 <= num.value <= 2100 and num.text.isdigit():
        return None  # a year
    if (
        num.text.lower() == "one"
        and re.match(r"^\s+(?:of|another|day|time|way|thing|point|side|hand|person)\b", after, re.I)
        and not re.match(r"^\s+of\s+(?:the\s+)?(?:victims|people|men|women|drones|missiles)", after, re.I)
    ):
        return None  # "one of the ways", "one day"
    qualifier = _qualifier(view, s, sent.start)
    value_max = None
    text = num.text
    m = _RANGE_RE.match(after)
    if m:
        for other in find_numbers(view, e + m.end(), min(sent.end, e + m.end() + 20)):
            if other.span[0] == e + m.end() and other.value > num.value:
                if re.match(r"^\s*(?:and|or)", after, re.I) and not re.search(r"between\s+$", before, re.I):
                    break
                value_max = other.value
                qualifier = "range"
                break
    c_start, c_end = _clause(view, sent, s)
    noun, _noun_end = _noun_after(view, e, c_end)
    if noun is None:
        back = re.search(r"([A-Za-z]+)\s*[—–:-]?\s*$", view[max(c_start, s - 30) : s])
        if back and (back.group(1).lower() in lx.PROJECTILES or back.group(1).lower() in lx.PEOPLE_NOUNS):
            noun = back.group(1).lower()  # "the highest number of intercepted drones—13—"
    if noun is None and previous is not None and previous.noun is not None:
        noun = previous.noun  # "A further 10 drones…, while nine were shot down"
    if noun is None:
        # the last countable noun earlier in the sentence: "the intercepted drones …, with six destroyed"
        earlier = [w.lower() for w in _WORD_RE.findall(view[sent.start : s])]
        noun = next((w for w in reversed(earlier) if w in lx.PROJECTILES or w in lx.PEOPLE_NOUNS), None)
    clause_text = view[c_start:c_end]
    countable = noun is not None and _countable(noun)
    category = _category(clause_text, noun) if noun is None or countable else "other"
    if (
        category == "other"
        and previous is not None
        and noun == previous.noun
        and not re.search(r"\b(?:were|was|are|is|have|has)\b", view[e:c_end])
    ):
        category = previous.category  # a list: "six destroyed over Belgorod, two over Leningrad"
    if category == "other" and not countable:
        return None
    # places named after the number in its clause: "over Kaluga Oblast", "in the Moscow Region"
    in_clause = [p for p in places if c_start <= p.span[0] < c_end and p.span[0] >= s]
    if not in_clause:
        in_clause = [p for p in places if c_start <= p.span[0] < c_end and p.span[0] < s and s - p.span[1] < 40]
    location = in_clause[0] if in_clause else None
    shared: list[PlaceMention] = []
    if location is not None and len(in_clause) > 1:
        gap = view[in_clause[0].span[1] : in_clause[1].span[0]]
        if re.fullmatch(r"\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?", gap):
            shared = in_clause[:2]
    each = bool(_EACH_RE.match(view[e:c_end]) or re.match(r"^\s*(?:\w+\s+)?each\b", view[e:c_end]))
    label_noun = noun or ""
    label = f"{label_noun} {_LABEL_VERB.get(category, '')}".strip() if category != "other" else (label_noun or "count")
    return FigureDraft(
        text=text,
        span=(s, e),
        value=num.value,
        value_max=value_max,
        qualifier=qualifier,
        category=category,
        noun=noun,
        label=label,
        location=location.name if location else None,
        location_span=location.span if location else None,
        sentence=sent.index,
        shared=shared,
        each=each,
    )


def _mark_totals(view: str, drafts: list[FigureDraft]) -> None:
    """Mark the total of each category, and resolve shared counts by which reading sums to it."""
    by_category: dict[str, list[FigureDraft]] = {}
    for d in drafts:
        by_category.setdefault(d.category, []).append(d)
    for category, group in by_category.items():
        if category == "other":
            continue
        parts = [d for d in group if d.location is not None]
        candidates = [
            d for d in group if d.location is None or _TOTAL_RE.search(view[max(0, d.span[0] - 25) : d.span[1] + 15])
        ]
        for total in sorted(candidates, key=lambda d: -d.value):
            others = [d for d in parts if d is not total]
            if not others:
                continue
            shared = [d for d in others if d.shared and not d.each]
            fixed = sum(d.value * (len(d.shared) if d.each and d.shared else 1) for d in others if d not in shared)
            together = fixed + sum(d.value for d in shared)
            each = fixed + sum(d.value * len(d.shared) for d in shared)
            explicit = bool(_TOTAL_RE.search(view[max(0, total.span[0] - 25) : total.span[1] + 15]))
            if total.value in (together, each) or explicit or total.value > max(d.value for d in others):
                total.is_total = True
                if shared and total.value == each and total.value != together:
                    for d in shared:
                        d.each = True
                break
