"""Where an article names people: a given name and surname, a surname alone, "Mr." and a surname,
"the mayor" for the one person so titled (found through the whole-word search of word_index.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from summarizer.rules.asked_subjects import asked_subjects
from summarizer.rules.name_runs import (
    ADDRESS,
    CAP_RUN,
    ROLES_BEFORE,
    SURNAME_SHAPE,
    could_be_a_name,
    could_be_a_surname,
    name_in_run,
)
from summarizer.rules.opening_people import acts_as_a_person
from summarizer.rules.sentence_starts import SENTENCE_END as _SENTENCE_END
from summarizer.rules.sentence_starts import opens_sentence as _opens_sentence
from summarizer.rules.word_index import INDEX_FROM, WordIndex, run_words, word_spans
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_same_length
from summarizer.text.regex import compiled

_LAST_WORD = compiled(r"(\w+)\.?\s+$")


_LOCATIVE_BEFORE = compiled(r"\b(?:in|at|from|across|near|throughout|around|outside|inside|into)\s+$", re.I)


# ", 50," / ", 50." right after a name: an age, which only a person has
_AGE_AFTER = compiled(r",\s\d{1,3}(?:,|\.(?!\d)|\s+years?\b)")


# an age written before a name, which only a person's takes ("the 16-year-old Tavish Orrin")
_AGE_BEFORE = compiled(r"\d{1,3}-year-old")
# a noun for a person after capitals, which they modify ("a 30-year-old Doria man"): no name
_NOUN_AFTER = compiled(
    r"[ \t]+(?:" + "|".join(sorted(iw.PEOPLE_NOUNS | lx.PERSON_ROLES, key=lambda w: (-len(w), w))) + r")\b"
)

# what only a person's name takes after it: an indefinite appositive, a relative "who", an age
_PERSON_AFTER = compiled(r",[ \t]+(?:(?:a|an)[ \t]|who[ \t]|\d{1,3}[,.])")


def _person_marked(view: str, start: int, end: int, words: list[tuple[str, int]]) -> int:
    """Where a given name the census does not know stands in a run of capitalised words that the
    text marks as a person's name: after a title or a role in the run ("Coach Tavish Lusk", "Premier Tavish Lusk"), after a
    person's role or a form of address in lower case, an age or "named" ("ferry captain Tavish
    Lusk", "Mr. Tavish Lusk", "16-year-old Tavish Lusk", "a man named Tavish Lusk"), or before ", who" ("Tavish Lusk, who …", where
    an organization takes "which") or a person's role in apposition ("Tavish Lusk, president of the
    ferry union,"), or as a subject a later "he" or "she" in its sentence takes up (see
    _pronoun_takes_up). -1 when none. The cheap tests first: most runs have none."""
    if view.startswith(", who ", end):
        k = len(words) - 2
        return k if _given_and_surname(words, k) else -1
    if _role_after(view, end):
        k = len(words) - 2  # "Tavish Orrin, president of …"; not "Doria3 Harbour, media partner of …"
        shaped = k >= 0 and all(SURNAME_SHAPE.fullmatch(_bare(w)) for w, _ in words[k:])
        return k if shaped and _given_and_surname(words, k) else -1
    for k in range(1, min(len(words) - 1, 4)):  # titles open a name: "Former Doria President Ana Lusk"
        if words[k - 1][0].lower() in lx.TITLES and _given_and_surname(words, k):
            return k  # past every title: "Prime Minister Ana Lusk"
        if k == len(words) - 2 and words[k - 1][0].lower() in lx.PERSON_ROLES and _given_and_surname(words, k):
            return k if could_be_a_name(view, words[k][0], words[k + 1][0]) else -1  # "Premier Tavish Lusk"
    lead = 1 if len(words) == 3 and words[0][0] in lx.NON_NAME_CAPS else 0  # "For Tavish Orrin, …"
    if (
        len(words) - lead == 2
        and not words[-1][0].endswith("s")
        and _pronoun_takes_up(view, start, end, words[lead][0], words[-1][0], fronted=lead > 0)
    ):
        return lead
    if acts_as_a_person(view, start, end, words):
        return 0 if could_be_a_name(view, words[0][0], words[1][0]) else -1  # "Chidi Okoro gave …. He …"
    if start < 2 or view[start - 1] != " ":
        return -1
    space = view.rfind(" ", max(0, start - 25), start - 1)
    word = view[space + 1 : start - 1]  # the word before, on the name's line (no line break in it)
    if (
        (
            word.rstrip(".").lower() in ROLES_BEFORE
            or word == "named"
            or (_AGE_BEFORE.fullmatch(word) and not _NOUN_AFTER.match(view, end))
            # set off between commas after a person's role: "Her lawyer, Tavish Lusk, asked …"
            or (word.endswith(",") and word[:-1].lower() in lx.PERSON_ROLES and view.startswith(",", end))
        )
        and "\n" not in word
    ):
        return 0 if _given_and_surname(words, 0) else -1
    return -1


# a person's role in apposition after a name: ", president of", ", a ferry captain", ", the
# union's chief negotiator" (its head within four words after an article, else three with no verb
# of saying: not ", said a spokeswoman for", a quote's source)
_APPOSITIVE = compiled(
    r",[ \t]+(?:(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?|(?:(?!(?:said|says|told|added|according)\b)[\w'’-]+[ \t]+){0,3}?)"
    r"([\w-]+)(?=[ \t]+(?:of|for|at|with)\b|,)"
)


def _role_after(view: str, end: int) -> bool:
    m = _APPOSITIVE.match(view, end) if view.startswith(",", end) else None
    return m is not None and m.group(1).lower() in _APPOSITIVE_ROLES


_APPOSITIVE_ROLES = (lx.PERSON_ROLES | lx.TITLES) - {"former", "acting", "interim", "then", "field", "vice", "prime"}


def _pronoun_takes_up(view: str, start: int, end: int, given: str, surname: str, *, fronted: bool = False) -> bool:
    """Whether a pair of capitalised words is the subject of its sentence, its verb right after
    it, or (``fronted``) ends a phrase before the subject ("For Tavish Orrin, the day …"), and
    the sentence goes on with "he" or "she" ("Tavish Orrin was at sea when he …"): only a person
    is "he". Not a word the text also writes in lower case ("Only Orrin"); the caller leaves out
    a plural's "s" ("Harbour Rovers won after he scored")."""
    if fronted:
        if not view.startswith(", ", end):
            return False
    elif not _VERB_NEXT.match(view, end) or _RELATIVE_NEXT.match(view, end) or _LINK_NEXT.match(view, end):
        return False  # "Doria Fire and Rescue took him …": a name's words go on
    stop = _SENTENCE_END.search(view, end, min(len(view), end + 250))
    if not _HE_OR_SHE.search(view, end, stop.start() if stop else min(len(view), end + 250)):
        return False
    return _opens_sentence(view, start) and could_be_a_name(view, given, surname)


