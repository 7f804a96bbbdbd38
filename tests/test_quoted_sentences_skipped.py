"""A sentence that lies inside a quote's words already attributed is not read by the sentence
patterns: none of them could record anything there. The attributions are the same as when every
sentence is read."""

from __future__ import annotations

import pytest

from summarizer.ingest import load_article
from summarizer.rules import attribution
from summarizer.rules.attribution import RawAttribution


def _found(text: str) -> list[RawAttribution]:
    article = load_article(text)
    s = article.segments
    return attribution.find_attributions(article.view, s.sentences, s.paragraphs, s.quotes)


def _key(found: list[RawAttribution]) -> list[tuple[object, ...]]:
    return [(a.content, a.kind, a.speaker, a.cue, a.pattern) for a in found]


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        # quoted sentences that hold a verb of saying or "that": skipped, nothing lost
        ('"The council said the bridge was safe. We believe that it is not. Nobody checked," Ada Lusk said.', 2),
        ("Tom Hale said: “Officials told us that the ferry would sail. It never did.”", 1),
        ('"Residents said that the water was brown. They said it again," a neighbour said.', 1),
        # near misses: a sentence only partly inside the quote, or a quote no one is said to speak
        ('Ada Lusk said the plan "will fail, as the mayor admitted." The board disagreed.', 0),
        ('"Residents said that the water was brown." The utility denied it.', 0),
    ],
)
def test_sentences_inside_attributed_quotes(text: str, skipped: int, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    real = attribution._within_taken

    def counting(ctx: attribution.Context, sent: attribution.Sentence) -> bool:
        calls.append(real(ctx, sent))
        return calls[-1]

    monkeypatch.setattr(attribution, "_within_taken", counting)
    gated = _key(_found(text))
    assert sum(calls) == skipped
    monkeypatch.setattr(attribution, "_within_taken", lambda ctx, sent: False)
    assert _key(_found(text)) == gated
