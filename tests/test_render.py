"""Reports: Markdown snapshots, the terminal view, and the HTML page in a real headless browser."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES, USER_ARTICLE

from summarizer import summarize
from summarizer.cli import main
from summarizer.render.html import render_html
from summarizer.render.markdown import render_markdown
from summarizer.render.pretty import render_pretty

SNAPSHOTS = Path(__file__).parent / "fixtures" / "snapshots"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.parametrize("name", ["breakdown.txt", "hedged_claim.txt", "quotes_styles.txt", "op_ed.txt"])
def test_markdown_snapshot(name: str) -> None:
    # the article's own name as its path: where the checkout lives is not part of the snapshot
    result = summarize((ARTICLES / name).read_bytes(), model="rules", path=name)
    md = render_markdown(result)
    snapshot = SNAPSHOTS / f"{name}.md"
    if os.environ.get("UPDATE_SNAPSHOTS") or not snapshot.exists():
        snapshot.write_text(md, encoding="utf-8")
    assert md == snapshot.read_text(encoding="utf-8")


def test_markdown_escapes_article_text() -> None:
    result = summarize("Police said the man shouted *stop* | and ran, under `[the] bridge`.", model="rules")
    md = render_markdown(result)
    assert "\\*stop\\*" in md and "\\|" in md and "\\`" in md


QUALIFIED = "Floods displaced up to 10 million people in the delta, officials said. At least 27 people were killed."


@pytest.mark.parametrize("fmt", ["md", "pretty", "html"])
def test_qualified_numbers_are_shown_as_written(fmt: str, tmp_path: Path) -> None:
    result = summarize(QUALIFIED, model="rules")
    assert {(f.qualifier, f.text) for f in result.incident.figures} >= {("at_most", "10 million"), ("at_least", "27")}
    if fmt == "md":
        shown = render_markdown(result)
    elif fmt == "html":
        shown = render_html(result, QUALIFIED)
    else:
        with (tmp_path / "out.txt").open("w") as fh:
            render_pretty(result, fh, color=False)
        shown = (tmp_path / "out.txt").read_text()
    assert "up to 10 million" in shown and "at least 27" in shown
    assert "10000000" not in shown.replace("data-total='1e+07'", "") and "≤" not in shown and "≥" not in shown


def test_html_unverified_list_names_who_made_each_claim() -> None:
    text = "The governor claimed the dam was safe. Engineers said the spillway was cracked."
    result = summarize(text, model="rules")
    flagged = [a for a in result.attributions if a.status != "attributed"]
    assert len(flagged) == 1 and flagged[0].speaker_id is not None
    name = next(s.name for s in result.speakers if s.id == flagged[0].speaker_id)
    assert "governor" in name
    page = render_html(result, text)
    listing = page[page.index("id='unverified'") :].split("</ul>")[0]
    assert f"<b class='who'>{name}</b>: the dam was safe" in listing


def test_pretty_has_no_colour_when_piped(tmp_path: Path) -> None:
    result = summarize(ARTICLES / "breakdown.txt", model="rules")
    out = tmp_path / "out.txt"
    with out.open("w") as fh:
        render_pretty(result, fh, color=False)
    text = out.read_text()
    assert "\x1b[" not in text
    assert "[UNVERIFIED]" in text and "sum matches total" in text and "Who said what" in text


def _page(name: str, tmp_path: Path) -> Path:
    path = ARTICLES / name if (ARTICLES / name).exists() else Path(name)
    text = path.read_text(encoding="utf-8")
    page = tmp_path / f"{path.stem}.html"
    page.write_text(
        render_html(summarize(text, model="rules", format="html" if path.suffix == ".html" else None), text)
    )
    return page


def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    page = _page("script_injection.html", tmp_path).read_text()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page.replace("http-equiv", "") and "https://" not in page
    assert page.count("<script") == 2  # the data (JSON, not run) and the page's own script


# CI sets SUMMARIZER_REQUIRE_BROWSER: there a missing browser fails these tests instead of skipping them
needs_browser = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("SUMMARIZER_REQUIRE_BROWSER"),
    reason="chromium is not installed (.ci/run installs it)",
)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield b
        b.close()


@pytest.fixture(scope="module")
def viewer(browser):  # type: ignore[no-untyped-def]
    """One tab for the module's tests, each loading its own page into it (a new tab costs a
    renderer process, a third of a second), with what the page does recorded."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    events: list[tuple[str, str]] = []
    page.on("console", lambda m: events.append((m.type, m.text)))
    page.on("pageerror", lambda e: events.append(("pageerror", str(e))))
    page.on("dialog", lambda d: (events.append(("dialog", d.message)), d.dismiss()))
    page.on(
        "request", lambda r: events.append(("request", r.url)) if not r.url.startswith(("file:", "data:")) else None
    )
    yield page, events
    page.close()


