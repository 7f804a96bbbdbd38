"""Speaker entities: each analysed speaker phrase (speaker_phrases.py) merged across mentions,
with pronouns and bare roles resolved to the nearest compatible speaker.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from summarizer.rules.speaker_phrases import ORG_NOUNS, SpeakerPhrase, gender_of, head_word, is_name_word
from summarizer.rules.speaker_phrases import analyse as analyse  # model.py reads it from here
from summarizer.text import lexicon as lx
from summarizer.text.base import Span, lower_same_length
from summarizer.text.given_names import is_given_name


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    kind: str
    role: str | None
    affiliation: str | None
    anonymity: str
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None
    first: int = 0
    plural: bool = False
    seq: int = 0  # order of creation
    latest: int = -1  # where its latest mention starts
    latent: bool = False  # a person the text names, not (yet) anyone's source
    used: bool = False  # some attribution resolved to it
    subject_at: int = -1  # where it was last named as a sentence's subject
    indefinite: bool = False  # introduced as "a spokesperson", "an economist": someone new

    @property
    def surname(self) -> str | None:
        parts = self.name.split()
        return parts[-1] if self.kind == "person" and self.anonymity == "named" and len(parts) >= 2 else None

    def key(self) -> str:
        return _norm(self.name)


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|some|many|several|other|two|three|both|all|most)\s+", re.I)
_SPACES = re.compile(r"\s+")
_NAME_BREAK = re.compile(r"[,;:/()\[\]―—–]|\s-{1,2}\s")


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    """A name as a comparison key: no leading determiner, one space, lower case."""
    s = _LEADING_DETERMINER.sub("", s.strip())
    return _SPACES.sub(" ", s.replace("’", "'")).lower()


class Registry:
    """Entities in order of first mention, merging repeated and shortened references.

    Every lookup goes through an index (by name, by last word, by role, the organizations'
    names joined in one string, the entities by latest mention), so that an article with
    thousands of speakers costs no more per mention than one with ten."""

    def __init__(self, text: str) -> None:
        """``text``: the article's view (boilerplate blanked), searched for further mentions."""
        self.text = text
        self.entities: list[Entity] = []
        self._last_by_pronoun: dict[str, Entity] = {}
        self._documents: dict[str, Entity] = {}  # document head -> the source that issued it
        self._by_key: dict[str, list[Entity]] = {}  # each list in order of creation
        self._by_last_word: dict[str, list[Entity]] = {}  # named people
        self._by_role_head: dict[str, list[Entity]] = {}  # people with a role
        self._orgs: list[Entity] = []
        self._org_by_word: dict[str, list[Entity]] = {}
        self._org_keys: list[str] = []  # each organization's key, in order of creation
        self._org_pos: dict[int, int] = {}  # id(entity) -> its place in _orgs
        self._org_blob = ""  # "\n" + each key, in order: rfind finds the newest that holds a string
        self._org_starts: list[int] = []  # where each key's line break stands in the blob
        self._org_blob_stale = False  # a rename changed a key: rebuilt at the next lookup
        self._latest: list[tuple[int, int]] = []  # heap of (-latest mention, seq); stale entries skipped
        self._words: dict[bool, _WordIndex] = {}
        self._by_span: dict[Span, Entity] = {}  # a speaker phrase resolved: the same for each attribution

    # ---------------------------------------------------------------- indexes

    def _index(self, ent: Entity) -> None:
        bisect.insort(self._by_key.setdefault(ent.key(), []), ent, key=_seq)
        if ent.kind == "person" and ent.anonymity == "named" and ent.name.split():
            bisect.insort(self._by_last_word.setdefault(ent.name.split()[-1], []), ent, key=_seq)
        if ent.kind == "organization":
            for w in set(ent.key().split()):
                bisect.insort(self._org_by_word.setdefault(w, []), ent, key=_seq)
            pos = self._org_pos.get(id(ent))
            if pos is None:  # a new one: its key goes at the end of the blob
                self._org_pos[id(ent)] = len(self._orgs)
                self._orgs.append(ent)
                self._org_keys.append(ent.key())
                self._org_starts.append(len(self._org_blob))
                self._org_blob += "\n" + ent.key()
            else:
                self._org_keys[pos] = ent.key()
                self._org_blob_stale = True

    def _unindex(self, ent: Entity) -> None:
        self._by_key[ent.key()].remove(ent)
        if ent.kind == "person" and ent.anonymity == "named" and ent.name.split():
            self._by_last_word[ent.name.split()[-1]].remove(ent)
        if ent.kind == "organization":
            for w in set(ent.key().split()):
                self._org_by_word[w].remove(ent)

    def _rename(self, ent: Entity, name: str) -> None:
        self._unindex(ent)
        ent.name = name
        self._index(ent)

    def _set_role(self, ent: Entity, role: str) -> None:
        ent.role = role
        if ent.kind == "person" and role.split():
            bisect.insort(self._by_role_head.setdefault(role.split()[-1], []), ent, key=_seq)

    def _mention(self, ent: Entity, span: Span) -> None:
        ent.mentions.append(span)
        if span[0] > ent.latest:
            ent.latest = span[0]
            heapq.heappush(self._latest, (-ent.latest, ent.seq))

    def _newest_org_holding(self, key: str) -> Entity | None:
        """The newest organization whose key holds ``key`` (keys have no line breaks)."""
        if self._org_blob_stale:
            self._org_blob = "".join("\n" + k for k in self._org_keys)
            self._org_starts = list(itertools.accumulate((len(k) + 1 for k in self._org_keys[:-1]), initial=0))
            self._org_blob_stale = False
        at = self._org_blob.rfind(key)
        return self._orgs[bisect.bisect_right(self._org_starts, at) - 1] if at >= 0 and self._orgs else None

    def _most_recent(self, ok: Callable[[Entity], bool]) -> Entity | None:
        """The entity whose latest mention comes last (the first created among equals) that
        passes ``ok``: max(entities, key=latest mention) over those that pass."""
        held: list[tuple[int, int]] = []
        found = None
        while self._latest:
            neg, seq = self._latest[0]
            ent = self.entities[seq]
            if -neg != ent.latest:
                heapq.heappop(self._latest)  # stale: the entity was mentioned again since
                continue
            if ok(ent):
                found = ent
                break
            held.append(heapq.heappop(self._latest))
        for item in held:
            heapq.heappush(self._latest, item)
        return found

    def _most_salient_person(self, before: int, among: int = 6) -> Entity | None:
        """What a description of a person ("the affable owner") refers back to: the person named
        last if named as a sentence's subject, else, of the ``among`` named people mentioned
        last, the one the text mentions most (the one it is about), then the latest."""
        held: list[tuple[int, int]] = []
        seen: list[Entity] = []
        while self._latest and len(seen) < among:
            item = heapq.heappop(self._latest)
            ent = self.entities[item[1]]
            if -item[0] != ent.latest:
                continue  # stale: the entity was mentioned again since
            held.append(item)
            if ent.kind == "person" and ent.anonymity == "named" and ent.first < before:
                seen.append(ent)
        for item in held:
            heapq.heappush(self._latest, item)
        if seen and seen[0].subject_at == seen[0].latest:
            return seen[0]  # the subject of the sentences just before ("Campbell has …")
        return max(seen, key=lambda e: (len(e.mentions), e.latest), default=None)

    def _newest_mentioned_after(self, bound: int, ok: Callable[[Entity], bool]) -> Entity | None:
        """The entity created last among those mentioned after ``bound`` that pass ``ok``: the
        heap's top holds exactly those mentioned after it."""
        held: list[tuple[int, int]] = []
        found: Entity | None = None
        while self._latest and -self._latest[0][0] > bound:
            item = heapq.heappop(self._latest)
            ent = self.entities[item[1]]
            if -item[0] != ent.latest:
                continue  # stale: the entity was mentioned again since
            held.append(item)
            if ok(ent) and (found is None or ent.seq > found.seq):
                found = ent
        for item in held:
            heapq.heappush(self._latest, item)
        return found

    # ---------------------------------------------------------------- resolution

    def _new(self, phrase: SpeakerPhrase, kind: str) -> Entity:
        ent = Entity(
            id=f"s{len(self.entities) + 1}",
            name=phrase.name,
            kind=kind,
            role=None,
            affiliation=phrase.affiliation,
            anonymity=phrase.anonymity,
            gender=gender_of(phrase),
            first=phrase.span[0],
            plural=phrase.plural,
            seq=len(self.entities),
        )
        self.entities.append(ent)
        self._index(ent)
        if phrase.role:
            self._set_role(ent, phrase.role)
        else:
            ent.role = phrase.role
        return ent

    def _find(self, phrase: SpeakerPhrase) -> Entity | None:
        key = _norm(phrase.name)
        for ent in self._by_key.get(key, ()):
            if ent.kind == phrase.kind or phrase.kind in ("person", "organization"):
                return ent
        parts = phrase.name.split()
        if phrase.kind == "person" and phrase.anonymity == "named" and parts:
            # every entity that can match ends with the phrase's last word
            # the newest first, a source before a person the text only names ("LeBlanc said"
            # is the LeBlanc who spoke before, not a relative named since)
            for ent in sorted(reversed(self._by_last_word.get(parts[-1], [])), key=lambda e: e.latent and not e.used):
                ent_parts = ent.name.split()
                if len(parts) == 1 and ent.surname == parts[0]:
                    return ent
                if len(parts) >= 2 and len(ent_parts) == 1 and parts[-1] == ent_parts[0]:
                    self._rename(ent, phrase.name)  # the fuller name
                    return ent
                if (
                    len(parts) >= 2
                    and ent.surname == parts[-1]
                    and parts[0].rstrip(".") in (ent_parts[0], ent_parts[0][:1])
                ):
                    return ent
        if phrase.kind == "person" and phrase.anonymity == "role_only" and phrase.role and not _indefinite(phrase):
            # "the minister": the holder of that role mentioned last, not the one introduced last
            # ("a spokesperson", indefinite, introduces someone new)
            head = phrase.role.split()[-1]
            holders = self._by_role_head.get(head)
            if holders:
                return max(holders, key=_latest_then_seq)
        if phrase.kind == "organization":
            head = head_word(phrase.name)
            found = self._newest_org_holding(key)
            if head and phrase.anonymity == "role_only" and self._org_by_word.get(head):
                by_word = self._org_by_word[head][-1]
                found = by_word if found is None or by_word.seq > found.seq else found
            if found is not None:
                if found.anonymity == "role_only" and len(phrase.name) > len(found.name):
                    self._rename(found, phrase.name)  # "group" -> "militant group"
                return found
            if phrase.anonymity == "named":
                # "Russian Ministry" is short for "the Russian Ministry of Defense" (an organization
                # whose name starts with the phrase's would have been found above)
                shorter = [
                    ent
                    for n in range(len(key) + 1)
                    for ent in self._by_key.get(key[:n], ())
                    if ent.kind == "organization" and ent.anonymity == "named"
                ]
                if shorter:
                    ent = max(shorter, key=_seq)
                    self._rename(ent, phrase.name)  # the fuller name
                    return ent
        return None

    def mention_person(self, span: Span, name: str, role: str | None, subject: bool = False) -> None:
        """A person the text names ("Mayor Doug McCallum"), a speaker or not: an antecedent a
        later "he" or "the mayor" can resolve to. Listed as a speaker only if one does. Named as
        a sentence's subject (``subject``), they are as salient as a source for a later "he"."""
        gender = None
        if role is not None:
            # a form of address or a noun of one sex before the name tells the person's sex
            # ("Mr. Tavish Lusk", "her son Tobin Brandt"); an address is no role
            gender = gender_of(SpeakerPhrase(text=role, span=span, kind="person", name=role))
            if role in _ADDRESS:
                role = None
        phrase = SpeakerPhrase(text=name, span=span, kind="person", name=name, name_span=span, role=role)
        ent = self._find(phrase)
        if ent is None:
            ent = self._new(phrase, "person")
            ent.latent = True
        if gender is None and ent.gender is None and " " in name:
            gender = gender_of(phrase)  # the given name's, when an entity known by surname had none
        if gender is not None and ent.gender is None:
            ent.gender = gender
        if role and not ent.role:
            self._set_role(ent, role)
        elif role and ent.kind == "person" and ent not in self._by_role_head.get(role.split()[-1], ()):
            # "Mayor Ortiz" after "mayoral candidate Lena Ortiz": a later "the mayor" is her too
            bisect.insort(self._by_role_head.setdefault(role.split()[-1], []), ent, key=_seq)
        if subject:
            ent.subject_at = span[0]
        self._mention(ent, span)

    def mention_entity(self, ent: Entity, phrase: SpeakerPhrase) -> None:
        """A pronoun the caller resolved itself (one that goes on with the subject before)."""
        ent.used = True
        if phrase.pronoun:
            self._last_by_pronoun[phrase.pronoun] = ent
        self._mention(ent, phrase.span)

    def resolve(self, phrase: SpeakerPhrase, *, before: int) -> Entity | None:
        """The entity a speaker phrase means. A phrase two attributions share ("…," says the
        owner, noting that …) means the same one for both: the first reading is kept, not read
        again after it counted as a mention itself."""
        known = self._by_span.get(phrase.span)
        if known is not None:
            return known
        ent = self._resolve(phrase, before=before)
        if ent is not None:
            self._by_span[phrase.span] = ent
            ent.used = True
            if phrase.kind != "document":
                # "X said in a statement" / "X wrote in the company's blog post": a later "the
                # statement" or "the post" is X's
                issued = _ISSUED_IN.match(self.text, phrase.span[1])
                if issued is not None:
                    self._documents[issued.group(1).lower()] = ent
        return ent

    def _resolve(self, phrase: SpeakerPhrase, *, before: int) -> Entity | None:
        if phrase.kind == "pronoun":
            return self._resolve_pronoun(phrase, before)
        head = head_word(phrase.text)
        if phrase.owner is not None:
            owner = self.resolve(phrase.owner, before=before)
            if owner is not None:
                self._documents[head] = owner
                return owner
        if (
            phrase.kind == "document"
            and phrase.text.lower().startswith(("the ", "that ", "this "))
            and head in self._documents
        ):
            owner = self._documents[head]  # "the statement said", after "the command's statement"
            self._mention(owner, phrase.span)
            return owner
        if phrase.kind == "document" and phrase.text.lower().startswith("the ") and head in _SENT_HEADS:
            sender = self._sender_of(head, phrase.span[0])
            if sender is not None:
                self._documents[head] = sender
                self._mention(sender, phrase.span)
                return sender
        ent = self._find(phrase)
        if (
            ent is None
            and phrase.anonymity == "role_only"
            and phrase.kind in ("person", "unnamed")
            and not phrase.plural
        ):
            # an appositive: "Ana Ruiz, an economist who …" is Ana Ruiz (Stanford's appositive sieve)
            named = _NAME_COMMA_BEFORE.search(self.text, max(0, phrase.span[0] - 60), phrase.span[0])
            if named is not None:
                name = named.group(1)
                ent = self._find(SpeakerPhrase(name, named.span(1), "person", name, named.span(1)))
                if ent is not None and ent.kind != "person":
                    ent = None
            elif (after := _NAME_COMMA_AFTER.match(self.text, phrase.span[1])) is not None:
                # the role first, the name last: "Director of research at Lockwell, Ana Ruiz,
                # agreed" is Ana Ruiz (the appositive's head is the role, the name its person)
                name = after.group(1)
                person = SpeakerPhrase(name, after.span(1), "person", name, after.span(1), role=phrase.role)
                ent = self._find(person) or self._new(person, "person")
                if ent.kind != "person":
                    ent = None
        if ent is None and _org_description(phrase):
            # "the agency", "the security firm": the organization the text named last, a source
            # or not ("… by Transitco. The agency said")
            ent = self._most_recent(
                lambda e: e.kind == "organization" and e.anonymity == "named" and e.first < before and not e.plural
            )
            named = None
            for m in _org_named().finditer(self.text, max(0, phrase.span[0] - 300), phrase.span[0]):
                if m.group(2) is None or _acronym_names_org(self.text, m.start(2), m.end(2)):
                    named = m
            if named is not None and (ent is None or ent.latest < named.start()):
                name = next(g for g in named.groups() if g)
                org = SpeakerPhrase(name, named.span(), "organization", name, None)
                ent = self._find(org) or self._new(org, "organization")
        if ent is None and _epithet(phrase, self.text):
            # "the affable proprietor", "the 45-year-old": a description of someone named before,
            # the one the text is most about among those named last
            ent = self._most_salient_person(before)
            if ent is None and head_word(phrase.text) not in _WORKS:
                ent = self._named_next(phrase.span[1])
        if ent is None:
            ent = self._new(phrase, phrase.kind)
            ent.indefinite = _indefinite(phrase)
        else:
            if phrase.role and not ent.role:
                self._set_role(ent, phrase.role)
            if phrase.affiliation and not ent.affiliation:
                ent.affiliation = phrase.affiliation
        self._mention(ent, phrase.name_span or phrase.span)
        return ent

    def _named_next(self, after: int) -> Entity | None:
        """A description no one named before can refer back to refers forward, to the person the
        next sentences name ("The most feared judge in town said … ¶ Tom Hale announced …"): the
        first given name and surname in the 300 characters after it."""
        for run in _CAP_RUN.finditer(self.text, after, min(len(self.text), after + 300)):
            words = [(m.group(), m.start()) for m in _NON_SPACE.finditer(self.text, run.start(), run.end())]
            found = _name_in_run(self.text, run.start(), words, -1)
            if found is not None:
                person = SpeakerPhrase(found[1], found[0], "person", found[1], found[0], role=found[2])
                return self._find(person) or self._new(person, "person")
        return None

    def _sender_of(self, head: str, before: int) -> Entity | None:
        """ "Parents of the pupils sent a letter to the board. … the letter reads": the one
        who sent, wrote or issued that document, its sentence's subject, in the 400 characters
        before (a description, resolved as a speaker phrase would be)."""
        lo = max(0, before - 400)
        found = None
        for m in _SENT.finditer(self.text, lo, before):
            if m.group(1).lower() == head:
                found = m
        if found is None:
            return None
        start = max(self.text.rfind(c, lo, found.start()) for c in ".!?\n,")
        subject = self.text[max(start + 1, lo) : found.start()].strip()
        words = subject.split()
        if not words or len(words) > 12 or words[0].lower() in ("he", "she", "it", "they", "we", "i"):
            return None
        at = self.text.rfind(subject, lo, found.start())
        return self._resolve(analyse(subject, (at, at + len(subject))), before=at)

    def _resolve_pronoun(self, phrase: SpeakerPhrase, before: int) -> Entity | None:
        pronoun = phrase.pronoun or ""
        want = {"he": ("person",), "she": ("person",), "him": ("person",), "her": ("person",),
                "it": ("organization", "document"), "they": ("unnamed", "organization", "group", "person"),
                "them": ("unnamed", "organization", "group"), "we": ("organization", "unnamed", "group", "person"),
                "i": ("person",)}.get(pronoun, ())  # fmt: skip
        gender = {"he": "male", "him": "male", "she": "female", "her": "female"}.get(pronoun)

        # a person the text only names is an antecedent when no source so far can be one, or when
        # named as a sentence's subject: a source is the more salient ("Reyes cited Tom Hale.
        # “…,” he said": Reyes), and so is a subject ("Tom Hale disagreed. “…,” he said")
        sources_only = True

        def candidate(e: Entity) -> bool:
            return e.kind in want and e.first < before and (e.used or e.subject_at == e.latest or not sources_only)

        def same(e: Entity) -> bool:
            # "he" or "she" is one person: not "the owners, Ana Ruiz and Ali Demir"
            return candidate(e) and e.gender in (gender, None) and not (gender and e.plural)

        chosen = self._choose_antecedent(pronoun, gender, candidate, same)
        if chosen is None:
            sources_only = False
            chosen = self._choose_antecedent(pronoun, gender, candidate, same)
        if chosen is None:
            return None
        if gender and chosen.gender is None:
            chosen.gender = gender
        self._last_by_pronoun[pronoun] = chosen
        self._mention(chosen, phrase.span)
        return chosen

    def _choose_antecedent(
        self, pronoun: str, gender: str | None, candidate: Callable[[Entity], bool], same: Callable[[Entity], bool]
    ) -> Entity | None:
        chosen: Entity | None
        if gender:
            remembered = self._last_by_pronoun.get(pronoun)
            if remembered is not None and same(remembered):
                # the latest of: the entity this pronoun last meant, or a newer compatible person
                # of that gender or named ("Kemi Adeyemi, 50" is someone new to take up; "a
                # spokesperson", of no gender, does not displace the one "he" meant)
                newest = self._newest_mentioned_after(remembered.latest, same)
                chosen = (
                    newest
                    if newest is not None and (newest.gender == gender or newest.anonymity == "named")
                    else remembered
                )
            else:
                chosen = self._most_recent(same)
        elif pronoun in ("they", "them"):
            # number: a group, a body or several people before one person named
            chosen = self._most_recent(
                lambda e: candidate(e) and (e.plural or e.kind in ("organization", "group"))
            ) or (self._most_recent(candidate))
        else:
            chosen = self._most_recent(candidate)
        return chosen

    # ---------------------------------------------------------------- the end of the article

    def _word_spans(self, word: str, *, hyphen: bool = False, casefold: bool = False) -> list[tuple[int, int]]:
        if len(self.text) < _INDEX_FROM:  # a scan per name is cheaper than indexing a short text
            return _word_spans(self.text, word, hyphen=hyphen, casefold=casefold)
        if casefold not in self._words:
            self._words[casefold] = _WordIndex(self.text, casefold=casefold)
        return self._words[casefold].spans(word, hyphen=hyphen)

    def finish(self) -> dict[int, Entity]:
        """Complete surnames to the fullest name the text gives, fold bare roles ("the mayor")
        into the one named person who holds that role, collect every mention, and number the
        entities in order of first mention. Returns the entity each old one became (by id())."""
        for ent in self.entities:
            if ent.kind == "person" and ent.anonymity == "named" and len(ent.name.split()) == 1:
                if any(_ORG_AFTER.match(self.text, end) for _, end in self._word_spans(ent.name, casefold=True)):
                    ent.kind = "organization"
                    continue
                self._complete_name(ent)
        merged: dict[int, Entity] = {id(e): e for e in self.entities}
        holders_of: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.kind == "person" and e.anonymity == "named" and e.role:
                holders_of.setdefault(e.role.split()[-1], []).append(e)
        folded: set[int] = set()
        for ent in self.entities:
            if ent.kind == "person" and ent.anonymity == "role_only" and ent.role and not ent.indefinite:
                holders = holders_of.get(ent.role.split()[-1], [])
                if len(holders) == 1:
                    holders[0].mentions.extend(ent.mentions)
                    holders[0].used |= ent.used
                    merged[id(ent)] = holders[0]
                    folded.add(id(ent))
        # a person the text names but no attribution resolved to is no speaker
        self.entities = [e for e in self.entities if id(e) not in folded and (e.used or not e.latent)]
        self.add_text_mentions()
        self.entities.sort(key=lambda e: min([m[0] for m in e.mentions] or [e.first]))
        for i, ent in enumerate(self.entities, 1):
            ent.id = f"s{i}"
        return merged

    def _complete_name(self, ent: Entity) -> None:
        """ "Ortiz" -> "Lena Ortiz" (role "mayor") when the text says "Mayor Lena Ortiz"."""
        best: tuple[str, str | None] | None = None
        for start, _ in self._word_spans(ent.name, hyphen=True):
            # the words right before it, not across a comma or a dash: "KYIV, Ukraine — Ukraine
            # said" holds a dateline, not a person called "KYIV Ukraine Ukraine"
            before = _NAME_BREAK.split(self.text[max(0, start - 80) : start].split("\n")[-1])[-1]
            words = re.findall(r"[\w'’.-]+", before)[-5:]
            if not before.endswith(" ") or not words:
                continue
            given: list[str] = []
            # a word with a full stop ends a sentence ("… as Alex. Alex is"), unless an initial
            while (
                words
                and is_name_word(words[-1])
                and not words[-1].endswith((",", "'s", "’s"))
                and not (words[-1].endswith(".") and len(words[-1].rstrip(".")) > 1)
            ):
                given.insert(0, words.pop())
            titles: list[str] = []
            while words and words[-1].rstrip(".").lower() in lx.TITLES:
                titles.insert(0, words.pop().rstrip(".").lower())
            if not given or len(given) > 3:
                continue
            full = " ".join([*given, ent.name])
            if best is None or len(full) > len(best[0]):
                best = (full, " ".join(titles) or None)
        if best is not None:
            ent.name = best[0]
            if best[1] and not ent.role and best[1] not in ("mr", "mrs", "ms", "dr", "miss"):
                ent.role = best[1]

    def add_text_mentions(self) -> None:
        """Every place a named speaker's name (or surname) appears in the text."""
        for ent in self.entities:
            if ent.anonymity != "named":
                continue
            # the full name before the surname, always: a surname inside a full name already
            # found is no mention of its own (a set's order would vary with the hash seed)
            names = [ent.name]
            if ent.surname and ent.surname != ent.name:
                names.append(ent.surname)
            for nm in names:
                if len(nm) < 3:
                    continue
                # is a span inside a mention? Those known before this name, by bisect; those this
                # name adds come in text order, so the furthest end so far decides
                known = sorted(ent.mentions)
                starts = [s for s, _ in known]
                reach = list(itertools.accumulate((e for _, e in known), max))
                added_reach = -1
                for span in self._word_spans(nm):
                    k = bisect.bisect_right(starts, span[0])
                    if not ((k > 0 and reach[k - 1] >= span[1]) or added_reach >= span[1]):
                        ent.mentions.append(span)
                        added_reach = max(added_reach, span[1])
            ent.mentions = sorted(set(ent.mentions))


