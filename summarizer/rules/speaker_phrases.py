"""A speaker phrase as written ("Ukraine's defense minister, Rustem Muradov", "he", "defense
analysts") analysed into name, kind, role, affiliation and anonymity; speakers.py merges them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text import lexicon as lx
from summarizer.text.base import Span
from summarizer.text.given_names import gender_of_given_name, is_given_name

_WORD_RE = re.compile(r"[\w][\w'’.\-]*|,|&")
_ORG_SUFFIX = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|Group|Party|Ministry|Department|Agency|Office|"
                         r"Committee|Council|Commission|Court|Bureau|Institute|University|Foundation|"
                         r"Association|Organi[sz]ation|Union|Army|Forces?|Police|Service|Command|Times|Post|News|"
                         r"Journal|Press|Network|Post|Guard|Administration|Government|Campaign|"
                         # company names' last words ("General Motors" is no General called Motors)
                         r"Motors|Airlines|Airways|Industries|Holdings|Technologies|Systems|Pharmaceuticals|"
                         r"Energy|Electric|Dynamics|Mills|Entertainment|Media|Communications|Enterprises|"
                         # teams, charities, societies and authorities ("the Red Cross", "Mountain Rescue Team")
                         r"Team|Cross|Crescent|Trust|Charity|Society|League|Alliance|Coalition|Federation|Brigade|"
                         r"Authority|Board|Fund|Railways?|Affairs)\b")  # fmt: skip


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


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)], True
    if word.endswith(("s'", "s’")):
        return word[:-1], True
    return word, False


def is_name_word(w: str) -> bool:
    base = w.rstrip(".")
    return (
        bool(w[:1].isupper())
        and base not in lx.NON_NAME_CAPS
        and w not in lx.NON_NAME_CAPS
        and base.lower() not in lx.TITLES
        and not ("-" in base and all(part in lx.TITLES for part in base.lower().split("-")))  # "Vice-President"
        and base.lower() not in lx.DEMONYMS
    )


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


# two people named in one phrase: "the owners, Ana Ruiz and Ali Demir" (an "&" joins the names
# in a firm's: "Bullock & Lane Consulting")
_TWO_NAMES = re.compile(r"\b[A-Z][\w'’-]+ and (?:[A-Z]\.? )*[A-Z][\w'’-]+ [A-Z][\w'’-]+")


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
            and (" and " in phrase.name or _TWO_NAMES.search(text) is not None)
            and _office(text) is None  # one minister of two fields
        )
    )
    if phrase.kind == "unnamed":
        phrase.role = None  # the name already says who they are: "defense analysts"
    return phrase


def _analyse(text: str, span: Span) -> SpeakerPhrase:
    # "the Corby police chief wouldn't": the negated auxiliary is the verb's, not the name's (the
    # attribution's speaker text keeps it, and the summary never retells such a refusal)
    raw = _NEGATED_AUXILIARY_AFTER.sub("", text)
    span = (span[0], span[0] + len(raw))
    if "(" in raw:
        # an aside in parentheses is no part of the name: "Sen. Ana Ruiz (D-Ore.)", "Ana Ruiz (pictured)"
        # (blanked, so every offset stays)
        raw = _PARENTHESES.sub(lambda m: " " * len(m.group()), raw).rstrip()
    low = raw.lower().strip()
    if low in lx.PRONOUNS or low in ("him", "her", "them"):
        return SpeakerPhrase(raw, span, "pronoun", raw, pronoun=low)
    if (
        " " not in low
        and (
            low in lx.PERSON_ROLES
            or low in lx.GROUP_NOUNS
            or low in lx.ORG_HEADS
            or low in lx.DOCUMENT_HEADS
            or _PLURAL_AGENT.fullmatch(low)
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
        if owner.kind != "document":
            return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity=owner.anonymity)
    owned = _owned_document(raw, span)
    if owned is not None:
        return owned
    if _CAPITALISED_GROUP.fullmatch(raw) and raw.split()[-1].lower() in lx.GROUP_NOUNS:
        # "the Conservatives", "Senate Republicans": a party or a body of people, many, not a person
        group = _LEADING_THE.sub("", raw)
        return SpeakerPhrase(raw, span, "group", group, span if group == raw else None, None, None)
    office = _office(raw)
    if office is not None:
        return SpeakerPhrase(raw, span, "person", _LEADING_THE.sub("", raw), None, office, None, "role_only")
    # appositives: "Ukraine's defense minister, Rustem Muradov" / "Rustem Muradov, a spokesman"
    parts = [p.strip() for p in re.split(r",\s*", raw) if p.strip()]
    name, name_span, role, affiliation = _appositives(raw, span, parts)
    first_part = parts[0] if parts and len(parts) > 1 and re.match(r"(?:\w+ing|who|whose)\b", parts[1]) else raw
    cleaned = re.sub(r"^(?:the|a|an|some|many|several|other|most|both|all)\s+", "", first_part, flags=re.I).strip()
    if name is not None:
        if _org_like(raw) and not role:
            return SpeakerPhrase(raw, span, "organization", name, name_span, None, affiliation)
        if role is None and len(name.split()) == 1 and (name.isupper() and len(name) <= 6):
            return SpeakerPhrase(raw, span, "organization", name, name_span, None, affiliation)
        if role is not None and (
            head_word(role) in ORG_NOUNS or _people_in_apposition(raw, role, name) or _body_calling_itself(role)
        ):
            # "Rally North, the group that organized the march": the appositive says what it is;
            # "the organizers, Rally North": many people in apposition to one name, a body's
            return SpeakerPhrase(raw, span, "organization", name, name_span, None, affiliation)
        return SpeakerPhrase(raw, span, "person", name, name_span, role, affiliation)
    head = head_word(raw)
    if (_org_like(raw) and raw[:1] != raw[:1].lower()) or (
        (head in lx.ORG_HEADS or head in _ORG_PARTS) and any(w[:1].isupper() for w in cleaned.split())
    ):
        org_name = re.sub(r"^(?:the|a|an)\s+", "", raw.split(",")[0], flags=re.I).strip()
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
    if head in lx.ORG_HEADS or head in _ORG_PARTS:
        return SpeakerPhrase(raw, span, "organization", cleaned, None, None, affiliation, anonymity="role_only")
    plural = (
        head in lx.GROUP_NOUNS
        or (head.endswith("s") and head[:-1] in lx.PERSON_ROLES)
        or _PLURAL_AGENT.fullmatch(head) is not None
    )
    if anonymous or plural:
        return SpeakerPhrase(
            raw, span, "unnamed", cleaned, None, role, affiliation, anonymity="anonymous" if anonymous else "role_only"
        )
    if head in lx.PERSON_ROLES or (role and role.split()[-1] in lx.PERSON_ROLES):
        return SpeakerPhrase(raw, span, "person", cleaned, None, role, affiliation, anonymity="role_only")
    if cleaned[:1].isupper() and _name_shaped(cleaned):
        return SpeakerPhrase(
            raw, span, "organization" if _org_like(cleaned) else "person", cleaned, None, None, affiliation
        )
    return SpeakerPhrase(raw, span, "unnamed", cleaned, None, role, affiliation, anonymity="role_only")


# a title and "of" before capitalised words in a list: the name of an office, whose commas and
# "and" join the fields it covers ("Minister of Roads, Bridges and Ferries", "Secretary of Health
# and Human Services"), not a role and a name in apposition
_OFFICE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?([\w-]+)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+|\s+)(?:the\s+)?[A-Z][\w'’-]*)*"
)


def _office(raw: str) -> str | None:
    """The role a phrase that is only the name of an office gives ("minister of Roads, Bridges and
    Ferries"), or None. Only a list ("," / "and" / "&" after "of") is read so: "Minister of
    Finance Ana Lusk" is a role and a name."""
    m = _OFFICE.fullmatch(raw)
    if m is None or m.group(1).lower() not in lx.TITLES or not re.search(r",|\s(?:and|&)\s", raw[m.end(1) :]):
        return None
    words = raw.split()
    if is_given_name(words[-2]):
        return None  # "… and Ferries Ana Lusk": a name after the office
    return m.group(1).lower() + raw[m.end(1) :]


def _name_shaped(words: str) -> bool:
    """Whether capitalised words can be a name: not when a preposition or a conjunction opens them
    ("Despite the grand ambitions", "In August" are a clause's pieces a reading took for a speaker),
    nor when a common noun in lower case follows a preposition in them ("Critics of the harbour
    plan": a description whose first word a sentence capitalised; "Bank of Doria" is a name)."""
    first, *rest = words.split()
    if first in lx.NON_NAME_CAPS or first.lower() in _CLAUSE_OPENERS:
        return False
    return not (rest and rest[0] in _PREPOSITIONS and any(w[:1].islower() and w not in _PARTICLES for w in rest[1:]))


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

_LEADING_THE = re.compile(r"^[Tt]he\s+")
_PARENTHESES = re.compile(r"\s*\((?![A-Z&]{2,6}\))[^()]*\)")  # not an acronym: "(WHO)" names an organization
# a document and the one who came to hold it, not its author: "the memo obtained by the Gazette",
# "documents seen by reporters"
_HELD_BY = re.compile(
    r"(.+?)\s+(?:obtained|seen|reviewed|viewed|received|acquired|examined|leaked\s+to)\s+(?:by\s+)?\S"
)
# a document and its author: "the report released by the ministry", "a statement by Ana Ruiz"
_MADE_BY = re.compile(
    r"(.+?)\s+(?:(?:released|issued|published|prepared|written|commissioned|signed|filed|sent|compiled|produced"
    r"|conducted|authored|posted)\s+)?by\s+(\S.*)"
)
_CAPITALISED_GROUP = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][a-z]+s")


