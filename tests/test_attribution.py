"""Table-driven tests of the offline attribution rules, one phenomenon a row."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import ARTICLES

from summarizer import summarize
from summarizer.ingest import load_article
from summarizer.rules import attribution
from summarizer.rules.attribution import PATTERNS, patterns_of
from summarizer.rules.attribution.registry import in_order
from summarizer.text.report_kinds import report_kind


def attributions(text: str) -> list[tuple[str | None, str | None, str, str]]:
    result = summarize(text, model="rules")
    return [(a.speaker, a.cue, a.content, a.type) for a in result.attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # direct quotes, speaker after
        ("“We have never seen waves this high,” said Mara Quill.",
         [("Mara Quill", "said", "We have never seen waves this high", "direct")]),
        ('"The pier stays closed," she added.', [("she", "added", "The pier stays closed", "direct")]),
        # a verb listed as doubling its last consonant inflects so even after "qu"
        ("“Not again,” quipped Ana Ruiz.", [("Ana Ruiz", "quipped", "Not again", "direct")]),
        # speaker before, colon
        ("Tomas Reyes told reporters: «Nobody is going out on the water.»",
         [("Tomas Reyes", "told", "Nobody is going out on the water", "direct")]),
        # a quote split by the attribution is one attribution
        ("“We need more time,” council member Ada Pine said, “and a hearing first.”",
         [("council member Ada Pine", "said", "We need more time … and a hearing first", "direct")]),
        # a second quote of the same speaker in the paragraph joins the first
        ("“It is late,” Ryan said. “But we will finish.”",
         [("Ryan", "said", "It is late … But we will finish", "direct")]),
        # indirect speech with and without "that"
        ("The ministry said that 12 drones were destroyed.",
         [("The ministry", "said", "12 drones were destroyed", "indirect")]),
        ("Police said two men were arrested on Monday.",
         [("Police", "said", "two men were arrested on Monday", "indirect")]),
        # sentence-final attribution
        ("The road will reopen on Friday, a spokesman said.",
         [("a spokesman", "said", "The road will reopen on Friday", "indirect")]),
        # inverted: said + speaker
        ("The road will reopen on Friday, said John Smith, a spokesman for the agency.",
         [("John Smith, a spokesman for the agency", "said", "The road will reopen on Friday", "indirect")]),
        # only a when after the cue: the speaker stands before it, in apposition, not inverted
        ("The bakery will shut in May, the owner, Lior Benami, said Thursday.",
         [("the owner, Lior Benami", "said", "The bakery will shut in May", "indirect")]),
        # inverted "say" after the comma with a bare plural or a modified noun in lower case as its speaker
        ("The footbridge is unsafe, say officials.",
         [("officials", "say", "The footbridge is unsafe", "indirect")]),
        ("The footbridge will reopen soon, said county officials.",
         [("county officials", "said", "The footbridge will reopen soon", "indirect")]),
        # an occupation is a source noun: "engineers" speak
        ("Bridge will hold, say engineers.", [("engineers", "say", "Bridge will hold", "indirect")]),
        # guard: a bare noun after "said" that is no source ("said nothing") is no inverted speaker
        ("The clerk shrugged, said nothing.", []),
        # an inverted speaker ends before the when that closes the sentence
        ("The bakery will shut in May, said the owner on Thursday.",
         [("the owner", "said", "The bakery will shut in May", "indirect")]),
        ("The bakery will shut in May, said Lior Benami, its owner, late Monday.",
         [("Lior Benami, its owner", "said", "The bakery will shut in May", "indirect")]),
        # a participle on the noun of an opening prepositional phrase reports nothing itself
        ("In a video posted to the band's page, Oona Brisk said she would step down.",
         [("Oona Brisk", "said", "she would step down", "indirect")]),
        # guard: a name before the verb is its subject, even after a preposition
        ("In Lisk officials announced on Monday that the pier would close.",
         [("Lisk officials", "announced", "the pier would close", "indirect")]),
        # "recall" with a counted object withdraws goods; after a person's pronoun it remembers (guard)
        ("Tarn Motors is recalling 4,000 scooters with faulty brakes.", []),
        ("She recalled two boats drifting past the pier.",
         [("She", "recalled", "two boats drifting past the pier", "indirect")]),
        # ... and after a noun for a person or a named person it remembers too
        ("The witness recalled two swimmers waving from the rocks.",
         [("The witness", "recalled", "two swimmers waving from the rocks", "indirect")]),
        ("Neighbours recalled 12 days without running water.",
         [("Neighbours", "recalled", "12 days without running water", "indirect")]),
        ("Pia Kell recalled three nights without heat.",
         [("Pia Kell", "recalled", "three nights without heat", "indirect")]),
        # ... but a group that acts as a body still withdraws goods
        ("Authorities recalled 2,000 bottles of cough syrup.", []),
        # "its" opens a source's noun phrase as an article does
        ("The ferry will run twice a day, its operator said.",
         [("its operator", "said", "The ferry will run twice a day", "indirect")]),
        ("A manager at its parent company said the mill would close.",
         [("A manager at its parent company", "said", "the mill would close", "indirect")]),
        # according to, both positions
        ("According to the health ministry, 40 people were treated.",
         [("the health ministry", "According to", "40 people were treated", "indirect")]),
        ("Forty people were treated, according to the health ministry.",
         [("the health ministry", "according to", "Forty people were treated", "indirect")]),
        # appositive speaker
        ("Ukraine's defence minister, Ivan Petrenko, has previously stated that the plant can double output.",
         [("Ukraine's defence minister, Ivan Petrenko", "has previously stated", "the plant can double output", "indirect")]),
        # mixed: indirect content holding a quote
        ('The mayor said the storm was "the worst in fifty years" for the city.',
         [("The mayor", "said", 'the storm was "the worst in fifty years" for the city', "mixed")]),
        # hearer after tell
        ("The governor told reporters on Tuesday that the bridge was safe.",
         [("The governor", "told", "the bridge was safe", "indirect")]),
        # relative clause speaker: the relative pronoun as written (its antecedent is the entity)
        ("The plan drew fire from some economists, who argue that it would raise prices.",
         [("who", "argue", "it would raise prices", "indirect")]),
        # headline-style colon attribution
        ("Mayor Vance: The budget is balanced for the first time\n\nThe city council met on Monday.",
         [("Mayor Vance", ":", "The budget is balanced for the first time", "indirect")]),
        # a noun of saying with its clause; its owner is the source
        ("Harlan Obi's claim that the dam \"is perfectly safe\" was challenged by engineers.",
         [("Harlan Obi", "claim", 'the dam "is perfectly safe"', "mixed")]),
        ("The claim that he made was false.", []),
        # a stance's object may be a single name, and it stops before an adjunct
        ("The teachers' union endorses Okafor during a rally.",
         [("The teachers' union", "endorses", "Okafor", "indirect")]),
        # a long source opening the sentence after "According to" runs to its comma
        ("According to a six-count civil complaint filed on Monday by the state harbour board and a second "
         "complaint by the county, "
         "the builders kept two sets of books.",
         [("a six-count civil complaint filed on Monday by the state harbour board and a second complaint by the county",
          "According to",
           "the builders kept two sets of books", "indirect")]),
        # ... but a noun phrase opening right after the source's last word, with no word linking
        # it, is the content's subject: no source runs on over it to a later comma
        ("According to Reeve the harbour master knew of the leak, but he denies it.", []),
        ("According to divers who searched the bay the wreck lay on its side, and a tug was sent.", []),
        # a subject pronoun after the agent's noun opens a relative clause on it, no part of the agent
        ("Her harbour plan was echoed by several economists we spoke to on the quay.",
         [("several economists", "was echoed by", "Her harbour plan", "indirect")]),
        ("Her harbour plan was backed by the residents we asked.",
         [("the residents", "was backed by", "Her harbour plan", "indirect")]),
        # ... but one after "and" joins the agent
        ("Her harbour plan was backed by my brother and I.",
         [("my brother and I", "was backed by", "Her harbour plan", "indirect")]),
        # a phrase of time or reason between a stance verb and its infinitive is skipped
        ("Mayor Ruiz decided on Monday to drop the charges.",
         [("Mayor Ruiz", "decided", "to drop the charges", "indirect")]),
        ("The harbour board decided after a long review not to renew the lease.",
         [("The harbour board", "decided", "not to renew the lease", "indirect")]),
        # ... but a "to" phrase running into "that" names to whom, and the clause is the content
        ("Warden Ilsa Brandt said in an email to staff that the pool would close in March.",
         [("Warden Ilsa Brandt", "said", "the pool would close in March", "indirect")]),
        ("The planner said in a report to city council that the rezoning met every bylaw.",
         [("The planner", "said", "the rezoning met every bylaw", "indirect")]),
        # verbs of depicting and of playing a thing up or down take a stance on their object
        ("Mayor Tolan understates the cost of the new pier.",
         [("Mayor Tolan", "understates", "the cost of the new pier", "indirect")]),
        ("In her book, Ines Marr chronicles the long strike at the cannery.",
         [("Ines Marr", "chronicles", "the long strike at the cannery", "indirect")]),
        # what is reported inside a fronted clause ends at its comma
        ("Although the mayor has admitted using the fund, she does not regret it.",
         [("the mayor", "has admitted", "using the fund", "indirect")]),
        # a belief about what someone will do
        ("Most voters expect Okafor to win the runoff.",
         [("Most voters", "expect", "Okafor to win the runoff", "indirect")]),
        # words before a quote in its sentence belong to what is attributed
        ("Closing the pier \"makes no sense,\" the harbour master said.",
         [("the harbour master", "said", 'Closing the pier "makes no sense', "mixed")]),
        # long speaker phrases: a typed dash pair, an apposition with its own relative clause,
        # an initial in an inverted speaker followed by an apposition
        ("Ferro -- author of a book on river towns, a history of trade -- said the quay would flood.",
         [("Ferro", "said", "the quay would flood", "indirect")]),
        ("The Harbour Trust, the agency that manages the docks, said it would appeal.",
         [("The Harbour Trust, the agency", "said", "it would appeal", "indirect")]),
        ("The quay will close in May, said Lena K. Moss, an engineer with the board that runs it.",
         [("Lena K. Moss, an engineer with the board that runs it", "said", "The quay will close in May", "indirect")]),
        # the report is the infinitive's after "continued to", "went on to"
        ("The residents continued to call for a new bridge.",
         [("The residents", "continued to call for", "a new bridge", "indirect")]),
        ("She went on to say the ferry would stay.", [("She", "went on to say", "the ferry would stay", "indirect")]),
        # a time between the subject and the verb; an aside between the verb and "that"
        ("The council on Friday said the quay would reopen.",
         [("The council", "said", "the quay would reopen", "indirect")]),
        ("The mayor insists, most recently in a radio interview, that the budget is sound.",
         [("The mayor", "insists", "the budget is sound", "indirect")]),
        # a phrase naming where or when it was said, then a clause: the clause is the content
        ("Ana Ruiz stated in the board's blog post that the ferries came from one yard.",
         [("Ana Ruiz", "stated", "the ferries came from one yard", "indirect")]),
        ("Reyes said in his budget address he was ready to cut the fees.",
         [("Reyes", "said", "he was ready to cut the fees", "indirect")]),
        ("Reyes spoke in May about the plan.", []),
        # "that" right after the preposition is a demonstrative, not the content's "that"
        ("Reyes argued in that address the bridge could wait.",
         [("Reyes", "argued", "the bridge could wait", "indirect")]),
        ("Reyes said at that meeting that the cost could be cut.",
         [("Reyes", "said", "the cost could be cut", "indirect")]),
        # a quantifier standing for people is a subject; before a plural or a noun-like form it
        # is a determiner
        ("Some suggested that the ferry season could be extended.",
         [("Some", "suggested", "the ferry season could be extended", "indirect")]),
        ("Many say the fares are too high.", [("Many", "say", "the fares are too high", "indirect")]),
        ("Some reports said the pier was unsafe.", [("Some reports", "said", "the pier was unsafe", "indirect")]),
        # a noun-like form after a quantifier that opens its clause is its verb when "that" follows;
        # after another word, or in the plural, it stays a noun
        ("But some note that the ferry fares are high.", [("some", "note", "the ferry fares are high", "indirect")]),
        ("Many fear that the ferry fares will rise.", [("Many", "fear", "the ferry fares will rise", "indirect")]),
        ("There is some fear that the ferry fares will rise.", []),
        ("Some claims that the ferry fares rose were false.", []),
        # an adverb without "-ly" inside the verb group: the relative clause still names its subject
        ("The two towns, which together vowed to keep the ferry, said the fares would rise.",
         [("which", "together vowed", "to keep the ferry", "indirect"),
          ("The two towns", "said", "the fares would rise", "indirect")]),
        # an aside between dashes does not end the content, unless a new clause follows it
        ("Moss said that the ties between residents — especially the young — and police need work.",
         [("Moss", "said", "the ties between residents — especially the young — and police need work", "indirect")]),
        ("The board says the fares are high — which stays the same — but it now argues the rise is due to fuel.",
         [("The board", "says", "the fares are high", "indirect"),
          ("it", "now argues", "the rise is due to fuel", "indirect")]),
        # a long aside between dashes is skipped too; one followed by a main clause ends the content
        ("But Ana Ruiz said ferry crews who work late shifts — especially those that sail to the outer islands at night — are likely to quit.",
         [("Ana Ruiz", "said", "ferry crews who work late shifts — especially those that sail to the outer islands at night — are likely to quit", "indirect")]),
        ("Moss said the fares — as expected — will rise in May.",
         [("Moss", "said", "the fares — as expected — will rise in May", "indirect")]),
        ("When Ana Ruiz noted that the ferry often sailed empty — as was true for the few winters its logs were made public — the owner boasted that it was cheap.",
         [("Ana Ruiz", "noted", "the ferry often sailed empty", "indirect"),
          ("the owner", "boasted", "it was cheap", "indirect")]),
        # "but" and a verb in the present with no subject after an object go on with the speaker;
        # after a clause they go on with the clause's own subject
        ("Officials have reported little progress on the fares but are confident that the talks will resume.",
         [("Officials", "have reported", "little progress on the fares", "indirect"),
          ("Officials", "are confident", "that the talks will resume", "indirect")]),
        ("Ruiz said the pier was old but is safe.", [("Ruiz", "said", "the pier was old but is safe", "indirect")]),
        # one lower-case word after "to" is an infinitive's verb, never the subject of a report
        ("Growers have reported a poor harvest but are likely to face sharp questions from buyers.",
         [("Growers", "have reported", "a poor harvest", "indirect")]),
        ("Asked to comment, Moss said the fee is fair.", [("Moss", "said", "the fee is fair", "indirect")]),
        # ", as" with a pronoun and "be" or "have" gives the speaker's reason and goes on with the
        # content; ", as" with an event tells when, the writer's, and ends it
        ("Harbour experts say the new tolls will be felt most by fishers, as they are the heaviest users of the quay.",
         [("Harbour experts", "say", "the new tolls will be felt most by fishers, as they are the heaviest users of the quay", "indirect")]),
        ("Ivo Lind says he fears the ferry, as he, too, has been stranded at sea.",
         [("Ivo Lind", "says", "he fears the ferry, as he, too, has been stranded at sea", "indirect")]),
        ("Moss said the fares will rise, as he left the hall.", [("Moss", "said", "the fares will rise", "indirect")]),
        ("Moss said the fares will rise, as the crowd left the hall.", [("Moss", "said", "the fares will rise", "indirect")]),
        # ", as" with a pronoun and "be" or "have" then a verb of saying compares the saying, the
        # writer's comment, and ends it; a passive that is no saying still gives a reason
        ("Moss said the fares were too high, as we were told last week.",
         [("Moss", "said", "the fares were too high", "indirect")]),
        ("Moss said the bridge would reopen, as it has been repaired twice this year.",
         [("Moss", "said", "the bridge would reopen, as it has been repaired twice this year", "indirect")]),
        # a named hearer, then the clause
        ("Ana Ruiz told Harbour Radio the fee is too high.", [("Ana Ruiz", "told", "the fee is too high", "indirect")]),
        ("Reyes told the council the fee is too high.", [("Reyes", "told", "the fee is too high", "indirect")]),
        ("Reyes told his crew they would sail at dawn.", [("Reyes", "told", "they would sail at dawn", "indirect")]),
        # a hearer named with "the" (a paper, a station), then the clause
        ("The pilot told the Gazette the runway will stay shut.",
         [("The pilot", "told", "the runway will stay shut", "indirect")]),
        # a named hearer's medium ("by phone") before "that"
        ("Ana Ruiz told Harbour Radio by phone that the fee is too high.",
         [("Ana Ruiz", "told", "the fee is too high", "indirect")]),
        # a named owner and a noun in lower case ("Gazette readers"), then the clause
        ("The warden told Gazette readers the trail would reopen in June.",
         [("The warden", "told", "the trail would reopen in June", "indirect")]),
        # guard: an indefinite pronoun after the named hearer is the thing told, not more of the hearer
        ("They told the Gazette nothing it did not know.",
         [("They", "told", "the Gazette nothing it did not know", "indirect")]),
        # a trailing "told" with a hearer in lower case after "the": the content precedes it
        ("The trail will reopen in June, the warden told the hikers.",
         [("the warden", "told", "The trail will reopen in June", "indirect")]),
        # guard: a thing told ("the truth") is no hearer; the clause before is not what was told
        ("The trail will reopen in June, the warden told the truth.", [("the warden", "told", "the truth", "indirect")]),
        # a clause of when before a parenthetical cue sets the scene; what follows the cue is said
        ("When the tide turned, a deckhand said, the hull began to leak.",
         [("a deckhand", "said", "the hull began to leak", "indirect")]),
        # (a one-word quote after it is read by no pattern; the scene is not taken as its content)
        ("As the ferry left, a guard said, “Goodbye.”", []),
        # guard: a condition before a parenthetical cue is part of what is said
        ("If the tide turns, a deckhand said, the hull will leak.",
         [("a deckhand", "said", "If the tide turns … the hull will leak", "indirect")]),
        # a new report joined after a mid-sentence cue is none of the first speaker's words
        ("The trail will reopen in June, the warden told the Gazette, and the mayor agreed.",
         [("the warden", "told", "The trail will reopen in June", "indirect")]),
        # a clause of its own after the cue's comma is the writer's too: the tag closed the report
        # (both gold sets end the content at the tag)
        ("The trail will reopen in June, the warden said, and the bridge will follow in July.",
         [("the warden", "said", "The trail will reopen in June", "indirect")]),
        # guard: a verb with no subject after it goes on with the account
        ("The trail will reopen in June, the warden said, and will stay open until the snow.",
         [("the warden", "said", "The trail will reopen in June … and will stay open until the snow", "indirect")]),
        # a participle on the source noun ("cited in the report") keeps the phrase whole
        ("An engineer quoted in the survey, which covered ferry routes, said owners will look at upgrades.",
         [("An engineer quoted in the survey", "said", "owners will look at upgrades",
           "indirect")]),
        # a causative verb's object says or does what the infinitive after it reports
        ("The report prompted the mayor to say the pier would close.",
         [("the mayor", "say", "the pier would close", "indirect")]),
        ("The letter led two senators to invoke the prospect of new rules.",
         [("two senators", "invoke", "the prospect of new rules", "indirect")]),
        ("The storm led the road to close.", []),
        # a relative clause on a noun of the content and a reason after a comma are reported too
        ("Ruiz said she hopes to run the bakery of her aunt, Marta, who opened it in 1990.",
         [("Ruiz", "said", "she hopes to run the bakery of her aunt, Marta, who opened it in 1990", "indirect")]),
        ("Okafor said the ferry fares will rise, since fuel costs have doubled.",
         [("Okafor", "said", "the ferry fares will rise, since fuel costs have doubled", "indirect")]),
        # an accusation is what follows "of"
        ("The union accused the board of hiding the report.",
         [("The union", "accused the board of", "hiding the report", "indirect")]),
        # a passive with its agent: the agent is the source, the subject what it backs
        ("The levy has been endorsed by the port authority.",
         [("the port authority", "has been endorsed by", "The levy", "indirect")]),
        # the agent ends where a participle opens a clause on it; an aside set off by commas
        # between the subject and its verb is no part of the subject
        ("The ferry levy has been endorsed by four unions ranging from dockers to pilots.",
         [("four unions", "has been endorsed by", "The ferry levy", "indirect")]),
        ("Ben Ade, meanwhile, is backed by the dock unions.",
         [("the dock unions", "is backed by", "Ben Ade", "indirect")]),
        # "to more than double": a comparative before "than" opens no noun phrase after "to"
        ("The mayor vowed to more than double the housing budget.",
         [("The mayor", "vowed", "to more than double the housing budget", "indirect")]),
        # a body's opinion is its ruling, not a belief no one holds
        ("The court's majority opinion says the levy is unlawful.",
         [("The court's majority opinion", "says", "the levy is unlawful", "indirect")]),
        # a name's "-ing" word ("Building", "Channing") opens no clause on it
        ("The ferry levy has been endorsed by the Building Trades Council.",
         [("the Building Trades Council", "has been endorsed by", "The ferry levy", "indirect")]),
        ("The ferry levy has been endorsed by Mayor Channing Reyes.",
         [("Mayor Channing Reyes", "has been endorsed by", "The ferry levy", "indirect")]),
        # a negated auxiliary written as one word belongs to the verb group, not to the subject
        ("Ben Ade didn't apologize for his remarks.",
         [("Ben Ade", "didn't apologize for", "his remarks", "indirect")]),
        ("The harbour board hasn’t endorsed the levy.",
         [("The harbour board", "hasn’t endorsed", "the levy", "indirect")]),
        # an adjective of attitude after "be" negated in one word
        ("They weren't sure if the ferry would run.",
         [("They", "weren't sure", "if the ferry would run", "indirect")]),
        ("The dock union wasn’t too concerned about the new toll.",
         [("The dock union", "wasn’t too concerned about", "the new toll", "indirect")]),
        # a denied act quotes nobody's words: the quote in its object is left to the quote patterns
        ('She didn\'t want her son to be seen as "a lost cause" by the town.',
         [(None, None, "a lost cause", "direct")]),
        # "see X as Y" is a view; a comparison's "as many … as" after "see" is none
        ("The dock union hasn't seen nearly as many members join as last year.", []),
        # "go after" is to attack, a stance on its object ("go" inflects as the irregular verb)
        ("Ines Vale went after her rival on the ferry fares.",
         [("Ines Vale", "went after", "her rival on the ferry fares", "indirect")]),
        ("Ines Vale Goes After Her Rival As The New Boss.",
         [("Ines Vale", "Goes After", "Her Rival As The New Boss", "indirect")]),
        # a subject with a "which" clause before a verb that is often a noun
        ("The Dock Workers Union, which represents 4,000 members, wants to delay the vote.",
         [("The Dock Workers Union", "wants", "to delay the vote", "indirect")]),
        # a claim with no source: the passive of expecting, an appearance; the whole clause
        ("The ferry is expected to resume on Monday.",
         [(None, "is expected", "The ferry is expected to resume on Monday", "indirect")]),
        # an appearance: with "that" after "it", the clause; with what the subject seems, the
        # whole clause, up to whom it seems so to, who holds the view
        ("Often, it appeared that the ferry crew was unable to steer.",
         [(None, "appeared", "that the ferry crew was unable to steer", "indirect")]),
        ("Borrowing more money seems too risky for most fishermen.",
         [(None, "seems", "Borrowing more money seems too risky for most fishermen", "indirect")]),
        ("The new levy had long seemed distant to harbour families, but not after May.",
         [("harbour families", "had long seemed", "The new levy had long seemed distant", "indirect")]),
        ("The ferry plan seemed like a trap.", [(None, "seemed", "The ferry plan seemed like a trap", "indirect")]),
        # not a place or a time one appears at
        ("The skipper appeared in court on Monday.", []),
        ("The skipper appeared briefly before the magistrate.", []),
        # nor a place, a time or a manner of showing up, whatever word names it
        ("Premier Holm appeared alongside two ministers at the launch.", []),
        ("Both mayors appeared together at a forum in Tarrow.", []),
        ("Cracks appeared overnight in the seawall.", []),
        # what a subject appears must look like an adjective or a participle, or take an infinitive
        ("The ferry plan appears doomed after the vote.",
         [(None, "appears", "The ferry plan appears doomed after the vote", "indirect")]),
        ("The harbour board appears set to veto the levy.",
         [(None, "appears", "The harbour board appears set to veto the levy", "indirect")]),
        # but "appeared to blame" is the subject's own stance, read from "blame"
        ("The chief appeared to blame the drivers.", [("The chief", "appeared to blame", "the drivers", "indirect")]),
        # a quote inside indirect speech is not a quote "suggested" by the words after it
        ("The clerk said that the notice “plainly and wrongly” implies that the port is closed.",
         [("The clerk", "said", "the notice “plainly and wrongly” implies that the port is closed", "mixed")]),
        # "She adds, “…”" opens the next quote; it does not attribute the one before
        ("She says the fee is “a tax on the poor.” She adds, “Nobody asked us.”",
         [("She", "says", "the fee is “a tax on the poor.”", "mixed"), ("She", "adds", "Nobody asked us", "direct")]),
        # a statement or letter doing the saying is its issuer's
        ("The union sent a letter urging members to vote.", [("The union", "urging", "members to vote", "indirect")]),
        # a relative clause set off by commas ends what it reports
        ("Marta Hale, who said the pier was unsafe, left the meeting early.",
         [("who", "said", "the pier was unsafe", "indirect")]),
        # a participle after a quote's speaker clause is that speaker's, not the quote's first words'
        ("“Our fleet is ready,” she said, noting that the first ferry leaves at six.",
         [("she", "said", "Our fleet is ready", "direct"),
          ("she", "noting", "the first ferry leaves at six", "indirect")]),
        ("“We will sail,” said captain Ines Vale, vowing to keep the route open.",
         [("captain Ines Vale", "said", "We will sail", "direct"),
          ("captain Ines Vale", "vowing", "to keep the route open", "indirect")]),
        # a subject pronoun is its own noun phrase: the verb before it is not part of the speaker
        ("Lee phoned his coach to confirm he wanted to stay.", [("he", "wanted", "to stay", "indirect")]),
        ("The firm declared in May it backed the new road.",
         [("The firm", "declared", "it backed the new road", "indirect")]),
        # a response by doing something
        ("The mayor responded by cutting the fee in half.",
         [("The mayor", "responded", "by cutting the fee in half", "indirect")]),
        # verbs of writing and asking take their topic with "about"
        ("The senator wrote about the closure of the shipyard.",
         [("The senator", "wrote about", "the closure of the shipyard", "indirect")]),
        # the newsroom's own labels are nobody's words
        ("The ferry sank in 1911.\n\nCorrection: An earlier version of this article gave the wrong year.", []),
        # a roundup's run-in section label in capitals names nobody; a transcript's speaker
        # opens two turns, or is a name the text writes ("Nora Diaz"); a headline's phrase
        # holding a function word is no name
        ("HARBOURS: Ferry fares rose by a tenth across the region this week.\n\n"
         "WEATHER: Gales are due on the coast by Thursday.", []),
        ("DIAZ: The pier stays open all winter.\n\nThe harbour chief, Nora Diaz, spoke on the radio.",
         [("DIAZ", ":", "The pier stays open all winter", "indirect")]),
        ("REYES: We will not reopen the pier.\n\nHOST: Not even in May?\n\nREYES: Not then, no.",
         [("REYES", ":", "We will not reopen the pier", "indirect"), ("REYES", ":", "Not then, no", "indirect")]),
        ("Storm Over the Harbour: Ferries stay in port for a third day\n\nThe gales went on.", []),
        ("Further Reading: Ferries stay in port for a third day\n\nThe gales went on.", []),
        # a verb inside an indirect question reports nothing: the question is asked
        ("Asked what she would tell the council about the fees, the harbour master said the pier must reopen.",
         [("the harbour master", "said", "the pier must reopen", "indirect")]),
        # a bare noun-like form with no subject is a noun; a capital after a capital mid-sentence
        # is a name, not a sentence-final cue
        ("But city rules require a second licence for food trucks.", []),
        ("The ferry line and its owner, the Harbour Trust, are members of the board.", []),
        # "that" before a finite verb is the content's subject, kept
        ("The mayor said that would be a mistake.", [("The mayor", "said", "that would be a mistake", "indirect")]),
        # a participle on a thing and an idiom report nothing
        ("Much of the rise came from the harsh laws proposed during his first term.", []),
        ("It goes without saying that the pier must reopen.", []),
        # a negated verb is no attribution
        ("The ministry did not say how many drones were launched.", []),
        # a noun, not a verb
        ("The report was published on Monday and runs to 40 pages.", []),
        # a base form after a modifier and a determiner is a noun: a verb would agree
        ("She took part in a research project on coastal erosion, a study funded by the port.", []),
        ("Teams met at an Irish state ceremony at the harbour, to mark the anniversary of the wreck.", []),
        # a verb with an everyday sense takes a thing as its object, not a statement
        ("The visitors added a third goal late in the second half.", []),
        ("The museum posted a short video of the new wing.", []),
        ("The Rovers responded two minutes later with a header.", []),
        ("Ten days later he pleaded guilty to the theft.", []),
        ("The new ferry boasts a larger deck and a quieter engine.", []),
        # a request for a thing is no statement, with or without its hearer
        ("The shelter is asking for blankets, socks and warm coats.", []),
        ("The crews asked the council for two more boats.", []),
        # "for" inside a hearer with a participle, or "for" a span of time, is no request for a thing
        ("The minister asked travellers waiting for visas to be patient.",
         [("The minister", "asked", "travellers waiting for visas to be patient", "indirect")]),
        ("The council asked drivers heading for the coast to expect delays.",
         [("The council", "asked", "drivers heading for the coast to expect delays", "indirect")]),
        ("Residents have asked for years that the lane be lit.",
         [("Residents", "have asked", "the lane be lit", "indirect")]),
        # the topic after a short hearer goes with the verb; a hearer's own phrase ("those with
        # news about …") is no topic
        ("The reporter asked the mayor about the ferry fares.",
         [("The reporter", "asked the mayor about", "the ferry fares", "indirect")]),
        ("Wardens asked those with news about the fire to write to the station.",
         [("Wardens", "asked", "those with news about the fire to write to the station", "indirect")]),
        # a hearer of a few nouns in lower case before "that" and a clause is no content; a
        # relative "that" on the object is
        ("Mayor Vos told the city council that clinics would open longer hours.",
         [("Mayor Vos", "told", "clinics would open longer hours", "indirect")]),
        ("The chief told his fellow officers that the road was closed.",
         [("The chief", "told", "the road was closed", "indirect")]),
        ("She told the old story that made her famous.", [("She", "told", "the old story that made her famous", "indirect")]),
        # a longer hearer, with a time after it, its own "of" or "on" phrase or names in capitals
        ("Mara Quill told the court Tuesday that she had never seen the gun.",
         [("Mara Quill", "told", "she had never seen the gun", "indirect")]),
        ("The chief told a news conference Monday that two men were arrested.",
         [("The chief", "told", "two men were arrested", "indirect")]),
        ("The minister told the standing committee on fisheries that quotas would fall.",
         [("The minister", "told", "quotas would fall", "indirect")]),
        ("The premier told the House of Assembly that taxes would not rise.",
         [("The premier", "told", "taxes would not rise", "indirect")]),
        ("The fire chief warned the owners of the warehouse that the sprinklers had failed.",
         [("The fire chief", "warned", "the sprinklers had failed", "indirect")]),
        ("The principal warned parents of pupils at Westvale High that classes would move online.",
         [("The principal", "warned", "classes would move online", "indirect")]),
        # a subject and its apposition before the verb is no content of an inverted cue
        ("The clerk, Nora Pell, announced her decision on Friday.",
         [("The clerk, Nora Pell", "announced", "her decision on Friday", "indirect")]),
        # a noun of what is told before a relative "that" with a subject of its own is the object
        ("Mara Quill told the same story that her brother had told police a year earlier.",
         [("Mara Quill", "told", "the same story that her brother had told police a year earlier", "indirect")]),
        # a question asked still reports, whatever "for" it holds
        ("Ruiz asked would anyone pay for the repairs.",
         [("Ruiz", "asked", "would anyone pay for the repairs", "indirect")]),
        # a place after the verb is where it was said, never what; "shows off" and a plea in
        # court report nothing
        ("Reyes said inside his shed, near the old pier.", []),
        ("She said outside the court she would appeal.", [("She", "said", "she would appeal", "indirect")]),
        # a phrase of time after the verb, "before" or "after" whatever its noun and with a word
        # of how long first ("shortly before", "just after"), is when it was said; alone it
        # reports nothing ("conceded": the election, no words)
        ("The senator conceded shortly before 1 a.m. on Wednesday.", []),
        ("The senator spoke soon after the polls closed.", []),
        ("The coach said just before kickoff his team was ready.",
         [("The coach", "said", "his team was ready", "indirect")]),
        ("Ruiz said before lunch the ferry would sail.", [("Ruiz", "said", "the ferry would sail", "indirect")]),
        ("Ruiz said right after the vote the board would meet again.",
         [("Ruiz", "said", "the board would meet again", "indirect")]),
        # near misses: the time inside the clause said, and a clause conceded
        ("She said the talks went well after the break.",
         [("She", "said", "the talks went well after the break", "indirect")]),
        ("The senator conceded that the race was lost.", [("The senator", "conceded", "the race was lost", "indirect")]),
        # "before" or "after" with a clause of its own, or a word of degree or quantity that makes a
        # fixed adverb ("before long", "after all"), is the clause said's, never when it was said
        ("The nurse said after she arrived the ward was quiet.",
         [("The nurse", "said", "after she arrived the ward was quiet", "indirect")]),
        ("The guard said before the guests arrived the doors were locked.",
         [("The guard", "said", "before the guests arrived the doors were locked", "indirect")]),
        ("The ranger warned before long the river would rise.",
         [("The ranger", "warned", "before long the river would rise", "indirect")]),
        ("The engineer said after all the plan was sound.",
         [("The engineer", "said", "after all the plan was sound", "indirect")]),
        # a count and a noun with a finite verb open the clause after a phrase of time
        ("The mayor said soon after the blast two people had died.",
         [("The mayor", "said", "two people had died", "indirect")]),
        ("The mayor said at the scene four firefighters were injured.",
         [("The mayor", "said", "four firefighters were injured", "indirect")]),
        # near misses: a phrase of time with a noun before the clause, or with "that"
        ("The mayor said well after midnight the fire was under control.",
         [("The mayor", "said", "the fire was under control", "indirect")]),
        ("The chair said after the meeting ended that the budget was safe.",
         [("The chair", "said", "the budget was safe", "indirect")]),
        ("The mayor said in the past two years the town had grown.",
         [("The mayor", "said", "the town had grown", "indirect")]),
        ("The mayor said shortly before the vote.", []),
        ("The new ferry shows off its deck in a video.", []),
        ("A year later she pleaded guilty and was fined for the theft.", []),
        ("The mayor boasted that the ferry was the fastest on the coast.",
         [("The mayor", "boasted", "the ferry was the fastest on the coast", "indirect")]),
        # the same verbs still report a clause or a quote
        ("The coach added that the team would rest on Sunday.",
         [("The coach", "added", "the team would rest on Sunday", "indirect")]),
        # a noun read as the verb before a relative clause reports nothing
        ("The award went to Ana Lee of western Ross state, who runs a ferry company there.", []),
        # a comparison with a source elides the content: "than X says (it is)"
        ("The repair cost more than the council says it did, and the work took a year.", []),
        # the subject of a passive order or request is its hearer, not its source
        ("The harbour master was ordered to close the port by the ministry.", []),
        # no verb follows "be": "back" is an adverb here, not the stance verb
        ("Moss will be back coaching the junior crews next spring.", []),
        # a particle makes a phrasal verb of a stance verb
        ("The port authority is pushing forward with other plans in the first weeks of the season.", []),
        ("The council pushed through changes that cut the ferry budget by half.", []),
        # a quote standing as a short paragraph with no sentence's end is a subheading
        ("The pier reopened on Monday.\n\n‘Not a lot of boats left’\n\nThe harbour master said fewer ferries run now.",
         [("The harbour master", "said", "fewer ferries run now", "indirect")]),
        # a link or a video's caption is another story's headline
        ("The ferry sank in 1911.\n\nWATCH: Coast guard says the wreck is safe to visit", []),
        ("The ferry sank in 1911.\n\nRead more: Coast guard says the wreck is safe to visit", []),
        # a photo's caption, closed by the photographer's credit, repeats the story: no report
        ("The pier reopened on Monday.\n\nHarbour master Nora Diaz says fewer ferries run now. (Ann Lee/CBC)", []),
        ("The pier reopened on Monday.\n\nHarbour master Nora Diaz says fewer ferries run now. (Ann Lee)",
         [("Harbour master Nora Diaz", "says", "fewer ferries run now", "indirect")]),
        # verbs of judgment, of inquiry and of liking take a stance on their object
        ("The harbour board commended the ferry crews for the rescue.",
         [("The harbour board", "commended", "the ferry crews for the rescue", "indirect")]),
        ("Two senators are investigating the ferry contract.",
         [("Two senators", "are investigating", "the ferry contract", "indirect")]),
        ("Many voters despise the new quota rules.",
         [("Many voters", "despise", "the new quota rules", "indirect")]),
        # "love" and "wish" are as often nouns: no verb there
        ("The ferry love story ended in 1911.", []),
        # an adjective of attitude after "be", with what opens its object
        ("The mayor has been critical of the ferry contract.",
         [("The mayor", "has been critical of", "the ferry contract", "indirect")]),
        ("Dock workers are deeply worried about the new cranes.",
         [("Dock workers", "are deeply worried about", "the new cranes", "indirect")]),
        ("The unions were not so concerned about the schedule.",
         [("The unions", "were not so concerned about", "the schedule", "indirect")]),
        # "to" and "that" open the content itself
        ("The ferry owners were willing to cut the fares.",
         [("The ferry owners", "were willing", "to cut the fares", "indirect")]),
        ("Some captains are afraid that the harbour will silt up.",
         [("Some captains", "are afraid", "that the harbour will silt up", "indirect")]),
        # not an attitude: no "be" before it, or nothing it is about
        ("A critical report on the ferry came out in May.", []),
        ("The crews were tired after the storm.", []),
        # a noun of attitude in a stance verb's object: what it is about is the content
        ("Several senators have expressed deep misgivings about the ferry deal.",
         [("Several senators", "have expressed deep misgivings about", "the ferry deal", "indirect")]),
        ("The union voiced support for the new levy.",
         [("The union", "voiced support for", "the new levy", "indirect")]),
        # a noun of those who take a side, after "be" and before "of"
        ("The mayor is a fierce opponent of the ferry levy.",
         [("The mayor", "is a fierce opponent of", "the ferry levy", "indirect")]),
        ("The critics of the plan met on Monday.", []),
        # "rule" and "snap" are as often nouns: a verb only after a subject that can say
        ("Decades of colonial rule could leave a deep mark on the harbour towns.", []),
        ("The navy began a massive snap drill of 8,000 sailors and ten ships.", []),
        ("The judge rules that the ferry must stop.", [("The judge", "rules", "the ferry must stop", "indirect")]),
        # "and" before a form as often a noun joins two words of the content ("federal and state
        # law"); before a verb with its object it opens the subject's next deed
        ("The group says the ferry violated federal and state law by sailing at night.",
         [("The group", "says", "the ferry violated federal and state law by sailing at night", "indirect")]),
        ("The mayor said the levy would pass and plans to cut the fee.",
         [("The mayor", "said", "the levy would pass", "indirect"), ("The mayor", "plans", "to cut the fee", "indirect")]),
        # a day after a stance's object ends it with its "on"
        ("The senator grilled the harbour chief on Tuesday for his role in the deal.",
         [("The senator", "grilled", "the harbour chief", "indirect")]),
        # a stance's object ends before a clause of when or why, and before the subject's next deed
        ("The mayor has backed the levy since the council was formed.",
         [("The mayor", "has backed", "the levy", "indirect")]),
        ("The mayor became interested in the old pier and began raising money for it.",
         [("The mayor", "became interested in", "the old pier", "indirect")]),
        # inside a quote the words are the source's
        ('The mayor called the pier "a relic of a time when ferries ran" on Monday.',
         [("The mayor", "called", 'the pier "a relic of a time when ferries ran"', "mixed")]),
        # ", and" before a new subject and its verb ends the content
        ("Democrats want a higher fuel tax, and Republicans want lower fares for the ferry.",
         [("Democrats", "want", "a higher fuel tax", "indirect"), ("Republicans", "want", "lower fares for the ferry", "indirect")]),
        ("The council agreed to lend the club money, and the harbour trust also stepped in with a grant.",
         [("The council", "agreed", "to lend the club money", "indirect")]),
        # the topic's "about" or "of" goes with the verb; ", even suggesting …" is a new report
        ("The captain complained about the new fees, even suggesting the port was broke.",
         [("The captain", "complained about", "the new fees", "indirect"),
          ("The captain", "even suggesting", "the port was broke", "indirect")]),
        ("The mayor said about 40 boats were lost.", [("The mayor", "said", "about 40 boats were lost", "indirect")]),
        # a verb in the past after "and" goes on a reported clause's own subject; after "said"
        # with no clause, a verb of saying after "and" is the speaker's next report
        ("The mayor said the storm flooded the pier and damaged two boats.",
         [("The mayor", "said", "the storm flooded the pier and damaged two boats", "indirect")]),
        ("The mayor said the port would close in March and suggested that it would reopen in May.",
         [("The mayor", "said", "the port would close in March", "indirect"),
          ("The mayor", "suggested", "it would reopen in May", "indirect")]),
        ("The mayor said he had watched the pier rise and thought of the old ferry.",
         [("The mayor", "said", "he had watched the pier rise and thought of the old ferry", "indirect")]),
        # "as X put it": a way of saying only after "as" and its subject, before a stop, an
        # adverb or the occasion of saying
        ("The harbour needs a new plan, as the mayor put it.",
         [("the mayor", "put it", "The harbour needs a new plan", "indirect")]),
        ("As the mayor put it in a radio interview, the harbour needs a new plan.",
         [("the mayor", "put it", "the harbour needs a new plan", "indirect")]),
        ("As he put it on the table, the lamp fell.", []),
        # an "as" clause of saying set off by commas inside the sentence interrupts what is said;
        # a link word alone before it ("Yet", "If") is the writer's, and a fronted "if" clause
        # with the aside in it ends at its own comma
        ("The ferry, as one of the mayor's aides pointed out, rarely sails in March.",
         [("one of the mayor's aides", "pointed out", "The ferry … rarely sails in March", "indirect")]),
        ("Yet, as the mayor argued, the plan will fail.",
         [("the mayor", "argued", "the plan will fail", "indirect")]),
        ("If, as the mayor argued, the plan fails, the town pays.",
         [("the mayor", "argued", "the plan fails", "indirect")]),
        # the main clause after such a fronted clause reports on its own, the condition being another's words
        ("If, as I have argued, the levy fails again, she has proposed nothing to replace it.",
         [("I", "have argued", "the levy fails again", "indirect"),
          ("she", "has proposed", "nothing to replace it", "indirect")]),
        # near misses: a speaker clause with no "as", a name alone before the aside
        ("But, the mayor said, the plan will fail.", [("the mayor", "said", "the plan will fail", "indirect")]),
        ("Prices, the mayor said, will rise.", [("the mayor", "said", "Prices … will rise", "indirect")]),
        ("If the plan fails, the mayor said, the town pays.",
         [("the mayor", "said", "If the plan fails … the town pays", "indirect")]),
        ("She put it on the shelf near the door.", []),
        # ", as X said" after a quote whose comma sits inside the quote marks
        ('The harbour needs a "new plan," as a city official said.',
         [("a city official", "said", 'The harbour needs a "new plan', "mixed")]),
        # a noun of saying, charge or concern with its topic after "of" or "about": the topic
        # is the content, the noun's owner the source; in the subject, the sentence's verb ends it
        ("Councillor Vey's remarks about the ferry timetable were brief.",
         [("Councillor Vey", "remarks about", "the ferry timetable", "indirect")]),
        ("The anglers went ahead with hopes of a calmer sea by noon.",
         [(None, "hopes of", "a calmer sea by noon", "indirect")]),
        ("Their fears of a second flood were eased by the new wall.",
         [("Their", "fears of", "a second flood", "indirect")]),
        # one modifier may stand between the owner and the noun
        ("The image stuck after his infamous comment about the ferry fares.",
         [("his", "comment about", "the ferry fares", "indirect")]),
        # a participle as the modifier ("repeated") is no verb before the subject: the
        # sentence's own verb still ends the topic
        ("The port's repeated claims of clearing the wreck may also reflect a wish to reopen.",
         [("The port", "claims of", "clearing the wreck", "indirect")]),
        # with no owner the topic is still what the charge is about, its source unknown
        ("The port faces allegations of bribery in the tender.",
         [(None, "allegations of", "bribery in the tender", "indirect")]),
        ("The ferry line came under sharp criticism for its silence after the storm.",
         [(None, "criticism for", "its silence after the storm", "indirect")]),
        # a topic in the subject ends before the sentence's own verb, a past tense with its object
        ("The debate about the ferry fares dominated the meeting in Tarrow.",
         [(None, "debate about", "the ferry fares", "indirect")]),
        ("Complaints about the night shifts delayed the vote by a week.",
         [(None, "Complaints about", "the night shifts", "indirect")]),
        # the subject of "have" owns the noun it has: it asks the questions
        ("The harbour board has questions about the dredging contract.",
         [("The harbour board", "questions about", "the dredging contract", "indirect")]),
        # so does the subject of a verb of asking, answering or voicing; how long it went on is no topic
        ("Councillor Tia Marsh answered questions about the ferry levy for nearly an hour.",
         [("Councillor Tia Marsh", "questions about", "the ferry levy", "indirect")]),
        ("Two pilots fielded questions about the night shifts for about 40 minutes.",
         [("Two pilots", "questions about", "the night shifts", "indirect")]),
        # the word as a verb ("to talk about"), or an idiom of the courts, is no such noun
        ("The pilots met the board to talk about the night shifts.", []),
        ("The judge held the clerk in contempt of court for lying.", []),
        # a poll, survey or report named in a frame before the clause it bears out; a frame
        # with no clause after it reports nothing
        ("In the previous county poll, conducted in May, the mayor trailed by four points.",
         [("the previous county poll, conducted in May", "In", "the mayor trailed by four points", "indirect")]),
        ("In the report, there is a chart of the tides.", []),
        # a deed charged in the passive with no one named as charging: the whole clause
        ("The harbour master was accused of hiding the repair bills from the board.",
         [(None, "was accused", "The harbour master was accused of hiding the repair bills from the board",
           "indirect")]),
        ("The clerk was suspected of taking bribes.",
         [(None, "was suspected", "The clerk was suspected of taking bribes", "indirect")]),
        # the subject of a passive is what was reported, refused or done, not a source
        ("The ferry operator has been denied a permit for the new berth.", []),
        ("Ms. Okoro had been assessed and approved for the transfer.", []),
        ("The driver is accused of two counts each of careless driving and speeding.", []),
        ("It can be ordered and shipped to the island for a fee.", []),
        # a cue word after a determiner is a noun, not a verb between a quote and its speaker's verb
        ("“It is an overreach,” Ana Ruiz, the attorney general of Vell, one of the states that sued the board, "
         "said on Monday.",
         [("Ana Ruiz, the attorney general of Vell, one of the states that sued the board", "said",
           "It is an overreach", "direct")]),
        # a share of those asked is a source, and a count opens a new clause after "and"
        ("Among likely voters, 48 percent would back Ramos.", [("48 percent", "would back", "Ramos", "indirect")]),
        ("Another 5 percent prefer the Green candidate, and 1 percent support Ivo Marsh.",
         [("Another 5 percent", "prefer", "the Green candidate", "indirect"),
          ("1 percent", "support", "Ivo Marsh", "indirect")]),
        # a naming passive gives its name or judgement with no "as": a claim with no source
        ("Ramos was also dubbed the winner of the night.",
         [(None, "was also dubbed", "Ramos was also dubbed the winner of the night", "indirect")]),
        ("The new levy is considered a threat to the port.",
         [(None, "is considered", "The new levy is considered a threat to the port", "indirect")]),
        # but not before a preposition, nor a name in quote marks (whoever gave it said it)
        ("The new levy was considered in May.", []),
        ("The old barge was deemed “seaworthy” last week.", []),
        # inverted after the content: a role in lower case, then the name
        ("Two boys were among the injured, said police Chief Ana Moss.",
         [("police Chief Ana Moss", "said", "Two boys were among the injured", "indirect")]),
        ("The pier will reopen on Friday, said port spokeswoman Ivy Dunn.",
         [("port spokeswoman Ivy Dunn", "said", "The pier will reopen on Friday", "indirect")]),
        # but a clause after "said" is its content, whatever name ends it
        ("Tomas, who still has the radio he was lent, said he found a room with the help of Harbour House.",
         [("Tomas", "said", "he found a room with the help of Harbour House",
           "indirect")]),
        # a binding act done by a body is a stance on its object; one only supposed is no act yet
        ("An appeals court overturned his decision on the levy.",
         [("An appeals court", "overturned", "his decision on the levy", "indirect")]),
        ("In 2014 she sponsored a bill to widen the harbour.",
         [("she", "sponsored", "a bill to widen the harbour", "indirect")]),
        ("The mayor would veto the harbour bill.", []),
        # a hearer named with its owner's name and a few nouns, then the clause told
        ("Moss told Harbour Radio's weekly news programme she would not run again.",
         [("Moss", "told", "she would not run again", "indirect")]),
        # a family, a widow, a crowd, a share of those asked: people who take a stance
        ("The union's members and the crowd called on the mayor to resign.",
         [("The union's members and the crowd", "called on", "the mayor to resign", "indirect")]),
        ("A majority of respondents want a new pier.",
         [("A majority of respondents", "want", "a new pier", "indirect")]),
        # a word in -ly after a determiner or a possessive is a noun, not the verb's adverb
        ("The diver's family called on people to protest peacefully.",
         [("The diver's family", "called on", "people to protest peacefully", "indirect")]),
        # a verb whose topic follows "on"; "on" before a day is when, not what
        ("The union has commented on the death of the diver.",
         [("The union", "has commented on", "the death of the diver", "indirect")]),
        ("Ramos commented on Tuesday that the levy was too high.",
         [("Ramos", "commented", "the levy was too high", "indirect")]),
        # nor is "on" before where it was said
        ("Ramos wrote on Twitter that the levy was too high.", [("Ramos", "wrote", "the levy was too high", "indirect")]),
        ("Moss testified on behalf of the union.", []),
        # the head of a source is before a participle on it, not the participle's object
        ("A union representing ferry crews endorsed Ana Ruiz for mayor.",
         [("A union representing ferry crews", "endorsed", "Ana Ruiz for mayor", "indirect")]),
        # a cue word that may be a noun, right before a verb of saying or showing, is that noun
        ("An analysis of campaign reports shows fares hit $40 in August.",
         [("An analysis of campaign reports", "shows", "fares hit $40 in August", "indirect")]),
        ("The mayor denied reports that the pier was sold.",
         [("The mayor", "denied", "reports that the pier was sold", "indirect")]),
        # "agree with" names a partner and a topic; "that" after the partner opens what is agreed
        ("Moss agreed with Lind about the winner of the race.",
         [("Moss", "agreed", "with Lind about the winner of the race", "indirect")]),
        ("Moss agreed with Lind that the pier was unsafe.", [("Moss", "agreed", "the pier was unsafe", "indirect")]),
        # "continue" with nothing after it goes on; it says nothing
        ("The longer the strike continues, the bigger the backlog the port will face.", []),
        # "as" and a participle of saying frame a source after "by" or "in"
        ("As stated in the mayor's letter, the pier was sold in May.",
         [("the mayor's letter", "As stated in", "the pier was sold in May", "indirect")]),
        ("He was elected as noted in the minutes of the meeting.", []),
        # a report inside a fronted "whenever" clause ends with that clause
        ("Whenever the mayor accuses the board of being slow, the council will face a hard choice.",
         [("the mayor", "accuses the board of", "being slow", "indirect")]),
        # a slash inside a speaker's modifier ("9/11 widow") does not end the name
        ("“The fee is wrong,” said 9/11 widow Ana Moss.", [("9/11 widow Ana Moss", "said", "The fee is wrong", "direct")]),
        # a still picture shows who or what is in it: a caption, no report
        ("This image released by Harbour Films shows Ana Lee in a scene from the film.", []),
        ("A photo taken on Monday shows the flooded quay.", []),
        ("The data still show that the quay is sinking.",
         [("The data", "still show", "the quay is sinking", "indirect")]),
        # but an empty "it" before a "that" clause reports with no source
        ("It was announced that the quay would close in May.",
         [(None, "was announced", "the quay would close in May", "indirect")]),
        # a judgement in the passive with its reason after "for": the whole clause, no source
        ("The harbour board has been sharply criticised for the delays at the quay.",
         [(None, "has been sharply criticised",
           "The harbour board has been sharply criticised for the delays at the quay", "indirect")]),
        # unless a quotation in it is attributed on its own
        ("Her memo was mocked for its claim that the pier was “the finest on the coast.”",
         [("its", "claim", "the pier was “the finest on the coast", "mixed")]),
        # "not only" adds, it does not negate
        ("The study not only documented the erosion of the dunes.",
         [("The study", "not only documented", "the erosion of the dunes", "indirect")]),
        # an aside between horizontal bars, as between dashes, stands apart from the subject
        ("The survey ― which covered every berth in the marina ― shows that half stand empty.",
         [("The survey", "shows", "half stand empty", "indirect")]),
        # a participle after a comma speaks for the sentence's subject, past a fronted phrase
        ("After the flood, the harbour board closed the slipway, citing the risk to swimmers.",
         [("the harbour board", "citing", "the risk to swimmers", "indirect")]),
        ("At the hearing, the engineer paused, adding that the piles were sound.",
         [("the engineer", "adding", "the piles were sound", "indirect")]),
        # a fronted clause of time before a speaker and a quote tells when, not what was said
        ("As the ferry horn sounded, the captain said, “We leave in five minutes.”",
         [("the captain", "said", "We leave in five minutes", "direct")]),
        # the object of a causative verb speaks: past abbreviations and a relative clause on it
        ("The delays led Rep. Ann Lee (D-Ore.) and Rep. Bob Ray (R-Ohio) to question the contract.",
         [("Rep. Ann Lee (D-Ore.) and Rep. Bob Ray (R-Ohio)", "question", "the contract", "indirect")]),
        ("The report led the treasurer, who faced angry residents at the hall, to concede "
         "that the audit was late.",
         [("the treasurer", "concede", "the audit was late", "indirect")]),
        # an adverb of frequency or time stands in the verb group, not in the subject
        ("The harbour master sometimes says that the quay is too short.",
         [("The harbour master", "sometimes says", "the quay is too short", "indirect")]),
        # a verb of striking is no stance: its physical sense is too common in incident news
        ("The storm ripped through the marina overnight.", []),
        ("Officers hammered the door before dawn.", []),
        # an attitude after a pronoun written with "be": the pronoun holds it
        ("No wonder he’s so angry that the bus route was cut.",
         [("he", "so angry", "that the bus route was cut", "indirect")]),
        # a negated verb of both saying and stance is read as the stance, its object ending
        # before "since"; negated with a clause it reports nothing
        ("The mayor has not mentioned the levy since the storm.",
         [("The mayor", "has not mentioned", "the levy", "indirect")]),
        ("The ferry board has backed the new timetable since May.",
         [("The ferry board", "has backed", "the new timetable", "indirect")]),
        # "according to" after the dash that closes an aside reports what comes before it
        ("Half the moorings are unsafe — or close to it — according to the harbour survey.",
         [("the harbour survey", "according to", "Half the moorings are unsafe — or close to it", "indirect")]),
        # an editor's note is the newsroom's comment on its story: nothing in it is reported
        ("The mayor said the pier is safe.\n\nEditor’s note: The mayor has repeatedly pledged to close\nthe pier.",
         [("The mayor", "said", "the pier is safe", "indirect")]),
        # "told" after a comma is never inverted: the words after it are its hearer, not its speaker
        ("Dr. Reyes, who knew that a vote would fail, told her staff to draft a plan without the Harbour Board.",
         [("who", "knew", "a vote would fail", "indirect"),
          ("Dr. Reyes", "told", "staff to draft a plan without the Harbour Board",
           "indirect")]),
        # a short title-case quote is a title: the words before it are no one's statement
        ("In her 2019 book, “Tides of the Old Harbour,” Ms. Lee argued that the quay should stay open.",
         [("Ms. Lee", "argued", "the quay should stay open", "indirect")]),
        # a form in -ing before a finite verb, and a plural before "such as", are nouns
        ("The harbour board ruling could reopen the case.", []),
        ("Longtime advocates such as the dock union were not consulted.", []),
        # a year between the subject (or "who") and the verb is when, not who
        ("An engineering panel in 2019 found that the pier was unsafe.",
         [("An engineering panel", "found", "the pier was unsafe", "indirect")]),
        ("Ann Ray, who in 2015 said the quay would last a century, has retired.",
         [("who", "said", "the quay would last a century", "indirect")]),
        # a day inside a phrasal stance's particles
        ("Mayor Ann Lee spoke out Tuesday about the closure of the ferry.",
         [("Mayor Ann Lee", "spoke out Tuesday about", "the closure of the ferry", "indirect")]),
        # a past form after "The <noun>" is the verb, not a noun the phrase modifies
        ("The harbour board spoke of a new era for the port.",
         [("The harbour board", "spoke of", "a new era for the port", "indirect")]),
        # a relative clause with no pronoun on the subject ("the nurses I asked")
        ("In the end, all the engineers I consulted said the quay was sound.",
         [("the engineers I consulted", "said", "the quay was sound", "indirect")]),
        # a plural in -ies of a source noun is a source ("companies", "agencies")
        ("The ferry companies want to raise the fares.",
         [("The ferry companies", "want", "to raise the fares", "indirect")]),
        # "all" standing alone for people is a subject
        ("After the vote, all agreed that the fee was too high.",
         [("all", "agreed", "the fee was too high", "indirect")]),
        # "said as much": the content is what was said before, "as much"
        ("The harbour master said as much at the meeting.",
         [("The harbour master", "said", "as much", "indirect")]),
        # a participle right after a quote goes on with the quote's speaker
        ("In a statement, the ferry company said: “We are sorry for the delays,” adding that refunds would follow.",
         [("the ferry company", "said", "We are sorry for the delays", "direct"),
          ("the ferry company", "adding", "refunds would follow", "indirect")]),
        # "in" and a determiner open a medium, whose noun may be a cue's word ("a note", "its reply")
        # a medium's noun may follow one word more after the determiner ("in a written reply")
        ("Ines Moro said in a written reply that the ferry would run late.",
         [("Ines Moro", "said", "the ferry would run late", "indirect")]),
        ("The ferry will run late, Ines Moro said in her brief reply.",
         [("Ines Moro", "said", "The ferry will run late", "indirect")]),
        ("Strategist Omar Vell of Pinecrest Capital wrote in a note to investors that the yen would weaken.",
         [("Strategist Omar Vell of Pinecrest Capital", "wrote", "the yen would weaken", "indirect")]),
        ("The union said in its reply that the offer was too low.",
         [("The union", "said", "the offer was too low", "indirect")]),
        # a medium after "in" before a colon: the quote's speaker is the verb's subject, the
        # quote's marks no part of its content
        ("The warden said in her reply: “The gates stay shut until spring.”",
         [("The warden", "said", "The gates stay shut until spring", "direct")]),
        # guard: a noun of reply after a verb of no speaking gives the quote no speaker
        ("The pickets laughed at his reply: “Not this year.”",
         [(None, None, "Not this year", "direct")]),
        # an adverbial set off by commas between the subject and its verb
        ("The warden, in a short statement, said: “The gates stay shut until spring.”",
         [("The warden", "said", "The gates stay shut until spring", "direct")]),
        ("Coach Ida Brand, after the final whistle, said: “We ran out of legs.”",
         [("Coach Ida Brand", "said", "We ran out of legs", "direct")]),
        # or by a conjunction that opens an adjunct: "when", "while", "as"
        ("The warden, when asked about the gates, said: “They stay shut until spring.”",
         [("The warden", "said", "They stay shut until spring", "direct")]),
        ("Coach Ida Brand, as the crowd booed, said: “We ran out of legs.”",
         [("Coach Ida Brand", "said", "We ran out of legs", "direct")]),
        # guard: an appositive between them stays in the speaker
        ("The warden, a former guard, said: “The gates stay shut until spring.”",
         [("The warden, a former guard", "said", "The gates stay shut until spring", "direct")]),
        # a participle aside there is no part of the speaker either
        ("The harbour master, frowning, said: “The pier stays shut.”",
         [("The harbour master", "said", "The pier stays shut", "direct")]),
        # guard: a title whose first word ends in -ing is an appositive, kept in the speaker
        ("Ines Moro, planning officer for the port, said: “The pier stays shut.”",
         [("Ines Moro, planning officer for the port", "said", "The pier stays shut", "direct")]),
        # "in" after "believe" is the verb's own: its object, no medium ("the promise that …" is no content)
        ("Ines Moro believes in the promise that the ferry line makes to its crews.", []),
        # a time or an adverb in -ly between the opening subject and its verb is no part of it
        ("The ferry board on Tuesday approved the fares, saying costs had risen.",
         [("The ferry board", "approved", "the fares", "indirect"),
          ("The ferry board", "saying", "costs had risen", "indirect")]),
        ("The family last week thanked the crews, saying they had worked all night.",
         [("The family", "saying", "they had worked all night", "indirect")]),
        ("The coach early on Sunday told players the trip was off.",
         [("The coach", "told", "the trip was off", "indirect")]),
        # guard: "late" before the subject's noun is its own word
        ("The late mayor on Monday said the pier was safe.",
         [("The late mayor", "said", "the pier was safe", "indirect")]),
        # "early" or "late" before "this", "last", "next" and a time ends the subject of a participle
        ("A lock keeper late last night closed the gates, saying the river was rising.",
         [("A lock keeper", "saying", "the river was rising", "indirect")]),
        ("The harbour board quietly dropped the fee, saying it was unfair.",
         [("The harbour board", "saying", "it was unfair", "indirect")]),
        # guard: a weekday after "The" is the subject's own word
        ("The Sunday market closed early, saying rents were too high.",
         [("The Sunday market", "saying", "rents were too high", "indirect")]),
        # a bare hearer ends at a preposition, which opens an adverbial before the content
        ("Ines Moro told parents in an email that the bus would be late.",
         [("Ines Moro", "told", "the bus would be late", "indirect")]),
        # a hearer with a determiner ends at a preposition too, before a medium or a place
        ("Ines Moro told the board in a letter that the bus would be late.",
         [("Ines Moro", "told", "the bus would be late", "indirect")]),
        ("Ines Moro told a crowd in the square that the bus would be late.",
         [("Ines Moro", "told", "the bus would be late", "indirect")]),
        # "May" in capitals after "in" is the month, no modal ending the hearer
        ("Ines Moro told parents in May that the bus would be late.",
         [("Ines Moro", "told", "the bus would be late", "indirect")]),
        # guard: a bare hearer then its clause
        ("Ines Moro told parents the bus would be late.",
         [("Ines Moro", "told", "the bus would be late", "indirect")]),
        # guard: "in" and a month before a trailing cue stay the content's
        ("The pier shut in May, the harbour office said.",
         [("the harbour office", "said", "The pier shut in May", "indirect")]),
        # a subordinate clause fronted in the content is said too, and the main clause after its comma
        ("The mayor said if the levy fails, the pool will close in June.",
         [("The mayor", "said", "if the levy fails, the pool will close in June", "indirect")]),
        ("The coach said once the snow melts, the team will train outside again.",
         [("The coach", "said", "once the snow melts, the team will train outside again", "indirect")]),
        ("Ravi Dunn said as the tide turned, the ferry slipped its mooring.",
         [("Ravi Dunn", "said", "as the tide turned, the ferry slipped its mooring", "indirect")]),
        ("She said that when the ferry docked, the crew had already left.",
         [("She", "said", "when the ferry docked, the crew had already left", "indirect")]),
        # an "as" clause whose verb is an auxiliary alone stands for the saying, no part of what is said
        ("The harbour master said as she had in March, the pier would stay shut.",
         [("The harbour master", "said", "the pier would stay shut", "indirect")]),
        ("Ravi Dunn said as he did last year, the ferry would not sail.",
         [("Ravi Dunn", "said", "the ferry would not sail", "indirect")]),
        # a trailing "told" and its hearer, named or "reporters", close the sentence: the words before are said
        ("The kiln cracked twice last winter, a potter told the Courier.",
         [("a potter", "told", "The kiln cracked twice last winter", "indirect")]),
        ("Two lanes will close in June, the province told reporters on Monday.",
         [("the province", "told", "Two lanes will close in June", "indirect")]),
        # words after the hearer's comma that describe the hearer (an apposition, a relative) are not told
        ("The well ran dry in July, the farmer told Ines Moro, a neighbour.",
         [("the farmer", "told", "The well ran dry in July", "indirect")]),
        ("The well ran dry in July, the farmer told Ines Moro, who keeps the mill.",
         [("the farmer", "told", "The well ran dry in July", "indirect")]),
        # a source with words after its head before a trailing cue ("a nurse on board that morning")
        ("The ferry left an hour late, a nurse on board that morning said.",
         [("a nurse on board that morning", "said", "The ferry left an hour late", "indirect")]),
        ("The pumps failed before dawn, a guard at the gate all night told the Courier.",
         [("a guard at the gate all night", "told", "The pumps failed before dawn", "indirect")]),
        # "we’re told", "I’m told": a passive written with its pronoun; the one told is no source
        ("The new clerk, we're told, is a cousin of the mayor.", []),
        ("The ferry will be late again, I’m told.", []),
        # after a quote too: the one told is a passive's subject; the agent after "by" speaks
        ("“The east gate stays locked,” we’re told.", [(None, None, "The east gate stays locked", "direct")]),
        ("“The east gate stays locked,” the guards were told by the warden on Friday.",
         [("the warden", "were told by", "The east gate stays locked", "direct")]),
        # a passive "told" with its agent and a "that" clause: the subject is the one told, the clause what was said
        ("The divers were told by the coast guard that the wreck had shifted.",
         [("the coast guard", "were told by", "the wreck had shifted", "indirect")]),
        # guard: a passive with its agent and no clause told keeps its subject as what the agent backs
        ("The levy has been endorsed by the port authority.",
         [("the port authority", "has been endorsed by", "The levy", "indirect")]),
        # a pronoun written with "has" before the cue after a quote: the speaker is the pronoun, the
        # auxiliary the cue's (attribution/contractions.py)
        ("“The east gate stays locked,” she’s said.", [("she", "’s said", "The east gate stays locked", "direct")]),
        ("“The east gate stays locked,” he's said for years.", [("he", "'s said", "The east gate stays locked", "direct")]),
        # guard: a name's possessive before a cue noun after the quote names no speaker
        ("“The east gate stays locked,” the warden's report said.",
         [("the warden's report", "said", "The east gate stays locked", "direct")]),
        # guard: an active "told" with its hearer after the quote
        ("“The east gate stays locked,” the warden told reporters.",
         [("the warden", "told", "The east gate stays locked", "direct")]),
        # guard: "we're" before a verb in -ing is its subject speaking, the auxiliary the verb's
        ("We're saying the clerk is a cousin.", [("We", "'re saying", "the clerk is a cousin", "indirect")]),
        # guard: a cue word after "of" is a noun in the phrase, no trailing cue
        ("Ana Ruiz, the former secretary of state, praised the crews that cleared the road.",
         [("Ana Ruiz, the former secretary of state", "praised", "the crews that cleared the road", "indirect")]),
        # guard: a clause after the hearer is what was told
        ("The kiln is old, and Ana Ruiz told the Courier that it cracked twice.",
         [("Ana Ruiz", "told", "it cracked twice", "indirect")]),
        # guard: "asked if" opens a question; ", and …" after it is a clause of its own
        ("The mayor asked if the levy had failed, and the clerk nodded.",
         [("The mayor", "asked", "if the levy had failed", "indirect")]),
        # guard: "as much" is no clause; nor is a fronted phrase with no verb ("after the vote")
        ("The coach said as much at the meeting, and the players agreed.",
         [("The coach", "said", "as much", "indirect")]),
        # a degree adverb on the adverb before the verb belongs to the verb group, no subject's word
        ("Harbour workers almost universally expressed anger over the new quota.",
         [("Harbour workers", "almost universally expressed anger over", "the new quota", "indirect")]),
        ("The board almost immediately disclosed the report.",
         [("The board", "almost immediately disclosed", "the report", "indirect")]),
        # guard: a degree adverb opening the sentence stays out of the verb group
        ("Most often the mayor says the pier is safe.", [("the mayor", "says", "the pier is safe", "indirect")]),
        # a verb of agreement with its partner after "with" is no trailing cue of the clause before
        ("As the governor appears set to veto the levy, the mayor apparently disagrees with her former ally.",
         [(None, "appears", "the governor appears set to veto the levy", "indirect"),
          ("the mayor", "apparently disagrees", "with her former ally", "indirect")]),
        # guard: with no partner it trails the clause it agrees with
        ("The levy is unfair, the mayor agreed.", [("the mayor", "agreed", "The levy is unfair", "indirect")]),
        # nor with a partner after a main clause: the clause is what she agreed with him
        ("The levy is unfair, the mayor agreed with her deputy on Monday.",
         [("the mayor", "agreed", "The levy is unfair", "indirect")]),
        # a gerund of saying before a quote, after a verb of memory, report or aspect, has that
        # verb's subject: the verb is no speaker
        ('She recalled thinking, "This is the end of the pier."',
         [("She", "recalled thinking", "This is the end of the pier", "direct")]),
        ('The crew kept saying, "We will win."', [("The crew", "kept saying", "We will win", "direct")]),
        # guard: a plain verb of saying before a quote
        ('Ruiz said, "We will win."', [("Ruiz", "said", "We will win", "direct")]),
        # a passive of perception before a gerund of saying ("can be heard telling", "was seen
        # urging"): the one perceived speaks, the participle is no speaker
        ("In the video, Ana Ruiz can be heard yelling to the guards that the pier was closed.",
         [("Ana Ruiz", "can be heard yelling", "the pier was closed", "indirect")]),
        ("Ana Ruiz was seen telling the guards that the pier was closed.",
         [("Ana Ruiz", "was seen telling", "the pier was closed", "indirect")]),
        # ... and so with its agent after "by": the perceiver is no speaker
        ("Kurt Bell was heard by a neighbour shouting that the dog had bitten him.",
         [("Kurt Bell", "was heard by a neighbour shouting", "the dog had bitten him", "indirect")]),
        ("Ada Pine was overheard by two staff members telling a guest that the hotel would close.",
         [("Ada Pine", "was overheard by two staff members telling", "the hotel would close", "indirect")]),
        # guard: with no gerund of saying after it the agent stands as the passive's source
        ("The driver was seen by witnesses before the crash.", [("witnesses", "was seen by", "The driver", "indirect")]),
        # ... nor with a gerund of a verdict or a finding, which no one hears done (the court's
        # "hear": the judge rules), nor with a comma before the gerund (the agent ends the passive)
        ("The appeal was heard by a judge ruling that the lease was void.",
         [("a judge", "ruling", "the lease was void", "indirect")]),
        ("Kurt Bell was heard by a neighbour, shouting that the dog had bitten him.",
         [("Kurt Bell", "shouting", "the dog had bitten him", "indirect")]),
        # a report of its own joined by "and" (a subject and a common verb of reporting) ends the
        # content and is read on its own
        ("Union leaders said the quota was unfair and growers said it was fair.",
         [("Union leaders", "said", "the quota was unfair", "indirect"),
          ("growers", "said", "it was fair", "indirect")]),
        # "said so" is no report of its own: the content goes on (not "growers" saying "so")
        ("Union leaders said the quota was unfair and growers said so too.",
         [("Union leaders", "said", "the quota was unfair and growers said so too", "indirect")]),
        # guards: a deed of the content's own ("officers responded", "was charged"), a second "that"
        ("Police said they got a call shortly before 11 p.m. and officers went to the area.",
         [("Police", "said", "they got a call shortly before 11 p.m. and officers went to the area", "indirect")]),
        ("The mayor said the levy was fair and that the board agreed.",
         [("The mayor", "said", "the levy was fair and that the board agreed", "indirect")]),
        # guard: as after a long dash
        ("The union condemned the quota — calling it a betrayal.",
         [("The union", "condemned", "the quota", "indirect")]),
        # an interview's letters name nobody: "Q:" opens the questioner's turn, no statement (nor
        # one with the answer run in after "A:")
        ("Q: Why did the ferry stop running?\n\nA: The engine failed in March and parts are scarce.\n", []),
        ("Q: Will the ferry run again this year? A: Not before the summer, sadly.\n", []),
        # the answer's letter opening its paragraph is the layout's, not the speaker's words (a
        # guard: a letter inside a name, "Plan A:", stays)
        ("Q: Will the ferry run in May?\n\nA: Not before the summer, the captain said.\n",
         [("the captain", "said", "Not before the summer", "indirect")]),
        ("Plan A: a new pier by the spring, the captain said.\n",
         [("the captain", "said", "Plan A: a new pier by the spring", "indirect")]),
        # guard: a transcript's speaker label opening two turns is a name
        ("MARLOW: The ferry will not run this year.\n\nHOST: Not even in August?\n\nMARLOW: Not then, no.\n",
         [("MARLOW", ":", "The ferry will not run this year", "indirect"),
          ("MARLOW", ":", "Not then, no", "indirect")]),
        # a possessive determiner opens its noun phrase as an article does: after a verb of memory
        # the gerund's subject speaks ("remembers his teacher warning"), not the rememberer
        ("Ines Marlow remembers her uncle saying the quarry would flood.",
         [("her uncle", "saying", "the quarry would flood", "indirect")]),
        ("Piet Abara still remembers his teacher warning that the dam was weak.",
         [("his teacher", "warning", "the dam was weak", "indirect")]),
        ("Ada Roe and her brother said the ferry was late.",
         [("her brother", "said", "the ferry was late", "indirect")]),
        # guard: a possessive after a preposition stays inside the phrase
        ("Officials at his school said the roof leaked.",
         [("Officials at his school", "said", "the roof leaked", "indirect")]),
        # a verb of aspect before a gerund of saying belongs to the verb group: the aspect verb is
        # no part of the speaker
        ("Ines Marlow stopped saying the quarry was safe.",
         [("Ines Marlow", "stopped saying", "the quarry was safe", "indirect")]),
        ("The ferry captain kept insisting the crossing was calm.",
         [("The ferry captain", "kept insisting", "the crossing was calm", "indirect")]),
        ("He quit telling people the plant would reopen.", [("He", "quit telling", "the plant would reopen", "indirect")]),
        ("Ines Marlow has now stopped saying the quarry was safe.",
         [("Ines Marlow", "has now stopped saying", "the quarry was safe", "indirect")]),
        # ... and so does "continue", a verb of speech of its own ("“…,” she continued"), right
        # before a gerund; before any other word in -ing it goes on, nothing said
        ("The ferry office continued saying that the crossing was calm.",
         [("The ferry office", "continued saying", "the crossing was calm", "indirect")]),
        ("The ferry office continued checking the hull.", []),
        # guard: with an object between, the object is the gerund's subject
        ("The guards stopped a man shouting that the bridge was unsafe.",
         [("a man", "shouting", "the bridge was unsafe", "indirect")]),
    ],
)  # fmt: skip
def test_attribution_rules(text: str, expected: list[tuple[str | None, str | None, str, str]]) -> None:
    assert attributions(text) == expected


def test_quote_paragraph_continues_the_previous_speaker() -> None:
    text = "Coach Dana Whitfield said the team played well.\n\n“We will appeal the result.”"
    result = summarize(text, model="rules")
    first, second = result.attributions
    assert second.type == "direct" and second.speaker is None
    assert second.speaker_id == first.speaker_id is not None


def test_a_quote_with_a_clause_of_its_own_no_pattern_reads_takes_no_earlier_speaker() -> None:
    text = "“The pier stays shut,” said Mara Quill.\n\n„Wir warten auf besseres Wetter“, sagte ein Tourist."
    first, second = summarize(text, model="rules").attributions
    assert first.speaker_id is not None and second.speaker_id is None


def test_quote_with_no_source_is_kept_and_flagged() -> None:
    text = "The harbor was closed.\n\nThe sign read “No entry for any boats today” on Monday."
    result = summarize(text, model="rules")
    (a,) = result.attributions
    assert a.speaker_id is None and a.type == "direct"
    assert a.status == "unverified" and [f.reason for f in a.flags] == ["unnamed_source"]


@pytest.mark.parametrize(
    ("pattern_id", "example"), [(p.id, example) for p in PATTERNS.values() for example in p.examples]
)
def test_each_pattern_reads_its_own_examples(pattern_id: str, example: str) -> None:
    assert pattern_id in patterns_of(load_article(example)).values()


def test_the_registry_orders_the_patterns() -> None:
    assert all(p.examples and p.description for p in PATTERNS.values())
    doc = attribution.__doc__ or ""  # the map of the patterns in the package docstring
    assert all(f"{p.priority} {p.id}" in doc for p in PATTERNS.values() if p.scope != "within")
    assert all(p.id in doc for p in PATTERNS.values())
    for scope in ("quote", "paragraph", "sentence", "leftover"):
        priorities = [p.priority for p in in_order(scope)]
        assert priorities == sorted(set(priorities))  # no two patterns of a scope tie
    assert in_order("quote")[-1].priority < in_order("paragraph")[0].priority < in_order("sentence")[0].priority


def test_the_order_follows_the_registry_as_it_stands() -> None:
    # the order is kept between articles: a pattern registered or replaced later is still seen
    before = in_order("sentence")
    extra = dataclasses.replace(before[0], id="extra_for_test", priority=before[0].priority + 1)
    PATTERNS[extra.id] = extra
    try:
        assert in_order("sentence") == [before[0], extra, *before[1:]]
        PATTERNS[extra.id] = dataclasses.replace(extra, priority=before[-1].priority + 1)
        assert in_order("sentence") == [*before, PATTERNS[extra.id]]
        in_order("sentence").clear()  # a caller's copy: the kept order is not touched
    finally:
        del PATTERNS[extra.id]
    assert in_order("sentence") == before


@pytest.mark.parametrize(
    ("phrase", "plausible"),
    [("On Thursday", False), ("In late August", False), ("perhaps", False), ("together", False),
     ("In-Sook Park", True), ("the harbour board", True), ("In the next weeks the harbour board", True)],
)  # fmt: skip
def test_a_time_or_an_adverb_is_no_speaker(phrase: str, plausible: bool) -> None:
    assert attribution.plausible_speaker(phrase, (0, len(phrase))) is plausible


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pattern that reads the subject from the sentence's start must not take the place
        ("OTTAWA — A row began on Tuesday after the minister told reporters that talks had stalled.", None),
        ("LONDON - European leaders offered new help on Friday to the flooded towns.", "European leaders"),
    ],
)
def test_a_dateline_is_not_a_speaker(text: str, speaker: str | None) -> None:
    speakers = [a.speaker for a in summarize(text, model="rules").attributions]
    assert not any(s and ("OTTAWA" in s or "LONDON" in s) for s in speakers), speakers
    if speaker:
        assert speaker in speakers


def test_the_dateline_fixture_keeps_its_speakers_and_loses_the_place() -> None:
    s = summarize(ARTICLES / "dateline.txt", model="rules")
    assert [a.speaker for a in s.attributions] == ["the port authority", "Captain Ines Alder"]
    assert all("HARBORVILLE" not in (a.content or "") for a in s.attributions)


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("has been critical of", "stance"),
        ("were willing", "stance"),  # the cue ends before the "to" that opens the content
        ("are worried about", "belief"),  # "worried" is a verb of cognition too: belief first
        ("commended", "stance"),
        ("disdain for", "stance"),  # a noun of attitude, as "contempt" in ATTITUDE_NOUNS
        ("theory of", "belief"),
        ("remarks about", "stance"),  # a noun's topic, no statement
    ],
)
def test_an_attitude_or_a_judgment_is_a_stance(cue: str, kind: str) -> None:
    assert report_kind(cue, "indirect") == kind


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a participle aside naming the report's own sources closes before the subject's verb
        ("The wire stories, citing two harbour officials, said the ferry talks would resume in May.",
         "The wire stories", "the ferry talks would resume in May"),
        ("The agency, quoting two witnesses, said the ferry left late.", "The agency", "the ferry left late"),
        # any participle aside, not only one naming sources ("frowning", "speaking after …")
        ("The harbour master, frowning, said the pier would stay shut.", "The harbour master",
         "the pier would stay shut"),
        ("An aide, speaking after the hearing, said the vote would be close.", "An aide", "the vote would be close"),
        # a plural subject's "say" after the aside; a participle with its own "that"
        ("Ferry crews, fearing more storms, say the harbour wall will not hold.", "Ferry crews",
         "the harbour wall will not hold"),
        ("The harbour master, adding that the pier was sound, said the fees would rise.", "The harbour master",
         "the fees would rise"),
        # guard: a title whose first word ends in -ing is an appositive, kept in the speaker
        ("Ines Moro, planning officer for the port, said the pier would stay shut.",
         "Ines Moro, planning officer for the port", "the pier would stay shut"),
        # after a relative pronoun too, the clause keeping the subject the relative has
        ("A story in the Ledger that, citing two unnamed sources, alleged the mayor had resigned.",
         "A story in the Ledger", "the mayor had resigned"),
    ],
)  # fmt: skip
def test_a_participle_aside_after_the_subject_ends_before_its_verb(text: str, speaker: str, content: str) -> None:
    assert [(a[0], a[2]) for a in attributions(text) if a[1] in ("said", "say", "alleged")] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # quoted terms inside what a record shows are the record's: evidence, not speech
        ("Hospital logs show the ward has run short of “spare beds” since May.", "evidence"),
        ("The audit found the fund was spent on “other costs” for years.", "evidence"),
        # guard: quoted words after a verb of saying or naming stay speech
        ("The mayor said the plan was “a start” on Monday.", "speech"),
        ("The mayor called the plan “a start” on Monday.", "speech"),
    ],
)  # fmt: skip
def test_quoted_terms_in_what_a_record_shows_stay_evidence(text: str, kind: str) -> None:
    (a,) = summarize(text, model="rules").attributions
    assert (a.type, a.kind) == ("mixed", kind)


@pytest.mark.parametrize(
    "text",
    [
        "During the hearing, the crews will square off against the board, 18 states, firms and a few towns.",
        "The ferry firm will meet the board, 12 states, and two towns in court.",
    ],
)
def test_counted_cue_word_is_no_trailing_cue(text: str) -> None:
    """A cue word after a number ("18 states, …") is a counted noun, no cue."""
    assert "trailing_cue" not in patterns_of(load_article(text)).values()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the noun after "own" or "latest" is the head of the source, though it could be a verb
        ("Residents will pay more, according to the council's own figures.",
         "the council's own figures", "Residents will pay more"),
        ("According to the agency's own estimates, the lake will shrink by a third.",
         "the agency's own estimates", "the lake will shrink by a third"),
        ("Fares will rise again, according to the operator's latest estimates.",
         "the operator's latest estimates", "Fares will rise again"),
    ],
)  # fmt: skip
def test_a_document_noun_after_a_prenominal_adjective_belongs_to_the_source(
    text: str, speaker: str, content: str
) -> None:
    assert [(a[0], a[2]) for a in attributions(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "show" after a singular determiner and a modifier is the noun (a verb would be "shows")
        ("The two hosts recorded a weekly show that ran on Sunday.", []),
        ("The singer filmed a holiday show that sold out in a day.", []),
        # after a plural that has no -s the verb agrees with it
        ("The county's new data show that rents rose by a fifth.",
         [("The county's new data", "rents rose by a fifth")]),
        ("The survey data show rents rose by a fifth.", [("The survey data", "rents rose by a fifth")]),
        ("Census figures show that rents rose.", [("Census figures", "rents rose")]),
    ],
)  # fmt: skip
def test_show_after_a_singular_modified_noun_is_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a[0], a[2]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short quote opened by a determiner or a preposition is a term the writer marks
        ("The paper sent its “night desk editor” to the flooded valley.", []),
        ("The new draft drops a call for “safer bike lanes on every bridge” from the plan.", []),
        # after "as a" the quoted words are a description, someone's
        ("The council approved a levy in what is being criticized as a “tax on every tenant” by the opposition.",
         ["tax on every tenant"]),
        # a quote that closes with its own comma or stop is speech
        ("The mayor walked the pier. “It needs a month of work,” she wrote to the board.",
         ["It needs a month of work"]),
        # a short lower-case term after a determiner keeps the writer's comma or stop inside
        # its marks (US style): still a term
        ("The levy funds a “harbor renewal zone,” which is defined as a ward with empty lots.", []),
        ("The old mill is now the “town’s kitchen,” the heart of the valley.", []),
        ("The ferry money would go into a “repair pot.” Its only use is the dock.", []),
        # near misses: after a preposition such words are often someone's ("based on")
        ("The judge called the report “weak” and based on “one wild guess.”",
         ["the report “weak”", "one wild guess"]),
        # the object of a verb of saying or stance is its speaker's words
        ("Decrying the “rigged game,” the mayor quit the board.", ["rigged game"]),
        ("The crowd jeered. One man was calling Ann a “fraud.” Then he left.", ["fraud"]),
        ("They sent the crew a “thank you.” Then they left.", []),
        # after a possessive the words may be its owner's
        ("The board met. It set aside their “fair share,” as agreed.", ["fair share"]),
        # more than four words, or a capital, is a statement
        ("The plan is a “start that will not last the winter.” It passed.",
         ["start that will not last the winter"]),
        ("The note on the gate gave a “Keep off, please.” It stayed there.", ["Keep off, please"]),
    ],
)  # fmt: skip
def test_a_quoted_term_inside_a_phrase_is_no_attribution(text: str, expected: list[str]) -> None:
    assert [a[2] for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a participle inside the subject takes its own phrase of time ("taken over …")
        ("The average of surveys taken over the past month shows the mayor ahead by four points.",
         "The average of surveys taken over the past month", "the mayor ahead by four points"),
        ("The average of surveys counted over the weekend shows the levy passed.",
         "The average of surveys counted over the weekend", "the levy passed"),
        ("The average of polls conducted throughout the spring shows the mayor ahead.",
         "The average of polls conducted throughout the spring", "the mayor ahead"),
    ],
)  # fmt: skip
def test_an_evidence_subject_holds_its_participle_phrase(text: str, speaker: str, content: str) -> None:
    assert [(a[0], a[2]) for a in attributions(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request left unanswered is reported, like "declined to comment"
        ("The Varnell campaign did not immediately respond to requests from the Ledger.",
         [("The Varnell campaign", "did not immediately respond", "to requests from the Ledger")]),
        ("A spokesman for the Orvik clinic did not reply to emailed questions.",
         [("A spokesman for the Orvik clinic", "did not reply", "to emailed questions")]),
        # answered, what was said is reported elsewhere; no request, nothing refused
        ("Varnell responded to questions from the Ledger.", []),
        ("Tarsen did not respond to the verdict.", []),
        # an emergency call is no request for comment
        ("The Brenmoor police had never responded to calls at the farm.", []),
    ],
)  # fmt: skip
def test_a_request_left_unanswered_is_reported(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a[0], a[1], a[2]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "decline" with an adverb of degree or a number: a quantity fell, nobody refused
        ("Support for the Tolvane levy has declined slightly since May.", []),
        ("Turnout in Ashmere declined 4 percent from last year.", []),
        # with an infinitive or an object it is a refusal, a stance
        ("The mayor of Ashmere declined to comment.", [("The mayor of Ashmere", "declined", "to comment")]),
        ("The mayor of Ashmere declined comment.", [("The mayor of Ashmere", "declined", "comment")]),
    ],
)  # fmt: skip
def test_decline_of_a_quantity_is_no_refusal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a[0], a[1], a[2]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "show up" is to come, appear: no evidence shown
        ("The real Morel showed up at the Tolvane debate.", []),
        ("Protesters showed up outside the Ashmere hall on Friday.", []),
        # "up to" before a number is a bound of what is shown
        ("The Ashmere data showed up to 40 percent fewer arrests.",
         [("The Ashmere data", "showed", "up to 40 percent fewer arrests")]),
    ],
)  # fmt: skip
def test_show_up_is_to_appear(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a[0], a[1], a[2]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a hyphened number and unit stands only before a noun: the cue word after it is a noun
        ("According to a 40-page report, the Ashmere builders ran a scheme.",
         "a 40-page report", "the Ashmere builders ran a scheme"),
        ("According to a two-year review, the Tolvane marsh is shrinking.",
         "a two-year review", "the Tolvane marsh is shrinking"),
    ],
)  # fmt: skip
def test_a_cue_word_after_a_measure_modifier_is_a_noun(text: str, speaker: str, content: str) -> None:
    assert [(a[0], a[2]) for a in attributions(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an age set off by commas stays with the name before a relative clause
        ("Ade Morel, 56, who has served on the Tolvane board, said the marsh is shrinking.",
         "Ade Morel, 56", "the marsh is shrinking"),
        ("Ade Morel, 56, said the marsh is shrinking.", "Ade Morel, 56", "the marsh is shrinking"),
    ],
)  # fmt: skip
def test_an_age_after_a_name_stays_with_it(text: str, speaker: str, content: str) -> None:
    assert [(a[0], a[2]) for a in attributions(text)] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a modal of future or possibility: a position expected of the source, no statement made
        ("The Harbour Party will argue that the ferry levy is too high.", "stance"),
        ("The union also will argue that the levy is unfair.", "stance"),
        ("Its rivals may respond that the levy funds the new pier.", "stance"),
        ("Mayor Ona Brisk won't say whether the levy will rise.", "stance"),
        # statements made: a plain verb, a past habitual "would", a quote
        ("The Harbour Party argued that the ferry levy is too high.", "speech"),
        ("Mayor Ona Brisk would later say that the levy was a mistake.", "speech"),
        ("“The levy is too high,” the Harbour Party will argue.", "speech"),
    ],
)
def test_saying_after_a_modal_of_future_is_a_stance(text: str, kind: str) -> None:
    found = summarize(text, model="rules").attributions
    assert [a.kind for a in found] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of change in amount after a cue word that is as often a noun: the noun's verb
        ("The yield on the 5-year Velmont note rose to 3.1 per cent from 2.9 per cent.", []),
        ("Fuel demand at the Tarn depots fell 4 per cent in March.", []),
        # the verb reading stays when a clause follows
        ("Analysts at Corvane note that costs rose at the mill.",
         [("Analysts at Corvane", "note", "costs rose at the mill")]),
    ],
)  # fmt: skip
def test_a_change_in_amount_after_a_cue_word_makes_it_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


def test_a_paragraph_opening_with_a_gallery_button_is_a_caption() -> None:
    text = (
        "Ferry fares will rise in May.\n\n"
        "Open this photo in gallery Deputy mayor Ivo Marsh, left, promised a winter timetable. Tarn Press.\n\n"
        "Mayor Ona Brisk said the ferry would run all winter."
    )
    assert [(s, c) for s, c, _, _ in attributions(text)] == [("Mayor Ona Brisk", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" before a noun phrase: a consent to a thing, no statement
        ("Ona Brisk and the council agreed to more talks over the levy.", []),
        ("The union agreed to two changes in the ferry timetable.", []),
        # a noun of intending, then "to" and the people it was made to
        ("The mayor gave her promise to voters in May.", []),
        (
            "“We will rebuild.” That is how the mayor explained the plan to residents on Monday.",
            [("the mayor", "explained", "We will rebuild")],
        ),
        # "to" before a verb: the infinitive is what was agreed or promised
        ("The council agreed to pay for the ferry.", [("The council", "agreed", "to pay for the ferry")]),
    ],
)
def test_to_before_a_noun_phrase_opens_no_infinitive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "deny" before what is granted or withheld: a refusal, no denial of a claim
        ("The provincial ministry has denied a request by the Tarn school board to replace a gym.", []),
        ("The port authority denied permits to two ferry firms.", []),
        # a denial of a claim stays
        ("The ministry denied the request was ever made.", [("The ministry", "denied", "the request was ever made")]),
        ("The ministry denied any wrongdoing.", [("The ministry", "denied", "any wrongdoing")]),
    ],
)
def test_deny_before_a_grant_is_a_refusal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "be" negated in one word makes a passive as "be" does: the subject is what was (not)
        # mentioned, and the clause after the comma is the writer's
        "Although the levy isn't explicitly mentioned, it is the real subject of the debate.",
        "The levy wasn’t mentioned, but it is the real subject of the debate.",
    ],
)
def test_a_passive_with_be_negated_in_one_word_reports_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past participle right after a sentence-opening "But" or "And" opens a fronted
        # participle clause (passive): its subject is the main clause's, who was pushed or asked
        ("But pushed twice on whether the board had met in “closed” session, Brisk stuck by those words.", []),
        ("But pressed on the deal, Brisk said the ferry would run.", [("Brisk", "said", "the ferry would run")]),
        # after a verb of the same clause, a second verb of its subject
        ("Brisk promised to act and said the ferry would run.",
         [("Brisk", "promised", "to act"), ("Brisk", "said", "the ferry would run")]),
    ],
)  # fmt: skip
def test_a_participle_after_an_opening_conjunction_is_fronted(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of belief as the subject of a verb of saying: a belief held, nobody's statement
        ("A common belief says the levy is to blame.", []),
        ("Conventional theory says warmer seas are to blame", []),
        ("Brisk says the levy is to blame.", [("Brisk", "says", "the levy is to blame")]),
    ],
)
def test_a_belief_as_subject_says_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as" opening a clause of time (a pronoun or a name as subject, then its verb) ends the object
        ("The Vell council condemned the latest closure as Harlow fired three more workers.",
         [("The Vell council", "condemned", "the latest closure")]),
        ("Brisk praised the new ferry as she toured the harbour.", [("Brisk", "praised", "the new ferry")]),
        # "as" giving the object a role or a quality stays in the content
        ("Critics hailed him as Lorn's best mayor.", [("Critics", "hailed", "him as Lorn's best mayor")]),
        # a title-case "As" tells no clause
        ("Ortiz Praises The Ferry As He Tours Harbour",
         [("Ortiz", "Praises", "The Ferry As He Tours Harbour")]),
        # "for a while" is a span of time, not a clause opened by "while"
        ("The Ashmere union has opposed the levy for a while now.",
         [("The Ashmere union", "has opposed", "the levy for a while now")]),
    ],
)  # fmt: skip
def test_a_clause_of_time_after_an_object_ends_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", yet" and a verb: the subject's next deed, a stance of its own
        ("Brisk demands openness from the council, yet refuses to release his own records.",
         [("Brisk", "demands", "openness from the council"), ("Brisk", "refuses", "to release his own records")]),
        # ", yet" before an adjective or an adverb inside the content stays in it
        ("Brisk said the levy is costly, yet necessary.", [("Brisk", "said", "the levy is costly, yet necessary")]),
        ("Brisk said the council has not yet decided.", [("Brisk", "said", "the council has not yet decided")]),
        # an infinitive coordinates with no finite verb: what follows is the subject's own deed
        ("Ortiz did not want to stay in the clinic, but was treated at home.",
         [("Ortiz", "did not want", "to stay in the clinic")]),
        # "to" as a preposition ("respond to …") opens no infinitive
        ("The tenants did not respond to letters asking them where they live and have not paid since 2010.",
         [("The tenants", "did not respond", "to letters asking them where they live and have not paid since 2010")]),
    ],
)  # fmt: skip
def test_a_second_deed_of_the_subject_ends_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…, according to X, and/but …": one coordination reported, both its parts are X's
        ("The top tenth of earners paid 60 percent of the levy, according to the Lorn audit office, "
         "and the bottom half paid 3 percent.",
         [("the Lorn audit office", "according to",
           "The top tenth of earners paid 60 percent of the levy … and the bottom half paid 3 percent")]),
        ("Forty people were treated, according to the Brae ministry, but the clinic stayed open.",
         [("the Brae ministry", "according to", "Forty people were treated … but the clinic stayed open")]),
        # with no conjunction after it, what X says is what came before
        ("Forty people were treated at the clinic, according to the Brae ministry, officials added.",
         [("the Brae ministry", "according to", "Forty people were treated at the clinic")]),
    ],
)  # fmt: skip
def test_according_to_inside_a_coordination_reports_both_parts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direct question, its auxiliary before a pronoun subject, asks and reports nothing
        ("Can you imagine if Vell were mayor?", []),
        ("Do you know where the Ashmere levy goes?", []),
        ("Would they think she must be the worst mayor?", []),
        # a statement with the same verb reports
        ("You know the Ashmere levy is high.", [("You", "know", "the Ashmere levy is high")]),
        # a tag question after a report leaves the report standing
        ("Vell said the pier would close, didn't he?", [("Vell", "said", "the pier would close, didn't he")]),
    ],
)  # fmt: skip
def test_a_direct_question_reports_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive verb of saying after a comma: its subject was acted on and reports nothing
        ("On Thursday, Officer Lina Vale, who fired at a van in Brae last week, was charged with assault.", []),
        ("The Ashmere pier will close, he was told.", []),
        # active, in a perfect or a progressive, it reports what came before
        ("The Ashmere pier will close, the board has said.", [("the board", "has said", "The Ashmere pier will close")]),
        ("The Ashmere pier will close, she is saying.", [("she", "is saying", "The Ashmere pier will close")]),
    ],
)  # fmt: skip
def test_a_passive_trailing_cue_reports_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc (of states, of parties) speaks and takes stances as one body, like an alliance
        ("The Lorn bloc plans to rely less on outside help.",
         [("The Lorn bloc", "plans", "to rely less on outside help")]),
        ("The opposition bloc said the vote was rigged.", [("The opposition bloc", "said", "the vote was rigged")]),
    ],
)  # fmt: skip
def test_a_bloc_is_a_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Today", "Now" capitalised after a capitalised word end a name, not the source's phrase
        ("Donations hit $2 billion, a LORN TODAY analysis shows.",
         [("a LORN TODAY analysis", "shows", "Donations hit $2 billion")]),
        ("Donations hit $2 billion, a Harbour Now survey shows.",
         [("a Harbour Now survey", "shows", "Donations hit $2 billion")]),
    ],
)  # fmt: skip
def test_an_adverb_of_time_in_a_name_stays_in_the_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle's source is the main clause's subject, up to its verb (a past,
        # a verb of saying or stance, after an adverb or not)
        ("Citing an old survey, Vell rejected the plan.",
         [("Vell", "Citing", "an old survey"), ("Vell", "rejected", "the plan")]),
        ("Claiming the levy is unfair to fishermen, the union filed a complaint.",
         [("the union", "Claiming", "the levy is unfair to fishermen")]),
        # a participle after a determiner (and an adverb) modifies the subject's noun
        ("Citing the storm damage, the newly elected mayor closed the pier.",
         [("the newly elected mayor", "Citing", "the storm damage")]),
    ],
)  # fmt: skip
def test_an_opening_participle_is_the_main_subjects(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a cue after an opening phrase whose noun is no document is the clause's own verb, not a
        # participle on that noun: it still reports (its subject is read elsewhere)
        ("On the call officials explained to reporters that the plant would close, and then they left.",
         "explained", "the plant would close"),
    ],
)  # fmt: skip
def test_a_verb_after_an_opener_with_no_document_reports(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c, t) for _, c, t, _ in attributions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "accuse … of …" after a quote takes its own charge: the quote is not its content
        ('Bemoaning the "rigged count," Vell accused Holt of being a plant.',
         [(None, None, "rigged count"), ("Vell", "accused Holt of", "being a plant")]),
        # a verb of saying after a quote reports the quote
        ('"The count was rigged," Vell said.', [("Vell", "said", "The count was rigged")]),
    ],
)  # fmt: skip
def test_an_accusation_after_a_quote_takes_its_own_charge(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


def test_an_infinitive_after_the_verb_is_no_hearer_before_a_topic() -> None:
    """ "asking to talk about the fire": "to talk" is no hearer, so "about" opens no topic of "asking"."""
    result = summarize("Two men came to the door asking to talk about the fire.", model="rules")
    assert [(a.cue, a.content) for a in result.attributions] == [("asking", "to talk about the fire")]


def test_whom_it_seems_so_to_comes_before_a_second_verb_of_the_subject() -> None:
    # "to hospital" after "but was taken" is where the skipper went, not who holds the view
    found = attributions("The skipper seemed fine but was taken to hospital as a precaution.")
    assert [(s, c) for s, c, _, _ in found] == [(None, "seemed")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle or a relative clause set off on the source describes it: no content
        ("According to the audit, filed in May, the ferry board hid its losses.", "the ferry board hid its losses"),
        ("According to the survey, which the union paid for, most pilots want shorter shifts.",
         "most pilots want shorter shifts"),
        # an adjective in -ed opening the content's subject is the content's
        ("According to the clinic, injured hikers were flown to Tarrow, where one died.",
         "injured hikers were flown to Tarrow, where one died"),
    ],
)  # fmt: skip
def test_the_sources_own_apposition_after_according_to_is_no_content(text: str, content: str) -> None:
    assert [a[2] for a in attributions(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # after an object, "but" and a finite verb with no subject are the speaker's next deed
        ("The ferry board denied the charges, but was fined by the court in June.", "the charges"),
        ("Councillor Tia Marsh confirmed the closure but did not say when it would end.", "the closure"),
        # after a clause they go on with the clause's own subject
        ("Ana Ruiz said two pilots were aboard, but were not hurt.", "two pilots were aboard, but were not hurt"),
    ],
)  # fmt: skip
def test_but_and_a_verb_with_no_subject_ends_an_object_content(text: str, content: str) -> None:
    assert attributions(text)[0][2] == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a verb of wanting, backing or pointing moved to the relative word
        ("A new quay is what the harbour board now wants.", [("the harbour board", "now wants", "what")]),
        ("The toll is a rule which the guild pointed to as proof of its fairness.",
         [("the guild", "pointed to", "which")]),
        ("The levy that the growers back is small.", [("the growers", "back", "that")]),
        ("Cheap loans are what the farmers hope for this spring.", [("the farmers", "hope", "what")]),
        ("The closure was not what the growers expected.", [("the growers", "expected", "what")]),
        # guard: a determiner alone is no subject ("the suspect" is a noun), nor is a passive's
        ("Police found the car that the suspect drove.", [("Police", "found", "the car that the suspect drove")]),
        ("The board asked that all fees be considered again.",
         [("The board", "asked", "all fees be considered again")]),
        # guard: a relative clause on a verb that reports nothing
        ("The boat that the guild bought is old.", []),
        # guard: after a verb of saying, the relative word points at words given elsewhere
        ("That was what Lena Ortiz said when she left the guild.", []),
        # guard: a direct question has no relative clause
        ("What does the harbour board want?", []),
        # guard: a long subject with a preposition is no relative clause's subject
        ("The fate of the town's values that matter most is unclear.", []),
        # the relative word as the object of an infinitive after the verb is no content of the verb
        ("The lane which the county wants to widen runs past a school.", []),
        ("The sum that the sellers hope to get is too high.", []),
        # "what" after a word that takes a question asks, and points at no content
        ("Nobody knows what the league expects from its new coach.", []),
        ("It is still unclear what the union wants.", []),
        ("What the guild believes is unclear.", []),
        # "see" is a view only with "as": without it, a sight (guard row: with it)
        ("The shot that the keeper saw too late went in.", []),
        ("It is a levy which the growers see as a tax on work.", [("the growers", "see", "which")]),
    ],
)  # fmt: skip
def test_a_relative_word_is_the_object_of_a_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote in a title-case headline is the words of the subject it opens with
        ("Ada Lind Sees ‘A Real Danger’ In Harbour Plan.\n\nThe mayor spoke on Monday.",
         [("Ada Lind", "Sees", "A Real Danger")]),
        ("Angry Parents Rally To ‘Save Our Schools.’\n\nThe parents met on Monday.",
         [("Angry Parents", "Rally", "Save Our Schools")]),
        # what the subject calls someone "as a" is its words too
        ("Rural Mayors Rip Governor As A ‘Reckless Spender.’\n\nThe mayors met on Monday.",
         [("Rural Mayors", "Rip", "Reckless Spender")]),
        # guard: a work's title after a possessive or "of" is nobody's words
        ("Tom Reyes’s ‘The Harbour Song’ Tops The Charts.\n\nThe song is popular.", []),
        ("Ada Lind Sings In A Clip Of ‘The Long Quay.’\n\nThe clip is short.", []),
        # guard: no verb between the subject and the quote, so the quote is a work's name
        ("Local Choir Releases ‘Gulls And Ghosts’ On Vinyl\n\nThe record has ten songs.", []),
        ("Nadia Cole Named ‘Teacher Of The Year’\n\nCole teaches science.", []),
        # guard: a verb of doing, not of words or a view, before a quote that closes as no sentence
        ("Tom Ek Joins ‘The Harbour Hour’ As Host\n\nThe show airs at noon.", []),
        ("Ada Lind Returns To ‘The Long Quay’ For A Final Season\n\nThe show ends in May.", []),
        # a verb of speaking with its topic tells words (guard row)
        ("Ada Lind Speaks ‘Plainly To Voters’ At Harbour Rally\n\nShe spoke on Monday.",
         [("Ada Lind", "Speaks", "Plainly To Voters")]),
        # guard: a headline in sentence case is left to the other patterns (here none reads it)
        ("Ada Lind sees ‘a real danger’ in the plan.\n\nThe mayor spoke on Monday.",
         [(None, None, "a real danger")]),
    ],
)  # fmt: skip
def test_a_headline_quotes_its_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision taken by vote: its infinitive is what was decided, a tally before it no part of it
        ("The council voted to close the pier.", [("The council", "voted", "to close the pier")]),
        ("The council voted 7-2 to close the pier.", [("The council", "voted", "to close the pier")]),
        # the vote's manner or tally before its infinitive is no part of what was decided
        ("The committee voted 9-4 along party lines, to send the bill to the floor.",
         [("The committee", "voted", "to send the bill to the floor")]),
        ("Members voted by a show of hands to end the strike.", [("Members", "voted", "to end the strike")]),
        # a clause set off before a quote speaks of the decision's object in someone else's words
        ("Lawmakers voted to raise the fee, which the mayor called “a tax on families.”",
         [("Lawmakers", "voted", "to raise the fee"), ("the mayor", "called", "“a tax on families.”")]),
        # guard: a vote with no infinitive or object decides nothing told; the noun is no verb
        ("She voted in 2012.", []),
        ("The votes were counted on Monday.", []),
        ("The assembly voted unanimously.", []),
        ("Members voted by a show of hands.", []),
        ("The senate will vote next week.", []),
        # guard: a range of numbers after "said" is the content's
        ("Police said 3-4 men ran off.", [("Police", "said", "3-4 men ran off")]),
    ],
)  # fmt: skip
def test_a_vote_decides_its_infinitive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act by which a body makes its position binding, reported as done: a stance on its object
        ("The harbour board has approved the fine.", [("The harbour board", "has approved", "the fine")]),
        ("The council has imposed a levy on cruise ships.",
         [("The council", "has imposed", "a levy on cruise ships")]),
        ("The assembly has abolished the toll.", [("The assembly", "has abolished", "the toll")]),
        ("The senate has ratified the treaty.", [("The senate", "has ratified", "the treaty")]),
        # guard: an act only supposed is no act yet; a gerund subject takes no stance
        ("The board would impose a levy.", []),
        # guard: a reflexive object makes no position binding
        ("He imposed himself on the game from the start.", []),
        ("Ratifying the deal is the next step.", []),
    ],
)  # fmt: skip
def test_a_binding_act_is_a_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s, c, t) for s, c, t, _ in attributions(text)] == expected
