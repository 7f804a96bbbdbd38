"""The attribution patterns' word classes: times, prepositions, verb forms, noun heads and
clause openers, each defined once and named for what it holds."""

from __future__ import annotations

import re

from summarizer.text import lexicon as lx
from summarizer.text import report_kinds as rk
from summarizer.text.base import ALL_QUOTES
from summarizer.text.regex import compiled
from summarizer.text.segments import Token

_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
TIME_WORDS = _WEEKDAYS | {
    "today", "yesterday", "tonight", "earlier", "later", "recently", "previously", "again",
    "also", "then", "now", "once", "repeatedly", "publicly", "privately", "last", "this",
    "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "ago",
    "afterward", "afterwards",
}  # fmt: skip
PREPOSITIONS = {"on", "in", "at", "during", "to", "through", "via", "with", "from", "after",
                 "before", "over", "for", "under", "while", "late", "early"}  # fmt: skip
# the prepositions that open a phrase of time or place fronted before a subject ("By noon, …")
SETTING_OPENERS = frozenset(PREPOSITIONS | {"by", "until", "within", "throughout", "following"})
# prepositions and conjunctions that open an adjunct after a comma, never an appositive of the
# noun phrase before it ("said Ada Ruiz, at a briefing", "The warden, when asked, said"; but "Ada
# Ruiz, of Lisk," is the name's)
COMMA_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "while", "when", "as"})

EDITORIAL_LABELS = {"correction", "corrections", "clarification", "editor's note", "editor’s note", "update",
                     "updated", "note", "related", "read more", "watch", "video", "photos", "abstract",
                     "full text", "disclosure", "advertisement", "source", "sources", "credit", "more"}  # fmt: skip
# a newspaper's page sections and kinds of article, written as a label before a headline's colon
# ("Review: The opera is a triumph", "Opinion: …", "News Analysis: …"): the label names the
# kind of piece, not a source, though "review" and "analysis" also name documents that speak
SECTION_LABELS = {"review", "reviews", "opinion", "analysis", "news analysis", "sports", "sport", "business",
                  "politics", "world", "nation", "local", "metro", "entertainment", "arts", "culture", "travel",
                  "health", "science", "technology", "tech", "weather", "lifestyle", "food", "books", "obituary",
                  "obituaries", "editorial", "commentary", "comment", "column", "op-ed", "essay", "explainer",
                  "perspective", "viewpoint", "fact check", "live", "breaking", "breaking news", "exclusive",
                  "preview", "recap", "podcast", "listen", "gallery", "feature", "profile"}  # fmt: skip

# a paragraph that opens with one of these and a colon is a link or a video's caption ("WATCH
# BELOW: …", "Read more: …"): another story's headline, no attribution of this article's
LINK_LABEL = compiled(
    r"[ \t]*[\"“‘']?(?:WATCH|READ|LISTEN|RELATED|VIDEO|PHOTOS?|MORE|CLICK HERE|SEE)(?: [A-Z]+){0,2}\s*:\s",
    re.IGNORECASE,
)
LINK_LABEL_FIRST = frozenset(" \t\"“‘'WRLVPMCSOwrlvpmcso")  # what such a paragraph may open with
# a paragraph that opens with a gallery's button ("Open this photo in gallery", "View the image
# in gallery") is a photo's caption
GALLERY_LABEL = compiled(r"[ \t]*(?:open|view|see) (?:this|the) (?:photo|image|picture) in (?:the )?gallery\b",
                           re.IGNORECASE)  # fmt: skip
# a paragraph that ends with a photographer's credit, a name, a slash and an outlet ("(Ann
# Lee/CBC)", "(Ann Lee / Canadian Press)"), is a photo's caption: it repeats what the story
# tells, and nobody's words are reported in it
PHOTO_CREDIT = compiled(r"\((?:[A-Z][\w.'’-]*\s?){1,4}/\s?[^()\n/]{2,40}(?:/[^()\n/]{2,40})?\)\s*$")
# verbs of saying with an everyday sense whose object is a thing, not a statement: "added a
# second goal", "posted a video", "wrote a letter", "responded minutes later",
# "pleaded guilty", "the town boasts a harbour" (has), and the verbs of voicing aloud in a
# manner whose object is a song, a name or a sound ("sang the anthem", "chanted his name",
# "screamed all night"). After them a bare noun phrase (no clause, quote or colon) is no content
THING_OBJECT_VERBS = {"add", "post", "write", "respond", "reply", "plead", "learn", "realize", "realise", "boast",
                      "sing", "chant", "scream"}  # fmt: skip
