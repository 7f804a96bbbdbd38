"""Noun phrases around a reporting verb: where a speaker phrase before the verb starts, and
whether its head can be a source (a person, body, group, document or name); where a phrase
after the verb ends, and whether a word of saying is a noun there, are `cue_nouns`'s."""

from __future__ import annotations

from summarizer.rules.attribution.appositive_chain import chain_head
from summarizer.rules.attribution.comma_names import comma_name_start
from summarizer.rules.attribution.participle_subjects import participle_subject_start
from summarizer.rules.attribution.place_chains import chained_place, place_ends_phrase, placed_person
from summarizer.rules.attribution.subject_modifiers import sum_in_phrase
from summarizer.rules.attribution.verb_groups import name_may
from summarizer.rules.attribution.words import (
    ARTICLES,
    BE_FORMS,
    COORDINATORS,
    GEO_NOUNS,
    MEMBER_NOUNS,
    NEGATED_BE,
    NOT_PARTICIPLES,
    NOUN_SUFFIXES,
    NP_PREPOSITIONS,
    OF_AND_ARTICLES,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    QUANTIFIERS,
    RELATIVES,
    TIME_SPAN_PREPOSITIONS,
    TO_HEADS,
    WHO_WHICH_WHOM,
)
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.regex import compiled
from summarizer.text.segments import Token

# the nouns that name a source: a person's role, a group, an organisation, a document, and a
# share of those asked ("46 percent would back Lind")
_SOURCE_NOUNS = frozenset().union(
    lx.PERSON_ROLES,
    lx.GROUP_NOUNS,
    lx.ORG_HEADS,
    lx.DOCUMENT_HEADS,
    # people the lexicon's lists leave out: a family and its widow, those asked, a crowd
    {
        "percent",
        "family",
        "widow",
        "widower",
        "respondent",
        "majority",
        "fan",
        "crowd",
        "audience",
        "millennial",
        "guard",
        "professional",
    },
    # news organisations the organisation heads leave out ("state media reported", "the press
    # said", "state television said"); "newspaper", "broadcaster", "agency" are ORG_HEADS
    {"media", "outlet", "press", "television", "tv", "radio", "wire"},
)
_LINKS_NOT_ARTICLES = lx.NP_LINKS - {"the", "a", "an"}
# source_head's words, and the links after a phrase's head ("members of Congress")
_HEAD_WORD = compiled(r"[\w'’.-]+")
# (and a participle or a relative clause on the head: "a union representing crews", "a group that …")
# the prepositions that link a phrase's head to a phrase after it ("members of Congress")
_HEAD_PREPOSITIONS = ("of", "for", "at", "from", "in", "with", "on")
_HEAD_LINK = compiled(rf"\s+(?:{'|'.join(_HEAD_PREPOSITIONS)}|who|that|which|[a-z]+ing)\s+")


def is_word(t: Token) -> bool:
    return t.text[:1].isalnum()


def spaced_hyphen(toks: list[Token], i: int) -> bool:
    """Is toks[i] a hyphen with a space on both sides, a dash ("goals - critics say"; not "5-4")?"""
    t = toks[i]
    return t.text == "-" and 0 < i < len(toks) - 1 and toks[i - 1].end < t.start and t.end < toks[i + 1].start


def lower(t: Token) -> str:
    return t.low


def np_ok(toks: list[Token], lo: int, hi: int) -> bool:
    """Does toks[lo:hi] look like a speaker noun phrase (has a head that is no function word)?"""
    if hi <= lo:
        return False
    if hi - 2 >= lo and abbreviation_stop(toks, hi - 1):
        hi -= 1  # "Harbour Holdings Ltd.", "Tom Hale Jr.": the head is the abbreviated word
    head = toks[hi - 1].low
    if head in lx.NP_LINKS or head in lx.DETERMINERS or not is_word(toks[hi - 1]):
        return head in lx.PRONOUN_FORMS
    if head in lx.BOUNDARY_WORDS and head not in lx.PRONOUN_FORMS and not name_may(toks, hi - 1, lo):
        return False  # a boundary word, not the surname "May" ("Theresa May said")
    for t in toks[lo:hi]:  # noqa: SIM110 (any word: a loop, no generator or call per token)
        if t.text[:1].isalnum():
            return True
    return False


def abbreviation_stop(toks: list[Token], k: int) -> bool:
    """Is toks[k] the stop written right after an abbreviation that ends a name ("Jr.", "Inc.")?"""
    return toks[k].text == "." and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].low in _NAME_ENDINGS