# modifiers that make a title of a role ("the former mayor"), not a description of a person
_TITLE_MODIFIERS = {"former", "acting", "deputy", "vice", "interim", "assistant", "associate", "senior", "chief",
                    "lead", "then", "outgoing", "incoming", "new", "current", "top", "head"}  # fmt: skip


# a name and a comma right before a description: the description is the name's appositive
_NAME_COMMA_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+),[ \t]+$")

# a role's appositive then a name between commas right after a bare role: ", security research at
# Lockwell, Ana Ruiz,"
_NAME_COMMA_AFTER = re.compile(r",[ \t]+[^,\n]{1,80},[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+),")

# "the " (and an adjective and a comma) right before a speaker phrase that lacks them: "the
# tall, bearded engineer" when the speaker found is "bearded engineer"
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*,\s+)?$")


def _epithet(phrase: SpeakerPhrase, text: str = "") -> bool:
    """A definite description of one person by what they are like ("the affable proprietor",
    "the self-taught Cambridge resident", "the 45-year-old"): it refers back to someone named,
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


_AGED = re.compile(r"\d+-year-old")

# works and media, which a description may be of but no person is ("the 30-second spot", "the
# new documentary"): never taken forward to a person named next
_WORKS = lx.DOCUMENT_HEADS | {
    "spot", "ad", "advert", "advertisement", "commercial", "clip", "film", "movie", "documentary", "book",
    "show", "series", "episode", "song", "album", "poster", "campaign", "trailer", "podcast", "article",
}  # fmt: skip

# a speaker's verb of saying followed by the document it spoke in: "said in a statement", "wrote
# in the company's blog post", "said Monday in a news release"
_ISSUED_IN = re.compile(
    r",?[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:said|says|stated|states|wrote|writes|added|adds|announced|noted|explained"
    r"|warned|confirmed)[^\S\n]+(?:[\w.]+[^\S\n]+){0,2}?in[^\S\n]+(?:(?:a|an|the|its|his|her|their)[^\S\n]+)?"
    r"(?:[\w.-]+['’]s[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,2}?("
    + "|".join(sorted(lx.DOCUMENT_HEADS, key=len, reverse=True))
    + r")\b",
    re.I,
)


# a document someone sent ("sent a letter to the board", "issued a two-page statement"): a later
# "the letter" is theirs
_SENT_HEADS = frozenset({"letter", "statement", "memo", "petition", "email", "notice", "report"})
_SENT = re.compile(
    r"[^\S\n]+(?:sent|wrote|issued|released|signed|published|posted|delivered)[^\S\n]+(?:a|an)[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+)?(letter|statement|memo|petition|email|notice|report)\b"
)


# an organization's name in running text: a name after an organization noun ("cleaning firm
# Brightwell", "toy maker Acme & Sons"), an acronym ("the CUPW"), a name ending in an
# organization's word ("Harbour Ferry Company")
@cache
def _org_named() -> re.Pattern[str]:
    """The pattern, compiled on first use: few articles hold such a description, and a command
    that summarizes one article should not pay for it at start."""
    return re.compile(
        r"\b(?:" + "|".join(sorted(ORG_NOUNS, key=len, reverse=True)) + r")[^\S\n]+"
        r"([A-Z][\w'’.-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w'’.-]*)*)"
        r"|(?<![\w.'’-])([A-Z][A-Z&]{1,5})\b(?!-|\.\w)"
        r"|\b((?:[A-Z][\w'’.-]*[^\S\n]+){1,4}(?:Company|Corporation|Inc|Ltd|Group|Agency|Union|Association"
        r"|Foundation|Institute|Council|Commission|Authority|Department|Ministry|Society|Federation|Bank))\b"
    )


# what follows a dateline's place in capitals at a line's start: a comma, a parenthesis or a dash
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,|\(|[―—–-])")

# capitals that name no organization
_NOT_ORG_ACRONYMS = frozenset({
    "CEO", "CFO", "COO", "CTO", "MP", "MPP", "MLA", "MPS", "PM", "AM", "TV", "OK", "ID", "DNA", "GDP", "AI",
    "IT", "PR", "HR", "RV", "SUV", "ER", "ICU", "PhD", "MD", "Q1", "Q2", "Q3", "Q4", "USA", "UK", "US",
})  # fmt: skip


def _acronym_names_org(text: str, s: int, e: int) -> bool:
    """Capitals that can name an organization: not a title's abbreviation ("CEO"), nor a word of a
    heading in capitals ("MARKET WATCH"), nor a dateline's place ("VARNA, Bulgaria —")."""
    if text[s:e] in _NOT_ORG_ACRONYMS or (
        not text[text.rfind("\n", 0, s) + 1 : s].strip() and _DATELINE_AFTER.match(text, e)
    ):
        return False  # a dateline's place opens its line ("VARNA, Bulgaria —"); "UNHCR workers …" is no dateline
    before, after = _WORD_RUN.findall(text, max(0, s - 12), s), _WORD_RUN.findall(text, e, e + 12)
    return not ((before and before[-1].isupper()) or (after and after[0].isupper()))


