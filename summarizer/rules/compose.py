"""Headline and summary of the offline model: short, neutral, and attributed by construction.
Every claim is written with its source ("X says …"); numbers and names are copied as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from summarizer.rules.figures import FigureDraft
from summarizer.rules.toll_phrases import (
    PRONOUN_SEX,
    SINGULAR_VERB,
    VERB_PAST,
    added_phrase,
    added_verb,
    figure_phrase,
    named_before,
    num,
)
from summarizer.rules.wording import LOWER_STARTS, NUMBER_WORDS, QUALIFIER_STARTS, lower_first, short
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.given_names import gender_of_given_name
from summarizer.text.regex import compiled
from summarizer.text.sexes import sex_of
from summarizer.text.timeplace import CALENDAR_WORDS


@dataclass(slots=True)
class ClaimView:
    """What composition needs of an attribution."""

    id: str
    speaker_text: str | None  # as written
    speaker_name: str | None  # the resolved entity's name
    speaker_kind: str | None
    anonymity: str | None
    role: str | None
    affiliation: str | None
    cue: str | None
    lemma: str | None
    content: str
    content_start: int
    kind: str
    status: str
    flag_reasons: list[str]
    in_title: bool
    quoted: str | None = None  # a direct quote's words without the "he said" in between
    plural: bool = False  # "officials say", not "officials says"
    nominal: bool = False  # its cue is a noun ("the army's claims of …"): no sentence to retell


# a sentence's capitalised first word that is lower case inside another sentence ("said In Dadu
# district alone, …" reads "said in Dadu district alone, …"): the closed-class capitals of the
# lexicon, not a weekday, month or title
_FUNCTION_STARTS = {
    w.lower() for w in lx.NON_NAME_CAPS
    if w.lower() not in lx.TITLES and w.lower().rstrip(".") not in lx.TITLES and w.lower() not in CALENDAR_WORDS
} - {"i"}  # fmt: skip


# a plural common noun of people that opened its sentence ("Firefighters battled …"), in lower
# case inside another ("said firefighters battled …"); not a party's or a people's name
_COMMON_NOUN_STARTS = (lx.GROUP_NOUNS | iw.PEOPLE_NOUNS) - lx.PARTY_MEMBERS - {"americans"}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _opens_with_common_noun(phrase: str) -> bool:
    """Does the phrase open with a plural noun of people that is no part of a name or title
    after it ("Family members", "Officers were"; not "Police Chief Ana Ruiz")?"""
    words = phrase.split(None, 2)
    return bool(words) and words[0].lower() in _COMMON_NOUN_STARTS and (len(words) < 2 or not words[1][:1].isupper())


def _inside(phrase: str) -> str:
    """A phrase that opened its sentence, told inside another: a determiner, pronoun or plural
    noun of people first is lower case ("An unnamed official said" -> "according to an unnamed
    official", "Family members said" -> "according to family members")."""
    first = phrase.split(" ", 1)[0]
    lower = first.lower() in LOWER_STARTS or _opens_with_common_noun(phrase)
    return first.lower() + phrase[len(first) :] if lower else phrase


def _source_name(c: ClaimView) -> str:
    if (
        c.speaker_kind in ("person", "organization")
        and c.anonymity == "named"
        and c.speaker_name
        and (c.speaker_name[:1].isupper() or not c.speaker_text)
    ):
        return c.speaker_name  # a name; a body named by a common noun is told as written: "a court in Hallam"
    if c.speaker_text and c.speaker_text.strip().lower() in _PRONOUNS and c.speaker_name:
        return c.speaker_name  # "he" resolved to whom it stands for
    if c.speaker_text:
        return re.sub(r"^(?:According to\s+)", "", c.speaker_text)
    if c.speaker_name:  # a quote given to the speaker of the quotes around it, its speaker unwritten
        name = c.speaker_name
        return name if name[:1].isupper() else _cap(name) if c.plural else f"The {name}"
    return "The article"


def _says(claim: ClaimView) -> str:
    plural = claim.plural or (claim.anonymity != "named" and _plural_noun(_source_name(claim)))
    return "say" if plural else "says"


def _plural_noun(source: str) -> bool:
    """Does a source that names no one end in a plural noun ("organisers", "local residents",
    "police")? ("the press office", "the bus" do not.)"""
    low = source.split()[-1].lower() if source.split() else ""
    return low in _PLURAL_NOUNS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")) and low not in _SINGULAR_S
    )