# abbreviations that end a person's or a company's name
_NAME_ENDINGS = frozenset({"jr", "sr", "inc", "ltd", "corp", "co", "llc", "plc"})


def np_left(toks: list[Token], j: int, lo: int, *, appositive: bool = True) -> int | None:
    """Index where the noun phrase ending at toks[j] starts, scanning left no further than lo."""
    if j < lo:
        return None
    if toks[j].text == ")" and j - 1 > lo:
        # "Sen. Tavish Orrin (R-S.C.) said": the parenthesis belongs to the name
        depth = 0
        for p in range(j, lo - 1, -1):
            depth += toks[p].text == ")"
            depth -= toks[p].text == "("
            if depth == 0:
                return np_left(toks, p - 1, lo, appositive=False) if p - 1 >= lo and j - p <= 8 else None
        return None
    if appositive and toks[j].text == "," and j - 1 >= lo:
        return _np_left_appositive(toks, j, lo)
    if toks[j].low in lx.SUBJECT_PRONOUNS:
        return j  # a subject pronoun is its own noun phrase: "called to confirm he wanted", "In May it said"
    if toks[j].low in PEOPLE_QUANTIFIERS and (j == lo or not is_word(toks[j - 1]) or toks[j - 1].low in ("and", "but")):
        return j  # a quantifier standing for people: "Some suggested that …", "Many argued …"
    i = j
    taken = 0
    while i >= lo and taken < 14:
        t = toks[i]
        low = t.low
        if t.text == ",":
            break
        if not is_word(t):
            if t.text in ("&", "-", "'", "’", ".") and i > lo and not spaced_hyphen(toks, i):
                i -= 1
                continue
            if sum_in_phrase(toks, i, lo, j):
                i -= 1  # "a $3 million ad campaign says": the sum's sign
                continue
            break  # a mark, or a spaced hyphen (a dash: "goals - critics say …"), ends the phrase
        if low not in _NP_TESTED:  # a plain word joins the phrase: each test below asks for one of these
            i -= 1
            taken += 1
            continue
        if low in lx.BOUNDARY_WORDS and low not in lx.PRONOUN_FORMS:
            if low in ("who",) and i < j:
                pass  # "officials who spoke on condition of anonymity said": keep the clause
            elif low == "and" and i > lo and i < j and _conjoined_sources(toks[i - 1], toks[i + 1]):
                pass  # "Smith and Jones said", "satellite imagery and open-source intelligence"
            elif low == "to" and i > lo and i < j and toks[i - 1].low in TO_HEADS:
                pass  # "a source close to the cabinet said"
            elif low in TIME_SPAN_PREPOSITIONS and i > lo and i < j and _past_participle(toks[i - 1]):
                pass  # "the average of surveys taken over the past month shows": a participle's phrase
            elif low in _NAME_ADVERBS and i > lo and t.text[:1].isupper() and toks[i - 1].text[:1].isupper():
                pass  # "a LORN TODAY analysis", "Harbour Now": a capitalised word in a name
            elif low == "its" and i < j and _its_source(toks[j]):
                pass  # "its owner said": the possessive opens a source's noun phrase as an article does
            elif low == "may" and name_may(toks, i, lo):
                pass  # the surname, no modal
            else:
                break
        if low in lx.PRONOUN_FORMS and i < j and low not in POSSESSIVE_DETERMINERS:
            break  # "he" ends a noun phrase, it does not sit inside one
        if (
            (low in ARTICLES or low in POSSESSIVE_DETERMINERS or (low == "its" and _its_source(toks[j])))
            and i < j
            and i > lo
            and toks[i - 1].low not in NP_PREPOSITIONS
            and not placed_person(toks, i - 1, lo)
            and toks[i - 1].low not in ("to", "and", "&")
            and not (toks[i - 1].low in TIME_SPAN_PREPOSITIONS and i - 2 >= lo and _past_participle(toks[i - 2]))
        ):
            # a determiner opens its noun phrase: "an accusation the authorities denied" stops here,
            # and so does a possessive one: "recalls his father saying …" is the father's saying
            i -= 1
            taken += 1
            break
        if (
            low in NP_PREPOSITIONS
            and i < j
            and not (
                i > lo
                and not _addressee(toks, i - 1, lo)
                and (
                    source_like(toks[i - 1])
                    or toks[i - 1].low in TO_HEADS
                    or _nounish(toks[i - 1])
                    or toks[i - 1].low in iw.PEOPLE_NOUNS  # "a man from Lisk", "a woman in a red coat"
                    or is_person_noun(toks[i - 1].low)  # "an interpreter at the base"
                )
            )
            # "an engineer cited in the report", "a doctor quoted by the paper": a participle
            # on the source noun before it
            and not (i - 1 > lo and toks[i - 1].low in _SOURCE_PARTICIPLES and is_word(toks[i - 2]))
            # "a poll released in late August", "a study conducted at the clinic": a participle of
            # the document's making, with its time or place
            and not (i - 1 > lo and toks[i - 1].low in _MAKING and toks[i - 2].low in lx.DOCUMENT_HEADS)
            and not (low == "of" and i > lo and toks[i - 1].low in QUANTIFIERS)  # "one of his advisers"
            and not chained_place(toks, i, lo, source_like)  # "Tenants of a building in the west end say"
        ):
            break  # "a spokesman for the agency" holds "for"; "drew fire from economists" does not
        if i < j and place_ends_phrase(toks, i, lo):
            break  # "gathered near the stage": the place ends the phrase ("a woman near the stage" holds it)
        i -= 1
        taken += 1
    start = i + 1
    while start <= j and (toks[start].low in _LINKS_NOT_ARTICLES or toks[start].text in "&-'’"):
        start += 1
    if lo < start < j and toks[start - 1].low == "at" and toks[start].low in ("least", "most"):
        start -= 1  # "at least 40 residents said": the bound is the count's, not a preposition
    if not (start <= j and np_ok(toks, start, j + 1)):
        return None
    outer = participle_subject_start(toks, start, lo, source_like, np_left)  # "A woman walking her dog said"
    return outer if outer is not None else comma_name_start(toks, start, j, lo)