# adjectives that only ever modify a noun: a cue word that is as often a noun is that noun's
# modifier after one ("Former state senator Dan Roe", "a longtime claims adjuster")
ATTRIBUTIVE_ONLY = frozenset({"former", "longtime", "long-time", "onetime", "one-time", "erstwhile", "acting",
                              "interim", "incoming", "outgoing", "would-be"})  # fmt: skip
# what one answers by going there, not in words: "responded to the call", "responded to the
# scene", "crews responded to a fire": "respond" before one of these reports no statement
DISPATCH_NOUNS = frozenset({"call", "calls", "scene", "scenes", "alarm", "alarms", "fire", "fires", "blaze",
                            "emergency", "emergencies", "incident", "incidents", "crash", "shooting",
                            "disturbance", "911"})  # fmt: skip
# what one calls by convening it, not by naming or asking for it: "called the vote", "called a
# snap election", "called an emergency meeting": "call" before one of these takes no stance
CONVENED_NOUNS = frozenset({"vote", "votes", "meeting", "meetings", "election", "elections", "referendum",
                            "session", "sessions", "hearing", "hearings", "recess", "strike", "caucus",
                            "conference", "roll"})  # fmt: skip
# whom or what one calls for by shouting or phoning, not by demanding it in words: "called for
# help", "called for backup", "called for an ambulance"; bare, or after "a"/"an" ("called for
# more police", "called for a new hospital" are demands: a stance)
SUMMONED_NOUNS = frozenset({"help", "backup", "back-up", "reinforcements", "ambulance", "ambulances", "paramedics",
                            "medics", "medic", "doctor", "taxi", "cab"})  # fmt: skip
# what is granted or withheld: "deny" before one of these is a refusal ("denied a request by the
# board", "was denied bail"), not a denial of a claim
GRANTS = {"request", "requests", "application", "applications", "permit", "permits", "permission", "access",
          "entry", "bail", "parole", "licence", "license", "visa", "visas", "approval", "appeal", "appeals",
          "funding", "petition", "service", "services", "benefits"}  # fmt: skip

# verbs of change in amount (VerbNet calibratable_cos-45.6), past and third-person forms: after a
# cue word that is as often a noun ("the note rose", "demand fell") they are that noun's verb.
# Not "increased", "reduced": also adjectives ("reports increased patrols")
QUANTITY_CHANGE_FORMS = frozenset({
    "rose", "risen", "rises", "fell", "fallen", "falls", "climbed", "climbs", "dropped", "dipped", "dips",
    "slipped", "slips", "jumped", "surged", "surges", "soared", "soars", "sank", "sinks", "plunged",
    "plunges", "slid", "slides", "tumbled", "tumbles", "grew", "shrank", "edged", "declined", "eased",
})  # fmt: skip
# the finite auxiliaries (the lexicon's word class): "am", "were", "has", "did", "may"
FINITE = set(lx.FINITE_AUXILIARIES)
# common irregular past forms (the lexicon's): "spoke", "told", "hid"
IRREGULAR_PAST = lx.IRREGULAR_PAST
NP_PREPOSITIONS = {"of", "for", "at", "from", "in", "with", "on"}
# nouns and adjectives that take "to" inside a speaker phrase: "a source close to the cabinet"
TO_HEADS = {"close", "closest", "loyal", "linked", "next", "adviser", "advisor", "advisers", "advisors",
             "spokesman", "spokeswoman", "spokesperson", "counsel", "ambassador", "envoy", "aide", "aides",
             "secretary", "assistant", "deputy", "heir", "successor", "predecessor", "near", "familiar",
             "knowledgeable", "briefed", "involved", "opposed", "sympathetic"}  # fmt: skip
# the writer's own comment appended to a reported claim: ", marking a …", ", a claim that …"

CUE_FIRST_WORDS = {form.split()[0] for form in lx.CUE_FORMS} | {"according"}
PLAIN_WORD = compiled(r"[^\W\d_]+")


