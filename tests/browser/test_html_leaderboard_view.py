"""The explorer's Leaderboards view in headless Chromium: pick a table, read it, follow its links."""

from __future__ import annotations

import pytest
from html_graphs import results_graph, sample_graph

import kg.export.html_leaderboards as html_leaderboards
from kg.export.html import write_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def results_page(tmp_path_factory):
    graph = results_graph()
    path = tmp_path_factory.mktemp("html") / "results.html"
    write_html(graph, path, title="Results")
    return graph, path


def _pick(page, query: str) -> None:
    """Open the Leaderboards tab, type ``query`` in the picker and choose its first entry."""
    page.click("#tab-leaderboards")
    page.fill("#lb-filter", query)
    page.locator("#lb-list .lb-entry").first.click()


def _column(page, selector: str) -> list[str]:
    return page.locator(f"#lb-table tr.lb-row {selector}").all_text_contents()


def test_html_leaderboards_choose_a_table_click_a_row_the_paper_panel_opens(probe, results_page):
    _, path = results_page
    probe.open(path)
    page = probe.page
    assert page.text_content("#tab-leaderboards") == "Leaderboards · 3"
    page.click("#tab-leaderboards")
    assert page.locator("#lb-view").is_visible() and page.locator("#lb-picker").is_visible()
    assert not page.locator("#overview").is_visible()
    entries = page.locator("#lb-list .lb-entry")
    assert entries.count() == 3
    page.fill("#lb-filter", "coco fid")
    assert entries.count() == 1 and entries.first.text_content() == "COCO · FID3 papers"
    page.fill("#lb-filter", "no such board")
    assert entries.count() == 0 and "No leaderboard matches" in page.text_content("#lb-list")
    page.fill("#lb-filter", "coco fid")
    page.keyboard.press("Enter")  # in the filter: chooses the first entry
    assert page.text_content("#lb-table h2") == "COCO · FID"
    assert "Lower is better · 3 papers · 3 results" in page.text_content("#lb-table .meta")
    assert _column(page, "td.rank") == ["1", "2", "3"]
    assert _column(page, ".num") == ["7.2", "9.5", "12.4"]
    assert _column(page, "td.method") == ["BetaNet", "AlphaNet", "EpsilonNet"]
    # Direction-aware bars: the smallest FID has the longest bar.
    widths = page.eval_on_selector_all("#lb-table .lb-bar .fill", "els => els.map(e => e.getBoundingClientRect().width)")
    assert widths[0] > widths[1] > widths[2] > 0
    # The evidence sentence is the row's hover text, and shows under the row on a click.
    row = page.locator("#lb-table tr.lb-row").nth(1)
    evidence = "AlphaNet reaches 81.0% top-1 accuracy on ImageNet and an FID of 9.5 on COCO."
    assert row.get_attribute("title") == evidence
    row.locator("td.rank").click()
    page.locator("#panel").wait_for(state="visible")
    assert page.text_content("#panel .panel-title") == "AlphaNet: Residual Learning at Scale"
    assert page.locator("#lb-table tr.lb-evidence:visible").all_text_contents() == [evidence]
    assert page.locator("#lb-view").is_visible()  # the view stays; the panel opens beside it
    assert probe.errors == []


