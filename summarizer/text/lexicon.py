"""Word lists of attribution: reporting verbs (with their inflections), words around them,
pronouns, speaker nouns and demonyms. Linguistic knowledge, not fitted to any article.
"""

from __future__ import annotations

import re

from summarizer.text import incident_words as iw
from summarizer.text.person_nouns import is_person_noun
from summarizer.text.regex import compiled

# ---------------------------------------------------------------- verb inflection

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "hear": ("hear", "hears", "heard", "hearing"),
    "read": ("read", "reads", "reading"),
    "learn": ("learn", "learns", "learned", "learnt", "learning"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "put": ("put", "puts", "putting"),
    "lay out": ("lay out", "lays out", "laid out", "laying out"),
    "hit back": ("hit back", "hits back", "hitting back"),
    "make": ("make", "makes", "made", "making"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "go": ("go", "goes", "went", "gone", "going"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "sing": ("sing", "sings", "sang", "sung", "singing"),
}
# each form of an irregular verb with all its forms: "shot" is said by "shooting" too
VERB_FORMS: dict[str, tuple[str, ...]] = {f: forms for forms in _IRREGULAR.values() for f in forms if " " not in f}


def inflect(lemma: str) -> tuple[str, ...]:
    """All forms of a (possibly multi-word, particle-final) verb lemma."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in _IRREGULAR:
        return tuple(f + tail for f in _IRREGULAR[head])
    if head.endswith("ee"):
        forms = (head, head + "s", head + "d", head + "ing")  # agree, agreed, agreeing
    elif head.endswith("e"):
        forms = (head, head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = (head, head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    elif re.search(r"(?:s|sh|ch|x|z)$", head):
        forms = (head, head + "es", head + "ed", head + "ing")
    elif head in _DOUBLE_FINAL:  # listed: "quip" doubles its p though "qu" reads as two vowels
        forms = (head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing")
    else:
        forms = (head, head + "s", head + "ed", head + "ing")
    return tuple(f + tail for f in forms)


_DOUBLE_FINAL = {"admit", "aver", "commit", "quip", "regret", "submit", "plot", "permit", "omit", "abet", "beg", "bet",
                 "brag", "concur", "dub", "plan", "prefer", "refer", "slam", "snap", "stop", "occur", "rip"}  # fmt: skip

# a return of fire that news English also reads as a retort ("the minister hit back that …",
# "fired back: “…”"); a cue only with words told (attribution.reporting_verbs._retort_told):
# not "shot back at police" ("push back" is a stance, of "push": "pushed back on the plan")
RETORTS = frozenset({"shoot back", "fire back", "hit back"})

# Verbs of saying: they take a clause or a quote, with or without "that".
SPEECH_VERBS = [
    "",
    "say tell state claim report announce add note explain argue assert insist warn allege",
    "acknowledge admit deny declare write tweet post reply respond testify recall mention",
    "predict estimate concede complain charge contend maintain emphasize emphasise stress",
    "reiterate repeat point out disclose boast brag joke quip vow pledge promise",
    "threaten urge ask demand caution counter retort lament observe remark comment",
    "describe detail outline inform assure reassure proclaim swear affirm concur agree disagree",
    "question dispute accuse blame criticize criticise acknowledge announce recount speculate",
    "theorize theorise hint signal tout forecast project calculate assess advise recommend",
    "propose order instruct remind wonder muse grumble scoff snap shout yell cry plead beg",
    # manners of saying aloud, which news attribution reads as speech ("the crowd chanted “…”")
    "chant sing scream",
    "concede confide whisper add clarify elaborate preach allege lay out spell out write say",
    "echo predict guarantee raise concerns raise questions express concern voice concern continue",
    # the report verbs of British, Irish, South Asian and African news English ("'…,' the governor averred")
    "aver opine intone rue posit enthuse exclaim",
    # "as the mayor put it, …": read only after "as" and its subject (attribution.reporting_verbs.cue_at)
    "put it",
    # a retort told as a return of fire (RETORTS)
    " ".join(sorted(RETORTS)),
    "",
]
# Verbs of believing and knowing: they need a clause after them ("that", or a subject).
COGNITION_VERBS = [
    "",
    "believe think feel know expect hope fear worry suspect doubt assume understand guess reckon",
    "imagine realize realise recognize recognise consider figure bet sense trust learn",
    "",
]
# Verbs of evidence: a poll shows, a report finds.
EVIDENCE_VERBS = ["", "show find suggest indicate reveal demonstrate conclude confirm prove document imply rule", ""]


def _lemmas(block: list[str]) -> list[str]:
    out: list[str] = []
    words = " ".join(block).split()
    i = 0
    # two-word lemmas are written joined with their particle in the lists above
    multi = {"point out", "lay out", "spell out", "raise concerns", "raise questions",
             "express concern", "voice concern", "put it", *RETORTS}  # fmt: skip
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in multi:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _forms(lemmas: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in inflect(lemma):
            table.setdefault(form, lemma)
    return table


SPEECH_FORMS = _forms(_lemmas(SPEECH_VERBS))
COGNITION_FORMS = _forms(_lemmas(COGNITION_VERBS))
EVIDENCE_FORMS = _forms(_lemmas(EVIDENCE_VERBS))
# verbs of liking and wanting (VerbNet admire-31.2, want-32.1): "voters like the plan"
LIKING_VERBS = "wish desire love hate dislike loathe despise detest adore appreciate cherish value"
# Verbs of stance and intention: what a source wants, plans, backs or attacks. Attribution in
# the broad sense news corpora annotate (PolNeAR): "Morel wants to sign up 2 million tenants",
# "Blair called for more school investment". They take an object or an infinitive, and are
# read only after a subject, in verb position.
STANCE_VERBS = [
    "",
    "want plan intend seek aim vow pledge promise threaten agree decline refuse offer urge",
    "ask order encourage call call_for call_on push push_for press_for demand support oppose endorse",
    "reject praise criticize criticise condemn attack blast slam accuse cite blame dismiss defend",
    "denounce applaud welcome back propose advocate discuss mention describe highlight question",
    "challenge tout mock ridicule bemoan lament apologize_for speak_of speak_about talk_about",
    "focus_on hail credit fault chide scold rebuke favor favour prefer champion embrace",
    "point_to push_back_on rail_against lash_out_at take_aim_at weigh_in_on liken compare",
    "characterize characterise label brand dub portray paint frame envision anticipate",
    "acknowledge recall refer_to invoke tweet post reiterate decide promote vote_against express link",
    "make_the_case_for make_the_case make_it_clear make_clear make_little_secret_of take_offense_at",
    "take_issue_with speak_out_about speak_out_against speak_out_on see view regard admire",
    "chastise deride lambaste berate grill implore downplay play_down articulate castigate decry deplore",
    "laud extol disparage belittle refute rebut debunk underline underscore resent lobby_for campaign_for",
    "argue_for fight_for plead_for appeal_for ask_for advocate_for",
    # a decision taken by vote, as "decide" (its infinitive what was decided): "the panel voted to hold him in contempt"
    "vote",
    # verbs of judgment not listed above (VerbNet judgment-33): a source's verdict on its object
    "commend congratulate censure reprimand admonish scorn assail excoriate vilify demonize demonise",
    "lampoon skewer pillory",
    "go_after",
    # verbs of inquiry and deliberation (VerbNet investigate-35.4, consider-29.9; not "debate", as
    # often the noun): what a source looks into or weighs ("aides are contemplating a run")
    "examine investigate scrutinize scrutinise explore contemplate ponder mull weigh",
    LIKING_VERBS,
    "voice",
    # verbs of referring to and depicting (VerbNet characterize-29.2, the "refer" senses): what a
    # source brings up or portrays ("the ad references the audit", "the film chronicles the strike")
    "chronicle depict understate overstate exaggerate propound espouse reference",
    "",
]
# Adjectives of attitude after "be" (or "seem", "remain", "become"), with the word that opens
# what the attitude is about: "she is critical of the deal", "aides are worried about turnout",
# "the unions were willing to talk", "donors are afraid that …". A stance (a fear, a wish, a
# verdict) in the broad sense; "to" and "that" open the content itself, so they stay in it.
ATTITUDE_ADJECTIVES: dict[str, frozenset[str]] = {
    adjective: frozenset(openers.split())
    for openers, adjectives in (
        ("of", "critical supportive wary fond proud ashamed suspicious dismissive contemptuous scornful "
               "mindful weary tired sick envious jealous protective appreciative respectful tolerant"),
        ("about of that", "skeptical sceptical confident"),
        ("about that", "concerned worried anxious nervous optimistic pessimistic hopeful adamant "
                       "upset angry furious excited unapologetic"),
        ("about", "enthusiastic passionate upbeat coy vague cagey candid defensive uneasy ambivalent "
                  "uncomfortable sanguine"),
        ("about that if whether", "sure unsure certain uncertain doubtful"),
        ("on", "bullish bearish silent soft tough"),
        ("with", "unhappy pleased satisfied dissatisfied frustrated disappointed impatient"),
        ("that", "afraid convinced aware glad"),
        ("to", "opposed committed determined eager willing unwilling reluctant keen hesitant loath "
               "inclined receptive sympathetic hostile resistant averse amenable open"),
        ("in", "interested"),
    )
    for adjective in adjectives.split()
}  # fmt: skip
# several rows list one adjective: their openers add up
for _openers, _adjectives in (("with that", "frustrated disappointed pleased"), ("about", "interested")):
    for _adjective in _adjectives.split():
        ATTITUDE_ADJECTIVES[_adjective] = ATTITUDE_ADJECTIVES[_adjective] | frozenset(_openers.split())
# nouns of those who take a side, after "be" and before "of": "she is a staunch opponent of
# the levy", "has been a vocal critic of the port"
PARTISAN_NOUNS = frozenset({
    "opponent", "opponents", "supporter", "supporters", "critic", "critics", "defender", "defenders",
    "proponent", "proponents", "advocate", "advocates", "backer", "backers", "foe", "foes", "champion",
    "champions", "skeptic", "skeptics", "sceptic", "sceptics", "admirer", "admirers", "detractor", "detractors",
})  # fmt: skip
ATTITUDE_FORMS = frozenset(f"{adjective} {opener}" for adjective, openers in ATTITUDE_ADJECTIVES.items()
                           for opener in openers)  # fmt: skip
# Nouns of attitude a stance verb may take before what the attitude is about ("expressed
# misgivings about the deal", "voiced support for the levy"): the noun and its preposition
# belong to the cue, what follows them is the content.
ATTITUDE_NOUNS = frozenset({
    "concern", "concerns", "misgivings", "reservations", "doubts", "qualms", "objections", "outrage",
    "anger", "frustration", "dismay", "alarm", "disappointment", "displeasure", "skepticism", "scepticism",
    "support", "opposition", "sympathy", "admiration", "contempt", "disdain", "enthusiasm", "optimism",
    "pessimism", "confidence", "fears", "worries", "praise", "criticism", "gratitude", "regret", "interest",
})  # fmt: skip
ATTITUDE_NOUN_OPENERS = frozenset({"about", "over", "for", "with", "at", "on", "of", "regarding", "toward",
                                   "towards", "in"})  # fmt: skip
# Nouns of saying, charge, question or concern that take their topic after a preposition,
# with no clause: "allegations of fraud", "questions about the fund", "criticism for its
# silence". The topic is what the source spoke or worried about (the `topic_noun` pattern),
# as "complained about the fees" is after a verb; the noun's owner, if any, is the source.
TOPIC_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(openers.split())
    for openers, nouns in (
        ("of about", "allegations allegation accusations accusation claims charges complaints "
                     "warnings suspicions rumors rumours speculation fears"),
        ("about", "questions comment comments remarks answer discussion debate talk concerns concern "
                  "worries doubts"),
        ("of for", "criticism disdain praise"),  # not "contempt": "held in contempt of court"
        ("of", "hopes theory assessment"),
    )
    for noun in nouns.split()
}  # fmt: skip
# stances that are states held, not acts of speaking: liking and wanting, backing and intending
HELD_STANCE_VERBS = f"{LIKING_VERBS} want like prefer favor favour admire resent support oppose back intend plan"
HELD_STANCE_PASTS = frozenset(inflect(lemma)[2] for lemma in HELD_STANCE_VERBS.split())  # "wanted", "backed"
STANCE_FORMS = {
    form: lemma.replace("_", " ")
    for lemma in " ".join(STANCE_VERBS).split()
    for form in inflect(lemma.replace("_", " "))
}
CUE_FORMS: dict[str, str] = {**EVIDENCE_FORMS, **COGNITION_FORMS, **SPEECH_FORMS}
CUE_KIND: dict[str, str] = {
    **{f: "evidence" for f in EVIDENCE_FORMS},
    **{f: "cognition" for f in COGNITION_FORMS},
    **{f: "speech" for f in SPEECH_FORMS},
}
# cue forms that are as often nouns ("coal states", "the claims", "development projects"): read
# as a verb only when a clause, a quote or a name follows, or a pronoun is the subject
NOUN_LIKE_FORMS = {
    f for lemma in ("state", "project", "claim", "charge", "report", "remark", "question", "signal",
                    "note", "comment", "estimate", "post", "tweet", "order", "promise", "pledge",
                    "forecast", "echo", "reply", "counter", "demand", "vow", "joke", "quip", "detail",
                    "outline", "doubt", "fear", "hope", "concern", "plead", "guarantee", "bet",
                    "figure", "sense", "trust", "guess", "muse", "cry", "beg", "calculate",
                    "assess", "document", "dispute", "blame", "advise", "hint", "tout",
                    "want", "plan", "aim", "offer", "call", "push", "press", "support", "attack", "blast",
                    "slam", "cite", "back", "welcome", "praise", "mock", "credit", "fault", "favor",
                    "favour", "label", "brand", "frame", "paint", "champion", "challenge", "point", "rail", "lash", "focus", "speak", "talk", "weigh", "refer",
                    "love", "hate", "wish", "desire", "value", "scorn", "probe", "voice", "rule", "snap", "vote",
                    "chronicle", "reference")
    for f in inflect(lemma) if not f.endswith(("ed", "ing"))
}  # fmt: skip
# common irregular past forms, which end no "-ed" yet end a subject as a verb ("Ana Ruiz spoke to
# the crowd, saying …"); not those as often nouns or adjectives ("left", "led", "found")
IRREGULAR_PAST = frozenset({
    "spoke", "told", "wrote", "gave", "took", "made", "went", "came", "met", "sent", "held", "won",
    "lost", "ran", "said", "saw", "brought", "thought", "felt", "kept", "stood", "sat", "began",
    "broke", "chose", "drove", "fell", "flew", "grew", "knew", "rose", "struck", "threw", "sought",
    "fought", "taught", "bought", "paid", "spent", "built", "sold", "heard", "became", "withdrew",
    "woke", "fled", "stole", "hid", "swam", "slept", "ate", "drank", "rode", "froze", "shook",
})  # fmt: skip
# verbs whose past is written as their base ("The bank cut rates", "The club set a date"): no
# "-ed" and no form of IRREGULAR_PAST tells their past
SAME_FORM_PAST = frozenset({
    "cut", "set", "hit", "put", "shut", "let", "cost", "quit", "spread", "split", "shed", "cast",
    "burst", "hurt", "upset", "bet",
})  # fmt: skip
# verbs after which the next noun phrase is the hearer, not the content ("told reporters")
HEARER_VERBS = {"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "ask",
                "urge", "promise", "instruct", "order", "beg", "caution"}  # fmt: skip
# verbs that make the claim itself doubtful: the attribution is flagged "claim_verb"
CLAIM_VERBS = {"claim", "allege", "purport", "contend", "insist", "boast", "brag", "assert"}
# adverbs of hearsay: the writer marks a claim as passed on by someone unnamed ("was reportedly
# armed", "allegedly fired"), a reportative evidential; not adverbs of appearance ("apparently",
# "seemingly"), which mark the writer's own inference
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "reputedly", "supposedly"})
# ---------------------------------------------------------------- words around verbs

# the auxiliary verbs, one word class for every list of them: "be" in all its forms, "have" and
# "do" in theirs, and the modals ("I am told", "she has said", "they may argue")
BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})
AUXILIARY_VERBS = BE_FORMS | {"has", "have", "had", "do", "does", "did"} | MODALS
# the finite ones, which a subject comes before ("I am", "they were", "it may")
FINITE_AUXILIARIES = AUXILIARY_VERBS - {"be", "been", "being"}
AUXILIARIES = set(AUXILIARY_VERBS) | {
    "n't", "not", "never", "also", "previously", "repeatedly", "publicly", "privately", "later",
    "earlier", "recently", "reportedly", "already", "often", "once", "still", "further",
    "again", "then", "now", "separately", "similarly", "additionally", "initially", "first",
    "flatly", "firmly", "strongly", "explicitly", "openly", "quickly", "immediately",
    "just", "long", "frequently", "consistently", "falsely", "wrongly", "correctly",
    "rightly", "bluntly", "simply", "clearly", "emphatically", "angrily", "loudly", "quietly",
    "subsequently", "finally", "ultimately", "herself", "himself", "themselves", "itself",
    "always", "officially", "formally", "personally", "told", "even", "only",
}  # fmt: skip
# the negated auxiliaries written as one word ("didn't", "wasn’t"), in both apostrophes
NEGATED_AUXILIARIES = frozenset(
    f"{aux}{apostrophe}t"
    for aux in ("didn", "doesn", "don", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "won", "wouldn",
                "can", "couldn", "shouldn", "mustn", "mightn", "needn", "shan", "ain")
    for apostrophe in ("'", "’")
)  # fmt: skip
AUXILIARIES |= NEGATED_AUXILIARIES
BOUNDARY_WORDS = {
    "that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because", "as",
    "than", "so", "but", "and", "or", "nor", "yet", "to", "by", "after", "before", "since",
    "until", "although", "though", "whereas", "unless", "whether", "what", "how", "why", "said", "says",
    "told", "not", "there",
    "then", "also", "amid", "despite", "during", "against", "into", "over", "under", "about",
    "like", "through", "without", "within", "upon", "across", "toward", "towards", "between",
    "once", "instead", "meanwhile", "however", "moreover", "thus", "hence", "therefore",
    "it", "this", "these", "those", "here", "now", "today", "yesterday", "tonight", "its",
} | AUXILIARY_VERBS  # fmt: skip
# words that may sit inside a speaker noun phrase
NP_LINKS = {"of", "for", "at", "from", "in", "with", "on", "and", "&", "the", "a", "an", "to"}
DETERMINERS = {
    "the", "a", "an", "some", "many", "several", "other", "another", "these", "those", "his",
    "her", "their", "its", "our", "my", "your", "two", "three", "four", "five", "most", "few",
    "both", "all", "various", "numerous", "certain", "one", "no", "any", "more", "top",
}  # fmt: skip
PRONOUNS = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "neuter",
    "we": "plural",
    "i": "self",
    "you": "other",
}
# a personal pronoun written together with "be" ("I'm", "we’re", "they're"): contractions.py
# splits "I'm" only before a verb of report, so a speaker's words may hold the whole word
_PRONOUN_WITH_BE = compiled(r"(I|[Ww]e|[Tt]hey|[Yy]ou)['’](?:m|re)")


def pronoun_length(words: str) -> int | None:
    """The length of the pronoun in a pronoun written with "be" ("I'm": 1, "we’re": 2), the
    source in a speaker's words that hold the verb's "be" too; None for any other words."""
    joined = _PRONOUN_WITH_BE.fullmatch(words)
    return len(joined.group(1)) if joined is not None else None


# the personal pronouns, each list once: subjects, the persons among them, objects, possessives
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
PERSON_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS - {"it"}
PERSON_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you"}
POSSESSIVE_DETERMINERS = {"his", "her", "their", "its"}
PRONOUN_FORMS = SUBJECT_PRONOUNS | PERSON_OBJECT_PRONOUNS  # he, him, she, her, …
# pronouns that stand for a quantity of people, not for one person ("someone" does): "Nobody was
# killed", "Neither was hurt", "Everyone got out"; the negative ones deny what follows to them all
NEGATIVE_QUANTIFIER_PRONOUNS = frozenset({"nobody", "no one", "no-one", "noone", "none", "neither"})
QUANTIFIER_PRONOUNS = NEGATIVE_QUANTIFIER_PRONOUNS | frozenset(
    {"everyone", "everybody", "anyone", "anybody", "each", "either", "all", "both"}
)

# ---------------------------------------------------------------- speaker nouns

# anonymous sources: the text hides who they are
ANONYMOUS_PATTERNS = compiled(
    r"\b(?:familiar with|who (?:spoke|asked|requested|declined|was not authori[sz]ed)|"
    r"on (?:the )?condition of anonymity|not authori[sz]ed to|anonymous|unnamed|unidentified)\b",
    re.I,
)
# people described by a role, singular (a person) or plural (an unnamed group)
PERSON_ROLES = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "governor", "mayor", "senator", "representative", "congressman", "congresswoman",
    "chairman", "chairwoman", "chair", "director", "chief", "commander", "general", "officer",
    "official", "ambassador", "envoy", "leader", "head", "coach", "mp", "mpp", "mla", "mna", "premier", "chancellor", "king",
    "queen", "prince", "prime", "lawmaker", "legislator", "diplomat", "analyst", "expert",
    "researcher", "professor", "scientist", "economist", "lawyer", "attorney", "prosecutor",
    "judge", "sheriff", "deputy", "captain", "lieutenant", "sergeant", "detective", "colonel",
    "major", "adviser", "advisor", "aide", "candidate", "nominee", "founder", "ceo", "executive",
    "manager", "owner", "worker", "resident", "witness", "neighbor", "neighbour", "victim",
    "doctor", "nurse", "surgeon", "physician", "coroner", "firefighter", "medic", "paramedic",
    "trooper", "agent", "investigator", "strategist", "pollster", "operative", "activist",
    "organizer", "organiser", "campaigner", "protester", "journalist", "reporter", "correspondent", "editor", "author",
    "writer", "columnist", "historian", "scholar", "observer", "critic", "supporter",
    "opponent", "voter", "student", "teacher", "principal", "pastor", "reverend", "priest", "bishop",
    "pope", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
    "friend", "relative", "commissioner", "superintendent", "administrator", "coordinator",
    "councilman", "councilwoman", "councillor", "councilor", "member", "partner", "counsel",
    "treasurer", "auditor", "inspector", "marshal", "constable", "ranger", "pilot", "soldier",
    "fighter", "militant", "rebel", "staffer", "employee", "consultant",
    "delegate", "negotiator", "mediator", "monitor", "clerk", "engineer",
    "vice", "undersecretary", "attaché", "consul", "emir", "sultan", "sheikh",
    "cleric", "imam", "rabbi", "dean", "provost", "speaker", "whip", "fellow", "lecturer", "chairperson",
    "president-elect", "co-founder", "veteran", "specialist", "attorney-general", "narrator", "announcer",
    "presenter", "volunteer", "trustee",
    # compounds whose head is their first word, and roles in sport
    "sergeant-at-arms", "editor-in-chief", "commander-in-chief", "defenceman", "defenseman", "goaltender",
    "goalie", "quarterback", "pitcher", "midfielder", "player",
}  # fmt: skip
# members of a party or a political camp, in the plural ("the Democrats", "progressives")
PARTY_MEMBERS = frozenset({"democrats", "republicans", "conservatives", "liberals", "progressives"})
GROUP_NOUNS = {
    "analysts", "experts", "officials", "sources", "residents", "witnesses", "neighbors",
    "neighbours", "observers", "critics", "supporters", "opponents", "voters", "lawmakers",
    "legislators", "diplomats", "researchers", "scientists", "economists", "investigators",
    "authorities", "police", "officers", "detectives", "deputies", "troopers", "prosecutors",
    "activists", "protesters", "organizers", "organisers", "campaigners", "advocates", "democrats", "republicans", "people",
    "leaders", "members", "aides", "advisers", "advisors", "insiders", "doctors", "medics",
    "paramedics", "firefighters", "rescuers", "historians", "scholars", "students", "workers",
    "employees", "staffers", "soldiers", "troops", "fighters", "militants", "rebels", "allies",
    "commentators", "pundits", "strategists", "pollsters", "operatives", "conservatives",
    "liberals", "progressives", "skeptics", "sceptics", "families", "relatives", "friends",
    "parents", "teachers", "authors", "journalists", "reporters", "americans", "citizens",
    "many", "some", "others", "most", "few", "both", "all", "delegates", "negotiators",
    "monitors", "inspectors", "planners", "commanders", "generals", "ministers", "governors",
    "senators", "mayors", "representatives", "candidates", "victims", "survivors",
}  # fmt: skip
ORG_HEADS = {
    "ministry", "department", "agency", "office", "government", "administration", "army",
    "military", "navy", "force", "forces", "police", "service", "services", "committee",
    "commission", "council", "court", "party", "campaign", "company", "corporation", "corp",
    "inc", "group", "organization", "organisation", "association", "union", "bureau",
    "institute", "university", "college", "school", "academy", "center", "centre", "foundation", "board", "authority",
    "authorities", "command", "kremlin", "pentagon", "parliament", "congress",
    "senate", "cabinet", "embassy", "mission", "coalition", "alliance", "network",
    "newspaper", "journal", "station",
    "bank", "fund", "firm", "hospital", "nato", "eu", "fbi",
    "cia", "opec", "imf", "prosecutors",
    "regime", "junta", "cartel", "directorate", "secretariat", "assembly", "legislature",
    "tribunal", "watchdog", "monitor", "observatory", "cooperative", "co-op", "federation", "guild", "chamber",
    "league", "society", "caucus", "delegation", "bloc",
    # teams, charities and operators that speak as one ("the Red Cross", "the rescue team")
    "team", "cross", "crescent", "trust", "charity", "operator", "railway", "railways", "airline", "airlines",
    "utility", "broadcaster",
}  # fmt: skip
DOCUMENT_HEADS = {
    "statement", "statements", "report", "reports", "poll", "polls", "study", "studies",
    "average", "averages", "tally", "numbers", "ratings", "forecast", "forecasts", "model",
    "survey", "surveys", "data", "document", "documents", "letter", "filing", "filings",
    "complaint", "memo", "tweet", "tweets", "post", "video", "footage", "imagery", "images",
    "analysis", "assessment", "review", "audit", "record", "records", "indictment", "lawsuit",
    "suit", "affidavit", "release", "transcript", "email", "emails", "message", "messages",
    "bulletin", "communique", "communiqué", "figures", "estimates", "projections",
    "research", "intelligence", "evidence", "findings", "investigation", "probe", "inquiry",
    "account", "accounts", "dossier", "paper", "article", "story", "broadcast", "interview",
    "readout", "declaration", "resolution", "ruling", "order", "decision", "notice", "warning",
}  # fmt: skip
# words that are capitalised but not names
NON_NAME_CAPS = {
    "The", "A", "An", "But", "And", "Or", "In", "On", "At", "Of", "For", "By", "To", "With",
    "From", "As", "If", "When", "While", "After", "Before", "Since", "During", "Meanwhile",
    "However", "According", "This", "That", "These", "Those", "It", "He", "She", "They", "We",
    "I", "His", "Her", "Their", "Its", "Our", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.",
    "Dr.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Former", "Then", "Also", "Some", "Many", "Several",
    "Other", "Another", "Both", "All", "Most", "Few", "No", "Not", "Now", "Here", "There",
    "Still", "Yet", "So", "Thus", "Earlier", "Later", "Last", "Next", "Experts", "Officials",
    "Analysts", "Sources", "Police", "Authorities", "Exclusive", "Breaking", "Update", "Updated",
}  # fmt: skip
# capitalised words that name no place, nor open or end a place's name
NOT_PLACES = NON_NAME_CAPS | {"Ukrainian", "Russian", "President", "Minister", "Ministry", "Defense", "Defence",
                              "Department", "Police", "Court", "Congress", "Senate", "House", "Army", "Twitter",
                              "Facebook", "January", "February", "March", "April", "June", "July", "August",
                              "September", "October", "November", "December"}  # fmt: skip
# a police or military rank written short ("Cmdr. Ana Ruiz", "Ofc. Joe Bell"): one list for every reader
RANK_ABBREVIATIONS = frozenset({
    "cmdr", "capt", "lt", "sgt", "det", "insp", "supt", "cpl", "ofc", "dep", "pvt", "tpr", "cst", "const",
})  # fmt: skip
# a rank or title written short opens a person's name, never a place's: "according to Cmdr. Ana Ruiz"
NOT_PLACES |= {rank.capitalize() for rank in RANK_ABBREVIATIONS}
TITLES = {
    *RANK_ABBREVIATIONS, "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "col",
    "adm", "maj", "rev", "coun", "cllr", "cr", "fr", "sir",
    "dame", "lord", "lady", "president", "prime", "minister", "senator", "governor", "mayor",
    "judge", "justice", "secretary", "general", "colonel", "captain", "lieutenant", "sergeant",
    "detective", "officer", "chief", "deputy", "sheriff", "commissioner", "ambassador",
    "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "professor", "representative",
    "congressman", "congresswoman", "speaker", "leader", "chairman", "chairwoman", "director",
    "attorney", "trooper", "agent", "coach", "pastor", "bishop", "archbishop", "cardinal",
    "rabbi", "imam", "sheikh", "emir", "president-elect", "vice", "former", "acting", "then",
    "interim", "spokesman", "spokeswoman", "spokesperson", "commander", "field", "marshal", "mp", "mpp", "mla", "mna",
    "councillor", "councilor", "councilman", "councilwoman",
}  # fmt: skip
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman",
                 "congresswoman", "chairwoman", "councilwoman", "businesswoman"}  # fmt: skip
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "spokesman", "congressman", "chairman",
               "councilman", "businessman", "fr", "pope"}  # fmt: skip

# the field an office covers, written before its title ("Health Minister", "Council leader",
# "Opposition critic"): part of the role, where a name before a title is an affiliation
OFFICE_FIELDS = frozenset({
    "health", "finance", "foreign", "defence", "defense", "interior", "justice", "education", "environment",
    "transport", "transportation", "trade", "energy", "housing", "security", "home", "treasury", "labor",
    "agriculture", "culture", "tourism", "immigration", "infrastructure", "economy", "economic", "fisheries",
    "council", "opposition", "party", "union", "city", "county", "state", "police", "fire", "army", "navy",
    "parliamentary", "cabinet", "government", "campaign", "communications", "press", "research", "science",
    "emergency", "safety", "planning", "budget",
})  # fmt: skip
# a people's name, by race or faith, that modifies a noun and names no place: "a Black neighborhood",
# "an attack on Christian community members" (a nation's is DEMONYMS')
PEOPLES = frozenset({
    "Black", "White", "Asian", "Hispanic", "Latino", "Latina", "Native", "Christian", "Catholic", "Protestant",
    "Muslim", "Jewish", "Hindu", "Sikh", "Buddhist", "Amish", "Mormon",
})  # fmt: skip
DEMONYMS = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "russian": "Russia", "ukrainian": "Ukraine", "british": "United Kingdom",
    "u.k.": "United Kingdom", "uk": "United Kingdom", "french": "France", "german": "Germany",
    "chinese": "China", "japanese": "Japan", "korean": "Korea", "north korean": "North Korea",
    "south korean": "South Korea", "indian": "India", "pakistani": "Pakistan",
    "afghan": "Afghanistan", "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria",
    "israeli": "Israel", "palestinian": "Palestine", "lebanese": "Lebanon",
    "jordanian": "Jordan", "egyptian": "Egypt", "saudi": "Saudi Arabia", "turkish": "Turkey",
    "yemeni": "Yemen", "qatari": "Qatar", "emirati": "United Arab Emirates", "libyan": "Libya",
    "sudanese": "Sudan", "ethiopian": "Ethiopia", "somali": "Somalia", "kenyan": "Kenya",
    "nigerian": "Nigeria", "south african": "South Africa", "malian": "Mali",
    "congolese": "Congo", "polish": "Poland", "belarusian": "Belarus", "moldovan": "Moldova",
    "georgian": "Georgia", "armenian": "Armenia", "azerbaijani": "Azerbaijan",
    "azeri": "Azerbaijan", "kazakh": "Kazakhstan", "italian": "Italy", "spanish": "Spain",
    "portuguese": "Portugal", "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland",
    "austrian": "Austria", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "czech": "Czech Republic", "slovak": "Slovakia", "hungarian": "Hungary",
    "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia",
    "bosnian": "Bosnia", "greek": "Greece", "cypriot": "Cyprus", "irish": "Ireland",
    "scottish": "Scotland", "welsh": "Wales", "canadian": "Canada", "mexican": "Mexico",
    "cuban": "Cuba", "venezuelan": "Venezuela", "colombian": "Colombia", "brazilian": "Brazil",
    "argentine": "Argentina", "argentinian": "Argentina", "chilean": "Chile", "peruvian": "Peru",
    "australian": "Australia", "vietnamese": "Vietnam", "thai": "Thailand",
    "filipino": "Philippines", "indonesian": "Indonesia", "malaysian": "Malaysia",
    "taiwanese": "Taiwan", "burmese": "Myanmar", "bangladeshi": "Bangladesh",
    "european": "European Union", "soviet": "Soviet Union", "nato": "NATO",
}  # fmt: skip

# nouns that take up a claim made before ("the claim", "these figures", "such incidents"), as a
# regular-expression alternation
CLAIM_NOUNS = (
    r"claims?|assertions?|allegations?|accusations?|statements?|figures?|reports?|account|charges?|contention|"
    r"estimates?|numbers?|incidents?|remarks?|comments?|tolls?|counts?|tallies|tally"
)

# a new report by another subject inside a content: ", but officials denied …", ", while the army
# said …" (the offline model ends a content before it; the checker's content-boundary finds it)
CONTRAST_RE = compiled(r"[,;]\s+(?:but|while|whereas|although|though|even as)\s+")
# words that stand between a subject and its verb of saying ("has flatly denied")
VERB_HELPERS = frozenset({"has", "have", "had", "did", "does", "do", "also", "later", "quickly", "flatly", "strongly"})
_SUBJECT_CONTINUERS = frozenset(
    {"that", "then", "also", "still", "not", "yet", "so", "instead", "now", "later", "this", "which", "who"}
)


def opens_report(verb: str) -> bool:
    """A verb that opens a report: of saying (not one as often a noun), or "rejected", "dismissed"."""
    return (CUE_KIND.get(verb) == "speech" and verb not in NOUN_LIKE_FORMS) or STANCE_FORMS.get(verb) in (
        "reject",
        "dismiss",
    )


def continues_subject(first: str) -> bool:
    """Does a clause opening with this word go on with the same subject ("but would add",
    "but that she …", "but he said"), rather than name a new one ("but officials denied")?"""
    low = first.lower()
    return low in AUXILIARIES or low in PRONOUNS or low.endswith("ly") or low in _SUBJECT_CONTINUERS


# nouns that name sources by themselves ("Police said", "Judge rejects", "Poll:")
SOURCE_NOUNS = frozenset().union(PERSON_ROLES, GROUP_NOUNS, ORG_HEADS, DOCUMENT_HEADS, iw.PEOPLE_NOUNS, TITLES)


def is_source_noun(word: str) -> bool:
    """A noun of SOURCE_NOUNS, singular or plural, or any noun naming a person ("Lifeguards")."""
    return (
        word in SOURCE_NOUNS
        or word.removesuffix("s") in SOURCE_NOUNS
        or word.removesuffix("ies") + "y" in SOURCE_NOUNS
        or is_person_noun(word)
    )