def _org_description(phrase: SpeakerPhrase) -> bool:
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


def _indefinite(phrase: SpeakerPhrase) -> bool:
    return phrase.text[:2].lower() == "a " or phrase.text[:3].lower() == "an "


def _latest_then_seq(ent: Entity) -> tuple[int, int]:
    return ent.latest, ent.seq


def _seq(ent: Entity) -> int:
    return ent.seq


_WORD_RUN = re.compile(r"\w+")
# the text length from which names are found through a word index (the same answers as a scan,
# in linear time): below it, scanning the text once per name is faster (a 5 KB article: 1 ms)
_INDEX_FROM = 20_000


class _WordIndex:
    """Where each word of a text starts, so that _word_spans finds a name's occurrences without
    a scan of the whole text per name; the same answers as that scan."""

    def __init__(self, text: str, *, casefold: bool) -> None:
        self.text = text
        self.casefold = casefold
        hay = text.lower() if casefold else text
        self.usable = len(hay) == len(text)  # "İ".lower() is two characters: offsets would shift
        self.hay = hay
        self.runs: dict[str, list[int]] = {}
        if self.usable:
            for m in _WORD_RUN.finditer(hay):
                self.runs.setdefault(m.group(), []).append(m.start())

    def spans(self, word: str, *, hyphen: bool = False) -> list[tuple[int, int]]:
        needle = word.lower() if self.casefold else word
        first = _WORD_RUN.match(needle)
        if not self.usable or first is None or first.start() != 0:
            return _word_spans(self.text, word, hyphen=hyphen, casefold=self.casefold)
        # in a whole-word occurrence each word of the needle is a whole word of the text: the
        # needle's rarest word says where to look ("Ana Adler": where "Adler" is, not "Ana")
        rarest = min(_WORD_RUN.finditer(needle), key=lambda m: len(self.runs.get(m.group(), ())))
        offset = rarest.start()
        text, n = self.text, len(needle)
        out = []
        for at in self.runs.get(rarest.group(), ()):
            i = at - offset
            if i < 0 or not self.hay.startswith(needle, i):
                continue
            before = text[i - 1] if i > 0 else " "
            after = text[i + n] if i + n < len(text) else " "
            if not (before.isalnum() or before == "_" or (hyphen and before == "-")) and not (
                after.isalnum() or after == "_"
            ):
                out.append((i, i + n))
        return out


