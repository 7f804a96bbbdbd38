"""The words speaker phrases are read with: which say a role or an office ("Health Minister", "minister
of Roads and Ferries"), which an organization ("the carmaker", "Harbour Trust"), which a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

from summarizer.rules.attribution.words import PLACE_PREPOSITIONS
from summarizer.text import lexicon as lx
from summarizer.text.given_names import is_given_name
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.place_names import place_shaped
from summarizer.text.regex import compiled

_ORG_SUFFIX = compiled(r"\b(?:Inc|Corp|Co|Ltd|LLC|Group|Party|Ministry|Department|Agency|Office|"
                         r"Committee|Council|Commission|Court|Bureau|Institute|University|Foundation|"
                         r"Association|Organi[sz]ation|Union|Army|Forces?|Police|Service|Command|Times|Post|News|"
                         r"Journal|Press|Network|Post|Guard|Administration|Government|Campaign|"
                         # company names' last words ("General Motors" is no General called Motors,
                         # "Premier Inn" no premier called Inn)
                         r"Motors|Oil|Inns?|Hotels?|Resorts|Airlines|Airways|Industries|Holdings|Technologies|"
                         r"Systems|Pharmaceuticals|"
                         r"Energy|Electric|Dynamics|Mills|Entertainment|Media|Communications|Enterprises|"
                         r"Realty|Properties|Foods|Bakeries|Paving|Construction|Builders|Logistics|Insurance|"
                         # teams, charities, societies and authorities ("the Red Cross", "Mountain Rescue Team")
                         r"Team|Cross|Crescent|Trust|Charity|Society|League|Alliance|Coalition|Federation|Brigade|"
                         r"Authority|Board|Fund|Railways?|Affairs|School|College|Academy)\b")  # fmt: skip


def strip_possessive(word: str) -> tuple[str, bool]:
    """A word without its possessive ending ("Doria's", "the officers'"), and whether it had one."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)], True
    if word.endswith(("s'", "s’")):
        return word[:-1], True
    return word, False


def is_name_word(w: str) -> bool:
    """Whether a word can be part of a name: capitalised, and no title, demonym or capitalised common
    word ("May", the month, may be a surname in a speaker's phrase: "Prime Minister Theresa May")."""
    base = w.rstrip(".")
    return (
        bool(w[:1].isupper())
        and ((w not in lx.NON_NAME_CAPS and base not in lx.NON_NAME_CAPS) or w == "May")
        and base.lower() not in lx.TITLES
        and not ("-" in base and all(part in lx.TITLES for part in base.lower().split("-")))  # "Vice-President"
        and base.lower() not in lx.DEMONYMS
    )


# the small words inside a surname, in lower case: "Ana de la Cruz", "Jan van der Berg", "Omar bin Said"
SURNAME_PARTICLES = frozenset({"de", "la", "le", "du", "des", "del", "della", "da", "di", "dos", "van", "von", "der",
                               "den", "ter", "bin", "al"})  # fmt: skip
# a compound's head is its last part: "lineworker", "homeowner", "firefighter" are a worker, an
# owner, a fighter (a head of five letters or more, so no surname ending "-son" or "-man")
_ROLE_HEADS = frozenset(r for r in lx.PERSON_ROLES if len(r) >= 5 and r.isalpha())
# their lengths, longest first: a word's ending of each length is looked up in the set (a few
# lookups, where testing every head's ending was the word's cost)
_ROLE_HEAD_LENGTHS = tuple(sorted({len(h) for h in _ROLE_HEADS}, reverse=True))


def is_role_noun(word: str) -> bool:
    """Whether a capitalised word is a person's role, itself or as a compound's head."""
    low = word.lower()
    return low in lx.PERSON_ROLES or any(low[-n:] in _ROLE_HEADS for n in _ROLE_HEAD_LENGTHS if len(low) - n >= 3)


