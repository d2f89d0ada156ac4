"""Identity resolution and stable ids of the graph stage, on hand-made extractions."""

from __future__ import annotations

import pytest

from kg.graph import build_graph, entity_id, paper_id
from kg.model import EntityType, Extraction, Mention, Paper, Role, Source


def paper(title: str, n: int, **kw) -> Paper:
    return Paper(title=title, abstract=f"Abstract of {title}.", source=Source("t.txt", n), **kw)


def mention(role: Role, text: str, rule: str = "test", **kw) -> Mention:
    return Mention(role, text, "abstract", 0, len(text), f"... {text} ...", rule, 0.9, **kw)


@pytest.fixture
def graph():
    p1 = paper("HACK: a head and neck model", 1)
    p2 = paper("HACK: hierarchical attention for code", 2)
    p3 = paper("Benchmarking talking heads", 3, organization="Acme Lab")
    exs = [
        Extraction(p1, (mention(Role.PROPOSED, "HACK"), mention(Role.DATASET, "HDTF"), mention(Role.CODE_URL, "https://github.com/a/HACK"))),
        Extraction(p2, (mention(Role.PROPOSED, "HACK"), mention(Role.DATASET, "hdtf"), mention(Role.METRIC, "FID", value="12.3"))),
        Extraction(p3, (mention(Role.DATASET, "HDTF"), mention(Role.METHOD, "Wav2Lip", rule="context:outperforms"),
                        mention(Role.INTRODUCED_DATASET, "TalkBench"))),
    ]
    return build_graph(exs), [paper_id(e.paper) for e in exs]


def test_build_same_dataset_named_by_several_papers_is_one_node(graph):
    g, pids = graph
    node = entity_id(EntityType.DATASET, "HDTF")
    assert g.nodes[node]["papers"] == 3
    assert {u for u, _ in g.in_edges(node)} == set(pids)
    assert [n for n, d in g.nodes(data=True) if d["kind"] == "dataset" and d["label"].lower() == "hdtf"] == [node]


def test_build_two_papers_proposing_hack_get_two_method_nodes(graph):
    g, pids = graph
    hacks = [n for n, d in g.nodes(data=True) if d["kind"] == "method" and d["label"] == "HACK"]
    assert len(hacks) == 2
    assert {g.nodes[h]["introduced_by"] for h in hacks} == {pids[0], pids[1]}
    for h, pid in zip(sorted(hacks, key=lambda h: g.nodes[h]["introduced_by"] == pids[1]), pids):
        assert g.has_edge(pid, h, key="proposes")


def test_build_method_named_elsewhere_links_to_its_single_proposer():
    p1 = paper("Wav2Lip: lip sync", 1)
    p2 = paper("Better lips", 2)
    g = build_graph([
        Extraction(p1, (mention(Role.PROPOSED, "Wav2Lip"),)),
        Extraction(p2, (mention(Role.METHOD, "Wav2Lip"),)),
    ])
    (node,) = [n for n, d in g.nodes(data=True) if d["kind"] == "method"]
    assert g.has_edge(paper_id(p1), node, key="proposes") and g.has_edge(paper_id(p2), node, key="mentions_method")
    assert g.nodes[node]["papers"] == 2


def test_build_comparison_rules_add_compares_with_and_values_are_kept(graph):
    g, pids = graph
    wav = entity_id(EntityType.METHOD, "Wav2Lip")
    assert g.has_edge(pids[2], wav, key="compares_with") and g.has_edge(pids[2], wav, key="mentions_method")
    fid = entity_id(EntityType.METRIC, "FID")
    assert g.edges[pids[1], fid, "reports_metric"]["value"] == "12.3"


def test_build_evidence_and_paper_mentions_are_recorded(graph):
    g, pids = graph
    ev = g.edges[pids[0], entity_id(EntityType.DATASET, "HDTF"), "uses_dataset"]["evidence"]
    assert ev == [{"field": "abstract", "start": 0, "end": 4, "sentence": "... HDTF ...", "rule": "test", "confidence": 0.9, "text": "HDTF"}]
    roles = sorted(m["role"] for m in g.nodes[pids[0]]["mentions"])
    assert roles == ["code_urls", "datasets", "proposed"]


def test_build_organisation_and_repository_nodes(graph):
    g, pids = graph
    (org,) = [n for n, d in g.nodes(data=True) if d["kind"] == "organization"]
    assert g.nodes[org]["label"] == "Acme Lab" and g.has_edge(pids[2], org, key="affiliated_with")
    (repo,) = [n for n, d in g.nodes(data=True) if d["kind"] == "repository"]
    assert g.nodes[repo]["url"] == "https://github.com/a/HACK"


def test_build_ids_are_stable_and_independent_of_other_input(graph):
    g, pids = graph
    p1 = paper("HACK: a head and neck model", 1)
    alone = build_graph([Extraction(p1, (mention(Role.PROPOSED, "HACK"), mention(Role.DATASET, "HDTF")))])
    assert set(alone.nodes) <= set(g.nodes)
    assert all(not n[0].isdigit() and "/" in n for n in g.nodes)


