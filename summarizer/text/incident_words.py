"""Word lists of incidents and their figures: verbs that report a toll, nouns that count people,
words of harm, care and weapons, and page furniture (the incident types are in incident_types.py,
the trigger words of each category in category_triggers.py).
"""

from __future__ import annotations

import re

from summarizer.text.regex import compiled

# ---------------------------------------------------------------- figures and incidents

FIGURE_VERBS: dict[str, str] = {}
for _cat, _verbs in {
    "killed": "killed dead died die dies slain fatally mortally deaths death fatalities fatality "
    "murdered lifeless deceased perished bodies lynched",
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
# what a number right after a verb of harm counts when it counts no people: the shots ("shot three
# times"), or the time since ("shot two weeks ago", "killed two years ago")
NOT_PEOPLE_COUNTED = r"(?:more\s+)?(?:times|rounds|shots|bullets|seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b"
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
    # people at work where a shooting happens: "two waiters were shot"
    "cooks", "chefs", "waiters", "waitresses", "bartenders", "bouncers", "barbers", "janitors", "mechanics",
    "vendors", "attendants", "couriers",
}  # fmt: skip

# people named by their trade, by what they were doing or by their stage of life, one each ("a jogger
# was struck", "a retiree died"; text/implicit_counts.VICTIM_NOUNS). Left out: words that also name things or
# places ("diner", "fan", "pilot", "runner", "player", "cleaner", "porter", "carrier", "conductor",
# "logger", "trainer") and adjectives ("senior"); "copilot" and "crew member" name only people
PEOPLE_BY_WHAT_THEY_DO = (
    # trades and callings
    "farmer", "fisherman", "miner", "trader", "merchant", "shopkeeper", "storekeeper", "jeweler", "jeweller",
    "butcher", "baker", "grocer", "tailor", "pharmacist", "dentist", "surgeon", "lawyer", "journalist",
    "reporter", "photographer", "paramedic", "medic", "technician", "electrician", "plumber", "carpenter",
    "contractor", "laborer", "labourer", "builder", "gardener", "landscaper", "housekeeper", "nanny",
    "babysitter", "caretaker", "caregiver", "cabbie", "trucker", "dispatcher", "sailor", "lifeguard", "ranger",
    "banker", "landlord", "landlady", "priest", "imam", "rabbi", "monk", "nun", "volunteer", "musician",
    "hairdresser", "salesman", "saleswoman", "coworker", "colleague", "roofer", "welder", "ironworker",
    "bricklayer", "machinist", "lineman", "mailman", "postman", "copilot", "crewman", "crew member", "deckhand",
    # what they were doing, where they were
    "jogger", "swimmer", "skier", "surfer", "climber", "motorcyclist", "biker", "skateboarder", "golfer",
    "angler", "boater", "kayaker", "trekker", "mountaineer", "hitchhiker", "commuter", "tourist", "traveler",
    "traveller", "sightseer", "spectator", "guest", "visitor", "worshipper", "worshiper", "churchgoer",
    "concertgoer", "partygoer", "beachgoer", "reveler", "reveller", "mourner", "protester", "demonstrator",
    "marcher", "migrant", "refugee", "pilgrim", "occupant",
    # stage of life
    "retiree", "pensioner", "newborn", "preschooler", "kindergartner", "schoolboy", "schoolgirl", "adolescent",
    "youngster", "twin", "triplet", "widow", "widower", "orphan", "septuagenarian", "octogenarian",
    "nonagenarian", "centenarian",
)  # fmt: skip

# nouns that count people by what is lost or found of them: "claimed 17 lives", "two bodies were
# recovered" (told as people: "17 people were killed")
PEOPLE_COUNTED_BY = frozenset({"lives", "bodies"})

# people at a place they do not live (a plane, a school, a shop, a stadium): evacuated from it,
# they are moved out of danger, not driven from their homes
OCCUPANT_NOUNS = frozenset({
    "passengers", "crew", "pupils", "students", "staff", "workers", "employees", "shoppers", "customers",
    "guests", "visitors", "spectators", "fans", "patients", "tourists", "commuters", "diners", "worshippers",
})  # fmt: skip