_SINGULAR_S = {"news", "series", "species", "headquarters", "means"}  # singular nouns that end in -s


_PLURAL_NOUNS = {"police", "people", "staff", "crew", "media", "military"}


def _toll_phrase(view: str, total: FigureDraft | None, claim: ClaimView | None) -> str:
    """The total's phrase, but a pronoun that stands for the claim's own source stays a pronoun
    ("A woman said someone shot her" -> "a woman says she was injured", not "… says a woman was
    injured", which tells of two people)."""
    if total is None or total.category not in VERB_PAST:
        return ""
    phrase = figure_phrase(view, total)
    first, _, rest = " ".join(total.text.split()).partition(" ")
    sex = PRONOUN_SEX.get(first.lower())
    if (
        sex is None
        or not phrase
        or claim is None
        or _source_name(claim).lower() != phrase.split(" and ")[0].lower()  # the same words, not "a man" in "a manager"
    ):
        return phrase
    return f"{'he' if sex == 'male' else 'she'} {rest}".strip()


def headline(
    view: str,
    title: str | None,
    lead: str | None,
    total: FigureDraft | None,
    total_claim: ClaimView | None,
    parts: list[FigureDraft],
    lead_claim: ClaimView | None,
) -> str:
    # a count told by a pronoun for no one the text named (phrase "") leads with nothing
    phrase = _toll_phrase(view, total, total_claim)
    if total is not None and phrase:
        verb = SINGULAR_VERB[total.category] if total.value == 1 else VERB_PAST[total.category]
        where = ""
        top = max(parts, key=lambda f: f.value, default=None) if parts else None
        if top is not None and top.location == total.location:
            top = None  # a part at the total's own place is a subset ("two of them critically"), not a place's count
        if top is not None and top is not total and top.location and top.value == total.value:
            where = f" in {top.location}"  # the whole count at one place: "four people were injured in Corran"
        elif top is not None and top is not total and top.location:
            where = (
                f", {num(top)} of them over {top.location}"
                if total.category == "intercepted"
                else f", {num(top)} in {top.location}"
            )
        elif total.location:
            where = f" in {total.location}"
        fact = f"{phrase} {verb}{where}"
        if total_claim is not None:
            source = _source_name(total_claim)
            return f"{_cap(source)} {_says(total_claim)} {fact}{_dispute(total_claim)}"
        return _cap(fact)
    # no count to lead with: a claim with its source, unless the article has a title of its own
    # and the claim is a vague "unnamed" source's or a quote (a remark, rarely the news); else
    # the lead sentence
    source = _source_name(lead_claim) if lead_claim is not None else ""
    claim = lead_claim is not None and source.strip().lower() not in _PRONOUNS
    vague = False
    if lead_claim is not None:
        lead_claim, vague = _pronoun_told(view, lead_claim)
    if (
        claim
        and lead_claim is not None
        and not (title and (lead_claim.speaker_kind == "unnamed" or lead_claim.kind == "direct" or vague))
    ):
        return f"{_cap(source)} {_says(lead_claim)} {_content(lead_claim, 14)}{_dispute(lead_claim)}"
    if title:
        return re.sub(r"^(?:exclusive|breaking|update|watch|video|opinion)\s*[:|-]\s*", "", title, flags=re.I)
    if claim and lead_claim is not None:
        return f"{_cap(source)} {_says(lead_claim)} {_content(lead_claim, 14)}{_dispute(lead_claim)}"
    return short(lead or "", 16) if lead else "Untitled article"