# a part of an organization, itself one ("Harbourline's security unit", "the research division")
ORG_PARTS = frozenset({"unit", "division", "subsidiary", "branch", "wing", "lab", "laboratory", "bureau"})
# nouns that describe an organization ("the agency", "the security firm", "the carmaker"): the
# lexicon's organization heads and the common nouns for a business or a body of people
ORG_NOUNS = lx.ORG_HEADS | ORG_PARTS | {
    "business", "charity", "nonprofit", "non-profit", "startup", "start-up", "retailer", "chain", "carmaker",
    "automaker", "chipmaker", "drugmaker", "planemaker", "toymaker", "steelmaker", "manufacturer", "maker",
    "lender", "insurer", "airline", "broadcaster", "publisher", "club",
    "team", "outfit", "operator", "producer", "developer", "supplier", "giant", "conglomerate", "utility",
    "band", "squad", "orchestra", "choir",
}  # fmt: skip

# the plural of a noun for practitioners of a field ("seismologists", "technicians"): a bare
# plural names people of that kind, no one person (no surname ends so)
PLURAL_AGENT = compiled(r"[a-z]{3,}(?:ists|ians)")


def people_in_apposition(raw: str, role: str, name: str) -> bool:
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
            or PLURAL_AGENT.fullmatch(head) is not None
        )
    )


def body_calling_itself(role: str) -> bool:
    """Whether the words before a name say a body goes by it ("a group calling itself", "militants
    calling themselves", "a charity known as"): the name is that body's."""
    m = _GOES_BY.search(role)
    return m is not None and (m.group(1) in ORG_NOUNS or m.group(1) in lx.GROUP_NOUNS)


_GOES_BY = compiled(r"([\w-]+)\s+(?:calling\s+(?:itself|themselves)|called|named|known\s+as)$")
_ONE_OF = compiled(r"\b(?:one|two|three|some|many|several|most|each|any|none|either|neither) of\b|\bamong\b", re.I)
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
        or strip_possessive(before)[1]
    )


# forms of address before a name, written with a stop or (British) without: no role
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof"})

PREPOSITIONS = frozenset(("of", "in", "from", "at", "for", "with", "on", "near"))


def name_before_preposition(pw: list[tuple[str, int, int]]) -> int | None:
    """Where the first preposition of a part follows a name of two or more words ("Gov. Ana Lusk of
    Doria", "Mara Quill of the Harbour Trust"); not "University of Doria" (one word before)."""
    for p in range(2, len(pw) - 1):
        if pw[p][0] in PREPOSITIONS:
            run = 0
            while run < p and is_name_part(pw[p - 1 - run][0]):
                run += 1
            if run < 2 or pw[p - 1][0].lower() in lx.ORG_HEADS:
                return None  # not "Royal Bank of …"
            return None if _members_after(pw, p) and not is_given_name(pw[p - run][0]) else p
    return None


def _members_after(pw: list[tuple[str, int, int]], p: int) -> bool:
    """Does "of" at pw[p] open the last word, a trade's people, of a body's name ("Fraternal Order
    of Police")? A person is "of" a place or a body ("Ana Lusk of Doria", "Mara Quill of the
    Harbour Trust"), never of a trade's people: the words before and after are one body's name."""
    return pw[p][0] == "of" and p + 2 == len(pw) and _members_word(pw[p + 1][0])


def _members_word(word: str) -> bool:
    """Is ``word`` a capitalised plural for the people a body is made of ("Police", "Nurses",
    "Firefighters", "Teachers")?"""
    low = word.lower()
    return word[:1].isupper() and (
        low == "police"
        or low in lx.GROUP_NOUNS
        or (low.endswith("s") and (is_person_noun(low) or low[:-1] in lx.PERSON_ROLES))
    )


# a body's name of capitalised words that ends in "of" and its members ("the Fraternal Order of
# Police", "the Order of Nurses"): the last word is read by _members_word
_MEMBERS_BODY = compiled(r"\b[A-Z][\w'’-]*\s+of\s+([A-Z][\w'’-]*)\s*\Z")


def members_body(text: str) -> bool:
    """Do capitalised words end in "of" and the people a body is made of ("the Fraternal Order of
    Police", "Grand Guild of Nurses"): a body's name, whatever its head ("Order" is no
    organisation's word alone: "the order says" is a court's)? A given name first makes it a
    person of the body ("Paul Dorsey of Teachers")."""
    m = _MEMBERS_BODY.search(text)
    first = next((w for w in text.split() if w[:1].isupper()), "")
    return m is not None and _members_word(m.group(1)) and not is_given_name(first)