# nouns of a group told with its size after "of": "a staff of 40", "a crew of 12", "a family of five"
# (the number is how many the group holds, whatever befalls it)
SIZED_GROUP_NOUNS = frozenset({
    "staff", "crew", "team", "class", "group", "party", "family", "household", "workforce", "squad",
    "unit", "troupe", "delegation", "choir", "cast", "congregation",
})  # fmt: skip

# illnesses, and an illness's care: what a person recovers from or is taken to hospital for that is
# no harm done to the body by an event
_ILLNESS = (
    r"illness(?:es)?|diseases?|sickness|cancer|flu|influenza|pneumonia|covid|coronavirus|virus|infections?|strokes?"
    r"|heart\s+attacks?|addictions?|depression|mental\s+health|psychiatric\s+(?:care|treatment|evaluation)"
    r"|exhaustion|dehydration"
)
# what one recovers from that is no harm done to the body: an illness or a setback ("recovering from
# pneumonia", "from mental health issues", "from the recession"); put after "recovering", which
# otherwise tells of a person hurt
NOT_RECOVERING_FROM_HARM = (
    rf"(?!\s+from\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ILLNESS}|issues|problems|recessions?|crisis|crises|downturn|slump"
    r"|defeats?|loss|losses|scandals?|setbacks?|pandemic)\b)"
)
# the nouns of a harm done to the body, as a person suffers, sustains or is treated for one: "a
# wound", "serious injuries", "a minor burn to his hand", "a deep cut", "a fracture", "lacerations",
# "bruises", "a concussion", "a broken leg", "a fractured wrist"; not a "burn-out", nor a "pay cut"
# or "budget cuts" (a money word before "cut"), nor "a broken promise" (a body part after "broken")
BODY_PARTS = (
    r"(?:arms?|legs?|hands?|wrists?|ankles?|feet|foot|knees?|hips?|ribs?|backs?|necks?|noses?|jaws?|skulls?"
    r"|pelvis|collarbones?|shoulders?|elbows?|fingers?|toes?|bones?|cheekbones?|spine|eye\s+sockets?)"
)
INJURY_NOUNS = (
    r"(?:(?:gunshot|bullet|stab|knife|shrapnel)\s+)?(?:wounds?|injur(?:y|ies)|fractures?|lacerations?"
    r"|bruis(?:es?|ing)|concussions?|(?:burns?|cuts?)(?![-'’]))"
    rf"|(?:broken|fractured|shattered|dislocated)\s+(?:[\w-]+\s+)?{BODY_PARTS}"
)
# up to two words before an injury noun, none of them the money or power words that make a "cut"
# or a "burn" no harm: "a minor burn", "a deep cut", "a knee injury" (not "a pay cut")
INJURY_MODIFIERS = (
    r"(?:(?!(?:pay|budget|funding|job|wage|salary|price|tax|rate|power|service|spending|staff)\b)[\w-]+\s+){0,2}?"
)
# an injury noun taken by a verb of undergoing: "suffered a minor burn", "sustained a broken leg",
# "received serious injuries"
SUFFERED_INJURY = (
    # (or left with it, in British usage: "a man was left with life-threatening injuries")
    r"(?:suffered|sustained|received|(?:(?:was|were|has\s+been|have\s+been)\s+)?left\s+with)\s+(?:an?\s+|one\s+|two\s+|multiple\s+|several\s+|some\s+)?"
    + INJURY_MODIFIERS
    + rf"(?:{INJURY_NOUNS})\b"
)

