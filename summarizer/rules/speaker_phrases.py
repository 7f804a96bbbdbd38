"""A speaker phrase as written ("Ukraine's defense minister, Rustem Muradov", "he", "defense
analysts") analysed into name, kind, role, affiliation and anonymity; speakers.py merges them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.rules.participle_asides import without_participle_aside
from summarizer.rules.phrase_appositives import ADVERB_END, MEMBERSHIP_PART, appositives, word_tokens
from summarizer.rules.roles import (
    ORG_NOUNS,
    ORG_PARTS,
    PLURAL_AGENT,
    PREPOSITIONS,
    body_calling_itself,
    head_word,
    is_role_noun,
    office_role,
    org_like,
    people_in_apposition,
    strip_possessive,
)
from summarizer.rules.trade_names import trades_name
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled
from summarizer.text.streets import STREET_TYPE
from summarizer.text.timeplace import CALENDAR_WORDS


@dataclass(slots=True)
class SpeakerPhrase:
    """What one speaker phrase says about its source."""

    text: str
    span: Span
    kind: str  # person | organization | group | document | unnamed | pronoun
    name: str
    name_span: Span | None = None
    role: str | None = None
    affiliation: str | None = None
    anonymity: str = "named"
    pronoun: str | None = None
    owner: SpeakerPhrase | None = None  # "the ministry's statement" -> "the ministry"
    plural: bool = False


def analyse(text: str, span: Span) -> SpeakerPhrase:
    """Analyse one speaker phrase, as written, into a SpeakerPhrase (a fresh copy: the same
    phrases, "police", "he", "officials", come back again and again and are analysed once)."""
    lead = lead_length(text)
    text, span = text[lead:], (span[0] + lead, span[1])
    return _shifted(_analysed(text), span, span[0])


def lead_length(text: str) -> int:
    """The length of the words that open a speaker phrase but name no one, 0 if none:
    "typically the board", "Reportedly the chief" (the sentence's adverb), "Advertisement
    Deputies" (the page's word run into the sentence after it)."""
    lead = _NOT_THE_SPEAKERS.match(text)
    return lead.end() if lead is not None and lead.end() < len(text) else 0


@lru_cache(maxsize=4096)
def _analysed(text: str) -> SpeakerPhrase:
    return _analyse_phrase(text, (0, len(text)))


def _shifted(p: SpeakerPhrase, span: Span, d: int) -> SpeakerPhrase:
    owner = _shifted(p.owner, (p.owner.span[0] + d, p.owner.span[1] + d), d) if p.owner is not None else None
    name_span = (p.name_span[0] + d, p.name_span[1] + d) if p.name_span is not None else None
    return SpeakerPhrase(
        p.text, span, p.kind, p.name, name_span, p.role, p.affiliation, p.anonymity, p.pronoun, owner, p.plural
    )


# two people named in one phrase: "the owners, Ana Ruiz and Ali Demir" (an "&", a firm's: "Bullock & Lane")
_TWO_NAMES = compiled(r"\b[A-Z][\w'’-]+ and (?:[A-Z]\.? )*[A-Z][\w'’-]+ [A-Z][\w'’-]+")


def _analyse_phrase(text: str, span: Span) -> SpeakerPhrase:
    phrase = _analyse(text, span)
    head = head_word(text)
    part = _PARTITIVE.match(text)
    phrase.plural = (
        phrase.pronoun in ("they", "we")
        or (part is not None and phrase.kind == "unnamed" and part.group(1).lower() not in ("one", "each"))
        or (
            phrase.kind != "person"
            and (
                head in lx.GROUP_NOUNS
                or (
                    head.endswith("s")
                    and not head.endswith("ss")
                    and head[:-1] in lx.PERSON_ROLES | lx.ORG_HEADS | lx.DOCUMENT_HEADS
                )
                or head in ("police", "people")
            )
        )
        or (
            phrase.kind == "person"
            # (a list the role acts for is no second person: "a spokesman for Hale and Sons")
            and (" and " in phrase.name or _TWO_NAMES.search(text) is not None or ", and " in text)
            and not (phrase.affiliation and phrase.name.endswith(phrase.affiliation) and " and " in phrase.affiliation)
            and office_role(text) is None  # one minister of two fields
        )
    )
    if phrase.kind == "unnamed":
        phrase.role = None  # the name already says who they are: "defense analysts"
    return phrase


# the pieces of a phrase read by _analyse (compiled once: its calls through the re module looked
# each pattern up again, and lost it when the module's cache had turned over)
_PART_SPLIT = compiled(r",\s*")
_CLAUSE_PART = compiled(r"(?:\w+ing|who|whose)\b")
_QUANTIFIER_OPENING = compiled(r"^(?:the|a|an|some|many|several|other|most|both|all)\s+", re.I)
_ARTICLE_OPENING = compiled(r"^(?:the|a|an)\s+", re.I)
_THE_OPENING = compiled(r"^the\s+")


# a part of a group before the group: "some of the riders", "two of the guards", "most of those
# polled" (the group's noun names the speakers; "one of" a single one of them)
_PARTITIVE = compiled(
    r"(?i:(some|many|most|several|few|both|all|each|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"\s+of\s+)(?=(?:the|those|these)\s)"
)


