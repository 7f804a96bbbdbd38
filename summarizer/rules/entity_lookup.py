"""Entities found by name: the entity a speaker phrase names among those mentioned so far (or a
new one), a person the text names, the organization a description refers back to, and at the
article's end each surname completed and each bare role folded into the one person holding it.
The speaker registry (speakers.py) builds on it to resolve pronouns and documents.
"""

from __future__ import annotations

import bisect

from summarizer.rules.descriptions import (
    KIN_NOUNS,
    body_of_kind_before,
    indefinite,
    org_name_before,
    paragraph_before,
    someone_else,
)
from summarizer.rules.entities import Entity, EntityIndex, latest_then_seq, name_key, seq_of
from summarizer.rules.name_mentions import person_mentions
from summarizer.rules.name_runs import ADDRESS, CAP_RUN, NON_SPACE, name_in_run
from summarizer.rules.name_variants import fold_name_forms, fullest_name, word_bearer
from summarizer.rules.org_kinds import of_another_kind, of_other_members
from summarizer.rules.org_short_forms import body_named_before
from summarizer.rules.phrase_genders import gender_of
from summarizer.rules.roles import head_word, holders_at_the_time, role_head, title_noun
from summarizer.rules.served_bodies import names_server
from summarizer.rules.speaker_cues import DEFINITE_BEFORE, ORG_AFTER, introduces
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.text.base import Span