def holds_cue_word(text: str) -> bool:
    """Does ``text`` hold a one-word verb of saying, knowing or showing ("shouted", "told")?"""
    return any(w in lx.CUE_FORMS for w in PLAIN_WORD.findall(text))


# what may stand before a verb as its subject when it is no noun: "he claims", "which claims"
SUBJECTS_BEFORE_VERB = lx.SUBJECT_PRONOUNS | {"who", "which", "that"}

STANCE_FIRST = {form.split()[0] for form in lx.STANCE_FORMS}

_PERIODS = _WEEKDAYS | {"week", "month", "year", "weekend"}
TIME_NOUNS = _PERIODS | {"morning", "evening", "night", "afternoon"}
SEASONS = _PERIODS | {"fall", "spring", "summer", "winter"}
BE_FORMS = set(lx.BE_FORMS)
# "be" negated in one word: "weren't too concerned about", "isn’t mentioned"
NEGATED_BE = frozenset(f for f in lx.NEGATED_AUXILIARIES if f[:-2] in ("isn", "aren", "wasn", "weren"))
# participles that put a claim with no source: "is expected to", "are thought to", "was seen as"
SOURCELESS_PASSIVES = {"expected", "thought", "believed", "considered", "seen", "rumored", "rumoured", "alleged",
                        "rated", "dubbed", "regarded", "viewed", "deemed", "estimated", "projected", "predicted",
                        "feared", "reported", "said", "understood", "presumed", "described", "touted", "billed"}  # fmt: skip
# participles of a charge that put a deed with no source: "was accused of hiding the losses"
ACCUSED_PASSIVES = {"accused", "suspected"}
# participles of naming or judging whose name or judgement follows with no "as": "was dubbed the
# winner", "is considered a threat", "were deemed unsafe"
NAMING_PASSIVES = {"dubbed", "deemed", "considered", "labeled", "labelled", "branded", "termed"}
# participles of a judgement that put it with no source when a reason follows in "for": "was
# widely criticised for the delay", "has been praised for its candour"
JUDGED_PASSIVES = {"criticized", "criticised", "praised", "blamed", "faulted", "condemned", "lauded", "hailed",
                   "chided", "rebuked", "applauded", "commended", "credited", "derided", "ridiculed", "mocked"}  # fmt: skip
SEEM_FORMS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
# what "on" opens when it tells how or where, not about what: "testified on behalf of",
# "spoke on condition of anonymity", "spoke on the phone", and a medium one writes or speaks
# on, a site, a feed or a show ("wrote on his blog", "posted on X", "spoke on her podcast")
ON_MANNERS = frozenset({"behalf", "condition", "background", "record", "camera", "air", "tape", "phone", "stage",
                        "stand", "television", "radio", "tv", "blog", "website", "site", "page", "account",
                        "feed", "channel", "podcast", "show", "program", "programme", "livestream", "twitter", "x",
                        "facebook", "instagram", "threads", "bluesky", "tiktok", "youtube", "linkedin", "telegram",
                        "substack", "social"})  # fmt: skip
CONNECTIVES = {"however", "meanwhile", "still", "yet", "instead", "indeed", "now", "but", "so", "also", "thus",
                "moreover", "furthermore", "nonetheless", "nevertheless", "regardless", "separately", "similarly"}  # fmt: skip
QUANTIFIERS = {"one", "two", "three", "four", "some", "many", "several", "most", "each", "none", "all", "both",
                "few", "dozens", "hundreds", "majority", "half", "any"}  # fmt: skip
FRONTED_OPENERS = {"although", "though", "while", "whereas", "when", "after", "before", "because", "since", "if",
                  "unless", "as", "once", "until", "even", "whenever", "wherever", "whether",
                  # and a fronted phrase: "In a statement announcing the merger, the union called …"
                  "in", "on", "at", "during", "with", "despite", "amid", "following", "by", "among", "under"}  # fmt: skip