# "he" or "she" as a clause's subject, not the source of a quote ("…, he said")
_HE_OR_SHE = compiled(r"\b(?:he|she)\b(?![ \t]+(?:said|says|told|tells|added|adds|noted|explained)\b)")
_LINK_NEXT = compiled(r"[ \t]+(?:and|or|of|in|at|for|on|with|to)\b")
_RELATIVE_NEXT = compiled(r"[ \t]+(?:who|which|that|whose)\b")


def _given_and_surname(words: list[tuple[str, int]], k: int) -> bool:
    """Whether the words at k and after can be a given name and a surname: neither a title (not
    "Doria Gov." in "former Doria Gov. Ana Lusk") nor a possessive ("Mr. Lusk's Harbour Inn")."""
    return k >= 0 and not any(
        w.rstrip(".").lower() in lx.TITLES or w.endswith(("'s", "’s")) for w, _ in words[k : k + 2]
    )


def person_mentions(view: str) -> list[tuple[Span, str, str | None, bool]]:
    """Where the text names a person by given name and surname, with the title or role right
    before it: (span of the name, the name, the role, whether the name opens its sentence, as
    its subject mostly is). A given name is one the census table knows (text/given_names.py), or
    any, where the text marks the run as a person's name (an age after it, "Ada Okonkwo, 50,", a
    role in apposition, a later "he" in its sentence: see _person_marked) or goes on using the
    surname alone (_names_by_surname_alone); a surname is a capitalised word that is no place or
    institution head, and one after Mr., Mrs. or Ms. is a person too (_addressed)."""
    out: list[tuple[Span, str, str | None, bool]] = []
    places: set[str] = set()
    unread: list[tuple[int, list[tuple[str, int]]]] = []  # runs that named no one
    runs = list(CAP_RUN.finditer(view))
    for run in runs:
        words = run_words(view, run)
        if _AGE_AFTER.match(view, run.end()) and len(words) >= 2:
            given_at = len(words) - 2  # "Ada Okonkwo, 50,": a person, whatever the given name
        else:
            given_at = -1
        found = name_in_run(view, run.start(), words, given_at)
        if found is None and given_at < 0:
            # a given name the census does not know, in a run that can only name a person
            given_at = _person_marked(view, run.start(), run.end(), words)
            if given_at >= 0:
                # after a title, the name starts past it ("Former Doria President Petro Vukic")
                first = given_at if given_at and words[given_at - 1][0].lower() in lx.TITLES else 0
                found = _with_title_before(view, run.start(), name_in_run(view, run.start(), words, given_at, first))
        if found is None:
            unread.append((run.start(), words))
        else:
            out.append(found)
    out += _names_by_surname_alone(view, runs, unread, {m[1].split()[-1] for m in out})
    for found in out:
        if _LOCATIVE_BEFORE.search(view, max(0, found[0][0] - 12), found[0][0]) and not _PERSON_AFTER.match(
            view, found[0][1]
        ):
            places.add(found[1])  # not "heard from Lena Varga, a ferry captain," (a person's appositive)
    # a name the text puts after "in" or "from" anywhere is a place ("in Nova Scotia")
    kept = [_with_apposed_role(view, m) for m in out if m[1] not in places]
    kept += _asked(view, {m[1].split()[-1] for m in kept})
    named = kept + _surname_mentions(view, kept)
    named += _addressed(view, {m[1].split()[-1] for m in kept})
    return sorted(named + _role_mentions(view, named))