def _dispute(c: ClaimView) -> str:
    """A disputed claim keeps its dispute in the headline ("The army says 12 fighters were
    killed; the claim is disputed"), never told as a bare "X says" the reader may take as settled."""
    return "; the claim is disputed" if c.status == "disputed" else ""


def _pronoun_told(view: str, c: ClaimView) -> tuple[ClaimView, bool]:
    """A claim that opens with "he" or "she", from a source that is not one person (who may
    speak of themself so: "the victim says she was shot"): the pronoun told as the text named
    the person before ("police say a 41-year-old woman was shot"); True when it named no one."""
    first = c.content.split(" ", 1)[0]
    sex = PRONOUN_SEX.get(first.lower())
    if (
        sex is None
        or c.kind == "direct"
        or (c.speaker_kind == "person" and _person_sex(c) in (None, sex))  # may speak of themself
        or first.lower() not in ("he", "she")
    ):
        return c, False
    named = named_before(view, c.content_start, sex)
    if named and named.lower() in _source_name(c).lower():
        return c, False  # the source speaks of themself: "a 28-year-old man says he was …"
    return (replace(c, content=named + c.content[len(first) :]), False) if named else (c, True)


def _person_sex(c: ClaimView) -> str | None:
    """The sex a person source's words give it: its noun ("a police spokesman", "the
    chairwoman") or given name."""
    name = c.speaker_name or c.speaker_text or ""
    last = name.split()[-1].lower() if name.split() else ""
    if last.endswith("woman"):
        return "female"
    if last in _MAN_TITLES:
        return "male"
    return sex_of(name) or (gender_of_given_name(name.split()[0]) if name.split() else None)


# the offices named with "-man" ("-woman" names the female one)
_MAN_TITLES = frozenset({
    "spokesman", "chairman", "congressman", "councilman", "assemblyman", "alderman", "policeman", "fireman",
    "businessman", "statesman", "clergyman", "committeeman", "patrolman", "sportsman", "frontman",
})  # fmt: skip


def _content(c: ClaimView, words: int) -> str:
    """What a claim says, short: a direct quote in quote marks, indirect speech as written."""
    if c.kind == "direct":
        return f"“{short(c.quoted or c.content, words, close=False)}”"  # the marks are the summary's
    content = short(c.content, words)
    if content[:1].isupper() and (
        content.split()[0].lower() in LOWER_STARTS | _FUNCTION_STARTS | NUMBER_WORDS | QUALIFIER_STARTS
        or _opens_with_common_noun(content)
    ):
        content = content[0].lower() + content[1:]
    return content


def _claim_sentence(c: ClaimView) -> str:
    source = _source_name(c)
    if c.speaker_kind == "person" and c.anonymity == "named" and (c.role or c.affiliation):
        # an affiliation the role already names ("mla for Corran North") is not said twice
        affiliation = None if c.affiliation and c.role and c.affiliation in c.role else c.affiliation
        detail = ", ".join(x for x in (c.role, affiliation) if x)
        source = f"{c.speaker_name} ({detail})"
    cue = c.cue or "said"
    if cue in (":", "dash") or not re.search(r"[a-z]", cue) or c.lemma in ("tell", "add", "ask") or cue[:1].isupper():
        # what is asked is a request, not a statement: "asked residents to stay indoors"
        cue = "asked" if c.lemma == "ask" else "said"
    if cue.lower() == "according to" and c.kind != "direct":
        # the claim first, as "according to" reports it: its opening word keeps the capital it
        # had at the start of its sentence ("Residents were told …, according to the department")
        written = re.sub(r"^according to\s+", "", c.speaker_text or "", flags=re.I)
        if written and len(written.split()) <= 10 and written.lower() not in _PRONOUNS:
            source = written  # "the Lisk Institute", as written; a pronoun is told by whom it stands for
        return _marked(f"{_cap(short(c.content, 24))}, according to {_inside(source)}", c)
    if cue.lower() == "according to":
        cue = _says(c)
    if "," in source and not source.endswith(")") and " and " not in source.rsplit(",", 1)[1]:
        # an aside opened in the source is closed ("An engineer, who asked not to be named, said");
        # a list of names is not one ("Ana Lopez, Ben Hart and Cal Ode said")
        source += ","
    return _marked(f"{_cap(source)} {cue} {_content(c, 24)}", c)


