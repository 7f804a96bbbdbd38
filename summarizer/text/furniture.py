"""Page furniture a copied news page carries around its story (ingest removes it): whole lines
(bylines, timestamps, captions and credits, prompts to readers, credit lines) and pieces inside one."""

from __future__ import annotations

import re

from summarizer.text import incident_words as iw
from summarizer.text.regex import compiled

# a line that is only a furniture phrase, a photo credit or a "Sign up for …" call
FURNITURE = (
    r"^(?:" + "|".join(re.escape(p) for p in iw.FURNITURE_PHRASES) + r")[.:!]?$"
    r"|^\(?(?:[a-z]+\s){0,2}photo(?:graph)?s?\s*[:/]\s*[^()\n]{1,100}\)?$"
    r"|^sign up for\b(?![^\n]*newsletter)[^.!?\n]{0,100}[.!]?$"  # a newsletter's is a "newsletter box"
)

# ---------------------------------------------------------------- timestamps
_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_ZONE = r"(?:[ecmpa]|ak|h|n)[sd]?t|utc|gmt"
_LABEL = r"(?:(?:last|first|originally)\s+)?(?:updated|posted|published|modified)(?:\s+on)?"
# "Updated: 9:40 PM EST, Feb 14, 2026", "Last updated Tuesday, 7:55 a.m.", "Published 2 hours ago":
# a publishing label, then only words of a date or a clock time
_STAMP_WORD = rf"(?:\d{{1,4}}(?::\d{{2}})?(?:\s?[ap]\.?m\b\.?)?|[ap]\.?m\b\.?|(?:{_MONTH}|{_DAY})\b\.?|(?:{_ZONE}|at|on|ago|today|yesterday|minutes?|mins?|hours?|hrs?|{_LABEL})\b)"
_TIMESTAMP = compiled(rf"^{_LABEL}\s*:?\s*(?:{_STAMP_WORD}[\s,|·•/:-]*){{1,14}}$", re.I)

# ---------------------------------------------------------------- bylines
# "By Jane Roe", "By Kelsey Hart, Reporter", "BY STAFF REPORTS", "Written by Jane Roe and Tom Ray":
# "by" and then only names, an outlet, a role (capitalised words, numbers, these few words)
_BYLINE = compiled(r"^(?:(?:written|story|words|compiled|posted)\s+)?by\s*:?\s+(?P<rest>[^\n]{2,90})$", re.I)
_BYLINE_SMALL = frozenset({"and", "of", "the", "for", "staff", "reports", "report", "writer", "reporter", "editor", "de", "van", "von", "la", "le"})  # fmt: skip
_BYLINE_WORD = compiled(r"[^\s,|/&–—-]+")
# "By the time help came, …", "BY MONDAY, THE RIVER …", "By 9 p.m. …": "by" and a time is a phrase
# of time opening a headline or a sentence, not a byline. A month, a day or "dawn" may be a name
# ("By April Jones"): it is a time only before a comma, a number, a part of the day or a word in
# lower case
_BY_TIME = compiled(
    r"(?:the\s+(?:time|end|start|middle)|then|now|noon|midnight|nightfall|daybreak|tonight|today|tomorrow"
    r"|late|early|mid(?:-\w+|day|week|morning|afternoon|night)|\d{1,2}(?::\d\d)?\s?[ap]\.?m)\b"
    rf"|(?:{_MONTH}|{_DAY}|dawn|dusk|sunrise|sunset|morning|evening|afternoon|night|\d{{4}})\b\.?"
    r"(?=\s*(?:$|[,\d]|(?:morning|evening|afternoon|night|noon)\b|(?-i:[a-z])))",
    re.I,
)
# "Author: Jane Roe", "Filed under: Crime", "Contact: jroe@example.com": a label of the page and a
# short value with no sentence in it
_LABELLED = compiled(
    r"^(?:authors?|reporter|writer|written by|posted by|contact(?: the (?:writer|reporter|author))?|email|filed (?:under|in)"
    r"|tags?|topics?"
    r"|categor(?:y|ies)|photo credit|credit)\s*:\s*[^\n.!?]{1,80}(?:\.[a-z]{2,6}[^\n.!?]{0,20})?$",
    re.I,
)

