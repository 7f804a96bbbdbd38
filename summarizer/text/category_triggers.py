"""The trigger words of each category, defined once: the words near a figure that show its
category (killed, injured, …) and those anywhere in an article that show the incident's, and
the words a summary may use of claims and their standing without the article's holding them.
"""

from __future__ import annotations

from summarizer.text.incident_words import BLUNT_NOUNS

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
        # a harm that is not gunfire, the person living: "was stabbed in the arm", "beat him half to death"
        "stabbed", "nearly to death", "almost to death", "half to death",
        # a beating, in the phrases that fix its sense (not "beaten in the final"): "was beaten with a
        # pipe", "badly beaten", "beaten up"
        "beaten with", "beaten up", "badly beaten", "severely beaten", "brutally beaten", "savagely beaten",
        "viciously beaten", "beaten unconscious", "beaten senseless", "nearly beaten", "almost beaten",
        # by its agent, a person (BEATEN_HURT's _BEATERS read the rest): "was beaten by police"; a
        # beating dealt, by the blunt weapon that fixes it (victim_phrases.OBJECT_RE): "beat a man with batons"
        "beaten by", "beat up", "beats up", "beating up", "unconscious", "senseless", "with ~ tire iron",
        # ("~": a WEAPON_MODIFIER or none, as BLOW_DEALT reads it: "with a steel pipe", "with her fists")
        *(f"with ~ {w}" for w in BLUNT_NOUNS.split()),
        *(f"with ~ {w}s" for w in BLUNT_NOUNS.split()),
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
