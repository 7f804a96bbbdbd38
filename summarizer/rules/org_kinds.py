"""Kinds of organization, read from the common noun a name or a description holds: a description
refers back only to an organization of its own kind ("the department" is no "Nurses Federation"),
and a possessive source ("her campaign") is its possessor's, not another's of that noun.
"""

from __future__ import annotations

from summarizer.text.regex import compiled

_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "corp", "inc", "ltd", "carmaker", "automaker",
                            "chipmaker", "drugmaker", "planemaker", "toymaker", "steelmaker", "manufacturer",
                            "retailer", "lender", "insurer"})  # fmt: skip
# nouns of one kind of organization, each row one kind; a noun in no row tells no kind ("the
# agency" may be "Transitco", whose name holds no such noun)
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"department", "ministry", "office", "agency", "bureau", "secretariat", "directorate", "administration"}),
    frozenset({"union", "federation", "confederation", "association", "guild", "syndicate"}),
    _COMPANY_NOUNS,
    frozenset({"council", "board", "committee", "commission"}),
    frozenset({"campaign"}),
    frozenset({"party"}),
    frozenset({"club", "team"}),
    frozenset({"league", "alliance", "conference"}),
    frozenset({"university", "college", "school", "institute"}),
    frozenset({"chamber"}),
)
_KIND_OF: dict[str, int] = {noun: k for k, nouns in enumerate(_KINDS) for noun in nouns}
_WORD = compiled(r"[A-Za-z]+")


# a company's name ends in the line of business it trades in ("Tarn Energy", "Calder Systems"):
# a company, when no other noun of a kind is in it ("Ministry of Energy" is no company)
_TRADE_ENDINGS = frozenset({"airlines", "airways", "energy", "foods", "holdings", "industries", "logistics",
                            "microsystems", "motors", "pharmaceuticals", "realty", "systems", "technologies"})  # fmt: skip


def kinds_named(name: str) -> set[int]:
    """The kinds of organization the words of ``name`` say it is ("Ministry of Health": one)."""
    words = [w.lower() for w in _WORD.findall(name)]
    # a noun in the plural tells its kind too ("Manitoba Chambers of Commerce")
    kinds = {k for w in words if (k := _KIND_OF.get(w, _KIND_OF.get(w[:-1]) if w[-1:] == "s" else None)) is not None}
    if not kinds and words and words[-1] in _TRADE_ENDINGS:
        kinds.add(_KIND_OF["company"])
    return kinds


def kind_nouns() -> frozenset[str]:
    """The nouns of every kind of body but a company's, whose names end in their trade instead
    ("Tarn Foods"): what may end a body's name ("Lakeview School Board", "Orla State University")."""
    return frozenset().union(*(nouns for nouns in _KINDS if nouns is not _COMPANY_NOUNS))


def tells_a_kind(head: str) -> bool:
    """Whether a description's noun is of a kind of body ("the agency", "the league"), not one
    that any body may be called ("the group", "the government")."""
    return head in _KIND_OF


def same_kind_nouns(head: str) -> frozenset[str]:
    """The nouns of ``head``'s kind, itself among them ("department": "ministry", "office", …)."""
    k = _KIND_OF.get(head)
    return _KINDS[k] if k is not None else frozenset({head})


def of_another_kind(head: str, name: str) -> bool:
    """Whether an organization called ``name`` cannot be what a description by the noun ``head``
    means: both tell a kind, and not the same ("the department" / "Nurses Federation"); a name of
    no told kind ("Transitco") or a head of none ("the group") can be."""
    k = _KIND_OF.get(head)
    if k is None:
        return False
    kinds = kinds_named(name)
    return bool(kinds) and k not in kinds


def names_carry_kind(head: str) -> bool:
    """Whether the bodies of ``head``'s kind carry its noun in their names ("the union": "Tarn
    Porters Union"): a kind's noun, not a company's, whose names seldom do ("Transitco")."""
    return head in _KIND_OF and head not in _COMPANY_NOUNS


def names_kind_of(head: str, name: str) -> bool:
    """Whether the words of ``name`` tell the kind of organization the noun ``head`` does
    ("union": "Tarn Nurses Union", "Association of Ferry Owners"; not "Tarn Care")."""
    k = _KIND_OF.get(head)
    return k is not None and k in kinds_named(name)


# a plural possessive of members before a body's noun: "the students' union", "the nurses’ union"
_MEMBERS_BEFORE = compiled(r"\b([a-z]+)s['’][ \t]+[a-z]+$")


def of_other_members(description: str, name: str) -> bool:
    """Whether an organization called ``name`` cannot be what a description of its members'
    body means: "the students' union" is no "Academic Staff Union" (its name holds no
    "student"), though it may be the "Tarn Students' Union" or the "Student Union of Tarn"."""
    m = _MEMBERS_BEFORE.search(description)
    if m is None:
        return False
    return m.group(1) not in {w.lower().rstrip("s'’") for w in _WORD.findall(name)}


# the words of a police force's name ("Harbour Constabulary", "the Highway Patrol"), and the
# short forms of forces that spell no "police department" ("NYPD" does: its "PD")
_FORCE_WORDS = frozenset({"police", "constabulary", "gendarmerie", "garda", "carabinieri", "mounties", "patrol",
                          "sheriff", "sheriff's", "sheriff’s"})  # fmt: skip
_FORCE_ACRONYMS = frozenset({"RCMP", "OPP", "PSNI", "SQ", "SPVM"})


def names_a_force(name: str) -> bool:
    """Whether ``name`` is a police force's: a word of a force's name ("Tarn County Sheriff's
    Office", "the Mounties"), or a force's short form ("RCMP", "LAPD": a city's letters and "PD").
    A bare "police" refers back to such a force ("The OPP said … Police allege …")."""
    if name.isupper() and (name in _FORCE_ACRONYMS or (name.endswith("PD") and 3 <= len(name) <= 6)):
        return True
    return any(w.lower() in _FORCE_WORDS for w in name.split())