# ---------------------------------------------------------------- photo captions and credits
# the text of a line up to a sentence's end (a full stop before a capital): a caption's one sentence
_ONE_SENTENCE = r"(?:(?![.!?][\"”’]?\s+(?-i:[A-Z\"“]))[^\n])*"
_CAPTION = compiled(
    # "Photo by Jane Roe / The Ledger", "PHOTO COURTESY OF THE SHERIFF'S OFFICE"
    r"^\(?photo(?:graph)?s?\s+(?:by|courtesy(?:\s+of)?)\b[^\n]{0,90}[^\n.!?]$"
    r"|^\(?(?:[\w'’-]+\s+){0,2}(?:file|stock|handout|submitted|supplied|staff|contributed)\s+(?:photo|image|picture)s?"
    r"(?:\s+by\s+[^\n.!?]{1,60})?\)?\.?$"
    r"|^\(?(?:[\w ]{1,30}/\s?)?(?:getty images|file)(?:\s?/[\w ]{1,30})?\)?\.?$"
    # "Courtesy of the Hollis police", "(Courtesy: the family)", "Image courtesy of …"
    r"|^\(?(?:(?:photo|image|video)s?\s+)?courtesy(?:\s+of|\s*:)\s[^\n.!?]{1,80}\)?$"
    # a caption of one sentence (a paragraph of story stays), which names its image:
    r"|^(?=[^\n]*(?:photo|image|picture|screenshot|video still|\((?:file|handout|courtesy)))"
    rf"{_ONE_SENTENCE}(?:"
    # ending with its credit after a bar or the sentence: "… on Monday. | Photo: Jo Ray", "… on
    # Monday. Photo by Jo Ray/The Ledger"
    r"[|—]\s*photo(?:graph)?s?\s*:\s*[^\n|]{1,60}$"
    r"|[.!?]\s+photo(?:graph)?s?\s+by\s+[^\n.!?]{1,60}$"
    # or in brackets: "… on Sunday. (KTVZ photo)", "(AP Photo/Jo Ray)", "… in 1962 (file)"
    r"|\((?:[^()\n]{0,40}\s)?(?:photo|photograph|image|file photo|getty images)s?(?:\s*[:/][^()\n]{1,60})?\)$"
    r"|\s\((?:file|handout|courtesy\b[^()\n]{0,60})\)$"
    # or "… is seen in this file photo": the image beside it, pointed at with "this"
    r"|\b(?:is|are|was|were)\s+(?:seen|shown|pictured)\s+(?:here\s+)?in\s+this\s+"
    r"(?:[\w-]+\s+){0,2}(?:photo|photograph|image|picture|screenshot|video still)\b"
    rf"{_ONE_SENTENCE}$)",
    re.I,
)
# a caption's credit in capitals: an agency or paper, a slash, the photographer ("… on Tuesday.
# THE CANADIAN PRESS/Jo Ray")
_CAPS_CREDIT = compiled(
    rf"^(?=[^\n]*/){_ONE_SENTENCE}(?:[.!?][\"”’]?)?(?:^|\s)"
    r"[A-Z][A-Z.&'’]+(?: [A-Z][A-Z.&'’]+){0,3}/ ?[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$"
)

