"""Definite descriptions a speaker phrase can be, and what they refer back to: "the affable owner"
(a person named before), "the agency" (an organization named before), "the statement" (its issuer).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.rules.org_kinds import (
    kind_nouns,
    kinds_named,
    names_carry_kind,
    names_kind_of,
    of_another_kind,
    of_other_members,
    tells_a_kind,
)
from summarizer.rules.roles import ORG_NOUNS, head_word, role_head, title_noun
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.base import Span
from summarizer.text.given_names import is_given_name
from summarizer.text.regex import compiled

# modifiers that make a title of a role ("the former mayor"), not a description of a person
_TITLE_MODIFIERS = {"former", "acting", "deputy", "vice", "interim", "assistant", "associate", "senior", "chief",
                    "lead", "then", "outgoing", "incoming", "new", "current", "top", "head"}  # fmt: skip


# the prepositions that join a title to the place or body it holds office in ("the mayor of …")
_OFFICE_OF = frozenset({"of", "for"})

# a name and a comma right before a description: the description is the name's appositive
NAME_COMMA_BEFORE = compiled(r"\b([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+),[ \t]+$")

# a role noun and a comma right before a name: "The city's lawyer, Tom Hale"
_ROLE_COMMA_BEFORE = compiled(r"\b(" + "|".join(sorted(lx.PERSON_ROLES, key=lambda w: (-len(w), w))) + r"),[ \t]+$")


# a role set off after a name ("Tom Hale, the mayor, …", "Tom Hale, a lawyer for …")
_APPOSITION_AFTER = compiled(r",[ \t]+(?:the|a|an|his|her|their|its)[ \t]")
_SHE = frozenset({"she", "her", "hers", "herself"})
_HE = frozenset({"he", "him", "his", "himself"})


def someone_else(text: str, end: int, span: Span, head: str) -> bool:
    """Is the person named at ``span``, after a lede's description of head noun ``head`` ending
    at ``end``, someone else: a role set off after the name ("Tom Hale, the mayor, said …"), a
    role other than ``head`` set off before it ("The city's lawyer, Tom Hale, …"), or pronouns
    of another sex ("saying she was bullied … Tom Hale said he …")?"""
    if _APPOSITION_AFTER.match(text, span[1]):
        return True
    apposed = _ROLE_COMMA_BEFORE.search(text, max(end, span[0] - 40), span[0])
    if apposed is not None and role_head(apposed.group(1)) != head:
        return True
    stop = text.find(".", span[1])
    before = {w.lower() for w in re.findall(r"[A-Za-z]+", text[end : span[0]])}
    after = {w.lower() for w in re.findall(r"[A-Za-z]+", text[span[1] : stop if stop >= 0 else len(text)])}
    return bool((before & _SHE and after & _HE) or (before & _HE and after & _SHE))


# a role's appositive then a name between commas right after a bare role: ", security research at
# Lockwell, Ana Ruiz,"
_NAME_COMMA_AFTER = compiled(r",[ \t]+(?:([^,\n]{1,80}),[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+),")


# a relative clause set off after a description in which the person gives their name ("A woman
# near the stage, who gave her name as Ana Ruiz, said", "a veteran, who identified himself only as
# Tom,"): the description is that name's. Group 1 is the name.
_S = r"[^\S\n]+"
_NAME_GIVEN_AFTER = compiled(
    rf",{_S}who{_S}(?:"
    rf"(?:(?:would{_S})?(?:give|offer|provide)|gave|offered|provided){_S}(?:his|her|their|only{_S}(?:his|her|their)){_S}(?:(?:first|full|last){_S})?name{_S}(?:only{_S})?as"
    rf"|(?:identified|introduced){_S}(?:himself|herself|themselves){_S}(?:only{_S})?as"
    rf"|(?:asked|wished|wanted){_S}to{_S}be{_S}(?:identified|called|named){_S}(?:only{_S})?(?:as|by)"
    rf"|said{_S}(?:his|her|their){_S}name{_S}(?:is|was)"
    # a title's abbreviation before the name is no part of it ("as Lt. Dan Crowe", "as Dr. Ana Ruiz")
    rf"){_S}(?:[A-Z][a-z]{{1,3}}\.{_S})?([A-Z][\w'’-]*(?:{_S}(?:[A-Z]\.|[A-Z][\w'’-]*)){{0,2}}),"
)


def name_given_after(text: str, end: int) -> re.Match[str] | None:
    """The name a person described gives in a relative clause set off right after the description
    that ends at ``end`` (", who gave her name as Ana Ruiz,"): group 1; None if no such clause."""
    return _NAME_GIVEN_AFTER.match(text, end)


# an appositive of the name's own after its comma (an age, a relative clause set off, a noun phrase):
# the name may be the subject of the words that follow ("According to the coroner, Ann Vo, 34,
# died …", "…, Tom Hale, who was arrested, had …"), no holder of the role before
_OWN_APPOSITIVE = compiled(r"[ \t]*(?:\d{1,3}[ \t]*,|(?:who|whose|whom)\b[^,.;\n]*,|(?:a|an|the)[ \t]+[^,\n]{1,60},)")


def name_comma_after(text: str, end: int) -> re.Match[str] | None:
    """The name set off between commas right after a bare role that ends at ``end``: after the
    role's own appositive (", security research at Lockwell, Ana Ruiz,"), or right after the role
    when it opens with a given name or a title (", Ana Ruiz," the treasurer's name; not ", New
    Lisk,", a place, nor ", Harbour Lines,", a company). Group 2 is the name."""
    m = _NAME_COMMA_AFTER.match(text, end)
    if m is None or m.group(1) is not None:
        return m
    if _OWN_APPOSITIVE.match(text, m.end()):
        return None  # "According to the coroner, Ann Vo, 34, died …": the name opens the clause
    first = m.group(2).split()[0].rstrip(".")
    return m if is_given_name(first) or first.lower() in lx.TITLES else None


# "the " (and an adjective and a comma) right before a speaker phrase that lacks them: "the
# tall, bearded engineer" when the speaker found is "bearded engineer"
_THE_BEFORE = compiled(r"\b[Tt]he\s+(?:[a-z][\w-]*,\s+)?$")


def epithet(phrase: SpeakerPhrase, text: str = "") -> bool:
    """A definite description of one person by what they are like ("the affable proprietor",
    "the self-taught Lisk resident", "the 45-year-old"): it refers back to someone named,
    where a bare or titled role ("the mayor", "the former mayor") names an office. ``text``: the
    article, where "the" may stand right before a phrase that lacks it."""
    if phrase.plural or phrase.anonymity != "role_only" or phrase.kind not in ("person", "unnamed"):
        return False
    words = phrase.text.replace(",", " ").split()
    if text and phrase.text[:1].islower() and words[0] not in ("the", "a", "an"):
        the_before = _THE_BEFORE.search(text, max(0, phrase.span[0] - 30), phrase.span[0])
        if the_before is not None:
            words = the_before.group().replace(",", " ").split() + words
    if len(words) < 2 or words[0].lower() != "the":
        return False
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[1:-1]):
        return False  # "the victim's mother", "the players' coach": someone else than the one named
    if _AGED.fullmatch(words[-1]):
        return True
    return len(words) >= 3 and words[1].lower() not in _TITLE_MODIFIERS


