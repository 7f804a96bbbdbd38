"""The attributions of the summary: each one the attribution patterns found given its speaker (the
registry's entity, else the subject a speakerless one's sentence or paragraph tells, a person the
story profiles, a group whose member speaks, the subject of a clause coordinated before), its flags
and its record as the summary gives it.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from summarizer.ingest import Article
from summarizer.rules.acronym_speakers import acronym_speaker
from summarizer.rules.attribution import RawAttribution
from summarizer.rules.claims import Claim, status_of
from summarizer.rules.flags import flag_attributions
from summarizer.rules.interviews import interviewee
from summarizer.rules.relative_speakers import relative_word
from summarizer.rules.speaker_phrases import SpeakerPhrase, lead_length
from summarizer.rules.speakerless import THIRD_PERSON, paragraph_subject, subject_source
from summarizer.rules.speakers import Entity, Registry, analyse, person_mentions
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import gender_of_given_name
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence


def resolve_attributions(
    article: Article, raws: list[RawAttribution]
) -> tuple[Registry, list[Entity | None], list[dict[str, Any]]]:
    """Each attribution's speaker resolved to an entity of the registry (a name, "he", "the
    mayor" told before), then flagged, as the summary's attributions."""
    text = article.text
    view = article.view
    segments = article.segments
    paras, sentences, quotes = segments.paragraphs, segments.sentences, segments.quotes
    title_span = article.title_span
    registry = Registry(view)
    entity_of: list[Entity | None] = []
    # the people the text names, speakers or not, are antecedents for "he" and "the mayor"
    people = person_mentions(view)
    told = 0

    def mention_people_to(end: int) -> None:
        """Tell the registry of the people named before ``end`` not told yet, in text order."""
        nonlocal told
        while told < len(people) and people[told][0][1] <= end:
            registry.mention_person(*people[told])
            told += 1

    for raw in raws:
        ent: Entity | None = None
        if raw.speaker is not None:
            s, e = raw.speaker
            mention_people_to(s)
            phrase = acronym_speaker(view, raw.speaker) or analyse(text[s:e], raw.speaker)
            ent = _previous_subject(phrase, raw, raws, entity_of, sentences, view)
            subject = _group_speaker(raws, entity_of)
            if ent is None and (group := _possessing_group(view, phrase, sentences, raw.sentence, subject)) is not None:
                ent = registry.resolve(group, before=group.span[0])  # "the Liberals' hopes … they promise"
            if ent is not None:
                registry.mention_entity(ent, phrase)
            else:
                ent = registry.resolve(phrase, before=s, spoken_of=_spoken_of(view, raw))
            if ent is not None and raw.kind != "indirect":
                ent.quoted_at = ent.latest
            if ent is not None and (relative := relative_word(view, raw.speaker, raw.cue)) is not None:
                ent.mentions.append(relative)  # "Tom Hale, who said": "who" is his mention there
        elif raw.cue is not None and _coordinated(view, raw, raws[len(entity_of) - 1] if entity_of else None):
            # "Ana Ruiz praised the plan and said …": a verb coordinated with the previous
            # attribution's shares its subject
            ent = entity_of[-1]
        elif own := (
            # a quote inside a clause, a second verb of the subject's: the sentence's subject
            (
                subject_source(view, sentences[raw.sentence].span, raw.content[0], people)
                if raw.pattern in _SPEAKERLESS
                else None
            )
            # or the quote's paragraph names another subject after the speaker before: theirs
            or (_paragraph_subject(view, paras, sentences, raws, len(entity_of), people) if raw.inherit else None)
        ):
            (s, e), said = own
            mention_people_to(e)
            ent = registry.resolve(analyse(said, (s, e)), before=s)
        elif raw.inherit:
            ent = next((e for e in reversed(entity_of) if e is not None), None)
        elif raw.cue is None and (answered := interviewee(view, raw.content[0], people)) is not None:
            # "A: “…”" in a text of questions and answers: the one it interviewed
            mention_people_to(answered[1])
            ent = registry.resolve(analyse(text[answered[0] : answered[1]], answered), before=answered[0])
        elif (profiled := _profiled(view, raw, paras, people, quotes)) is not None:
            mention_people_to(profiled[1])
            ent = registry.resolve(analyse(text[profiled[0] : profiled[1]], profiled), before=profiled[0])
        entity_of.append(ent)
    merged = registry.finish()
    entity_of = [merged.get(id(e), e) if e is not None else None for e in entity_of]

    claims = [
        Claim(
            r.content,
            r.cue,
            r.cue_lemma,
            r.speaker,
            ent.kind if ent else None,
            ent.anonymity if ent else None,
            r.sentence,
            ent.affiliation if ent else None,
        )
        for r, ent in zip(raws, entity_of, strict=True)
    ]
    flags = flag_attributions(view, sentences, claims, title=title_span)
    attributions: list[dict[str, Any]] = []
    for i, (raw, ent, fl) in enumerate(zip(raws, entity_of, flags, strict=True)):
        if raw.inherit and ent is None:
            fl = [f for f in fl if f.reason != "unnamed_source"]
        if (
            ent is not None
            and ent.anonymity == "role_only"
            and any(f.reason == "unnamed_source" and f.span is not None and f.span != raw.speaker for f in fl)
        ):
            ent.anonymity = (
                "anonymous"  # told beside its phrase: "a naval officer, speaking on condition of anonymity,"
            )
        attributions.append(_attribution(text, i, raw, ent, fl))
    return registry, entity_of, attributions