# the nouns of a hospital ("a trauma center", "Lakeview Medical Centre"): where the hurt are taken
HOSPITAL_NOUNS = r"hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)"
# the verbs that carry a hurt person to care, as participles: "was taken to a hospital", "rushed to
# St. Mary's", "flown by helicopter to a trauma center", "airlifted", "driven", "brought", "carried";
# one class for every reader of people conveyed there (the counts readers in rules/, and MOVED_TO
# below), as a pattern in CONVEYED
CONVEYED_TO_CARE = ("taken", "rushed", "transported", "airlifted", "flown", "driven", "brought", "carried")
CONVEYED = rf"(?:{'|'.join(CONVEYED_TO_CARE)})"
# the class with a hospital's own verbs of taking someone in, for readers of a count's care ("two
# of whom were admitted to a hospital", "three were sent to the hospital")
CONVEYED_OR_ADMITTED_TO_CARE = (*CONVEYED_TO_CARE, "sent", "admitted")
CONVEYED_OR_ADMITTED = rf"(?:{'|'.join(CONVEYED_OR_ADMITTED_TO_CARE)})"
# the care class where it must be a passive participle: "carried" only after its auxiliary ("was
# carried by neighbours to"), as its active past moves things more often than the hurt ("the
# current carried the boat to Port Elm"); fixed-width look-behinds
_CONVEYED_PASSIVE = "|".join(
    [*(v for v in CONVEYED_TO_CARE if v != "carried"), r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))carried"]
)
# where someone is taken or dies afterwards (a hospital, a jail) is not the incident's place: "was
# taken to Harborview", "rushed by ambulance to Mercy General", "died at Merriton General"; the care
# class, and "transferred", which also moves someone between jails ("transferred to the county jail")
MOVED_TO = (
    rf"\b(?:(?:{_CONVEYED_PASSIVE}|transferred)\s+(?:[a-z]+\s+){{0,3}}?to"
    r"|(?:died|pronounced\s+dead)\s+(?:[a-z]+\s+){0,2}?at)"
)
# the state a patient is listed in, any grade of it: "in critical condition", "in a stable condition"
# (British usage), "in serious but stable condition", "in guarded condition", "in good condition";
# CONDITION_GRADES is the grade and "condition" alone, for patterns whose match starts after "in"
CONDITION_GRADES = r"(?:critical|serious|stable|grave|guarded|fair|good|satisfactory)(?:\s+but\s+stable)?\s+condition"
IN_CONDITION = rf"in\s+(?:a\s+)?{CONDITION_GRADES}"
# a stay in hospital that tells a person hurt: not for an illness ("hospitalized with pneumonia",
# "for depression") nor a committal ("involuntarily hospitalized")
HOSPITALIZED = rf"(?<!involuntarily\s)hospitali[sz]ed(?!\s+(?:for|with)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ILLNESS})\b)"

# who treated someone, told beside where: "treated by paramedics", "by ambulance crews", "by the
# hospital's staff" (a care agent, not a perpetrator: "treated by a neighbour" is no care)
_TREATED_BY = (
    r"(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:paramedics|medics|emts|crews?|staff|doctors|firefighters)\s+)?"
)

# where or when someone was treated and by whom, told between "treated" and what for: "treated at
# the scene for cuts", "treated in an ambulance for burns", "treated later for a broken arm",
# "treated by paramedics at the scene for minor injuries", "treated there by medics for shock"
# (put before "for")
TREATED_WHERE = (
    _TREATED_BY
    + r"(?:(?:(?:at|on|in|inside)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+|there|later|overnight|briefly)\s+)?"
    + _TREATED_BY
)

# treated, then let go: a harm's care, as "treated for a wound" is ("treated and released", "treated
# at the scene and released", "treated on site by paramedics and released"; put after "treated");
# not a release into custody ("treated and released into police custody", "… released to deputies")
TREATED_AND_RELEASED = (
    TREATED_WHERE + r"and\s+(?:later\s+)?released(?!\s+(?:in)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:custody|police|jail|deputies|officers|authorities|detectives)\b)"
)

# hurt by what a shot broke, not by the shot: "was injured by flying glass", "hurt by debris" (put
# after the verb of harm)
NOT_BY_SHARDS = r"(?!\s+by\s+(?:flying\s+|broken\s+)?(?:glass|debris)\b)"

# the adjectives and adverbs "dead" intensifies ("dead tired", "dead serious", "dead set against"): no death
DEAD_INTENSIFIED = frozenset({
    "tired", "serious", "wrong", "right", "set", "last", "even", "certain", "sure", "broke", "drunk", "asleep",
    "ahead", "center", "centre", "quiet", "silent", "still", "straight", "calm", "level",
})  # fmt: skip
# after "dead": the lookahead that leaves out the intensifier
NOT_DEAD_INTENSIFIER = rf"(?!\s+(?:{'|'.join(sorted(DEAD_INTENSIFIED))})\b)"