_AGED = compiled(r"\d+-year-old")


def seated_title(phrase: SpeakerPhrase) -> str | None:
    """The title of a description that names an office by its seat ("the mayor of Dayton", "the
    governor of Ohio": "mayor", "governor"), else None. Such a phrase refers back only to someone
    the text gave that title: it tells an office, not what a person named before is like."""
    words = phrase.text.split()
    if (
        len(words) >= 4
        and words[0].lower() == "the"
        and words[2].lower() in _OFFICE_OF
        and words[1].lower() in lx.TITLES
    ):
        return words[1].lower()
    return None


def holds_seated_title(role: str | None, mentions: list[Span], phrase: SpeakerPhrase, text: str) -> bool:
    """May ``phrase`` be someone of this role and these mentions as far as an office named by its
    seat goes: "the mayor of Dayton" is only someone the text made a mayor, by role ("Tom Hale,
    the mayor") or by a title written before a mention ("Mayor Tom Hale", "Gov. Ana Ruiz"), never
    whoever it is most about."""
    title = seated_title(phrase)
    if title is None:
        return True
    low = (role or "").lower()
    if low and (role_head(low) == title or title in low.split()):
        return True
    return any(
        (m := _TITLE_BEFORE.search(text, max(0, start - 40), start)) is not None
        and title_noun(m.group(1)).lower() == title
        for start, _ in mentions
    )