def _owned_document(raw: str, span: Span) -> SpeakerPhrase | None:
    """ "X's statement" / "the ministry's report": a document that belongs to a source."""
    words = _words(raw, span[0])
    if len(words) == 2 and words[0][0].lower() in _POSSESSIVE_PRONOUNS and words[1][0].lower() in lx.DOCUMENT_HEADS:
        # "her statement", "their report": the document of whoever the pronoun means
        w, s, e = words[0]
        pronoun = _POSSESSIVE_PRONOUNS[w.lower()]
        owner = SpeakerPhrase(w, (s, e), "pronoun", w, pronoun=pronoun, plural=pronoun == "they")
        return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity="named")
    for w, _s, e in words[:-1]:
        base, poss = _strip_possessive(w)
        if poss and words[-1][0].lower() in _OWNER_HEADS:
            if words[-1][0].lower() in lx.DOCUMENT_HEADS:
                owner_text = raw[: e - span[0] - (len(w) - len(base))]
                owner = _analyse(owner_text, (span[0], span[0] + len(owner_text)))
                return SpeakerPhrase(raw, span, "document", raw, owner=owner, anonymity=owner.anonymity)
            break
    return None


_AGE = re.compile(r"\d{1,3}(?:-year-old)?")
_RELATIVE = re.compile(r"(?:who|whom|whose|which|that)\b")
# the suffixes of adverbs of manner, frequency and stance ("typically", "reportedly",
# "currently", "previously"); no role noun ends so ("family", "deputy", "ally" do not)
_ADVERB_END = r"(?:ally|ently|antly|ously|ively|edly|ately|arly|ingly)"
_ADVERB = re.compile(rf"[a-z]{{3,}}{_ADVERB_END}")
# one opening a phrase, before its determiner or name ("typically the board", "Reportedly
# Corvale Council"), not before an adjective it modifies ("politically active groups")
_LEADING_ADVERB = rf"[A-Za-z][a-z]{{2,}}{_ADVERB_END},?\s+(?=(?:the|a|an)\s|[A-Z])"
# a phrase of the page's furniture ("Advertisement", "Buy Photo") before a capital
_LEADING_FURNITURE = r"(?i:" + "|".join(re.escape(p) for p in lx.FURNITURE_PHRASES) + r")\s+(?=[A-Z])"
_NOT_THE_SPEAKERS = re.compile(rf"(?:{_LEADING_ADVERB}|{_LEADING_FURNITURE})+")