# the verbs of a harm only meant, threatened or tried, as stems before "to" and the harm's infinitive
# ("threatened to kill", "tried to shoot", "vowed to beat", "hired a gunman to shoot"): one class for
# the people who meant it (rules/figure_context) and the people it was meant for (rules/written_counts)
INTENT_VERBS = (
    r"threat(?:en)?|vow|tr(?:y|ie)|plann?|attempt|promis|plott?|conspir|intend|hop|swe?ar|swore|ordered"
    r"|hired|paid|asked|urged|sought|seek|offer|agree|decid|set\s+out"
)
# the verbs of harm as infinitives after "to", what such a verb of intent meant ("threatened to stab",
# "begged him not to hurt …"): one class for both readers of INTENT_VERBS
HARM_INFINITIVES = r"kill|shoot|stab|beat|murder|hurt|harm|injure|wound|strangle|choke|burn|attack|bomb|run\s+over"
# a death that nearly came did not ("nearly died", "was almost killed"): the degree adverb right
# before the verb of death (compiled, and as a lookbehind), and the -ly adverb slot of a death that
# came ("was fatally shot", "later died") that takes any but "nearly"
NEAR_DEGREES = ("nearly", "almost")
NEARLY_BEFORE = compiled(rf"\b(?:{'|'.join(NEAR_DEGREES)})\s+$", re.I)
NOT_NEARLY = "".join(rf"(?<!{degree}\s)" for degree in NEAR_DEGREES)
# and the degree adverbs before "to death" that leave it short of one: "beat him nearly to death",
# "scared half to death"
SHORT_OF_DEATH = (*NEAR_DEGREES, "half")
LY_NOT_NEARLY = r"(?!nearly\b)\w+ly"
# a death of wounds: "succumbed to his injuries", "later succumbed"; not a yielding to anything else
# ("succumbed to pressure", "succumbed to temptation")
# a killing by gunfire told as a phrasal verb, past or participle: "two men were gunned down",
# "gunmen gunned down 12 villagers", "…, gunning down a guard"
GUNNED_DOWN = r"gunn(?:ed|ing)\s+down"
# people taken captive, the object of their own verb after a harm's, as people rescued are:
# "gunmen killed five villagers and abducted 20 others" (taken, not killed: rules/written_counts)
TAKEN_CAPTIVE = r"(?:abduct|kidnapp?)(?:ed|ing|s)?"
# a death told in the idioms of Indian, Pakistani and African news English: "he breathed his last
# on the way to hospital", "two constables were martyred" (a death in the line of duty or by an
# attack, as the press there reports it; never figurative of a living person in a news report)
DIED_IDIOMS = r"(?:breathed|breathes|breathing)\s+(?:his|her|their)\s+last\b|martyred"
SUCCUMBED = r"succumbed(?!\s+to\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:wounds?|injur(?:y|ies))\b))"
# a bodily harm that "to death" makes a killing, as the person's passive or a reduced relative:
# "was beaten to death", "a man crushed to death", "were burned to death"; a feeling "to death"
# only exaggerates ("bored to death", "scared to death": FEELINGS_TO_DEATH), and takes none of these
HARMED_VERBS = (
    r"(?:shot|stabbed|beaten|bludgeoned|battered|clubbed|kicked|stomped|stoned|pummell?ed|hacked|knifed|slashed"
    r"|strangled|choked|smothered|crushed|trampled|mauled|burned|burnt|scalded|frozen|starved|tortured|hanged"
    r"|dragged)"
)
HARMED_TO_DEATH = rf"{HARMED_VERBS}\s+to\s+death\b"
# who deals a beating as an agent: the police and the people nouns ("beaten by police", "by two
# men", "by a mob"), not a team or a rival in a game ("beaten by the Tigers", "by a late goal")
_BEATERS = (
    r"police|officers?|deputies|deputy|troopers?|guards?|soldiers?|agents?|men|man|women|woman|mob|gang|group"
    r"|attackers?|assailants?|robbers?|intruders?|suspects?|teens?|teenagers?|youths?|inmates?|strangers?|protesters?"
    # the people of a home or a shop, who beat one there: "beaten by her husband", "by the store owner",
    # "the suspect, beaten by the victim, fled"
    r"|husband|wife|(?:boy|girl)friend|partner|(?:step)?(?:father|mother)|sons?|brothers?|neighbou?rs?|owners?|victims?"
    r"|customers?|clerks?"
)
# the contests one is beaten in, a defeat
_CONTESTS = (
    r"(?:race|election|vote|polls?|primary|runoff|final|semi-?final|match|game|contest|tournament|round|bout|chess)\b"
)
# a beating told by its degree or its result, a hurt: "was badly beaten", "were beaten up", "beaten
# unconscious" (not "beaten in the final", a defeat; "beaten to death" is a death); or by its agent,
# a person: "was beaten by police", "beaten by two men"; and a harm "to death" that did not come:
# "was nearly beaten to death" lived, hurt
BEATEN_HURT = (
    r"(?:(?:badly|severely|brutally|savagely|viciously)\s+beaten|beaten\s+(?:up|unconscious|senseless)"
    rf"|beaten\s+by\s+(?:(?:an?|the|his|her|their|two|three|four|five|several|a\s+group\s+of)\s+)?(?:[\w-]+\s+)?(?:{_BEATERS})\b"
    # (not a defeat in a contest: "was beaten by a woman in the race")
    rf"(?!\s+(?:in|at)\s+(?:the|an?|this|last|their|his|her)\s+(?:[\w-]+\s+)?{_CONTESTS}))"
    r"(?!\s+to\s+death)"
    rf"|(?:{'|'.join(NEAR_DEGREES)})\s+{HARMED_TO_DEATH}"
    # or the degree adverb after the participle: "was beaten almost to death", "stabbed half to death"
    rf"|{HARMED_VERBS}\s+(?:{'|'.join(SHORT_OF_DEATH)})\s+to\s+death\b"
)
# "drown" with an object is no death of its subject: a sound ("the crowd drowned out the
# speaker", "drowning out the band") or a possessed thing ("he drowned his sorrows")
NOT_DROWNED_OUT = r"(?!\s+(?:out|his|her|their|its|my|our|your)\b)"
# the same death as the person's own verb, no agent: "a boy drowned", "two men froze to death",
# "she bled to death" (not "drowned out" a sound; a feeling's "to death" is none of these)
DIED_TO_DEATH = rf"(?:drowned{NOT_DROWNED_OUT}|(?:burned|burnt|froze|starved|bled|choked)\s+to\s+death\b)"
# a person's death as their own verb, in every reader of one: "died", "passed away", "succumbed to
# his wounds", "bled to death", "breathed his last" (the tense forms around it are each reader's)
DIED_VERB = rf"(?:died|passed\s+away|{SUCCUMBED}|{DIED_TO_DEATH}|{DIED_IDIOMS})"
# the feelings "to death" exaggerates, no death: "bored to death", "scared to death", "tickled to death"
FEELINGS_TO_DEATH = frozenset({
    "bored", "scared", "frightened", "terrified", "worried", "tickled", "thrilled", "sick", "tired", "loved",
    "annoyed", "teased", "freaked",
})  # fmt: skip
# a death told as what the person did not get through: "and did not survive", "but didn't make it"
# (not "did not survive the vote", "didn't make it to the game"; "did not survive the night" is a death)
# "make it" is the death only where it ends its clause (a stop, a conjunction, "police said") or
# goes on "through" something, "out alive" or "out of surgery": not a goal ("to the clinic", "past the gate", "onto
# the bus", "home") nor what is made so ("didn't make it clear", "did not make it a priority")
NOT_MAKE_IT = (
    r"(?:did\s+not|didn['’]t)\s+make\s+it\b"
    r"(?=\s*(?:[.,;:!?)\"”—–-]|\Z)|\s+(?:and|but|after|despite|though|although|because|when|either|through|out\s+(?:alive|of\s+surgery))\b"
    r"|\s+(?:[A-Z]\w*\s+)?(?:police|officials|authorities|officers|deputies|doctors|family)\s+(?:said|say|says)\b)"
)
DID_NOT_SURVIVE = (
    r"(?:(?:did\s+not|didn['’]t)\s+survive(?!\s+(?:the|an?|his|her|its|their)\b"
    r"(?!\s+(?:night|attack|shooting|stabbing|crash|blast|explosion|fire|fall|injur(?:y|ies)|wounds?"
    # or the care given for it: "did not survive the surgery"
    r"|surgery|operation)\b))"
    rf"|{NOT_MAKE_IT})"
)