# capitals that give a person's role, not a name ("Harbourline CEO Ana Ruiz")
_ROLE_CAPITALS = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MPP", "MLA", "MNA", "PM"})


def is_name_part(w: str) -> bool:
    """Whether a word can be part of a person's name beside a role ("CEO" cannot)."""
    return is_name_word(w) and w not in _ROLE_CAPITALS


def person_after_role(pw: list[tuple[str, int, int]], j: int, k: int) -> bool:
    """ "University of Doria political scientist Ana Reyes": a run of two or more name words right
    after a person's role noun is that person's name, whatever institution the part names first."""
    return (
        j == k - 1
        and pw[j][0].lower() in lx.PERSON_ROLES
        and len(pw) - k >= 2
        and not org_like(" ".join(w for w, _, _ in pw[k:]))
    )


_HEAD_ENDS = compiled(
    r"\s+(?:who|that|which|of|for|at|from|in|with|on|by|close|familiar|linked|near|loyal|briefed|involved"
    # a preposition of place that opens a phrase ("a man outside the court"), not an adjective ("an
    # outside adviser", "the inside track")
    # ("near" is a head's end before anything, above)
    rf"|(?:{'|'.join(sorted(PLACE_PREPOSITIONS - {'near'}))})(?=\s+(?:the|a|an|his|her|their|its|[A-Z])))\s+"
)
_HEAD_WORDS = compiled(r"[\w'’.-]+")


@lru_cache(maxsize=4096)  # asked of the same speaker phrases by several readers
def head_word(raw: str) -> str:
    """The head noun of a phrase, in lower case: its last word before a comma or a modifier ("who", "of", "close")."""
    first = raw.split(",")[0]
    first = _HEAD_ENDS.split(first, maxsplit=1)[0]
    ws = _HEAD_WORDS.findall(first)
    return past_office_noun(strip_possessive(ws[-1])[0].lower()) if ws else ""


# the prefixes that put an office in the past, read like "former": "the ex-governor", "the then-mayor"
PAST_OFFICE_PREFIXES = ("ex-", "then-")


def past_office_noun(word: str) -> str:
    """The office a word names past its prefix of a past office ("ex-governor" is a governor's
    office, "then-mayor" a mayor's); any other word as it is, and so a prefixed word that is no
    title ("ex-wife", "then-fiancé")."""
    if word.lower().startswith(PAST_OFFICE_PREFIXES):
        office = word.split("-", 1)[1]
        if office.lower() in lx.TITLES:
            return office
    return word


# a title and "of" before capitalised words in a list: the name of an office, whose commas and
# "and" join the fields it covers ("Minister of Roads, Bridges and Ferries", "Secretary of Health
# and Human Services"), not a role and a name in apposition
_OFFICE = compiled(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?([\w-]+)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+|\s+)(?:the\s+)?[A-Z][\w'’-]*)*"
)


def office_role(raw: str) -> str | None:
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


_CAP_WORDS = compiled(r"[A-Za-z][\w'’.-]*")


@lru_cache(maxsize=4096)  # asked of the same phrases again and again
def org_like(text: str) -> bool:
    """Whether capitalised words name an organization by their shape ("… Trust", "NATO", "ABC-Harbourline")."""
    caps = [w for w in _CAP_WORDS.findall(text) if w[:1].isupper()]
    if place_shaped(text):
        return True  # "Oak Ridge said", "Dane County said": the place's government (a given name first is no county)
    if len(caps) == 2 and is_given_name(caps[0]) and text.strip().split()[0] == caps[0]:
        return False  # a given name and a surname that is also a word: "Tom Cross", "Ana Bank"
    if len(caps) == 2 and caps[0].rstrip(".").lower() in _COURTESY_TITLES and text.strip().split()[0] == caps[0]:
        return False  # a courtesy title and a surname that is also a word: "Ms. Mills", "Mr. Cross"
    return (
        (bool(_ORG_SUFFIX.search(text)) and len(caps) >= 1)
        or any(w.lower() in ("kremlin", "pentagon", "nato", "fbi", "cia", "un", "eu", "who") for w in caps)
        or _ACRONYM_COMPOUND.search(text) is not None
        or _field_and_country(text.split(",", 1)[0])  # its appositive set off after it
        or members_body(text)
    )


