"""The speaker after a quote: `"…," he said`, `"…," said Smith`, `"…," Smith, a spokesman, said`
(the verb may come before its speaker, or after)."""

from __future__ import annotations

from summarizer.rules.attribution.complements import skip_adverbials
from summarizer.rules.attribution.context import Context, Found, stops_sentence
from summarizer.rules.attribution.contractions import split_contractions
from summarizer.rules.attribution.cue_nouns import compound_noun, noun_position, np_right
from summarizer.rules.attribution.dash_signoff import dash_signoff
from summarizer.rules.attribution.phrases import be_before, contracted_subject, np_left
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.reporting_verbs import cue_at
from summarizer.rules.attribution.verb_groups import verb_group_start
from summarizer.rules.attribution.verb_hearers import skip_hearer
from summarizer.rules.attribution.verb_objects import accusation
from summarizer.rules.attribution.words import (
    ALL_POSSESSIVES,
    COMPLEMENTIZERS,
    PERSON_RELATIVES,
    TIME_WORDS,
    holds_cue_word,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled
from summarizer.text.segments import Token, tokens


@pattern(
    "speaker_after_quote",
    20,
    "quote",
    "a speaker and a reporting verb right after the quote, either order",
    (
        "“We have never seen waves this high,” said Mara Quill.",
        '"The pier stays closed," she added.',
        "“We need more time,” council member Ada Pine said, “and a hearing first.”",
        'Closing the pier "makes no sense," the harbour master said.',
        "“The ferry will run again on Friday,” the port's notice read.",
        "“The ferry will run again on Friday,” reads a notice from the port authority.",
        "“The ferry will run again on Friday.” That is how the harbour master put it.",
    ),
)
def speaker_after_quote(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, cue, lemma, end) of `"…," he said` / `"…," said Smith`."""
    view = ctx.view
    alone = not view[q.end : p_end].strip()
    # a quote that is its own paragraph may be named by the sentence that opens the next one
    limit = q.end + 160 if alone else min(p_end, q.end + 160)
    toks = split_contractions(tokens(view, q.end, limit))  # `"…," he’d told`: "he" "had" "told"
    i = 0
    while i < len(toks) and toks[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= len(toks):
        return None
    stop = len(toks)
    for k in range(i, len(toks)):
        if stops_sentence(toks, k) and not _inside_word(toks, k):
            stop = k
            break
    pointing_back = toks[i].low in _POINTING_BACK and _ends_sentence(view, q)
    named = _reply_of(toks, i, stop, pointing_back) or (
        _how_put(toks, i, stop) if pointing_back and not _cued_before(view, q, p_start) else None
    )
    if named is not None or alone:
        return named
    # inverted with a document: `"…," reads a statement from the parks department`: the document's
    # giver after "from" or "by" speaks, or the document itself when none is named
    if toks[i].low in _READ and i + 2 < stop and toks[i + 1].low in _ARTICLES_AND_POSSESSIVES:
        end = np_right(toks, i + 1, stop)
        doc = next((k for k in range(i + 2, end or i) if toks[k].low in lx.DOCUMENT_HEADS), None)
        if end is not None and doc is not None:
            giver = next((k for k in range(doc + 1, end - 1) if toks[k].low in ("from", "by")), None)
            if giver is None:
                return (toks[i + 1].start, toks[end - 1].end), (toks[i].start, toks[i].end), "read", toks[end - 1].end
            # the cue runs to "from": the giver reports by the document, not by reading; the giver
            # ends before a phrase of whom to, when or where ("from parents to the council", "by
            # the family on Sunday") and takes a name set off after it ("from her husband, Ian Roe")
            end = _giver_end(toks, giver + 1, end, stop)
            return (
                (toks[giver + 1].start, toks[end - 1].end),
                (toks[i].start, toks[giver].end),
                "read",
                toks[end - 1].end,
            )
    # a quote that runs on into its tag (`"…," the`, `"…!" she`, not `"…!" The`) gives the tag's
    # verb its words told
    tagged = not _ends_sentence(view, q) or toks[i].text[:1].islower()
    inverted = _inverted(toks, i, stop, tagged)
    if inverted is not None:
        return inverted
    # normal: he said / Smith, a spokesman, said
    for k in range(i + 1, min(stop, i + 40)):
        if toks[k].low in _READ and toks[k - 1].low in lx.DOCUMENT_HEADS:
            c: tuple[str, int] | None = ("read", k)  # `"…," the post read`: a document's words
        elif k + 1 < stop and toks[k + 1].low in _READ and toks[k].low in lx.DOCUMENT_HEADS:
            continue  # "the post read": a noun before "read", not the verb "post"
        else:
            c = cue_at(toks, k, quoted=tagged) if not toks[k].text[:1].isupper() else None  # "United States" is no verb
        if (
            c is None
            or (noun_position(toks, k, i) and not contracted_subject(toks[k - 1]))
            or compound_noun(toks, k, c[1], stop, i)
        ):
            # "…, one of the states that sued the agency, said": "states" is a noun there; but
            # `"…," he’s said`: a pronoun written with "has" before the cue, which is a verb
            continue
        vg = verb_group_start(toks, k, i)
        if _in_set_off_relative(toks, vg, i):
            # `"…," the woman, who asked not to be named, said`, `"…," the woman, whom police did
            # not name, said`: the verb of a relative clause set off on the subject is no tag; the
            # tag's verb comes after its closing comma
            continue
        np_start = np_left(toks, vg - 1, i)
        if np_start == i + 1 and toks[i].low in ALL_POSSESSIVES:
            np_start = i  # "her statement", "his spokesman": the determiner opens the phrase
        elif np_start != i and toks[vg - 1].text == "," and _name_then_comma(toks, i, vg - 1):
            np_start = i  # `"…," Ana Ruiz, the firm's founder and its chief engineer, said`
        by = c[1] + 1
        if (
            np_start is not None
            and np_start == i
            and c[0] in lx.HEARER_VERBS
            and be_before(toks, vg, k)
            and skip_hearer(toks, by, stop) == by  # (not "he’s told reporters": "has", a hearer after)
        ):
            # `"…," he was told by the captain`, `"…," we’re told`: the one told is a passive's
            # subject, no speaker; the agent after "by" speaks, else no one named
            end = np_right(toks, by + 1, stop) if by + 1 < stop and toks[by].low == "by" else None
            if end is None:
                return None
            end = _giver_end(toks, by + 1, end, stop)  # "by the captain on Monday"
            return (toks[by + 1].start, toks[end - 1].end), (toks[vg].start, toks[by].end), c[0], toks[end - 1].end
        if np_start is not None and np_start == i:
            # "… rules.'' The station said it would …": that verb reports its own clause
            # (`"…?" Ruiz asked the crowd.`: a lone hearer is all the verb took, the quote its words)
            after = skip_adverbials(toks, skip_hearer(toks, c[1] + 1, stop, lone=c[0] in lx.HEARER_VERBS), stop)
            if after < stop and toks[after].text not in (",", "—", "–", "-") and _ends_sentence(view, q):
                return None
            if accusation(toks, c[0], c[1] + 1, stop) != c[1] + 1:
                return None  # `"…," Vell accused Holt of being …`: the charge after "of" is the verb's content
            # "… change.” She adds, “What kind of …”: the verb opens the next quote
            if (
                _ends_sentence(view, q)
                and after < len(toks)
                and toks[after].text in (",", ":")
                and after + 1 < len(toks)
                and toks[after + 1].text in ALL_QUOTES
            ):
                return None
            sp_last = vg - 2 if toks[vg - 1].text == "," and vg - 2 >= np_start else vg - 1
            sp_end = toks[sp_last].end
            if sp_last == np_start and (n := contracted_subject(toks[np_start])):
                sp_end = toks[np_start].start + n  # `"…," he’s said`: the pronoun written with "has" or "is"
            return (toks[np_start].start, sp_end), (toks[vg].start, toks[c[1]].end), c[0], toks[c[1]].end
        break
    return None


def _inverted(toks: list[Token], i: int, stop: int, tagged: bool) -> Found | None:
    """The verb before its speaker: `"…," said Smith`, `"…," said the minister` (``tagged``: the
    quote runs on into this tag, its words told: `"…," fired back the coach`)."""
    cue = cue_at(toks, i, quoted=tagged)
    if cue is None and i + 1 < stop and toks[i].low in lx.AUXILIARIES:
        cue = cue_at(toks, i + 1, quoted=tagged)
    if (
        cue is not None
        and cue[1] + 1 < stop
        and not toks[i].low.endswith("ing")  # `"…," saying they …`: a participle has its subject before, never after
        # (the kind of the form as matched: "points out" is speech, "points" alone none)
        and lx.CUE_KIND.get(" ".join(t.low for t in toks[i : cue[1] + 1])) == "speech"
        and toks[cue[1] + 1].low not in COMPLEMENTIZERS
        and not compound_noun(toks, i, cue[1], stop, i)  # `"…," state Sen. Ada Lee said`: a title's modifier
    ):
        end = np_right(toks, cue[1] + 1, stop, stop_at_comma=False)
        if end is not None:
            return (
                (toks[cue[1] + 1].start, toks[end - 1].end),
                (toks[i].start, toks[cue[1]].end),
                cue[0],
                toks[end - 1].end,
            )
    return None


def _giver_end(toks: list[Token], first: int, end: int, stop: int) -> int:
    """End (exclusive) of a document's giver from toks[first] within the document's phrase."""
    end = next((k for k in range(first + 1, end) if toks[k].low in _AFTER_GIVER or toks[k].low in TIME_WORDS), end)
    if end + 1 < stop and toks[end].text == "," and toks[end + 1].text[:1].isupper():
        name = end + 1
        while name < stop and (toks[name].text[:1].isupper() or (toks[name].text == "." and name > end + 1)):
            name += 1
        if name == stop or toks[name].text in (",", "."):
            return name  # "from her husband, Ian Roe": the name in apposition
    return end


# words after a document's giver that tell to whom, when or where it was given
_AFTER_GIVER = frozenset({"to", "on", "in", "at", "last", "this", "earlier", "after", "before"})


def _reply_of(toks: list[Token], i: int, stop: int, pointing_back: bool) -> Found | None:
    """`"…" was the reply of one viewer`: a noun of reply, its speaker after "of" or "from"; after
    a quote that ends its sentence, a demonstrative points back to it (`“…” That was the advice
    on Monday from Ranger Ana Ruiz.`)."""
    b = i + 1 if pointing_back else i
    if not (
        b + 3 < stop and toks[b].low in ("was", "is") and toks[b + 1].low == "the" and toks[b + 2].low in _REPLY_NOUNS
    ):
        return None
    m = b + 3
    while m < stop and (
        toks[m].low in TIME_WORDS or (toks[m].low == "on" and m + 1 < stop and toks[m + 1].low in TIME_WORDS)
    ):
        m += 1  # "the advice Monday from …", "the message on Friday from …"
    end = np_right(toks, m + 1, stop, stop_at_comma=False) if m + 1 < stop and toks[m].low in ("of", "from") else None
    if end is None:
        return None
    return (toks[m + 1].start, toks[end - 1].end), (toks[b].start, toks[m].end), None, toks[end - 1].end


def _how_put(toks: list[Token], i: int, stop: int) -> Found | None:
    """`“…” That is how Ana Ruiz puts it.`, `That was how the mayor described the week.`: the
    manner of saying points back to the quote; the subject of the verb of wording speaks."""
    b = i + 1
    if not (b + 2 < stop and toks[b].low in ("was", "is") and toks[b + 1].low == "how"):
        return None
    verb = next((k for k in range(b + 3, min(stop, b + 16)) if toks[k].low in _WORDING_VERBS), None)
    if verb is None or np_left(toks, verb - 1, b + 2) != b + 2:
        return None
    # the idiom's own words go with the verb: "put it", "sums it up", "summed up"
    end = verb + 1
    for particle in ("it", "up"):
        if end < stop and toks[end].low == particle:
            end += 1
    return (toks[b + 2].start, toks[verb - 1].end), (toks[verb].start, toks[end - 1].end), None, toks[end - 1].end


def _cued_before(view: str, q: QuoteRegion, p_start: int) -> bool:
    """Does a verb of saying stand before the quote in its sentence (`He shouted “…”`)? Then the
    quote has its speaker, and a "that is how …" after it tells of something else."""
    before = _LAST_SENTENCE.search(view, p_start, q.start)
    return before is not None and holds_cue_word(before.group())


# the words of the sentence that runs up to a point
_LAST_SENTENCE = compiled(r"[^.!?\n]*$")


# verbs of putting something in words, which "that is how …" names the manner of
_WORDING_VERBS = frozenset({
    "put", "puts", "describe", "describes", "described", "explain", "explains", "explained", "sum", "sums",
    "summed", "phrase", "phrases", "phrased", "word", "words", "worded",
})  # fmt: skip


def _inside_word(toks: list[Token], k: int) -> bool:
    """Is toks[k] a full stop inside a word ("e.Go", "Ask.fm"), no sentence's end?"""
    return (
        toks[k].text == "."
        and 0 < k < len(toks) - 1
        and toks[k - 1].end == toks[k].start
        and toks[k + 1].start == toks[k].end
        and toks[k + 1].text[:1].isalnum()
    )


def _name_then_comma(toks: list[Token], i: int, comma: int) -> bool:
    """Do the tokens from ``i`` open with a name of two or more capitalised words and a comma,
    and reach ``comma`` with no stop, quote or dash between: the name's appositive, however long
    ("Ana Ruiz, the firm's founder and the engineer behind its van,")?"""
    k = i
    while k < comma and toks[k].text[:1].isupper() and toks[k].text.isalpha() and toks[k].low not in _NOT_NAMES:
        k += 1
    if k - i < 2 or toks[k].text != "," or k >= comma:
        return False
    return all(t.text not in _BREAKS for t in toks[k + 1 : comma])


_NOT_NAMES = frozenset({"the", "a", "an", "but", "and", "then", "he", "she", "they", "it", "we", "i"})
_BREAKS = frozenset({"—", "–", "-", ";", ":", "(", ")", *ALL_QUOTES})


# nouns of a reply that name its speaker after "of" or "from" ("was the verdict of one fan")
_REPLY_NOUNS = frozenset(
    {"response", "reply", "answer", "reaction", "verdict", "retort", "comment", "message", "advice", "warning", "plea"}
)

# "read" reports only with a document as its subject (`"…," her statement read`): "he read" is
# no verb of saying
_READ = frozenset({"read", "reads"})
_ARTICLES_AND_POSSESSIVES = ALL_POSSESSIVES | {"a", "an", "the"}
_POINTING_BACK = frozenset({"that", "this", "such"})


def _in_set_off_relative(toks: list[Token], vg: int, i: int) -> bool:
    """Is the verb group at toks[vg] inside a relative clause opened by ", who" (whom, whose)
    after toks[i] and not yet closed by a comma ("the clerk, who asked …", "the woman, whom
    police did not name …", "the man, whose son told …")?"""
    for m in range(vg - 1, i + 1, -1):
        if toks[m].text == ",":
            return False
        if toks[m].low in PERSON_RELATIVES and toks[m - 1].text == ",":
            return True
    return False


def speaker_after(ctx: Context, q: QuoteRegion, p_end: int) -> Found | None:
    """Does a speaker follow the quote (a dash sign-off or a cue)? A quote that has one opens
    an attribution of its own rather than join the one before."""
    return dash_signoff(ctx, q, q.start, p_end) or speaker_after_quote(ctx, q, q.start, p_end)


def _ends_sentence(view: str, q: QuoteRegion) -> bool:
    """Does the quote close a sentence of its own ("… policy." rather than "… policy,")?"""
    inner = view[q.inner[0] : q.inner[1]].rstrip()
    return inner[-1:] in (".", "!", "?", "…")
