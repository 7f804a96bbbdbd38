from __future__ import annotations

import pytest

from summarizer import find_hedges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike may have killed dozens.", [("may", "modal")]),
        ("Officials believe the fire was set on purpose.", [("believe", "doxastic")]),
        ("The group reportedly fired the rockets.", [("reportedly", "reporting")]),
        ("The alleged attacker fled.", [("alleged", "reporting")]),
        ("The claim could not be independently verified.", [("claim", "reporting"), ("could not be independently verified", "unconfirmed")]),
        ("Russia has not officially confirmed such incidents.", [("has not officially confirmed", "unconfirmed")]),
        ("Police are investigating whether the blast was deliberate.", [("investigating whether", "investigation")]),
        ("It is unclear whether anyone was hurt.", [("is unclear whether", "investigation")]),
        ("The bridge will close if the river rises.", [("if", "conditional")]),
        # a claim made with nothing to show for it
        ("The envoy said, without offering any evidence, that the ferry was mined.", [("without offering any evidence", "unconfirmed")]),
        ("The captain gave no proof that the nets were cut.", [("gave no proof", "unconfirmed")]),
        # two accounts that cannot be set against each other
        ("It was not immediately possible to reconcile the two tallies.", [("not immediately possible to reconcile", "unconfirmed")]),
        ("The rival counts could not be reconciled.", [("could not be reconciled", "unconfirmed")]),
        ("The market opened on May 3 with gains.", []),
        ("Two people were killed, police said.", []),
        # a letter that lower-cases to two ("İ") keeps every offset in place
        ("İzmir police said smoke could be seen.", []),
        ("İzmir police said the fire may spread.", [("may", "modal")]),
        # supposition, belief nouns, evidence, epistemic adjectives and "must have done"
        ("The senator is widely considered the front-runner.", [("considered the", "doxastic")]),
        ("Residents shared the view that the dam was unsafe.", [("view that", "doxastic")]),
        ("He felt that the plan was rushed.", [("felt that", "doxastic")]),
        ("Residents worry that the dam will fail.", [("worry that", "doxastic")]),
        ("Residents worry about the dam.", []),
        # a toll feared, not found
        ("At least 60 people are feared dead after the landslide.", [("feared dead", "doxastic")]),
        ("Officials fear at least 60 people died.", [("fear at least", "doxastic")]),
        ("She feared for her safety.", []),
        ("I guess the ferry left early.", [("guess", "doxastic")]),
        ("There are signs that the fever is spreading.", [("signs that", "modal")]),
        ("The records imply that the pump failed.", [("imply that", "modal")]),
        ("The account seems plausible.", [("seems", "modal"), ("plausible", "modal")]),
        ("Chances are the vote will be delayed.", [("Chances are", "modal")]),
        ("The intruder must have climbed the fence.", [("must have climbed", "modal")]),
        ("Charges that the mayor took bribes were dropped.", [("Charges that", "reporting")]),
        ("Charges that were filed in May were dropped.", []),
        ("She holds views that will surprise voters.", []),
        ("Many feel that way about the tax.", []),
        ("Critics second-guess the referee.", []),
        ("The council must reckon with the deficit.", []),
        ("A second storm is possible.", [("possible", "modal")]),
        ("Officials are not sure the levee will hold.", [("sure", "modal")]),
        ("The odds are the bill will pass.", [("odds are", "modal")]),
        ("He is reputedly the owner.", [("reputedly", "reporting")]),
        ("The hypothesis remains untested.", [("hypothesis", "modal")]),
        ("Engineers asked whether the levee could hold.", [("whether", "investigation")]),
        # readings that state no uncertainty
        ("Organisers hope to reopen the bridge by Friday.", []),
        ("Smoke could be seen from the highway.", []),
        ("Smoke could be seen as a warning.", [("could", "modal"), ("seen as", "doxastic")]),
        ("The doors were unlocked so that the crew could leave.", []),
        ("Nobody explained how the thief could have entered.", []),
        ("The flood has claimed four lives.", []),
        ("Three suspects were arrested.", []),
        ("A shooting suspect fled on foot.", []),
        ("Two masked suspects entered the shop.", []),
        ("Police said the suspect that fled was found.", []),
        ("Police suspect the fire was set.", [("suspect", "doxastic")]),
        ("Few doubt it; many suspect that the dam leaked.", [("doubt", "doxastic"), ("suspect", "doxastic")]),
        ("The man was arrested on suspicion of theft.", []),
        ("Who will the jury believe?", []),
        ("Few voters believe him.", []),
        ("Many still believe in the plan.", []),
        ("Planners think about the budget daily.", []),
        ("Voters see the plan as a tax.", [("see the plan as", "doxastic")]),
        ("Voters saw the plan as a tax.", []),
        ("The plan, I think, is sound.", [("think", "doxastic")]),
        ("We believe you are right.", [("believe", "doxastic")]),
        ("An unknown gunman fired at the bus.", []),
        ("Where he went is unknown.", [("unknown", "investigation")]),
        ("Crews took the shortest possible route.", []),
        ("There is no doubt that the plant closed.", []),
        ("The deputy assumed control of the station.", []),
        ("The deputy assumed the station was empty.", [("assumed", "doxastic")]),
        ("The singer appears as a guest in the film.", []),
        ("It appears as if the road is closed.", [("appears as if", "modal")]),
        # a role someone may take names people, it hedges no claim
        ("The mill is in talks with potential buyers.", []),
        ("The shop lost potential customers to the fair.", []),
        ("The flood could potentially close the mill.", [("could", "modal"), ("potentially", "modal")]),
        # a forecast named by its noun is a figure, unless its content follows
        ("Brokers cut their profit estimate for the year.", []),
        ("The projection sent the shares lower.", []),
        ("Sales fell short of analysts' expectations.", []),
        ("Orders beat the 400 forecast by brokers.", []),
        ("Brokers estimate the mill will close.", [("estimate", "doxastic")]),
        ("Brokers raised expectations that the mill will close.", [("expectations", "doxastic")]),
        ("Brokers estimated the mill's worth at $40 a share.", []),
        ("The mill will hire 40 workers, a spokesman estimated.", [("estimated", "doxastic")]),
        ("The mill will hire an estimated 40 workers.", []),
        ("The clerk was held on suspicion of fraud.", []),
        ("Sales rose faster than expected to reach a record.", []),
        ("Output was lower than the brokers had expected.", []),
        ("Profit rose a lower-than-anticipated 3%.", []),
        ("Profit is expected to rise.", [("expected", "doxastic")]),
        ("The mill cut jobs, citing expected losses.", []),
        ("The mill sold bonds to meet expected demand.", []),
        ("Brokers, having expected losses, sold early.", [("expected", "doxastic")]),
        ("The mill is planning expected cuts to begin in May.", [("expected", "doxastic")]),
        ("Brokers expected losses.", [("expected", "doxastic")]),
        # to assume a debt or someone's duties is to take them on
        ("The buyer will assume $8 million of the mill's existing debt.", []),
        ("Two deputies will assume Mr. Halvorsen's duties.", []),
        ("The mill filed claims for $3 million in damages.", []),
        ("The mill claims that the deal was void.", [("claims", "reporting")]),
        # doubt and confidence held about a claim
        ("Brokers are skeptical the mill will reopen.", [("skeptical", "doxastic")]),
        ("She voiced confidence that the mill would reopen.", [("confidence that", "doxastic")]),
        ("Consumer confidence rose in June.", []),
        ("His skepticism on tariffs is well known.", []),
        ("There is skepticism that the mill will reopen.", [("skepticism that", "doxastic")]),
        # "could" of ability or permission: a sense perceived, a restriction, leave given in reported speech
        ("Neighbours said they could hear the sirens.", []),
        ("From the pier we could smell the smoke.", []),
        ("Crews could only watch as the barn burned.", []),
        ("The vault could only be opened by two clerks.", []),
        ("Fans were told they could leave early.", []),
        ("The warden told the inmates they could keep their letters.", []),
        ("The mayor assured the council she could live with the cuts.", []),
        # guard rows: the same words with a possibility
        ("They could be charged.", [("could", "modal")]),
        ("The warden told the inmates they could face a lockdown.", [("could", "modal")]),
        ("The storm could leave thousands without power.", [("could", "modal")]),
        ("Investors could see losses this year.", [("could", "modal")]),
        # an outcome, not an ability: "could only" before a verb of becoming or effect, a court's
        # hearing of a case, leave "told" of someone other than the one told
        ("Traders warned that the slump could only deepen.", [("could", "modal")]),
        ("The tribunal could hear the appeal in June.", [("could", "modal")]),
        ("Nurses told the family he could remain sedated for days.", [("could", "modal")]),
        ("The minister told reporters she could leave the cabinet.", [("could", "modal")]),
        ("Managers told reporters they could leave the mill idle.", [("could", "modal")]),
        ("Brokers told clients they could keep falling.", [("could", "modal")]),
        ("The surgeon told him he could stay sedated for a week.", [("could", "modal")]),
        # guard rows: ability and leave given to the one told
        ("Lifeguards could only watch from the shore.", []),
        ("The judge told them they could go home.", []),
        ("Campers were told they could stay another night.", []),
        # "might" the noun (strength) and "May" the name: a determiner or a possessive before, or a
        # word after that no modal takes (a finite verb, "of", the end of the clause)
        ("The admiral praised the might of the fleet.", []),
        ("The parade showed off the republic's might.", []),
        ("Its naval might was no match for the storm.", []),
        ("Rivals envied the sheer military might of the empire.", []),
        ("Theresa May said the talks had ended.", []),
        ("The vote was delayed, May told reporters.", []),
        ("May said the talks had ended.", []),
        # guard rows: the month, and the modal
        ("The ferry left in May and has not returned.", []),
        ("The police might arrest him.", [("might", "modal")]),
        ("The military might intervene.", [("might", "modal")]),
        ("Storm May Hit Coast Tonight", [("May", "modal")]),
        ("May the best team win.", [("May", "modal")]),
        ("Critics say it might.", [("might", "modal")]),
        # the modal after "her" / "his" standing alone, and after a noun at a clause's end
        ("The verdict against her might be appealed.", [("might", "modal")]),
        ("A neighbour of his might have seen the van.", [("might", "modal")]),
        ("Asked about layoffs, the director said the firm might.", [("might", "modal")]),
        ("Asked about troops, the envoy said the military might.", [("might", "modal")]),
        ("Asked about fares, the mayor said the public might.", [("might", "modal")]),
        ("The charge against her might in fact be dropped.", [("might", "modal")]),
        ("The herd might, rangers fear, scatter.", [("might", "modal")]),
        # guard rows: the noun
        ("He rowed with all his might.", []),
        ("Rivals envied the kingdom's naval might.", []),
        # doubt denied by a negative subject asserts ("no one doubts", "nobody could doubt")
        ("No one doubts the ferry will sail.", []),
        ("Nobody should doubt our resolve.", []),
        # guard row: doubt held by someone
        ("Some doubt the ferry will sail.", [("doubt", "doxastic")]),
        # a finite verb or a stop after the word: "might" the noun, "May" the name; an adverb between
        # a negative subject and "doubt"; "hear from" someone is word that may come
        ("A parade of naval might impressed the envoys.", []),
        ("The driver, Lena May, 29, was unhurt.", []),
        ("No one seriously doubts the tally.", []),
        ("The council could hear from the auditor in March.", [("could", "modal")]),
        # guard rows: the modal's bare verbs ending in "-ed"
        ("The hull might need repairs.", [("might", "modal")]),
        ("The talks might proceed.", [("might", "modal")]),
    ],
)  # fmt: skip
def test_find_hedges(sentence: str, expected: list[tuple[str, str]]) -> None:
    cues = find_hedges(sentence)
    assert [(c.text, c.kind) for c in cues] == expected
    for c in cues:
        assert sentence[c.span[0] : c.span[1]] == c.text