@pytest.mark.parametrize(
    "kw, expected",
    [
        ({"arxiv_id": "2410.13726"}, "paper/2410.13726"),
        ({"doi": "10.1000/XYZ"}, None),
        ({}, None),
    ],
)
def test_build_paper_ids_prefer_arxiv_then_doi_then_title(kw, expected):
    p = paper("Some Title Here", 1, **kw)
    pid = paper_id(p)
    if expected:
        assert pid == expected
    else:
        assert pid.startswith("paper/doi-" if "doi" in kw else "paper/t-some-title-here-")
    assert paper_id(paper("Some Title Here", 99, **kw)) == pid  # not from record numbers


def test_build_results_point_at_the_metric_dataset_and_method_nodes_of_the_paper():
    from kg.extract.results import paper_results
    from kg.extract.sentences import split_sentences

    abstract = "We propose GenNet. GenNet reaches an FID of 12.5 on COCO and 10.1 on LSUN. Elsewhere we use ImageNet."
    p = Paper(title="Gen: a generator", abstract=abstract, source=Source("t.jsonl", 1))

    def at(role, text, **kw):
        i = abstract.index(text)
        return Mention(role, text, "abstract", i, i + len(text), "", "test", 0.9, **kw)

    ms = (at(Role.PROPOSED, "GenNet"), at(Role.METRIC, "FID", value="12.5"), at(Role.DATASET, "COCO"),
          at(Role.DATASET, "LSUN"), at(Role.DATASET, "ImageNet"))
    g = build_graph([Extraction(p, ms, paper_results(p.title, abstract, ms, split_sentences))])
    got = {(r["value"], r["dataset"], r["method"], r["kind"]) for r in g.nodes[paper_id(p)]["results"]}
    coco, lsun = entity_id(EntityType.DATASET, "COCO"), entity_id(EntityType.DATASET, "LSUN")
    method = next(n for n, d in g.nodes(data=True) if d["kind"] == "method")
    assert got == {("12.5", coco, method, "absolute"), ("10.1", lsun, method, "absolute")}
    assert g.nodes[method]["introduced_by"] == paper_id(p)
    assert g.nodes[entity_id(EntityType.METRIC, "FID")]["higher_is_better"] is False


def test_build_distinct_papers_sharing_a_title_stay_distinct_nodes():
    a = Paper(title="Preface", abstract="The first volume.", source=Source("a.jsonl", 1))
    b = Paper(title="Preface", abstract="The second volume.", source=Source("a.jsonl", 2))
    c = Paper(title="Preface", abstract="The second volume.", source=Source("b.jsonl", 7))
    g = build_graph([Extraction(a), Extraction(b), Extraction(c)])
    papers = [n for n, d in g.nodes(data=True) if d["kind"] == "paper"]
    assert len(papers) == 3
    assert papers[0] == paper_id(a)  # the first keeps the plain id
    again = build_graph([Extraction(a), Extraction(b), Extraction(c)])
    assert list(again.nodes) == list(g.nodes)


def test_build_repository_node_takes_the_mended_link_of_a_broken_one():
    # The extractor mends "https://github.com/ a/b" (a space the PDF step inserted) into canonical.
    broken = mention(Role.CODE_URL, "https://github.com/ a/b", canonical="https://github.com/a/b")
    same = mention(Role.CODE_URL, "https://github.com/a/b")
    g = build_graph([Extraction(paper("One", 1), (broken,)), Extraction(paper("Two", 2), (same,))])
    (repo,) = [d for _, d in g.nodes(data=True) if d["kind"] == "repository"]
    assert repo["url"] == repo["label"] == "https://github.com/a/b"


def test_build_graph_filled_directly_equals_the_one_networkx_s_add_calls_make():
    # kg.graph.build fills networkx's adjacency dicts itself: same nodes, edges, attributes and orders
    from pathlib import Path

    import networkx as nx

    import kg
    from kg.graph.build import _graph_of

    data = Path(__file__).parents[1] / "data" / "heldout" / "dev.papers.jsonl"
    g = kg.build([data], jobs=1).graph
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = [(u, v, k, dict(d)) for u, v, k, d in g.edges(keys=True, data=True)]
    edges.append((edges[0][0], "paper/not-a-node", "mentions", {}))  # a node only an edge names, as networkx adds it
    want = nx.MultiDiGraph()
    want.add_nodes_from((n, dict(d)) for n, d in nodes.items())
    want.add_edges_from((u, v, k, dict(d)) for u, v, k, d in edges)
    got = _graph_of(nodes, edges)
    assert list(got.nodes(data=True)) == list(want.nodes(data=True))
    assert list(got.edges(keys=True, data=True)) == list(want.edges(keys=True, data=True))
    assert [list(got.pred[n]) for n in got] == [list(want.pred[n]) for n in want]
    assert nx.utils.graphs_equal(got, want) and got.number_of_edges() == want.number_of_edges() > 100