def test_html_leaderboards_method_link_opens_its_panel_which_lists_its_leaderboards(probe, results_page):
    _, path = results_page
    probe.open(path)
    page = probe.page
    _pick(page, "imagenet")
    assert page.text_content("#lb-table h2") == "ImageNet · top-1 accuracy (%)"
    assert _column(page, ".num") == ["85.7%", "84.1%", "83.3%", "82.5%", "81.0%", "79.2%"]
    page.locator("#lb-table td.method button", has_text="GammaNet").click()
    assert page.text_content("#panel .panel-title") == "GammaNet"
    refs = page.locator("#panel .lb-refs .link-btn")
    assert "Leaderboards · 2" in page.text_content("#panel")
    assert refs.all_text_contents() == ["ImageNet · top-1 accuracy (%)", "COCO · AP"]
    assert "rank 2 of 2" in page.text_content("#panel .lb-refs")
    refs.nth(1).click()
    assert page.text_content("#lb-table h2") == "COCO · AP"
    assert page.locator("#lb-table tr.lb-row.hl td.method").all_text_contents() == ["GammaNet"]
    # A dataset's panel lists the tables on it; its link in the table header opens it.
    page.locator("#lb-table .lb-names .link-btn", has_text="COCO").click()
    assert page.text_content("#panel .panel-title") == "COCO"
    assert page.locator("#panel .lb-refs .link-btn").all_text_contents() == ["COCO · FID", "COCO · AP"]
    # Back to the graph: the node chosen in the table is the one selected there.
    page.click("#tab-graph")
    assert not page.locator("#lb-view").is_visible() and page.locator("#overview").is_visible()
    coco = page.evaluate("() => kgExplorer.data.details.findIndex(d => d.id === 'dataset/coco')")
    assert page.evaluate("() => kgExplorer.network.getSelectedNodes()") == [coco]
    assert probe.errors == []


def test_html_leaderboards_list_improvements_apart_and_unranked(probe, results_page):
    _, path = results_page
    probe.open(path)
    page = probe.page
    _pick(page, "top-1")
    assert "DeltaNet" not in _column(page, "td.method")
    assert "not ranked" in page.text_content("#lb-view h3")
    (item,) = page.locator("#lb-table .lb-imp li").all()
    assert item.text_content().startswith("2.0% DeltaNet over AlphaNet · DeltaNet: Better Training Recipes")
    item.locator(".link-btn", has_text="Better Training Recipes").click()
    assert page.text_content("#panel .panel-title") == "DeltaNet: Better Training Recipes"
    assert probe.errors == []


def test_html_leaderboards_tab_is_hidden_when_no_paper_reports_a_result(probe, tmp_path):
    path = tmp_path / "plain.html"
    write_html(sample_graph(), path)
    probe.open(path)
    assert probe.page.locator("#tab-leaderboards").is_hidden()
    assert probe.page.locator("#tab-graph").is_visible()
    assert probe.errors == []


def test_html_leaderboards_say_on_the_page_when_tables_and_rows_are_capped(probe, tmp_path, monkeypatch):
    monkeypatch.setattr(html_leaderboards, "MAX_TABLES", 2)
    monkeypatch.setattr(html_leaderboards, "MAX_ROWS", 4)
    path = tmp_path / "capped.html"
    stats = write_html(results_graph(), path)
    assert (stats["leaderboards"], stats["leaderboards_total"]) == (2, 3)
    probe.open(path)
    page = probe.page
    page.click("#tab-leaderboards")
    assert "includes the 2 largest of 3 leaderboards" in page.text_content("#lb-capped")
    assert page.locator("#lb-list .lb-entry").count() == 2
    assert "6 results (the best 4 shown)" in page.text_content("#lb-table .meta")
    assert page.locator("#lb-table tr.lb-row").count() == 4
    assert probe.errors == []


def test_html_leaderboards_screenshot(probe, artifacts, results_page):
    """build/test-artifacts/leaderboards.png: a table, a row clicked (its evidence and paper)."""
    _, path = results_page
    probe.open(path)
    page = probe.page
    page.click("#tab-leaderboards")  # the largest table (ImageNet) shows first
    page.locator("#lb-table tr.lb-row").nth(1).locator("td.rank").click()
    page.locator("#panel").wait_for(state="visible")
    page.wait_for_timeout(400)
    page.screenshot(path=str(artifacts / "leaderboards.png"))
    assert page.text_content("#panel .panel-title") == "BetaNet: Vision Transformers Without Convolutions"
    assert "Leaderboards · 2" in page.text_content("#panel")
    assert probe.errors == []
