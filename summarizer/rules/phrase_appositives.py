"""The comma-separated parts of a speaker phrase ("Rustem Muradov, 52, a spokesman for the
ministry") read into a name, its span, a role and an affiliation, past ages, adverbs, relative
clauses and a place's state set off after it; speaker_phrases.py analyses the whole phrase.
"""

from __future__ import annotations

from summarizer.rules.governed_names import governed_name
from summarizer.rules.roles import (
    HONORIFICS,
    PREPOSITIONS,
    SURNAME_PARTICLES,
    is_name_part,
    is_role_noun,
    name_before_preposition,
    office_fields,
    org_like,
    person_after_role,
    strip_possessive,
)
from summarizer.rules.titled_complements import name_after_complement
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

_WORD_RE = compiled(r"[\w][\w'’.\-]*|,|&")


def word_tokens(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _WORD_RE.finditer(text)]


# a part of a chain after the name that joins a second person, or says what both share ("Ana
# Ruiz, 52, and her son, 19, both of Akron": appositive_chain reads the chain)
_JOINED_PART = compiled(r"\s*(?:and (?:his|her|their) |(?:both|all)\b)")


# "a Democrat", "an Albertan", "a Republican from Ohio": a party's or a people's member, no name
MEMBERSHIP_PART = compiled(
    r"an?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)


_AGE = compiled(r"\d{1,3}(?:-year-old)?")


_RELATIVE = compiled(r"(?:who|whom|whose|which|that)\b")


# the suffixes of adverbs of manner, frequency and stance ("typically", "reportedly",
# "currently", "previously"); no role noun ends so ("family", "deputy", "ally" do not)
ADVERB_END = r"(?:ally|ently|antly|ously|ively|edly|ately|arly|ingly)"


_ADVERB = compiled(rf"[a-z]{{3,}}{ADVERB_END}")


def appositives(raw: str, span: Span, parts: list[str]) -> tuple[str | None, Span | None, str | None, str | None]:
    """Name (the trailing run of name words in a part), its span, role and affiliation read from
    the comma-separated parts of a phrase."""
    name: str | None = None
    name_span: Span | None = None
    place: str | None = None
    role_words: list[str] = []
    affiliation = None
    for n, part in enumerate(parts):
        if _AGE.fullmatch(part.strip()):
            continue  # "Ana Ruiz, 52,": her age, no role
        if n > 0 and _place_goes_on(parts[n - 1], part):
            continue  # "Residents of Akron, Ohio": the place's state, no one named
        if _RELATIVE.match(part):
            continue  # "Ana Ruiz, who chaired the panel,": a clause about her, no role
        if n > 0 and _JOINED_PART.match(part):
            continue  # "Ana Ruiz, 52, and her son, 19, both of Akron": the other person, what both share
        offset = span[0] + raw.find(part)
        pw = word_tokens(part, offset)
        cut = name_before_preposition(pw)
        if cut is not None:
            # "Gov. Ana Lusk of Doria", "President Tom Hale in the 1970s": the name before the
            # preposition, what follows it a place or a time
            tail = [w for w, _, _ in pw[cut + 1 :] if w[:1].isupper()]
            place = place or " ".join(tail) or None
            part = part[: pw[cut][1] - offset].rstrip()
            pw = pw[:cut]
        # trailing run of name words is the personal name: "Former Ukrainian President Petro Poroshenko"
        k = len(pw)
        while k > 0 and (is_name_part(pw[k - 1][0]) or (pw[k - 1][0] in SURNAME_PARTICLES and k < len(pw))):
            k -= 1
        while k < len(pw) and pw[k][0] in SURNAME_PARTICLES:
            k += 1  # a particle opens no name
        if len(pw) - k >= 3 and is_role_noun(pw[k][0]):
            k += 1  # a role the sentence's first word capitalised: "Councillor Ana Ruiz", "Lineworker Ana Ruiz"
        k = name_after_complement(pw, k) or k  # "Ambassador to Peru Sam Yeo": the title's own place
        run = pw[k:]
        # the word before the run, past an article: "sister of Ana Ruiz of the Harbour Hawks" names
        # a team after "of the", and "at security firm Lockwell" a firm after its noun; either
        # is an affiliation, not the person the phrase is about
        j = k - 1
        while j > 0 and pw[j][0].lower() in ("the", "a", "an"):
            j -= 1
        before_run = pw[j][0].lower() if j >= 0 and j < k else ""
        after_preposition = (
            before_run in PREPOSITIONS or (j == k - 1 and before_run in lx.ORG_HEADS) or governed_name(pw, k)
        )
        if (
            run
            and name is None
            and not after_preposition
            and not MEMBERSHIP_PART.fullmatch(part)  # "Gov. Ann Roe, a Democrat": a party's member, no name
            and (not org_like(part) or person_after_role(pw, j, k))
            and all(not strip_possessive(w)[1] for w, _, _ in run)
            and (len(run) >= 2 or k > 0 or len(pw) == 1)
        ):
            name = " ".join(w for w, _, _ in run)
            name_span = (run[0][1], run[-1][2])
            pw = pw[:k]
        elif run and after_preposition and not org_like(part):
            place = place or " ".join(w for w, _, _ in run)  # "officials in Doria"
        part_words: list[str] = []
        fields = office_fields([w for w, _, _ in pw])
        for i, (w, _, _) in enumerate(pw):
            base, poss = strip_possessive(w)
            lw = base.lower()
            if i in fields:
                part_words.append(lw)  # the field of the office after it: "Health Minister", "Council leader"
                continue
            if poss and base[:1].isupper():
                affiliation = affiliation or _country(base)
                continue
            if lw in lx.DEMONYMS:
                affiliation = affiliation or lx.DEMONYMS[lw]
                continue
            if lw.rstrip(".") in HONORIFICS and base[:1].isupper():
                continue  # a form of address, with its stop or without ("Dr Ana Ruiz"), is no role
            if lw in lx.DETERMINERS or lw in ("of", "for", "at", "with", "from", "in", "&", "and"):
                if part_words and (
                    lw in ("of", "for", "at", "with", "from", "in")
                    or part_words[-1] in ("of", "for", "at", "with", "from", "in")
                ):
                    part_words.append(lw)  # "spokeswoman for the command"
                continue
            if _ADVERB.fullmatch(w):
                continue  # "typically the board", "reportedly the chief": the sentence's adverb, no role
            if w[:1].isupper() and lw not in lx.TITLES and not is_role_noun(base) and lw not in lx.GROUP_NOUNS:
                if part_words:
                    part_words.append(w)
                continue
            part_words.append(lw)
        while part_words and part_words[-1] in ("of", "for", "at", "with", "from", "in", "the", "a", "an"):
            part_words.pop()
        if part_words:
            role_words.append(" ".join(part_words))
    return name, name_span, ", ".join(role_words) or None, affiliation or place


# a place's state or country, set off after it: "Ohio", "New York", "Nev.", "D.C."
_PLACE_AFTER = compiled(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


# a part that ends with a place after a preposition: "Residents of Akron", "a teacher from Tucson"
_ENDS_IN_PLACE = compiled(r"(?:^|\s)(?:of|in|from|near|outside)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\Z")


def _place_goes_on(before: str, part: str) -> bool:
    """Is ``part`` the state or country of the place that ends the part ``before`` it ("Residents
    of Akron, Ohio", "a woman from Tucson, Arizona"), not a person named in apposition after a
    place ("the mayor of Akron, Dan Horrigan": a given name opens a name of two words or more)?
    After a body's name ("a spokesman for the Ministry of Health, Ali Reza") two words or more
    are a person in apposition, whatever their given name: a ministry has no state."""
    at = _ENDS_IN_PLACE.search(before)
    if _PLACE_AFTER.fullmatch(part) is None or at is None:
        return False
    words = part.split()
    if len(words) == 1:
        return True
    head = before[: at.start()].rsplit(None, 1)[-1:]
    return not is_given_name(words[0]) and not (head and head[0][:1].isupper() and head[0].lower() in lx.ORG_HEADS)


def _country(word: str) -> str:
    return lx.DEMONYMS.get(word.lower(), word)
