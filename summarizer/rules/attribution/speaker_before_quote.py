"""The speaker before a quote: `Smith said: "…"`, `He added, "…"`, `Smith told reporters: "…"`."""

from __future__ import annotations

from summarizer.rules.attribution.complements import skip_adverbials
from summarizer.rules.attribution.context import Context, Found, stops_sentence
from summarizer.rules.attribution.cue_nouns import noun_position, np_right
from summarizer.rules.attribution.participle_reports import path_participle_speaker
from summarizer.rules.attribution.phrases import aside_participle, is_word, np_left
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.reported_clause import quoted_clause, reported_clause_of
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.verb_hearers import skip_hearer
from summarizer.rules.attribution.words import ASPECT, COMMA_ADJUNCT_OPENERS, SEEM_FORMS
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.quotes import QuoteRegion
from summarizer.text.segments import Token, tokens


@pattern(
    "speaker_before_quote",
    30,
    "quote",
    "a speaker and a reporting verb before the quote, a hearer or an adverbial between",
    (
        "Tomas Reyes told reporters: «Nobody is going out on the water.»",
        "She says the fee is “a tax on the poor.” She adds, “Nobody asked us.”",
    ),
)
def speaker_before_quote(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, cue, lemma, end) of `Smith said: "…"`."""
    view = ctx.view
    lo = max(_introducing_paragraph(view, p_start, q.start), q.start - 200)
    toks = tokens(view, lo, q.start)
    if not toks:
        return None
    j = len(toks) - 1
    if toks[j].text in (",", ":"):
        j -= 1
    # skip a hearer or adverbial between the verb and the quote
    for k in range(j, max(-1, j - 10), -1):
        if stops_sentence(toks, k):
            break  # a verb of an earlier sentence is not this quote's
        c = cue_at(toks, k)
        if c is None or _name_part(toks, k):
            continue
        if noun_position(toks, k, 0):
            obj = np_left(toks, k, _sentence_start(toks, k), appositive=False)
            if obj is not None and obj > 0 and toks[obj - 1].low in _DETERMINERS:
                obj -= 1  # np_left leaves a possessive out
            if obj is not None and obj > 0 and toks[obj - 1].low in _PREPOSITIONS:
                continue  # "said in her reply:": the noun is a preposition's object, an adverbial; the verb is before it
            # "made the following comment:": a noun, no verb; the one who gives it may be the speaker
            return _giver_of_words(toks, k, j, q) if k == j else None
        if c[1] < j and not _skip_to(toks, c[1] + 1, j + 1) and not _topic(toks, c[1] + 1, j + 1):
            return _inverted(toks, k, c, j, q)
        first = _sentence_start(toks, k)
        # a gerund of saying after a verb of memory or report ("recalled thinking, “…”",
        # "denies saying, “…”") has that verb's subject: the verb group opens with that verb
        head = k - 1 if k - 1 > first and toks[k].low.endswith("ing") and _takes_gerund(toks[k - 1].low) else k
        vg = verb_group_start(toks, head, first)
        if vg - 2 > first and toks[vg - 1].low == "who" and toks[vg - 2].text == ",":
            # "… hired Ana Ruiz, who joked about the pier, “…”": the relative's antecedent, a name
            name = vg - 3
            while name >= first and toks[name].text[:1].isupper() and toks[name].text.isalpha():
                name -= 1
            if vg - 3 - name < 2 or toks[name + 1].text in lx.NON_NAME_CAPS:
                return None
            return (toks[name + 1].start, toks[vg - 3].end), (toks[vg].start, toks[c[1]].end), c[0], q.end
        if vg == k and toks[k].low.endswith("ing") and (path := path_participle_speaker(toks[first:], k - first)):
            return path, (toks[vg].start, toks[c[1]].end), c[0], q.end  # "marched through the town shouting “…”"
        subject_end = _before_adverbial(toks, vg - 1, first)
        np_start = np_left(toks, subject_end, first)
        before = np_start - 1 if np_start is not None else -1
        if before > first and toks[before].low in _DETERMINERS:
            before -= 1  # "came her quick reply": np_left leaves a possessive out
        if np_start is None or (before >= first and toks[before].low in _PRESENTING):
            # "Then came the short answer: “…”": a noun phrase after "came" or "was" is what is
            # presented, the cue word its noun ("answer"), not a verb with a subject
            return None
        while np_start >= first + 2 and toks[np_start - 1].low in _PREPOSITIONS:
            # "The loudest critic in town said": the subject is the phrase the preposition's
            # object belongs to, not that object
            outer = np_left(toks, np_start - 2, first, appositive=False)
            if outer is None:
                break
            np_start = outer
        last = vg - 2 if toks[vg - 1].text == "," and vg - 2 > np_start else vg - 1  # "As Ana Ruiz, a planner, put it"
        if subject_end < vg - 1:
            last = subject_end
        if c[0] in _EVIDENCE_LEMMAS and (reporter := _reporter_of_clause(toks, np_start, first, q)) is not None:
            return reporter  # "she wrote that the figures showed “…”": she quotes it, not the figures
        if (
            (c[1] == j or _topic(toks, c[1] + 1, j + 1))
            and toks[-1].text not in (",", ":")
            and reported_clause_of(toks, np_start, first)
            and not quoted_clause(ctx.view[q.inner[0] : q.inner[1]])
        ):
            # "Moe said the province would continue “to fight …”": the quote ends the clause that
            # "said" reports, one report of Moe's read by the sentence patterns, not a second
            # (but "… said the inspector warned “the dam could fail”" quotes the inspector); so
            # does one after the verb's topic ("Ruiz said she had complained about it “twice”")
            return None
        return (toks[np_start].start, toks[last].end), (toks[vg].start, toks[c[1]].end), c[0], q.end
    given = _giver_of_words(toks, j, j, q) if toks[j].low in rk.SPEECH_NOUNS else None  # "issued a statement:"
    return given or _named_then_colon(toks, q) or _pointing_forward(toks, q)


_EVIDENCE_LEMMAS = frozenset(lx.EVIDENCE_FORMS.values())
# verbs of memory and of aspect that take a gerund ("remembers saying", "kept saying")
_GERUND_TAKERS = frozenset(lx.inflect("remember")) | (ASPECT - SEEM_FORMS)


def _name_part(toks: list[Token], k: int) -> bool:
    """Is the cue word at toks[k] a word of a name: capitalised right after a capitalised word, in
    a sentence with a content word in lower case before it ("She called Lakeview State “…”"); in a
    title-case line ("Mayor Ada Ruiz Says “…”") a capital is no sign of a name."""
    if k == 0 or not toks[k].text[:1].isupper() or not toks[k - 1].text[:1].isupper() or not is_word(toks[k - 1]):
        return False
    first = _sentence_start(toks, k)
    return any(is_word(t) and t.text.islower() and t.low not in ENGLISH_FUNCTION_WORDS for t in toks[first : k - 1])


def _takes_gerund(low: str) -> bool:
    """Is ``low`` a finite verb of saying, memory or aspect that takes a gerund ("recalled",
    "denies", "remembers", "kept"), not itself one in -ing?"""
    return not low.endswith("ing") and (low in lx.CUE_FORMS or low in _GERUND_TAKERS)


def _before_adverbial(toks: list[Token], j: int, first: int) -> int:
    """The last token of the subject when toks[j] closes an adverbial set off by commas between
    the subject and its verb ("The senator, in a statement, said:", "Ana Ruiz, on Monday,
    wrote:"), or a participle aside ("The mayor, smiling, said:"): the token before the opening
    comma; else j."""
    if toks[j].text != ",":
        return j
    for o in range(j - 1, max(first, j - 9), -1):
        if toks[o].text == ",":
            opener = toks[o + 1].low if o + 1 < j else ""
            adverbial = opener in _ADVERBIAL_OPENERS or (o + 1 < j and aside_participle(toks, o + 1))
            return o - 1 if o - 1 >= first and adverbial else j
        if not is_word(toks[o]):
            return j
    return j


# what opens an adverbial set off by commas after a subject: an adjunct's preposition or
# conjunction ("The warden, when asked, said"), a medium's, or a time adverb
_ADVERBIAL_OPENERS = COMMA_ADJUNCT_OPENERS | {"through", "via", "earlier", "later"}


def _reporter_of_clause(toks: list[Token], start: int, first: int, q: QuoteRegion) -> Found | None:
    """The speaker and verb of "X wrote that …" when the clause at toks[start] is the "that"
    complement of a verb of saying, an adverbial between them or not ("wrote on its website
    that …"): who reports that clause reports the quote in it."""
    if start - 2 <= first or toks[start - 1].low != "that":
        return None
    # the verb right before "that", or before an adverbial that runs up to it
    k = next(
        (v for v in range(start - 2, max(first, start - _ADVERBIAL_REACH), -1)
         if (c := cue_at(toks, v)) is not None and c[1] == v
         and (v == start - 2 or skip_adverbials(toks, v + 1, start) == start - 1)),
        None,
    )  # fmt: skip
    if k is None or k <= first or (c := cue_at(toks, k)) is None:
        return None
    vg = verb_group_start(toks, k, first)
    np_start = np_left(toks, vg - 1, first) if vg > first else None
    if np_start is None or c[0] in _EVIDENCE_LEMMAS:
        return None
    return (toks[np_start].start, toks[vg - 1].end), (toks[vg].start, toks[k].end), c[0], q.end


# the most words back from "that" the verb of an adverbial's clause may stand ("wrote in a
# letter to the board that")
_ADVERBIAL_REACH = 9


def _sentence_start(toks: list[Token], k: int) -> int:
    """The first token of the sentence that toks[k - 1] ends or is inside (0 when none stops before)."""
    return next((b + 1 for b in range(k - 1, -1, -1) if stops_sentence(toks, b)), 0)


def _pointing_forward(toks: list[Token], q: QuoteRegion) -> Found | None:
    """`Ana Ruiz took to her blog with this: “…”`, `… had this to say:`, `… put it like this:`: a
    clause whose last word points forward to the quote its colon opens ("this", "as follows");
    its subject, the last name or personal pronoun in it that no preposition governs, speaks."""
    j = len(toks) - 1
    if j < 3 or toks[j].text != ":":
        return None
    end = j - 2 if toks[j - 1].low == "say" and toks[j - 2].low == "to" else j
    if not (toks[end - 1].low == "this" or (toks[end - 1].low == "follows" and toks[end - 2].low == "as")):
        return None
    first = 0
    for b in range(j - 1, -1, -1):
        if stops_sentence(toks, b) or toks[b].text in ("“", "”", '"'):
            first = b + 1
            break
    found: tuple[int, int] | None = None
    k = first
    while k < end - 1:
        t = toks[k]
        if t.low in lx.PERSON_SUBJECT_PRONOUNS or (
            t.text[:1].isupper() and t.text.isalpha() and t.text not in lx.NON_NAME_CAPS
        ):
            run = k
            while k + 1 < end and (toks[k + 1].text[:1].isupper() or _initial(toks, k + 1)):
                k += 1
            governed = run > first and toks[run - 1].low in _GOVERNING
            # one capitalised word opening the sentence may be any word ("Partial transcript as follows:")
            lone_opener = run == k == first and toks[k].low not in lx.PERSON_SUBJECT_PRONOUNS
            if not governed and not lone_opener and k + 1 < end and toks[k + 1].text.islower():
                found = (run, k)
        k += 1
    if found is None:
        return None
    return (toks[found[0]].start, toks[found[1]].end), (toks[j].start, toks[j].end), None, q.end


def _initial(toks: list[Token], k: int) -> bool:
    """Is toks[k] the stop of an initial ("Ana M. Ruiz")?"""
    return toks[k].text == "." and toks[k - 1].end == toks[k].start and len(toks[k - 1].text) == 1


# words that govern the name after them, which so is no subject ("took to Twitter", "with Ana")
_GOVERNING = frozenset({"to", "with", "on", "in", "at", "from", "for", "by", "of", "about", "like", "than"})


def _giver_of_words(toks: list[Token], k: int, j: int, q: QuoteRegion) -> Found | None:
    """`Ana Ruiz issued a short statement: “…”`: a noun of words said or written right before the
    colon, the object of a verb of giving them; the verb's subject is the speaker."""
    if j + 1 >= len(toks) or toks[j + 1].text != ":":
        return None
    first = _sentence_start(toks, k)
    obj = np_left(toks, k, first, appositive=False)
    if obj is None or obj - 1 <= first or toks[obj - 1].low not in _GIVING:
        return None
    subject = np_left(toks, obj - 2, first)
    if subject is None:
        return None
    last = obj - 3 if toks[obj - 2].text == "," and obj - 3 >= subject else obj - 2
    return (toks[subject].start, toks[last].end), (toks[obj - 1].start, toks[k].end), None, q.end


# verbs whose object is words someone says or writes ("issued a statement", "made a comment")
_GIVING = frozenset({"made", "issued", "gave", "released", "posted", "offered", "shared", "sent", "delivered"})


def _introducing_paragraph(view: str, p_start: int, q_start: int) -> int:
    """Where the speaker clause may start: the quote's paragraph, or the paragraph before when
    the quote opens its own and that one ends in a colon (`Ana Ruiz said:` ⏎ `“…”`), the
    colon introducing the quoted paragraph as it would a quote on its line."""
    if view[p_start:q_start].strip() or p_start == 0:
        return p_start
    before = view[:p_start].rstrip()
    if not before.endswith(":"):
        return p_start
    return view.rfind("\n", 0, len(before)) + 1


def _named_then_colon(toks: list[Token], q: QuoteRegion) -> Found | None:
    """`Ana Ruiz, the harbour's engineer, is more direct: “…”`: a sentence whose subject is a
    name and whose predicate is a copula and a few words (how the person speaks) ends in a colon
    right before the quote; the named subject is the speaker, the colon the cue. A pronoun of a
    person may open a short clause of any verb so (`She put it plainly: “…”`)."""
    j = len(toks) - 1
    if j < 3 or toks[j].text != ":":
        return None
    first = _sentence_start(toks, j)
    if (
        toks[first].low in _PERSONAL_PRONOUNS
        and 2 <= j - first <= 7
        and all(t.text.isalpha() for t in toks[first:j])
        and _of_speaking(toks[first + 1 : j])
    ):
        # "She put it plainly: “…”", "He was blunt: “…”": a short clause of a person's, in words
        # only, whose colon opens the quote, tells how that person speaks (not "She received a
        # text message: “…”", words someone else sent)
        return (toks[first].start, toks[first].end), (toks[j].start, toks[j].end), None, q.end
    it = next((k for k in range(j - 1, max(first + 1, j - 4), -1) if toks[k].low == "it"), None)
    # the subject ends before the verb, or before a relative clause set off by commas on it
    # ("Ana Ruiz, who has sorted cans for years, put it simply:")
    s_end = it - 1 if it is not None else first
    if it is not None and toks[it - 2].text == ",":
        s_end = next((c for c in range(first + 1, it - 2) if toks[c].text == "," and toks[c + 1].low == "who"), first)
    if (
        it is not None
        and s_end > first
        and toks[it - 1].low in _PUT_IT
        and all(t.text.isalpha() for t in toks[it - 1 : j])
        and np_right(toks, first, s_end, stop_at_comma=False) == s_end
        and (
            toks[first].low in _DETERMINERS
            or (toks[first].text[:1].isupper() and toks[first].text not in lx.NON_NAME_CAPS)
            or (s_end == first + 1 and toks[first].low in lx.GROUP_NOUNS)  # "Police put it bluntly:"
        )
    ):
        # "Volunteer Ida Lorne put it simply: “…”", "The coach summed it up: “…”": a verb with
        # "it" for the words to come, and a few words of how, right before the colon; its
        # subject, a noun phrase, speaks
        return (toks[first].start, toks[s_end - 1].end), (toks[j].start, toks[j].end), None, q.end
    copula = next((k for k in range(j - 1, max(first, j - 5), -1) if toks[k].low in _COPULAS), None)
    if copula is None or not all(t.text.isalpha() for t in toks[copula + 1 : j]) or copula + 1 == j:
        return None
    head = toks[first].text
    if not (head[:1].isupper() and head.isalpha() and head not in lx.NON_NAME_CAPS):
        return None
    end = np_right(toks, first, copula, stop_at_comma=False)
    if end is None or end < copula - 1 or (end == copula - 1 and toks[end].text != ","):
        return None
    last = copula - 2 if toks[copula - 1].text == "," else copula - 1
    return (toks[first].start, toks[last].end), (toks[j].start, toks[j].end), None, q.end


_COPULAS = frozenset({"is", "was"})


def _of_speaking(predicate: list[Token]) -> bool:
    """Does a short predicate tell how its subject speaks: a copula ("was blunt"), "it" ("put it
    plainly"), or a verb of saying ("wrote simply")?"""
    verb = predicate[0].low
    return (
        verb in _COPULAS
        or verb in ("were", "are")
        or verb in lx.CUE_FORMS
        or any(t.low == "it" and predicate[k - 1].low in _PUT_IT for k, t in enumerate(predicate) if k)
    )


# verbs of putting into words whose "it" is the words to come ("put it simply", "summed it up",
# "said it best"); not of hearing or reading ("heard it firsthand", "read it aloud"): their
# subject receives or reads out someone else's words
_PUT_IT = frozenset({
    "put", "puts", "putting", "sum", "sums", "summed", "summing", "say", "says", "said", "saying",
    "state", "states", "stated", "stating", "phrase", "phrases", "phrased", "phrasing", "word", "words",
    "worded", "wording", "spell", "spells", "spelled", "spelt", "spelling", "lay", "lays", "laid",
    "laying", "tell", "tells", "told", "telling", "explain", "explains", "explained", "explaining",
    "describe", "describes", "described", "describing", "summarize", "summarizes", "summarized",
    "summarise", "summarises", "summarised",
})  # fmt: skip


_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _inverted(toks: list[Token], k: int, c: tuple[str, int], j: int, q: QuoteRegion) -> Found | None:
    """`…, asks the paper's editor Ana Ruiz, “…”`: a verb of speech after a comma (or opening its
    sentence) with its speaker after it, a name or a phrase ending in one, right before the quote.
    After a subject ("He asks Ana Ruiz, “…”") the name is the hearer, and no speaker is found."""
    if lx.CUE_KIND.get(toks[k].low) != "speech" or not (
        k == 0 or toks[k - 1].text == "," or stops_sentence(toks, k - 1)
    ):
        return None
    if j + 1 >= len(toks) or toks[j + 1].text != "," or not (toks[j].text[:1].isupper() and toks[j].text.isalpha()):
        return None
    end = np_right(toks, c[1] + 1, j + 1, stop_at_comma=False)
    if end != j + 1:
        return None
    return (toks[c[1] + 1].start, toks[j].end), (toks[k].start, toks[c[1]].end), c[0], q.end


# verbs that present a noun phrase after them ("here was the reply", "then came the answer")
_PRESENTING = frozenset({"was", "is", "came", "comes", "were", "are"})
_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your"})
_PREPOSITIONS = frozenset({"in", "of", "at", "from", "on", "for", "with"})


def _topic(toks: list[Token], i: int, hi: int) -> bool:
    """Are toks[i:hi] what the words are about, "of" or "about" and a short phrase with no stop
    or quote in it ("said of the new library, “…”", "joked about the pier, “…”")?"""
    return (
        i < hi
        and toks[i].low in ("of", "about")
        and hi - i <= 9
        and all(t.text not in (",", ":", ";", ".", "!", "?") for t in toks[i + 1 : hi])
        and all(is_word(t) or t.text in ("’", "'", "-", "&") for t in toks[i + 1 : hi])
    )


def _skip_to(toks: list[Token], i: int, hi: int) -> bool:
    """Are toks[i:hi] only a hearer and adverbials (so the quote is the verb's content)?"""
    k = skip_hearer(toks, i, hi)
    k = skip_adverbials(toks, k, hi)
    return k >= hi
