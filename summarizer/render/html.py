"""A summary as one self-contained HTML page (inline CSS and JS, nothing fetched): the article
with its spans highlighted (speakers, cues, quoted content by status, figures, places, flag
cues, removed boilerplate greyed out), a detail box for the span under the pointer or clicked,
and a side panel of facts, unverified claims and checker findings that link to their spans.

Every piece of article text is escaped; the data for the script travels as JSON with ``<``,
``>`` and ``&`` escaped, and the script writes it with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
from typing import Any

from summarizer.render.markdown import figure_value, number
from summarizer.schema import IncidentSummary, span_text_layer

# Okabe-Ito colours (safe for colour-blind readers); status is also written out and marked by
# border style, never by colour alone
_CSS = """
:root { --attributed:#0072B2; --unverified:#E69F00; --disputed:#D55E00; --figure:#009E73; --place:#56B4E9; --cue:#000; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fafafa; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 20px; margin: 0 0 4px; }
header p { margin: 0; color: #333; max-width: 70em; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 0; }
#article { padding: 16px 24px; white-space: pre-wrap; background: #fff; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.7; }
aside { padding: 12px 18px; border-left: 1px solid #ddd; max-height: calc(100vh - 80px); overflow: auto; position: sticky; top: 0; }
aside h2 { font-size: 15px; margin: 16px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
td, th { border-bottom: 1px solid #eee; padding: 3px 6px; text-align: left; vertical-align: top; }
th { color: #555; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ok { color: #0b6e4f; } .bad { color: #b00020; font-weight: 600; }
.seg { cursor: default; }
.content { border-radius: 2px; padding: 1px 0; }
.st-attributed { background: rgba(0,114,178,.10); border-bottom: 2px solid var(--attributed); }
.st-unverified { background: rgba(230,159,0,.18); border-bottom: 2px dashed var(--unverified); }
.st-disputed { background: rgba(213,94,0,.16); border-bottom: 3px double var(--disputed); }
.speaker { font-weight: 700; text-decoration: underline; text-decoration-color: #555; }
.cue { font-style: italic; font-weight: 600; }
.flagcue { outline: 2px solid var(--disputed); outline-offset: 1px; border-radius: 2px; }
.figure { box-shadow: inset 0 -0.45em 0 rgba(0,158,115,.35); font-weight: 700; }
.place { box-shadow: inset 0 -0.25em 0 rgba(86,180,233,.5); }
.removed { color: #999; text-decoration: line-through; background: repeating-linear-gradient(45deg,#f4f4f4,#f4f4f4 4px,#ececec 4px,#ececec 8px); }
.finding { text-decoration: underline wavy #b00020; }
.seg.clickable { cursor: pointer; }
.seg.focus { outline: 3px solid #000; }
.badge { display: inline-block; font: 600 11px/1.6 system-ui, sans-serif; padding: 0 6px; border-radius: 9px; border: 1px solid; margin-right: 4px; }
.badge.attributed { color: var(--attributed); } .badge.unverified { color: #8a5a00; border-style: dashed; } .badge.disputed { color: var(--disputed); border-style: double; border-width: 3px; }
#detail { position: fixed; right: 18px; bottom: 18px; width: min(460px, 90vw); background: #fff; border: 1px solid #888; border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 10px 12px; font-size: 13px; display: none; }
#detail.show { display: block; }
#detail h3 { margin: 0 0 4px; font-size: 14px; }
#detail .close { float: right; cursor: pointer; border: 0; background: none; font-size: 16px; }
ul.links { padding-left: 18px; margin: 4px 0; } ul.links li { margin: 3px 0; }
a.jump { color: #0b4f8a; cursor: pointer; }
.legend span { margin-right: 10px; font-size: 12px; }
"""

_JS = """
(function () {
  const data = JSON.parse(document.getElementById('summary-data').textContent);
  const byId = {}; data.attributions.forEach(a => byId[a.id] = a);
  const speakers = {}; data.speakers.forEach(s => speakers[s.id] = s);
  const detail = document.getElementById('detail');
  const body = document.getElementById('detail-body');
  function add(parent, tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; parent.appendChild(e); return e; }
  function show(ids, findings, seg) {
    body.replaceChildren();
    ids.forEach(id => {
      const a = byId[id]; if (!a) return;
      const box = add(body, 'div'); box.dataset.attribution = id;
      const h = add(box, 'h3');
      add(h, 'span', a.status.toUpperCase(), 'badge ' + a.status);
      const who = a.speaker_id && speakers[a.speaker_id] ? speakers[a.speaker_id].name : (a.speaker || 'no named source');
      add(h, 'span', id + ' · ' + who);
      add(box, 'div', (a.cue ? a.cue + ' · ' : '') + a.type + (a.kind && a.kind !== 'speech' ? ' · ' + a.kind : ''));
      add(box, 'blockquote', a.content);
      if (a.flags.length) { const ul = add(box, 'ul', undefined, 'links'); a.flags.forEach(f => add(ul, 'li', f.reason.replace(/_/g, ' ') + (f.cue ? ': “' + f.cue + '”' : ''))); }
    });
    if (findings.length) { add(body, 'h3', 'Checker findings'); const ul = add(body, 'ul', undefined, 'links'); findings.forEach(i => { const f = data.check.findings[i]; add(ul, 'li', f.severity.toUpperCase() + ' ' + f.rule + ': ' + f.message); }); }
    if (!ids.length && !findings.length && seg) { add(body, 'div', seg.title || ''); }
    detail.classList.add('show');
  }
  function focusSeg(seg) {
    document.querySelectorAll('.seg.focus').forEach(e => e.classList.remove('focus'));
    if (!seg) return; seg.classList.add('focus'); seg.scrollIntoView({block: 'center'});
  }
  function ids(seg, key) { return (seg.dataset[key] || '').split(' ').filter(Boolean); }
  document.querySelectorAll('#article .seg').forEach(seg => {
    const a = ids(seg, 'a'), f = ids(seg, 'f').map(Number);
    if (!a.length && !f.length) return;
    seg.classList.add('clickable');
    seg.addEventListener('click', () => { focusSeg(seg); show(a, f, seg); });
    seg.addEventListener('mouseenter', () => { if (!document.querySelector('.seg.focus')) show(a, f, seg); });
  });
  document.querySelectorAll('a.jump').forEach(link => link.addEventListener('click', ev => {
    ev.preventDefault();
    const seg = link.dataset.a ? (document.querySelector('#article .content[data-a~="' + link.dataset.a + '"]') || document.querySelector('#article .seg[data-a~="' + link.dataset.a + '"]'))
                               : document.querySelector('#article .seg[data-f~="' + link.dataset.f + '"]');
    focusSeg(seg);
    if (seg) show(ids(seg, 'a'), ids(seg, 'f').map(Number), seg);
  }));
  document.getElementById('detail-close').addEventListener('click', () => { detail.classList.remove('show'); focusSeg(null); });
})();
"""


# only this page's own script may run, even if some text were ever left unescaped
_JS_HASH = "sha256-" + base64.b64encode(hashlib.sha256(_JS.encode()).digest()).decode()


def _json_for_script(data: Any) -> str:
    """JSON that cannot end a <script> element or open a comment."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _finding_index(summary: IncidentSummary) -> dict[str, list[int]]:
    """attribution id -> findings about it (by their JSON path)."""
    out: dict[str, list[int]] = {}
    for i, f in enumerate(summary.check.findings):
        m = re.match(r"attributions\[(\d+)\]", f.path)
        if m and int(m.group(1)) < len(summary.attributions):
            out.setdefault(summary.attributions[int(m.group(1))].id, []).append(i)
    return out


def _article_html(summary: IncidentSummary, text: str) -> str:
    """The article text as spans; each segment carries the classes and ids that cover it."""
    marks: list[tuple[int, int, str, str | None, int | None]] = []  # start, end, class, attribution id, finding

    def mark(span: Any, cls: str, aid: str | None = None, finding: int | None = None) -> None:
        if span is None:
            return
        s, e = span
        if 0 <= s < e <= len(text):
            marks.append((s, e, cls, aid, finding))

    for r in summary.source.removed:
        mark(r.span, "removed")
    for a in summary.attributions:
        for span, _ in a.pieces:  # an interrupted quote's speaker clause is not content
            mark(span, f"content st-{a.status}", a.id)
        mark(a.speaker_span, "speaker", a.id)
        mark(a.cue_span, "cue", a.id)
        for fl in a.flags:
            mark(fl.span, "flagcue", a.id)
    if summary.incident is not None:
        for fig in summary.incident.figures:
            mark(fig.span, "figure")
        for loc in summary.incident.locations:
            mark(loc.span, "place")
        if summary.incident.time is not None:
            mark(summary.incident.time.span, "figure")
    for i, fd in enumerate(summary.check.findings):
        if fd.severity == "error":
            mark(fd.span, "finding", None, i)
        elif fd.span is not None:
            mark(fd.span, "", None, i)
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    starts: dict[int, list[int]] = {}
    for k, m in enumerate(marks):
        starts.setdefault(m[0], []).append(k)
    active: list[int] = []  # marks open at the current cut, in input order
    parts: list[str] = []
    opening: dict[tuple[int, ...], str] = {}  # the same marks recur: build each tag once
    for s, e in itertools.pairwise(cuts):
        if s in starts or active:
            active = sorted([k for k in active if marks[k][1] > s] + starts.get(s, []))
        piece = text[s:e].translate(_ESCAPES)
        if not active:
            parts.append(piece)
            continue
        key = tuple(active)
        tag = opening.get(key)
        if tag is None:
            covering = [marks[k] for k in active]
            classes = " ".join(sorted({c for m in covering for c in m[2].split() if c}))
            aids = " ".join(
                sorted({m[3] for m in covering if m[3]}, key=lambda x: int(x[1:]) if x[1:].isdigit() else 0)
            )
            finds = " ".join(str(m[4]) for m in covering if m[4] is not None)
            attrs = f' data-a="{html.escape(aids)}"' if aids else ""
            attrs += f' data-f="{finds}"' if finds else ""
            tag = opening[key] = f'<span class="seg {classes}"{attrs}>'
        parts.append(f"{tag}{piece}</span>")
    return "".join(parts)


# what html.escape does, in one C call per piece
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def render_html(summary: IncidentSummary, text: str) -> str:
    """The page for ``summary`` of the article ``text`` (for HTML input, the page itself: the
    summary's ``source.text`` is what is shown)."""
    layer = span_text_layer(summary, text)
    e = html.escape
    side: list[str] = []
    inc = summary.incident
    if inc is not None:
        rows = [f"<tr><th>type</th><td>{e(inc.type)} ({e(inc.category)})</td></tr>"]
        if inc.date is not None:
            rows.append(f"<tr><th>date</th><td>{e(inc.date.value or 'unresolved')} ({e(inc.date.text)})</td></tr>")
        if inc.time is not None:
            window = " to ".join(x for x in (inc.time.start, inc.time.end) if x)
            rows.append(f"<tr><th>time</th><td>{e(window)} {e(inc.time.timezone or '')}</td></tr>")
        if inc.locations:
            rows.append(f"<tr><th>where</th><td>{e(', '.join(loc.name for loc in inc.locations))}</td></tr>")
        side.append(f"<h2>Incident</h2><table id='facts'>{''.join(rows)}</table>")
        if inc.figures:
            fig_rows = []
            for f in inc.figures:
                value = figure_value(f)
                total = "<b>total</b>" if f.is_total else ""
                fig_rows.append(
                    f"<tr><td>{e(f.label)}</td><td class='n'>{e(value)}</td><td>{e(f.location or '—')}</td><td>{total}</td></tr>"
                )
            side.append(
                "<h2>Figures</h2><table id='figures'><tr><th>what</th><th>count</th><th>where</th><th></th></tr>"
                + "".join(fig_rows)
                + "</table>"
            )
            for b in inc.breakdowns():
                ok = b.consistent
                verdict = {
                    True: ("sum matches the total", "ok"),
                    False: ("sum does NOT match the total", "bad"),
                    None: ("not exactly comparable", ""),
                }[ok]
                side.append(
                    f"<p class='breakdown {verdict[1]}' data-parts='{len(b.parts)}' data-sum='{b.parts_sum:g}' data-total='{b.total.value:g}'>"
                    f"{len(b.parts)} per-location figures sum to {number(b.parts_sum)}; stated total {e(figure_value(b.total))}: {verdict[0]}.</p>"
                )
    if summary.speakers:
        items = []
        for s in summary.speakers:
            details = ", ".join(x for x in (s.role, s.affiliation) if x)
            items.append(f"<li data-speaker='{e(s.id)}' data-kind='{e(s.kind)}' data-anonymity='{e(s.anonymity)}'><b>{e(s.name)}</b>"
                         + (f" — {e(details)}" if details else "") + f" <small>({e(s.kind)}, {e(s.anonymity.replace('_', ' '))})</small></li>")  # fmt: skip
        side.append(f"<h2>Speakers</h2><ul class='links' id='speakers'>{''.join(items)}</ul>")
    flagged = [a for a in summary.attributions if a.status != "attributed"]
    if flagged:
        items = []
        names = {s.id: s.name for s in summary.speakers}
        for a in flagged:
            who = names.get(a.speaker_id or "") or a.speaker or "no source named"
            reasons = ", ".join(sorted({f.reason.replace("_", " ") for f in a.flags}))
            short = a.content if len(a.content) < 110 else a.content[:107] + "…"
            items.append(f"<li><span class='badge {a.status}'>{a.status.upper()}</span><a class='jump' data-a='{e(a.id)}' href='#'>{e(a.id)}</a> "
                         f"<b class='who'>{e(who)}</b>: {e(short)} <small>({e(reasons)})</small></li>")  # fmt: skip
        side.append(f"<h2>Unverified claims</h2><ul class='links' id='unverified'>{''.join(items)}</ul>")
    findings = summary.check.findings
    if findings:
        items = []
        for i, fd in enumerate(findings):
            link = f"<a class='jump' data-f='{i}' href='#'>show</a> " if fd.span is not None else ""
            items.append(f"<li>{link}<b>{e(fd.severity.upper())}</b> {e(fd.rule)}: {e(fd.message)}</li>")
        side.append(f"<h2>Checker findings</h2><ul class='links' id='findings'>{''.join(items)}</ul>")
    else:
        side.append("<h2>Checker findings</h2><p class='ok'>All checks passed.</p>")
    legend = ("<div class='legend'><span class='badge attributed'>ATTRIBUTED</span><span class='badge unverified'>UNVERIFIED</span>"
              "<span class='badge disputed'>DISPUTED</span><span class='speaker'>speaker</span> <span class='cue'>cue</span> "
              "<span class='figure'>figure</span> <span class='place'>place</span> <span class='flagcue'>flag cue</span> "
              "<span class='removed'>removed</span></div>")  # fmt: skip
    data = {
        "attributions": [a.model_dump(mode="json") for a in summary.attributions],
        "speakers": [s.model_dump(mode="json") for s in summary.speakers],
        "check": summary.check.model_dump(mode="json"),
    }
    title = e(summary.headline)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '{_JS_HASH}'; img-src data:">
<title>{title}</title><style>{_CSS}</style></head>
<body>
<header><h1 id="headline">{title}</h1><p id="summary">{e(summary.summary)}</p>{legend}</header>
<main><div id="article">{_article_html(summary, layer)}</div>
<aside>{"".join(side)}<p><small>{e(summary.provenance.model)} · summarizer {e(summary.provenance.tool_version)} · {e(summary.source.format)}, {summary.source.chars} chars</small></p></aside></main>
<div id="detail" role="dialog" aria-live="polite"><button id="detail-close" class="close" aria-label="close">×</button><div id="detail-body"></div></div>
<script type="application/json" id="summary-data">{_json_for_script(data)}</script>
<script>{_JS}</script>
</body></html>
"""


def render_index(rows: list[dict[str, Any]], title: str) -> str:
    """The batch's index.html: one row per article, linking to its page."""
    e = html.escape
    body = []
    for r in rows:
        link = f"<a href='{e(r['page'])}'>{e(r['path'])}</a>" if r.get("page") else e(r["path"])
        body.append(
            f"<tr><td>{link}</td><td>{e(r.get('headline', ''))}</td><td class='n'>{r.get('attributions', '')}</td>"
            f"<td class='n'>{r.get('unverified', '')}</td><td class='n'>{r.get('findings', '')}</td><td>{e(r.get('status', ''))}</td></tr>"
        )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{e(title)}</title><style>{_CSS} body {{ padding: 16px 24px; }}</style></head>
<body><h1>{e(title)}</h1>
<table id="articles"><tr><th>article</th><th>headline</th><th>attributions</th><th>unverified</th><th>findings</th><th>status</th></tr>
{"".join(body)}</table></body></html>
"""