# words that open an adjunct after a verb's object rather than continue it: "denounced the
# plan during a rally", "endorsed her Friday", "has not mentioned her since the debate" (most
# prepositions do continue it, as annotated)
ADJUNCT_OPENERS = {"during", "while", "because", "since", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday"}  # fmt: skip


TO_VERBS = {"agree", "promise", "vow", "pledge", "threaten", "urge", "ask", "order", "tell", "warn", "advise",
             "remind", "encourage", "beg", "instruct", "decline", "refuse", "offer", "plan", "want", "hope",
             "expect", "decide", "seek", "demand", "propose", "recommend", "intend", "swear", "guarantee",
             "plead", "caution", "assure"}  # fmt: skip
SPEECH_EVENTS = {"statement", "interview", "speech", "tweet", "post", "letter", "op-ed", "email", "release",
                  "conference", "appearance", "briefing", "address", "video", "message", "remarks", "memo",
                  "filing", "report", "diatribe", "tirade", "rant", "sermon", "eulogy", "monologue"}  # fmt: skip
# what, after a comma, opens a clause that ends the reported content (not ", who …" on a noun
# of the content, "his father, Bill, who began the dairy", nor a reason, ", since landlords
# cannot raise rents": both are part of what is reported)
CLAUSE_OPENERS = {"where", "when", "while", "whereas", "although", "though", "as", "after", "before", "until", "despite",
                  "especially", "more", "less"}  # fmt: skip


ASPECT = {"continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "start",
           "starts", "started", "keep", "keeps", "kept", "try", "tries", "tried", "seek", "seeks", "sought",
           "went", "go", "goes", "seem", "seems", "seemed", "appear", "appears", "appeared"}  # fmt: skip

THAT_NOUNS = {"claim", "claims", "assertion", "allegation", "allegations", "argument", "belief", "view",
               "warning", "suggestion", "insistence", "contention", "charge", "charges", "accusation",
               "statement", "announcement", "acknowledgment", "acknowledgement", "admission", "recognition",
               "prediction", "assessment", "conclusion", "finding", "findings", "report", "reports", "assurance",
               "assurances", "denial", "message", "case", "promise", "pledge", "vow", "threat", "hope", "fear",
               "fears", "doubt", "doubts", "agreement", "complaint", "complaints", "insinuation", "implication"}  # fmt: skip
TO_NOUNS = {"plan", "plans", "promise", "promises", "pledge", "pledges", "vow", "vows", "threat", "threats",
             "decision", "determination", "refusal",
             "agreement", "effort", "efforts", "bid", "attempt", "push", "commitment", "call", "calls", "demand",
             "intention", "desire", "willingness", "proposal", "offer", "order", "request", "vote"}  # fmt: skip
# words before "that" that are no verbs of saying: "so that", "the fact that", "news that"
NOT_VERBS = {"is", "was", "does", "has", "as", "this", "thus", "unless", "less", "news", "fears", "hopes", "claims",
              "means", "suggests", "ensures", "ensured", "proves", "proved", "assumes", "requires",
              "required", "implies", "implied", "mandates", "dictates", "demands", "stipulates", "provided",
              "agreed", "decided", "noted", "signaled", "signalled", "indicates", "indicated", "showed", "shows",
              "reasoned", "learned", "discovered", "realized", "noticed", "determined", "ordered", "ruled",
              "pleased", "worried", "concerned", "convinced", "persuaded", "surprised", "shocked", "amazed",
              "disappointed", "relieved", "aware", "happened", "seemed", "appeared", "times", "days", "years",
              "results", "reports", "records", "documents", "assures", "becomes", "became", "makes", "takes"}  # fmt: skip


SUBORDINATORS = {"when", "if", "as", "after", "before", "although", "though", "while", "because", "since",
                  "once", "unless", "whereas", "until"}  # fmt: skip


GEO_NOUNS = {"province", "region", "city", "town", "county", "state", "district", "country", "village",
              "capital", "area", "border", "oblast", "island", "coast", "valley", "republic", "territory"}  # fmt: skip
NOUN_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ity",
    "ness",
    "ist",
    "ists",
    "ians",
    "ian",
    "ers",
    "ors",
    "ship",
    "ance",
    "ence",
)

# what opens a verb's content when it is a topic rather than a clause: "said about 40 …" is no
# topic, "wrote about the closure" is; the verbs that take "about" or "of" their topic
# (a place, "said inside his factory", "spoke outside the court", is where, never what)
PLACE_PREPOSITIONS = {"inside", "outside", "near", "beside", "behind", "aboard", "amid", "among"}
# prepositions of a path or a place a moving subject goes or stands ("marched through the streets",
# "gathered outside the hall"): the phrase after the main verb, never its subject
PATH_PREPOSITIONS = frozenset(PLACE_PREPOSITIONS | {"through", "along", "across", "down", "up", "past", "around",
                                                    "into", "onto", "toward", "towards", "in", "on", "at", "to"})  # fmt: skip