def _asked(view: str, surnames: set[str]) -> list[tuple[Span, str, str | None, bool]]:
    """The subject of a fronted "asked" clause's sentence (asked_subjects.py) that can be a
    surname and names no one found already: a person the text names by surname alone."""
    return [
        (span, word, None, True)
        for span, word in asked_subjects(view)
        if word not in surnames and word not in lx.NON_NAME_CAPS and could_be_a_surname(view, word)
    ]


def _with_apposed_role(view: str, found: tuple[Span, str, str | None, bool]) -> tuple[Span, str, str | None, bool]:
    """A name with no role before it takes the role noun set off beside it ("Tom Hale, another
    lawyer, …", "a second lawyer, Tom Hale, …"): a later "the lawyer" is that person."""
    (start, end), name, role, opens = found
    if role is not None:
        return found
    m = _ROLE_APPOSED_AFTER.match(view, end) or _ROLE_APPOSED_BEFORE.search(view, max(0, start - 40), start)
    if m is None or m.group(1).lower() not in lx.PERSON_ROLES:
        return found
    return (start, end), name, m.group(1).lower(), opens


_APPOSED = r"(?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+(?:[a-z][\w-]*[ \t]+)?([a-z]+)"
_ROLE_APPOSED_AFTER = compiled(r",[ \t]+" + _APPOSED + r"(?=[,.;])")
_ROLE_APPOSED_BEFORE = compiled(r"(?<![\w,])[ \t]*" + _APPOSED + r",[ \t]+\Z")