# the title word written right before a name ("Mayor Tom Hale", "Gov. Ana Ruiz", "Dayton Mayor")
_TITLE_BEFORE = compiled(r"\b([A-Za-z]+)\.?[ \t]+\Z")


# works and media, which a description may be of but no person is ("the 30-second spot", "the
# new documentary"): never taken forward to a person named next
WORKS = lx.DOCUMENT_HEADS | {
    "spot", "ad", "advert", "advertisement", "commercial", "clip", "film", "movie", "documentary", "book",
    "show", "series", "episode", "song", "album", "poster", "campaign", "trailer", "podcast", "article",
}  # fmt: skip

# a speaker's verb of saying followed by the document it spoke in: "said in a statement", "wrote
# in the company's blog post", "said Monday in a news release"
ISSUED_IN = compiled(
    # (past a relative clause set off after the name: "Tomas Reyes, who runs the ferry, wrote in …")
    r"(?:,[^\S\n]+(?:who|which)\b[^,\n]{0,80}(?=,))?,?[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:said|says|stated|states|wrote|writes|added|adds|announced|noted|explained"
    r"|warned|confirmed)[^\S\n]+(?:[\w.]+[^\S\n]+){0,2}?in[^\S\n]+(?:(?:a|an|the|its|his|her|their)[^\S\n]+)?"
    r"(?:[\w.-]+['’]s[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?("
    + "|".join(sorted(lx.DOCUMENT_HEADS, key=lambda w: (-len(w), w)))
    + r")\b",
    re.I,
)


# a document someone sent ("sent a letter to the board", "issued a two-page statement"): a later
# "the letter" is theirs
SENT_HEADS = frozenset({"letter", "statement", "memo", "petition", "email", "notice", "report"})
SENT = compiled(
    r"[^\S\n]+(?:sent|wrote|issued|released|signed|published|posted|delivered)[^\S\n]+(?:a|an|its|his|her|their)[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+)?(letter|statement|memo|petition|email|notice|report)\b"
    # the verb a document is the noun of, with no object: "posted on social media that …" makes
    # "the post"; "filed in court", "tweeted" (a passive's "was filed" has no author before it)
    r"|(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?(?P<verb>posted|filed|tweeted)\b"
)
# the noun each verb of SENT with no object makes
_NOUN_OF_VERB = {"posted": "post", "filed": "filing", "tweeted": "tweet"}
# the documents a later "the …" may name by who sent, posted or filed them
SENDER_HEADS = SENT_HEADS | frozenset(_NOUN_OF_VERB.values())
# a document fronted as the sentence's opener, its author the subject after the comma: "In a
# letter mailed to members on Friday, the club wrote that …"
_FRONTED_IN = compiled(
    r"(?:^|(?<=[.!?\n]))[\s\"“]*In[^\S\n]+(?:a|an|its|his|her|their)[^\S\n]+(?:[\w-]+[^\S\n]+)??("
    + "|".join(sorted(SENDER_HEADS))
    + r")\b[^,.\n]{0,80},"
    r"[^\S\n]+((?:[Tt]he[^\S\n]+)?[\w'’.-]+(?:[^\S\n]+[\w'’.-]+){0,3}?)[^\S\n]+"
    r"(?:said|says|wrote|writes|told|stated|announced|explained|warned|confirmed)\b"
)


def sender_before(text: str, head: str, before: int) -> tuple[int, str] | None:
    """Who sent, wrote, posted or filed the document a later "the letter", "the post", "that
    filing" is, in the 400 characters before ``before``: the subject of the verb that sent it
    ("Parents of the pupils sent a letter to the board", "The sheriff's office posted on social
    media that …"), or the subject after a fronted "In a letter …," ("In a letter to members,
    the club wrote that …"). Its start and words, or None when no author is stated ("was
    disclosed in a filing" stays the filing's)."""
    lo = max(0, before - 400)
    found = None
    for m in SENT.finditer(text, lo, before):
        if (m.group(1) or _NOUN_OF_VERB.get(m.group("verb") or "")) == head:
            found = m
    fronted = None
    for f in _FRONTED_IN.finditer(text, lo, before):
        if f.group(1).lower() == head:
            fronted = f
    if fronted is not None and (found is None or fronted.start() > found.start()):
        at, subject = fronted.start(2), fronted.group(2)
    elif found is not None:
        start = max(text.rfind(c, lo, found.start()) for c in ".!?\n,")
        subject = text[max(start + 1, lo) : found.start()].strip()
        at = text.rfind(subject, lo, found.start())
    else:
        return None
    words = subject.split()
    if not words or len(words) > 12 or words[0].lower() in ("he", "she", "it", "they", "we", "i"):
        return None
    return at, subject