def _addressee(toks: list[Token], k: int, lo: int) -> bool:
    """Is toks[k] a bare noun right after "to", those a thing was sent or spoken to ("a release
    sent to media from the union said", "a letter to staff from the dean says"), no head a
    preposition after it hangs on? Not after a word of nearness ("a source close to officials in
    the ministry said")."""
    return (
        k - 1 >= lo
        and toks[k - 1].low == "to"
        and toks[k].text[:1].islower()
        and not (k - 2 >= lo and toks[k - 2].low in TO_HEADS)
    )


# the words np_left's walk tests: any other word joins the phrase
_NP_TESTED = frozenset(
    lx.BOUNDARY_WORDS | lx.PRONOUN_FORMS | ARTICLES | POSSESSIVE_DETERMINERS | NP_PREPOSITIONS | PLACE_PREPOSITIONS
)


def _its_source(head: Token) -> bool:
    """May "its" open the noun phrase ending in ``head`` as an article does? Only before a source
    noun in lower case ("its operator said"; not "its own travel advisory", "its biggest gain")."""
    return head.text[:1].islower() and source_like(head)


def _past_participle(t: Token) -> bool:
    """A lower-case past participle, regular or in -en ("gathered", "taken", "written")."""
    low = t.low
    return t.text.islower() and low.isalpha() and len(low) > 4 and low.endswith(("ed", "en"))


# quantifiers that stand alone for people as a subject ("Some say", "Several warned", "all agreed")
PEOPLE_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "both", "all"})
_SOURCE_PARTICIPLES = frozenset({"cited", "quoted", "interviewed", "named", "mentioned", "featured", "profiled"})


def _age(toks: list[Token], i: int) -> bool:
    """Is toks[i] a person's age set off by commas after a name ("Ada Morel, 56,")?"""
    return toks[i].text.isdigit() and len(toks[i].text) <= 3 and toks[i - 1].text == "," and toks[i + 1].text == ","


# the words that may open the clause of a subject set off by commas
_SUBJECT_CLAUSE_OPENERS = frozenset({*COORDINATORS, "as", "while", "whereas", "although", "though"})