_GENDER_OF = {"he": "male", "she": "female"}


# the patterns that leave a speaker to be found: a quote with no cue, a verb with no subject of its own
_SPEAKERLESS = frozenset({"unattributed_quote", "subject_verb"})


def _coordinated(view: str, raw: RawAttribution, prev: RawAttribution | None) -> bool:
    """Whether ``raw``'s verb is coordinated with the previous attribution's in its sentence
    ("… praised the plan and said …"), which has a speaker, or is a participle set off after it
    ("…,” he said, adding that …"), whose subject is the attribution's."""
    if prev is None or prev.speaker is None or prev.sentence != raw.sentence or raw.cue is None:
        return False
    if prev.content[1] <= raw.cue[0] and _AND_THEN.fullmatch(view, prev.content[1], raw.cue[0]) is not None:
        return True
    end = max(x[1] for x in (prev.content, prev.speaker, prev.cue) if x is not None)
    return end <= raw.cue[0] and _PARTICIPLE_AFTER.fullmatch(view, end, raw.cue[1]) is not None


_AND_THEN = compiled(r"[ \t]*,?[ \t]*(?:and|but)[ \t]+(?:(?:also|then|later)[ \t]+)?")


_PARTICIPLE_AFTER = compiled(r"[ \t]*,[ \t]*(?:(?:also|then|later)[ \t]+)?[a-z]+ing")


def _paragraph_subject(
    view: str,
    paras: list[Span],
    sentences: list[Sentence],
    raws: list[RawAttribution],
    i: int,
    people: list[tuple[Span, str, str | None, bool]],
) -> tuple[Span, str] | None:
    """speakerless.paragraph_subject for raws[i], read in the sentence that leads into the quote
    (its own sentence's words before it, else the sentence before), in its paragraph and after
    the end of the attribution before it; not after words of harm ("… died at the scene. “…”"):
    a victim's paragraph, a mourner's words."""
    raw = raws[i]
    at = bisect.bisect_right([p[0] for p in paras], raw.content[0]) - 1
    if at < 0 or i == 0:
        return None
    prev = raws[i - 1]
    after = max(x[1] for x in (prev.content, prev.speaker, prev.cue) if x is not None)
    if _HARMED.search(view, max(paras[at][0], after), raw.content[0]):
        return None
    sent = sentences[raw.sentence]
    lead = sent.start
    if not view[sent.start : raw.content[0]].strip(_MARKS) and raw.sentence > 0:
        lead = sentences[raw.sentence - 1].start
    return paragraph_subject(view, (max(paras[at][0], after, lead), raw.content[0]), raw.content, people)