# an organization's name in running text: a name after an organization noun ("cleaning firm
# Brightwell", "toy maker Acme & Sons"), an acronym ("the CUPW"), a name ending in an
# organization's word ("Harbour Ferry Company")
@cache
def org_named() -> re.Pattern[str]:
    """The pattern, compiled on first use: few articles hold such a description, and a command
    that summarizes one article should not pay for it at start."""
    return compiled(
        r"\b(?:" + "|".join(sorted(ORG_NOUNS, key=lambda w: (-len(w), w))) + r")[^\S\n]+"
        r"([A-Z][\w'’.-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w'’.-]*)*)"
        r"|(?<![\w.'’-])([A-Z][A-Z&]{1,5})\b(?!-|\.\w)"
        # (no word that ends a sentence before it: "… on Monday. The Tarn Board")
        # nor a capitalised word that names nothing ("On Monday Orla State University" is the
        # university); a body's noun with "of" after it is the next branch's ("Tarn Board of Education")
        r"|\b(?!The[^\S\n])((?:(?![A-Z][a-z]{2,}\.[^\S\n]|(?:"
        + _OPENING_CAPS
        + r")[^\S\n])[A-Z][\w'’.-]*[^\S\n]+){1,4}(?:(?:"
        + "|".join(sorted(_NAME_ENDINGS & _BODY_OF_WORDS, key=lambda w: (-len(w), w)))
        + r")\b(?![^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z])|(?:"
        + "|".join(sorted(_NAME_ENDINGS - _BODY_OF_WORDS, key=lambda w: (-len(w), w)))
        # an abbreviated ending keeps its stop ("Tarn Mills Corp."), as the speaker's name does
        + r")\b(?:(?:(?<=Corp)|(?<=Ltd|Inc))\.)?))"
        # a word with a capital inside that no surname's particle makes: a brand's or an agency's
        # name ("HarbourLink"), not "McAllen", "LeBlanc", "DeVries", nor a handle ("@AnaRuiz")
        r"|(?<![\w'’.@#/-])((?!(?:Mc|Mac|La|Le|De|Di|Da|Du|Van|Von|O)[A-Z])[A-Z][a-z]+[A-Z][a-z]+)(?![\w'’-])"
        # a name ending in the trade it follows ("Norvale Appliances", "Northgate Energy"), not a
        # title's first words ("Energy Minister Ana Ruiz"), nor a capitalised word that names
        # nothing before it ("On Monday Tarn Foods" is "Tarn Foods")
        r"|\b((?:(?!(?:"
        + _NON_NAME_CAPS
        + r")[^\S\n])[A-Z][\w'’.-]*[^\S\n]+){1,3}(?:"
        + "|".join(sorted(_TRADE_WORDS))
        + r"))\b(?![^\S\n]+[A-Z])"
        # a body's noun, then "of" and what it serves ("the Manitoba Chambers of Commerce", "the
        # Ministry of Health"): capitalised throughout, the noun in the singular or the plural;
        r"|(?<![\w'’.-])(?!The[^\S\n])((?:[A-Z][\w'’-]*[^\S\n]+){0,3}(?:"
        + "|".join(sorted(_BODY_OF_WORDS))
        + r")s?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*"
        # what it serves may be a list, its items closed by commas ("of Health, Labour and Welfare")
        r"(?:(?:,[^\S\n]+[A-Z][\w'’-]*){1,3}(?=[^\S\n]+(?:and|&)[^\S\n]+[A-Z]))?"
        r"(?:[^\S\n]+(?:(?:and|of|&)[^\S\n]+)?[A-Z][\w'’-]*){0,3})"
    )