def _partitive(raw: str, span: Span) -> SpeakerPhrase | None:
    """A part of a group named by its common noun ("Some of the riders" is the riders, "One of the
    guards" one of them): the group's phrase read, its part set before it; None when no part
    opens the phrase or the group is no unnamed plural of people ("two of the Pine brothers")."""
    part = _PARTITIVE.match(raw)
    if part is None:
        return None
    group = _analyse(raw[part.end() :], (span[0] + part.end(), span[1]))
    if group.kind != "unnamed" or group.anonymity != "role_only" or not group.name.split()[-1][:1].isalpha():
        return None  # (a count with no noun is the group's name: "each of the 12")
    return SpeakerPhrase(raw, span, "unnamed", group.name, None, group.role, group.affiliation, anonymity="role_only")


def _analyse(text: str, span: Span) -> SpeakerPhrase:
    # "the Corby police chief wouldn't": the negated auxiliary is the verb's, not the name's (the
    # attribution's speaker text keeps it, and the summary never retells such a refusal)
    raw = without_participle_aside(_NEGATED_AUXILIARY_AFTER.sub("", text))  # "The report, released Monday"
    if (relative := _RESTRICTIVE_RELATIVE.search(raw)) is not None:
        # "a spokesman for the firm that owns the mill": a relative clause on a thing or a body
        # says which one, and its object is no part of who speaks (nor their affiliation)
        raw = raw[: relative.start()]
    span = (span[0], span[0] + len(raw))
    if "(" in raw:
        # an aside in parentheses is no part of a name, blanked: "Sen. Ana Ruiz (D-Ore.)", "Ana Ruiz (pictured)"
        raw = _PARENTHESES.sub(lambda m: " " * len(m.group()), raw).rstrip()
    low = raw.lower().strip()
    if low in lx.PRONOUNS or low in ("him", "her", "them"):
        return SpeakerPhrase(raw, span, "pronoun", raw, pronoun=low)
    if (n := lx.pronoun_length(raw.strip())) is not None:  # "I'm hoping": "I", its "be" written onto it
        return SpeakerPhrase(raw, span, "pronoun", raw.strip()[:n], pronoun=raw.strip()[:n].lower())
    if (
        " " not in low
        and (
            low in lx.PERSON_ROLES
            or low in lx.GROUP_NOUNS
            or low in lx.ORG_HEADS
            or low in lx.DOCUMENT_HEADS
            or PLURAL_AGENT.fullmatch(low)
        )
        and raw[:1].isupper()
        and not raw.isupper()
    ):
        raw = low  # "Detectives said", a headline's "Group Claims": a common noun, not a name
    held = _HELD_BY.match(raw)
    if held is not None and head_word(held.group(1)) in lx.DOCUMENT_HEADS:
        # "the memo obtained by the Gazette": the document speaks, not the one who holds it
        return _analyse(held.group(1), (span[0], span[0] + held.end(1)))
    made = _MADE_BY.match(raw)
    if made is not None and head_word(made.group(1)) in lx.DOCUMENT_HEADS:
        # "the report released by the ministry", "a survey of clubs by Harbour News": the author's
        owner = _analyse(made.group(2), (span[0] + made.start(2), span[0] + made.end(2)))
        if owner.kind != "document" and (" from " not in made.group(0)[len(made.group(1)) :] or _sender(owner)):
            return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity=owner.anonymity)
    owned = _owned_document(raw, span)
    if owned is not None:
        return owned
    partitive = _partitive(raw, span)
    if partitive is not None:
        return partitive
    listed = _governed_list(raw, span)
    if listed is not None:
        return listed
    if _CAPITALISED_GROUP.fullmatch(raw) and raw.split()[-1].lower() in lx.GROUP_NOUNS:
        # "the Conservatives", "Senate Republicans": a party or a body of people, many, not a person
        group = _LEADING_THE.sub("", raw)
        return SpeakerPhrase(raw, span, "group", group, span if group == raw else None, None, None)
    trades = trades_name(raw) if ", " in raw else None
    if trades is not None:  # "The Oil, Gas and Allied Workers Union": one body's name, commas and all
        return SpeakerPhrase(raw, span, "organization", trades, None, None, None)
    office = office_role(raw)
    if office is not None:
        return SpeakerPhrase(raw, span, "person", _LEADING_THE.sub("", raw), None, office, None, "role_only")
    # appositives: "Ukraine's defense minister, Rustem Muradov" / "Rustem Muradov, a spokesman"
    parts = [p.strip() for p in _PART_SPLIT.split(raw) if p.strip()]
    name, name_span, role, affiliation = appositives(raw, span, parts)
    party = len(parts) == 2 and MEMBERSHIP_PART.fullmatch(parts[1])  # "a spokesperson for Gov. Ann Roe, a Democrat"
    first_part = parts[0] if party or (len(parts) > 1 and _CLAUSE_PART.match(parts[1])) else raw
    cleaned = _QUANTIFIER_OPENING.sub("", first_part).strip()
    if name is not None:
        if org_like(raw) and not role:
            return SpeakerPhrase(raw, span, "organization", name, name_span, None, affiliation)
        if role is None and len(name.split()) == 1 and (name.isupper() and len(name) <= 6):
            return SpeakerPhrase(raw, span, "organization", name, name_span, None, affiliation)
        if role is not None and (
            head_word(role) in ORG_NOUNS or people_in_apposition(raw, role, name) or body_calling_itself(role)
        ):
            # "Rally North, the group that organized the march": the appositive says what it is;
            # "the organizers, Rally North": many people in apposition to one name, a body's
            return SpeakerPhrase(raw, span, "organization", name, name_span, None, affiliation)
        return SpeakerPhrase(raw, span, "person", name, name_span, role, affiliation)
    head = head_word(raw)
    if (org_like(raw) and raw[:1] != raw[:1].lower()) or (
        # a capital in a compound modifier ("the Calgary-based company") names nothing
        (head in lx.ORG_HEADS or head in ORG_PARTS)
        and any(w[:1].isupper() and w.rsplit("-", 1)[-1][:1].isupper() for w in cleaned.split())
    ):
        org_name = _ARTICLE_OPENING.sub("", raw.split(",")[0]).strip()
        # the body's name, maybe after its article ("The regulator, the Westvale Water Board")
        named = next((n for n in (_THE_OPENING.sub("", p) for p in parts[1:]) if n[:1].isupper() and org_like(n)), None)
        if named is not None and len(parts) == 2 and org_name.islower():
            # "The landlord, Brisk Property Group": a common noun, then the body's name in apposition
            at = span[0] + raw.rfind(named)
            return SpeakerPhrase(raw, span, "organization", named, (at, at + len(named)), org_name, affiliation)
        return SpeakerPhrase(raw, span, "organization", org_name, None, None, affiliation or _affiliation_in(org_name))
    if head in lx.DOCUMENT_HEADS:
        return SpeakerPhrase(raw, span, "document", cleaned, None, None, affiliation, anonymity="role_only")
    anonymous = bool(lx.ANONYMOUS_PATTERNS.search(raw)) or head in (
        "source",
        "sources",
        "insider",
        "insiders",
        "someone",
    )
    if head in lx.ORG_HEADS or head in ORG_PARTS:
        return SpeakerPhrase(raw, span, "organization", cleaned, None, None, affiliation, anonymity="role_only")
    plural = (
        head in lx.GROUP_NOUNS
        or (head.endswith("s") and head[:-1] in lx.PERSON_ROLES)
        or PLURAL_AGENT.fullmatch(head) is not None
    )
    if anonymous or plural:
        return SpeakerPhrase(
            raw, span, "unnamed", cleaned, None, role, affiliation, anonymity="anonymous" if anonymous else "role_only"
        )
    if head in lx.PERSON_ROLES or (role and role.split()[-1] in lx.PERSON_ROLES):
        return SpeakerPhrase(raw, span, "person", cleaned, None, role, affiliation, anonymity="role_only")
    if cleaned[:1].isupper() and _name_shaped(cleaned):
        return SpeakerPhrase(
            raw, span, "organization" if org_like(cleaned) else "person", cleaned, None, None, affiliation
        )
    return SpeakerPhrase(raw, span, "unnamed", cleaned, None, role, affiliation, anonymity="role_only")


