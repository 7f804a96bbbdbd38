"""The stance verb pattern: a source's stance on something ("endorses", "called for", "took
aim at"), its object the content; read token by token in the subject-verb walk."""

from __future__ import annotations

from summarizer.rules.attribution.appositive_relative import appositive_close
from summarizer.rules.attribution.asked import asked_about
from summarizer.rules.attribution.clauses import participle_subject, subject_of
from summarizer.rules.attribution.complements import skip_adverbials
from summarizer.rules.attribution.content import content_end
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.other_senses import convenes
from summarizer.rules.attribution.phrases import is_word, np_left, source_head
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.restrictive_relatives import main_clause_after
from summarizer.rules.attribution.verb_objects import accusation, attitude_object, object_end
from summarizer.rules.attribution.words import (
    ACT_FORMS,
    NEGATIONS,
    OBJECT_CLAUSE_OPENERS,
    PREPOSITIONS,
    REFLEXIVES,
    SETTING_OPENERS,
    SPEECH_EVENTS,
    SUBORDINATORS,
    SUMMONED_NOUNS,
    main_verb_after,
)
from summarizer.text import lexicon as lx
from summarizer.text.base import ALL_QUOTES, Span
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.segments import Token

# what opens no object: a preposition other than "to" (one of motion too: "called into a radio
# show", "weighed into the debate", "pushed into the hall"), a conjunction
_NO_OBJECT_OPENERS = PREPOSITIONS | {"as", "because", "since", "while", "and", "but", "or", "into", "onto"}


# the binding acts ("approved", "vetoed"): what their object quotes is someone else's words
_ACTS = frozenset(ACT_FORMS.values())


# what ends a vote's adjuncts before its infinitive
_STOPS = frozenset({".", ";", ":", "?", "!", "—", "–"})


# stance verbs that also name a change in quantity ("turnout declined sharply"): read so when an
# adverb of manner or degree or a number follows, where a refusal takes an infinitive or an object
_CHANGE_VERBS = {"decline"}


# the listed phrasal stances ("push back on", "lash out at") are read whole before this
_PARTICLES = {"forward", "ahead", "through", "up", "down", "off", "out", "away", "back", "over", "around"}


def _as_complement(toks: list[Token], lo: int, hi: int) -> bool:
    """Is there an "as" in toks[lo:hi] that opens a verb's complement ("see the plan as a
    giveaway"), not one of a comparison's pair ("saw nearly as much interest as …")?"""
    at = [m for m in range(lo, hi) if toks[m].low == "as"]
    return any(all(abs(m - n) > 6 for n in at if n != m) for m in at)


