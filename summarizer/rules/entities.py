"""Speaker entities and the indexes over them (by name, by surname, by role, the organizations,
by latest mention) that the resolver in speakers.py looks them up through.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.rules.phrase_genders import gender_of
from summarizer.rules.roles import role_head
from summarizer.rules.sentence_starts import SENTENCE_END
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.rules.word_index import INDEX_FROM, WordIndex, word_spans
from summarizer.text.base import Span
from summarizer.text.regex import compiled


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
    source_at: int = -1  # where it was last named as an attribution's source
    quoted_at: int = -1  # where it was last named as the source of a quotation
    indefinite: bool = False  # introduced as "a spokesperson", "an economist": someone new

    @property
    def surname(self) -> str | None:
        parts = self.name.split()
        return parts[-1] if self.kind == "person" and self.anonymity == "named" and len(parts) >= 2 else None

    def key(self) -> str:
        return name_key(self.name)


_LEADING_DETERMINER = compiled(r"^(?:the|a|an|some|many|several|other|two|three|both|all|most)\s+", re.I)
_SPACES = compiled(r"\s+")


@lru_cache(maxsize=4096)
def name_key(s: str) -> str:
    """A name as a comparison key: no leading determiner, one space, lower case."""
    s = _LEADING_DETERMINER.sub("", s.strip())
    return _SPACES.sub(" ", s.replace("’", "'")).lower()


def last_word(name: str) -> str:
    """A name's last word as an index key, its apostrophe in one form ("O’Neill" = "O'Neill")."""
    return name.split()[-1].replace("’", "'")


class EntityIndex:
    """Entities in order of creation, and the indexes a resolver looks them up through.

    Every lookup goes through an index (by name, by last word, by role, the organizations'
    names joined in one string, the entities by latest mention), so that an article with
    thousands of speakers costs no more per mention than one with ten."""

    def __init__(self, text: str) -> None:
        """``text``: the article's view (boilerplate blanked), searched for further mentions."""
        self.text = text
        self.entities: list[Entity] = []
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
        self._words: dict[bool, WordIndex] = {}

    def _index(self, ent: Entity) -> None:
        bisect.insort(self._by_key.setdefault(ent.key(), []), ent, key=seq_of)
        if ent.kind == "person" and ent.anonymity == "named" and ent.name.split():
            bisect.insort(self._by_last_word.setdefault(last_word(ent.name), []), ent, key=seq_of)
        if ent.kind == "organization":
            for w in set(ent.key().split()):
                bisect.insort(self._org_by_word.setdefault(w, []), ent, key=seq_of)
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
            self._by_last_word[last_word(ent.name)].remove(ent)
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
            bisect.insort(self._by_role_head.setdefault(role_head(role), []), ent, key=seq_of)

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
        if seen and self._alone_in_sentence_before(seen, before):
            return seen[0]  # the one person the sentence before names ("…, insists Ana Ruiz, …")
        return max(seen, key=lambda e: (len(e.mentions), e.latest), default=None)

    def _alone_in_sentence_before(self, seen: list[Entity], before: int) -> bool:
        """Whether the person named last (``seen[0]``) is named, not as the source of a quotation
        (a description after one is a new voice), in the sentence right before ``before`` (or in
        its own), with no other person named in that sentence; one whose words it only reports
        ("There is joy, insists Ana Ruiz, in …") may be the one it goes on about."""
        ent = seen[0]
        if ent.source_at == ent.latest and ent.quoted_at == ent.latest:
            return False
        breaks = [m.start() for m in SENTENCE_END.finditer(self.text, max(0, ent.latest - 400), before + 1)]
        opened = max((b for b in breaks if b < ent.latest), default=max(0, ent.latest - 400))
        if sum(1 for b in breaks if b > ent.latest) > 1:
            return False  # a sentence between
        return len(seen) < 2 or seen[1].latest < opened

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

    def _word_spans(self, word: str, *, hyphen: bool = False, casefold: bool = False) -> list[tuple[int, int]]:
        if len(self.text) < INDEX_FROM:  # a scan per name is cheaper than indexing a short text
            return word_spans(self.text, word, hyphen=hyphen, casefold=casefold)
        if casefold not in self._words:
            self._words[casefold] = WordIndex(self.text, casefold=casefold)
        return self._words[casefold].spans(word, hyphen=hyphen)

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


def latest_then_seq(ent: Entity) -> tuple[int, int]:
    return ent.latest, ent.seq


def seq_of(ent: Entity) -> int:
    return ent.seq
