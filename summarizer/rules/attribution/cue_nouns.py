"""Words of saying read as nouns: whether a cue form stands where a noun does ("the report", "his
claims", "a 40-page report", "a research project on"), and the noun phrase read rightward from a
word (np_right: "said Tom Vale, a planner"), which goes on through such a noun and ends at a verb,
and a cue word inside a noun phrase (compound_noun: "27 states led by", "state Sen. Ada Lee",
`"…," state officials said`).
The phrase read leftward, and whether its head can be a source, are `phrases`'s."""

from __future__ import annotations

from summarizer.rules.attribution.contact_clauses import PRESENT_SAYING
from summarizer.rules.attribution.phrases import (
    PEOPLE_QUANTIFIERS,
    abbreviation_stop,
    authored_by,
    is_word,
    lower,
    np_left,
    np_ok,
    source_like,
)
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.subject_modifiers import double_possessive
from summarizer.rules.attribution.words import (
    ASPECT,
    COMMA_ADJUNCT_OPENERS,
    FINITE,
    NP_ENDERS,
    WHO_WHICH_WHOM,
)
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.segments import ABBREVIATIONS, Token
from summarizer.text.towns import US_STATES

_PAST_FORMS = frozenset({"said", "told", "thought", "wrote", "knew", "felt", "saw", "found", "held", "spoke"})


def np_right(toks: list[Token], i: int, hi: int, *, stop_at_comma: bool = True) -> int | None:
    """End index (exclusive) of the noun phrase starting at toks[i]."""
    k = i
    commas = 0
    first_comma: int | None = None
    while k < hi and k - i < 16:
        t = toks[k]
        low = t.low
        if t.text == ",":
            first_comma = k if first_comma is None else first_comma
            if stop_at_comma or commas >= 2:
                break
            if k + 1 < hi and (toks[k + 1].low.endswith("ing") or toks[k + 1].low in ("who", "which", "whose")):
                break  # "said Donald Tusk, summing up …": the name ends at the comma
            if k + 1 < hi and toks[k + 1].low in COMMA_ADJUNCT_OPENERS:
                break  # "said Ada Ruiz, on her first day in the post": an adjunct, no appositive
            commas += 1
            k += 1
            continue
        if (
            t.text == "."
            and k > i
            and toks[k - 1].end == t.start
            and (len(toks[k - 1].text) == 1 or toks[k - 1].low in ABBREVIATIONS)
            and k + 1 < hi
            and toks[k + 1].text[:1].isupper()
        ):
            k += 1  # "Ada J. Morel", "Rep. Smith": an initial or a title's full stop
            continue
        if abbreviation_stop(toks, k) and k > i and k + 1 < hi and toks[k + 1].text == ",":
            k += 1  # "Tom Hale Jr., who …": the suffix's stop is the name's
            continue
        if not is_word(t) and t.text not in ("&", "-", "'", "’", "/"):
            break
        if low in NP_ENDERS and k > i:
            break
        if low in FINITE and k > i:
            break  # a verb: this is a clause, not a noun phrase
        if (
            low in lx.CUE_FORMS
            and k > i
            and not toks[k].text[:1].isupper()
            and not noun_position(toks, k, i)
            and not authored_by(toks, k, hi)
        ):
            break
        k += 1
    while k > i and (toks[k - 1].text == "," or toks[k - 1].low in lx.NP_LINKS):
        k -= 1
    if k > i and np_ok(toks, i, k):
        return k
    # "said Tom Vale, a chief of staff to the governor whom …": an appositive too long or cut
    # inside a clause leaves the name before its comma
    return first_comma if first_comma is not None and first_comma > i and np_ok(toks, i, first_comma) else None


# adjectives that only ever stand before their noun, so a cue form after one is that noun: "the
# council's own figures", "the agency's latest estimates" (never a verb: "own" as a verb takes
# an object, not a reporting verb)
_BEFORE_A_NOUN_ONLY = frozenset({"own", "latest", "preliminary", "internal"})
# cue forms read as a noun after a singular determiner and a modifier ("a weekly show", "his
# TV show"), where a verb would agree with its singular subject ("shows")
_MOSTLY_NOUNS = frozenset({"show"})