# words that make part of a country's or a region's own name before it ("South Korea", "Northern
# Ireland"), no field a body serves
_REGION_OPENERS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                             "Central", "New", "Upper", "Lower", "Greater", "Atlantic", "Pacific", "Arctic"})  # fmt: skip
_COUNTRY_NAMES = frozenset(c for c in lx.DEMONYMS.values() if " " not in c)
# words that open a clause or focus what follows, capitalised at a sentence's start, no field
# ("Even China said", "Say Mexico …")
_NOT_FIELDS = lx.NP_LINKS | frozenset(lx.CUE_FORMS) | {"even", "only", "also", "just", "unlike", "like", "besides"}


def _field_and_country(text: str) -> bool:
    """A body named by its field and its country ("Statistics Norland"-shaped: "Statistics
    Canada", "Hockey Canada", "Cycling Australia"): two capitalised words, the last a country, the
    first no given name, title nor part of a region's name ("Tom France", "Northern Ireland")."""
    words = text.split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return (
        len(words) == 2
        and words[1] in _COUNTRY_NAMES
        and words[0][:1].isupper()
        and words[0].isalpha()
        and words[0] not in _REGION_OPENERS
        and words[0].lower() not in _NOT_FIELDS
        and words[0] not in _COUNTRY_NAMES
        and words[0].lower() not in lx.TITLES
        and not is_given_name(words[0])
    )


# titles given only to a person, never part of a body's name ("Ms. Mills" is no company of mills)
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})

# capitals joined to a word by a hyphen name a company, never a person ("ABC-Harbourline", "Doria-TV")
_ACRONYM_COMPOUND = compiled(r"\b[A-Z]{2,}-[A-Z]|[a-z]-[A-Z]{2,}\b")


# a title written short before a name and the role noun a later description uses for its
# holder: "Coun. Ana Lusk … the councillor said", "Sen. Tom Hale … the senator"
_TITLE_ROLE_NOUNS = {
    "coun": "councillor", "cllr": "councillor", "cr": "councillor", "councilor": "councillor", "sen": "senator", "rep": "representative",
    "gov": "governor", "gen": "general", "col": "colonel", "capt": "captain", "lt": "lieutenant",
    "maj": "major", "sgt": "sergeant", "cpl": "corporal", "adm": "admiral", "cmdr": "commander",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "const": "constable",
    "cst": "constable", "prof": "professor", "rev": "reverend",
}  # fmt: skip


def title_noun(word: str) -> str:
    """A title written short, written out ("Coun." is "councillor"); any other word as it is."""
    return _TITLE_ROLE_NOUNS.get(word.rstrip(".").lower(), word)


# a title before a name whose holder a later description names by another noun: "Justice Ana
# Lusk … the judge wrote" (alone only: "minister of justice" is no judge)
_TITLE_ALONE_ROLE_NOUNS = {"justice": "judge"}


def role_head(role: str) -> str:
    """The noun a role is indexed and looked up by: its last word, a short title written out."""
    words = role.split()
    if len(words) == 1 and words[0].lower() in _TITLE_ALONE_ROLE_NOUNS:
        return _TITLE_ALONE_ROLE_NOUNS[words[0].lower()]
    return title_noun(past_office_noun(words[-1]))


