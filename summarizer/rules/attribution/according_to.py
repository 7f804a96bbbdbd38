"""Pattern `according_to`: "According to X, …" and "…, according to X"; set off by commas in
mid-sentence, what X says may span the whole sentence."""

from __future__ import annotations

from summarizer.rules.attribution.comma_names import comma_name_end
from summarizer.rules.attribution.content import joined_report
from summarizer.rules.attribution.context import SentenceScan
from summarizer.rules.attribution.cue_nouns import np_right
from summarizer.rules.attribution.named_apposition import named_apposition_end
from summarizer.rules.attribution.own_record import record_of_report
from summarizer.rules.attribution.phrases import is_word
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.words import (
    ARTICLES_AND_POSSESSIVES,
    COORDINATORS,
    FINITE,
    IRREGULAR_PAST,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from summarizer.text import lexicon as lx
from summarizer.text.segments import Token

_ACCORDING = frozenset({"according"})


@pattern(
    "according_to",
    100,
    "sentence",
    '"according to X", before or after what X says; set off by commas it may span the sentence',
    (
        "According to the health ministry, 40 people were treated.",
        "Forty people were treated, according to the health ministry.",
    ),
)
def find(scan: SentenceScan) -> None:
    """Find "according to X": X's words are the rest of the sentence or what comes before."""
    ctx, view, toks, end_idx, sent = scan.ctx, scan.view, scan.toks, scan.end_idx, scan.sent
    if "according" not in scan.words:
        return
    n = len(toks)
    for k in scan.where(_ACCORDING):
        if k >= n - 1:
            break
        if toks[k].low == "according" and toks[k + 1].low == "to" and k + 2 < end_idx:
            if ctx.inside_quote(toks[k].start):
                continue
            sp_end = np_right(toks, k + 2, end_idx)
            if sp_end is not None:  # "according to the Oil, Gas and Allied Workers Union": one name
                sp_end = comma_name_end(toks, k + 2, sp_end, end_idx)
            if k == 0 and (sp_end is None or sp_end >= end_idx or toks[sp_end].text != ","):
                sp_end = _long_source_end(toks, k + 2, end_idx) or sp_end
            if sp_end is None:
                continue
            if k > 0 and toks[k - 1].text != "—" and toks[k - 1].text != "(":
                # "…, according to the mayor's chief of staff, Ann Roy.": the name is the source's
                sp_end = named_apposition_end(toks, sp_end, end_idx, closing=True)
            cue = (toks[k].start, toks[k + 1].end)
            speaker = (toks[k + 2].start, toks[sp_end - 1].end)
            # a dash opens "— according to X, …", unless it closes an aside ("… — or worse — according to X")
            closes_aside = toks[k - 1].text == "—" and any(t.text == "—" for t in toks[: k - 1])
            if k == 0 or (toks[k - 1].text in ("—", "(") and not closes_aside):
                if sp_end < end_idx and toks[sp_end].text == ",":
                    sp_end = _source_apposition_end(toks, sp_end, end_idx)
                    last = _own_report_cut(toks, sp_end + 1, end_idx) - 1
                    scan.add("according_to", (toks[sp_end].end, toks[last].end), speaker, cue, "according to")
            elif record_of_report(toks, k, sp_end):
                # "X told police …, according to a copy of his statement": X's report, which
                # subject_verb reads; the record and what follows it are kept from the patterns
                scan.claimed.append((toks[k].start, toks[end_idx - 1].end))
            else:
                before = (sent.start, toks[k - 1].start if toks[k - 1].text == "," else toks[k].start)
                # "…, according to X, the rest …" spans the sentence; but "…, according to Tavish
                # Orrin, head of the institute, …" only names its source at length
                # "…, according to X, and the rest …" reports one coordination, both its parts
                # (not "…, according to X, and the minister said …": a report of its own)
                if (
                    sp_end < end_idx - 1
                    and toks[sp_end].text == ","
                    and (len(view[before[0] : before[1]].split()) < 4 or toks[sp_end + 1].low in COORDINATORS)
                    and (cut := _own_report_cut(toks, sp_end, end_idx)) > sp_end
                ):
                    scan.add("according_to", (sent.start, toks[cut - 1].end), speaker, cue, "according to")
                else:
                    scan.add("according_to", before, speaker, cue, "according to")


def _own_report_cut(toks: list[Token], lo: int, hi: int) -> int:
    """Where the words "according to" gives its source end, from toks[lo]: before a clause
    joined by a semicolon or "and"/"but" that is a report of its own, a subject and a common
    verb of saying ("…, and the minister said …", "; the mayor says …"); else at hi. (A comma
    alone joins no clause: "According to X, after the hearing, she insisted …" is one clause,
    X's; nor does a directive tell a claim: "…, and they ordered him to stop" is X's account, nor
    a verb of saying with "nothing": "…, and the driver said nothing" reports no words.)"""
    for j in range(lo, hi - 1):
        if (
            (toks[j].text == ";" or toks[j].low in COORDINATORS)
            and joined_report(toks, j + 1, hi)
            and not any(t.low in _NO_CONTENT for t in toks[j + 2 : min(hi, j + 6)])
        ):
            return j - 1 if toks[j].low in COORDINATORS and toks[j - 1].text == "," else j
    return hi


# what a verb of saying gives when it reports nothing ("the passenger said nothing"): no report
# of its own, the source's account goes on through it
_NO_CONTENT = frozenset({"nothing", "little"})


def _source_apposition_end(toks: list[Token], comma: int, hi: int) -> int:
    """The comma after a participle or relative clause set off on the source ("According to the
    complaint, filed in May, the board …", "According to the audit, which the council ordered,
    …"): the source's own description, no content; else the comma after the source."""
    first = toks[comma + 1] if comma + 1 < hi else None
    if first is None or first.text[:1].isupper():
        return comma
    participle = first.low.endswith("ed") or first.low in IRREGULAR_PAST
    if not participle and first.low not in ("which", "who", "whose"):
        return comma
    for j in range(comma + 2, min(hi - 1, comma + 16)):
        if toks[j].text == ",":
            return j
        if participle and toks[j].low in FINITE and not toks[j].text[:1].isupper():  # not the month May
            return comma  # "According to X, injured people were …": the content's own subject
    return comma


def _long_source_end(toks: list[Token], i: int, hi: int) -> int | None:
    """The comma that closes a long source opening the sentence ("According to a civil complaint
    filed by the port board and a second one by the county, …"): the first comma within 40
    words, with no finite verb before it (a clause, not a noun phrase, would have one), and no
    noun phrase opening right after a word that links none to it ("According to Vey the mayor
    knew …", "… who spoke to the paper the driver fled …": the content's subject). A relative
    clause on the source has a finite verb of its own ("According to two people who were in
    the room, …", "… a memo that was sent Friday, …")."""
    relative: int | None = None  # where a relative clause on the source opens
    for j in range(i + 1, min(hi - 1, i + 40)):
        if toks[j].text == ",":
            return j
        if relative is None and toks[j].low in RELATIVE_PRONOUNS:
            relative = j
        if (toks[j].low in FINITE and relative is None) or not (is_word(toks[j]) or toks[j].text in "-–'’()&"):
            return None
        opens_phrase = toks[j].low in ARTICLES_AND_POSSESSIVES or toks[j].low in lx.SUBJECT_PRONOUNS
        if opens_phrase and toks[j - 1].low not in _LINKS and not _relatives_object(toks, relative, j):
            return None
    return None


def _relatives_object(toks: list[Token], relative: int | None, j: int) -> bool:
    """Does the phrase at toks[j] open the object of the relative clause's verb, within three
    words of "who" and the first phrase since ("… witnesses who saw the crash, …", "… a source
    who has seen the draft, …", "… residents who live near the plant, …")? A second phrase
    past it is the content's subject ("… who spoke to the paper the driver fled …")."""
    if relative is None or j - relative > 3:
        return False
    return not any(t.low in ARTICLES_AND_POSSESSIVES or t.low in lx.SUBJECT_PRONOUNS for t in toks[relative + 1 : j])


# words after which a noun phrase goes on inside the source ("a report by the auditor", "filed
# with the court", "the union and its members", "the lawyer for her family")
_LINKS = frozenset(
    PREPOSITIONS | lx.NP_LINKS | COORDINATORS | {"by", "of", "for", "as", "than", "who", "which", "that"}
)
