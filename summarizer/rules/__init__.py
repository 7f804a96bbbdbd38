"""The offline `rules` model: attributions, speakers, figures, flags and the composed summary,
read from an article with the shared readers of `summarizer.text`."""
