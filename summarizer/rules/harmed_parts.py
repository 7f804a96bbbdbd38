"""A part of a group counted before, told dead or hurt ("one of the three men shot has died", "one
of the four officers who responded was hurt", "He was one of three people shot"): the part its
own figure, the group the people shot or no toll. shot_and_dead.py reads the group's own deaths.
"""

from __future__ import annotations

import re

from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.running_tallies import is_tally_after
from summarizer.rules.shot_and_dead import HURT_WORD, clause_end, label_shot, one_noun
from summarizer.text.incident_words import CONVEYED_OR_ADMITTED, LY_NOT_NEARLY
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.regex import compiled

# a part of the people counted, told before them: "one of the three men", "two of those"; not a
# part that is itself the object of a noun ("the brother of one of the three men …": his death)
_PART_OF_BEFORE = compiled(
    r"(?<![\w'’-])(?<!\bof\s)(?P<part>one|two|three|four|five|six|\d{1,2})\s+of\s+(?:the\s+|those\s+|these\s+)?$",
    re.I,
)
# words that open a clause of their own, or a verb of saying whose object is another clause ("…
# told police his brother died"), or that make the death not asserted: denied ("has not died"), only
# possible ("could have died", "may have died"), or almost ("nearly died")
_NOT_THE_PARTS_VERB = (
    r"(?:and|or|who|whom|whose|which|where|that|when|but|after|before|because|as|while|if|unless"
    r"|said|says|say|told|tells|added|not|never|no|nearly|almost|could|would|may|might|must|should|can|will"
    r"|[\w'’-]*n['’]t)\b"
)
# the main clause's verb, after the people counted and the words that say how they were hurt (words
# only, no comma, no clause of its own between, but a relative of their harm, and an apposition
# before the verb): "… (men shot Sunday outside a bar) has died", "… (men who were shot Sunday) has
# died", "one of the three women, a nurse of 40, died"
_PART_DIED_AFTER = compiled(
    rf"(?:\s+(?!{_NOT_THE_PARTS_VERB})[\w'’-]+){{0,3}}?(?:\s+who\s+(?:were|was|had\s+been|have\s+been))?"
    rf"(?:\s+(?!{_NOT_THE_PARTS_VERB})"
    rf"[\w'’-]+){{0,12}}?(?:\s*,(?!\s*(?:and|or)\b)[^,.;]{{1,60}},)?"
    rf"\s+(?:(?:have|has|had)\s+)?(?:since\s+|later\s+|now\s+|{LY_NOT_NEARLY}\s+)?"
    r"(?:died|succumbed|passed\s+away|(?:was|were|has\s+been|have\s+been)\s+(?:later\s+)?(?:pronounced|declared)\s+dead)\b",
    re.I,
)
# the dead counted among the people hurt after their death was told, named again by a pronoun or
# by name: "He was one of three people shot", "Reyes was among four people wounded"; not by another
# noun ("her son was one of two people wounded", "the gunman was among …": someone else, the dead
# not among them)
_WAS_ONE_OF_BEFORE = compiled(
    r"(?:\b(?:he|she|they|who)|(?-i:\b[A-Z][\w'’-]+))\s+"
    r"(?:(?:was|is)\s+one\s+of|(?:was|is|were|are)\s+among)\s+(?:the\s+)?$",
    re.I,
)
_RECAP_REACH = 2  # sentences after the death


def is_part_of(view: str, d: FigureDraft) -> bool:
    """Is the count the group a part is told of ("one of the three men", "two of those")?"""
    start = d.words_start
    return _PART_OF_BEFORE.search(view, max(0, start - 20), start) is not None


def _counted_before(drafts: list[FigureDraft], whole: FigureDraft, part_start: int) -> FigureDraft | None:
    """The people hurt counted before the group a part of the dead is told of (in its sentence or the two before), as
    many and of the same noun (or none: "one of the three died"): the same people named again."""
    before = [d for d in drafts if d.span[0] < part_start and d.category in HARMS]
    last = before[-1] if before else None
    if (
        last is not None
        and last.category == "injured"
        and last.value == whole.value
        and 0 <= whole.sentence - last.sentence <= _RECAP_REACH
        and (whole.noun is None or one_noun(whole.noun) == one_noun(last.noun) or whole.noun == last.noun)
    ):
        return last
    return None


