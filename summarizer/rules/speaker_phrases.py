"""A speaker phrase as written ("Ukraine's defense minister, Rustem Muradov", "he", "defense
analysts") analysed into name, kind, role, affiliation and anonymity; speakers.py merges them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.rules.governed_names import governed_name
from summarizer.rules.participle_asides import without_participle_aside
from summarizer.rules.roles import (
    HONORIFICS,
    ORG_NOUNS,
    ORG_PARTS,
    PLURAL_AGENT,
    PREPOSITIONS,
    SURNAME_PARTICLES,
    body_calling_itself,
    head_word,
    is_name_part,
    is_role_noun,
    name_before_preposition,
    office_fields,
    office_role,
    org_like,
    people_in_apposition,
    person_after_role,
    strip_possessive,
)
from summarizer.rules.titled_complements import name_after_complement
from summarizer.rules.trade_names import trades_name
from summarizer.text import incident_words as iw
from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import gender_of_given_name, is_given_name
from summarizer.text.regex import compiled
from summarizer.text.streets import STREET_TYPE
from summarizer.text.timeplace import CALENDAR_WORDS

_WORD_RE = compiled(r"[\w][\w'’.\-]*|,|&")


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


def _words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _WORD_RE.finditer(text)]


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
# a part of a chain after the name that joins a second person, or says what both share ("Ana
# Ruiz, 52, and her son, 19, both of Akron": appositive_chain reads the chain)
_JOINED_PART = compiled(r"\s*(?:and (?:his|her|their) |(?:both|all)\b)")


def _analyse_phrase(text: str, span: Span) -> SpeakerPhrase:
    phrase = _analyse(text, span)
    head = head_word(text)
    phrase.plural = (
        phrase.pronoun in ("they", "we")
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
# "a Democrat", "an Albertan", "a Republican from Ohio": a party's or a people's member, no name
_MEMBERSHIP_PART = compiled(
    r"an?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)
_QUANTIFIER_OPENING = compiled(r"^(?:the|a|an|some|many|several|other|most|both|all)\s+", re.I)
_ARTICLE_OPENING = compiled(r"^(?:the|a|an)\s+", re.I)
_THE_OPENING = compiled(r"^the\s+")
_POSSESSOR = compiled(r"\w['’]s\s|s['’]\s")  # "Ms. Roy's ", "the Ruizes' ": what comes before is an owner


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
    name, name_span, role, affiliation = _appositives(raw, span, parts)
    party = len(parts) == 2 and _MEMBERSHIP_PART.fullmatch(parts[1])  # "a spokesperson for Gov. Ann Roe, a Democrat"
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
    words = _words(raw, span[0])
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


_AGE = compiled(r"\d{1,3}(?:-year-old)?")
_RELATIVE = compiled(r"(?:who|whom|whose|which|that)\b")
# the suffixes of adverbs of manner, frequency and stance ("typically", "reportedly",
# "currently", "previously"); no role noun ends so ("family", "deputy", "ally" do not)
_ADVERB_END = r"(?:ally|ently|antly|ously|ively|edly|ately|arly|ingly)"
_ADVERB = compiled(rf"[a-z]{{3,}}{_ADVERB_END}")
# one opening a phrase, before its determiner or name ("typically the board", "Reportedly
# Corvale Council"), not before an adjective it modifies ("politically active groups")
_LEADING_ADVERB = rf"[A-Za-z][a-z]{{2,}}{_ADVERB_END},?\s+(?=(?:the|a|an)\s|[A-Z])"
# a phrase of the page's furniture ("Advertisement", "Buy Photo") before a capital
_LEADING_FURNITURE = r"(?i:" + "|".join(re.escape(p) for p in iw.FURNITURE_PHRASES) + r")\s+(?=[A-Z])"
_NOT_THE_SPEAKERS = compiled(rf"(?:{_LEADING_ADVERB}|{_LEADING_FURNITURE})+")


def _appositives(raw: str, span: Span, parts: list[str]) -> tuple[str | None, Span | None, str | None, str | None]:
    """Name (the trailing run of name words in a part), its span, role and affiliation read from
    the comma-separated parts of a phrase."""
    name: str | None = None
    name_span: Span | None = None
    place: str | None = None
    role_words: list[str] = []
    affiliation = None
    for n, part in enumerate(parts):
        if _AGE.fullmatch(part.strip()):
            continue  # "Ana Ruiz, 52,": her age, no role
        if n > 0 and _place_goes_on(parts[n - 1], part):
            continue  # "Residents of Akron, Ohio": the place's state, no one named
        if _RELATIVE.match(part):
            continue  # "Ana Ruiz, who chaired the panel,": a clause about her, no role
        if n > 0 and _JOINED_PART.match(part):
            continue  # "Ana Ruiz, 52, and her son, 19, both of Akron": the other person, what both share
        offset = span[0] + raw.find(part)
        pw = _words(part, offset)
        cut = name_before_preposition(pw)
        if cut is not None:
            # "Gov. Ana Lusk of Doria", "President Tom Hale in the 1970s": the name before the
            # preposition, what follows it a place or a time
            tail = [w for w, _, _ in pw[cut + 1 :] if w[:1].isupper()]
            place = place or " ".join(tail) or None
            part = part[: pw[cut][1] - offset].rstrip()
            pw = pw[:cut]
        # trailing run of name words is the personal name: "Former Ukrainian President Petro Poroshenko"
        k = len(pw)
        while k > 0 and (is_name_part(pw[k - 1][0]) or (pw[k - 1][0] in SURNAME_PARTICLES and k < len(pw))):
            k -= 1
        while k < len(pw) and pw[k][0] in SURNAME_PARTICLES:
            k += 1  # a particle opens no name
        if len(pw) - k >= 3 and is_role_noun(pw[k][0]):
            k += 1  # a role the sentence's first word capitalised: "Councillor Ana Ruiz", "Lineworker Ana Ruiz"
        k = name_after_complement(pw, k) or k  # "Ambassador to Peru Sam Yeo": the title's own place
        run = pw[k:]
        # the word before the run, past an article: "sister of Ana Ruiz of the Harbour Hawks" names
        # a team after "of the", and "at security firm Lockwell" a firm after its noun; either
        # is an affiliation, not the person the phrase is about
        j = k - 1
        while j > 0 and pw[j][0].lower() in ("the", "a", "an"):
            j -= 1
        before_run = pw[j][0].lower() if j >= 0 and j < k else ""
        after_preposition = (
            before_run in PREPOSITIONS or (j == k - 1 and before_run in lx.ORG_HEADS) or governed_name(pw, k)
        )
        if (
            run
            and name is None
            and not after_preposition
            and not _MEMBERSHIP_PART.fullmatch(part)  # "Gov. Ann Roe, a Democrat": a party's member, no name
            and (not org_like(part) or person_after_role(pw, j, k))
            and all(not strip_possessive(w)[1] for w, _, _ in run)
            and (len(run) >= 2 or k > 0 or len(pw) == 1)
        ):
            name = " ".join(w for w, _, _ in run)
            name_span = (run[0][1], run[-1][2])
            pw = pw[:k]
        elif run and after_preposition and not org_like(part):
            place = place or " ".join(w for w, _, _ in run)  # "officials in Doria"
        part_words: list[str] = []
        fields = office_fields([w for w, _, _ in pw])
        for i, (w, _, _) in enumerate(pw):
            base, poss = strip_possessive(w)
            lw = base.lower()
            if i in fields:
                part_words.append(lw)  # the field of the office after it: "Health Minister", "Council leader"
                continue
            if poss and base[:1].isupper():
                affiliation = affiliation or _country(base)
                continue
            if lw in lx.DEMONYMS:
                affiliation = affiliation or lx.DEMONYMS[lw]
                continue
            if lw.rstrip(".") in HONORIFICS and base[:1].isupper():
                continue  # a form of address, with its stop or without ("Dr Ana Ruiz"), is no role
            if lw in lx.DETERMINERS or lw in ("of", "for", "at", "with", "from", "in", "&", "and"):
                if part_words and (
                    lw in ("of", "for", "at", "with", "from", "in")
                    or part_words[-1] in ("of", "for", "at", "with", "from", "in")
                ):
                    part_words.append(lw)  # "spokeswoman for the command"
                continue
            if _ADVERB.fullmatch(w):
                continue  # "typically the board", "reportedly the chief": the sentence's adverb, no role
            if w[:1].isupper() and lw not in lx.TITLES and not is_role_noun(base) and lw not in lx.GROUP_NOUNS:
                if part_words:
                    part_words.append(w)
                continue
            part_words.append(lw)
        while part_words and part_words[-1] in ("of", "for", "at", "with", "from", "in", "the", "a", "an"):
            part_words.pop()
        if part_words:
            role_words.append(" ".join(part_words))
    return name, name_span, ", ".join(role_words) or None, affiliation or place


# a place's state or country, set off after it: "Ohio", "New York", "Nev.", "D.C."
_PLACE_AFTER = compiled(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
# a part that ends with a place after a preposition: "Residents of Akron", "a teacher from Tucson"
_ENDS_IN_PLACE = compiled(r"(?:^|\s)(?:of|in|from|near|outside)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\Z")


def _place_goes_on(before: str, part: str) -> bool:
    """Is ``part`` the state or country of the place that ends the part ``before`` it ("Residents
    of Akron, Ohio", "a woman from Tucson, Arizona"), not a person named in apposition after a
    place ("the mayor of Akron, Dan Horrigan": a given name opens a name of two words or more)?
    After a body's name ("a spokesman for the Ministry of Health, Ali Reza") two words or more
    are a person in apposition, whatever their given name: a ministry has no state."""
    at = _ENDS_IN_PLACE.search(before)
    if _PLACE_AFTER.fullmatch(part) is None or at is None:
        return False
    words = part.split()
    if len(words) == 1:
        return True
    head = before[: at.start()].rsplit(None, 1)[-1:]
    return not is_given_name(words[0]) and not (head and head[0][:1].isupper() and head[0].lower() in lx.ORG_HEADS)


# a relative clause not set off by commas, on a word before it: "that" or "which" and a verb in
# lower case (a "who" clause stays: "a nurse who asked not to be named" tells the anonymity)
_RESTRICTIVE_RELATIVE = compiled(r"(?<=\w)\s+(?:that|which)\s+(?=[a-z])")
_NEGATED_AUXILIARY_AFTER = compiled(r"\s+[A-Za-z]+n['’]t\s*$")


def _country(word: str) -> str:
    return lx.DEMONYMS.get(word.lower(), word)


def _affiliation_in(name: str) -> str | None:
    for w in name.split():
        if w.lower() in lx.DEMONYMS:
            return lx.DEMONYMS[w.lower()]
    return None


# nouns for a person of one sex, as a description's head ("his mother", "the 16-year-old boy")
_FEMALE_HEADS = frozenset({
    "mother", "mom", "mum", "wife", "daughter", "sister", "grandmother", "grandma", "aunt", "niece", "woman",
    "girl", "widow", "girlfriend", "actress", "granddaughter", "stepmother", "fiancée",
})  # fmt: skip
_MALE_HEADS = frozenset({
    "father", "dad", "husband", "son", "brother", "grandfather", "grandpa", "uncle", "nephew", "man", "boy",
    "widower", "boyfriend", "actor", "grandson", "stepfather", "fiancé",
})  # fmt: skip


_GENDERED_HEADS = _FEMALE_HEADS | _MALE_HEADS


def _compound_sex(text: str) -> str | None:
    """The sex a head compounded on "woman" or "man" tells, written in lower case ("a businessman",
    "the policewoman", "a fisherman"), its first part of four letters or more (not "human",
    "shaman"; a capitalised name, "Freeman", is no such noun)."""
    head = head_word(text)
    if head not in text.split(",")[0].split():
        return None
    for ending, sex in (("woman", "female"), ("man", "male")):
        if head.endswith(ending) and len(head) - len(ending) >= 4 and head.isalpha():
            return sex
    return None


def gender_of(phrase: SpeakerPhrase) -> str | None:
    # a title inside a possessive is the owner's, not the head's: "Ms. Roy's son, Peter Doyle" is a man
    owned = _POSSESSOR.split(phrase.text)[-1]
    words = {w.lower().rstrip(".") for w in (owned if owned.strip() else phrase.text).split()}
    if words & lx.FEMALE_TITLES:
        return "female"
    if words & lx.MALE_TITLES:
        return "male"
    if words & _GENDERED_HEADS:  # the head found only when one of its words could be it
        head = head_word(phrase.text)
        if head in _FEMALE_HEADS:
            return "female"
        if head in _MALE_HEADS:
            return "male"
    compound = _compound_sex(phrase.text)
    if compound is not None:
        return compound
    parts = phrase.name.split()
    if phrase.kind == "person" and phrase.anonymity == "named":
        # "Ada Varrow", "Councillor Ada Walsh": the first given name before the surname
        return next((g for g in map(gender_of_given_name, parts[:-1]) if g is not None), None)
    return None