# a role whose preposition governs names joined by commas or "and" ("lawyers for Roy, Li and
# Moss", "a spokesman for Hale and Sons"): the names are whom the role acts for, not who speaks
_NAME_ITEM = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_GOVERNED_LIST = compiled(
    rf"(.*?\b([a-z]+)\s+(?:for|of)\s+)({_NAME_ITEM})((?:,\s*{_NAME_ITEM})*,?\s+and\s+{_NAME_ITEM})"
)


def _governed_list(raw: str, span: Span) -> SpeakerPhrase | None:
    """The phrase of a role that acts for a list of names, read as the role for the first name
    with the whole list as its affiliation, when that name alone would be its affiliation; None
    for any other phrase."""
    m = _GOVERNED_LIST.fullmatch(raw[:1].lower() + raw[1:])
    head = m.group(2) if m is not None else ""
    if m is None or not (
        head in lx.GROUP_NOUNS or is_role_noun(head) or (head.endswith("s") and is_role_noun(head[:-1]))
    ):
        return None
    if raw[m.start(2)].isupper() and not head.endswith("s"):
        return None  # a title's capital: "Minister of Roads, Bridges and Ferries" holds an office
    first = _analyse(raw[: m.end(3)], (span[0], span[0] + m.end(3)))
    names = m.group(3) + m.group(4)
    if (
        first.kind not in ("person", "unnamed")
        or first.affiliation != m.group(3)
        or not first.name.endswith(m.group(3))
    ):
        return None  # the first name must be whom the role acts for ("Minister of Trade" holds an office)
    name = first.name + m.group(4)
    role = first.role + m.group(4) if first.role is not None and first.role.endswith(m.group(3)) else first.role
    return SpeakerPhrase(raw, span, first.kind, name, None, role, names, first.anonymity)


