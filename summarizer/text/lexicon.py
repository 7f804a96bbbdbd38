"""Word lists of the offline model: reporting verbs (with their inflections), speaker nouns,
demonyms, figure verbs and incident keywords. Linguistic knowledge, not fitted to any article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.schema import ReportKind
from summarizer.text.base import lower_pattern
from summarizer.text.regex import Prefiltered, compiled

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
    "make": ("make", "makes", "made", "making"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "go": ("go", "goes", "went", "gone", "going"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
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


_DOUBLE_FINAL = {"admit", "commit", "quip", "regret", "submit", "plot", "permit", "omit", "abet", "beg", "bet",
                 "brag", "concur", "dub", "plan", "prefer", "refer", "slam", "snap", "stop", "occur", "rip"}  # fmt: skip

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
    "concede confide whisper add clarify elaborate preach allege lay out spell out write say",
    "echo predict guarantee raise concerns raise questions express concern voice concern continue",
    # "as the mayor put it, …": read only after "as" and its subject (attribution.clauses.cue_at)
    "put it",
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
             "express concern", "voice concern", "put it"}  # fmt: skip
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
    "argue_for fight_for",
    # verbs of judgment not listed above (VerbNet judgment-33): a source's verdict on its object
    "commend congratulate censure reprimand admonish scorn assail excoriate vilify demonize demonise",
    "lampoon skewer pillory",
    "go_after",
    # verbs of inquiry and deliberation (VerbNet investigate-35.4, consider-29.9; not "debate", as
    # often the noun): what a source looks into or weighs ("aides are contemplating a run")
    "examine investigate scrutinize scrutinise explore contemplate ponder mull weigh",
    # verbs of liking and wanting (VerbNet admire-31.2, want-32.1): "voters like the plan"
    "wish desire love hate dislike loathe despise detest adore appreciate cherish value",
    "voice",
    # verbs of referring to and depicting (VerbNet characterize-29.2, the "refer" senses): what a
    # source brings up or portrays ("the ad references the audit", "the film chronicles the strike")
    "chronicle depict understate overstate exaggerate propound espouse",
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
                    "love", "hate", "wish", "desire", "value", "scorn", "probe", "voice", "rule", "snap",
                    "chronicle")
    for f in inflect(lemma) if not f.endswith(("ed", "ing"))
}  # fmt: skip
# verbs after which the next noun phrase is the hearer, not the content ("told reporters")
HEARER_VERBS = {"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "ask",
                "urge", "promise", "instruct", "order", "beg", "caution"}  # fmt: skip
# verbs that make the claim itself doubtful: the attribution is flagged "claim_verb"
CLAIM_VERBS = {"claim", "allege", "purport", "contend", "insist", "boast", "brag", "assert"}
# ---------------------------------------------------------------- words around verbs

AUXILIARIES = {
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "could", "can", "should", "shall", "may", "might", "must", "did", "does", "do", "n't", "not", "never", "also", "previously", "repeatedly", "publicly", "privately", "later",
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
    "until", "although", "though", "unless", "whether", "what", "how", "why", "said", "says",
    "told", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would",
    "could", "should", "can", "may", "might", "must", "did", "does", "do", "not", "there",
    "then", "also", "amid", "despite", "during", "against", "into", "over", "under", "about",
    "like", "through", "without", "within", "upon", "across", "toward", "towards", "between",
    "once", "instead", "meanwhile", "however", "moreover", "thus", "hence", "therefore",
    "it", "this", "these", "those", "here", "now", "today", "yesterday", "tonight", "its",
}  # fmt: skip
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
# the personal pronouns, each list once: subjects, the persons among them, objects, possessives
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
PERSON_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS - {"it"}
PERSON_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you"}
POSSESSIVE_DETERMINERS = {"his", "her", "their", "its"}
PRONOUN_FORMS = SUBJECT_PRONOUNS | PERSON_OBJECT_PRONOUNS  # he, him, she, her, …

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
    "opponent", "voter", "student", "teacher", "principal", "pastor", "priest", "bishop",
    "pope", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
    "friend", "relative", "commissioner", "superintendent", "administrator", "coordinator",
    "councilman", "councilwoman", "councillor", "councilor", "member", "partner", "counsel",
    "treasurer", "auditor", "inspector", "marshal", "constable", "ranger", "pilot", "soldier",
    "fighter", "militant", "rebel", "staffer", "employee", "consultant",
    "delegate", "negotiator", "mediator", "monitor", "clerk",
    "vice", "undersecretary", "attaché", "consul", "emir", "sultan", "sheikh",
    "cleric", "imam", "rabbi", "dean", "provost", "speaker", "whip", "fellow", "lecturer", "chairperson",
    "president-elect", "co-founder", "veteran", "specialist", "attorney-general", "narrator", "announcer",
    "presenter", "volunteer", "trustee",
    # compounds whose head is their first word, and roles in sport
    "sergeant-at-arms", "editor-in-chief", "commander-in-chief", "defenceman", "defenseman", "goaltender",
    "goalie", "quarterback", "pitcher", "midfielder", "player",
}  # fmt: skip
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
    "institute", "university", "center", "centre", "foundation", "board", "authority",
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
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "maj", "cpl", "pvt", "det", "insp", "supt", "rev", "coun", "fr", "sir", "const", "cst",
    "dame", "lord", "lady", "president", "prime", "minister", "senator", "governor", "mayor",
    "judge", "justice", "secretary", "general", "colonel", "captain", "lieutenant", "sergeant",
    "detective", "officer", "chief", "deputy", "sheriff", "commissioner", "ambassador",
    "chancellor", "king", "queen", "prince", "princess", "pope", "professor", "representative",
    "congressman", "congresswoman", "speaker", "leader", "chairman", "chairwoman", "director",
    "attorney", "trooper", "agent", "coach", "pastor", "bishop", "archbishop", "cardinal",
    "rabbi", "imam", "sheikh", "emir", "president-elect", "vice", "former", "acting", "then",
    "interim", "spokesman", "spokeswoman", "spokesperson", "commander", "field", "marshal", "mp", "mpp", "mla", "mna",
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

# ---------------------------------------------------------------- figures and incidents

FIGURE_VERBS: dict[str, str] = {}
for _cat, _verbs in {
    "killed": "killed dead died die dies slain fatally mortally deaths death fatalities fatality "
    "murdered lifeless deceased perished bodies",
    "injured": "injured wounded hurt injuries injury hospitalized hospitalised wounds casualties critical",
    "missing": "missing unaccounted disappeared",
    "arrested": "arrested detained apprehended jailed custody charged booked arrests detentions",
    "displaced": "displaced evacuated fled homeless evacuees refugees",
    "intercepted": "intercepted downed neutralized neutralised destroyed shot repelled "
    "suppressed thwarted interceptions repulsed eliminated",
    "launched": "launched fired unleashed sent attacked",
    "damaged": "damaged destroyed razed burned flattened collapsed",
}.items():
    for _v in _verbs.split():
        FIGURE_VERBS.setdefault(_v, _cat)
PROJECTILES = {
    "drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets", "shell",
    "shells", "projectile", "projectiles", "bomb", "bombs", "aircraft", "shahed", "shaheds",
    "unmanned",
}  # fmt: skip
PEOPLE_NOUNS = {
    "people", "persons", "civilians", "person", "man", "men", "woman", "women", "child",
    "children", "soldiers", "troops", "officers", "residents", "victims", "students",
    "teenagers", "teens", "boys", "girls", "adults", "passengers", "workers", "protesters",
    "fighters", "militants", "police", "suspects", "individuals", "others", "bystanders",
    "patients", "pedestrians", "motorists", "servicemen", "family",
    "robbers", "gunmen", "attackers", "assailants", "shooters", "deputies", "guards", "neighbors",
    "neighbours", "relatives", "brothers", "sisters", "sons", "daughters", "friends", "customers",
    "employees", "youths", "kids", "infants", "toddlers", "drivers", "shoppers", "worshippers",
    "inmates", "prisoners", "hostages", "teenager", "teen", "boy", "girl", "victim", "suspect",
}  # fmt: skip

# nouns that count people by what is lost or found of them: "claimed 17 lives", "two bodies were
# recovered" (told as people: "17 people were killed")
PEOPLE_COUNTED_BY = frozenset({"lives", "bodies"})

# people at a place they do not live (a plane, a school, a shop, a stadium): evacuated from it,
# they are moved out of danger, not driven from their homes
OCCUPANT_NOUNS = frozenset({
    "passengers", "crew", "pupils", "students", "staff", "workers", "employees", "shoppers", "customers",
    "guests", "visitors", "spectators", "fans", "patients", "tourists", "commuters", "diners", "worshippers",
})  # fmt: skip

# the adjectives and adverbs "dead" intensifies ("dead tired", "dead serious", "dead set against"): no death
DEAD_INTENSIFIED = frozenset({
    "tired", "serious", "wrong", "right", "set", "last", "even", "certain", "sure", "broke", "drunk", "asleep",
    "ahead", "center", "centre", "quiet", "silent", "still", "straight", "calm", "level",
})  # fmt: skip
# after "dead": the lookahead that leaves out the intensifier
NOT_DEAD_INTENSIFIER = rf"(?!\s+(?:{'|'.join(sorted(DEAD_INTENSIFIED))})\b)"

# those who do the harm: when they flee, nobody is displaced ("one suspect fled on foot")
PERPETRATOR_NOUNS = frozenset(
    ["suspect", "suspects", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "robber",
     "robbers", "shooter", "shooters", "thief", "thieves", "burglar", "burglars", "carjacker", "carjackers"]
)  # fmt: skip

# the last word of a company's or a brand's name: a trigger or a place word before it is part of
# the name ("Storm Logistics", "Riot Games", "Kelso Chemicals")
COMPANY_WORDS = frozenset({
    "chemicals", "logistics", "industries", "holdings", "group", "games", "motors", "energy", "foods",
    "systems", "technologies", "technology", "pharmaceuticals", "pharma", "steel", "mining", "records",
    "studios", "entertainment", "airlines", "airways", "inc", "ltd", "llc", "plc", "corp", "insurance",
    "financial", "partners", "solutions", "media", "limited", "enterprises", "manufacturing", "brewing",
    "construction", "developments", "properties", "capital", "software", "labs", "plastics", "textiles",
})  # fmt: skip

INCIDENT_TYPES: list[tuple[str, str, re.Pattern[str]]] = [
    ("drone interception", "air_drone_strike", compiled(
        r"\b(?:drones?|uavs?|shaheds?)\b[^.]{0,80}\b(?:intercept\w*|shot down|downed|destroyed|neutrali[sz]\w*)"
        r"|\b(?:intercept\w*|shot down|downed|destroyed|neutrali[sz]\w*)\b[^.]{0,60}\b(?:drones?|uavs?)\b", re.I)),
    ("missile interception", "shelling_missile", compiled(
        r"\b(?:missiles?|rockets?|projectiles?|shells?)\b[^.]{0,80}\b(?:intercept\w*|shot down|downed|destroyed|neutrali[sz]\w*)"
        r"|\b(?:intercept\w*|shot down|downed|neutrali[sz]\w*)\b[^.]{0,60}\b(?:missiles?|rockets?|projectiles?)\b", re.I)),
    ("drone strike", "air_drone_strike", compiled(
        r"\bdrone\s+(?:strike|attack|raid)s?\b"
        r"|\b(?:strikes?|attacks?|raids?)\s+(?:by|from|involving)\s+(?:\w+\s+)?(?:drones?|uavs?)\b"
        r"|\b(?:drones?|uavs?)\s+(?:struck|hit|attacked|targeted)\b", re.I)),
    # from aircraft, not drones: "an air strike", "airstrikes", "strikes by warplanes"
    ("air strike", "air_drone_strike", compiled(
        r"\b(?:air|aerial)\s+(?:strike|attack|raid)s?\b|\bairstrikes?\b"
        r"|\b(?:strikes?|attacks?|raids?)\s+(?:by|from)\s+(?:\w+\s+)?(?:warplanes|aircraft|jets)\b", re.I)),
    ("missile strike", "shelling_missile", compiled(
        r"\b(?:missile|rocket|artillery|mortar)\s+(?:strike|attack|fire|barrage)s?\b|\bshell(?:ing|ed)\b", re.I)),
    ("shooting", "shooting", compiled(
        r"\b(?:shooting|shot (?:and killed|dead|to death|in the)|gunfire|gunman|gunshots?|shots? (?:were )?fired"
        r"|fired (?:\w+ )?(?:shots|rounds|bullets)|opened fire|bullets? (?:struck|hit)|(?:was|were) shot(?! down))\b", re.I)),
    ("stabbing", "attack", compiled(r"\b(?:stabb(?:ing|ed)|knif(?:ed|ing)|knife attack)\b", re.I)),
    ("explosion", "explosion", compiled(r"\b(?:explosion|blast|exploded|bombing|detonat\w+)\b", re.I)),
    # a crowd, not an armed force, that clashes (with the police): a violent demonstration
    ("riot", "riot", compiled(
        r"\b(?:protesters|demonstrators|students|fans|crowds?|youths|supporters|residents|workers|farmers|mobs?)\s+"
        r"(?:\w+\s+){0,2}?clash(?:ed|es)?\b|\bclash(?:ed|es)?\s+(?:\w+\s+){0,3}?with\s+(?:\w+\s+){0,2}?police\b", re.I)),
    ("armed clash", "armed_clash", compiled(r"\b(?:clash(?:es|ed)?|firefight|fighting broke out|ambush(?:ed)?)\b", re.I)),
    ("riot", "riot", compiled(r"\b(?:riot(?:s|ing|ers)?|looting|unrest)\b", re.I)),
    ("protest", "protest", compiled(r"\b(?:protest(?:s|ers|ed)?|demonstrat(?:ion|ors|ed)|rall(?:y|ies|ied)|march(?:ed|ers)?)\b", re.I)),
    ("arrest", "arrest", compiled(r"\b(?:arrested|detained|taken into custody)\b", re.I)),
    # a labour strike: workers who stop work together (a protest's kind; "strike" alone is also a blow)
    ("strike", "protest", compiled(
        r"\b(?:(?:went|go|goes|going|are|were|is|was|be|been|remain\w*)\s+on\s+strike|strike\s+action|general\s+strike"
        r"|industrial\s+action|hunger\s+strike|walk-?outs?|(?:walked|walk|walking)\s+out\s+(?:across|nationwide|over|in\s+protest))\b",
        re.I)),
    ("disaster", "disaster", compiled(
        r"\b(?:earthquakes?|flood(?:s|ing|ed)?|wildfires?|bushfires?|hurricanes?|storms?|tornado(?:e?s)?|landslides?"
        r"|mudslides?|tsunamis?|cyclones?|typhoons?|heat\s?wave|blizzards?|drought|avalanches?|volcanic\s+eruptions?"
        r"|lightning|burst\s+(?:its|their)\s+banks|(?:dam|levee|embankment)\s+(?:burst|breach(?:ed)?|failure))\b", re.I)),
    # a structure that gives way is an accident (after a natural disaster, before a fire: a fire
    # service may be the one to report it)
    ("collapse", "accident", compiled(r"\b(?:collaps(?:e|es|ed|ing)|caved\s+in|cave-in|gave\s+way|sinkholes?)\b", re.I)),
    ("fire", "accident", compiled(r"\b(?:fire|blaze|arson|inferno)\b(?!\s*(?:department|fighters?|crews?|chief|brigade|service|station|truck|engine|arms))", re.I)),
    # a crash: vehicles and vessels that collide, overturn or sink, or a vehicle that strikes
    ("crash", "accident", compiled(
        r"\b(?:crash(?:ed|es)?|collision|collided|derail\w*|accident|capsiz\w*|overturn(?:ed|s)?|ran\s+aground"
        r"|pile-?ups?|hit-and-run|(?:bus|car|truck|lorry|van|vehicle|jeep|minibus|coach)\s+(?:\w+\s+){0,3}?(?:plunged|plummeted)"
        r"|(?:boat|ferry|ship|vessel|dinghy|trawler|yacht|barge|canoe)\s+(?:[\w,]+\s+){0,4}?(?:sank|sunk|went\s+down)"
        r"|(?:lorry|truck|bus|car|van|vehicle|train|tram|suv)\s+(?:struck|hit|ploughed|plowed|slammed|mounted)"
        r"|(?:struck|hit)\s+by\s+an?\s+(?:\w+\s+)?(?:car|truck|lorry|bus|van|vehicle|train|tram))\b", re.I)),
    # a hazardous substance that escapes a plant, a pipe or a tanker
    ("leak", "accident", compiled(
        r"\b(?:gas|chemical|toxic|ammonia|chlorine|fuel|oil|diesel|radioactive)\s+(?:leak|spill)(?:s|age)?\b", re.I)),
    # a crowd that crushes its own: "a stampede at a temple", "a crowd crush outside a stadium"
    ("stampede", "accident", compiled(r"\b(?:stampedes?|crowd\s+(?:crush|surge)(?:es)?)\b", re.I)),
    # poisoning by fumes or food, not by a hand
    ("poisoning", "accident", compiled(
        r"\b(?:carbon\s+monoxide|food\s+poisoning|(?:gas|fume)s?\s+poisoning|toxic\s+fumes)\b", re.I)),
    # an attack on computers is no attack on people (the contract has no category for it)
    ("cyberattack", "other", compiled(
        r"\b(?:cyber[- ]?attacks?|cyber[- ]?incidents?|ransomware|data\s+breach(?:es)?|hackers?|hacked\s+into)\b", re.I)),
    ("attack", "attack", compiled(r"\b(?:attack(?:ed|s)?|assault(?:ed)?(?![- ]style|\s+(?:rifle|weapon)s?\b)|raid(?:ed)?|maul(?:ed|ing))\b", re.I)),
]  # fmt: skip

# kinds of incident tried before the table above
INCIDENT_TYPES_BEFORE: list[tuple[str, str, re.Pattern[str]]] = [
    # a gun fired at someone, though no one was hit: "fired his weapon at a driver"
    ("shooting", "shooting", compiled(
        r"\bfired\s+(?:his|her|their|a|the|several|multiple)\s+(?:\w+\s+)?(?:weapon|gun|handgun|rifle|pistol|shotgun"
        r"|firearm|service\s+weapon)s?\b|\bshots?\s+rang\s+out\b|\bshot\s+at\b", re.I)),
]  # fmt: skip
# tried after the lexicon's: a crime with a weapon is the incident when nothing worse is told
# (category "other": the contract has no category for crime short of an attack)
INCIDENT_TYPES_AFTER: list[tuple[str, str, re.Pattern[str]]] = [
    ("homicide", "other", compiled(r"\b(?:homicides?|murder(?:ed|s)?|attempted\s+murder)\b", re.I)),
    ("robbery", "other", compiled(
        r"\b(?:at\s+(?:gun|knife)point|armed\s+robber(?:y|ies|s)?|robber(?:y|ies|s)|robbed|held\s+up|carjack\w*"
        r"|home\s+invasions?|invaded)\b", re.I)),
    ("threat", "other", compiled(
        r"\b(?:pulled\s+(?:out\s+)?an?\s+(?:gun|handgun|knife|pistol|rifle)|threatened\s+[^.;]{0,40}\bwith\s+an?\s+"
        r"(?:gun|handgun|knife|pistol|rifle)|brandish\w*|pointed\s+an?\s+(?:gun|handgun|rifle|weapon)|pointing\s+an?\s+"
        r"(?:gun|handgun|rifle|weapon)|pistol[- ]whipp\w*|armed\s+(?:man|men|woman|suspects?|with)|standoff"
        r"|fir(?:ed|ing)\s+at|fir(?:ed|ing)\s+an?\s+(?:gun|handgun|weapon|rifle|shotgun))\b", re.I)),
    # people seized and held
    ("kidnapping", "other", compiled(
        r"\b(?:kidnap\w*|abduct\w*|(?:took|taken|holding|held)\s+(?:\d+\s+|\w+\s+){0,2}?hostages?)\b", re.I)),
    ("theft", "other", compiled(r"\b(?:burglar(?:y|ies|ized)|stolen|stole|theft|thefts)\b", re.I)),
]  # fmt: skip
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


# the whole table in the order it is tried
ALL_INCIDENT_TYPES = INCIDENT_TYPES_BEFORE + INCIDENT_TYPES + INCIDENT_TYPES_AFTER
# the same patterns for lower-cased text, each run only from where one of its words first occurs
LOWER_INCIDENT_TYPES = [(t, c, Prefiltered(lower_pattern(p.pattern))) for t, c, p in ALL_INCIDENT_TYPES]

# page furniture: a line that is only one of these is part of the page, not of the story
# (ingest removes it as boilerplate; a photo credit and a "Sign up for …" line are matched there)
FURNITURE_PHRASES = (
    "story continues below advertisement",
    "advertisement",
    "buy photo",
    "listen to this article",
    "listen to this story",
    "skip ad",
)

# ---------------------------------------------------------------- category triggers
# The words that show a category is what the article says, defined once: the checker asks for
# one near a figure (its category) or anywhere in the article (the incident's). Inflected forms
# are listed: they are matched as whole words, case-folded. A word with a common sense outside
# the category ("the bill passed", "fighting broke out", "critics", "in March", "opened an
# inquiry") is listed only in the phrase that fixes its sense, matched as words in a row ("#" in a
# phrase stands for a number).

FIGURE_TRIGGERS: dict[str, frozenset[str]] = {
    "killed": frozenset({
        "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "slain",
        "fatally", "mortally", "fatal", "deaths", "death", "fatalities", "fatality", "murdered", "murder",
        "lifeless", "deceased", "perished", "bodies", "body", "toll", "executed",
        "passed away", "passes away", "pass away", "passing away",
        "lost their lives", "lost his life", "lost her life", "lives lost", "lives were lost",
        "claimed the lives", "claimed the life", "took the lives", "took the life", "taken the lives",
        "taken the life",
        # lives counted ("#": a number): "claimed 17 lives"; not "lives" alone ("whose lives changed")
        "claimed # lives", "claiming # lives", "claims # lives", "took # lives", "taken # lives",
        "taking # lives", "takes # lives", "cost # lives", "costing # lives", "costs # lives",
        # deaths by water, current or lack of air
        "drowned", "drowning", "drowns", "electrocuted", "suffocated", "asphyxiated",
    }),
    "injured": frozenset({
        "injured", "injuring", "injuries", "injury", "wounded", "wounding", "wounds", "hurt",
        "hospitalized", "hospitalised", "hospital", "casualties", "critical condition", "treated",
        # a hospital by another name: "taken to Carlow Medical Center", "flown to a trauma centre"
        "medical center", "medical centre", "trauma center", "trauma centre",
        # a person shot, struck or grazed and not said to be dead is wounded (the offline model reads so)
        "shot", "hit", "struck", "grazed", "gunshot", "condition", "stable", "injures",
        # "the shooting of a teenager" not said to be fatal, and the verb after a preposition,
        # which takes the person shot as its object ("killed himself after shooting his wife");
        # not "shooting" alone, the noun a story of the dead uses as much
        "shooting of", "shootings of", "after shooting", "before shooting", "while shooting", "by shooting",
        "with shooting", "for shooting", "of shooting",
        # "is expected to recover": the offline model counts the person as injured
        "recover", "recovering",
        "fighting for his life", "fighting for her life", "fighting for their lives", "fighting for their life",
        "fighting for life",
        # a blow with the gun itself: "pistol-whipped the clerk" (hyphenated, its stem is "pistol")
        "whipped", "whipping", "pistol-whipped", "pistol-whipping",
        # the sick of a poisoning or a leak: "left 100 villagers ill"
        "ill", "sickened", "sickening", "burns", "treatment"
    }),
    "missing": frozenset({
        "missing", "unaccounted", "disappeared", "vanished"
    }),
    "arrested": frozenset({
        "arrested", "arrest", "arrests", "detained", "detention", "detentions", "apprehended",
        "jailed", "custody", "charged", "booked", "captured"
    }),
    "displaced": frozenset({
        "displaced", "evacuated", "evacuation", "fled", "homeless", "evacuees", "refugees", "flee",
        # "displace about 40,000", "forcing about 40,000 from their homes"
        "displace", "displaces", "displacing", "homes"
    }),
    "intercepted": frozenset({
        "intercepted", "intercept", "intercepts", "interception", "interceptions", "downed", "brought down",
        "neutralized", "neutralised", "destroyed", "shot", "repelled", "suppressed", "thwarted",
        "repulsed", "eliminated"
    }),
    "launched": frozenset({
        "launched", "launch", "fired", "unleashed", "sent", "attacked", "attack", "attacks"
    }),
    "damaged": frozenset({
        "damaged", "damage", "destroyed", "razed", "burned", "flattened", "collapsed", "hit"
    }),
}  # fmt: skip

INCIDENT_TRIGGERS: dict[str, frozenset[str]] = {
    "air_drone_strike": frozenset({
        "drone", "drones", "uav", "uavs", "shahed", "shaheds", "airstrike", "airstrikes", "air strike",
        "air strikes", "air raid", "air raids", "air attack", "air attacks", "aerial", "strike", "strikes", "bombing", "bombed", "warplanes", "aircraft"
    }),
    "shelling_missile": frozenset({
        "missile", "missiles", "rocket", "rockets", "shelling", "shelled", "shell", "shells",
        "artillery", "mortar", "mortars", "barrage", "projectile", "projectiles"
    }),
    "armed_clash": frozenset({
        "clash", "clashes", "clashed", "firefight", "fighting", "battle", "battles", "ambush",
        "ambushed"
    }),
    "attack": frozenset({
        "attack", "attacks", "attacked", "assault", "assaulted", "raid", "raided", "stabbing", "shot",
        "shooting", "dead", "died", "death", "victim",
        "stabbed", "killed", "wounded", "injured", "murdered", "beaten"
    }),
    "shooting": frozenset({
        "shooting", "shootings", "shot", "shots", "gunfire", "gunman", "gunmen", "gunshot",
        "gunshots", "shooter", "fired", "opened fire", "firearm", "gun", "guns", "rifle", "handgun"
    }),
    "explosion": frozenset({
        "explosion", "explosions", "blast", "blasts", "exploded", "bombing", "bomb", "detonated"
    }),
    "protest": frozenset({
        "protest", "protests", "protesters", "protested", "demonstration", "demonstrations",
        "demonstrators", "rally", "rallies", "strike", "walkout"
        # no form of "march": a stem of it is the month's; the protest pattern finds "the march"
    }),
    "riot": frozenset({
        "riot", "riots", "rioting", "rioters", "looting", "unrest"
    }),
    "arrest": frozenset({
        "arrest", "arrested", "arrests", "detained", "custody", "apprehended", "charged"
    }),
    "accident": frozenset({
        "accident", "crash", "crashed", "crashes", "collision", "collided", "derailed", "fire",
        "blaze", "burned", "capsized", "overturned", "aground", "struck", "collapse", "collapsed",
        "pile-up", "pileup", "leak", "spill"
    }),
    "disaster": frozenset({
        "earthquake", "flood", "floods", "flooding", "wildfire", "hurricane", "storm", "tornado",
        "landslide", "tsunami", "cyclone", "typhoon", "heatwave", "heat wave",
        "extreme heat", "record heat", "heatstroke", "heat stroke", "blizzard", "drought",
        "avalanche", "eruption", "bushfire"
    }),
}  # fmt: skip

# Words a summary uses to speak of claims and their standing rather than of the events: they
# need not occur in the article ("the claim is not confirmed", "according to", "including").
SUMMARY_GLUE = frozenset({
    "claim", "claims", "claimed", "unverified", "disputed", "dispute", "confirmed", "confirm",
    "verified", "independently", "according", "including", "reportedly", "allegedly", "source",
    "sources", "statement", "report", "reports", "reported", "says", "said", "say", "told", "tells",
    "adds", "added", "denied", "denies"
})  # fmt: skip

# ---------------------------------------------------------------- the kind of a report
# What an attribution reports, decided from its cue and its type alone, for any model:
# "speech", said or written (a verb of saying, "according to", a colon, and any words in quote
# marks); "belief" (a verb of cognition: believe, expect, fear, know); "evidence" (a verb of
# evidence, or seem / appear: a report finds, a poll shows); "stance", what a source wants,
# plans, backs or attacks (a stance verb, or a noun of intention or stance: a plan to, an effort
# to). A cue of two classes takes the first of speech, belief, evidence, stance ("urged",
# "promised", "described" were said); a cue of none (an unlisted noun, a colon) is speech, the
# sense every attribution has at least. A verb of saying after a modal of future or possibility
# ("will argue", "may respond", "won't say") reports no statement made but a position its source
# is expected to take: a stance. ("would" and "can" stay: "would later say" and "can confirm"
# tell of statements made.)
SEEM_FORMS = frozenset(inflect("seem") + inflect("appear"))
SPEECH_NOUNS = frozenset({
    "statement", "statements", "remarks", "comments", "interview", "interviews", "speech",
    "speeches", "testimony", "announcement", "announcements", "letter", "message", "email",
    "release", "words", "assurance", "assurances", "request", "requests", "allegation",
    "allegations", "accusation", "accusations", "admission", "denial", "warning", "warnings",
    "explanation", "argument", "arguments", "threat", "threats",
    "according to",  # the phrase, whatever follows it
})  # fmt: skip
BELIEF_NOUNS = frozenset({
    "belief", "beliefs", "opinion", "opinions", "expectation", "expectations",
    "concern", "concerns", "assumption", "suspicion", "conviction", "impression", "perception",
    "suspicions", "theory", "theories",
})  # fmt: skip
EVIDENCE_NOUNS = frozenset({"evidence", "findings", "data", "study", "analysis", "survey", "results"})
# documents that bear out what follows them, named in a frame before a clause ("In this poll, …":
# the `evidential_frame` pattern)
EVIDENCE_DOCUMENTS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
                                "analysis", "census", "audit", "findings", "data", "ranking", "rankings"})  # fmt: skip
STANCE_NOUNS = frozenset({
    "effort", "efforts", "decision", "decisions", "commitment", "commitments", "attempt",
    "attempts", "bid", "proposal", "proposals", "intention", "intentions", "intent", "goal",
    "goals", "campaign", "refusal", "willingness", "readiness", "determination", "desire",
    "wish", "agreement", "opposition", "move", "ambition", "vote", "votes", "disdain",
})  # fmt: skip
# acts by which a body makes its position binding ("the court overturned the ruling", "the
# governor vetoed the credit"): a stance on their object, no statement
ACT_VERBS = ("overturn", "overrule", "repeal", "sponsor", "co-sponsor", "authorize", "authorise", "veto")
_KIND_OF: dict[str, ReportKind] = {
    **{f: "stance" for f in (*STANCE_FORMS, *STANCE_NOUNS, *ATTITUDE_FORMS, *ATTITUDE_ADJECTIVES, *PARTISAN_NOUNS)},
    **{f: "stance" for lemma in ACT_VERBS for f in inflect(lemma)},
    **{f: "evidence" for f in (*EVIDENCE_FORMS, *SEEM_FORMS, *EVIDENCE_NOUNS)},
    **{f: "belief" for f in (*COGNITION_FORMS, *BELIEF_NOUNS)},
    **{f: "speech" for f in (*SPEECH_FORMS, *SPEECH_NOUNS)},
    # the binding directive ("ordered the board to reconsider", "ordered him to drop the gun"):
    # what must be done, as the acts above are
    **{f: "stance" for f in inflect("order")},
}  # later classes win: a form in two classes is read as the first of speech, belief, evidence
# verbs of setting out whose object is a noun phrase, a plan, terms or a case, no statement
# ("laid out her plan", "outlined the proposal", "detailed the costs"): a position shown, as a
# stance; with a clause of how or what ("detailed how she was turned away") they tell, as speech
_SETTING_OUT = frozenset(f for lemma in ("lay out", "outline", "detail") for f in inflect(lemma))
_WH_OPENERS = frozenset({"how", "what", "why", "where", "when", "who", "whom", "which", "whether"})
# "could" is also the past of "can" ("could only say that …"), which stays speech, as "would" does
_PROSPECTIVE_MODALS = frozenset({"will", "won't", "won’t", "may", "might", "should", "shall"})
# what closes a cue whose content is a topic, not what was said ("complained about", "spoke of",
# "commented on", "accused the mayor of")
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})
_KIND_RANK: dict[ReportKind, int] = {"speech": 0, "belief": 1, "evidence": 2, "stance": 3}
_KIND_WORDS = max(len(f.split()) for f in _KIND_OF)  # the longest form, in words


def report_kind(cue: str | None, quote_type: str, content: str | None = None) -> ReportKind:
    """What an attribution reports (see the table above): words in quote marks ("direct",
    "mixed") were said or written; otherwise the classes of the cue's words and word runs
    ("has long been pushing for": "pushing for", stance), speech by default, and a stance when
    a modal of future or possibility opens a cue of saying ("will argue"; not "may have told").
    A verb of setting out ("outlined", "laid out") is a stance on a noun phrase it sets out,
    speech on a clause of how or what (``content``'s first word; none given: a noun phrase)."""
    if quote_type != "indirect" or not cue:
        return "speech"
    kind = _cue_kind(cue)
    words = cue.lower().split()
    if kind == "speech" and _sets_out(words) and not _opens_with_wh(content):
        return "stance"  # "laid out her plan"; not "detailed how she was turned away"
    if kind == "speech" and words[-1] in _TOPIC_PREPOSITIONS and len(words) > 1:
        # a topic ("complained about the fees", "warned of delays", "allegations of fraud"):
        # what was spoken of, no statement, after a verb or a noun alike
        return "stance"
    if kind == "speech" and any(
        w in _PROSPECTIVE_MODALS and words[i + 1 : i + 2] != ["have"] for i, w in enumerate(words)
    ):
        return "stance"  # not "may have told": a statement perhaps made
    if kind == "speech" and words[-1] in _ANSWER_FORMS and not _NEGATIONS.isdisjoint(words):
        return "stance"  # "did not respond to a request": a refusal to speak, as "declined to comment"
    return kind


# a verb of answering, and the words that negate a verb group: "has not responded", "never replied"
_ANSWER_FORMS = frozenset({"respond", "responds", "responded", "reply", "replies", "replied", "answer", "answered"})
_NEGATIONS = frozenset({"not", "never", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "doesn't",
                        "didn’t", "hasn’t", "haven’t", "hadn’t", "won’t", "wouldn’t", "doesn’t", "cannot"})  # fmt: skip


def _opens_with_wh(content: str | None) -> bool:
    """Does the content open with a word of how or what ("how she was turned away")?"""
    first = (content or "").split(None, 1)[:1]
    return bool(first) and first[0].lower() in _WH_OPENERS


def _sets_out(words: list[str]) -> bool:
    """Does the cue hold a verb of setting out ("outlined", "laid out")?"""
    return any(w in _SETTING_OUT or " ".join(words[i : i + 2]) in _SETTING_OUT for i, w in enumerate(words))


@lru_cache(maxsize=4096)  # cues of arbitrary input: the cache stays small
def _cue_kind(cue: str) -> ReportKind:
    """The highest-ranked class of the cue's words and word runs, speech when none has one."""
    words = cue.lower().split()
    best: ReportKind = "speech"
    rank = len(_KIND_RANK)
    for n in range(1, min(_KIND_WORDS, len(words)) + 1):
        for i in range(len(words) - n + 1):
            found = _KIND_OF.get(" ".join(words[i : i + n]) if n > 1 else words[i])
            if found is not None and _KIND_RANK[found] < rank:
                best, rank = found, _KIND_RANK[found]
    return best