def _names_by_surname_alone(
    view: str, runs: list[re.Match[str]], unread: list[tuple[int, list[tuple[str, int]]]], surnames: set[str]
) -> list[tuple[Span, str, str | None, bool]]:
    """A given name the census does not know, in a pair of capitalised words whose second word the
    text goes on to use alone before a verb ("Tavish Orrin … Orrin said … Orrin had"): news names
    a person in full once and by surname after, which a place or an institution's last word is
    not. Not a word before the surname of someone named ("Neither Hale"), nor one after other
    capitals that are no title ("Buy Photo Three Corran")."""
    headline_end = view.find("\n")  # a headline's capitals are its style, no name's (-1: no headline)
    pairs = [
        (start, words)
        for start, words in unread
        if (len(words) == 2 or (len(words) > 2 and words[-3][0].rstrip(".").lower() in lx.TITLES))
        and _bare(words[-1][0]) not in surnames
        and start > headline_end
    ]
    if not pairs:
        return []
    last_words = {words[-1][0] for _, words in pairs}
    alone: dict[str, int] = {}
    starts = [r.start() for r in runs]
    for w, a, b in _whole_words(view, last_words):
        # (the cheaper test first: a word inside a run of capitals has another capital after it)
        if view[max(0, a - 4) : a].lower() == "the " or not _VERB_NEXT.match(view, b):
            continue  # "the Raptors": a team's or a body's name; "Date:", a form's field
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and runs[k].end() >= b and not _only_openers(view[runs[k].start() : a]):
            continue  # a word of a run of capitals, not after "But" or "Later" alone
        alone[w] = alone.get(w, 0) + 1
    out = []
    for start, words in pairs:
        if alone.get(words[-1][0], 0) < 2:
            continue
        if not could_be_a_name(view, words[-2][0], words[-1][0]):
            continue
        found = _with_title_before(view, start, name_in_run(view, start, words, len(words) - 2, len(words) - 2))
        if found is not None:
            out.append(found)
    return out


def _with_title_before(
    view: str, start: int, found: tuple[Span, str, str | None, bool] | None
) -> tuple[Span, str, str | None, bool] | None:
    """A name found without a role, with the title right before its run as one ("Sen. Tavish Orrin")."""
    if found is None or found[2] is not None:
        return found
    title = _LAST_WORD.search(view, max(0, start - 30), start)
    if title is None or title.group(1).lower() not in lx.TITLES:
        return found
    return found[0], found[1], title.group(1).lower(), found[3]


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _only_openers(words: str) -> bool:
    return all(w in lx.NON_NAME_CAPS for w in words.split())


# a capitalised word, whole; a word in lower case after it (its verb, mostly)
_CAP_WORD = compiled(r"(?<![\w'’-])[A-Z][\w'’-]*(?![\w'’-])")


def _in_word(c: str) -> bool:
    """A character ``[\\w'’-]`` matches: one that continues a word of ``_CAP_WORD``."""
    return c.isalnum() or c in "_'’-"


def _whole_words(view: str, words: set[str]) -> Iterator[tuple[str, int, int]]:
    """The matches of ``_CAP_WORD`` in ``view`` that are one of ``words`` (word, start, end), each
    word looked for by str.find (a few surnames: far fewer places to try than every capital)."""
    for w in words:
        if not _CAP_WORD.fullmatch(w):
            continue  # never a whole match: "Jr."
        i = view.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not _in_word(view[i - 1])) and (j == len(view) or not _in_word(view[j])):
                yield w, i, j
            i = view.find(w, i + 1)


_VERB_NEXT = compiled(r"[ \t]+[a-z]")


def _surname_mentions(
    view: str, found: list[tuple[Span, str, str | None, bool]]
) -> list[tuple[Span, str, str | None, bool]]:
    """The surnames of the people found, each place one stands alone ("… that Scheer found"): a
    person the text goes on naming stays the one a "he" most likely means. One search per
    surname (through a word index in a long text), not per mention."""
    covered = sorted(m[0] for m in found)
    starts = [s for s, _ in covered]
    # the relative clause a full name opens ("Ana Ruiz, who like Hale was born here, …"): a surname
    # inside it is embedded, no mention that makes its person the one the text goes on about
    embedded = [(e, _clause_end(view, e)) for _, e in covered if view.startswith(", who ", e)]
    index = WordIndex(view, casefold=False) if len(view) >= INDEX_FROM else None
    out: list[tuple[Span, str, str | None, bool]] = []
    for surname in sorted({m[1].split()[-1] for m in found}):
        if len(surname) < 3:
            continue
        for s, e in index.spans(surname) if index is not None else word_spans(view, surname):
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0 and covered[k][1] >= e:
                continue  # inside a full name
            if any(lo < s < hi for lo, hi in embedded):
                continue
            # a title right before it is the person's role ("Mayor Ortiz", "Mayor Ortiz's plan")
            before = view[max(0, s - 20) : s]
            title = before.split()[-1].lstrip("“‘\"'([") if before[-1:].isspace() and before.strip() else ""
            role = title.lower() if title.lower() in _OFFICES else None
            if role is None and (view.startswith(("'s", "’s"), e) or before[-4:].lower() == "the "):
                continue  # a modifier, not the person: "Hale's office", "the Hale government"
            if role is None and title.rstrip(".").lower() in ADDRESS:
                role = title.rstrip(".").lower()  # "Mr. Ortiz": the person's sex, no role
            start = s - len(before) + before.rfind(title) if role and role not in ADDRESS else s
            # (after "Mr." the full stop makes the surname salient as a subject wherever it stands:
            # the text goes on with someone it introduced)
            out.append(((s, e), surname, role, _opens_sentence(view, start)))
    return out