# the capitalised nouns that end a body's name ("Harbour Ferry Company", "Lakeview School Board",
# "Orla State University"): every noun of a kind of body (org_kinds) but a company's line of
# business, which names seldom end in ("Tarn Carmaker"), and the nouns of bodies of no told kind
_NAME_ENDINGS = frozenset({
    "Company", "Corporation", "Corp", "Inc", "Ltd", "Group", "Administration", "Authority", "Foundation", "Bank",
    "Coalition", "FC", "Orchestra", "Choir", "Society",
}) | {noun.capitalize() for noun in kind_nouns()}  # fmt: skip

# the capitalised nouns of a body that a name puts before "of" and what the body serves
_BODY_OF_WORDS = frozenset({
    "Academy", "Agency", "Association", "Board", "Bureau", "Chamber", "College", "Commission", "Committee",
    "Confederation", "Council", "Department", "Federation", "Institute", "League", "Ministry", "Office",
    "Society", "Union", "University",
})  # fmt: skip


_NON_NAME_CAPS = "|".join(re.escape(w) for w in sorted(lx.NON_NAME_CAPS, key=lambda w: (-len(w), w)))

# the capitalised words that open a sentence or a phrase of time but no body's name ("On", "Monday",
# "The", "Mr."): all of NON_NAME_CAPS but the words that also stand as the first or a middle word
# of a body's name, a noun or a determiner or adjective that names of bodies are coined from
# ("Orla Police Board", "All Saints School", "Our Lady Academy", "Next Step Foundation", "Breaking
# Ground Society"); a function word, a weekday, a month or a title ("On", "Monday", "Mr.") never is
_OPENING_CAPS = "|".join(
    re.escape(w)
    for w in sorted(lx.NON_NAME_CAPS - {"Police", "All", "Our", "Next", "Breaking"}, key=lambda w: (-len(w), w))
)


# plural or mass nouns of a line of business that end a firm's name (not "Resources": as often
# an office's, "Human Resources", "the Department of Natural Resources")
_TRADE_WORDS = frozenset({
    "Airlines", "Airways", "Appliances", "Brewing", "Communications", "Electronics", "Energy", "Enterprises",
    "Foods", "Holdings", "Industries", "Logistics", "Markets", "Motors", "Pharmaceuticals", "Properties",
    "Realty", "Systems", "Technologies",
})  # fmt: skip


# nouns for a body whose members act as one under a name of its own, often a plural one ("the
# Marlow Otters", "the Velvet Foxes"): "the team", "the band" may refer back to such a name
COLLECTIVE_NOUNS = frozenset({"team", "club", "band", "squad", "orchestra", "choir"})
# plural names of places and events, which no team or band bears
_PLURAL_PLACES = ("States", "Islands", "Nations", "Netherlands", "Philippines", "Bahamas", "Maldives", "Emirates",
                  "Territories", "Americas", "Rockies", "Alps", "Andes", "Mountains", "Hills", "Lakes", "Falls",
                  "Heights", "Springs", "Highlands", "Lowlands", "Midlands", "Maritimes", "Prairies", "Carolinas",
                  "Dakotas", "Balkans", "Badlands", "Keys", "Olympics", "Games", "Times", "News")  # fmt: skip
# plurals of people named by their nation ("the Russians", "the Iraqis") or their party ("the
# Democrats"): a people or a camp, no team or band
_PEOPLE_PLURALS = tuple(
    sorted(w.capitalize() + "s" for w in lx.DEMONYMS if w.isalpha() and w[-1] in "aeinot" and not w.endswith("ese"))
) + tuple(sorted(w.capitalize() for w in lx.PARTY_MEMBERS))
# "a rescue team", "a new club": a body of that kind introduced afresh, which a later "the team" means
# (its modifiers hold no determiner or preposition: not "a player on the team")
_INDEFINITE_COLLECTIVE = compiled(
    r"\b[Aa]n?[^\S\n]+(?:(?!(?:the|his|her|its|their|our|of|on|in|for|with|to|at|from|by)\b)[\w'’-]+[^\S\n]+){0,3}?("
    + "|".join(sorted(COLLECTIVE_NOUNS))
    + r")\b"
)
# a copula or "as" before it: a predicate describing a body named, none introduced ("are a young team")
_PREDICATE_BEFORE = compiled(
    r"\b(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|as)[^\S\n]+$"
)