def _np_left_appositive(toks: list[Token], j: int, lo: int) -> int | None:
    """The start of a noun phrase that ends with a comma after an apposition, a participle
    or a relative clause ("Ukraine's defense minister, Rustem Muradov,")."""
    head = chain_head(toks, j, lo)
    if head is not None:
        return head  # "Ann Lee, 70, of Akron, Ohio, said": the name heading the chain
    # "Officials in Doria, speaking on condition of anonymity, said": skip the participle
    for b in range(j - 1, max(lo, j - 12) - 1, -1):
        if toks[b].text == ",":
            if (
                b + 1 < j
                and (toks[b + 1].low.endswith("ing") or toks[b + 1].low in ("who", "whose", "which"))
                and b - 1 >= lo
            ):
                head = chain_head(toks, b, lo)
                if head is not None:
                    return head  # "Bo Fry, 58, a farmer from near Ames, who …,"
                if _age(toks, b - 1) and b - 3 >= lo:
                    b -= 2  # "Ada Morel, 56, who …": an age set off by commas belongs to the name
                return np_left(toks, b - 1, lo, appositive=False)
            break
    # "The Corran Water Authority, the agency that looks after the
    # reservoirs, said": an apposition that holds a relative clause of its own
    for b in range(j - 1, max(lo, j - 25) - 1, -1):
        if toks[b].text == ",":
            app = toks[b + 1 : j]
            rel = next((r for r in range(2, len(app)) if app[r].low in RELATIVES), None)
            if b - 1 >= lo and rel is not None and app[0].low in ARTICLES and source_like(app[rel - 1]):
                outer = np_left(toks, b - 1, lo, appositive=False)
                if outer is not None and b - outer <= 8:
                    return outer
            break
    # "Ukraine's defense minister, Rustem Muradov, said": the phrase closes with a comma
    inner = np_left(toks, j - 1, lo, appositive=False)
    # "Ada J. Morel, director of the institute and a lecturer at …, said": two titles
    while inner is not None and inner - 2 >= lo and toks[inner - 1].low == "and":
        inner = np_left(toks, inner - 2, lo, appositive=False)
    if inner is None or inner - 1 < lo or toks[inner - 1].text != ",":
        return None
    outer = np_left(toks, inner - 2, lo, appositive=False)
    # the role before the name may be long when a body's name owns it ("The Council of Hill
    # Nations' regional chief for Orla, Ada Lind, said"): a name in apposition closes it
    longest = 12 if _name_between(toks, inner, j) else 8
    if outer is None or (inner - 1 - outer) > longest:
        return None
    # "As Ana Ruiz, a planner, put it", "…, whereas the union's head, Tim Cole, said": a join
    # or a contrast may open the clause of a subject so set off
    if outer > lo and is_word(toks[outer - 1]) and toks[outer - 1].low not in _SUBJECT_CLAUSE_OPENERS:
        return None
    return outer


def _name_between(toks: list[Token], i: int, j: int) -> bool:
    """Whether ``toks[i:j]`` is a personal name: two or three capitalised words ("Ada Lind")."""
    words = toks[i:j]
    return 2 <= len(words) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() for t in words)


# participles that tell who made a document, not what it says: "a notice posted by the railway"
_AUTHORING = frozenset({"posted", "written", "signed", "issued", "released", "published", "sent", "filed"})
_MAKING = _AUTHORING | {"conducted", "taken", "commissioned", "carried"}


def authored_by(toks: list[Token], k: int, hi: int) -> bool:
    """Is toks[k] the participle of a document's making, right after the document's noun and
    before "by" ("a notice posted by …", "a letter written by …")? The phrase goes on to its author."""
    return toks[k].low in _AUTHORING and k + 1 < hi and toks[k + 1].low == "by" and toks[k - 1].low in lx.DOCUMENT_HEADS


# a personal pronoun written together with "be" ("she’s", "they're", "I’m"): the holder of an
# attitude and its verb in one token, never a possessive ("it’s", "there’s" hold no attitude)
_CONTRACTED_BE = compiled(r"(he|she|they|we|i|you|who)['’](?:s|re|m)")


def be_before(toks: list[Token], vg: int, k: int) -> bool:
    """Is a form of "be" in the verb group toks[vg:k], or written with the pronoun before it
    ("we’re told", "I’m told"; not "he’s", which may be "has")?"""
    words = {t.low for t in toks[vg:k]}
    if not (BE_FORMS.isdisjoint(words) and NEGATED_BE.isdisjoint(words)):
        return True
    return vg > 0 and _CONTRACTED_BE_ONLY.fullmatch(toks[vg - 1].low) is not None


_CONTRACTED_BE_ONLY = compiled(r"(?:they|we|i|you|who)['’](?:re|m)")


def contracted_subject(t: Token) -> int:
    """The length of the pronoun a pronoun-and-"be" token opens with ("she’s" -> 3), else 0."""
    m = _CONTRACTED_BE.fullmatch(t.low)
    return len(m.group(1)) if m else 0


# adverbs of time and place that also end an outlet's or a show's name ("… Today", "… Now")
_NAME_ADVERBS = frozenset({"today", "now", "tonight", "here"})