# past verbs of attending whose path object is what is perceived ("listened to the speaker saying
# …", "stared at the prisoners shouting …"): a participle after that object is the object's own
ATTENDING_PAST = frozenset({"listened", "looked", "stared", "gazed", "glanced", "peered", "watched"})
# things that carry words of their own ("replied to a tweet saying …", "responded to a call saying …"):
# a participle of saying right after one of them is its wording, not the main subject's
WORDED_THINGS = frozenset(lx.DOCUMENT_HEADS | {"call", "calls", "sign", "signs", "placard", "placards", "banner",
                                                "banners", "note", "notes", "text", "texts", "voicemail"})  # fmt: skip
TOPIC_OPENERS = {"to", "for", "about", "of", "on", "by", "with", "in", "at", "as", "because", "since", "while",
                  "when"} | PLACE_PREPOSITIONS  # fmt: skip
ABOUT_VERBS = {"raise concerns", "raise questions", "express concern", "voice concern", "warn", "complain", "write",
                "ask", "speak", "talk", "testify", "joke", "tweet", "post", "boast", "brag"}  # fmt: skip
OF_VERBS = {"warn", "complain", "speak", "talk", "boast", "brag", "write"}
# verbs whose topic follows "on": "commented on the ruling", "would not elaborate on the talks"
ON_VERBS = {"comment", "remark", "elaborate", "speak", "testify", "write"}
# nouns of a request or message a source answers, or leaves unanswered: after "respond to" or
# "reply to" they are what the answer is about ("has not responded to our inquiry",
# "replied to questions from reporters"); a person or an event there is no content, nor a call,
# which the police and firefighters respond to as to an emergency
REQUEST_NOUNS = {"request", "requests", "query", "queries", "inquiry", "inquiries", "enquiry", "enquiries",
                 "question", "questions", "message", "messages", "email", "emails", "letter", "letters"}  # fmt: skip


ARTICLES = {"the", "a", "an"}
ARTICLES_AND_POSSESSIVES = ARTICLES | {"his", "her", "their"}
# words that open a noun phrase, not an infinitive's verb, after "to": "agreed to more talks",
# "agreed to several changes" are consents to a thing, no statement
NOUN_PHRASE_OPENERS = ARTICLES_AND_POSSESSIVES | QUANTIFIERS | {"more", "its", "our", "this", "these", "those"}
COORDINATORS = {"and", "but"}
# prepositions before a participle of saying in an adjunct ("began by saying", "after announcing")
PARTICIPLE_PREPOSITIONS = frozenset({"by", "after", "before", "while", "without", "when"})
NEGATIONS = {"not", "n't", "never"}
TIME_DETERMINERS = {"this", "last", "next", "on"}  # "this fall", "last week", "on Friday"
TIME_BEFORE_NOUN = TIME_DETERMINERS | {"earlier", "late"}  # "this month", "late Friday"
CONDITIONS = {"when", "if", "whenever", "once", "unless"}
# a participle of asking or reaching after a condition tells the report's own occasion, not a
# condition of what is said: "When asked about the fire, she said …", "Once reached, he said …"
OCCASION_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "quizzed", "reached", "contacted", "interviewed"})
COMPLEMENTIZERS = {"that", "whether", "if", "how", "what", "why", "to"}
OBJECT_CLAUSE_OPENERS = COMPLEMENTIZERS - {"if"}  # a stance's content that is a clause, not an object
INFINITIVE_OPENERS = {"to", "help", "helps", "helped", "helping"}  # "to help assess …" reports nothing yet
# what opens a clause right after a verb: "says that", "says he", "says the …"
CLAUSE_OPENERS_AFTER_VERB = {"that", "there"} | lx.SUBJECT_PRONOUNS | ARTICLES_AND_POSSESSIVES
# after "find", a reflexive object tells where one is, not what one found ("finds itself short")
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})
CLAUSE_SUBJECTS = lx.SUBJECT_PRONOUNS | {"there"}  # a clause that opens with these has its subject
# pronouns that stand for an unnamed or no one and open a clause as "he" does: "told police that
# someone shot him" ("no one" is read as its two words)
INDEFINITE_PRONOUNS = {"someone", "somebody", "nobody", "everyone", "everybody", "anyone", "anybody", "something",
                       "nothing", "everything", "anything"}  # fmt: skip
