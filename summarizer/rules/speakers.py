"""Speaker entities: each analysed speaker phrase (speaker_phrases.py) merged across mentions,
with pronouns, bare roles and descriptions resolved to the nearest compatible speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from summarizer.rules.descriptions import (
    ISSUED_IN,
    KIN_NOUNS,
    NAME_COMMA_BEFORE,
    SAYING_NOUNS,
    SENDER_HEADS,
    SENT_HEADS,
    WORKS,
    body_of_kind_before,
    delayed_identification,
    epithet,
    holds_seated_title,
    indefinite,
    name_comma_after,
    name_given_after,
    org_by_noun,
    org_description,
    org_name_before,
    paragraph_before,
    sender_before,
    someone_else,
)
from summarizer.rules.document_authors import author_before
from summarizer.rules.entities import Entity, EntityIndex, latest_then_seq, name_key, seq_of
from summarizer.rules.name_mentions import ADDRESS, CAP_RUN, NON_SPACE, name_in_run, person_mentions
from summarizer.rules.name_variants import fold_name_forms, fullest_name, word_bearer
from summarizer.rules.org_kinds import of_another_kind, of_other_members
from summarizer.rules.org_short_forms import body_named_before
from summarizer.rules.possessive_sources import owned_org
from summarizer.rules.pronoun_kinds import GENDERS, may_mean
from summarizer.rules.roles import THE_PAST_OFFICE as _FORMER
from summarizer.rules.roles import head_word, holders_at_the_time, role_head, same_office, title_noun
from summarizer.rules.served_bodies import names_server, served_phrase
from summarizer.rules.speaker_cues import (
    ADVERBS,
    DEFINITE_BEFORE,
    IN_BEFORE,
    ISSUED_BEFORE,
    ORG_AFTER,
    SENTENCE_BREAK,
    SUBJECT_AT,
    SUBJECT_PRONOUNS,
    holds_another_office,
    introduces,
    opens_a_sentence,
)
from summarizer.rules.speaker_phrases import SpeakerPhrase, gender_of
from summarizer.rules.speaker_phrases import analyse as analyse  # model.py reads it from here
from summarizer.rules.word_index import WordIndex as _WordIndex
from summarizer.rules.word_index import word_spans as _word_spans
from summarizer.text import lexicon as lx
from summarizer.text.base import Span

# model.py and the tests read these from here
__all__ = ["Entity", "Registry", "_WordIndex", "_word_spans", "analyse", "person_mentions"]


class Registry(EntityIndex):
    """Entities in order of first mention, merging repeated and shortened references: each
    speaker phrase, pronoun and description resolved to one, looked up through EntityIndex's
    indexes (entities.py)."""

    def __init__(self, text: str) -> None:
        """``text``: the article's view (boilerplate blanked), searched for further mentions."""
        super().__init__(text)
        self._last_by_pronoun: dict[str, Entity] = {}
        self._documents: dict[str, Entity] = {}  # document head -> the source that issued it
        self._by_span: dict[Span, Entity] = {}  # a speaker phrase resolved: the same for each attribution
        self._spoken_of: frozenset[str] = frozenset()  # the genders the words resolved for speak of

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
            # "the minister": the holder of that role mentioned last, not the one introduced last
            # ("a spokesperson", indefinite, introduces someone new)
            head = role_head(phrase.role)
            holders = holders_at_the_time(phrase.role, self._by_role_head.get(head, []), self.text)
            if holders and head in KIN_NOUNS:
                # "the father": a relative of the one the text is about now, named close by
                bound = paragraph_before(self.text, phrase.span[0])
                holders = [e for e in holders if e.latest >= bound]
            if holders:
                return max(holders, key=latest_then_seq)
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

    def mention_entity(self, ent: Entity, phrase: SpeakerPhrase) -> None:
        """A pronoun the caller resolved itself (one that goes on with the subject before)."""
        ent.used = True
        if phrase.pronoun:
            self._last_by_pronoun[phrase.pronoun] = ent
        self._mention(ent, phrase.span)
        ent.source_at = ent.latest

    def resolve(self, phrase: SpeakerPhrase, *, before: int, spoken_of: frozenset[str] = frozenset()) -> Entity | None:
        """The entity a speaker phrase means. A phrase two attributions share ("…," says the
        owner, noting that …) means the same one for both: the first reading is kept, not read
        again after it counted as a mention itself. ``spoken_of``: the genders of the third
        persons the quoted words speak of ("he", "her"), whom a description is not."""
        known = self._by_span.get(phrase.span)
        if known is not None:
            return known
        self._spoken_of = spoken_of
        ent = self._resolve(phrase, before=before)
        if ent is not None:
            self._by_span[phrase.span] = ent
            ent.used = True
            ent.source_at = ent.latest
            if phrase.kind != "document":
                # "X said in a statement" / "X wrote in the company's blog post": a later "the
                # statement" or "the post" is X's
                issued = ISSUED_IN.match(self.text, phrase.span[1])
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
        if phrase.kind == "document" and phrase.text.lower().startswith(("the ", "that ")) and head in SENDER_HEADS:
            sender = self._sender_of(head, phrase.span[0])
            if sender is not None:
                self._documents[head] = sender
                self._mention(sender, phrase.span)
                return sender
        if (
            phrase.kind == "document"
            and phrase.text.lower().startswith(("the ", "that ", "those ", "these "))
            and (author := self._author_of(head, phrase.span[0])) is not None
        ):
            self._documents[head] = author  # "the reports" after "reports by two papers"
            self._mention(author, phrase.span)
            return author
        if head in SAYING_NOUNS and IN_BEFORE.search(self.text, max(0, phrase.span[0] - 4), phrase.span[0]):
            # "Ruiz denied it and in a brief response said …": a preposition's object is how it was
            # said; the one who said it is the clause's subject
            sayer = self._sentence_subject(phrase.span[0])
            if sayer is not None:
                self._mention(sayer, phrase.span)
                return sayer
        if phrase.kind == "document" and indefinite(phrase) and head in SENT_HEADS and len(phrase.text.split()) <= 3:
            issuer = self._issuer_of(phrase)
            if issuer is not None:
                self._documents[head] = issuer  # a later "the statement" is theirs too
                self._mention(issuer, phrase.span)
                return issuer
        if (owned := owned_org(self, phrase, before)) is not None:
            return owned  # "her campaign": hers, not a rival campaign named before
        ent = self._find(phrase)
        if (
            ent is None
            and phrase.anonymity == "role_only"
            and phrase.kind in ("person", "unnamed")
            and not phrase.plural
        ):
            # an appositive: "Ana Ruiz, an economist who …" is Ana Ruiz (Stanford's appositive sieve)
            named = NAME_COMMA_BEFORE.search(self.text, max(0, phrase.span[0] - 60), phrase.span[0])
            if (given := name_given_after(self.text, phrase.span[1])) is not None:
                # "A woman near the stage, who gave her name as Ana Ruiz, said": the name she gave
                name = given.group(1)
                person = SpeakerPhrase(name, given.span(1), "person", name, given.span(1), role=phrase.role)
                ent = self._find(person) or self._new(person, "person")
            elif named is not None:
                name = named.group(1)
                ent = self._find(SpeakerPhrase(name, named.span(1), "person", name, named.span(1)))
                if ent is not None and ent.kind != "person":
                    ent = None
                elif ent is None and phrase.kind == "person" and self.text.startswith(",", phrase.span[1]):
                    # a person's role between commas ("Tavish Lusk, Minister of Roads, said"): the
                    # words before are a person's name, whatever given name they hold
                    ent = self._appositive_person(named.start(1), named.end(1), phrase.role)
            elif (after := name_comma_after(self.text, phrase.span[1])) is not None:
                # the role first, the name last: "Director of research at Lockwell, Ana Ruiz,
                # agreed" is Ana Ruiz (the appositive's head is the role, the name its person)
                name = after.group(2)
                person = SpeakerPhrase(name, after.span(2), "person", name, after.span(2), role=phrase.role)
                ent = self._find(person) or self._new(person, "person")
                if ent.kind != "person":
                    ent = None
        if ent is None and org_description(phrase):
            ent = self._org_described(phrase, before)
        if ent is None and _FORMER.match(phrase.text) and not epithet(phrase, self.text):
            # "the former ambassador", no holder of that office named: a past office of the person
            # named last, as the subject of the sentence right before, if the text gave them no
            # other role
            ent = self._most_recent(lambda e: e.kind == "person" and e.anonymity == "named" and e.first < before)
            if ent is not None and (
                self._not_described(ent, phrase)
                or ent.subject_at != ent.latest
                or (ent.role and not same_office(phrase.role or "", ent.role, ent.mentions, self.text))
                or len(SENTENCE_BREAK.findall(self.text, ent.latest, phrase.span[0] + 1)) > 1
            ):
                ent = None
        elif ent is None and epithet(phrase, self.text):
            # "the affable proprietor", "the 45-year-old": a description of someone named before,
            # the one the text is most about among those named last
            ent = self._most_salient_person(before)
            if ent is not None and (
                holds_another_office(ent, phrase)
                or self._not_described(ent, phrase)
                or not holds_seated_title(ent.role, ent.mentions, phrase, self.text)
            ):
                ent = None  # "the town clerk" is no one the text gave another office ("The mayor, Ana Ruiz")
            if ent is None and head_word(phrase.text) not in WORKS:
                ent = self._named_next(phrase.span[1])
        if ent is None and delayed_identification(phrase, self.text):
            ent = self._subject_named_next(phrase)  # the lede's "A county clerk has quit", named next
        if ent is None:
            ent = self._new(served_phrase(self.text, phrase), phrase.kind)  # "a university spokesperson"
            ent.indefinite = indefinite(phrase)
        else:
            if phrase.role and not ent.role:
                self._set_role(ent, phrase.role)
            if phrase.affiliation and not ent.affiliation:
                ent.affiliation = phrase.affiliation
        self._mention(ent, phrase.name_span or phrase.span)
        return ent

    def _not_described(self, ent: Entity, phrase: SpeakerPhrase) -> bool:
        """Whether a description ("the proud mother", "the former mayor") cannot be ``ent``: of
        the other sex, or the quoted words speak of ``ent`` as "he" or "she" ("“She earned it,”
        said the former mayor"): a speaker is no third person of their own words."""
        gender = gender_of(phrase)
        if gender is not None and ent.gender is not None and gender != ent.gender:
            return True
        return bool(self._spoken_of) and (ent.gender is None or ent.gender in self._spoken_of)

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

    def _issuer_of(self, phrase: SpeakerPhrase) -> Entity | None:
        """Whose "a statement" or "a notice" speaks: the subject of the verb that issued it ("the
        office published a notice saying …"), or else, where it opens its sentence ("… said the
        group. A statement said …"), the source named last in its paragraph."""
        start = phrase.span[0]
        verb = ISSUED_BEFORE.search(self.text, max(0, start - 30), start)
        if verb is not None:
            lo = max(0, verb.start() - 300)
            clause = max(self.text.rfind(c, lo, verb.start()) for c in ".!?\n,")
            words = self.text[max(clause + 1, lo) : verb.start()].split()
            while words and (words[-1] in ADVERBS or words[-1].endswith("ly")):
                words.pop()  # "the office also published …"
            if not words or len(words) > 12 or words[0].lower() in ("he", "she", "it", "they", "we", "i"):
                return None
            subject = " ".join(words)
            at = self.text.rfind(subject, lo, verb.start())
            if at < 0:
                return None
            return self._resolve(analyse(subject, (at, at + len(subject))), before=at)
        if not opens_a_sentence(self.text, start):
            return None
        paragraph = self.text.rfind("\n", 0, start)
        return self._most_recent(lambda e: e.used and e.kind != "document" and e.latest > paragraph)

    def _sender_of(self, head: str, before: int) -> Entity | None:
        """ "Parents of the pupils sent a letter to the board. … the letter reads": the one who
        sent, wrote, posted or filed that document (descriptions.sender_before), resolved as a
        speaker phrase would be."""
        found = sender_before(self.text, head, before)
        if found is None:
            return None
        at, subject = found
        return self._resolve(analyse(subject, (at, at + len(subject))), before=at)

    def _author_of(self, head: str, before: int) -> Entity | None:
        """ "A study by researchers at … The study said": the author the text gave the document after
        "by" or "from" (document_authors.author_before), resolved as a speaker phrase would be."""
        found = author_before(self.text, head, before)
        if found is None:
            return None
        at, author = found
        return self._resolve(analyse(author, (at, at + len(author))), before=at)

    def _resolve_pronoun(self, phrase: SpeakerPhrase, before: int) -> Entity | None:
        pronoun = phrase.pronoun or ""
        gender = GENDERS.get(pronoun)  # (the kinds each pronoun may mean: pronoun_kinds)

        # a person the text only names is an antecedent when no source so far can be one, or when
        # named as a sentence's subject: a source is the more salient ("Reyes cited Tom Hale.
        # “…,” he said": Reyes), and so is a subject ("Tom Hale disagreed. “…,” he said")
        sources_only = True

        def candidate(e: Entity) -> bool:
            return (
                may_mean(pronoun, e) and e.first < before and (e.used or e.subject_at == e.latest or not sources_only)
            )

        def same(e: Entity) -> bool:
            # "he" or "she" is one person: not "the owners, Ana Ruiz and Ali Demir"
            return candidate(e) and e.gender in (gender, None) and not (gender and e.plural)

        chosen = self._choose_antecedent(pronoun, gender, candidate, same)
        if chosen is None:
            sources_only = False
            chosen = self._choose_antecedent(pronoun, gender, candidate, same)
        if chosen is None and pronoun == "it":
            chosen = self._body_in_sentence(phrase.span[0])
        if chosen is None:
            return None
        if gender and chosen.gender is None:
            chosen.gender = gender
        self._last_by_pronoun[pronoun] = chosen
        self._mention(chosen, phrase.span)
        return chosen

    def _sentence_subject(self, before: int) -> Entity | None:
        """The entity a name or a pronoun opening the sentence before ``before`` means, when a
        verb in lower case follows it ("Ana Ruiz denied …", "She denied …")."""
        start = max(self.text.rfind(c, max(0, before - 300), before) for c in ".!?\n") + 1
        m = SUBJECT_AT.match(self.text, start)
        if m is None or m.end() > before or m.group(1).split()[0] in lx.NON_NAME_CAPS - SUBJECT_PRONOUNS:
            return None
        subject = analyse(m.group(1), m.span(1))
        if subject.kind not in ("person", "organization", "pronoun"):
            return None
        return self._resolve(subject, before=m.start(1))

    def _body_in_sentence(self, before: int) -> Entity | None:
        """What an "it" with no antecedent among the entities means: the organization its own
        sentence names by a common noun before it ("the council is weighing what it says …")."""
        stop = max(self.text.rfind(c, max(0, before - 300), before) for c in ".!?\n")
        found = None
        for m in org_by_noun().finditer(self.text, stop + 1, before):
            found = m
        if found is None:
            return None
        org = analyse(found.group(), found.span())
        if org.kind != "organization" or org.plural:
            return None
        return self._find(org) or self._new(org, "organization")

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
            if chosen is not None and chosen.latest not in (chosen.subject_at, chosen.source_at):
                chosen = self._subject_of_sentence(chosen, same) or chosen
        elif pronoun in ("they", "them"):
            # number: a group, a body or several people before one person named, else a person of
            # no known sex ("a spokesperson … they said"); never one man or woman
            chosen = self._most_recent(
                lambda e: candidate(e) and (e.plural or e.kind in ("organization", "group"))
            ) or self._most_recent(lambda e: candidate(e) and not (e.kind == "person" and e.gender is not None))
        else:
            chosen = self._most_recent(candidate)
        return chosen

    def _subject_of_sentence(self, chosen: Entity, same: Callable[[Entity], bool]) -> Entity | None:
        """The subject of the sentence where ``chosen`` was last mentioned as neither subject nor
        source ("Ana Ruiz agreed with Hale. “…,” she said": Ana Ruiz): a subject is the more
        salient."""
        subject = self._most_recent(lambda e: same(e) and e.subject_at == e.latest and e.latest < chosen.latest)
        if subject is None or SENTENCE_BREAK.search(self.text, subject.latest, chosen.latest):
            return None
        return subject

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