def test_word_start_search_finds_what_the_full_regex_finds() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from summarizer.text import hedges

    vocab = st.sampled_from(
        ["may", "might", "could", "not", "be", "independently", "verified", "has", "officially", "confirmed",
         "alleged", "reportedly", "whether", "if", "it", "is", "unclear", "they", "believe", "said", "the",
         "claim", "expected", "possibly", "investigating", "appears", "to", "suggests", "that", "in", "all",
         "likelihood", "unless", ".", ",", "drones", "May", "3", "no", "evidence", "as", "long", "hope",
         "seen", "so", "how", "claimed", "lives", "an", "unknown", "suspects", "six", "fastest", "possible",
         "doubt", "considered", "widely", "view", "signs", "imply", "chances", "are", "must", "have", "been",
         "charges", "felt", "guess", "plausible", "prospects", "feel", "theory",
         "assumed", "control", "appears", "way", "will", "were", "second-guess", "what", "reckon", "with",
         "him", "about", "think", "?", "sure", "certain", "n't", "odds", "hypothesis", "reputedly",
         "worry", "worried", "afraid", "saw", "sees", "skeptical", "skepticism", "confidence", "potential",
         "buyers", "estimate", "than", "claims", "for"]
    )  # fmt: skip

    @settings(max_examples=300, deadline=None)
    @given(st.lists(vocab, max_size=30).map(" ".join))
    def same(sentence: str) -> None:
        lowered = sentence.lower()
        # the same cues, each of the same kind (the cues tried at a trigger are those of its letter)
        assert [(m.span(), m.lastgroup) for m in hedges._matches(lowered)] == [
            (m.span(), m.lastgroup) for m in hedges._CUE_RE_LOWER.finditer(lowered)
        ]

    same()


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        ("may|might", ["may", "might"]),
        (r"(?:has|have)\s+not|can", [r"(?:has|have)\s+not", "can"]),
        (r"a[|b]c|d\|e|f", ["a[|b]c", r"d\|e", "f"]),  # a "|" in a class or escaped splits nothing
        (r"[]|]x|[^]|]y|z", ["[]|]x", "[^]|]y", "z"]),  # a "]" first in a class is a member
        ("(?<=not\\s)(?:sure|certain)", ["(?<=not\\s)(?:sure|certain)"]),
    ],
)
def test_a_kinds_cues_are_split_at_their_top_level_bars(pattern: str, alternatives: list[str]) -> None:
    from summarizer.text import hedges

    assert hedges._alternatives(pattern) == alternatives