def _appositives(raw: str, span: Span, parts: list[str]) -> tuple[str | None, Span | None, str | None, str | None]:
    """Name (the trailing run of name words in a part), its span, role and affiliation read from
    the comma-separated parts of a phrase."""
    name: str | None = None
    name_span: Span | None = None
    place: str | None = None
    role_words: list[str] = []
    affiliation = None
    for part in parts:
        if _AGE.fullmatch(part.strip()):
            continue  # "Ana Ruiz, 52,": her age, no role
        if _RELATIVE.match(part):
            continue  # "Ana Ruiz, who chaired the panel,": a clause about her, no role
        offset = span[0] + raw.find(part)
        pw = _words(part, offset)
        cut = _name_before_preposition(pw)
        if cut is not None:
            # "Gov. Ana Lusk of Doria", "President Tom Hale in the 1970s": the name before the
            # preposition, what follows it a place or a time
            tail = [w for w, _, _ in pw[cut + 1 :] if w[:1].isupper()]
            place = place or " ".join(tail) or None
            part = part[: pw[cut][1] - offset].rstrip()
            pw = pw[:cut]
        # trailing run of name words is the personal name: "Former Ukrainian President Petro Poroshenko"
        k = len(pw)
        while k > 0 and (_name_part(pw[k - 1][0]) or (pw[k - 1][0] in _SURNAME_PARTICLES and k < len(pw))):
            k -= 1
        while k < len(pw) and pw[k][0] in _SURNAME_PARTICLES:
            k += 1  # a particle opens no name
        if len(pw) - k >= 3 and _role_noun(pw[k][0]):
            k += 1  # a role the sentence's first word capitalised: "Councillor Ana Ruiz", "Lineworker Ana Ruiz"
        run = pw[k:]
        # the word before the run, past an article: "sister of Ana Ruiz of the Harbour Hawks" names
        # a team after "of the", and "at security firm Lockwell" a firm after its noun; either
        # is an affiliation, not the person the phrase is about
        j = k - 1
        while j > 0 and pw[j][0].lower() in ("the", "a", "an"):
            j -= 1
        before_run = pw[j][0].lower() if j >= 0 and j < k else ""
        after_preposition = before_run in _PREPOSITIONS or (j == k - 1 and before_run in lx.ORG_HEADS)
        if (
            run
            and name is None
            and not after_preposition
            and (not _org_like(part) or _person_after_role(pw, j, k))
            and all(not _strip_possessive(w)[1] for w, _, _ in run)
            and (len(run) >= 2 or k > 0 or len(pw) == 1)
        ):
            name = " ".join(w for w, _, _ in run)
            name_span = (run[0][1], run[-1][2])
            pw = pw[:k]
        elif run and after_preposition and not _org_like(part):
            place = place or " ".join(w for w, _, _ in run)  # "officials in Doria"
        part_words: list[str] = []
        fields = office_fields([w for w, _, _ in pw])
        for i, (w, _, _) in enumerate(pw):
            base, poss = _strip_possessive(w)
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
            if lw.rstrip(".") in _HONORIFICS and base[:1].isupper():
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
            if w[:1].isupper() and lw not in lx.TITLES and not _role_noun(base) and lw not in lx.GROUP_NOUNS:
                if part_words:
                    part_words.append(w)
                continue
            part_words.append(lw)
        while part_words and part_words[-1] in ("of", "for", "at", "with", "from", "in", "the", "a", "an"):
            part_words.pop()
        if part_words:
            role_words.append(" ".join(part_words))
    return name, name_span, ", ".join(role_words) or None, affiliation or place


