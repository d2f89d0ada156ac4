"""The HTML explorer in headless Chromium: what a person sees and can do with it."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from html_graphs import XSS_TITLE, add_paper, finish, sample_graph, xss_graph

from kg.export.html import write_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    graph = sample_graph()
    path = tmp_path_factory.mktemp("html") / "sample.html"
    write_html(graph, path, title="Sample papers")
    return graph, path


def _index_of(probe, node_id: str) -> int:
    return probe.page.evaluate(
        "id => kgExplorer.data.details.findIndex(d => d.id === id)", node_id)


def _drawn_nodes(probe) -> list[str]:
    """Kinds of the nodes vis-network actually draws."""
    return probe.page.evaluate(
        "() => kgExplorer.network.body.nodeIndices.map(i => kgExplorer.data.nodes[i].k)")


def test_html_page_loads_with_every_node_no_errors_and_no_requests(probe, sample_page):
    graph, path = sample_page
    probe.open(path)
    assert probe.errors == []
    assert probe.requests == [path.resolve().as_uri()]  # nothing fetched besides the file
    assert len(_drawn_nodes(probe)) == graph.number_of_nodes()
    assert probe.page.evaluate("() => kgExplorer.visibleEdgeCount()") == graph.number_of_edges()
    status = probe.page.text_content("#status")
    assert f"Showing {graph.number_of_nodes()} of {graph.number_of_nodes()} nodes" in status
    legend = probe.page.locator("#legend li").all_text_contents()
    assert any(t.startswith("Dataset") for t in legend)


def test_html_search_by_alias_focuses_the_node(probe, sample_page):
    _, path = sample_page
    probe.open(path)
    coco = _index_of(probe, "dataset/coco")
    probe.page.click("#search")
    probe.page.keyboard.type("microsoft coco")
    first = probe.page.locator("#suggestions li").first
    assert "COCO" in first.text_content() and "aka Microsoft COCO" in first.text_content()
    probe.page.keyboard.press("Enter")
    probe.page.wait_for_timeout(600)  # the focus animation
    assert probe.page.evaluate("() => kgExplorer.network.getSelectedNodes()") == [coco]
    assert probe.page.text_content("#panel .panel-title") == "COCO"
    # The node is now in the middle of the canvas.
    x, y = probe.node_point(coco)
    box = probe.page.locator("#graph canvas").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < 30
    assert abs(y - (box["y"] + box["height"] / 2)) < 30
    assert probe.errors == []


def test_html_click_on_a_paper_opens_its_panel(probe, sample_page):
    graph, path = sample_page
    probe.open(path)
    pid = next(n for n, a in graph.nodes(data=True) if a.get("title") == "Segment Anything")
    probe.page.mouse.click(*probe.node_point(_index_of(probe, pid)))
    panel = probe.page.locator("#panel")
    panel.wait_for(state="visible")
    assert probe.page.text_content("#panel .panel-title") == "Segment Anything"
    text = panel.text_content()
    assert "2023-04-05" in text and "Meta AI" in text and "240" in text
    marks = probe.page.locator("#panel .abstract mark").all_text_contents()
    assert {"SAM", "SA-1B", "COCO", "LVIS"} <= set(marks)
    hrefs = probe.page.eval_on_selector_all("#panel a", "els => els.map(a => a.href)")
    assert "https://github.com/facebookresearch/segment-anything" in hrefs
    assert "https://segment-anything.com/" in hrefs
    # A highlighted mention leads to its entity.
    probe.page.locator("#panel .abstract mark", has_text="SA-1B").first.click()
    assert probe.page.text_content("#panel .panel-title") == "SA-1B"
    assert "Introduced in" in probe.page.locator("#panel").text_content()
    assert probe.errors == []


def test_html_entity_panel_lists_papers_with_evidence(probe, sample_page):
    _, path = sample_page
    probe.open(path)
    probe.page.evaluate("i => kgExplorer.focusNode(i)", _index_of(probe, "method/mask-r-cnn"))
    text = probe.page.locator("#panel").text_content()
    assert "Proposed by · 1" in text and "Compared with in · 2" in text
    evidence = probe.page.locator("#panel .evidence").all_text_contents()
    assert any("outperforming Mask R-CNN" in s for s in evidence)


def test_html_type_filter_min_papers_and_entity_view_hide_nodes(probe, sample_page):
    graph, path = sample_page
    probe.open(path)
    kinds = [a["kind"] for _, a in graph.nodes(data=True)]
    probe.page.locator('#legend input[data-kind="paper"]').uncheck()
    drawn = _drawn_nodes(probe)
    assert "paper" not in drawn and len(drawn) == len(kinds) - kinds.count("paper")
    probe.page.locator('#legend input[data-kind="paper"]').check()
    assert len(_drawn_nodes(probe)) == len(kinds)

    probe.page.fill("#min-papers", "3")
    few = {n for n, a in graph.nodes(data=True) if a["kind"] != "paper" and a["papers"] < 3}
    assert len(_drawn_nodes(probe)) == len(kinds) - len(few)
    probe.page.fill("#min-papers", "0")

    probe.page.locator("#entities-only").check()
    assert set(_drawn_nodes(probe)) == {"method", "dataset", "task"}
    groups = probe.page.evaluate(
        "() => kgExplorer.network.body.edgeIndices.map(i => kgExplorer.network.body.edges[i].options.id[0])")
    assert groups and set(groups) == {"c"}  # only co-occurrence edges
    assert probe.errors == []


def test_html_overview_bars_render_and_focus_on_click(probe, sample_page):
    graph, path = sample_page
    probe.open(path)
    datasets = probe.page.locator('.bar[data-kind="dataset"]')
    assert datasets.count() == 7
    assert datasets.first.locator(".name").text_content() == "COCO"
    assert probe.page.locator('.bar[data-kind="method"]').count() > 0
    assert probe.page.locator('.bar[data-kind="task"]').count() > 0
    assert probe.page.locator('.bar[data-kind="pair"]').count() > 0
    datasets.nth(1).click()
    second = probe.page.evaluate("() => kgExplorer.data.overview.datasets[1][0]")
    assert probe.page.evaluate("() => kgExplorer.network.getSelectedNodes()") == [second]
    assert probe.page.locator("#panel").is_visible()

    years = probe.page.locator(".timeline .col")
    labels = [years.nth(i).get_attribute("data-year") for i in range(years.count())]
    assert labels == ["2017", "2019", "2023", "2024", "undated"]
    years.nth(labels.index("2023")).click(force=True)
    selected = probe.page.evaluate("() => kgExplorer.network.getSelectedNodes()")
    ids = {probe.page.evaluate("i => kgExplorer.data.details[i].id", i) for i in selected}
    expected = {n for n, a in graph.nodes(data=True) if a.get("year") == 2023}
    assert ids == expected and len(ids) == 3
    assert probe.errors == []


@pytest.mark.parametrize("csp", ["with CSP", "CSP bypassed"])
def test_html_script_payloads_in_the_data_never_run(make_probe, tmp_path, csp):
    # With the page's CSP bypassed, only the page's own text-only DOM building stands between
    # the payloads and execution.
    probe = make_probe(bypass_csp=csp == "CSP bypassed")
    graph = xss_graph()
    path = tmp_path / "xss.html"
    write_html(graph, path, title="<script>alert(1)</script>")
    probe.open(path)
    page = probe.page
    evil = _index_of(probe, "paper/t-evil")
    page.mouse.move(*probe.node_point(evil))
    page.wait_for_timeout(300)
    page.mouse.click(*probe.node_point(evil))
    page.locator("#panel").wait_for(state="visible")
    assert page.text_content("#panel .panel-title") == XSS_TITLE
    # The javascript: and data: URLs are shown as text, never as links.
    hrefs = page.eval_on_selector_all("#panel a", "els => els.map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "javascript:window.__xss=1" in page.locator("#panel .links").text_content()
    page.locator("#panel .abstract mark").first.click()
    page.click("#search")
    page.keyboard.type("onerror")
    assert page.locator("#suggestions li").count() >= 1
    page.keyboard.press("Enter")
    page.wait_for_timeout(500)
    page.click("#search", click_count=3)
    page.keyboard.type("<script>")
    page.keyboard.press("Enter")
    page.wait_for_timeout(500)
    # A leaderboard whose dataset, metric, method, value, unit and evidence carry payloads.
    page.click("#tab-leaderboards")
    page.fill("#lb-filter", "onerror")
    page.keyboard.press("Enter")
    assert page.text_content("#lb-table h2") == (
        "<img src=x onerror=window.__xss=1> dataset · <img src=x onerror=window.__xss=1> metric (<i>u</i>)")
    row = page.locator("#lb-table tr.lb-row").first
    assert row.get_attribute("title").startswith("</script><script>window.__xss=1</script>")
    assert row.locator(".num").text_content() == "<img src=x onerror=window.__xss=1> <i>u</i>"
    row.hover()
    row.locator("td.rank").click()
    assert page.text_content("#panel .panel-title") == XSS_TITLE
    assert "<b onmouseover" in page.locator("#lb-table .lb-evidence").first.text_content()
    row.locator("td.method button").click()
    page.locator("#panel .lb-refs .link-btn").first.click()
    page.locator("#lb-table .lb-imp .link-btn").first.click()
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert probe.dialogs == []
    assert page.locator("#panel img, #panel script, #panel svg, #suggestions img").count() == 0
    assert page.locator("#lb-view img, #lb-view script, #lb-view b[onmouseover], #lb-view i, #lb-picker img").count() == 0
    assert page.title() == "<script>alert(1)</script>"
    assert probe.requests == [path.resolve().as_uri()]  # no <img src=x> was ever loaded
    assert probe.errors == []


def _big_graph(n_papers: int, seed: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n_papers):
        links = {"uses_dataset": [f"dataset/d{int(rng.paretovariate(1.2)) % 60}"],
                 "proposes": [f"method/m{i}"],
                 "addresses_task": [f"task/t{rng.randrange(25)}"]}
        add_paper(g, f"paper/p{i}", f"Paper number {i}", "An abstract.", year=2015 + i % 10,
                  date=f"{2015 + i % 10}-01-01", links=links)
    return finish(g)


def test_html_max_nodes_says_on_the_page_what_was_left_out(probe, tmp_path):
    graph = _big_graph(400)
    path = tmp_path / "big.html"
    stats = write_html(graph, path, max_nodes=300)
    probe.open(path)
    note = probe.page.text_content("#left-out")
    assert f"{stats['left_out']:,} were left out" in note and "papers" in note
    assert len(_drawn_nodes(probe)) == 300
    assert probe.page.evaluate("() => kgExplorer.data.physics") is True
    assert probe.errors == []


def test_html_screenshot_of_the_seeds(probe, artifacts, seeds_graph):
    """build/test-artifacts/seeds.png (overview) and seeds-panel.png (top dataset's panel)."""
    graph = seeds_graph.to_networkx()
    path = artifacts / "seeds.html"
    stats = write_html(graph, path, title="kg · seeds")
    probe.open(path)
    probe.page.wait_for_timeout(300)
    probe.page.screenshot(path=str(artifacts / "seeds.png"))
    assert len(_drawn_nodes(probe)) == stats["nodes"] == graph.number_of_nodes()
    top = probe.page.evaluate("() => (kgExplorer.data.overview.datasets[0] || [null])[0]")
    assert top is not None, "the seeds graph has no dataset with papers"
    probe.page.locator('.bar[data-kind="dataset"]').first.click()
    probe.page.wait_for_timeout(600)
    probe.page.screenshot(path=str(artifacts / "seeds-panel.png"))
    assert probe.page.evaluate("() => kgExplorer.selected") == top
    assert probe.errors == []


def test_html_empty_graph_page_says_so(probe, tmp_path):
    path = tmp_path / "empty.html"
    write_html(nx.MultiDiGraph(), path)
    probe.open(path)
    assert "no nodes" in probe.page.text_content(".empty")
    assert probe.errors == []


def test_html_hover_shows_full_title_and_edge_relation(probe, sample_page):
    graph, path = sample_page
    probe.open(path)
    title = next(a["title"] for _, a in graph.nodes(data=True) if a.get("title", "").startswith("LVIS"))
    pid = next(n for n, a in graph.nodes(data=True) if a.get("title") == title)
    i = _index_of(probe, pid)
    assert probe.page.evaluate("i => kgExplorer.data.nodes[i].l", i) == "LVIS"  # short label
    probe.page.mouse.move(*probe.node_point(i))
    tooltip = probe.page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert title in tooltip.text_content()
    # Midway along the edge from the LVIS paper to the LVIS dataset: the relation shows.
    j = _index_of(probe, "dataset/lvis")
    (x1, y1), (x2, y2) = probe.node_point(i), probe.node_point(j)
    probe.page.mouse.move(x1 + (x2 - x1) * 0.5, y1 + (y2 - y1) * 0.5)
    probe.page.wait_for_timeout(300)
    text = tooltip.text_content()
    assert "introduces" in text or "uses dataset" in text
    assert probe.errors == []