def _profiled(
    view: str,
    raw: RawAttribution,
    paras: list[Span],
    people: list[tuple[Span, str, str | None, bool]],
    quotes: list[QuoteRegion],
) -> Span | None:
    """A quote that is a paragraph of its own, with no speaker and none to go on with, after a
    paragraph about one person named as its subject and quoting no one ("Ana Ruiz has run the
    ferry for 30 years.\n\n“…”"): the feature's convention gives the quote to that person. The
    name's span, or None."""
    if raw.kind != "direct" or raw.speaker is not None or raw.cue is not None:
        return None
    at = bisect.bisect_right([p[0] for p in paras], raw.content[0]) - 1
    if at < 1 or view[paras[at][0] : raw.content[0]].strip(_MARKS):
        return None
    if view[raw.content[1] : paras[at][1]].strip(_MARKS + ".!?"):
        return None  # the paragraph goes on past the quote: the writer's own sentence follows
    before = paras[at - 1]
    if any(before[0] <= q.start < before[1] for q in quotes):
        return None
    if _HARMED.search(view, before[0], before[1]) or _OF_SOMEONE.match(view, raw.content[0]):
        return None  # a victim's profile, a quote that speaks of "her": a mourner's words, not hers
    if _WOULD_NOT_SPEAK.search(view, before[0], before[1]):
        return None  # "Ana Ruiz declined to comment.\n\n“…”": one who would not speak says none of it
    named = [m for m in people if before[0] <= m[0][0] < before[1]]
    if not named:
        # a paragraph about someone named before, opened by "She" or "Her" ("Her advice is
        # simple: …"): the pronoun, resolved as a speaker's would be (not after a paragraph that
        # tells of a victim, whom the pronoun may mean)
        opener = _PRONOUN_OPENS.match(view, before[0])
        if opener is None or _HARMED.search(view, paras[at - 2][0] if at >= 2 else before[0], before[0]):
            return None
        gender = "male" if opener.group(1) == "He" else "female"
        if THIRD_PERSON[gender].search(view, raw.content[0], raw.content[1]):
            return None  # the quote speaks of "him" ("We miss him"): not his words
        if at >= 2:
            # two people the pronoun could mean in the paragraph before ("Ana Ruiz and Maria Lopez
            # …\n\nShe …"): whose words is not told
            could = {m[1] for m in people if paras[at - 2][0] <= m[0][0] < paras[at - 2][1]}
            if sum(gender_of_given_name(n.split()[0]) in (gender, None) for n in could) > 1:
                return None
        return opener.span(1)
    if len({m[1].split()[-1] for m in named}) != 1 or not named[0][3]:
        return None
    return named[0][0]


_MARKS = " \t\n\"'“”‘’«»"


_HARMED = compiled(r"\b(?:killed|died|dead|death|shot|stabbed|injured|wounded|hurt|murdered|slain|missing)\b", re.I)


# a refusal to speak: "declined to comment", "refused to say", "did not respond", "could not be reached"
_WOULD_NOT_SPEAK = compiled(
    r"\b(?:declined|refused|declines|refuses)\s+to\s+(?:comment|say|speak|discuss|elaborate|answer|be interviewed)\b"
    r"(?!\s+(?:why|when|where|how|who|whom|whose|what|which|whether|if)\b)"  # "declined to say why": one fact
    r"|\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|could\s+not|couldn['’]t)\s+(?:immediately\s+)?"
    r"(?:respond|reply|comment|return|be\s+reached)\b",
    re.I,
)


_PRONOUN_OPENS = compiled(r"[\s\"'“‘]*(He|She|Her)\b")


def _spoken_of(view: str, raw: RawAttribution) -> frozenset[str]:
    """The genders of the third persons a direct quote's first sentence speaks of ("He will do
    well"): not the speaker's, who says "I"."""
    if raw.kind != "direct":
        return frozenset()
    stop = _SENTENCE_STOP.search(view, *raw.content)
    end = stop.start() if stop is not None else raw.content[1]
    return frozenset(g for g, pattern in THIRD_PERSON.items() if pattern.search(view, raw.content[0], end))


# where a quote's first sentence ends: a stop, or the closing mark before narration ("…,” says …)
_SENTENCE_STOP = compiled(r"[.!?…”\"]")


_OF_SOMEONE = compiled(r"[\s\"'“‘«]*(?:he|she|his|her|him)\b", re.I)


