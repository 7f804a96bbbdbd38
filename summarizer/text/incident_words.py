"""Word lists of incidents and their figures: verbs that report a toll, nouns that count people,
incident types with their trigger patterns, page furniture, and the trigger words of each category.
"""

from __future__ import annotations

import re

from summarizer.text.base import lower_pattern
from summarizer.text.regex import Prefiltered, compiled

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
# was struck", "a retiree died"; text/numbers.VICTIM_NOUNS). Left out: words that also name things or
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
# where someone is taken or dies afterwards (a hospital, a jail) is not the incident's place: "was
# taken to Harborview", "rushed by ambulance to Mercy General", "died at Merriton General"
MOVED_TO = (
    r"\b(?:(?:taken|rushed|transported|flown|airlifted|driven|brought|transferred)\s+(?:[a-z]+\s+){0,3}?to"
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

# a death that nearly came did not ("nearly died", "was almost killed"): the degree adverb right
# before the verb of death (compiled, and as a lookbehind), and the -ly adverb slot of a death that
# came ("was fatally shot", "later died") that takes any but "nearly"
NEARLY_BEFORE = compiled(r"\b(?:nearly|almost)\s+$", re.I)
NOT_NEARLY = r"(?<!nearly\s)(?<!almost\s)"
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
HARMED_TO_DEATH = (
    r"(?:shot|stabbed|beaten|bludgeoned|battered|clubbed|kicked|stomped|stoned|pummell?ed|hacked|knifed|slashed"
    r"|strangled|choked|smothered|crushed|trampled|mauled|burned|burnt|scalded|frozen|starved|tortured|hanged"
    r"|dragged)\s+to\s+death\b"
)
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
    rf"|(?:nearly|almost)\s+{HARMED_TO_DEATH}"
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
        r"|fir(?:ed|ing) (?:\w+ )?(?:shots|rounds|bullets)|opened fire|bullets? (?:struck|hit)|(?:was|were) shot(?! down))\b", re.I)),
    ("stabbing", "attack", compiled(r"\b(?:stabb(?:ing|ed)|knif(?:ed|ing)|knife attack|(?:stab|knife) wounds?)\b", re.I)),
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
    ("attack", "attack", compiled(r"\b(?:attack(?:ed|s)?|assault(?:ed)?(?![- ]style|\s+(?:rifle|weapon)s?\b)|raid(?:ed)?|maul(?:ed|ing)|lynch(?:ed|ing))\b", re.I)),
]  # fmt: skip