def _nounish(t: Token) -> bool:
    """A word that is most likely a noun heading a phrase ("province of", "members of")."""
    low = t.low
    return low in GEO_NOUNS or (low.endswith(NOUN_SUFFIXES) and len(low) > 5) or low in MEMBER_NOUNS


def _conjoined_sources(left: Token, right: Token) -> bool:
    return (left.text[:1].isupper() and right.text[:1].isupper()) or (source_like(left) and not left.text[:1].isupper())


def source_like(head: Token) -> bool:
    """Can this noun be the source of a statement (a person, body, group or document)?"""
    low = head.low  # the text in lower case
    if low.endswith(("'s", "’s")):
        low = low.rstrip("'’s")
    if head.text[:1].isupper() or low in lx.PRONOUN_FORMS:
        return True
    stem = low[:-1] if low.endswith("s") else low
    # a plural in -ies ("companies", "agencies", "authorities") is its noun in -y
    return low in _SOURCE_NOUNS or stem in _SOURCE_NOUNS or (low.endswith("ies") and low[:-3] + "y" in _SOURCE_NOUNS)


def phrase_head(toks: list[Token], i: int, end: int) -> int:
    """The index of the head of the noun phrase at toks[i:end]: the word before its first link
    to a phrase after it ("a spokesman for the city", "Chief Tom Hale of the fire department"),
    else its last word (the token-level reading of ``source_head``'s head)."""
    link = next((m for m in range(i + 1, end) if toks[m].low in _PHRASE_LINKS), end)
    return link - 1


_PHRASE_LINKS = frozenset(_HEAD_PREPOSITIONS)


def source_head(view: str, span: Span) -> bool:
    """Is the head of the phrase at ``span`` a person, body, group, document or a name? For
    "the governor's deputy, Ana Reyes", either part may say so."""
    text = view[span[0] : span[1]]
    comma = text.find(",")
    if comma >= 0:
        second = text[comma + 1 :].split(",")[0]
        start = span[0] + comma + 1 + len(second) - len(second.lstrip())
        if second.strip() and source_head(view, (start, start + len(second.strip()))):
            return True
    words = _HEAD_WORD.findall(view[span[0] : span[1]].split(",")[0].split("(")[0])
    words = [w for w in words if w.lower() not in OF_AND_ARTICLES] or words
    if not words:
        return False
    # the head is the last word before "of"/"for"/"at": "members of Congress" -> members
    head_words = _HEAD_LINK.split(view[span[0] : span[1]].split(",")[0], 1)[0].split()
    head = head_words[-1] if head_words else words[-1]
    if head.lower() in lx.PRONOUN_FORMS:
        return True
    lowered = head[:1].lower() + head[1:] if head_words and head == head_words[0] else head
    return source_like(Token.of(lowered, 0, len(lowered))) or any(
        w[:1].isupper() and w not in lx.NON_NAME_CAPS for i, w in enumerate(head_words) if i or len(head_words) == 1
    )


def participle_aside_opening(toks: list[Token], j: int) -> int | None:
    """The comma that opens a participle aside closed by the comma at toks[j] ("The reports,
    citing two officials, said"): a verb in -ing after it, words only up to toks[j]; None else."""
    for p in range(j - 2, max(0, j - 14), -1):
        if toks[p].text == ",":
            before = toks[p - 1] if p > 0 else None
            # not after a relative pronoun ("a story that, citing …, alleged"): its own subject rules
            if before is None or not aside_participle(toks, p + 1) or not is_word(before):
                return None
            return p if before.low not in WHO_WHICH_WHOM and before.low != "that" else None
        if not is_word(toks[p]):
            return None
    return None


def aside_participle(toks: list[Token], i: int) -> bool:
    """Does a participle open an aside at toks[i] ("smiling", "speaking to reporters", "citing
    two officials")? Not a title whose first word ends in -ing, a person's noun after it
    ("marketing executive", "managing director"): that is an appositive; but a verb that takes
    its sources as object is a participle still ("quoting witnesses")."""
    low = toks[i].low
    if not low.endswith("ing") or low in NOT_PARTICIPLES or not toks[i].text[:1].islower():
        return False  # (not a name in -ing: "The landlord, Kettering Realty Group, said")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return low in _CITING_PARTICIPLES or nxt is None or nxt.text[:1].isupper() or not source_like(nxt)


# participles whose object names the sources a report relies on ("citing officials")
_CITING_PARTICIPLES = frozenset({"citing", "quoting"})
