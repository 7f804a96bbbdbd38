"""Pattern `lede_quote`: a story that opens with a quote alone in its paragraph and names its
speaker as the subject of the next one (`“…” ¶ Ana Ruiz, who …, has not left her house …`)."""

from __future__ import annotations

from summarizer.rules.attribution.context import Context, Found
from summarizer.rules.attribution.registry import pattern
from summarizer.rules.attribution.words import PLAIN_WORD, holds_cue_word
from summarizer.text import incident_words as iw
from summarizer.text.given_names import is_given_name
from summarizer.text.places import ends_in_place_type
from summarizer.text.quotes import QuoteRegion
from summarizer.text.regex import compiled

# a person's name opening a paragraph, then a comma (an apposition or a relative) or a verb
_NAME_OPENS = compiled(
    r"\s*(?P<name>[A-Z][a-zé'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?=,[ \t]|[ \t]+(?:has|had|is|was|lives|runs)\b)"
)


@pattern(
    "lede_quote",
    40,
    "quote",
    "a quote that opens the story alone in its paragraph, its speaker the subject of the next one",
    ("“We were told the road would be fixed by June.”\n\nIlse Varnok, who lives on the road, has waited since May.",),
)
def lede_quote(ctx: Context, q: QuoteRegion, p_start: int, p_end: int) -> Found | None:
    """(speaker, no cue, no lemma, end) of a story's opening quote named in the next paragraph."""
    view = ctx.view
    if p_start > 400 or view[p_start : q.start].strip() or view[q.end : p_end].strip():
        return None  # not alone in its paragraph
    if "\n" in view[:p_start].strip():
        return None  # not the story's first paragraph (after its headline, if any)
    m = _NAME_OPENS.match(view, p_end)
    if m is None or "\n\n" not in view[p_end : m.start("name")] or not is_given_name(m.group("name").split()[0]):
        return None
    if ends_in_place_type(m.group("name")):
        return None  # "Austin Street, where …": a place named for a person
    sentence = _SENTENCE.match(view, m.end("name"))
    if sentence is not None and holds_cue_word(sentence.group()):
        return None  # "… ¶ Ana Ruiz was asleep when a neighbour shouted it": the next sentence tells who said it
    if _SPOKEN_OF.search(view, q.start, q.end) or (sentence is not None and _tells_a_death(sentence.group())):
        # "“He was the kindest man.” ¶ Tomas Berg, 34, was shot …", "… ¶ Ana Kell, 19, died …": the
        # quote speaks of the person named, in the third person or after their death
        return None
    return m.span("name"), None, None, q.end


def _tells_a_death(text: str) -> bool:
    return any(iw.FIGURE_VERBS.get(w) == "killed" for w in PLAIN_WORD.findall(text.lower()))


# a person spoken of in the third person
_SPOKEN_OF = compiled(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")


# the rest of the sentence the name opens (to its stop or the paragraph's end)
_SENTENCE = compiled(r"[^\n]*?(?:[.!?](?=\s)|\n|$)")