@cache
def collective_named() -> re.Pattern[str]:
    """``org_named`` and a plural name after "the" ("the Marlow Otters", "the Blue Jays"): what
    "the team", "the club", "the band" refer back to (compiled on first use, as org_named)."""
    return compiled(
        org_named().pattern
        + r"|(?<![\w'’.-])[Tt]he[^\S\n]+((?:[A-Z][\w'’.-]*[^\S\n]+){0,3}(?!(?:"
        + "|".join(_PLURAL_PLACES + _PEOPLE_PLURALS)
        + r")\b)[A-Z][a-z]*[a-rt-z]s)\b(?![^\S\n]+[A-Z])"
    )


def org_name_before(text: str, phrase: SpeakerPhrase, *, lede: bool) -> re.Match[str] | None:
    """The name of an organization an organization's description refers back to: the last
    named in the 300 characters before it (a plural name after "the" too for "the team", "the
    band", none before "a rescue team" introduced since); else, with ``lede``, for a team, a club
    or a band, the first its lede names ("Sheffside FC has sold …" ¶ … ¶ "The club said"), an
    acronym there being often an agency's credit or a heading's word."""
    head = head_word(phrase.text)
    names = collective_named() if head in COLLECTIVE_NOUNS else org_named()
    lo = max(0, phrase.span[0] - 300)
    if names is not org_named():
        # "A rescue team reached them. … The team said": the team introduced since is the one meant
        since = [
            m.end()
            for m in _INDEFINITE_COLLECTIVE.finditer(text, 0, phrase.span[0])
            if m.group(1) == head and not _PREDICATE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ]
        if since:
            lo, lede = max(lo, since[-1]), False
    named = None
    for m in names.finditer(text, lo, phrase.span[0]):
        if (
            (m.group(2) is None or acronym_names_org(text, m.start(2), m.end(2)))
            and not of_another_kind(head, m.group())
            and not of_other_members(phrase.name, m.group())
            and not (m.group(6) and _person_from_place(m.group(6)))
        ):
            named = m
    if named is None and lede and lo > 0 and names is not org_named():
        named = next((m for m in names.finditer(text, 0, min(lo, _LEDE_CHARS)) if m.group(2) is None), None)
    if named is None and lede and lo > 0 and tells_a_kind(head):
        named = _only_body_before(text, lo, head)
        if named is not None and of_other_members(phrase.name, named.group()):
            named = None  # "the students' union" is not the one union named, the staff's
    return named


def _only_body_before(text: str, end: int, head: str) -> re.Match[str] | None:
    """The one body the text names by a name before ``end``, far back ("… stole from the Tarn
    Youth Alliance. ¶ … ¶ The league said"): with no other body named before (no acronym's either),
    a description by a kind's noun can mean no other; None when two or more are named, or it is of
    another kind."""
    found: re.Match[str] | None = None
    for m in org_named().finditer(text, 0, end):
        if m.group(2) is not None and not acronym_names_org(text, m.start(2), m.end(2)):
            continue
        if found is not None and m.group() != found.group():
            return None
        found = found or m
    return found if found is not None and not of_another_kind(head, found.group()) else None


def body_of_kind_before(text: str, phrase: SpeakerPhrase, meant: str) -> SpeakerPhrase | None:
    """What a description by a kind's noun whose bodies' names carry it ("the union") means in
    place of ``meant``, a name of no kind ("Tarn Care"): the last body named before it whose
    name tells that kind, of the members it names if any; None if none is, or ``meant`` tells one."""
    head = head_word(phrase.text)
    if not names_carry_kind(head) or kinds_named(meant):
        return None
    found: SpeakerPhrase | None = None
    for m in org_named().finditer(text, 0, phrase.span[0]):
        name = next(g for g in m.groups() if g)
        if names_kind_of(head, name) and not of_other_members(phrase.name, name):
            found = SpeakerPhrase(name, m.span(), "organization", name, None)
    return found


def _person_from_place(name: str) -> bool:
    """Whether a body's noun in the plural before "of" is a surname: "Mayor Tom Chambers of
    Toronto" (a given name or a title before it) is a person from a place, no body."""
    words = name.split(" of ", 1)[0].split()
    return words[-1].endswith("s") and any(is_given_name(w) or w.lower() in lx.TITLES for w in words[:-1])


# how far into the text its lede runs
_LEDE_CHARS = 400


@cache
def org_by_noun() -> re.Pattern[str]:
    """ "the council", "the provincial government": an organization named by its common noun
    (compiled on first use, as org_named)."""
    return compiled(
        r"\b[Tt]he[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?(?:"
        + "|".join(sorted(ORG_NOUNS, key=lambda w: (-len(w), w)))
        + r")\b"
    )