# ---------------------------------------------------------------- prompts to readers, credit lines
# the rest of a prompt's or a note's line: its sentence, and at most one more that tells the reader
# what to do or where ("Call or text 988.", "Reach her at jroe@…"); a sentence of story after it
# ("This is a developing story. Police say two people …") keeps the line
_REST = (
    rf"{_ONE_SENTENCE}(?:[.!?][\"”’)]*\s+(?=(?:call|text|e-?mail|send|contact|reach|visit|go to|check|follow"
    r"|download|click|tap|sign up|subscribe|tell|share)\b|[^\n]*(?:@|\b\d{3}[-.\s]\d{4}\b|\b988\b))"
    rf"{_ONE_SENTENCE})?$"
)
_PROMPT = compiled(
    rf"^watch(?:\s+the)?\s+(?:video|full (?:video|story|report)|live)\b{_REST}"
    # "WATCH: <another story's headline>", a link to a video (a "Video: …" label names the video
    # beside the story, whose title the readers may count from)
    r"|^watch\s*[:|]\s*[^\n.!?]{1,120}$"
    rf"|^(?:click|tap) here\b{_REST}"
    rf"|^download (?:the|our)\b[^\n]{{0,60}}\bapps?\b{_REST}"
    rf"|^this is an? (?:developing|breaking)(?: news)? story\b{_REST}"
    rf"|^this (?:story|article) (?:is developing|will be updated|has been updated|may be updated)\b{_REST}"
    rf"|^check back (?:later |here )?for (?:updates|more)\b{_REST}"
    # an outlet asking for tips ("Have a news tip? Email us …"), not the police ("Have a tip? Call …")
    rf"|^(?:have|got) an? (?:news tip|story idea|tip\b(?=[^\n]*(?:\b(?:us|our)\b|@)))\b{_REST}"
    rf"|^send (?:us )?(?:your )?(?:news )?tips?\b{_REST}"
    # the network ends the call or gives the handle ("on X @jroe", "on Twitter and Facebook"), not
    # "on X Road"
    r"|^follow [^\n]{1,60} on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok)\b"
    rf"(?=\s*(?:$|[:@,.;|(]|(?:and|or|at)\b)){_REST}"
    # a crisis line's number under a story (an appeal for witnesses is the story's)
    r"|^if you or someone you know\b(?=[^\n]*\b(?:help|support|crisis|struggl\w*|suicid\w*|hotline|helpline"
    rf"|lifeline|988|abuse|violence|danger)\b){_REST}",
    re.I,
)
_CREDIT_LINE = compiled(
    rf"^[-–—]*\s*with files from\b{_REST}"
    # a wire's credits, "<role> by <names>" joined by ";" or in brackets: "(Reporting by Jo Ray in
    # Lyon)", "Reporting by Jo Ray; Writing by Ann Lee; Editing by Tom Ray"
    r"|^\(?(?:additional )?(?:reporting|writing) by\b[^\n]{1,200}(?:editing by\b[^\n]{1,100})\)?\.?$"
    r"|^\((?:additional )?(?:reporting|writing) by\b[^()\n]{1,200}\)\.?$"
    r"|^(?:additional )?(?:reporting|writing) by [^;\n]{1,120}(?:;\s*(?:additional )?(?:reporting|writing|editing) by\b"
    r"[^;\n]{1,120}){1,3}\.?$"
    rf"|^(?=[^\n]*\bcontributed\b)(?:{_ONE_SENTENCE}\bcontributed (?:to )?this (?:report|story|article)\.?$"
    # "Associated Press writer Jo Ray in Lyon contributed."
    rf"|{_ONE_SENTENCE}\b(?:writers?|reporters?|correspondents?|journalists?)\b{_ONE_SENTENCE}\bcontributed\.?$)"
    rf"|^this (?:report|story|article)(?: by [^\n]{{1,60}})? was (?:first |originally )?published\b{_REST}"
    # an author's note: "Jane Roe is a reporter who covers the courts. Reach her at …": a name, a
    # role, what the writer covers now or how to reach them ("The victim is a photographer who was
    # covering …" is the story's)
    r"|^(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3})\s+is\s+an?\s+(?:[\w-]+\s+){0,3}(?:reporter|writer|journalist"
    r"|correspondent|editor|columnist|producer|photographer|intern)\b(?:(?!\b(?:was|were|had|been|when|while)\b)[^\n])*"
    r"\b(?:covers|covering|reach(?:ed)?\s+(?:her|him|them)"
    r"|contact\s+(?:her|him|them)|email\s+(?:her|him|them)|follow\s+(?:her|him|them)"
    rf"|(?:she|he|they)\s+(?:can|may)\s+be\s+reached)\b{_REST}"
    # "<One sentence>. Reach her at jroe@…"
    rf"|^(?=[^\n]*@)(?:{_ONE_SENTENCE}[.!?]\s+)?(?:reach|contact|e-?mail)\s+(?:her|him|them)\s+at\s+\S+@{_REST}",
    re.I,
)
# an author's note with no role, with an address: "Jane Roe can be reached at jroe@…", "Email
# Jane Roe at jroe@…" ("Crime Stoppers can be reached at 555-…" is the story's)
_AUTHOR_NOTE = compiled(
    r"^(?:(?:e-?mail|contact|reach) )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} (?:(?:can|may) be reached|at)\b(?=[^\n]*@)"
)
# a comment form's policy ("… a civil forum for discussion", "Please keep comments …"): read in
# furniture_reason by its words
_LABEL_LINE = compiled(r"article content", re.I)  # a label some outlets repeat between paragraphs

_LONGEST = 300  # longer than any caption or note: a paragraph
_SENTENCE_END = compiled(r"[.!?][\"'”’)]*$")