@pattern(
    "stance_verb",
    120,
    "within",
    "a stance verb with its object or infinitive (read inside the subject_verb walk, token by token)",
    (
        "The teachers' union endorses Okafor during a rally.",
        "The residents continued to call for a new bridge.",
        "Critics see the plan as a giveaway to developers.",
        "The Dock Workers Union, which represents 4,000 members, wants to delay the vote.",
    ),
)
def read_stance(
    scan: SentenceScan, k: int, vg: int, last: int, lemma: str, passive: bool, causer: Span | None = None
) -> int:
    """Record the stance whose verb group is toks[vg:last + 1] (``causer``: the source named
    outside the subject's place, a causative verb's object or a pronoun written with "be");
    the index to read on from."""
    view, toks, end_idx = scan.view, scan.toks, scan.end_idx
    if passive or (
        toks[k].low.endswith("ing")
        and vg == k
        and not (k > 0 and (toks[k - 1].text == "," or toks[k - 1].low in SPEECH_EVENTS))
    ):
        return last + 1  # "was criticized", "the growing …": no source speaks here
    if asked_about(toks, vg):
        # "Asked whether Ivy Marsh wanted to run, Sam Yeo said …": what a question asks about is
        # no one's stance (the main clause's cue is read on from the verb)
        return last + 1
    content_start = skip_adverbials(toks, last + 1, end_idx)
    if (
        content_start >= end_idx
        or (toks[content_start].low in _NO_OBJECT_OPENERS and toks[content_start].low != "to")
        or (not is_word(toks[content_start]) and toks[content_start].text not in ALL_QUOTES)
    ):
        return last + 1
    if convenes(toks, content_start, end_idx, lemma):
        return last + 1  # "who called the vote": a meeting or a vote convened, no stance
    if lemma == "call for" and _summoned(toks, content_start, end_idx):
        return last + 1  # "called for help", "called for an ambulance": a shout or a phone call, no demand
    if lemma == "vote" and toks[content_start].low != "to":
        # "voted unanimously", "voted by show of hands": only an infinitive tells what was decided,
        # after the vote's manner or tally ("voted 9-4 along party lines, to send it …")
        to = next((m for m in range(content_start, min(end_idx - 1, content_start + 8)) if toks[m].low == "to"), None)
        if to is None or not toks[to + 1].text.islower() or any(t.text in _STOPS for t in toks[content_start:to]):
            return last + 1
        content_start = to
    if lemma in _CHANGE_VERBS and (toks[content_start].low.endswith("ly") or toks[content_start].text[:1].isdigit()):
        return last + 1  # "has declined slightly", "declined 4 percent": a quantity fell, nobody refused
    if toks[last + 1].low in _PARTICLES:
        return last + 1  # "pushed ahead with", "is pushing forward": a phrasal verb, no stance
    if toks[content_start].low == "such" and content_start + 1 < end_idx and toks[content_start + 1].low == "as":
        return last + 1  # "Republican advocates such as …": a plural noun, no verb
    # a relative clause set off by commas ("Ben Ade, who voted against it, said …"): the stance
    # is the noun phrase's before it, and ends with the clause
    rel_end = appositive_close(toks, vg, end_idx) or end_idx  # "The mayor, who called the vote, left"
    subject = causer if causer is not None else subject_of(toks, vg)
    if causer is None and vg >= 3 and toks[vg - 1].low == "who" and toks[vg - 2].text == ",":
        s = np_left(toks, vg - 3, 0, appositive=False)
        if s is not None:
            subject = (toks[s].start, toks[vg - 3].end)
            rel_end = next(
                (m for m in range(last + 1, end_idx - 1) if toks[m].text == "," and main_verb_after(toks, m + 1)),
                rel_end,
            )
    if causer is None and vg >= 2 and toks[vg - 1].low in ("who", "that", "which") and toks[vg - 2].text != ",":
        # "Cities that support the plan say …": a relative inside the subject, whose stance
        # ends where the main clause's verb starts; its source is the noun before the pronoun
        main = main_clause_after(toks, vg - 1, last, end_idx)
        if main is not None:
            subject, rel_end = (main[0][0], toks[vg - 2].end), main[1]
    if subject is None and not (vg > 0 and toks[vg - 1].text == "," and toks[k].low.endswith("ing")):
        return last + 1
    who: Span | None = None if subject in (None, (-1, -1)) else subject
    if who is None and vg > 0 and toks[vg - 1].text == ",":
        # "“…,” she said, citing …": in a sentence that opens with a quote, the quote's speaker
        # (as a participle of saying is read in subject_verb); else the sentence's subject
        opens_quote = toks[0].text in ALL_QUOTES or scan.ctx.inside_quote(toks[0].start) is not None
        quoted = scan.ctx.quote_speaker_in(toks[0].start, toks[vg - 1].start) if opens_quote else None
        who = quoted or _set_off_speaker(toks, vg - 1) or participle_subject(toks, vg - 1)
    # only a source takes a stance: "the drones …, highlighting" reports nobody's view
    if who is not None and not source_head(view, who):
        return last + 1
    charged = accusation(toks, lemma, content_start, end_idx)
    if charged == content_start:
        charged = attitude_object(toks, content_start, end_idx)  # "expressed misgivings about"
    if charged != content_start:
        content_start, last = charged, charged - 1  # the cue reads "accused Vane of"
    c_end_idx = content_end(toks, content_start, rel_end)
    if lemma in ("see", "view", "regard") and not _as_complement(
        toks, content_start, min(c_end_idx, content_start + 12)
    ):
        return last + 1  # "critics see the plan as a giveaway" is a view; "police saw a car" is not
    if toks[content_start].low not in OBJECT_CLAUSE_OPENERS and toks[content_start].text not in ALL_QUOTES:
        c_end_idx = object_end(toks, content_start, c_end_idx)
    if lemma in _ACTS and toks[content_start].low in REFLEXIVES:
        return last + 1  # "he imposed himself on the game": no body's position made binding
    quote_at = next((m for m in range(content_start, c_end_idx) if toks[m].text in ALL_QUOTES), None)
    if quote_at is not None and (lemma in _ACTS or lemma == "vote"):
        # "voted to approve the budget, which the governor called “reckless”": a clause set off
        # before the quote speaks of the decision's object, in someone else's words
        c_end_idx = next((m for m in range(quote_at - 1, content_start, -1) if toks[m].text == ","), c_end_idx)
    if any(t.text in ALL_QUOTES for t in toks[content_start:c_end_idx]) and (
        any(t.low in NEGATIONS or t.low in lx.NEGATED_AUXILIARIES for t in toks[vg:k]) or lemma in _ACTS
    ):
        # "did not call him a “hero”": a denied act, so the quoted words are not its source's;
        # "approved a levy in what critics call a “…”": an act's object quotes someone else
        return last + 1
    cue_span = (toks[vg].start, toks[last].end)
    c_start, c_end = toks[content_start].start, toks[c_end_idx - 1].end
    # 'called the plan "a disaster."': a quote that opens in the content and closes past the
    # sentence's last stop keeps its closing mark; 'called it "slow, and costly"': an object's end
    # read inside the quote (its comma, its "and") is none, the quoted words run to their mark
    limit = max(c_end, scan.sent.end) + 2
    c_end = next((q.end for q in scan.ctx.quotes if c_start <= q.start < c_end < q.end <= limit), c_end)
    scan.add("stance_verb", (c_start, c_end), who, cue_span, lemma, short_ok=True)
    return last + 1


