"""What happened: the incident type and category from the article's lead, and the actors
(attacker, target, responder, reporter) where the text names them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.rules.figures import FigureDraft
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_same_length
from summarizer.text.incident_types import INCIDENT_TYPES, INCIDENT_TYPES_BEFORE, LOWER_INCIDENT_TYPES
from summarizer.text.prefilters import Prefiltered
from summarizer.text.regex import compiled, guarded
from summarizer.text.scans import matches_from
from summarizer.text.segments import Sentence
from summarizer.text.timeplace import CALENDAR_WORDS

# the incident patterns, compiled for lower-cased text (their escapes are all lower case)
_LOWER_TYPES = LOWER_INCIDENT_TYPES
_FIRST_LAST = len(INCIDENT_TYPES_BEFORE) + len(INCIDENT_TYPES)
# the same patterns, each looked for where one of its opening words occurs (up to 48 of them:
# over a few sentences, a look-up of each costs less than a scan of the pattern)
_SCANNERS = [Prefiltered(pattern.pattern, limit=48) for _, _, pattern in _LOWER_TYPES]
# a trigger word that is part of an organisation's name: "Essex Fire and Rescue Service"
_IN_A_NAME = compiled(
    r"\s+(?:and\s+)?(?:Rescue|Service|Services|Department|Brigade|Authority|Marshal|Chief|Station|District|Protection)\b"
)

# a trigger word that opens a company's name: "Storm Logistics", "Riot Games", "Blaze Energy Ltd"
_IN_A_COMPANY = compiled(
    r"(?:\s+[A-Z][\w&'’-]*){0,2}?\s+(?:"
    + "|".join(sorted((w.capitalize() for w in iw.COMPANY_WORDS), key=lambda w: (-len(w), w)))
    + r")\b"
)

# a gun found, seized, carried, brandished or fired, in the lead: "police found a loaded handgun
# in his car", "was charged with carrying a firearm", "a gun was discharged inside the store",
# "cited for discharge of a firearm", "fired a bullet through the wall"
_WEAPON = r"(?:gun|handgun|firearm|rifle|pistol|shotgun|revolver|weapon)s?"
_WEAPON_RE = compiled(
    r"\b(?:(?:found|seized|recovered|confiscated|discovered|carrying|carried|possession\s+of|armed\s+with|brandish\w*|displaying)"
    rf"\s+(?:\w+\s+){{0,4}}?{_WEAPON}|{_WEAPON}\s+(?:was|were)\s+(?:found|seized|recovered|discharged|fired)"
    rf"|(?:discharg\w+(?:\s+of)?|fir(?:ed|ing))\s+(?:his|her|their|a|an|the)\s+(?:\w+\s+)?(?:{_WEAPON}|bullets?))\b",
    re.I,
)
_WEAPON_WITHIN = 3  # sentences of the lead


# a connective that names, after it, the event a clause follows from ("after the crash",
# "caused by an explosion", "in the wake of the collapse"), and one word that may modify it
_AFTER_EVENT = compiled(
    r"\b(?:after|following|since|caused\s+by|sparked\s+by|triggered\s+by|in\s+the\s+wake\s+of)\s+(?:the|an?)\s+"
    r"(?P<mod>[\w-]+\s+)?",
    re.I,
)


def _follows(view: str, sent: Sentence, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Does the sentence name an event by one of the patterns just past a connective: the
    lead's, whose aftermath it tells ("after the crash", "following the gas blast"), or its own,
    told as what came before ("since a shooting in May")?"""
    lowered = lower_same_length(view[sent.start : sent.end])
    for m in _AFTER_EVENT.finditer(lowered):
        for pattern in patterns:
            if pattern.match(lowered, m.end()) or (m.group("mod") and pattern.match(lowered, m.start("mod"))):
                return True
    return False


@dataclass(slots=True)
class IncidentKind:
    type: str
    category: str
    sentence: int


@dataclass(slots=True)
class ActorDraft:
    name: str
    role: str
    span: Span


# a natural disaster is named by its own noun ("flood", "heat wave"); a verb phrase ("burst its
# banks") or a word that names no kind of disaster keeps the category's name
_DISASTER_NOUN = compiled(
    r"(earthquake|flood|wildfire|bushfire|hurricane|storm|tornado|landslide|mudslide|tsunami|cyclone|typhoon"
    r"|heat ?wave|blizzard|drought|avalanche|volcanic eruption)(?:e?s|ing|ed)?"
)


def _disaster_name(trigger: str) -> str:
    """ "Floods", "flooding" -> "flood"; "tornadoes" -> "tornado"; "lightning" -> "disaster"."""
    m = _DISASTER_NOUN.fullmatch(" ".join(trigger.casefold().split()))
    return m.group(1) if m else "disaster"


