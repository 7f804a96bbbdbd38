"""The kind of a report, decided from its cue and its type alone: speech, belief, evidence or
stance (schema 3), from the lexicon's classes of verbs, nouns and adjectives.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.schema import ReportKind
from summarizer.text.base import DOUBLE_QUOTES
from summarizer.text.language import ENGLISH_FUNCTION_WORDS
from summarizer.text.lexicon import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_FORMS,
    AUXILIARY_VERBS,
    COGNITION_FORMS,
    EVIDENCE_FORMS,
    HEARSAY_ADVERBS,
    NEGATED_AUXILIARIES,
    PARTISAN_NOUNS,
    SPEECH_FORMS,
    STANCE_FORMS,
    inflect,
)
from summarizer.text.numbers import NUMBER_WORDS
from summarizer.text.regex import compiled
from summarizer.text.spoken_things import THING_OR_CLAUSE_VERBS, names_a_thing

# ---------------------------------------------------------------- the kind of a report
# What an attribution reports, decided from its cue and its type alone, for any model:
# "speech", said or written (a verb of saying, "according to", a colon, and any words in quote
# marks); "belief" (a verb of cognition: believe, expect, fear, know); "evidence" (a verb of
# evidence, or seem / appear: a report finds, a poll shows; an adverb of hearsay as the whole
# cue, "was reportedly armed": how the writer came by the claim, no one's words); "stance", what a source wants,
# plans, backs or attacks (a stance verb, or a noun of intention or stance: a plan to, an effort
# to). A cue of two classes takes the first of speech, belief, evidence, stance ("urged",
# "promised", "described" were said); a cue of none (an unlisted noun, a colon) is speech, the
# sense every attribution has at least. A verb of saying after a modal of future or possibility
# ("will argue", "may respond", "won't say") reports no statement made but a position its source
# is expected to take: a stance. ("would" and "can" stay: "would later say" and "can confirm"
# tell of statements made.)
SEEM_FORMS = frozenset(inflect("seem") + inflect("appear"))
SPEECH_NOUNS = frozenset({
    "statement", "statements", "remarks", "comments", "interview", "interviews", "speech",
    "speeches", "testimony", "announcement", "announcements", "letter", "message", "email",
    "release", "words", "assurance", "assurances", "request", "requests", "allegation",
    "allegations", "accusation", "accusations", "admission", "denial", "warning", "warnings",
    "explanation", "argument", "arguments", "threat", "threats",
    "according to",  # the phrase, whatever follows it
})  # fmt: skip
BELIEF_NOUNS = frozenset({
    "belief", "beliefs", "opinion", "opinions", "expectation", "expectations",
    "concern", "concerns", "assumption", "suspicion", "conviction", "impression", "perception",
    "suspicions", "theory", "theories",
})  # fmt: skip
EVIDENCE_NOUNS = frozenset({"evidence", "findings", "data", "study", "analysis", "survey", "results"})
# documents that bear out what follows them, named in a frame before a clause ("In this poll, …":
# the `evidential_frame` pattern)
EVIDENCE_DOCUMENTS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
                                "analysis", "census", "audit", "findings", "data", "ranking", "rankings"})  # fmt: skip
STANCE_NOUNS = frozenset({
    "effort", "efforts", "decision", "decisions", "commitment", "commitments", "attempt",
    "attempts", "bid", "proposal", "proposals", "intention", "intentions", "intent", "goal",
    "goals", "campaign", "refusal", "willingness", "readiness", "determination", "desire",
    "wish", "agreement", "opposition", "move", "ambition", "vote", "votes", "disdain",
})  # fmt: skip
# acts by which a body makes its position binding ("the court overturned the ruling", "the
# governor vetoed the credit"): a stance on their object, no statement
ACT_VERBS = (
    "overturn",
    "overrule",
    "repeal",
    "sponsor",
    "co-sponsor",
    "authorize",
    "authorise",
    "veto",
    "approve",
    "enact",
    "impose",
    "abolish",
    "ratify",
)
_KIND_OF: dict[str, ReportKind] = {
    **{f: "stance" for f in (*STANCE_FORMS, *STANCE_NOUNS, *ATTITUDE_FORMS, *ATTITUDE_ADJECTIVES, *PARTISAN_NOUNS)},
    **{f: "stance" for lemma in ACT_VERBS for f in inflect(lemma)},
    **{f: "evidence" for f in (*EVIDENCE_FORMS, *SEEM_FORMS, *EVIDENCE_NOUNS)},
    **{f: "belief" for f in (*COGNITION_FORMS, *BELIEF_NOUNS)},
    **{f: "speech" for f in (*SPEECH_FORMS, *SPEECH_NOUNS)},
    # the binding directive ("ordered the board to reconsider", "ordered him to drop the gun"):
    # what must be done, as the acts above are
    **{f: "stance" for f in inflect("order")},
}  # later classes win: a form in two classes is read as the first of speech, belief, evidence
# verbs of setting out whose object is a noun phrase, a plan, terms or a case, no statement
# ("laid out her plan", "outlined the proposal", "detailed the costs"): a position shown, as a
# stance; with a clause of how or what ("detailed how she was turned away") they tell, as speech
_SETTING_OUT = frozenset(f for lemma in ("lay out", "outline", "detail") for f in inflect(lemma))
# verbs of judging that take a noun phrase or a clause: "questioned the costs", "disputed the
# figures", "criticized the delay" judge a thing, a stance; "questioned whether …", "disputed
# that the figures were right" state something, speech
_JUDGING = frozenset(
    f
    for lemma in ("question", "query", "criticize", "criticise", "dispute", "contest", "lament")
    for f in inflect(lemma)
)
# verbs of proposing, signalling and blaming, read the same way: "proposed cutting the levy",
# "recommended boiling the water", "proposed four new parks", "signalled a shift", "blamed the heat for the outage" put forward a
# plan or take a position, a stance (PolNeAR marks them, GGT's quotations do not); "proposed that the levy be
# cut", "signalled he would run" state something, speech
_PROPOSING = frozenset(
    {*(f for lemma in ("propose", "recommend", "signal", "blame") for f in inflect(lemma)), "signalled", "signalling"}
)
# words of a finite verb group: a content holding one before any relative pronoun is a clause
# (the negated ones the lexicon's, in both apostrophes: "can't", "don’t" too)
_FINITE_WORDS = (AUXILIARY_VERBS - {"being"}) | NEGATED_AUXILIARIES
_RELATIVES = frozenset({"that", "which", "who", "whose", "whom"})
# a subject pronoun first opens a clause whatever its verb ("she needs …", "they want …")
_SUBJECT_FIRST = frozenset({"i", "he", "she", "we", "they"})
_WH_OPENERS = frozenset({"how", "what", "why", "where", "when", "who", "whom", "which", "whether"})
# "could" is also the past of "can" ("could only say that …"), which stays speech, as "would" does
_PROSPECTIVE_MODALS = frozenset({"will", "won't", "won’t", "may", "might", "should", "shall"})
# what closes a cue whose content is a topic, not what was said ("complained about", "spoke of",
# "commented on", "accused the mayor of")
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})
# verbs of what a record, a poll or a search bears out, not of what a person concludes from it
# ("suggested", "concluded" stay speech with quoted words: "the agency suggested … “no safeguards”")
_SHOWING = frozenset(f for lemma in ("show", "find", "reveal", "indicate", "demonstrate") for f in inflect(lemma))
# verbs of commitment (Searle's commissives: VerbNet promise-37.13, and "threaten", "agree",
# "swear"): with an infinitive they report what the source binds itself to do, an intention, as
# "refused to" and "offered to" do ("pledged to cut fares", "agreed to back the bill"): a stance;
# with a clause or a quote they report words ("pledged that fares would fall": speech). Verbs of
# request ("urged the board to act", "asked him to stay") stay speech: an act addressed to a hearer
_COMMITTING = frozenset(
    f for lemma in ("promise", "pledge", "vow", "swear", "threaten", "agree", "guarantee") for f in inflect(lemma)
)
# a quoted term: at most three words in double quote marks right after an article or a
# demonstrative, a name the writer marks inside a sentence of its own ("the “phishing” ring")
_QUOTED = compiled(rf"[{DOUBLE_QUOTES}]([^{DOUBLE_QUOTES}]*)[{DOUBLE_QUOTES}]")
_TERM_DETERMINER = compiled(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+$")
_TERM_WORDS = 3
_KIND_RANK: dict[ReportKind, int] = {"speech": 0, "belief": 1, "evidence": 2, "stance": 3}
_KIND_WORDS = max(len(f.split()) for f in _KIND_OF)  # the longest form, in words


def report_kind(
    cue: str | None,
    quote_type: str,
    content: str | None = None,
    *,
    after_that: bool = False,
    source: str | None = None,
) -> ReportKind:
    """What an attribution reports (see the table above): words in quote marks ("direct",
    "mixed") were said or written, save quoted terms in what a record or a poll shows or finds
    (a cue of showing and a "mixed" type stay evidence); otherwise the classes of the cue's words and word runs
    ("has long been pushing for": "pushing for", stance), speech by default, and a stance when
    a modal of future or possibility opens a cue of saying ("will argue"; not "may have told").
    A verb of setting out ("outlined", "laid out") is a stance on a noun phrase it sets out,
    speech on a clause of how or what (``content``'s first word; none given: a noun phrase). A
    verb of judging is a stance on a noun phrase, speech on a clause (``after_that``: the text
    puts "that" right before the content, which opens a clause: "lamented that the pier closed").
    "According to" a poll (``source``'s head: "according to a poll by Norstat", "the latest
    Norstat poll") is evidence, as "a poll shows" is."""
    if quote_type not in ("indirect", "mixed") or not cue or cue.isspace():
        return "speech"  # a cue of no words is read as speech (and has no last word to look at)
    if cue.lower() in HEARSAY_ADVERBS:
        return "evidence"  # "was reportedly armed": the adverb alone, how the writer came by it
    kind = _cue_kind(cue)
    if kind == "speech" and quote_type == "indirect" and source and cue.lower() == "according to":
        return "evidence" if _source_head(source) in _BEARING_OUT else "speech"
    if quote_type == "mixed":
        if kind == "belief" and content is not None and _only_terms_quoted(content):
            # "experts believe the “phishing” ring sent them": the writer's term; a stance's
            # quoted words stay its source's ("called the mayor a “fraud”")
            return kind
        # words in quote marks within what a record or a poll shows are its terms, no speech
        # ("the filings show the firm lobbied on “law enforcement”"): evidence still
        return "evidence" if kind == "evidence" and not _SHOWING.isdisjoint(cue.lower().split()) else "speech"
    words = cue.lower().split()
    if kind == "speech" and _sets_out(words) and not _opens_with_wh(content):
        return "stance"  # "laid out her plan"; not "detailed how she was turned away"
    if (
        kind == "speech"
        and not (_JUDGING.isdisjoint(words) and _PROPOSING.isdisjoint(words))
        and content is not None
        and not after_that
        and not _clause(content)
    ):
        return "stance"  # "questioned the costs", "proposed cutting it"; not "questioned whether …"
    if kind == "speech" and words[-1] in _COMMITTING and _infinitive(content):
        return "stance"  # "vowed to rebuild the pier"; not "vowed that the pier would reopen"
    if kind == "speech" and content is not None and not after_that and _names_a_thing(words, content):
        return "stance"  # "denied the substance of the story"; not "denied he was there"
    if kind == "speech" and words[-1] in _TOPIC_PREPOSITIONS and len(words) > 1:
        # a topic ("complained about the fees", "warned of delays", "allegations of fraud"):
        # what was spoken of, no statement, after a verb or a noun alike
        return "stance"
    if kind == "speech" and _topic_content(words, content):
        return "stance"  # "writes extensively about the war", "agreed with the finding"
    if kind == "speech" and any(
        w in _PROSPECTIVE_MODALS and words[i + 1 : i + 2] != ["have"] for i, w in enumerate(words)
    ):
        return "stance"  # not "may have told": a statement perhaps made
    if kind == "speech" and words[-1] in _ANSWER_FORMS and not _NEGATIONS.isdisjoint(words):
        return "stance"  # "did not respond to a request": a refusal to speak, as "declined to comment"
    return kind


# a verb of answering, and the words that negate a verb group: "has not responded", "never replied"
_ANSWER_FORMS = frozenset({"respond", "responds", "responded", "reply", "replies", "replied", "answer", "answered"})
_NEGATIONS = frozenset({"not", "never", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "doesn't",
                        "didn’t", "hasn’t", "haven’t", "hadn’t", "won’t", "wouldn’t", "doesn’t", "cannot"})  # fmt: skip


def _names_a_thing(words: list[str], content: str) -> bool:
    """Does a verb that takes a thing or a clause ("announced", "has denied", "pointed out")
    end the cue, with a noun phrase for its content ("the end of the siege")?"""
    last = " ".join(words[-2:]) if words[-1] == "out" else words[-1]  # "pointed out"
    return last in THING_OR_CLAUSE_VERBS and names_a_thing(content)


# verbs of agreeing, whose "with" names the view or the person agreed with, not words said
_AGREEING = frozenset(f for lemma in ("agree", "disagree", "concur") for f in inflect(lemma))
# words of a share or a round count that "about" approximates ("about half the wells", "about a
# quarter of the crop", "about a dozen boats"), as it does a number: a quantity opening a clause
_QUANTITY_WORDS = frozenset({"half", "quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth",
                             "dozen", "dozens", "score", "hundred", "hundreds", "thousand", "thousands"})  # fmt: skip


def _topic_content(words: list[str], content: str | None) -> bool:
    """Does the content, past any adverbs in -ly, open with a preposition of topic ("extensively
    about the war", "of the delays"), or "with" after a verb of agreeing ("with the finding")? The
    topic or the view a source spoke to, as a cue ending in "about" names it, no statement. Not
    "about" before a number or a share ("about 40 people", "about a quarter of the crop", "about
    half the wells"), nor a clause ("about a third of them were hurt"): an approximation opening
    what was said."""
    toks = (content or "").split()
    while toks and toks[0].endswith("ly") and toks[0].isalpha() and toks[0].islower():
        toks = toks[1:]
    if len(toks) < 2 or _clause(content or ""):
        return False  # "about a third of the roads were open": a clause, said
    first = toks[0]
    if first == "with":  # not "with the board that fees should fall": a view stated
        return words[-1] in _AGREEING and "that" not in (t.lower() for t in toks)
    return first in _TOPIC_PREPOSITIONS and not (first == "about" and _quantity(toks[1:]))  # "of dozens": a topic


def _quantity(toks: list[str]) -> bool:
    """Do the words open with a number or a share, bare or after "a" ("40", "twenty", "half", "a
    quarter", "a dozen")?"""
    head = [t.lower() for t in toks[:2]]
    if head[:1] and head[0] in ("a", "an"):
        head = head[1:]
    return bool(head) and (head[0][:1].isdigit() or head[0] in NUMBER_WORDS or head[0] in _QUANTITY_WORDS)


def _infinitive(content: str | None) -> bool:
    """Does the content open with the "to" of an infinitive ("to rebuild the pier")?"""
    first = (content or "").split(None, 1)[:1]
    return bool(first) and first[0].lower() == "to"


def _opens_with_wh(content: str | None) -> bool:
    """Does the content open with a word of how or what ("how she was turned away")?"""
    first = (content or "").split(None, 1)[:1]
    return bool(first) and first[0].lower() in _WH_OPENERS


def _clause(content: str) -> bool:
    """Is the content a clause ("whether it would pay", "the costs were too high"), not a noun
    phrase ("the costs", "the plan that would cut fees"): a word of how or what first, a subject
    pronoun first ("she needs more"), or a finite verb's word before any relative pronoun,
    within its first eight words?"""
    words = content.split(None, 2)  # a pronoun alone ("questioned him", "by police: he") is no clause
    if _opens_with_wh(content) or (len(words) > 1 and words[0].lower() in _SUBJECT_FIRST):
        return True
    for w in content.lower().split()[:8]:
        if w in _RELATIVES:
            return False
        if w in _FINITE_WORDS:
            return True
    return False


def _sets_out(words: list[str]) -> bool:
    """Does the cue hold a verb of setting out ("outlined", "laid out")?"""
    return any(w in _SETTING_OUT or " ".join(words[i : i + 2]) in _SETTING_OUT for i, w in enumerate(words))


@lru_cache(maxsize=4096)  # cues of arbitrary input: the cache stays small
def _cue_kind(cue: str) -> ReportKind:
    """The highest-ranked class of the cue's words and word runs, speech when none has one."""
    words = cue.lower().split()
    best: ReportKind = "speech"
    rank = len(_KIND_RANK)
    for n in range(1, min(_KIND_WORDS, len(words)) + 1):
        for i in range(len(words) - n + 1):
            found = _KIND_OF.get(" ".join(words[i : i + n]) if n > 1 else words[i])
            if found is not None and _KIND_RANK[found] < rank:
                best, rank = found, _KIND_RANK[found]
    return best


# the records "according to" which a figure is borne out, not a statement: a poll's, or polling's.
# (Not a survey, a study, data or findings: a gold set of quotations takes "according to a survey
# by …" as one; nor "reports", which may be another outlet's telling.)
_BEARING_OUT = frozenset({"poll", "polls", "polling"})
# the words that end a source's head noun past the words a function-word list holds (its maker,
# its subject, a relative: "a poll by Norstat", "a poll among voters", "a poll that …"), and time
# words and participles ("a poll last month", "a poll taken in May", "a poll carried out by …")
_AFTER_HEAD = frozenset({"by", "of", "from", "for", "in", "on", "conducted", "released", "published", "commissioned"})
_LATER_OPENERS = frozenset({"last", "this", "next", "earlier", "taken", "done", "run", "held", "out"})
# the words before a head that are never it (the function-word list has no "a")
_NOT_HEADS = ENGLISH_FUNCTION_WORDS | {"a", "an"}


def _source_head(source: str) -> str:
    """The head noun of a source's phrase: its last word before a word of its maker, subject or
    time, or a participle, once a word not of function has been read ("a poll by Norstat", "a poll
    taken last week": poll; "the latest Norstat survey": survey)."""
    head = ""
    for word in source.lower().replace(",", " ").split():
        if head and (
            word in _AFTER_HEAD
            or word in _NOT_HEADS
            or word in _LATER_OPENERS
            or (len(word) > 4 and word.isalpha() and word.endswith("ed"))
        ):
            break
        if word not in _NOT_HEADS:
            head = word
    return head


def _only_terms_quoted(content: str) -> bool:
    """Are all the quote marks of a content terms the writer marks (``_QUOTED`` pieces of at most
    three words, each right after an article or a demonstrative), none the source's words? A
    belief holding only such terms stays a belief, no speech."""
    pieces = list(_QUOTED.finditer(content))
    return bool(pieces) and all(
        0 < len(p.group(1).split()) <= _TERM_WORDS
        and p.group(1).rstrip()[-1:] not in ".,!?;:"
        and _TERM_DETERMINER.search(content, 0, p.start()) is not None
        for p in pieces
    )