# a sentence served or being served: the crime after "for" or "of" is a past case's, not this story's
# harm ("on parole for shooting two men", "after serving time for killing another man")
SENTENCE_NOUNS = ("time", "years", "months", "sentence", "parole", "probation", "prison", "jail")
# before a preposition: the lookbehinds that leave out a sentence's crime
NOT_AFTER_SENTENCE = "".join(f"(?<!{w}\\s)" for w in SENTENCE_NOUNS)

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


# a person told as hurt by a passive participle ("who was shot and wounded", "struck by gunfire"), and
# the words that make it another's word ("who police say was shot"): regular-expression fragments
HURT_PARTICIPLE = (
    r"shot(?:\s+and\s+(?:wounded|injured))?|wounded|injured|stabbed|(?:struck|hit)\s+by\s+(?:a\s+)?(?:bullets?|gunfire)"
)
HEARSAY = r"(?:police|authorities|officials|investigators)\s+(?:say|said)"

# the people named by a place or a thing they hold, run or ride in ("the owner of the store", "the
# driver of the car", "a resident of the building"): one person, the noun after "of" no one harmed
# (rules/victims reads the person)
HOLDER_NOUNS = (
    "owner", "manager", "driver", "passenger", "occupant", "resident", "tenant", "clerk", "employee",
)  # fmt: skip
# the blunt weapons' nouns, one each: the things held or thrown a blow is struck with ("hit with a
# bat", "struck by a bottle"), a person so hit hurt (rules/victim_phrases); the checker's triggers hold
# each after "with" and a WEAPON_MODIFIER
BLUNT_NOUNS = "bat stick rock stone bottle brick hammer pipe club crowbar baton chair fist"
BLUNT_WEAPONS = rf"(?:(?:{'|'.join(BLUNT_NOUNS.split())})s?|rifle\s+butt|(?:hand)?guns?|pistols?|tire\s+iron)\b"
# what may stand between "with" and the weapon: a determiner or possessive, and one modifier or a
# number ("with a metal pipe", "with her fists", "with two bats"), or neither
WEAPON_MODIFIER = r"(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+)?"
# the verbs of a blow, in any form ("beat", "hitting", "struck")
BLOW_VERBS = r"beat(?:ing|s)?|hit(?:ting|s)?|str(?:uck|ikes?|iking)"
# a beating or a blow dealt to the person after it, fixed as one by a blunt weapon or a gun, or by its
# result: "officers beat [a man] with batons", "beat [two guards] unconscious", "struck [a clerk] with
# a handgun" (not "beat the traffic", "beat a man in the final", "struck a deal with a buyer")
BLOW_DEALT = (
    # (or its particle before the person: "three men beat up a student")
    r"beat(?:ing|s)?\s+up(?=\s)|"
    rf"(?:{BLOW_VERBS})(?=\s+(?:[\w'’-]+\s+){{1,3}}?(?:up\b|unconscious\b|senseless\b"
    rf"|with\s+{WEAPON_MODIFIER}{BLUNT_WEAPONS}))"
)

# page furniture: a line that is only one of these is part of the page, not of the story
# (ingest removes it as boilerplate; a photo credit and a "Sign up for …" line are matched there)
FURNITURE_PHRASES = (
    "story continues below advertisement",
    "advertisement",
    "buy photo",
    "listen to this article",
    "listen to this story",
    "skip ad",
    "show caption",
    "hide caption",
    "view gallery",
    "view photo gallery",
    "click to expand",
)