_ORG_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:company|corporation|firm|group|agency|party|bank|network|newspaper"
    r"|organi[sz]ation|ministry|utility)\b",
    re.I,
)


def _word_spans(text: str, word: str, *, hyphen: bool = False, casefold: bool = False) -> list[tuple[int, int]]:
    """Where ``word`` occurs in ``text`` as a whole word (str.find, no regex to compile per name)."""
    hay = text.lower() if casefold else text
    needle = word.lower() if casefold else word
    out = []
    i = hay.find(needle)
    n = len(needle)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_" or (hyphen and before == "-")) and not (
            after.isalnum() or after == "_"
        ):
            out.append((i, i + n))
        i = hay.find(needle, i + 1)
    return out


# a run of capitalised words ("Toronto retiree Doug Purdy" holds "Doug Purdy")
# (possessive: a word's letters or the spaces after it given back could never be followed by
# what the pattern needs next, so the engine does not try)
_CAP_RUN = re.compile(r"[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z]\.|[A-Z][\w'’-]*+))+")
# the last word of a place or an institution named after a person ("Virginia Beach", "Grace Hospital")
_NOT_SURNAMES = lx.ORG_HEADS | {
    "street", "avenue", "road", "drive", "boulevard", "lane", "way", "park", "beach", "county", "city",
    "lake", "river", "mountain", "island", "bay", "valley", "hall", "square", "bridge", "airport",
    "school", "college", "stadium", "arena", "church", "day", "award", "prize", "act", "bill",
}  # fmt: skip