# the people counted as a noun's complement ("the sister of the three hikers …"): not the subject
_COMPLEMENT_BEFORE = compiled(r"\bof\s+(?:the\s+|those\s+|these\s+)?$", re.I)
# the people counted, hurt in a reduced relative, then the main verb of their death: "two men shot
# Monday night have died" (the nearest word read them injured); a plural's verb, not a singular one
# ("has died": another subject, "the sister of one of the three hikers shot … has died"); nor the
# verb of a clause a noun of time opens with no relative word ("on the day their boss died")
_TIME_CLAUSE = (
    r"(?:day|night|morning|evening|week|month|year|moment|hour|time)\s+(?:the|an?|his|her|their|its|my|our)\s"
)
_HURT_THEN_DIED_AFTER = compiled(
    rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:shot|wounded|stabbed|injured)"
    rf"(?:\s+(?!{_NOT_THE_PARTS_VERB}|(?:has|is|was)\b|{_TIME_CLAUSE})[\w'’-]+){{1,12}}?"
    rf"\s+(?:(?:have|had)\s+)?(?:since\s+|later\s+|now\s+|{LY_NOT_NEARLY}\s+)?"
    r"(?:died|succumbed|passed\s+away|(?:were|have\s+been)\s+(?:later\s+)?(?:pronounced|declared)\s+dead)\b",
    re.I,
)
# the people the dead are among, said shot (a count of people shot, not a toll of the injured:
# written_counts leaves it "other"): "They were among seven people shot"; not "shot at" and missed
# (fired on: "at" before no noun phrase, "shot at in the past year"), nor all of them killed ("shot
# and killed", "shot dead")
_AMONG_SHOT_AT = compiled(
    r"\s+(?:[\w'’-]+\s+){0,2}?shot\b(?!\s+(?:and\s+killed|dead|to\s+death)\b)"
    r"(?!\s+at\b(?!\s+(?:the|a|an|his|her|their|its|this|that|(?-i:[A-Z]))))",
    re.I,
)


def _shot_among_recap(view: str, whole: FigureDraft, start: int) -> bool:
    """Is the count the people shot that the dead, named again, are among ("They were among seven people shot")?"""
    return (
        _WAS_ONE_OF_BEFORE.search(view, max(0, start - 26), start) is not None
        and _AMONG_SHOT_AT.match(view, whole.range_end) is not None
    )


# the people shot the wounded are among, bounded by a period, are no scene's: "among six people
# shot this weekend" (the dead's recap keeps its reading: the people shot less the dead)
_PERIOD_AFTER = compiled(r"\b(?:this|last|that)\s+(?:weekend|week|month)\b", re.I)


def _part_figure(
    view: str,
    drafts: list[FigureDraft],
    whole: FigureDraft,
    part: re.Match[str],
    category: str,
    added: list[FigureDraft],
) -> FigureDraft | None:
    """The figure of the part ``part`` names of ``whole`` ("one" of "the three men"), given
    ``category``: the draft already read at its words, else a new one, put in ``added``; None
    when the part is not fewer than the whole."""
    word = part.group("part").lower()
    value = int(word) if word.isdigit() else NUMBER_WORDS[word]
    if not 1 <= value < whole.value:
        return None
    span = part.span("part")
    told = next((d for d in drafts if d.span == span), None)
    if told is None:
        told = FigureDraft(
            text=view[span[0] : span[1]], span=span, value=value, value_max=None, qualifier="exact",
            category=category, noun=whole.noun, label="", location=None, location_span=None,
            sentence=whole.sentence, phrase_start=span[0], range_end=span[1],
        )  # fmt: skip
        added.append(told)
    told.category, told.label = category, f"{whole.noun or 'people'} {category}"
    return told


