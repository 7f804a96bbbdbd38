"""Reports of a summary: the terminal view, Markdown, a self-contained HTML page, and a batch's report."""