_NON_SPACE = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-Z]\.")
_LAST_WORD = re.compile(r"(\w+)\.?\s+$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|across|near|throughout|around|outside|inside|into)\s+$", re.I)


# ", 50," / ", 50." right after a name: an age, which only a person has
_AGE_AFTER = re.compile(r",\s\d{1,3}(?:,|\.(?!\d)|\s+years?\b)")


# words that open a fronted adverbial ("On Monday, the mayor said"; "Earlier, Ana Ruiz had …")
_FRONTING = frozenset({
    "on", "in", "at", "after", "before", "last", "earlier", "later", "since", "during", "by", "when", "while",
    "asked", "speaking", "meanwhile", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "this",
})  # fmt: skip


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])|\n")


def _opens_sentence(view: str, at: int) -> bool:
    """Whether ``at`` starts a sentence (or the text, or a line), or its main clause after a short
    fronted adverbial ("On Dec. 3, the mayor …"): where a sentence's subject stands."""
    i = at - 1
    while i >= 0 and view[i] in " \t":
        i -= 1
    if view[i : i + 1] == "." and i >= 2 and view[i - 2] == "." and view[i - 1].isupper():
        return False  # the stop of an abbreviation in capitals ("U.S. Justice Ana Lusk") ends no sentence
    if i < 0 or view[i] in ".!?\n" or (view[i] in "\"”’'" and i > 0 and view[i - 1] in ".!?"):
        return True
    if view[i] != ",":
        return False
    # a fronted adverbial: the sentence began at most 40 characters before, with one of its words
    lo = max(0, i - 40)
    start = lo
    for m in _SENTENCE_END.finditer(view, lo, i):
        start = m.end()
    if start == lo and lo > 0 and view[lo - 1] != "\n":
        return False
    words = view[start:i].split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() in _FRONTING and "," not in view[start:i]