def classify(view: str, sentences: list[Sentence], figures: list[FigureDraft]) -> IncidentKind | None:
    """The first incident pattern found, searching the lead first, then the whole body.

    The title counts too, but the lead decides when both match."""
    scored: list[tuple[int, int, IncidentKind]] = []
    lead = sentences[:12]
    if lead:
        starts = [s.start for s in lead]
        lowered = lower_same_length(view[: lead[-1].end])
        end = lead[-1].end
        first_at = len(lead)  # the position in the lead of the first sentence matched
        before = end  # where a match may still start and decide (see below)
        for rank, ((type_, category, scanner), pattern) in enumerate(zip(_LOWER_TYPES, _SCANNERS, strict=True)):
            if rank == _FIRST_LAST and first_at < len(lead):
                # a last-resort type can win only two sentences or more before anything found
                end = lead[first_at - 2].end if first_at >= 2 else lead[0].start
            # once a type is found, the others are tried only before the first sentence matched so
            # far, where one of their opening words occurs: a match of a later type there or after
            # cannot decide the choice below (a type found before it, of lower rank, more specific,
            # stands in that sentence, so it is neither the first sentence's nor the most specific
            # near it). Until then each type is scanned from the first of its opening words on
            found: Iterable[re.Match[str]]
            if before < end:
                starts_at = pattern.prefix_starts(lowered, lead[0].start, end, before)
                found = (
                    pattern.pattern.finditer(lowered, lead[0].start, end)
                    if starts_at is None
                    else matches_from(pattern.pattern, lowered, starts_at, end)
                )
            else:
                found = scanner.finditer(lowered, lead[0].start, end)
            for m in found:
                if view[m.start()].isupper() and (
                    _IN_A_NAME.match(view, m.end())
                    or _IN_A_COMPANY.match(view, m.end())
                    or view[m.start() : m.end()].lower() in CALENDAR_WORDS
                ):
                    continue  # "Fire Rescue Service", "Storm Logistics", and a month: "March 13" is no march
                k = bisect.bisect_right(starts, m.start()) - 1
                if m.end() <= lead[k].end:  # a match inside one sentence
                    if rank >= _FIRST_LAST and m.group() != type_:
                        type_ = "incident"  # a crime's own noun names it ("a robbery"), else no name
                    elif category == "disaster":
                        type_ = _disaster_name(m.group())
                    scored.append((lead[k].index, rank, IncidentKind(type_, category, lead[k].index)))
                    first_at = min(first_at, k)
                    before = lead[first_at].start
                    break
    if scored:
        # an early sentence wins; among patterns found in the same sentence, the more specific
        first = min(s for s, _, _ in scored)
        near = [x for x in scored if x[0] <= first + 1]
        best = min(near, key=lambda x: (x[1], x[0]))
        if best[0] > first:
            lead_rank = min(r for s, r, _ in near if s == first)
            later = next(s for s in lead if s.index == best[0])
            if best[2].category == "arrest" or _follows(
                view, later, (_LOWER_TYPES[lead_rank][2].pattern, _LOWER_TYPES[best[1]][2].pattern)
            ):
                # what came of the lead's event is not the event: "A fire broke out after the
                # crash", and an arrest told after it ("The driver was arrested at the scene");
                # nor is an earlier event told as background ("closed last year after a flood")
                return min((x for x in near if x[0] == first), key=lambda x: x[1])[2]
        return best[2]
    counted = [f for f in figures if f.category in ("killed", "injured", "intercepted", "launched", "arrested")]
    if not counted:
        for sent in sentences[:_WEAPON_WITHIN]:
            if _WEAPON_RE.search(view, sent.start, sent.end):
                # a gun found, seized, carried or fired with no one hurt: an incident all the same
                return IncidentKind("incident", "other", sent.index)
    if counted:
        # people killed or hurt with no word of how: no attack is asserted
        category = {"killed": "other", "injured": "other", "intercepted": "air_drone_strike",
                    "launched": "shelling_missile", "arrested": "arrest"}[counted[0].category]  # fmt: skip
        return IncidentKind(counted[0].category, category, counted[0].sentence)
    return None


_ATTACKER_RE = guarded(
    r"\b(?P<adj>"
    + "|".join(
        sorted(
            (d.capitalize() for d in lx.DEMONYMS if " " not in d and "." not in d and len(d) > 2),
            key=lambda w: (-len(w), w),
        )
    )
    + r")\s+(?:\w+\s+)?(?:drones?|missiles?|rockets?|forces|troops|aircraft|shelling|strikes?|attacks?|UAVs?)\b"
)
_TARGET_RE = guarded(
    r"\b(?:within|inside|over|across|in|on)\s+(?P<t>Russia|Ukraine|Israel|Gaza|Syria|Iraq|Iran|Lebanon|Yemen|Belarus|Poland)\b"
)


def actors(view: str, sentences: list[Sentence], kind: IncidentKind | None) -> list[ActorDraft]:
    """Attacker ("Ukrainian drones") and target ("within Russia") named in the lead, as written."""
    if kind is None:
        return []
    out: dict[str, ActorDraft] = {}
    for sent in sentences[: kind.sentence + 2]:
        m = _ATTACKER_RE.search(view, sent.start, sent.end)
        if m and "attacker" not in out:
            out["attacker"] = ActorDraft(m.group("adj"), "attacker", (m.start("adj"), m.end("adj")))
        t = _TARGET_RE.search(view, sent.start, sent.end)
        if t and "target" not in out:
            out["target"] = ActorDraft(t.group("t"), "target", (t.start("t"), t.end("t")))
    return list(out.values())
