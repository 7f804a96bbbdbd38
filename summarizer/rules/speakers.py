"""Speaker entities: each analysed speaker phrase (speaker_phrases.py) merged across mentions,
with pronouns, bare roles and descriptions resolved to the nearest compatible speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.rules.descriptions import (
    ISSUED_IN,
    NAME_COMMA_BEFORE,
    SAYING_NOUNS,
    SENDER_HEADS,
    SENT_HEADS,
    WORKS,
    delayed_identification,
    epithet,
    holds_seated_title,
    indefinite,
    name_comma_after,
    name_given_after,
    org_by_noun,
    org_description,
    sender_before,
)
from summarizer.rules.document_authors import author_before
from summarizer.rules.entities import Entity
from summarizer.rules.entity_lookup import EntityLookup
from summarizer.rules.name_mentions import person_mentions
from summarizer.rules.phrase_genders import gender_of
from summarizer.rules.possessive_sources import owned_org
from summarizer.rules.pronoun_kinds import GENDERS, may_mean
from summarizer.rules.roles import THE_PAST_OFFICE as _FORMER
from summarizer.rules.roles import head_word, same_office
from summarizer.rules.served_bodies import served_phrase
from summarizer.rules.speaker_cues import (
    ADVERBS,
    IN_BEFORE,
    ISSUED_BEFORE,
    SENTENCE_BREAK,
    SUBJECT_AT,
    SUBJECT_PRONOUNS,
    holds_another_office,
    opens_a_sentence,
)
from summarizer.rules.speaker_phrases import SpeakerPhrase
from summarizer.rules.speaker_phrases import analyse as analyse  # model.py reads it from here
from summarizer.rules.word_index import WordIndex as _WordIndex
from summarizer.rules.word_index import word_spans as _word_spans
from summarizer.text import lexicon as lx
from summarizer.text.base import Span

# model.py and the tests read these from here
__all__ = ["Entity", "Registry", "_WordIndex", "_word_spans", "analyse", "person_mentions"]


class Registry(EntityLookup):
    """Entities in order of first mention, merging repeated and shortened references: each
    speaker phrase, pronoun and description resolved to one, looked up through
    entity_lookup.EntityLookup."""

    def __init__(self, text: str) -> None:
        """``text``: the article's view (boilerplate blanked), searched for further mentions."""
        super().__init__(text)
        self._last_by_pronoun: dict[str, Entity] = {}
        self._documents: dict[str, Entity] = {}  # document head -> the source that issued it
        self._by_span: dict[Span, Entity] = {}  # a speaker phrase resolved: the same for each attribution
        self._spoken_of: frozenset[str] = frozenset()  # the genders the words resolved for speak of

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