# the small words inside a surname, in lower case: "Ana de la Cruz", "Jan van der Berg", "Omar bin Said"
_SURNAME_PARTICLES = frozenset({"de", "la", "le", "du", "des", "del", "della", "da", "di", "dos", "van", "von", "der",
                                "den", "ter", "bin", "al"})  # fmt: skip
# a compound's head is its last part: "lineworker", "homeowner", "firefighter" are a worker, an
# owner, a fighter (a head of five letters or more, so no surname ending "-son" or "-man")
_ROLE_HEADS = tuple(sorted(r for r in lx.PERSON_ROLES if len(r) >= 5 and r.isalpha()))


def _role_noun(word: str) -> bool:
    """Whether a capitalised word is a person's role, itself or as a compound's head."""
    low = word.lower()
    return low in lx.PERSON_ROLES or any(low.endswith(h) and len(low) - len(h) >= 3 for h in _ROLE_HEADS)


# nouns that describe an organization ("the agency", "the security firm", "the carmaker"): the
# lexicon's organization heads and the common nouns for a business or a body of people
# a part of an organization, itself one ("Harbourline's security unit", "the research division")
_ORG_PARTS = frozenset({"unit", "division", "subsidiary", "branch", "wing", "lab", "laboratory", "bureau"})

ORG_NOUNS = lx.ORG_HEADS | _ORG_PARTS | {
    "business", "charity", "nonprofit", "non-profit", "startup", "start-up", "retailer", "chain", "carmaker",
    "automaker", "manufacturer", "maker", "lender", "insurer", "airline", "broadcaster", "publisher", "club",
    "team", "outfit", "operator", "producer", "developer", "supplier", "giant", "conglomerate", "utility",
}  # fmt: skip