def _name_shaped(words: str) -> bool:
    """Whether capitalised words can be a name: not when a preposition or a conjunction opens them
    ("Despite the grand ambitions", "In August" are a clause's pieces a reading took for a speaker),
    nor when a common noun in lower case follows a preposition in them ("Critics of the harbour
    plan": a description whose first word a sentence capitalised; "Bank of Doria" is a name)."""
    first, *rest = words.split()
    if first in lx.NON_NAME_CAPS or first.lower() in _CLAUSE_OPENERS:
        return False
    return not (rest and rest[0] in PREPOSITIONS and any(w[:1].islower() and w not in _PARTICLES for w in rest[1:]))


# the small words a name holds in lower case ("Bank of the Harbour", "Ana de la Cruz")
_PARTICLES = frozenset({"of", "the", "and", "de", "la", "le", "du", "van", "von", "der", "den", "bin", "al", "el", "&"})


_CLAUSE_OPENERS = frozenset({
    "despite", "although", "though", "after", "before", "while", "when", "since", "during", "in", "on", "at",
    "with", "without", "because", "if", "as", "but", "and", "or", "so", "yet", "for", "from", "by", "to",
})  # fmt: skip


_OWNER_HEADS = lx.DOCUMENT_HEADS | {
    "spokesman", "spokeswoman", "spokesperson", "office", "campaign", "team", "lawyer", "lawyers", "attorney",
    "attorneys",
}  # fmt: skip