def _marked(sentence: str, c: ClaimView) -> str:
    """The sentence with its claim's standing: disputed, not confirmed, unverified."""
    if c.status == "disputed":
        sentence += "; the claim is disputed"
    elif "not_independently_verified" in c.flag_reasons:
        sentence += "; the claim is not confirmed"
    elif c.status == "unverified":
        sentence += " (unverified)"
    return _stopped(sentence)


def _stopped(sentence: str) -> str:
    """The sentence with one full stop, unless it ends in its own question or exclamation mark
    ("Ready for the vote?", not "Ready for the vote?.") or in a quotation's own stop ('called the
    plan "a disaster."', not '"a disaster.".')."""
    sentence = sentence.rstrip(" .")
    return sentence if sentence.endswith(("?", "!", "?”", "!”", '?"', '!"', '."', ".”")) else sentence + "."


_PRONOUNS = lx.PRONOUN_FORMS | {"who", "which"}  # a source that names nobody by itself


def _names_nobody(source: str) -> bool:
    """Is the source a pronoun ("He", "who")? Not one in capitals in its sentence ("WHO")."""
    source = source.strip()
    return source.lower() in _PRONOUNS and not (len(source) > 1 and source.isupper())


def _according(c: ClaimView) -> str:
    """The source of a claim as "According to …" names it: "the police", "Ana Ruiz", "the city"."""
    source = _source_name(c)
    name = c.speaker_name or ""
    if name[:1].islower() and source.lower() == name.lower():
        source = name  # a common noun that opened its sentence: "Police said" -> "the police"
    if c.speaker_kind in ("person", "organization") and not source.lower().startswith(("the ", "a ", "an ")):
        source = source if c.speaker_kind == "person" else f"the {source}"
    return _inside(source)


_DEFINITE = compiled(r"the\s", re.I)
# a lead that may tell the toll in its stead: a few words at least ("Two clicks." tells none), of harm
# (not a site's notice: "Copyright …", "Please enable Javascript …")
_LEAD_WORDS = 6
_TELLS_HARM = compiled(
    r"\b(?:shot|shoot\w*|kill\w*|dead\w*|died|dies|death|wound\w*|injur\w*|hurt|stabb\w*|homicide|murder\w*|slain|fatal\w*|gunfire)\b",
    re.I,
)