CLAUSE_VERBS = FINITE - {"do", "shall"}  # a finite verb a few words in: a clause
# words in -ing that open no participle clause: prepositions, pronouns, nouns ("including", "nothing", "king")
NOT_PARTICIPLES = frozenset({"including", "during", "according", "regarding", "concerning", "following",
                             "notwithstanding", "nothing", "something", "anything", "everything", "being", "morning",
                             "evening", "king", "thing", "things", "building", "spring"})  # fmt: skip


def ing_participle(t: Token) -> bool:
    """Is ``t`` a participle in -ing: a lower-case word of letters, longer than four, none of
    NOT_PARTICIPLES ("working", "drawing"; not "king", "during", "Sterling")?"""
    return (
        t.text.isalpha()
        and t.text.islower()
        and len(t.low) > 4
        and t.low.endswith("ing")
        and t.low not in NOT_PARTICIPLES
    )


COMMON_REPORTING_VERBS = {"said", "says", "say", "told", "added", "noted", "argued", "insisted", "acknowledged"}
# subjects that carry no claim of their own: "it is expected that …", "what is seen as …"
EMPTY_SUBJECTS = {"it", "there", "what", "which", "that", "who"}
# the bodies spoken to without "the" ("told parliament", "told delegates"), hearers of both lists
_BARE_BODIES = frozenset({"parliament", "delegates"})
# the hearer after "told" / "warned", and what opens "to reporters", "to CNN"
HEARERS = lx.PERSON_OBJECT_PRONOUNS | _BARE_BODIES | {"reporters", "journalists", "lawmakers", "supporters",
                                                       "voters", "viewers", "listeners", "readers", "senators",
                                                       "legislators", "shareholders", "investors",
                                                       "parliamentarians"}  # fmt: skip
# bodies that are spoken to as one ("told the crowd", "asked the council", "warned the jury")
AUDIENCES = frozenset({
    *_BARE_BODIES,
    "crowd", "crowds", "audience", "audiences", "council", "committee", "board", "jury", "panel",
    "assembly", "congregation", "gathering", "class", "team", "nation", "public", "press",
    "legislature", "senate", "caucus", "delegation", "room",
    # gatherings addressed as their people ("told the rally", "told the inquiry")
    "rally", "meeting", "conference", "convention", "hearing", "inquiry", "court", "tribunal", "summit",
})  # fmt: skip
AUDIENCE_OPENERS = {"reporters", "journalists", "cnn", "fox", "nbc", "abc", "cbs", "msnbc"} | ARTICLES
NAME_PARTICLES = {"of", "the", "de", "van", "von", "al", "bin"}  # "Bank of England", "Ursula von der Leyen"
MEMBER_NOUNS = {"members", "member", "head", "heads", "chief", "leader", "leaders", "staff", "people"}

RELATIVES = {"that", "who", "which"}  # open a relative clause on a noun
WHO_WHICH = {"who", "which"}
WHO_WHICH_WHOM = WHO_WHICH | {"whom"}  # "many of whom say …"
WH_RELATIVES = WHO_WHICH_WHOM | {"whose"}  # the relative pronouns but "that": "…, said Pine, who …"
RELATIVE_PRONOUNS = RELATIVES | WH_RELATIVES  # all that open a relative clause: "a memo that …", "those whom …"
PERSON_RELATIVES = {"who", "whom", "whose"}  # the relatives on a person, not a thing: "…, the woman, who …"
RELATIVES_AND_BEING = RELATIVES | {"being"}  # a modifier after a subject: "the polls that …", "being …"
# words after which a speaker noun phrase has ended: a verb of saying, a relative, "when", "as"
# words that end a noun phrase: a clause's, or an adjunct's of time or circumstance, which no
# one's name or description runs on into ("said Ana Ruiz after the race", "… during the hearing")
NP_ENDERS = {"that", "said", "says", "told", "added", "which", "who", "whose", "when", "as", "after", "before",
             "during", "following", "while", "amid", "despite", "until"}  # fmt: skip