def furniture_reason(line: str) -> str | None:
    """Why a stripped line is page furniture, if it is (a class below), else None. (The costlier
    patterns, tried on every line of an article, are tried only on a line that holds a word each
    of their alternatives needs: a paragraph of story holds none most often. In a line of ASCII,
    where re.IGNORECASE folds case as str.lower does, a pattern anchored at the line's start is
    tried only after one of the words its every match opens with, and one that needs a mark
    ("@", "/", ":") only on a line that holds it.)"""
    if len(line) > _LONGEST:
        return None
    low = line.lower()
    plain = line.isascii()
    if (not plain or low.startswith(_TIMESTAMP_OPENINGS)) and _TIMESTAMP.match(line):
        return "timestamp"
    if ((not plain or low.startswith(_BYLINE_OPENINGS)) and _is_byline(line)) or (
        ":" in line and _LABELLED.match(line)
    ):
        return "byline"
    if (_holds(low, _CAPTION_WORDS) and _CAPTION.match(line)) or (
        "/" in line and _CAPS_CREDIT.search(line) and not _SENTENCE_END.search(line)
    ):
        return "photo caption"
    if (not plain or low.startswith(_PROMPT_OPENINGS)) and _PROMPT.match(line):
        return "prompt to readers"
    if (_holds(low, _CREDIT_WORDS) and _CREDIT_LINE.match(line)) or ("@" in line and _AUTHOR_NOTE.match(line)):
        return "credit line"
    if "civil forum for discussion" in low or low.startswith("please keep comments"):
        return "comment form"
    if len(line) == len("article content") and _LABEL_LINE.fullmatch(line):
        return "page furniture"
    return None


def _holds(low: str, words: tuple[str, ...]) -> bool:
    for w in words:  # noqa: SIM110 (a loop, no generator: it is asked twice of every line)
        if w in low:
            return True
    return False


# the words (lower case) every match of _TIMESTAMP, _BYLINE and _PROMPT opens with
_TIMESTAMP_OPENINGS = ("last", "first", "originally", "updated", "posted", "published", "modified")
_BYLINE_OPENINGS = ("written", "story", "words", "compiled", "posted", "by")
_PROMPT_OPENINGS = ("watch", "click", "tap", "download", "this", "check", "have", "got", "send", "follow", "if")


# the words of which _CAPTION's every alternative holds one, and _CREDIT_LINE's
_CAPTION_WORDS = (
    "photo",
    "image",
    "picture",
    "screenshot",
    "video still",
    "getty images",
    "file",
    "courtesy",
    "handout",
)
_CREDIT_WORDS = ("files from", "reporting by", "writing by", "contributed", "published", "@", "cover", "reach",
                 "contact", "mail", "follow")  # fmt: skip


def _is_byline(line: str) -> bool:
    m = _BYLINE.match(line)
    if m is None or _SENTENCE_END.search(line) or _BY_TIME.match(m.group("rest")):
        return False
    words = _BYLINE_WORD.findall(m.group("rest"))
    return (
        1 <= len(words) <= 9
        and any(w[0].isupper() for w in words)
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _BYLINE_SMALL or "@" in w for w in words)
    )


# a line above a timestamp that names the writer or the outlet alone ("Jane Roe",
# "The Canadian Press", "CityNews Staff"): up to five capitalised words, nothing else
_NAME_LINE = compiled(r"(?:[A-Z][\w.'’&-]*|the|of|and)(?: (?:[A-Z][\w.'’&-]*|the|of|and)){0,4}")


def byline_names(lines: list[str], removed: dict[int, str]) -> dict[int, str]:
    """The name lines (index -> "byline") just above each timestamp line in ``removed``, at
    most two above each, none already removed. (A byline names its writer itself: the lines
    above it are the title and its deck, "Two Lanes Open Friday".)"""
    out: dict[int, str] = {}
    for i, reason in removed.items():
        if reason != "timestamp":
            continue
        j = i - 1
        while j >= 0 and i - j <= 2 and j not in removed and _NAME_LINE.fullmatch(lines[j]):
            out[j] = "byline"
            j -= 1
    return out