def _previous_subject(
    phrase: SpeakerPhrase,
    raw: RawAttribution,
    raws: list[RawAttribution],
    entity_of: list[Entity | None],
    sentences: list[Sentence],
    view: str,
) -> Entity | None:
    """ "Ortiz said she was ready to meet Hale. But she warned …": a "he" or "she" opening the
    sentence right after the previous attribution's, in its paragraph, goes on with that
    attribution's speaker (the subject before stays the subject), not with someone its words
    named since."""
    gender = _GENDER_OF.get(phrase.pronoun or "")
    k = len(entity_of) - 1
    if gender is None or k < 0 or phrase.kind != "pronoun" or raw.speaker is None:
        return None
    prev, ent = raws[k], entity_of[k]
    if ent is None or prev.speaker is None or ent.kind != "person" or ent.gender not in (gender, None) or ent.plural:
        return None
    if raw.sentence != prev.sentence + 1 or sentences[raw.sentence].paragraph != sentences[prev.sentence].paragraph:
        return None
    sent = sentences[raw.sentence]
    lead = view[sent.start : raw.speaker[0]].split()
    return ent if len(lead) <= 1 and prev.speaker[0] >= sentences[prev.sentence].start else None


# a group's plural possessive: "the Liberals' plan", "the Greens’ hopes"
_GROUP_POSSESSIVE = compiled(r"\b(?:[Tt]he[ \t]+)?((?:[A-Z][\w-]*[ \t]+)*[A-Z][\w-]*s)['’](?![\w'’])")


def _group_speaker(raws: list[RawAttribution], entity_of: list[Entity | None]) -> Span | None:
    """The previous attribution's speaker span when it is a group or a body ("Critics mocked …")."""
    k = len(entity_of) - 1
    if k < 0 or (ent := entity_of[k]) is None or not (ent.plural or ent.kind in ("group", "organization")):
        return None
    return raws[k].speaker


def _possessing_group(
    view: str, phrase: SpeakerPhrase, sentences: list[Sentence], k: int, subject: Span | None
) -> SpeakerPhrase | None:
    """ "Key to the Liberals' hopes is their pledge. Most of it, they promise, …": a "they" whose
    sentence (``k``), or the one before in its paragraph, names a group by its plural possessive
    before it means that group, which is no entity yet (a group possessed is no sentence
    subject): the first such group, the most salient (not "Canadians' pockets" inside the clause
    after it), analysed as one (plural or a body; not "the Smiths'", read as a person's name).
    Not when a group or a body that spoke (``subject``, the previous speaker) is named before the
    possessive there: "Critics mocked the Liberals' plan. Most fares, they said, …" are the critics'."""
    if phrase.pronoun != "they" or phrase.kind != "pronoun":
        return None
    first = k - 1 if k > 0 and sentences[k - 1].paragraph == sentences[k].paragraph else k
    found = _GROUP_POSSESSIVE.search(view, sentences[first].start, phrase.span[0])
    if found is None or (subject is not None and sentences[first].start <= subject[0] < found.start()):
        return None
    group = analyse(view[found.start() : found.end(1)], (found.start(), found.end(1)))  # "the Liberals"
    return group if group.plural or group.kind in ("group", "organization") else None


def _attribution(text: str, i: int, raw: RawAttribution, ent: Entity | None, fl: list[Any]) -> dict[str, Any]:
    cs, ce = raw.content
    speaker = raw.speaker
    if speaker is not None:
        # "…, who said": the relative word is the source as written, its antecedent the entity
        speaker = relative_word(text, speaker, raw.cue) or (
            speaker[0] + lead_length(text[speaker[0] : speaker[1]]),
            speaker[1],
        )
        if (n := lx.pronoun_length(text[speaker[0] : speaker[1]])) is not None:
            speaker = (speaker[0], speaker[0] + n)  # "I'm hoping": "I" is the source, "'m" the verb's
    return {
        "id": f"a{i + 1}",
        "speaker_id": ent.id if ent else None,
        "speaker": text[speaker[0] : speaker[1]] if speaker else None,
        "speaker_span": list(speaker) if speaker else None,
        "cue": text[raw.cue[0] : raw.cue[1]] if raw.cue else None,
        "cue_span": list(raw.cue) if raw.cue else None,
        "content": " … ".join(text[s:e] for s, e in raw.pieces) if raw.pieces else text[cs:ce],
        "content_span": [cs, ce],
        "content_spans": [list(p) for p in raw.pieces or [raw.content]],
        "type": raw.kind,
        "status": status_of(fl),
        "flags": [
            {
                "reason": f.reason,
                "cue": text[f.span[0] : f.span[1]] if f.span else f.cue,
                "span": list(f.span) if f.span else None,
            }
            for f in fl
        ],
    }