def _name_in_run(
    view: str, run_start: int, words: list[tuple[str, int]], given_at: int, first: int = 0
) -> tuple[Span, str, str | None, bool] | None:
    """The first given name and surname in a run of capitalised words (a given name the census
    knows, or the word at ``given_at``), from the word at ``first`` on, with the role before it:
    one of person_mentions'."""
    for k, (word, start) in enumerate(words[:-1]):
        if k < first or word in lx.NON_NAME_CAPS or (k != given_at and not is_given_name(word)):
            continue
        name, end = [word], start + len(word)
        for n, (nxt, nxt_start) in enumerate(words[k + 1 : k + 3], k + 1):
            bare = nxt[:-2] if nxt.endswith(("'s", "’s")) else nxt  # "Ross's" -> "Ross"
            low = bare.lower()
            if (
                bare in lx.NON_NAME_CAPS
                or low in _NOT_SURNAMES
                or low in _TITLE_ABBREVIATIONS
                or (low in lx.TITLES and n + 1 < len(words))
            ):
                break  # no surname is a title's abbreviation ("Doria Gov."), nor a title before a name
            name.append(bare)
            end = nxt_start + len(bare)
            if bare == nxt and (_INITIAL.fullmatch(bare) or (len(name) == 2 and is_given_name(bare))):
                continue  # an initial goes on, and a second given name ("Jo Ellen Pask")
            break  # a surname (or a possessive) ends the name
        if len(name) < 2 or _INITIAL.fullmatch(name[-1]) or name[-1].lower() in _NOT_SURNAMES:
            return None
        before = [w.lower().rstrip(".") for w, _ in words[:k]]
        lower = _LAST_WORD.search(view[max(0, run_start - 30) : run_start])
        role_words = [w for w in before if w in lx.TITLES or w in lx.PERSON_ROLES]
        if not role_words and lower and lower.group(1).lower() in _ROLES_BEFORE:
            role_words = [lower.group(1).lower()]
        return (start, end), " ".join(name), " ".join(role_words) or None, _opens_sentence(view, run_start)
    return None