class EntityLookup(EntityIndex):
    """An entity index that finds and makes entities from speaker phrases and names: the lookups
    the speaker registry (speakers.Registry) resolves through."""

    def _find(self, phrase: SpeakerPhrase) -> Entity | None:
        key = name_key(phrase.name)
        for ent in self._by_key.get(key, ()):
            if ent.kind == phrase.kind or phrase.kind in ("person", "organization"):
                return ent
        parts = phrase.name.replace("’", "'").split()  # one apostrophe: "O’Neill" is "O'Neill"
        if phrase.kind == "person" and phrase.anonymity == "named" and parts:
            # every entity that can match ends with the phrase's last word
            # the newest first, a source before a person the text only names ("LeBlanc said"
            # is the LeBlanc who spoke before, not a relative named since)
            for ent in sorted(reversed(self._by_last_word.get(parts[-1], [])), key=lambda e: e.latent and not e.used):
                ent_parts = ent.name.replace("’", "'").split()
                surname = (ent.surname or "").replace("’", "'")
                if len(parts) == 1 and surname == parts[0]:
                    return ent
                if len(parts) >= 2 and len(ent_parts) == 1 and parts[-1] == ent_parts[0]:
                    self._rename(ent, phrase.name)  # the fuller name
                    return ent
                if (
                    len(parts) >= 2
                    and surname == parts[-1]
                    and parts[0].rstrip(".") in (ent_parts[0], ent_parts[0][:1])
                ):
                    return ent
            # "Lopez" after "Maria Lopez-Ruiz": one part of her surname; "Ali" after "Ali Karimi"
            bearer = word_bearer(self.text, self._word_spans, parts, self.entities, self._by_last_word)
            if bearer is not None:
                return bearer
        if phrase.kind == "person" and phrase.anonymity == "role_only" and phrase.role and not indefinite(phrase):
            # "the minister": the holder of that role mentioned last, not the one introduced last;
            # when that one was only just introduced beside another holder, no one
            # ("a spokesperson", indefinite, introduces someone new)
            head = role_head(phrase.role)
            holders = holders_at_the_time(phrase.role, self._by_role_head.get(head, []), self.text)
            if holders and head in KIN_NOUNS:
                # "the father": a relative of the one the text is about now, named close by
                bound = paragraph_before(self.text, phrase.span[0])
                holders = [e for e in holders if e.latest >= bound]
            if holders:
                last = max(holders, key=latest_then_seq)
                if len(holders) > 1 and len({m[0] for m in last.mentions}) <= 1 and head not in KIN_NOUNS:
                    return None  # "the premier" after two premiers each named once: either, so neither
                return last
            # "the spokesperson" after "a spokesperson for the ministry", "the lawyer" after "a lawyer
            # for the family": the source named by that role and whom it serves
            # (not once the same noun has brought in someone else: "another lawyer, Ben Osk, …")
            spoke = [e for e in self.entities if e.first < phrase.span[0] and names_server(e.name, head)]
            if spoke:
                source = max(spoke, key=latest_then_seq)
                after = max((end for start, end in source.mentions if start <= phrase.span[0]), default=source.first)
                if not introduces(self.text, head, after, phrase.span[0]):
                    return source
        if phrase.kind == "organization":
            head = head_word(phrase.name)
            found = self._newest_org_holding(key)
            if head and phrase.anonymity == "role_only" and self._org_by_word.get(head):
                by_word = self._org_by_word[head][-1]
                found = by_word if found is None or by_word.seq > found.seq else found
            if found is not None and of_other_members(phrase.name, found.name):
                found = None  # "the students' union" is no "Academic Staff Union" named before
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
                    ent = max(shorter, key=seq_of)
                    self._rename(ent, phrase.name)  # the fuller name
                    return ent
        return body_named_before(self, phrase)  # "the BMA", "Calder", "police": a body named before

    def mention_person(self, span: Span, name: str, role: str | None, subject: bool = False) -> None:
        """A person the text names ("Mayor Doug McCallum"), a speaker or not: an antecedent a
        later "he" or "the mayor" can resolve to. Listed as a speaker only if one does. Named as
        a sentence's subject (``subject``), they are as salient as a source for a later "he"."""
        gender = None
        title = role or ""
        if role is not None:
            # a form of address or a noun of one sex before the name tells the person's sex
            # ("Mr. Tavish Lusk", "her son Tobin Brandt"); an address is no role
            gender = gender_of(SpeakerPhrase(text=role, span=span, kind="person", name=role))
            if role in ADDRESS:
                role = None
        short = role is not None and title_noun(role.split()[-1]) != role.split()[-1]
        if short:
            role = None  # a title written short ("Coun.", "Sgt."): who holds the office, no role to show
        phrase = SpeakerPhrase(text=name, span=span, kind="person", name=name, name_span=span, role=role)
        ent = self._find(phrase)
        if ent is None:
            ent = self._new(phrase, "person")
            ent.latent = True
        if short and ent.kind == "person" and ent not in self._by_role_head.get(role_head(title), ()):
            # a later "the councillor" or "the sergeant" is this person
            bisect.insort(self._by_role_head.setdefault(role_head(title), []), ent, key=seq_of)
        if gender is None and ent.gender is None and " " in name:
            gender = gender_of(phrase)  # the given name's, when an entity known by surname had none
        if gender is not None and ent.gender is None:
            ent.gender = gender
        if role and not ent.role:
            self._set_role(ent, role)
        elif role and ent.kind == "person" and ent not in self._by_role_head.get(role_head(role), ()):
            # "Mayor Ortiz" after "mayoral candidate Lena Ortiz": a later "the mayor" is her too
            bisect.insort(self._by_role_head.setdefault(role_head(role), []), ent, key=seq_of)
        if subject:
            ent.subject_at = span[0]
        self._mention(ent, span)

    def _org_described(self, phrase: SpeakerPhrase, before: int) -> Entity | None:
        """What "the agency", "the security firm", "the team" refer back to: the organization the
        text named last, a source or not ("… by Transitco. The agency said"), else one named
        before it (descriptions.org_name_before)."""
        head = head_word(phrase.text)  # never one of another kind ("the department": no "… Federation")
        ent = self._most_recent(
            lambda e: (
                e.kind == "organization"
                and e.anonymity == "named"
                and e.first < before
                and not e.plural
                and not of_another_kind(head, e.name)
                and not of_other_members(phrase.name, e.name)
            )
        )
        named = org_name_before(self.text, phrase, lede=ent is None)
        if named is not None and (ent is None or ent.latest < named.start()):
            name = next(g for g in named.groups() if g)
            org = SpeakerPhrase(name, named.span(), "organization", name, None)
            ent = self._find(org) or self._new(org, "organization")
        if ent is not None and (kin := body_of_kind_before(self.text, phrase, ent.name)) is not None:
            # "The union said" after "Tarn Care said": the union named before (not Tarn Care itself)
            ent = found if (found := self._find(kin)) not in (None, ent) else self._new(kin, "organization")
        return ent

    def _appositive_person(self, start: int, end: int, role: str | None) -> Entity | None:
        """The person named by the given name and surname that end the capitalised words at
        ``start:end`` (no title's word, place or institution), made an entity; None if none."""
        words = [(m.group(), m.start()) for m in NON_SPACE.finditer(self.text, start, end)]
        if not 2 <= len(words) <= 4:
            return None
        found = name_in_run(self.text, start, words, len(words) - 2, len(words) - 2)
        if found is None:
            return None
        person = SpeakerPhrase(found[1], found[0], "person", found[1], found[0], role=role)
        return self._new(person, "person")

    def _named_next(self, after: int) -> Entity | None:
        """A description no one named before can refer back to refers forward, to the person the
        next sentences name ("The most feared judge in town said … ¶ Tom Hale announced …"): the
        first given name and surname in the 300 characters after it."""
        for run in CAP_RUN.finditer(self.text, after, min(len(self.text), after + 300)):
            words = [(m.group(), m.start()) for m in NON_SPACE.finditer(self.text, run.start(), run.end())]
            found = name_in_run(self.text, run.start(), words, -1)
            if found is not None:
                person = SpeakerPhrase(found[1], found[0], "person", found[1], found[0], role=found[2])
                return self._find(person) or self._new(person, "person")
        return None

    def _subject_named_next(self, phrase: SpeakerPhrase) -> Entity | None:
        """The person a lede's description names next: the first person the following sentences
        name as a subject, within a few hundred characters, with no role or the description's."""
        end = phrase.span[1]
        for span, name, role, subject in person_mentions(self.text):
            if span[0] < end:
                continue
            # "The clerk, Ana Ruiz, announced …": the description's noun, definite, then the name
            # (not "The mayor, Ana Ruiz, …", someone of another office)
            again = DEFINITE_BEFORE.search(self.text, max(end, span[0] - 40), span[0])
            if (again is None and not subject) or (again is not None and again.group(1) != head_word(phrase.text)):
                continue
            if span[0] > end + 400 or (role and role_head(role) != head_word(phrase.text)):
                return None
            if someone_else(self.text, end, span, head_word(phrase.text)):
                return None
            person = SpeakerPhrase(name, span, "person", name, span, role=role)
            return self._find(person) or self._new(person, "person")
        return None

    # ---------------------------------------------------------------- the end of the article
    def finish(self) -> dict[int, Entity]:
        """Complete surnames to the fullest name the text gives, fold bare roles ("the mayor")
        into the one named person who holds that role, collect every mention, and number the
        entities in order of first mention. Returns the entity each old one became (by id())."""
        for ent in self.entities:
            if ent.kind == "person" and ent.anonymity == "named" and len(ent.name.split()) == 1:
                if any(ORG_AFTER.match(self.text, end) for _, end in self._word_spans(ent.name, casefold=True)):
                    ent.kind = "organization"
                    continue
                self._complete_name(ent)
        merged: dict[int, Entity] = {id(e): e for e in self.entities}
        folded = fold_name_forms(self.text, self.entities, self._word_spans, merged)
        holders_of: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.kind == "person" and e.anonymity == "named" and e.role and id(e) not in folded:
                holders_of.setdefault(e.role.split()[-1], []).append(e)
        for ent in self.entities:
            if id(ent) in folded:
                continue
            if ent.kind == "person" and ent.anonymity == "role_only" and ent.role and not ent.indefinite:
                head = ent.role.split()[-1]
                holders = holders_at_the_time(ent.role, holders_of.get(head, []), self.text)
                if head in KIN_NOUNS and holders:
                    bound = paragraph_before(self.text, ent.first)
                    holders = [h for h in holders if any(bound <= m[0] < ent.first for m in h.mentions)]
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
        best = fullest_name(self.text, [start for start, _ in self._word_spans(ent.name, hyphen=True)], ent.name)
        if best is not None:
            ent.name = best[0]
            if best[1] and not ent.role and best[1] not in ("mr", "mrs", "ms", "dr", "miss"):
                ent.role = best[1]