# the plural of a noun for practitioners of a field ("seismologists", "technicians"): a bare
# plural names people of that kind, no one person (no surname ends so)
_PLURAL_AGENT = re.compile(r"[a-z]{3,}(?:ists|ians)")


def _people_in_apposition(raw: str, role: str, name: str) -> bool:
    """Whether a plural noun for people is in apposition to a name of words no given name opens
    ("the march organizers, Rally North"): the name is then a body's, not a person's (a person's
    there is mostly "one of" them, and two names joined are two people)."""
    head = head_word(role)
    return (
        " and " not in name
        and "," not in role
        and " " in name
        and not is_given_name(name.split()[0])
        and _ONE_OF.search(raw) is None  # "one of the organizers, Ana Ruiz": one of them
        and (
            (head in lx.GROUP_NOUNS and head not in _QUANTIFIERS)
            or (head.endswith("s") and head[:-1] in lx.PERSON_ROLES)
            or _PLURAL_AGENT.fullmatch(head) is not None
        )
    )


def _body_calling_itself(role: str) -> bool:
    """Whether the words before a name say a body goes by it ("a group calling itself", "militants
    calling themselves", "a charity known as"): the name is that body's."""
    m = _GOES_BY.search(role)
    return m is not None and (m.group(1) in ORG_NOUNS or m.group(1) in lx.GROUP_NOUNS)


_GOES_BY = re.compile(r"([\w-]+)\s+(?:calling\s+(?:itself|themselves)|called|named|known\s+as)$")
_ONE_OF = re.compile(r"\b(?:one|two|three|some|many|several|most|each|any|none|either|neither) of\b|\bamong\b", re.I)
_QUANTIFIERS = frozenset({"many", "some", "others", "most", "few", "both", "all"})


def office_fields(words: list[str]) -> set[int]:
    """Where words that name an office's field stand right before its title ("Health Minister",
    "Council leader", "Opposition critic"): part of the role. Not when a capitalised word opens
    them, which makes them a body's name ("Harbour County Sheriff": the county is an affiliation)."""
    out: set[int] = set()
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j].lower() in lx.OFFICE_FIELDS:
            j += 1
        if j > i and j < len(words) and _role_word(words[j]) and _opens_role(words[i - 1] if i else ""):
            out.update(range(i, j))
        i = j + 1 if j > i else i + 1
    return out