# what only a person's name takes after it: an indefinite appositive, a relative "who", an age
_PERSON_AFTER = re.compile(r",[ \t]+(?:(?:a|an)[ \t]|who[ \t]|\d{1,3}[,.])")

# the titles written short, which no surname is
_TITLE_ABBREVIATIONS = frozenset({
    "gov", "sen", "rep", "gen", "col", "capt", "lt", "maj", "sgt", "cpl", "pvt", "adm", "cmdr", "det", "insp",
    "supt", "prof", "dr", "mr", "mrs", "ms", "fr", "rev",
})  # fmt: skip

# a form of address before a name, which tells a person and their sex ("Mr. Tobin Brandt")
_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_ROLES_BEFORE = lx.PERSON_ROLES | _ADDRESS


def _person_marked(view: str, start: int, end: int, words: list[tuple[str, int]]) -> int:
    """Where a given name the census does not know stands in a run of capitalised words that the
    text marks as a person's name: after a title in the run ("Coach Tavish Lusk"), after a
    person's role or a form of address in lower case or "named" ("ferry captain Tavish Lusk",
    "Mr. Tavish Lusk", "a man named Tavish Lusk"), or before ", who" ("Tavish Lusk, who …", where
    an organization takes "which"). -1 when none. The cheap tests first: most runs have none."""
    if view.startswith(", who ", end):
        k = len(words) - 2
        return k if _given_and_surname(words, k) else -1
    for k in range(1, min(len(words) - 1, 4)):  # titles open a name: "Former Doria President Ana Lusk"
        if words[k - 1][0].lower() in lx.TITLES and _given_and_surname(words, k):
            return k  # past every title: "Prime Minister Ana Lusk"
    if start < 2 or view[start - 1] != " ":
        return -1
    space = view.rfind(" ", max(0, start - 25), start - 1)
    word = view[space + 1 : start - 1]  # the word before, on the name's line (no line break in it)
    if (word.rstrip(".").lower() in _ROLES_BEFORE or word == "named") and "\n" not in word:
        return 0 if _given_and_surname(words, 0) else -1
    return -1


def _given_and_surname(words: list[tuple[str, int]], k: int) -> bool:
    """Whether the words at k and after can be a given name and a surname: neither a title (not
    "Doria Gov." in "former Doria Gov. Ana Lusk") nor a possessive ("Mr. Lusk's Harbour Inn")."""
    return k >= 0 and not any(
        w.rstrip(".").lower() in lx.TITLES or w.endswith(("'s", "’s")) for w, _ in words[k : k + 2]
    )


def person_mentions(view: str) -> list[tuple[Span, str, str | None, bool]]:
    """Where the text names a person by given name and surname, with the title or role right
    before it: (span of the name, the name, the role, whether the name opens its sentence, as
    its subject mostly is). A given name is one the census table knows (text/given_names.py), or
    any, where the text marks the run as a person's name (an age after it, "Ada Okonkwo, 50,";
    see _person_marked); a surname is a capitalised word that is no place or institution head,
    and one after Mr., Mrs. or Ms. is a person too (_addressed)."""
    out: list[tuple[Span, str, str | None, bool]] = []
    places: set[str] = set()
    for run in _CAP_RUN.finditer(view):
        words = [(m.group(), m.start()) for m in _NON_SPACE.finditer(view, run.start(), run.end())]
        if _AGE_AFTER.match(view, run.end()) and len(words) >= 2:
            given_at = len(words) - 2  # "Ada Okonkwo, 50,": a person, whatever the given name
        else:
            given_at = -1
        found = _name_in_run(view, run.start(), words, given_at)
        if found is None and given_at < 0:
            # a given name the census does not know, in a run that can only name a person
            given_at = _person_marked(view, run.start(), run.end(), words)
            if given_at >= 0:
                # after a title, the name starts past it ("Former Doria President Petro Vukic")
                first = given_at if given_at and words[given_at - 1][0].lower() in lx.TITLES else 0
                found = _name_in_run(view, run.start(), words, given_at, first)
        if found is not None:
            out.append(found)
            if _LOCATIVE_BEFORE.search(view, max(0, found[0][0] - 12), found[0][0]) and not _PERSON_AFTER.match(
                view, found[0][1]
            ):
                places.add(found[1])  # not "heard from Lena Varga, a ferry captain," (a person's appositive)
    # a name the text puts after "in" or "from" anywhere is a place ("in Nova Scotia")
    kept = [m for m in out if m[1] not in places]
    named = kept + _surname_mentions(view, kept)
    named += _addressed(view, {m[1].split()[-1] for m in kept})
    return sorted(named + _role_mentions(view, named))