def _clause_end(view: str, at: int) -> int:
    """Where the clause from ``at`` ends: the next comma after a word, or the sentence's end."""
    ends = [i for i in (view.find(", ", at + 6, at + 200), view.find(". ", at, at + 200)) if i >= 0]
    return min(ends, default=min(len(view), at + 200))


def _addressed(view: str, surnames: set[str]) -> list[tuple[Span, str, str | None, bool]]:
    """A surname after Mr., Mrs. or Ms. that no full name in the text completes ("Mr. Okafor
    hired …"): a person, of the sex the address tells. Two str.find scans ("Mr" finds "Mrs")."""
    out: list[tuple[Span, str, str | None, bool]] = []
    for prefix in ("Mr", "Ms"):
        i = view.find(prefix)
        while i >= 0:
            j = i + 2
            address = prefix.lower()
            if prefix == "Mr" and view.startswith("s", j):
                address, j = "mrs", j + 1
            if view.startswith(".", j):
                j += 1
            if view.startswith(" ", j) and (i == 0 or not view[i - 1].isalnum()):
                m = _SURNAME_AT.match(view, j + 1)
                if (
                    m is not None
                    and m.group(1) not in surnames
                    and m.group(1) not in lx.NON_NAME_CAPS
                    and m.group(1).lower() not in lx.TITLES  # "Mr. President"
                ):
                    out.append((m.span(1), m.group(1), address, _opens_sentence(view, m.start(1))))
            i = view.find(prefix, i + 1)
    return out


# a capitalised word that no other follows: a surname standing alone
# (a possessive's "'s" left out: "Mr. Okafor's plan")
_SURNAME_AT = compiled(r"([A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?)(?![\w-]|['’](?!s\b)|['’]s\b[ \t]+[A-Z]|[ \t]+[A-Z])")


# titles that name an office one person holds ("the mayor"), not a form of address ("Mr.")
_OFFICES = lx.TITLES - {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "fr", "rev", "former", "acting", "interim",
    "then", "field", "vice", "deputy", "prime", "agent", "officer", "det", "detective", "sgt", "cpl", "pvt",
}  # fmt: skip


def _role_mentions(
    view: str, people: list[tuple[Span, str, str | None, bool]]
) -> list[tuple[Span, str, str | None, bool]]:
    """ "the mayor" where the text titles one person so ("Mayor Lena Ortiz", "Mayor Ortiz"): a
    mention of that person (Stanford's role apposition), salient as a subject when it opens a
    sentence. One search per office, not per mention."""
    holders: dict[str, set[str]] = {}
    fullest: dict[str, str] = {}
    for _, name, role, _ in people:
        surname = name.split()[-1]
        if len(name) > len(fullest.get(surname, "")):
            fullest[surname] = name
        if role and role.split()[-1] in _OFFICES:
            holders.setdefault(role.split()[-1], set()).add(surname)
    if not holders:
        return []
    low = lower_same_length(view)  # offsets unchanged ("İ".lower() is two characters)
    out: list[tuple[Span, str, str | None, bool]] = []
    for office, surnames in sorted(holders.items()):
        if len(surnames) != 1:
            continue
        (surname,) = surnames
        for s, e in word_spans(low, "the " + office):
            if view.startswith(("'s", "’s", " of ", " for ", " at "), e):
                continue  # "the mayor's office"; "the president of the union" may hold another office
            out.append(((s + 4, e), fullest[surname], office, _opens_sentence(view, s)))
    return out