# a possessive pronoun and the subject pronoun that resolves it ("her statement" is hers)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}

_LEADING_THE = compiled(r"^[Tt]he\s+")
_PARENTHESES = compiled(r"\s*\((?![A-Z&]{2,6}\))[^()]*\)")  # not an acronym: "(WHO)" names an organization
# a document and the one who came to hold it, not its author: "the memo obtained by the Gazette"
_HELD_BY = compiled(r"(.+?)\s+(?:obtained|seen|reviewed|viewed|received|acquired|examined|leaked\s+to)\s+(?:by\s+)?\S")
# a document and its author: "the report released by the ministry", "a report from the auditor"
_MADE_BY = compiled(
    r"(.+?)\s+(?:(?:released|issued|published|prepared|written|commissioned|signed|filed|sent|compiled|produced"
    r"|conducted|authored|posted)\s+)?(?:by|from)\s+(\S.*)"
)


def _sender(owner: SpeakerPhrase) -> bool:
    """Can the phrase after "from" send a document ("a statement from the mayor", "a letter from
    the family")? Not a time, a place or a thing ("records from December", "video from his cell")."""
    if owner.kind in ("organization", "group") or (owner.kind == "person" and owner.anonymity == "role_only"):
        return True
    if owner.kind == "person" and is_given_name(owner.name.split()[0]) and not _POSSESSED.search(owner.name):
        return True  # "a letter from Ana Ruiz", not "a report from the Lisk County jail" nor "from Ana Ruiz's phone"
    head = head_word(owner.text)
    return head in lx.GROUP_NOUNS or head in ORG_NOUNS or head.removesuffix("s") in lx.PERSON_ROLES


_MODIFIER = compiled(r"[a-z0-9][\w-]*")  # "annual", "2023", "year-end": not "lawyer's", nor a name
_ISSUER_WORD = compiled(r"[A-Z][\w&.-]*")  # a word of a name, no possessive ("Ortiz's" is read below)
_NOT_ISSUERS = CALENDAR_WORDS | set(lx.DEMONYMS) | {"new", "final", "latest", "annual", "official"}
# a country a report is about, no issuer: "the Ukraine report", "the United Kingdom statement"
# (nor a street, a name that ends in its type word: "the Harbour Road statement")
_COUNTRY_NAMES = frozenset(lx.DEMONYMS.values())
_POSSESSED = compiled(r"['’]s\s+\S")  # a person's thing: "Ana Ruiz's phone"
_CAPITALISED_GROUP = compiled(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][a-z]+s")