def test_the_cues_of_a_letter_match_where_all_cues_match() -> None:
    """At each place a trigger opens, the cues that may open with its letter find what all the
    cues find: the same span, of the same kind."""
    import re

    from summarizer.text import hedges

    for kind, pattern in hedges._PATTERNS:
        for alternative in hedges._alternatives(pattern):
            assert re.compile(alternative), (kind, alternative)
    text = " ".join(w for _, p in hedges._PATTERNS for w in re.findall(r"[a-z]{2,}", p))
    lowered = f"{text} it is not sure whether they could not be verified, as long as it's seen"
    starts = hedges._trigger_starts(lowered)
    assert len(starts) > 100
    for pos in starts:
        m, plain = hedges._CUE_BY_LETTER[lowered[pos]].match(lowered, pos), hedges._CUE_RE_LOWER.match(lowered, pos)
        assert (m and (m.span(), m.lastgroup)) == (plain and (plain.span(), plain.lastgroup)), lowered[pos : pos + 30]


def test_triggers_found_after_the_character_before_them_are_the_word_start_patterns_own() -> None:
    """``_trigger_starts`` skips to the characters that can stand before a word; it finds what
    the ``\\b`` pattern finds, a letter of another script or an apostrophe before a trigger too."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from summarizer.text import hedges

    pieces = st.sampled_from(
        ["has", "is", "it's", "it’s", "see", "open", "an", "as", "long", "if", "charges", "that", "may",
         "x", "İ", "é", "_", "1", "'", "’", "-", " ", "  ", "\n", ".", "“"]
    )  # fmt: skip

    @settings(max_examples=500, deadline=None)
    @given(st.lists(pieces, max_size=20).map("".join))
    def same(text: str) -> None:
        assert hedges._trigger_starts(text) == [m.start() for m in hedges._TRIGGER_AT.finditer(text)]

    same()
    # no word starts at "it's" after "İ", but one does at "seen", which "it's" would have held
    assert hedges._trigger_starts("İit'seen") == [4]