def _modifier_of_subject(toks: list[Token], k: int, prev: str) -> bool:
    """Is the cue word a noun modifying the subject of a relative clause, its verb of saying
    a word or two on ("which state media claimed …", "that state officials said …")?"""
    low = toks[k].low
    if (prev not in WHO_WHICH_WHOM and prev != "that") or low.endswith("ed") or low in _PAST_FORMS:
        return False
    if k + 2 >= len(toks) or not toks[k + 1].low.isalpha() or toks[k + 1].low in lx.DETERMINERS:
        return False
    return any(
        toks[m].low in lx.CUE_FORMS and (toks[m].low.endswith("ed") or toks[m].low in _PAST_FORMS)
        for m in range(k + 2, min(len(toks), k + 4))
    )


def noun_position(toks: list[Token], k: int, lo: int) -> bool:
    """Is the cue word a noun here ("the report", "his claims", "a warning")?"""
    if k - 1 < lo:
        return False
    prev = toks[k - 1].low
    if prev == "and":  # "claims and warnings" (nouns) but "met him and said" (a verb)
        return k - 2 >= lo and toks[k - 2].low in lx.CUE_FORMS and not toks[k - 2].low.endswith(("ed", "said"))
    if prev == "to" and k - 2 >= lo and (toks[k - 2].low in ASPECT or toks[k - 2].low == "on"):
        return False  # "continued to call for", "went on to say": a verb
    if prev == "to" and (toks[k].low in _PAST_FORMS or toks[k].low in PRESENT_SAYING):
        return False  # "the man I spoke to said": a past after a contact clause, a verb
    if prev in PEOPLE_QUANTIFIERS and np_left(toks, k - 1, lo) == k - 1:
        # "Some suggested that …", "Many say …": a quantifier for people, then its verb (not
        # "some reports", "some fear", "many claims": plural or noun-like forms are nouns)
        low = toks[k].low
        if (
            toks[k + 1 : k + 2]
            and toks[k + 1].low == "that"
            and not low.endswith("s")
            and (k < lo + 2 or toks[k - 2].low in ("and", "but"))
        ):
            return False  # "But some note that …", "Many fear that …": the clause's own quantifier and verb
        return not (
            low.endswith("ed")
            or low in _PAST_FORMS
            or (low not in lx.NOUN_LIKE_FORMS and low.isalpha() and not low.endswith("s"))
        )
    return (
        prev in lx.DETERMINERS
        or _modifier_of_subject(toks, k, prev)
        or (prev.endswith(("'s", "’s")) and not double_possessive(toks, k, lo))
        or prev in ("of", "to", "no")
        or prev in _BEFORE_A_NOUN_ONLY
        or _measure_modifier(toks, k, lo)
        # (a past form is no noun: "The mayor spoke out …" is no "the mayor's spoke")
        or (
            (toks[k].low in lx.NOUN_LIKE_FORMS or toks[k].low in _MOSTLY_NOUNS)
            and toks[k].low not in _PAST_FORMS
            and _modified_noun(toks, k, lo)
        )
    )


def _measure_modifier(toks: list[Token], k: int, lo: int) -> bool:
    """Is a hyphened number and unit right before toks[k] ("a 40-page report", "a two-year
    study")? Such a modifier stands only before a noun; a verb never follows it."""
    if k - 3 < lo or toks[k - 2].text != "-":
        return False
    number, unit = toks[k - 3], toks[k - 1]
    return (
        number.end == toks[k - 2].start
        and toks[k - 2].end == unit.start
        and unit.text.isalpha()
        and (number.text.isdigit() or number.low in NUMBER_WORDS)
    )


_SINGULAR_DETERMINERS = {"a", "an", "the", "this", "his", "her", "its", "their", "our", "my", "your", "another",
                         "every", "each"}  # fmt: skip


# plural nouns that do not end in -s: a verb after them agrees with a plural ("the survey data
# show"), unless a singular determiner makes them a modifier ("a media report", "a data show")
_PLURALS_WITHOUT_S = frozenset({"data", "media", "criteria"})
_SINGULAR_ONLY = frozenset({"a", "an", "this", "that", "every", "each", "another"})