def part_of_the_shot_died(view: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """ "One of the three men shot Sunday has died": the part (one) is dead, the people it is
    counted among (three) were shot, the evaluation's shot less the dead; and the dead told first,
    then as one of the people hurt ("The man shot Sunday has died. He was one of three people
    shot", "Two men … have died. They were among five people shot"): the count is of the people
    shot, the deaths among them. A group not said hurt ("one of the three climbers trapped … has
    died") is no toll: the part is the dead. Returns the parts read anew (a part that is no figure
    yet: "one of" is not counted by itself); a death read in the words between the people and
    their verb is dropped."""
    added: list[FigureDraft] = []
    gone: list[FigureDraft] = []
    for i, whole in enumerate(drafts):
        if whole.category not in ("injured", "killed", "other") or whole.value < 2 or whole.roundup:
            continue
        start = whole.words_start
        if whole.category == "other" and not _shot_among_recap(view, whole, start):
            continue
        part = _PART_OF_BEFORE.search(view, max(0, start - 20), start)
        if part is None and whole.category == "killed":
            continue
        if (
            part is None
            and whole.category == "injured"
            and _HURT_THEN_DIED_AFTER.match(view, whole.range_end)
            and not _COMPLEMENT_BEFORE.search(view, max(0, start - 16), start)
        ):
            whole.category, whole.label = (
                "killed",
                f"{whole.noun or 'people'} killed",
            )  # "two men shot Monday have died"
            continue
        died = _PART_DIED_AFTER.match(view, whole.range_end) if part is not None else None
        if part is not None and died is not None:
            told = _part_figure(view, drafts, whole, part, "killed", added)
            if told is None:
                continue
            if whole.category == "killed" and not HURT_WORD.search(view, whole.range_end, died.start()):
                # the group the dead are of, not said hurt: "one of the three suspects has died"
                whole.category, whole.label = "other", whole.noun or "people"
                if (hurt := _counted_before(drafts, whole, told.span[0])) is not None:
                    # the people counted hurt before, named again: "Three men were shot. One of the
                    # three men died": the count is of the people hurt, the part among them dead
                    label_shot(view, hurt, clause_end(view, hurt.range_end))
            else:
                label_shot(view, whole, died.end())
            # a person read in the words before the verb is none of them: "(shot in) Olvey have died"
            gone.extend(d for d in drafts if d.category == "killed" and whole.range_end <= d.span[0] < died.end())
            continue
        dead = next((d for d in reversed(drafts[:i]) if d.category in HARMS), None)
        if (
            dead is not None
            and dead.value < whole.value
            and 0 < whole.sentence - dead.sentence <= _RECAP_REACH
            and _WAS_ONE_OF_BEFORE.search(view, max(0, start - 26), start)
            # not a running tally they are among ("among six people shot in the city over the weekend")
            and not is_tally_after(view, whole.range_end, clause_end(view, whole.range_end))
        ):
            if dead.category == "killed":
                label_shot(view, whole, whole.range_end + 40)
            elif not any(d.category == "killed" for d in drafts) and not _PERIOD_AFTER.search(
                view, whole.range_end, clause_end(view, whole.range_end)
            ):
                # the wounded told first, then the people shot they are among, no death told:
                # "Two miners were wounded. They were among six people shot" (six wounded)
                whole.category, whole.label, whole.is_total = "injured", f"{whole.noun or 'people'} injured", True
    for d in gone:
        drafts.remove(d)
    return added


# the words of the group a part is told of, up to the part's own predicate: a place, a relative of
# what they did ("(officers) who responded", "(guests) at the inn"), no comma, no clause of another
# subject, no word that makes the harm not asserted
_GROUP_WORDS = (
    r"(?:\s+(?!(?:and|or|but|said|says|say|told|tells|added|not|never|no|nearly|almost|could|would|may|might"
    r"|must|should|can|will|[\w'’-]*n['’]t)\b)[\w'’-]+){0,10}?"
    # or a relative clause set off by commas: "(one of the two officers), who were on patrol, (was hurt)"
    r"(?:\s*,\s*(?:who|whom|which)\s[^,.;:\"“”]{1,80}?,)?"
)
# the part's own predicate of harm, singular or plural after its group: "(one of the four officers
# who responded) was hurt", "(…) was killed", "(…) was taken to a hospital"
_PART_HARMED_AFTER = {
    "killed": compiled(
        rf"{_GROUP_WORDS}\s+(?P<verb>(?:(?:has|have|had)\s+)?(?:since\s+|later\s+|{LY_NOT_NEARLY}\s+)?"
        rf"(?:died|succumbed|(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|{LY_NOT_NEARLY}\s+)?"
        r"(?:killed|shot\s+dead|pronounced\s+dead|declared\s+dead)))\b",
        re.I,
    ),
    "injured": compiled(
        rf"{_GROUP_WORDS}\s+(?P<verb>(?:was|were|has\s+been|have\s+been|got)\s+(?:{LY_NOT_NEARLY}\s+)?"
        r"(?:hurt|injured|wounded|stabbed|shot(?!\s+(?:dead|and\s+killed)\b)|hospitali[sz]ed"
        rf"|{CONVEYED_OR_ADMITTED}\s+to\s+(?:a|the)\s+hospital))\b",
        re.I,
    ),
}
# a word that tells the group itself harmed ("one of the three men shot … was hurt"): the group is
# then the people hurt, read as such before
_HARM_WORD = compiled(r"\b(?:shot|wounded|injured|hurt|stabbed|killed|dead|died|slain|hospitali[sz]ed)\b", re.I)


def part_of_a_group_harmed(view: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """ "One of the four officers who responded was hurt": the part (one) is hurt, the group it is
    told of (four) is no toll when nothing says the group itself was harmed. The same for a death
    ("one of the four officers who responded was killed"). Returns the parts read anew."""
    added: list[FigureDraft] = []
    for whole in drafts:
        if whole.category not in HARMS or whole.value < 2 or whole.roundup:
            continue
        start = whole.words_start
        part = _PART_OF_BEFORE.search(view, max(0, start - 20), start)
        if part is None:
            continue
        harmed = _PART_HARMED_AFTER[whole.category].match(view, whole.range_end)
        if harmed is None or _HARM_WORD.search(view, whole.range_end, harmed.start("verb")):
            continue
        told = _part_figure(view, drafts, whole, part, whole.category, added)
        if told is None:
            continue
        if whole.category == "killed" and (hurt := _counted_before(drafts, whole, told.span[0])) is not None:
            label_shot(
                view, hurt, clause_end(view, hurt.range_end)
            )  # "Three men were shot. One of the three was killed"
        whole.category, whole.label = "other", whole.noun or "people"
    return added