# ---------------------------------------------------------------- inside a line
# Text copied as one line (or a caption run into the story) carries its furniture inline: the
# notice, the credit or the label is removed, not the line
# a copyright notice that opens a line, up to "All rights reserved" and the separator after it
NOTICE = compiled(r"\s*(?:©|copyright\b|\(c\))[^\n]{0,120}?all rights reserved[.,;:]?\s*(?:[-–—|]\s*)?", re.I)
# the notice's own sentence: "This material may not be <verbs of publishing, joined by commas, or, and>."
_PUBLISH_VERB = r"(?:published|broadcast|rewritten|redistributed|reproduced|distributed)"
_NOTICE_TAIL = rf"(?:[.,]?\s*this (?:material|story|article|content) may not be {_PUBLISH_VERB}(?:,?\s+(?:or\s+|and\s+)?{_PUBLISH_VERB}){{0,4}}\.?\)?)?"
_INLINE_COPYRIGHT = compiled(
    # a notice up to its "All rights reserved", a sentence or two after "Copyright" or "©" at most
    r"\(?(?:tm and )?(?:©\s*)?(?:copyright\b|©)[^\n]{0,180}?all rights reserved\b"
    + _NOTICE_TAIL
    # or, with no such words, a year and a name that end the text or its line ("Copyright 2017 KXYZ"),
    # "Copyright" standing apart, after a sentence's end or a bar (not an abbreviation's dot), not
    # inside a sentence ("… sued under the Copyright Act.", "… the U.S. Copyright Office.")
    + r"|(?:©\s*|(?:^|(?<=[.!?\"”’)|–—-]\s)(?<!\.\w\.\s))copyright\s+(?:©\s*)?)(?:(?:19|20)\d\d\s+)?(?:by\s+)?(?-i:[A-Z0-9][\w.&'’-]*"
    r"(?:\s*(?:/|-|,|&|and|of)?\s*[A-Z0-9][\w.&'’-]*){0,6})(?:\s+(?:19|20)\d\d)?\.?\s*$",
    re.I | re.M,
)
# a credit in brackets that names itself a photo: "(Photo: Jo Ray/The Star)", "(KXYZ Photo/Jo Ray)",
# "(Photo from the county sheriff)", "(Ledger file photo)", "(see photo)"; before "photo", only names
# and words of a credit (a clause in brackets, "(pictured in a police photo)", is the story's)
_INLINE_PHOTO = compiled(
    r"\((?:(?:see|[A-Z0-9][\w.&'’-]*|file|staff|handout|submitted|supplied|contributed|stock|courtesy|police|family)\s){0,5}"
    r"[Pp]hoto(?:graph)?s?\b(?:\s*[:/][^()\n]{0,80}|\s+(?:from|by|courtesy)\b[^()\n]{0,60})?\)"
)
# (a label stands alone: the next word starts a sentence, no comma joins it to a clause)
_INLINE_LABEL = compiled(
    r"\bStory continues below(?: the)? (?:advertisement|gallery|video|photos?)\b\.?(?=\s*(?:$|[A-Z\"“]))"
)
# a photo gallery's controls copied with its captions: "Image 3 of / 7", "Caption Close"
# (a counter with no slash before a caption's capital: "Image 2 of 5 shows the stall" is the story's)
_GALLERY = compiled(r"\bImage \d{1,3} of(?: ?/ ?\d{1,3}\b| \d{1,3}(?=\s+[A-Z\"“]|\s*$))|\bCaption Close\b", re.M)
# a video player's "CLOSE" button before the video's description: in capitals, at the text's or
# a sentence's start, before a word in lower case after its capital (not an all-capitals headline)
_CLOSE_BUTTON = compiled(r"(?:^|(?<=[.!?)\"”]\s))CLOSE(?=\s+(?:[A-Z0-9\"“][a-z0-9]|[AI]\s))", re.M)


def inline_furniture(text: str) -> list[tuple[tuple[int, int], str]]:
    """Furniture inside lines, (span, reason) in text order: copyright notices, bracketed photo
    credits, "Story continues below …", a gallery's controls, a video's "CLOSE". Each pattern runs
    only over a text that holds its literal."""
    found: list[tuple[tuple[int, int], str]] = []
    if "©" in text or "opyright" in text:
        found += [(m.span(), "copyright") for m in _INLINE_COPYRIGHT.finditer(text) if _capitalised(m.group())]
    if "hoto" in text:
        found += [(m.span(), "photo caption") for m in _INLINE_PHOTO.finditer(text)]
    if "continues below" in text:
        found += [(m.span(), "page furniture") for m in _INLINE_LABEL.finditer(text)]
    if "Caption Close" in text or "Image " in text:
        found += [(m.span(), "page furniture") for m in _GALLERY.finditer(text)]
    if "CLOSE" in text:
        found += [(m.span(), "page furniture") for m in _CLOSE_BUTTON.finditer(text)]
    out: list[tuple[tuple[int, int], str]] = []
    for span, reason in sorted(found):  # a credit inside a notice goes with the notice
        if not out or span[0] >= out[-1][0][1]:
            out.append((span, reason))
    return out


def story_beside_notice(line: str) -> bool:
    """Does a line that holds a copyright notice also hold a sentence of the story (six words
    or more outside its notices)?"""
    rest, pos = [], 0
    for (s, e), reason in inline_furniture(line):
        if reason == "copyright":
            rest.append(line[pos:s])
            pos = e
    rest.append(line[pos:])
    return pos > 0 and len(" ".join(rest).split()) >= 6


def _capitalised(notice: str) -> bool:
    """A notice writes "Copyright" with a capital or starts with "©" (prose says "copyright")."""
    at = notice.find("opyright")
    return at <= 0 or notice[at - 1] == "C" or "©" in notice[:at]