def _modified_noun(toks: list[Token], k: int, lo: int) -> bool:
    """A base form that is as often a noun, after a modifier or two and a determiner: "a
    research project on", "an Irish state ceremony", "the senator's latest tweet about". A verb
    there would agree with its singular subject ("the senator tweets"), unless the word before
    is a plural ("the survey data show")."""
    if toks[k].low.endswith("s"):
        return False
    for j in range(k - 1, max(lo, k - 3) - 1, -1):
        w = lower(toks[j])
        if j < k - 1 and (w in _SINGULAR_DETERMINERS or w.endswith(("'s", "’s"))):
            return True
        if (
            not toks[j].text[:1].isalpha()
            or w.endswith("s")
            or (w in _PLURALS_WITHOUT_S and not any(lower(toks[m]) in _SINGULAR_ONLY for m in range(max(lo, j - 2), j)))
            or w in lx.AUXILIARIES
            or w in lx.BOUNDARY_WORDS
            or w in lx.PRONOUN_FORMS
            or w in FINITE
        ):
            return False
    return False


def finite_report(t: Token) -> bool:
    """Is ``t`` a finite verb of saying or showing ("shows", "said", "found")? Right after a cue
    word it makes that word a noun ("police reports said", "the campaign's claims show")."""
    low = t.low
    return (
        (low in lx.CUE_FORMS or low in lx.EVIDENCE_FORMS)
        and (low.endswith(("s", "ed")) or low in ("said", "told", "found", "showed", "shown"))
        and not low.endswith(("ing", "ss"))
    )


def noun_like(t: Token) -> bool:
    """May the cue word ``t`` be a noun ("reports", "claims", "report"), not a past ("denied")?"""
    low = t.low
    return low in lx.NOUN_LIKE_FORMS or (low.endswith("s") and not low.endswith("ss"))


def _plural(t: Token) -> bool:
    return t.low.endswith("s") and not t.low.endswith(("ss", "'s", "’s")) and t.low.isalpha()


def _bare_saying(t: Token) -> bool:
    """A plural subject's present verb of saying or showing ("say", "warn", "argue"), never a noun."""
    low = t.low
    return (
        low in lx.CUE_FORMS and low not in lx.NOUN_LIKE_FORMS and low.isalpha() and not low.endswith(("s", "ed", "ing"))
    )


def counted(toks: list[Token], k: int, lo: int) -> bool:
    """Is the word before toks[k] a number that counts it ("16 questions", "two reports")? A digit
    after a capitalised word is a label ("Figure 2 shows"), no count; "one" counts no plural
    ("One says …", "1 reports …": the verb of a lone one)."""
    if k - 1 < lo:
        return False
    prev = toks[k - 1]
    if prev.low in ("one", "1"):
        return False
    if all(part in NUMBER_WORDS for part in prev.low.split("-")):
        return True  # "two", "twenty-seven"
    return prev.low[:1].isdigit() and not (k - 2 >= lo and toks[k - 2].text[:1].isupper())


def compound_noun(toks: list[Token], k: int, last: int, hi: int, lo: int = 0) -> bool:
    """Is the cue word toks[k] (its cue running to toks[last]) a noun in a noun phrase: a plural
    a number counts ("Twenty states led by …", not "three said"), a plural whose own verb of
    saying follows ("Member states warn that …", "which advocates say is short"; a verb of
    saying takes no verb of saying as its content), or a modifier before a title with its stop
    ("state Sen. Ada Lee", "county Judge"; "Critics charge Sgt. Vale lied" is the rare verb)?"""
    if last != k:
        return False
    nxt_low = toks[last + 1].low if last + 1 < hi else ""
    if _plural(toks[k]) and counted(toks, k, lo) and nxt_low not in lx.SUBJECT_PRONOUNS:
        return True  # (not "each of the 12 says it …": a subject pronoun opens the verb's clause)
    if last + 1 >= hi:
        return False
    nxt = toks[last + 1]
    if _plural(toks[k]) and _bare_saying(nxt):
        return True
    if _opens_tag(toks, k, lo) and noun_like(toks[k]) and _before_speaker_and_verb(toks, last, hi):
        return True
    if toks[k].low not in lx.NOUN_LIKE_FORMS or _subject_or_verb_before(toks, k, lo) or toks[k].low.endswith("s"):
        return False
    return _before_title(toks, last, hi) or _before_lower_office(toks, last, hi)