def _role_word(word: str) -> bool:
    low = word.lower()
    return low in lx.TITLES or low in lx.PERSON_ROLES


def _opens_role(before: str) -> bool:
    """Whether the word before an office's field leaves it the role's first word: none, a word in
    lower case, an article, a title ("Former"), a possessive ("Doria's"), a sentence's opener
    ("Later")."""
    low = before.lower()
    return (
        not before[:1].isupper()
        or low in lx.DETERMINERS
        or low in lx.TITLES
        or before in lx.NON_NAME_CAPS
        or _strip_possessive(before)[1]
    )


# forms of address before a name, written with a stop or (British) without: no role
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof"})

_PREPOSITIONS = frozenset(("of", "in", "from", "at", "for", "with", "on", "near"))


def _name_before_preposition(pw: list[tuple[str, int, int]]) -> int | None:
    """Where the first preposition of a part follows a name of two or more words ("Gov. Ana Lusk of
    Doria", "Mara Quill of the Harbour Trust"); not "University of Doria" (one word before)."""
    for p in range(2, len(pw) - 1):
        if pw[p][0] in _PREPOSITIONS:
            run = 0
            while run < p and _name_part(pw[p - 1 - run][0]):
                run += 1
            return p if run >= 2 and pw[p - 1][0].lower() not in lx.ORG_HEADS else None  # not "Royal Bank of …"
    return None


# capitals that give a person's role, not a name ("Harbourline CEO Ana Ruiz")
_ROLE_CAPITALS = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MPP", "MLA", "MNA", "PM"})


def _name_part(w: str) -> bool:
    return is_name_word(w) and w not in _ROLE_CAPITALS


def _person_after_role(pw: list[tuple[str, int, int]], j: int, k: int) -> bool:
    """ "University of Doria political scientist Ana Reyes": a run of two or more name words right
    after a person's role noun is that person's name, whatever institution the part names first."""
    return (
        j == k - 1
        and pw[j][0].lower() in lx.PERSON_ROLES
        and len(pw) - k >= 2
        and not _org_like(" ".join(w for w, _, _ in pw[k:]))
    )


_HEAD_ENDS = re.compile(
    r"\s+(?:who|that|which|of|for|at|from|in|with|on|by|close|familiar|linked|near|loyal|briefed|involved)\s+"
)
_HEAD_WORDS = re.compile(r"[\w'’.-]+")


def head_word(raw: str) -> str:
    first = raw.split(",")[0]
    first = _HEAD_ENDS.split(first, maxsplit=1)[0]
    ws = _HEAD_WORDS.findall(first)
    return _strip_possessive(ws[-1])[0].lower() if ws else ""


_NEGATED_AUXILIARY_AFTER = re.compile(r"\s+[A-Za-z]+n['’]t\s*$")


def _org_like(text: str) -> bool:
    caps = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", text) if w[:1].isupper()]
    if len(caps) == 2 and is_given_name(caps[0]) and text.strip().split()[0] == caps[0]:
        return False  # a given name and a surname that is also a word: "Tom Cross", "Ana Bank"
    return (
        (bool(_ORG_SUFFIX.search(text)) and len(caps) >= 1)
        or any(w.lower() in ("kremlin", "pentagon", "nato", "fbi", "cia", "un", "eu", "who") for w in caps)
        or _ACRONYM_COMPOUND.search(text) is not None
    )


# capitals joined to a word by a hyphen name a company, never a person ("ABC-Harbourline", "Doria-TV")
_ACRONYM_COMPOUND = re.compile(r"\b[A-Z]{2,}-[A-Z]|[a-z]-[A-Z]{2,}\b")


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


def gender_of(phrase: SpeakerPhrase) -> str | None:
    words = {w.lower().rstrip(".") for w in phrase.text.split()}
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
    parts = phrase.name.split()
    if phrase.kind == "person" and phrase.anonymity == "named":
        # "Ada Varrow", "Councillor Ada Walsh": the first given name before the surname
        return next((g for g in map(gender_of_given_name, parts[:-1]) if g is not None), None)
    return None