def _owned_document(raw: str, span: Span) -> SpeakerPhrase | None:
    """ "X's statement" / "the ministry's report": a document that belongs to a source."""
    words = word_tokens(raw, span[0])
    if (
        2 <= len(words) <= 4
        and words[0][0].lower() in _POSSESSIVE_PRONOUNS
        and words[-1][0].lower() in lx.DOCUMENT_HEADS
        and all(_MODIFIER.fullmatch(w) for w, _, _ in words[1:-1])
    ):
        # "her statement", "their report", "its annual report": the document of whoever the
        # pronoun means (its modifiers in lower case or figures, no one else's possessive)
        w, s, e = words[0]
        pronoun = _POSSESSIVE_PRONOUNS[w.lower()]
        owner = SpeakerPhrase(w, (s, e), "pronoun", w, pronoun=pronoun, plural=pronoun == "they")
        return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity="named")
    if (
        3 <= len(words) <= 5
        and words[0][0].lower() == "the"
        and words[-1][0] in lx.DOCUMENT_HEADS  # in lower case: "The Washington Post" is a name
        and all(_ISSUER_WORD.fullmatch(w) and w.lower() not in _NOT_ISSUERS for w, _, _ in words[1:-1])
        and " ".join(w for w, _, _ in words[1:-1]) not in _COUNTRY_NAMES
        and (len(words) == 3 or STREET_TYPE.fullmatch(words[-2][0]) is None)  # "the Harbour Road report": a place
    ):
        # "the Globe report", "the Harbour Council statement": a name before a document's head
        # is who issued it (not a month, a day or a nationality: "the March report")
        owner = _analyse(raw[words[1][1] - span[0] : words[-2][2] - span[0]], (words[1][1], words[-2][2]))
        if owner.kind == "person" and not is_given_name(words[1][0]):
            # a name with no given name that issues a document is a body ("the Globe"), which no
            # later "he" or "she" means
            owner = SpeakerPhrase(owner.text, owner.span, "organization", owner.name, anonymity="named")
        if owner.kind in ("person", "organization", "group"):
            return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity=owner.anonymity)
    for w, _s, e in words[:-1]:
        base, poss = strip_possessive(w)
        if poss and words[-1][0].lower() in _OWNER_HEADS:
            if words[-1][0].lower() in lx.DOCUMENT_HEADS:
                owner_text = raw[: e - span[0] - (len(w) - len(base))]
                owner = _analyse(owner_text, (span[0], span[0] + len(owner_text)))
                return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity=owner.anonymity)
            break
    return None


# one opening a phrase, before its determiner or name ("typically the board", "Reportedly
# Corvale Council"), not before an adjective it modifies ("politically active groups")
_LEADING_ADVERB = rf"[A-Za-z][a-z]{{2,}}{ADVERB_END},?\s+(?=(?:the|a|an)\s|[A-Z])"
# a phrase of the page's furniture ("Advertisement", "Buy Photo") before a capital
_LEADING_FURNITURE = r"(?i:" + "|".join(re.escape(p) for p in iw.FURNITURE_PHRASES) + r")\s+(?=[A-Z])"
_NOT_THE_SPEAKERS = compiled(rf"(?:{_LEADING_ADVERB}|{_LEADING_FURNITURE})+")


# a relative clause not set off by commas, on a word before it: "that" or "which" and a verb in
# lower case (a "who" clause stays: "a nurse who asked not to be named" tells the anonymity)
_RESTRICTIVE_RELATIVE = compiled(r"(?<=\w)\s+(?:that|which)\s+(?=[a-z])")
_NEGATED_AUXILIARY_AFTER = compiled(r"\s+[A-Za-z]+n['’]t\s*$")


def _affiliation_in(name: str) -> str | None:
    for w in name.split():
        if w.lower() in lx.DEMONYMS:
            return lx.DEMONYMS[w.lower()]
    return None
