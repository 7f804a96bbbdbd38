"""Build summarizer/data/person_nouns.json: the common nouns that name a person, singular and plural,
from WordNet 3.0 (Princeton's licence allows redistribution; the Debian package wordnet-base puts its
data in /usr/share/wordnet). A build-time input only: the package never reads WordNet itself.

    sudo apt-get install -y wordnet-base
    python scripts/build_person_nouns.py [/usr/share/wordnet]

A lemma is kept when
- it is one word of lower-case letters (maybe hyphenated), written so in its synset (a proper
  noun, "Democrat", "Lincoln", is left out),
- its most frequent noun sense (the first in index.noun) is in noun.person (lexicographer file 18),
- it is mostly a person as a noun: its senses in noun.person hold at least half of its noun uses
  tagged in the SemCor concordance (cntlist.rev: "guide", "judge", "witness"); a noun never tagged,
  whose senses WordNet orders without a count, only when every sense of it is a person ("cashier",
  "lifeguard": not "monitor", a person first but a screen too),
- no sense of it names an animal or a plant (noun.animal, noun.plant): "tiger", "whale", "shark",
  "bull" name a person first in WordNet, but "two tigers died" counts no people,
- it is not more often an adjective: its tagged adjective uses are fewer than its noun uses
  ("major", "private", "general", "native", "sensitive" are left out), nor far more often a verb:
  its tagged verb uses are at most ten times its noun uses, or ten if it has none ("have", "miss",
  "hire" are left out; "guide", "cook", "nurse" are nouns of people in a news report's counts and
  speakers, where a determiner or a number comes before them).

Plurals: WordNet's noun.exc for the irregular ones ("men", "children"; not one that is a noun
lemma itself: "dive" of "diva"), else the regular English
rules (-s; -es after s, x, z, ch, sh; -ies after a consonant and y).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

PERSON_FILE = 18
NOT_PEOPLE_FILES = {5, 20}  # noun.animal, noun.plant
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def _noun_offsets(folder: Path) -> dict[str, list[str]]:
    """Each noun lemma's synset offsets, most frequent sense first, from index.noun."""
    out: dict[str, list[str]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence's header
        parts = line.split()
        lemma, p_cnt = parts[0], int(parts[3])
        offsets = parts[6 + p_cnt :]
        if _WORD.fullmatch(lemma) and offsets:
            out[lemma] = offsets
    return out


def _synsets(folder: Path, wanted: set[str]) -> dict[str, tuple[int, list[str]]]:
    """The lexicographer file and the words (as written) of the synsets at ``wanted`` offsets."""
    out: dict[str, tuple[int, list[str]]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        offset = line[:8]
        if offset in wanted:
            parts = line.split()
            count = int(parts[3], 16)
            out[offset] = (int(parts[1]), [parts[4 + 2 * i] for i in range(count)])
    return out


def _tag_counts(folder: Path) -> dict[tuple[str, str], list[tuple[int, int, int]]]:
    """SemCor tag counts by (lemma, part of speech): (sense number, lexicographer file, count)."""
    pos_of = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    out: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, sense, count = line.split()
        lemma, rest = key.split("%")
        ss_type, lex_file = rest.split(":")[:2]
        out[(lemma, pos_of[ss_type])].append((int(sense), int(lex_file), int(count)))
    return out


def _plurals(word: str, irregular: dict[str, list[str]]) -> list[str]:
    if word in irregular:
        return irregular[word]
    if word.endswith(("man", "woman")) and not word.endswith(("human", "shaman", "german", "ottoman")):
        return [word[:-3] + "men"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def build(folder: Path) -> list[str]:
    index = _noun_offsets(folder)
    synsets = _synsets(folder, {o for offsets in index.values() for o in offsets})
    tags = _tag_counts(folder)
    irregular: dict[str, list[str]] = defaultdict(list)
    for line in (folder / "noun.exc").read_text(encoding="latin-1").splitlines():
        plural, base = line.split()[:2]
        if _WORD.fullmatch(plural) and plural not in index:  # not "dive" (of "diva"), a noun itself
            irregular[base].append(plural)
    kept: set[str] = set()
    for lemma, offsets in index.items():
        lex_file, words = synsets[offsets[0]]
        if lex_file != PERSON_FILE or lemma not in [w.split("(")[0] for w in words]:
            continue  # not a person first, or written capitalised there (a proper noun)
        nouns = tags.get((lemma, "n"), [])
        noun_count = sum(c for _, _, c in nouns)
        person_count = sum(c for _, f, c in nouns if f == PERSON_FILE)
        if any(synsets[o][0] in NOT_PEOPLE_FILES for o in offsets):
            continue  # an animal or a plant too ("tiger", "whale", "shark"): counted, no person
        if noun_count == 0 and any(synsets[o][0] != PERSON_FILE for o in offsets):
            continue  # never tagged, and a thing too in a sense of unknown frequency
        if 2 * person_count < noun_count:
            continue  # mostly a thing as a noun
        if sum(c for _, _, c in tags.get((lemma, "a"), [])) >= max(noun_count, 1):
            continue  # an adjective at least as often
        if sum(c for _, _, c in tags.get((lemma, "v"), [])) > 10 * max(noun_count, 1):
            continue  # far more often a verb
        kept.add(lemma)
        kept.update(_plurals(lemma, irregular))
    return sorted(kept)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = build(folder)
    target = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "person_nouns.json"
    target.write_text(json.dumps(words, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(words)} person nouns, singular and plural -> {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