def _open(viewer, page_path: Path):  # type: ignore[no-untyped-def]
    """The viewer's tab on ``page_path``, and the events of this page alone."""
    page, events = viewer
    page.goto("about:blank")  # the previous page is gone before its events are cleared
    events.clear()
    page.goto(page_path.as_uri())
    return page, events


@needs_browser
def test_html_loads_highlights_and_shows_the_clicked_attribution(viewer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, events = _open(viewer, _page("hedged_claim.txt", tmp_path))
    assert page.locator("#article .speaker").count() >= 3
    assert page.locator("#article .st-unverified").count() >= 1
    assert page.locator("#article .flagcue").count() >= 1
    target = page.locator("#article .content[data-a~='a3']").first
    target.click()
    detail = page.locator("#detail")
    assert detail.is_visible()
    assert detail.locator("[data-attribution='a3']").count() == 1
    assert "may have been caused by a faulty transformer" in detail.inner_text()
    assert "hedge" in detail.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "hedged_claim.png"))
    assert [e for e in events if e[0] in ("error", "pageerror", "request")] == []


@needs_browser
def test_html_side_panel_links_jump_to_their_span(viewer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, events = _open(viewer, _page("denied.txt", tmp_path))
    page.locator("#unverified a.jump").first.click()
    focused = page.locator("#article .seg.focus")
    assert focused.count() == 1
    assert "records of 2,000 customers" in focused.inner_text()
    assert "DISPUTED" in page.locator("#detail").inner_text()
    assert [e for e in events if e[0] in ("error", "pageerror")] == []


@needs_browser
def test_article_script_does_not_run(viewer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, events = _open(viewer, _page("script_injection.html", tmp_path))
    assert [e for e in events if e[0] == "dialog"] == []
    assert "<script>alert(1)</script>" in page.locator("#article").inner_text()
    assert page.locator("#article script, #article img").count() == 0
    assert [e for e in events if e[0] in ("error", "pageerror")] == []


@needs_browser
@pytest.mark.skipif(not USER_ARTICLE.exists(), reason="../shared/articles is absent")
def test_user_article_page(viewer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = USER_ARTICLE.read_text(encoding="utf-8")
    page_path = tmp_path / "drone.html"
    page_path.write_text(render_html(summarize(text, model="rules"), text))
    page, events = _open(viewer, page_path)
    rows = page.locator("#figures tr").all_inner_texts()[1:]
    per_place = {cells.split("\t")[2]: int(cells.split("\t")[1].replace(",", "")) for cells in rows
                 if cells.split("\t")[2] != "—" and cells.split("\t")[0] == "drones intercepted"}  # fmt: skip
    assert len(per_place) == 8 and sum(per_place.values()) == 48
    breakdown = page.locator(".breakdown")
    assert breakdown.get_attribute("data-sum") == "48" and breakdown.get_attribute("data-total") == "48"
    named = page.locator("#speakers li[data-anonymity='named']").all_inner_texts()
    assert {n.split(" —")[0] for n in named} >= {"Russian Ministry of Defense", "Rustem Muradov", "Petro Poroshenko"}
    muradov = page.locator("#unverified li", has_text="10 million")
    assert muradov.count() == 1 and muradov.locator(".badge").inner_text() in ("UNVERIFIED", "DISPUTED")
    muradov.locator("a.jump").click()
    assert "been met with skepticism" in page.locator("#detail").inner_text()
    assert page.locator("#article .flagcue", has_text="been met with skepticism").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "drone-interceptions.png"), full_page=True)
    assert [e for e in events if e[0] in ("error", "pageerror", "request")] == []


def test_cli_writes_html_by_suffix(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main([str(ARTICLES / "breakdown.txt"), "-o", str(out)], stdout=io.StringIO()) == 0
    assert out.read_text().startswith("<!doctype html>")


@needs_browser
def test_batch_index_links_to_article_pages(viewer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    for name in ("breakdown.txt", "denied.txt"):
        shutil.copy(ARTICLES / name, src / name)
    (src / "empty.txt").write_text("")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--no-progress"],
                   capture_output=True, check=False, timeout=120)  # fmt: skip
    page, events = _open(viewer, out / "index.html")
    rows = page.locator("#articles tr").all_inner_texts()
    assert len(rows) == 4 and any("error: empty" in r for r in rows)
    page.locator("#articles a", has_text="denied.txt").click()
    page.wait_for_load_state()
    assert page.locator("#headline").inner_text().startswith("A local newspaper says")
    assert json.loads((out / "denied.txt.json").read_text())["headline"] == page.locator("#headline").inner_text()
    assert [e for e in events if e[0] in ("error", "pageerror")] == []