def summary(
    view: str,
    lead: str | None,
    total: FigureDraft | None,
    total_claim: ClaimView | None,
    parts: list[FigureDraft],
    time_text: str | None,
    claims: list[ClaimView],
    second: str | None = None,
    also: list[FigureDraft] | None = None,
    more: list[tuple[FigureDraft, ClaimView | None]] | None = None,
    shot_before: tuple[FigureDraft, ClaimView | None] | None = None,
    others: list[str] | None = None,
) -> str:
    """``more``: the people told one at a time after the first toll, each with the claim that tells
    it; ``shot_before``: the people shot counted before a first toll named by a definite noun phrase;
    ``others``: other sources' tolls of the same harm, told after the first, each by its own source."""
    sentences: list[str] = []
    used: set[str] = set()
    phrase = _toll_phrase(view, total, total_claim)
    if total is not None and phrase and _DEFINITE.match(phrase):
        # "The man was killed" names no one the reader knows: told as one of the people counted
        # before ("two sisters were shot, and a sister among them was killed"), else the lead tells it
        if shot_before is not None and total.value == 1 and (before := figure_phrase(view, shot_before[0])):
            said = shot_before[1]
            if said is not None and said is not total_claim:
                before += f" were shot, according to {_according(said)},"
                used.add(said.id)
            else:
                before += " were shot,"
            # (no "one of them": a number the article may not write)
            rest = phrase.split(None, 1)[1]
            phrase = f"{before} and {'an' if rest[:1].lower() in 'aeiou' else 'a'} {rest} among them"
        elif lead and len(lead.split()) >= _LEAD_WORDS and _TELLS_HARM.search(lead):
            phrase = ""
    added = [(f, c, p) for f, c in more or () if (p := added_phrase(view, f, total))]
    if total is not None and phrase:
        verb = SINGULAR_VERB[total.category] if total.value == 1 else VERB_PAST[total.category]
        s = f"{phrase} {verb}"
        if time_text:
            s += f" {lower_first(time_text)}"  # "About 5 p.m." opened its sentence
        top = sorted(
            (p for p in parts if p is not total and p.location and p.location != total.location), key=lambda f: -f.value
        )[:3]
        if len(top) == 1 and top[0].value == total.value:
            s += f" in {top[0].location}"  # the whole count at one place
        elif top:
            prep = "over" if total.category == "intercepted" else "in"
            listed = [f"{num(f)} {prep} {f.location}" for f in top]
            s += ", including " + (", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0])
        elif total.location and any(p is not total and p.location == total.location for p in parts):
            s += f" in {total.location}"  # the whole count at one place, told again in part there
        # the other tolls of the same sentence and claim (each one whose phrase names someone)
        told_also = [(f, p) for f in also or () if (p := figure_phrase(view, f))]
        if told_also and not top:
            tolls = [f"{p} {SINGULAR_VERB[f.category] if f.value == 1 else VERB_PAST[f.category]}"
                     for f, p in told_also]  # fmt: skip
            s += ", " + ", ".join(tolls[:-1]) + (", and " if len(tolls) > 1 else "and ") + tolls[-1]
        # one more each, after the first toll ("A 40-year-old man was also injured"): in the first
        # toll's claim, told in its sentence, by its source; in another, by that one's
        for f, c, p in added:
            if total_claim is not None and c is total_claim:
                s += f", and {p} {added_verb(f)}"
        if total_claim is not None:
            s = _marked(f"According to {_according(total_claim)}, {s}", total_claim)
            used.add(total_claim.id)
        sentences.append(_stopped(_cap(s)))
        for f, c, p in added:
            if c is None:
                sentences.append(_stopped(_cap(f"{p} {added_verb(f)}")))
            elif c is not total_claim:
                sentences.append(_marked(f"According to {_according(c)}, {p} {added_verb(f)}", c))
                used.add(c.id)
        sentences.extend(others or ())
    elif lead:
        sentences.append(_stopped(short(lead, 40)))
        if not claims and second:
            sentences.append(_stopped(short(second, 40)))
    told = {(total_claim.speaker_name or "").lower()} if total_claim is not None and total_claim.id in used else set()
    ranked = sorted(
        (c for c in claims if c.id not in used and not c.in_title and (c.speaker_name or "").lower() not in told),
        key=lambda c: (
            {"disputed": 0, "unverified": 1, "attributed": 2}[c.status]
            + (0 if c.anonymity == "named" and c.speaker_kind in ("person", "organization") else 1.5),
            c.content_start,
        ),
    )
    for c in ranked:
        if len(sentences) >= 4:
            break
        if c.speaker_kind is None and c.speaker_text is None:
            continue
        name = (c.speaker_name or c.speaker_text or "").strip().lower()
        if _names_nobody(c.speaker_name or c.speaker_text or "") or name in told or _names_nobody(_source_name(c)):
            continue  # "He says …" names nobody; one claim a speaker keeps the summary varied
        told.add(name)
        # an affiliation the model inferred ("United States" for "U.S.") is written only as the text has it
        sentences.append(
            _claim_sentence(c if not c.affiliation or c.affiliation in view else replace(c, affiliation=None))
        )
    return " ".join(sentences) if sentences else (lead or "")
