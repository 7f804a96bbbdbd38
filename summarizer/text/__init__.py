"""The shared readers: segments, quotes, hedges, lexicon, dates and places, numbers and spans.
Every layer above may use them; they import nothing above them (import-linter checks it)."""