# kinds of incident tried before the table above
INCIDENT_TYPES_BEFORE: list[tuple[str, str, re.Pattern[str]]] = [
    # a gun fired at someone, though no one was hit: "fired his weapon at a driver"
    ("shooting", "shooting", compiled(
        r"\bfir(?:ed|ing)\s+(?:his|her|their|a|the|several|multiple)\s+(?:\w+\s+)?(?:weapon|gun|handgun|rifle|pistol|shotgun"
        r"|firearm|service\s+weapon)s?\b|\bshots?\s+rang\s+out\b|\bshot\s+at\b"
        # bullets that hit something, though no one: "bullets tore through the front of a home", "a
        # bullet lodged in the ceiling"
        r"|\bbullets?\s+(?:tore|ripped|pierced|struck|hit|riddled|slammed|smashed|flew|lodged|went\s+(?:through|into))\b", re.I)),
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

# the whole table in the order it is tried
ALL_INCIDENT_TYPES = INCIDENT_TYPES_BEFORE + INCIDENT_TYPES + INCIDENT_TYPES_AFTER
# the same patterns for lower-cased text, each run only from where one of its words first occurs
LOWER_INCIDENT_TYPES = [(t, c, Prefiltered(lower_pattern(p.pattern))) for t, c, p in ALL_INCIDENT_TYPES]

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
_BLUNT_NOUNS = "bat stick rock stone bottle brick hammer pipe club crowbar baton chair fist"
BLUNT_WEAPONS = rf"(?:(?:{'|'.join(_BLUNT_NOUNS.split())})s?|rifle\s+butt|(?:hand)?guns?|pistols?|tire\s+iron)\b"
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
        "lifeless", "deceased", "perished", "bodies", "body", "toll", "executed", "lynched",
        # a killing by gunfire: "was gunned down" (the offline model reads it so)
        "gunned down", "gunning down",
        "passed away", "passes away", "pass away", "passing away",
        # a death of wounds: "later succumbed to his injuries" (the offline model reads it so)
        "succumbed", "succumbs", "succumb", "succumbing",
        # a death told as what the person did not get through: "he did not survive", "didn't make it"
        "did not survive", "didn't survive", "didn’t survive", "did not make it", "didn't make it", "didn’t make it",
        "lost their lives", "lost his life", "lost her life", "lives lost", "lives were lost",
        "claimed the lives", "claimed the life", "took the lives", "took the life", "taken the lives",
        "taken the life",
        # lives counted ("#": a number): "claimed 17 lives"; not "lives" alone ("whose lives changed")
        "claimed # lives", "claiming # lives", "claims # lives", "took # lives", "taken # lives",
        "taking # lives", "takes # lives", "cost # lives", "costing # lives", "costs # lives",
        # deaths by water, current or lack of air
        "drowned", "drowning", "drowns", "electrocuted", "suffocated", "asphyxiated",
        # the idioms of DIED_IDIOMS: "breathed his last", "were martyred"
        "breathed his last", "breathed her last", "breathed their last", "breathes his last", "breathes her last",
        "breathes their last", "breathing his last", "breathing her last", "breathing their last", "martyred",
        # the killer's own death: "then turned the gun on himself", "then took his own life"
        "gun on himself", "gun on herself", "took his own life", "took her own life", "taking his own life",
        "taking her own life", "ended his own life", "ended her own life", "ending his own life", "ending her own life",
    }),
    "injured": frozenset({
        "injured", "injuring", "injuries", "injury", "wounded", "wounding", "wounds", "hurt",
        "hospitalized", "hospitalised", "hospital", "casualties", "critical condition", "treated",
        # a hospital by another name: "taken to Carlow Medical Center", "flown to a trauma centre"
        "medical center", "medical centre", "trauma center", "trauma centre",
        # a person shot, struck, grazed or blasted (in a part of the body) and not said to be dead is
        # wounded (the offline model reads so)
        "shot", "hit", "struck", "grazed", "blasted", "gunshot", "condition", "stable", "injures",
        # and their participles after the gunfire: "opened fire, striking a woman in the leg"
        "hitting", "striking", "grazing", "blasting", "shooting a", "shooting an",
        # people burned: "40 people were burned, several of them badly"
        "burned", "burnt",
        # "the shooting of a teenager" not said to be fatal, and the verb after a preposition,
        # which takes the person shot as its object ("killed himself after shooting his wife");
        # not "shooting" alone, the noun a story of the dead uses as much
        "shooting of", "shootings of", "after shooting", "before shooting", "while shooting", "by shooting",
        "with shooting", "for shooting", "of shooting",
        # "is expected to recover", "are expected to survive": the offline model counts them as injured
        "recover", "recovering", "expected to survive", "likely to survive",
        "fighting for his life", "fighting for her life", "fighting for their lives", "fighting for their life",
        "fighting for life",
        # a blow with the gun itself: "pistol-whipped the clerk" (hyphenated, its stem is "pistol")
        "whipped", "whipping", "pistol-whipped", "pistol-whipping",
        # a harm that is not gunfire, the person living: "was stabbed in the arm"
        "stabbed",
        # a beating, in the phrases that fix its sense (not "beaten in the final"): "was beaten with a
        # pipe", "badly beaten", "beaten up"
        "beaten with", "beaten up", "badly beaten", "severely beaten", "brutally beaten", "savagely beaten",
        "viciously beaten", "beaten unconscious", "beaten senseless", "nearly beaten", "almost beaten",
        # by its agent, a person (BEATEN_HURT's _BEATERS read the rest): "was beaten by police"; a
        # beating dealt, by the blunt weapon that fixes it (victim_phrases.OBJECT_RE): "beat a man with batons"
        "beaten by", "beat up", "beats up", "beating up", "unconscious", "senseless", "with ~ tire iron",
        # ("~": a WEAPON_MODIFIER or none, as BLOW_DEALT reads it: "with a steel pipe", "with her fists")
        *(f"with ~ {w}" for w in _BLUNT_NOUNS.split()),
        *(f"with ~ {w}s" for w in _BLUNT_NOUNS.split()),
        # the sick of a poisoning or a leak: "left 100 villagers ill"
        "ill", "sickened", "sickening", "burns", "treatment",
        # the nouns of INJURY_NOUNS, as a person suffers one: "suffered a deep cut", "a broken leg"
        "cut", "cuts", "fracture", "fractures", "fractured", "laceration", "lacerations", "bruises", "bruising",
        "concussion", "broken", "shattered", "dislocated",
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