# a role held before and no longer: "the former mayor", "ex-minister", "then-chief"
_PAST_MODIFIER = compiled(r"(?i:\b(?:former|" + "|".join(PAST_OFFICE_PREFIXES) + "))")
# a description that opens with a past office: "the former mayor", "the ex-governor"
THE_PAST_OFFICE = compiled(r"[Tt]he[ \t]+(?:former[ \t]+|" + "|".join(PAST_OFFICE_PREFIXES) + ")[a-z]")
# a past office written right before a name: "Former minister Bo Vale", "ex-mayor Ann Roy"
_PAST_TITLE_BEFORE = compiled(
    r"(?i:\b(?:former|" + "|".join(PAST_OFFICE_PREFIXES) + r")[\w.-]*(?:[ \t]+[\w.-]+){0,3}[ \t]+)\Z"
)
# or after it: "Bo Li, who was minister until 2019", "Ann Roy, who served as mayor"
_PAST_OFFICE_AFTER = compiled(r",[ \t]+who[ \t]+(?:was|had been|served as|once was)\b")


def same_time_of_office(role: str | None, holder_role: str | None, mentions: list[tuple[int, int]], text: str) -> bool:
    """May a holder of the office (``holder_role``, named at ``mentions``) be the one a role
    refers to? Any holder for a role of now ("the minister"); for a past one ("the former
    minister") only one the text gave the past office: by its role, by "former" before a
    mention of the name, or ", who was …" after one. The minister of now is not the former one."""
    if not role or _PAST_MODIFIER.search(role) is None:
        return True
    if holder_role and _PAST_MODIFIER.search(holder_role) is not None:
        return True
    return any(
        _PAST_TITLE_BEFORE.search(text, max(0, s - 40), s) is not None or _PAST_OFFICE_AFTER.match(text, e) is not None
        for s, e in mentions
    )


def _past_holder(holder_role: str | None, mentions: list[tuple[int, int]], text: str) -> bool:
    """Did the text give this holder the office as a past one ("Former Premier Ada Pine")?"""
    return same_time_of_office("former", holder_role, mentions, text)


# a word before an office's noun that makes it another office: the prime minister is no
# minister of a department, the deputy mayor no mayor, the vice president no president
_OTHER_OFFICE_WORDS = frozenset({"prime", "vice", "deputy", "assistant", "associate", "lieutenant", "under"})


def _title_words(role: str) -> frozenset[str]:
    """The words before an office's noun, past ones left out ("former finance minister" -> finance)."""
    words = [w.strip(".,").lower() for w in role.split()[:-1]]
    return frozenset(w for w in words if w and _PAST_MODIFIER.fullmatch(w) is None)


def same_title(role: str, holder_role: str | None) -> bool:
    """May the holder of ``holder_role`` be the one a bare ``role`` with the same noun names? Only
    when the words before the noun do not clash: "the minister" is a finance minister, "the
    police chief" a Calder police chief, "the sheriff" a county sheriff; "the prime minister" is
    no finance minister, "the finance minister" no health minister, "the minister" no prime
    minister and "the mayor" no deputy mayor (a word that makes another office on one side only)."""
    if not holder_role:
        return True
    mine, theirs = _title_words(role), _title_words(holder_role)
    if mine & _OTHER_OFFICE_WORDS != theirs & _OTHER_OFFICE_WORDS:
        return False
    return mine <= theirs or theirs <= mine


def same_office(role: str, holder_role: str, mentions: list[tuple[int, int]], text: str) -> bool:
    """Is ``holder_role`` the office ``role`` names, at its time ("the former mayor" is no mayor of now)?"""
    return role_head(holder_role) == role_head(role) and same_time_of_office(role, holder_role, mentions, text)


class _Holder(Protocol):
    @property
    def role(self) -> str | None: ...
    @property
    def mentions(self) -> list[tuple[int, int]]: ...


_H = TypeVar("_H", bound=_Holder)


def holders_at_the_time(role: str, holders: Iterable[_H], text: str) -> list[_H]:
    """The holders of an office that ``role`` may refer to: of its whole title (same_title) and at
    its time (same_time_of_office); for a role of now, a former holder only when no current one
    is named ("Former Premier Ada Pine … Premier Tom Hale … the premier" is Tom Hale)."""
    found = [h for h in holders if same_title(role, h.role) and same_time_of_office(role, h.role, h.mentions, text)]
    if _PAST_MODIFIER.search(role) is None:
        current = [h for h in found if not _past_holder(h.role, h.mentions, text)]
        return current or found
    return found