def _summoned(toks: list[Token], i: int, end_idx: int) -> bool:
    """Is the object at toks[i] one summoned (SUMMONED_NOUNS), bare or after "a"/"an" ("help",
    "backup", "an ambulance"), not one modified as a demand's ("more police", "federal help")?
    The noun ends the object: one it modifies ("backup generators", "a taxi rank"), one it takes
    ("help for farmers", "help from the province", "help in paying"), or an infinitive on it ("a
    doctor to be posted at every school") makes the object a demand's; a clause or adjunct after
    it ("help after the crash", "backup as the fire spread") or another summoned one does not."""
    if toks[i].low in ("a", "an") and i + 1 < end_idx:
        i += 1
    if toks[i].low not in SUMMONED_NOUNS:
        return False
    nxt = i + 1
    if nxt >= end_idx or not toks[nxt].text[:1].isalnum():
        return True
    low = toks[nxt].low
    if low in ("and", "or") and nxt + 1 < end_idx:
        # "an ambulance and a doctor", "help and waited", the subject's next verb (the tree's verb
        # test); not "… and a lawyer", nor a word in -ed before its noun ("backup and armed guards")
        return _summoned(toks, nxt + 1, end_idx) or _next_verb(toks, nxt + 1, end_idx)
    if low in _DEMAND_COMPLEMENTS or (low == "in" and nxt + 1 < end_idx and toks[nxt + 1].low.endswith("ing")):
        return False
    return low in _NO_OBJECT_OPENERS or low in SETTING_OPENERS or low in SUBORDINATORS


def _next_verb(toks: list[Token], i: int, end_idx: int) -> bool:
    """Is toks[i] a finite verb (words.main_verb_after) with no plain word of its own after it, as
    a modifier has its noun: "and waited", "and waited for them", "and left the town"; not "and
    armed guards", "and trained medics"."""
    if not main_verb_after(toks, i, any_finite=True):
        return False
    after = toks[i + 1] if i + 1 < end_idx else None
    return after is None or not after.text.isalpha() or after.low in ENGLISH_FUNCTION_WORDS


# what a demanded noun takes after it: a beneficiary, a source, a kind, an infinitive
_DEMAND_COMPLEMENTS = frozenset({"for", "from", "of", "with", "to"})


def _set_off_speaker(toks: list[Token], comma: int) -> Span | None:
    """The subject of a speaker clause set off by commas just before the participle's comma at
    toks[comma] ("…” to lift the price, she said, citing …", "…, Ruiz wrote, referring to …"):
    a pronoun or a capitalised name of a word or two, then a verb of saying; None otherwise."""
    v = comma - 1
    if v < 2 or lx.SPEECH_FORMS.get(toks[v].low) is None or toks[v].low.endswith("ing"):
        return None
    s = v - 1
    if toks[s].low not in lx.PERSON_SUBJECT_PRONOUNS:
        while s > 0 and toks[s].text[:1].isupper() and toks[s].text.isalpha() and v - s < 3:
            s -= 1
        s += 1
        if s == v:
            return None
    before = toks[s - 1].text if s > 0 else ""
    if before != "," and before not in ALL_QUOTES:
        return None
    return (toks[s].start, toks[v - 1].end)