def _surname_mentions(
    view: str, found: list[tuple[Span, str, str | None, bool]]
) -> list[tuple[Span, str, str | None, bool]]:
    """The surnames of the people found, each place one stands alone ("… that Scheer found"): a
    person the text goes on naming stays the one a "he" most likely means. One search per
    surname (through a word index in a long text), not per mention."""
    covered = sorted(m[0] for m in found)
    starts = [s for s, _ in covered]
    # the relative clause a full name opens ("Ana Ruiz, who like Hale was born here, …"): a surname
    # inside it is embedded, no mention that makes its person the one the text goes on about
    embedded = [(e, _clause_end(view, e)) for _, e in covered if view.startswith(", who ", e)]
    index = _WordIndex(view, casefold=False) if len(view) >= _INDEX_FROM else None
    out: list[tuple[Span, str, str | None, bool]] = []
    for surname in sorted({m[1].split()[-1] for m in found}):
        if len(surname) < 3:
            continue
        for s, e in index.spans(surname) if index is not None else _word_spans(view, surname):
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0 and covered[k][1] >= e:
                continue  # inside a full name
            if any(lo < s < hi for lo, hi in embedded):
                continue
            # a title right before it is the person's role ("Mayor Ortiz", "Mayor Ortiz's plan")
            before = view[max(0, s - 20) : s]
            title = before.split()[-1].lstrip("“‘\"'([") if before[-1:].isspace() and before.strip() else ""
            role = title.lower() if title.lower() in _OFFICES else None
            if role is None and (view.startswith(("'s", "’s"), e) or before[-4:].lower() == "the "):
                continue  # a modifier, not the person: "Hale's office", "the Hale government"
            if role is None and title.rstrip(".").lower() in _ADDRESS:
                role = title.rstrip(".").lower()  # "Mr. Ortiz": the person's sex, no role
            start = s - len(before) + before.rfind(title) if role and role not in _ADDRESS else s
            # (after "Mr." the full stop makes the surname salient as a subject wherever it stands:
            # the text goes on with someone it introduced)
            out.append(((s, e), surname, role, _opens_sentence(view, start)))
    return out


def _clause_end(view: str, at: int) -> int:
    """Where the clause from ``at`` ends: the next comma after a word, or the sentence's end."""
    ends = [i for i in (view.find(", ", at + 6, at + 200), view.find(". ", at, at + 200)) if i >= 0]
    return min(ends, default=min(len(view), at + 200))


def _addressed(view: str, surnames: set[str]) -> list[tuple[Span, str, str | None, bool]]:
    """A surname after Mr., Mrs. or Ms. that no full name in the text completes ("Mr. Okafor
    hired …"): a person, of the sex the address tells. Two str.find scans ("Mr" finds "Mrs")."""
    out: list[tuple[Span, str, str | None, bool]] = []
    for prefix in ("Mr", "Ms"):
        i = view.find(prefix)
        while i >= 0:
            j = i + 2
            address = prefix.lower()
            if prefix == "Mr" and view.startswith("s", j):
                address, j = "mrs", j + 1
            if view.startswith(".", j):
                j += 1
            if view.startswith(" ", j) and (i == 0 or not view[i - 1].isalnum()):
                m = _SURNAME_AT.match(view, j + 1)
                if (
                    m is not None
                    and m.group(1) not in surnames
                    and m.group(1) not in lx.NON_NAME_CAPS
                    and m.group(1).lower() not in lx.TITLES  # "Mr. President"
                ):
                    out.append((m.span(1), m.group(1), address, _opens_sentence(view, m.start(1))))
            i = view.find(prefix, i + 1)
    return out


# a capitalised word that no other follows: a surname standing alone
# (a possessive's "'s" left out: "Mr. Okafor's plan")
_SURNAME_AT = re.compile(r"([A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?)(?![\w-]|['’](?!s\b)|['’]s\b[ \t]+[A-Z]|[ \t]+[A-Z])")


# titles that name an office one person holds ("the mayor"), not a form of address ("Mr.")
_OFFICES = lx.TITLES - {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "fr", "rev", "former", "acting", "interim",
    "then", "field", "vice", "deputy", "prime", "agent", "officer", "det", "detective", "sgt", "cpl", "pvt",
}  # fmt: skip


def _role_mentions(
    view: str, people: list[tuple[Span, str, str | None, bool]]
) -> list[tuple[Span, str, str | None, bool]]:
    """ "the mayor" where the text titles one person so ("Mayor Lena Ortiz", "Mayor Ortiz"): a
    mention of that person (Stanford's role apposition), salient as a subject when it opens a
    sentence. One search per office, not per mention."""
    holders: dict[str, set[str]] = {}
    fullest: dict[str, str] = {}
    for _, name, role, _ in people:
        surname = name.split()[-1]
        if len(name) > len(fullest.get(surname, "")):
            fullest[surname] = name
        if role and role.split()[-1] in _OFFICES:
            holders.setdefault(role.split()[-1], set()).add(surname)
    if not holders:
        return []
    low = lower_same_length(view)  # offsets unchanged ("İ".lower() is two characters)
    out: list[tuple[Span, str, str | None, bool]] = []
    for office, surnames in sorted(holders.items()):
        if len(surnames) != 1:
            continue
        (surname,) = surnames
        for s, e in _word_spans(low, "the " + office):
            if view.startswith(("'s", "’s", " of ", " for ", " at "), e):
                continue  # "the mayor's office"; "the president of the union" may hold another office
            out.append(((s + 4, e), fullest[surname], office, _opens_sentence(view, s)))
    return out