OF_AND_ARTICLES = {"of"} | ARTICLES  # not the head of a phrase
APPOSITION_OPENERS = ARTICLES | {"with"}  # ", the presumed favorite …", ", with X showing …"

# acts by which a body makes its position binding, read as stances on their object ("the court
# overturned the ruling", "the council repealed the levy", "she sponsored the bill")
ACT_FORMS = {form: lemma for lemma in rk.ACT_VERBS for form in lx.inflect(lemma)}


def main_verb_after(toks: list[Token], i: int, *, any_finite: bool = False) -> bool:
    """Does the main clause's verb open the words at ``i``, past an adverb ("…, said", "…, will
    vote", "…, now says")? ``any_finite``: any finite verb besides a cue, a stance and an
    auxiliary ("…, left early", "…, had"), never a capitalised word."""
    for t in toks[i : i + 2]:
        low = t.low
        if any_finite and not low.islower():
            return False
        if low in lx.CUE_FORMS or low in lx.STANCE_FORMS or low in lx.AUXILIARIES:
            return True
        if any_finite and (low in FINITE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)):
            return True
        if not low.endswith("ly") and low not in ("now", "also", "then", "still"):
            return False
    return False


def opens_condition(toks: list[Token]) -> bool:
    """Does the sentence open with a condition ("When she is hiring …", "If the levy fails …"),
    not with the occasion of its report ("When asked …", "If pressed …")?"""
    return toks[0].low in CONDITIONS and (len(toks) < 2 or toks[1].low not in OCCASION_PARTICIPLES)


# possessive determiners ("her" before a noun is one too, not the object pronoun)
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "our", "your"})
# every possessive determiner, "its" too (a thing's owner): "its", "her", "our" …
ALL_POSSESSIVES = frozenset(POSSESSIVE_DETERMINERS | {"its"})
# prepositions of a time span, which a participle inside a noun phrase may take ("polls
# taken over the summer", "figures gathered during the drought")
TIME_SPAN_PREPOSITIONS = frozenset({"over", "during", "since", "throughout"})


# still pictures: what one shows is who or what is in it, not a finding ("a photo shows the mayor")
PICTURES = frozenset({"photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures",
                      "screenshot", "snapshot", "illustration"})  # fmt: skip


def pictured(toks: list[Token], vg: int) -> bool:
    """Is a still picture the subject of the verb group at ``vg``: a picture noun among the few
    words before it, in the same clause ("This image released by the studio shows …"; the
    participle's agent may be a long name: "A photo supplied by the Orrin County Police
    Department shows …")?"""
    for j in range(vg - 1, max(-1, vg - 14), -1):
        if toks[j].text in (",", ";", ":") or toks[j].text in ALL_QUOTES:
            return False
        if toks[j].low in PICTURES:
            return True
    return False


# the bare verbs in -ly, which are no adverbs ("towns that rely on tourism")
VERBS_IN_LY = frozenset({"rely", "reply", "apply", "supply", "comply", "imply", "rally", "tally", "ally", "fly"})
# words in -ly that are no adverbs: those verbs, nouns ("family", "assembly") and adjectives
# ("elderly", "deadly"); "said flatly that" has an adverb, "said the family that" none
NOT_ADVERBS_IN_LY = VERBS_IN_LY | frozenset(
    {"assembly", "family", "monopoly", "anomaly", "elderly", "likely", "unlikely", "friendly", "costly", "deadly",
     "lonely", "holy", "ugly", "silly", "belly", "bully", "jelly", "folly", "homily"}
)  # fmt: skip
# how much a thing "says about" something: "says something about", "says a lot about"
_AMOUNTS = frozenset({"something", "much", "little", "nothing", "everything", "more", "less", "plenty", "lots",
                      "volumes", "lot", "great", "deal", "a"})  # fmt: skip


def amount_about(toks: list[Token], i: int, hi: int) -> bool:
    """Is toks[i:] an amount and "about" ("something about", "a great deal about", "volumes
    about")? After a subject that is no source, "says" means "reveals": nobody's words."""
    j = i
    while j < hi and j - i < 3 and toks[j].low in _AMOUNTS:
        j += 1
    return i < j < hi and toks[j].low == "about" and toks[j - 1].low != "a"