def _before_title(toks: list[Token], last: int, hi: int) -> bool:
    """Is a capitalised title with its stop next ("state Sen. Ada Lee")?"""
    nxt = toks[last + 1]
    return (
        nxt.low in lx.TITLES
        and last + 2 < hi
        and toks[last + 2].text == "."
        and toks[last + 2].start == nxt.end
        and nxt.text[:1].isupper()
    )


def _before_lower_office(toks: list[Token], last: int, hi: int) -> bool:
    """Is an office in lower case next, a role within its first three words and a capitalised
    name right after it ("state party chairwoman Lena Beck", "state election director Mia
    Ruiz"): the cue word modifies the office ("Voters state party rules are unfair": no role)."""
    for i in range(last + 1, min(hi - 1, last + 4)):
        if toks[i].low in lx.PERSON_ROLES and toks[i].text.islower() and toks[i + 1].text[:1].isupper():
            return True
        if not toks[i].text.islower():
            return False
    return False


def _opens_tag(toks: list[Token], k: int, lo: int) -> bool:
    """Does the cue word toks[k] open a speaker's tag: first after a quote (the reader's start)
    or after the comma that ends a clause of content?"""
    if k == lo:
        return True
    text = toks[k - 1].text
    return text == "," or all(ch in ALL_QUOTES for ch in text)


# words that never stand in a bare noun phrase between a modifier and its verb
_NOT_IN_BARE_NP = lx.DETERMINERS | lx.PRONOUN_FORMS | lx.AUXILIARIES | lx.BOUNDARY_WORDS | FINITE | NP_ENDERS


def _before_speaker_and_verb(toks: list[Token], last: int, hi: int) -> bool:
    """Is a bare noun phrase next, its head one who can speak (a person or group noun in lower
    case, or a name after an office: "officials", "health officials", "adjuster Tom Ash"), and
    then its own finite verb of saying (`"…," state officials said`, `"…," claims adjuster Tom Ash
    said`)? The cue word then modifies the speaker and the later verb is the cue. Inverted, the
    cue word takes a phrase with its determiner or a title and no verb after (`"…," state the
    officials`, `"…," warns Officer Tom Ash`)."""
    j = last + 1
    while (
        j < hi
        and j - last <= 4
        and toks[j].text.isalpha()
        and toks[j].text.islower()
        and toks[j].low not in _NOT_IN_BARE_NP
        and toks[j].low not in lx.CUE_FORMS
        and not toks[j].low.endswith("ly")
    ):
        j += 1
    head = j - 1
    name = j
    if j < hi and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        # "Tom Ash", "Ada J. Morel": a name and its initials, read as np_right reads a speaker's
        j = np_right(toks, j, hi) or j
    if j == last + 1 or j >= hi or (j == name and not source_like(toks[head])):
        return False
    if j + 1 < hi and toks[j].low in ("has", "have", "had", "will", "would"):
        # `"…," state officials have said`: a verb group, its participle or base form the cue
        return cue_at(toks, j + 1) is not None and not toks[j + 1].low.endswith(("ing", "s"))
    verb = toks[j]
    return cue_at(toks, j) is not None and (finite_report(verb) or verb.low in _PAST_FORMS or _bare_saying(verb))


_VERB_GROUP_WORDS = lx.AUXILIARIES | lx.VERB_HELPERS | {"to", "not", "never"}


def _subject_or_verb_before(toks: list[Token], k: int, lo: int) -> bool:
    """Does the word before the cue word toks[k] make it a verb: a plural or a group noun that
    may be its subject ("Officials", "Police", "People", not "Texas"), a pronoun or a relative "who"
    ("voters who claim …"; "which" and "that" may be an object's or a determiner), a word of a
    verb group ("must", "to", "later", "quickly"), or the last of a joined subject ("Lee and
    Vale")? The modifier's place holds a start, a determiner, an adjective or a place name."""
    if k - 1 < lo:
        return False
    prev = toks[k - 1]
    low = prev.low
    return (
        (low.endswith("s") and prev.text not in US_STATES)
        or low in lx.GROUP_NOUNS
        or low in iw.PEOPLE_NOUNS
        or low in lx.PRONOUN_FORMS
        or low == "who"
        or low in _VERB_GROUP_WORDS
        or (low.endswith("ly") and prev.text.isalpha() and prev.text.islower())
        or (k - 2 >= lo and toks[k - 2].low in ("and", "or", "&"))
    )