# what follows a dateline's place in capitals at a line's start: a comma, a parenthesis or a dash
_DATELINE_AFTER = compiled(r"[ \t]*(?:,|\(|[―—–-])")

# capitals that name no organization
_NOT_ORG_ACRONYMS = frozenset({
    "CEO", "CFO", "COO", "CTO", "MP", "MPP", "MLA", "MPS", "PM", "AM", "TV", "OK", "ID", "DNA", "GDP", "AI",
    "IT", "PR", "HR", "RV", "SUV", "ER", "ICU", "PhD", "MD", "Q1", "Q2", "Q3", "Q4", "USA", "UK", "US",
})  # fmt: skip


def acronym_names_org(text: str, s: int, e: int) -> bool:
    """Capitals that can name an organization: not a title's abbreviation ("CEO"), nor a word of a
    heading in capitals ("MARKET WATCH"), nor a dateline's place ("VARNA, Bulgaria —")."""
    if text[s:e] in _NOT_ORG_ACRONYMS or (
        not text[text.rfind("\n", 0, s) + 1 : s].strip() and _DATELINE_AFTER.match(text, e)
    ):
        return False  # a dateline's place opens its line ("VARNA, Bulgaria —"); "UNHCR workers …" is no dateline
    before, after = _WORD_RUN.findall(text, max(0, s - 12), s), _WORD_RUN.findall(text, e, e + 12)
    return not ((before and before[-1].isupper()) or (after and after[0].isupper()))


def org_description(phrase: SpeakerPhrase) -> bool:
    """A definite description of an organization by a common noun ("the agency", "the security
    firm", "the carmaker"): like a pronoun, it refers back to an organization named before."""
    words = phrase.text.split()
    return (
        phrase.kind in ("organization", "unnamed")
        and phrase.anonymity == "role_only"
        and not phrase.plural
        and 2 <= len(words) <= 3
        and words[0].lower() == "the"
        and words[-1].lower() in ORG_NOUNS
    )


def indefinite(phrase: SpeakerPhrase) -> bool:
    return phrase.text[:2].lower() == "a " or phrase.text[:3].lower() == "an "


def delayed_identification(phrase: SpeakerPhrase, text: str) -> bool:
    """A lede that describes its one person before naming them ("A Lisk county clerk has
    resigned, saying … ¶ Ana Ruiz announced …"): an indefinite description of one person that
    opens the story's first sentence (after its headline line, if any) as the subject of an act,
    not of a verb of saying ("A police spokesman said …" is an unnamed source)."""
    if phrase.kind != "person" or phrase.anonymity != "role_only" or phrase.plural or not indefinite(phrase):
        return False
    start = phrase.span[0]
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip() or len([x for x in text[:line].splitlines() if x.strip()]) > 1:
        return False
    verb = _VERB_AFTER.match(text, phrase.span[1])
    return verb is not None and verb.group(1).lower() not in lx.CUE_FORMS


# the verb after a subject, past an auxiliary ("has resigned", "was fired", "quit")
_VERB_AFTER = compiled(r"[ \t]+(?:(?:has|have|had|is|was|were|will|would)[ \t]+)?(?:been[ \t]+)?([a-z]+)\b")


_WORD_RUN = compiled(r"\w+")


# nouns of kinship: a relation to someone ("the father" of whoever the text is about just then),
# not an office one person holds throughout
KIN_NOUNS = frozenset({
    "father", "mother", "dad", "mom", "mum", "son", "daughter", "brother", "sister", "husband", "wife", "uncle",
    "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson", "granddaughter", "stepfather",
    "stepmother", "widow", "widower", "fiancé", "fiancée", "boyfriend", "girlfriend", "parent", "twin",
})  # fmt: skip


def paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts (blank lines skipped)."""
    i = text.rfind("\n", 0, at)
    while i > 0 and text[i - 1] == "\n":
        i -= 1
    return text.rfind("\n", 0, max(i, 0)) + 1


# what something was said in, as a preposition's object ("in a brief reply", "in a statement")
SAYING_NOUNS = lx.DOCUMENT_HEADS | rk.SPEECH_NOUNS | {"response", "reply", "responses", "replies", "tweet", "note"}
