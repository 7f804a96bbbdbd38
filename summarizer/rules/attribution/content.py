"""Where reported content ends after its verb: a semicolon, a new reporting clause (", adding
…"), the dash closing an aside, a second verb of the speaker's ("… and said"), a report joined by
"and" or "while"; and the tests of a clause it reads by (a subject and its verb). A verb's object
and how the content opens are `verb_objects`'s."""

from __future__ import annotations

from summarizer.rules.attribution.adjunct_asides import adjunct_aside_end
from summarizer.rules.attribution.clause_joins import (
    apposition_within,
    clause_goes_on,
    list_comma,
    listed_item,
    quote_closes_on_clause,
    subject_apposition,
    subject_relative,
    timed_clause,
)
from summarizer.rules.attribution.clauses import DASHES
from summarizer.rules.attribution.complements import clause_follows
from summarizer.rules.attribution.dash_asides import aside_end
from summarizer.rules.attribution.object_adverbials import (
    OBJECT_ADVERBIAL_OPENERS,
    OCCASION_OPENERS,
    adverbial_after_object,
    occasion_of_saying,
)
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.reported_contrast import backshifted_contrast, pronoun_subjects_stance
from summarizer.rules.attribution.verb_groups import VERB_ADVERBS
from summarizer.rules.attribution.words import (
    APPOSITION_OPENERS,
    ARTICLES_AND_POSSESSIVES,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    COMMON_REPORTING_VERBS,
    COORDINATORS,
    FINITE,
    IRREGULAR_PAST,
    NOT_PARTICIPLES,
    TO_VERBS,
    ing_participle,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.segments import ABBREVIATIONS, Token


def _aside_close(toks: list[Token], k: int, hi: int) -> int | None:
    """The dash that closes an aside the dash at toks[k] opens, up to 13 words on with no stop
    or semicolon between and words after it in the sentence; None when there is none."""
    for m in range(k + 2, min(hi - 1, k + 16)):
        text = toks[m].text
        if text in (";", ".", ":") or text in ALL_QUOTES:
            return None
        if text == toks[k].text:
            return m
    return None


def content_end(toks: list[Token], i: int, hi: int) -> int:
    """Where reported content starting at toks[i] ends: the sentence end, a semicolon, a new reporting
    clause (", adding …", ", according to …"), or the dash closing an aside the report stands in."""
    hi = aside_end(toks, i, hi)
    k = i
    while k + 1 < hi:
        k += 1
        t = toks[k]
        if t.low not in _CONTENT_STOPS:
            continue  # most words: every test below asks for one of these first
        if t.text == ";":
            return k
        if t.text in DASHES and (close := _aside_close(toks, k, hi)) is not None:
            if toks[close + 1].low in COORDINATORS and clause_follows(toks, close + 2, min(hi, close + 8)):
                return k  # "… — which stays the same — but it now says …": a new clause after it
            if subject_and_verb(toks, close + 1, min(hi, close + 8)):
                return k  # "When she noted X — as was true for years — the owner boasted …": the main clause
            k = close  # "the ties between residents — especially the young — and police": an aside
            continue
        if _quote_closes_on_comma(toks, i, k, hi):
            return k + 2  # `… the problems,” alluding to …`: the quote closes, a comment on it follows
        if (t.text == "," or t.text in DASHES) and k + 1 < hi:
            nxt = toks[k + 1]
            low = nxt.low
            if (close := subject_relative(toks, i, k, hi)) is not None:
                k = close  # "said the plant, where 300 people work, would close": the subject's relative
                continue
            if low == "according" or (low in CLAUSE_OPENERS and not clause_goes_on(toks, k + 1, hi)):
                return k
            if low in _MAIN_REPORTING_VERBS and _participle_aside(toks, i) and (k + 2 >= hi or toks[k + 2].low != "to"):
                return k  # "The reports, citing two officials, said …": the aside ends, the subject's verb follows
            # ", meaning …", ", implicitly putting …": a participle clause comments on the content
            if _comment_participle(low):
                return k
            if k + 2 < hi and (low.endswith("ly") or low in VERB_ADVERBS) and toks[k + 2].low.endswith("ing"):
                return k  # ", implicitly putting …", ", even suggesting …"
            # ", and Republicans want …": a new clause with its own subject and verb
            if (
                low in _CLAUSE_COORDINATORS
                and k + 2 < hi
                and not list_comma(toks, i, k, hi)  # not ", the mayor, and two aides would", "…, and families left"
                and toks[k + 2].low != "that"  # ", and that …": a second complement of the same verb
                and not (toks[k + 1].low == "but" and _is_clause(toks, i, k) and backshifted_contrast(toks, i, k, hi))
                and (
                    clause_follows(toks, k + 2, min(hi, k + 6))
                    or subject_and_verb(toks, k + 2, min(hi, k + 8))
                    or timed_clause(toks, k + 2, hi)  # ", and on Friday he renewed …": a new time, a deed
                )
            ):
                return k
            # ", the presumed favorite …", ", with X showing …": an appositive or an absolute
            # phrase on the content, or a new clause; either way the reported words end here
            if (close := subject_apposition(toks, i, k, hi)) is not None:
                k = close  # "said the clerk, a teacher, will lead …": the subject's apposition
                continue
            if low in APPOSITION_OPENERS and k - i >= 3 and not listed_item(toks, i, k, hi):
                if (close := apposition_within(toks, k, hi)) is None:
                    return k
                k = close  # "… the landowner, the Ash Trust, to ask …": a name inside what was said
                continue

        # "… in a letter on Friday", "… when she ran in 2019": how or when it was said, not what
        if t.low in _HOW_OR_WHEN_OPENERS and _how_or_when_said(toks, i, k, hi):
            return k
        # "denied the charges, but was fined", "found no gun but did find …": after an object,
        # "but" and a finite verb with no subject go on with the speaker (after a clause, with
        # the clause's subject: "the crew was aboard, but was not hurt")
        if (
            t.low == "but"
            and k - i >= 2
            and k + 1 < hi
            and toks[k + 1].low in _BUT_AUXILIARIES
            and not _is_clause(toks, i, k)
        ):
            return k - 1 if toks[k - 1].text == "," else k
        # `… a gun," but he said …`: a new clause after a quote's comma
        if (
            t.low == "but"
            and k - i >= 3
            and toks[k - 1].text in ALL_QUOTES
            and toks[k - 2].text == ","
            and clause_follows(toks, k + 1, min(hi, k + 6))
        ):
            return k - 2
        # "declined to comment, then said: …", "… and then added …": the subject's next report
        if t.low == "then" and k - i >= 2 and _then_reports(toks, i, k, hi):
            return k - 2 if toks[k - 1].low == "and" and toks[k - 2].text == "," else k - 1
        # "said the levy was unfair and growers said it was fair": a report of its own joined by
        # "and", or set against it by "while", "whereas" ("… while critics say it is fair")
        if (t.low in COORDINATORS or t.low in _CONTRASTS) and k - i >= 2 and joined_report(toks, k + 1, hi):
            return k
        if (end := _next_deed_at(toks, i, k, hi)) is not None:
            return end  # "… and said …", "…, telling them …, and handing …": the subject's next deed
    return hi


def _next_deed_at(toks: list[Token], i: int, k: int, hi: int) -> int | None:
    """Where the content toks[i:k] ends when the coordinator at toks[k] joins the subject's next
    deed to it, not more of what was said: a second participle after a participle of saying, a
    verb of saying, stance or evidence, a past after an object, "has been", a finite verb after
    an infinitive, a count's own clause; None when it goes on."""
    t = toks[k]
    if t.low == "and" and _coordinated_participle(toks, i, k, hi):
        return k - 1 if toks[k - 1].text == "," else k  # ", telling them …, and handing …"
    # "… a veto and attempted to …", "… and said …", "…, yet refuses …": a second verb of the same subject
    if (
        (t.low in COORDINATORS or (t.low == "yet" and toks[k - 1].text == ","))
        and k + 1 < hi
        and not toks[k + 1].text[:1].isupper()
    ):
        verb = toks[k + 1].low
        after = toks[k + 2].low if k + 2 < hi else ""
        if (
            (
                (verb in lx.SPEECH_FORMS or verb in lx.EVIDENCE_FORMS or verb in lx.STANCE_FORMS)
                # a form as often a noun is a verb before what a verb takes ("and plans to",
                # "and supports the levy"), not in "federal and state law", "and support for"
                and (verb not in lx.NOUN_LIKE_FORMS or after in _VERB_OBJECT_OPENERS)
                and not (_is_clause(toks, i, hi) and pronoun_subjects_stance(toks, i, k))
            )
            # a verb in the past goes on a clause's own subject ("said it agitated Trump and
            # exposed a weakness"); after an object it is the speaker's next deed
            or (
                verb.endswith("ed")
                and len(verb) > 4
                and after != "by"  # "unsubstantiated and fabricated by …": a participle
                and not _is_clause(toks, i, hi)
            )
            or (verb in ("has", "have", "had") and k + 2 < hi and toks[k + 2].low in ("been", "since", "also"))
            # an infinitive coordinates with no finite verb: "wanted to stay but was treated …"
            or (verb in FINITE and _infinitive_after(toks, i))
            # "… and 5 percent back Lind": a new clause whose subject is a count
            or (verb[:1].isdigit() and _count_clause(toks, i, k, hi))
        ):
            return k  # "… but has been met with opposition": the subject's next deed
    return None


def _coordinated_participle(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does "and" at toks[k] join a second participle to the participle of saying whose content
    opens at toks[i] ("conceded, telling supporters the race was over and thanking his staff")?
    The second participle is the subject's next deed, as the first was, and ends what was told.
    Not a gerund that is a clause's subject ("… and hiring was up"), nor after an -ing verb of
    the content's own (_content_ing_before)."""
    if k + 1 >= hi or not ing_participle(toks[k + 1]):
        return False
    if k + 2 < hi and (toks[k + 2].low in lx.AUXILIARY_VERBS or toks[k + 2].low in FINITE):
        return False  # "and hiring was up": a subject
    if _content_ing_before(toks, i, k):
        return False
    # the content's own participle of saying, after its comma and a hearer of up to four words
    for p in range(i - 1, max(0, i - 6), -1):
        if not is_word(toks[p]):
            return False
        if toks[p - 1].text == "," and toks[p].low.endswith("ing") and lx.CUE_FORMS.get(toks[p].low) is not None:
            return True
    return False


def _content_ing_before(toks: list[Token], i: int, k: int) -> bool:
    """Is the last verb of the content toks[i:k] before "and" a word in -ing, a progressive, a
    gerund or a participle of its own ("crews were clearing roads", "the plan was about building
    homes", "committed to hiring", "would keep spending")? The -ing after "and" joins it, inside
    what was told. A finite verb after it closes the clause ("… was tired and asking"), and a
    noun in -ing after a determiner ("opposed the new ruling and vowing …") is no verb."""
    for m in range(k - 1, i - 1, -1):
        t, low = toks[m], toks[m].low
        if low in FINITE or low in lx.AUXILIARY_VERBS or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4):
            return False
        if (
            t.text.isalpha()
            and t.text.islower()
            and len(low) > 4
            and low.endswith("ing")
            and low not in _NEVER_VERBS
            and not any(toks[p].low in lx.DETERMINERS for p in range(max(i, m - 2), m))
        ):
            return True
    return False


# words in -ing that are no verb in a content: a preposition, a pronoun, a time ("by evening")
_NEVER_VERBS = NOT_PARTICIPLES - {"being", "building"}


def _how_or_when_said(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does toks[k] open a phrase or clause that tells how or when the speaker said it, ending
    the content toks[i:k]? "in"/"during"/"at" (OCCASION_OPENERS) and a speech event ("… routes in
    a letter", "attacked the mayor in early-morning tweets"; a written act, or an event past
    modifiers, only after an object: "said the error was found in a ruling" tells where it was
    found), or a clause of the writer's after an object ("praised the mayor as a reformer when …")."""
    if toks[k].low in OCCASION_OPENERS:
        return occasion_of_saying(toks, i, k, hi, past_clause=_past_clause(toks, i, k))
    return adverbial_after_object(toks, i, k, hi) and not _past_clause(toks, i, k)


def _count_clause(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does a count after "and" at toks[k] open a clause of its own, its verb after it ("…
    support Ruiz and 5 percent back Lind"), not join the noun phrase before it as one subject
    (the content opening after a verb of saying or "that", with no comma or verb up to "and":
    "said 1,200 visits and 140 operations were postponed")?"""
    if not subject_and_verb(toks, k + 1, min(hi, k + 6)):
        return False
    before = toks[i - 1].low if i > 0 else ""
    return not (before == "that" or before in lx.SPEECH_FORMS or before in lx.EVIDENCE_FORMS) or any(
        t.text in (",", ";") or t.low in FINITE or t.low in PASTS or (t.low.endswith("ed") and len(t.low) > 4)
        for t in toks[i:k]
    )


def joined_report(toks: list[Token], j: int, hi: int) -> bool:
    """Does a clause of report open at toks[j]: a subject of one to three words opened by an
    article, a possessive, a name, a pronoun or a plural noun, then a common verb of reporting,
    past or present ("growers said", "the board says", "Ruiz argued", "critics claim")?"""
    if j + 1 >= hi:
        return False
    first = toks[j]
    if (
        first.low in lx.AUXILIARIES
        or first.low in FINITE
        or not (
            first.low in ARTICLES_AND_POSSESSIVES
            or first.low in lx.PERSON_SUBJECT_PRONOUNS
            or first.text[:1].isupper()
            or (first.low.endswith("s") and first.low.isalpha() and first.low not in lx.CUE_FORMS)
        )
    ):
        return False
    for m in range(j + 1, min(hi, j + 4)):
        low = toks[m].low
        if low in _JOINED_REPORTING_VERBS:
            if m + 1 < hi and toks[m + 1].low in _PRO_CONTENTS:
                return False  # "… and they said so": no report of its own, the words before are theirs too
            return toks[m - 1].low not in ARTICLES_AND_POSSESSIVES  # "the reported cost": a modifier
        if toks[m].text == "," and (close := adjunct_aside_end(toks, m, hi)) is not None:
            # "…, but the council, in a statement, said …": the verb past the aside
            return close + 1 < hi and toks[close + 1].low in _JOINED_REPORTING_VERBS
        if not is_word(toks[m]) or low in FINITE:
            return False
    return False


# the subordinators that set a report of its own against the content before them
_CONTRASTS = frozenset({"while", "whereas"})
# what stands for a content already given: "said so", "said as much"
_PRO_CONTENTS = frozenset({"so", "as"})
# the verbs of a report joined by "and": the common ones, finite ("said", "says", "say", "argued")
_JOINED_REPORTING_VERBS = frozenset(COMMON_REPORTING_VERBS - {"added", "noted"}) | {
    "argues", "claimed", "claims", "claim", "insists", "warned", "warns", "accused", "accuses", "countered",
}  # fmt: skip


def _comment_participle(low: str) -> bool:
    """Does a participle open a clause that comments on the content (", meaning …")?"""
    return low.endswith("ing") and low not in NOT_PARTICIPLES


def _quote_closes_on_comma(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does the content end with a quote whose closing mark follows the comma at toks[k]: a
    comment on the quote after it, or a clause of the writer's ('… "a giveaway," as crowds gathered')?"""
    return (
        _quote_closes_before_comment(toks, i, k, hi)
        or _scare_quote_then_report(toks, i, k, hi)
        or quote_closes_on_clause(toks, i, k, hi)
    )


def _quote_closes_before_comment(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does the quote the content opens with close right after the comma at toks[k], a participle
    clause or "according to" after it (`said that “…,” alluding to …`)? The quoted words are what
    was said; a phrase quoted inside the content ("praised the clerk as a “steady hand,” noting
    …") leaves the comment to the usual tests, and so does a quoted subject with no verb of its
    own, whose predicate follows the aside (`said that “every house,” counting the sheds, was
    …`)."""
    return (
        toks[k].text == ","
        and k + 2 < hi
        and toks[k + 1].text in ALL_QUOTES
        and toks[k + 1].start == toks[k].end
        and (toks[k + 2].low == "according" or _comment_participle(toks[k + 2].low))
        and toks[i].text in ALL_QUOTES
        and has_verb(toks, i + 1, k)
    )


def _scare_quote_then_report(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Does a few words' quote inside the content close on the comma at toks[k], a participle of
    saying after it ('slammed the “reforms,” saying they favour landlords')? The participle
    reports on its own, as after a comma with no quote; the content ends with the quote."""
    return (
        toks[k].text == ","
        and k + 2 < hi
        and toks[k + 1].text in ALL_QUOTES
        and toks[k + 1].start == toks[k].end
        and toks[i].text not in ALL_QUOTES
        and toks[k + 2].low.endswith("ing")
        and lx.CUE_KIND.get(toks[k + 2].low) == "speech"
        and any(t.text in ALL_QUOTES for t in toks[max(i, k - 5) : k])
    )


def _participle_aside(toks: list[Token], i: int) -> bool:
    """Does the content at toks[i] follow a participle set off by a comma after a subject ("The
    reports, citing …", "The mayor, adding that …"), an aside that may close before the subject's
    own verb?"""
    if i >= 4 and toks[i - 1].low == "that":
        i -= 1  # the participle's own "that" before its content
    return i >= 3 and toks[i - 1].low.endswith("ing") and toks[i - 2].text == "," and is_word(toks[i - 3])


# the verbs of saying in the past or present that go on a subject after a participle aside
_MAIN_REPORTING_VERBS = frozenset(COMMON_REPORTING_VERBS) | {"tells", "alleged", "alleges", "claimed", "claims",
                                                              "reported", "reports", "warned", "warns", "wrote",
                                                              "writes"}  # fmt: skip


# the words and marks at which reported content may end (each test in content_end's loop asks
# for one: a semicolon, a comma or dash, "in"/"during"/"at", "but", a coordinator, "yet")
_HOW_OR_WHEN_OPENERS = frozenset({*OCCASION_OPENERS, *OBJECT_ADVERBIAL_OPENERS})
_CONTENT_STOPS = frozenset(
    {";", ",", *DASHES, *OCCASION_OPENERS, "but", "yet", "then", *_CONTRASTS, *COORDINATORS, *OBJECT_ADVERBIAL_OPENERS}
)
# the irregular pasts of the verbs of saying ("then said", "then told", "then wrote")
_SAID_FORMS = frozenset({"said", "told", "wrote", "spoke", "swore", "gave"})
# the modals: a clause with one ("the port would close") takes no past verb after it ("then said")
_MODALS = lx.MODALS


def _infinitive_after(toks: list[Token], i: int) -> bool:
    """Is the content at toks[i] an infinitive after a verb that takes one ("wanted to stay"),
    not "to" as a preposition ("did not respond to queries")?"""
    if i == 0 or toks[i].low != "to":
        return False
    verb = toks[i - 1].low
    return (lx.STANCE_FORMS.get(verb) or lx.CUE_FORMS.get(verb)) in TO_VERBS


# the finite verbs that go on with the subject after "but" ("but was fined", "but has refused")
_BUT_AUXILIARIES = frozenset({"was", "were", "has", "had", "did", "is", "are", "have", "does"})
# a conjunction after a comma that may open a clause of its own: ", but it …", ", yet they …"
_CLAUSE_COORDINATORS = COORDINATORS | {"yet"}
# what opens the object of a verb, not the rest of a noun phrase
_VERB_OBJECT_OPENERS = frozenset({"to", "that", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                  "him", "them", "us", "it", "this", "these", "those"})  # fmt: skip


def _is_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Is the content starting at toks[i] a clause with its own subject ("it agitated …", "the
    storm flooded …"), not a verb's object?"""
    return clause_follows(toks, i, min(hi, i + 6)) or subject_and_verb(toks, i, min(hi, i + 6))


def _then_reports(toks: list[Token], i: int, k: int, hi: int) -> bool:
    """Do "then" at toks[k] and a verb of saying in the past go on with the subject's next deed,
    as "and said" does? Not a bare verb ("will pack the vans, then say goodbye": the clause
    before goes on), nor after a reported clause in the past, whose own subject goes on ("said
    the guard opened the gate, then told the driver …"; "the port would close, then said" splits)."""
    return (
        toks[k - 1].text in (",", "and")
        and k + 1 < hi
        and toks[k + 1].low in lx.SPEECH_FORMS
        and (toks[k + 1].low.endswith("ed") or toks[k + 1].low in _SAID_FORMS)
        and not (_past_clause(toks, i, k) and not any(t.low in _MODALS for t in toks[i:k]))
    )


def _past_clause(toks: list[Token], i: int, hi: int) -> bool:
    """Is the content toks[i:hi] a clause with its own subject, its verb perhaps an irregular
    past ("the firm broke the rules")? A past verb after it may be that subject's, not the speaker's."""
    return _is_clause(toks, i, hi) or (hi - i >= 3 and any(t.low in IRREGULAR_PAST for t in toks[i + 1 : hi]))


def _abbreviation_dot(toks: list[Token], m: int) -> bool:
    """Is toks[m] the dot of an abbreviation written close up ("Mr.", "Sen."), part of a name?"""
    return toks[m].text == "." and toks[m - 1].low in ABBREVIATIONS and toks[m - 1].end == toks[m].start


def subject_and_verb(toks: list[Token], i: int, hi: int) -> bool:
    """Does a clause with a verb in the past or of stance start at toks[i] ("the union also
    stepped in", "Republicans want lower rates")? Its subject opens with an article, a
    possessive, a capital or a number ("5 percent back …"); the verb comes after a word or more of it."""
    first = toks[i].low
    if not (first in ARTICLES_AND_POSSESSIVES or toks[i].text[:1].isupper() or first[:1].isdigit()):
        return False
    for m in range(i + 1, hi):
        t = toks[m]
        if not is_word(t) and t.low not in ("'s", "’s", "'", "’") and not _abbreviation_dot(toks, m):
            return False
        low = t.low
        if low in COORDINATORS:
            return False  # "a veto and attempted …": the verb is not this phrase's
        if (
            (low.endswith("ed") and len(low) > 4)
            or low in PASTS
            or (low in lx.STANCE_FORMS and toks[m - 1].low not in ARTICLES_AND_POSSESSIVES)
        ):
            return not t.text[:1].isupper()
    return False


# the past forms that end no "-ed", with those that are as often nouns or adjectives ("left",
# "led", "set"), read as verbs where only a verb can stand: after a subject's "and", a second deed
# ("became interested in X and began raising money")
PASTS = IRREGULAR_PAST | {"got", "left", "put", "set", "led"}


def has_verb(toks: list[Token], lo: int, hi: int) -> bool:
    """Does a clause with a subject and its verb run in toks[lo:hi]: a subject pronoun first,
    or a finite verb, a past in -ed or an irregular past, or a present in -s after a word of
    its subject ("the snow melts")?"""
    if lo >= hi or not is_word(toks[lo]):
        return False
    if toks[lo].low in lx.PERSON_SUBJECT_PRONOUNS or toks[lo].low in ("it", "they", "we", "there"):
        return True
    for m in range(lo + 1, hi):
        low = toks[m].low
        if not is_word(toks[m]):
            return False
        if low in CLAUSE_VERBS or low == "shall" or low in PASTS or (low.endswith("ed") and len(low) > 4):
            return True  # "shall" too: "…, the buyer shall pay the tax" (the law's and contracts' modal)
        if (
            low.endswith("s")
            and not low.endswith("ss")
            and toks[m - 1].low not in ARTICLES_AND_POSSESSIVES
            and (m > lo + 1 or toks[lo].low in ARTICLES_AND_POSSESSIVES)
        ):
            return True
    return False
