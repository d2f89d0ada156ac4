"""Graphs built by hand after docs/graph-model.md, for the HTML explorer's browser tests."""

from __future__ import annotations

import hashlib

import networkx as nx

IRI = "https://w3id.org/kg/id/"

# title, date, year, organisation, upvotes, abstract, {relation: [entity ids]}, code url, project url
PAPERS = [
    ("Betrayed by Captions: Joint Caption Grounding and Generation for Open Vocabulary Instance "
     "Segmentation", "Nov 7", None, "ByteDance", 12,
     "We devise a joint Caption Grounding and Generation (CGG) framework for open vocabulary "
     "instance segmentation. Experiments on the COCO dataset show CGG outperforms Mask R-CNN.",
     {"proposes": ["method/cgg"], "uses_dataset": ["dataset/coco"],
      "addresses_task": ["task/open-vocabulary-instance-segmentation"],
      "compares_with": ["method/mask-r-cnn"], "mentions_method": ["method/mask-r-cnn"]},
     "https://github.com/jzwu48033552/betrayed-by-captions", "https://www.mmlab-ntu.com/project/betrayed/"),
    ("Segment Anything", "2023-04-05", 2023, "Meta AI", 240,
     "We introduce the Segment Anything Model (SAM) and the SA-1B dataset. SAM is evaluated on "
     "COCO and LVIS for instance segmentation and reaches strong zero-shot mIoU.",
     {"proposes": ["method/sam"], "introduces": ["dataset/sa-1b"],
      "uses_dataset": ["dataset/coco", "dataset/lvis", "dataset/sa-1b"],
      "addresses_task": ["task/instance-segmentation"], "reports_metric": ["metric/miou"]},
     "https://github.com/facebookresearch/segment-anything", "https://segment-anything.com"),
    ("Mask R-CNN", "2017-03-20", 2017, "Facebook AI Research", 55,
     "We present Mask R-CNN, extending Faster R-CNN for instance segmentation. Trained on COCO, "
     "Mask R-CNN reports box AP and mask AP.",
     {"proposes": ["method/mask-r-cnn"], "mentions_method": ["method/faster-r-cnn"],
      "uses_dataset": ["dataset/coco"], "addresses_task": ["task/instance-segmentation",
                                                           "task/object-detection"],
      "reports_metric": ["metric/ap"]}, "https://github.com/facebookresearch/detectron2", None),
    ("LVIS: A Dataset for Large Vocabulary Instance Segmentation", "2019-08-08", 2019,
     "Facebook AI Research", 31,
     "We introduce LVIS, a dataset for large vocabulary instance segmentation, and train Mask "
     "R-CNN baselines that we compare with COCO results using AP.",
     {"introduces": ["dataset/lvis"], "uses_dataset": ["dataset/lvis", "dataset/coco"],
      "mentions_method": ["method/mask-r-cnn"], "addresses_task": ["task/instance-segmentation"],
      "reports_metric": ["metric/ap"]}, None, "https://www.lvisdataset.org"),
    ("Grounding DINO: Marrying DINO with Grounded Pre-Training for Open-Set Object Detection",
     "2023-03-09", 2023, "IDEA Research", 88,
     "Grounding DINO detects arbitrary objects from text prompts. On COCO and LVIS it reaches 52.5 "
     "AP zero-shot and outperforms GLIP on open-set object detection.",
     {"proposes": ["method/grounding-dino"], "uses_dataset": ["dataset/coco", "dataset/lvis"],
      "compares_with": ["method/glip"], "mentions_method": ["method/glip"],
      "addresses_task": ["task/object-detection"], "reports_metric": ["metric/ap"]},
     "https://github.com/IDEA-Research/GroundingDINO", None),
    ("GLIP: Grounded Language-Image Pre-training", "Dec 7", None, "Microsoft", 20,
     "GLIP unifies object detection and phrase grounding. Evaluated on COCO and Flickr30K "
     "Entities, GLIP improves AP.",
     {"proposes": ["method/glip"], "uses_dataset": ["dataset/coco", "dataset/flickr30k"],
      "addresses_task": ["task/object-detection", "task/phrase-grounding"],
      "reports_metric": ["metric/ap"]}, "https://github.com/microsoft/GLIP", None),
    ("Depth Anything: Unleashing the Power of Large-Scale Unlabeled Data", "2024-01-19", 2024,
     "TikTok", 150,
     "Depth Anything is a foundation model for monocular depth estimation trained on unlabeled "
     "images. On KITTI and NYUv2 it beats MiDaS in AbsRel.",
     {"proposes": ["method/depth-anything"], "uses_dataset": ["dataset/kitti", "dataset/nyuv2"],
      "compares_with": ["method/midas"], "mentions_method": ["method/midas"],
      "addresses_task": ["task/monocular-depth-estimation"], "reports_metric": ["metric/absrel"]},
     "https://github.com/LiheYoung/Depth-Anything", "https://depth-anything.github.io"),
    ("Towards Robust Monocular Depth Estimation: Mixing Datasets for Zero-shot Cross-dataset "
     "Transfer", "2019-07-02", 2019, "Intel Labs", 9,
     "We present MiDaS, trained by mixing datasets for monocular depth estimation, and evaluate "
     "zero-shot on KITTI and NYUv2 with AbsRel.",
     {"proposes": ["method/midas"], "uses_dataset": ["dataset/kitti", "dataset/nyuv2"],
      "addresses_task": ["task/monocular-depth-estimation"], "reports_metric": ["metric/absrel"]},
     "https://github.com/isl-org/MiDaS", None),
    ("DINOv2: Learning Robust Visual Features without Supervision", "2023-04-14", 2023, "Meta AI", 97,
     "DINOv2 features transfer to monocular depth estimation on NYUv2 and KITTI and to semantic "
     "segmentation on ADE20K, measured in mIoU.",
     {"proposes": ["method/dinov2"], "uses_dataset": ["dataset/nyuv2", "dataset/kitti",
                                                      "dataset/ade20k"],
      "addresses_task": ["task/monocular-depth-estimation", "task/semantic-segmentation"],
      "reports_metric": ["metric/miou"]}, "https://github.com/facebookresearch/dinov2", None),
    ("Mask2Former: Masked-attention Mask Transformer for Universal Image Segmentation",
     "Dec 2", None, "Meta AI", 18,
     "Mask2Former handles semantic segmentation on ADE20K and instance segmentation on COCO, "
     "outperforming Mask R-CNN in AP and mIoU.",
     {"proposes": ["method/mask2former"], "uses_dataset": ["dataset/ade20k", "dataset/coco"],
      "compares_with": ["method/mask-r-cnn"], "mentions_method": ["method/mask-r-cnn"],
      "addresses_task": ["task/semantic-segmentation", "task/instance-segmentation"],
      "reports_metric": ["metric/ap", "metric/miou"]},
     "https://github.com/facebookresearch/Mask2Former", None),
]

ENTITIES = {
    "method/cgg": ("CGG", ["Caption Grounding and Generation"]),
    "method/sam": ("SAM", ["Segment Anything Model"]),
    "method/mask-r-cnn": ("Mask R-CNN", ["MaskRCNN"]),
    "method/faster-r-cnn": ("Faster R-CNN", []),
    "method/grounding-dino": ("Grounding DINO", []),
    "method/glip": ("GLIP", []),
    "method/depth-anything": ("Depth Anything", []),
    "method/midas": ("MiDaS", []),
    "method/dinov2": ("DINOv2", []),
    "method/mask2former": ("Mask2Former", []),
    "dataset/coco": ("COCO", ["MS COCO", "Microsoft COCO"]),
    "dataset/lvis": ("LVIS", []),
    "dataset/sa-1b": ("SA-1B", []),
    "dataset/flickr30k": ("Flickr30K Entities", ["Flickr30K"]),
    "dataset/kitti": ("KITTI", []),
    "dataset/nyuv2": ("NYUv2", ["NYU Depth V2"]),
    "dataset/ade20k": ("ADE20K", []),
    "task/open-vocabulary-instance-segmentation": ("open vocabulary instance segmentation", []),
    "task/instance-segmentation": ("instance segmentation", []),
    "task/object-detection": ("object detection", []),
    "task/phrase-grounding": ("phrase grounding", []),
    "task/monocular-depth-estimation": ("monocular depth estimation", []),
    "task/semantic-segmentation": ("semantic segmentation", []),
    "metric/miou": ("mIoU", []),
    "metric/ap": ("AP", ["box AP", "mask AP"]),
    "metric/absrel": ("AbsRel", []),
}


def _slug_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def _add_entity(g: nx.MultiDiGraph, node: str, label: str, aliases: list[str]) -> None:
    if node not in g:
        g.add_node(node, kind=node.split("/")[0], label=label, iri=IRI + node, aliases=aliases,
                   papers=0)


def add_paper(g: nx.MultiDiGraph, pid: str, title: str, abstract: str, *, date=None, year=None,
              organization=None, upvotes=None, url=None, links=None, code=None, page=None) -> None:
    """Add one paper and its edges, with mentions and evidence found by substring search."""
    links = links or {}
    mentions = []
    g.add_node(pid, kind="paper", label=title, iri=IRI + pid, title=title, abstract=abstract,
               date=date, year=year, organization=organization, upvotes=upvotes, url=url,
               authors=["A. Author", "B. Author"], author_count=2, sources=["seeds#1"],
               mentions=mentions)
    sentences = [s.strip().rstrip(".") + "." for s in abstract.split(". ") if s.strip()]
    for relation, targets in links.items():
        for target in targets:
            label, aliases = ENTITIES.get(target, (target.split("/")[-1], []))
            _add_entity(g, target, label, aliases)
            evidence = []
            for name in [label, *aliases]:
                at = abstract.find(name)
                if at >= 0:
                    sentence = next((s for s in sentences if name in s), abstract)
                    evidence.append({"field": "abstract", "start": at, "end": at + len(name),
                                     "sentence": sentence, "rule": "catalogue", "confidence": 0.9,
                                     "text": name})
                    if not any(m["start"] == at for m in mentions):
                        mentions.append({"field": "abstract", "start": at, "end": at + len(name),
                                         "role": relation, "text": name, "entity": target})
                    break
            g.add_edge(pid, target, key=relation, relation=relation, evidence=evidence,
                       confidence=0.9 if evidence else 0.5, value=None)
    for relation, kind, link in (("has_code", "repository", code), ("has_webpage", "webpage", page)):
        if link:
            node = f"{kind}/{_slug_hash(link)}"
            g.add_node(node, kind=kind, label=link.split("//", 1)[-1].rstrip("/"), iri=IRI + node,
                       url=link, aliases=[], papers=1)
            g.add_edge(pid, node, key=relation, relation=relation, evidence=[], confidence=1.0,
                       value=None)
    if organization:
        node = "organization/" + organization.lower().replace(" ", "-")
        _add_entity(g, node, organization, [])
        g.add_edge(pid, node, key="affiliated_with", relation="affiliated_with", evidence=[],
                   confidence=1.0, value=None)


def finish(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Set each entity's ``papers`` count and the methods' / datasets' ``introduced_by``."""
    for n, a in g.nodes(data=True):
        if a["kind"] != "paper":
            a["papers"] = len({u for u in g.predecessors(n) if g.nodes[u]["kind"] == "paper"})
    for u, v, rel in g.edges(keys=True):
        if rel in ("proposes", "introduces"):
            g.nodes[v]["introduced_by"] = u
    return g


def sample_graph() -> nx.MultiDiGraph:
    """Ten real-looking papers on segmentation, detection and depth, with their entities."""
    g = nx.MultiDiGraph()
    for i, (title, date, year, org, up, abstract, links, code, page) in enumerate(PAPERS):
        add_paper(g, f"paper/t-{_slug_hash(title)}", title, abstract, date=date, year=year,
                  organization=org, upvotes=up, url=f"https://arxiv.org/abs/2301.{i:05d}",
                  links=links, code=code, page=page)
    return finish(g)


XSS_TITLE = '<script>alert(1)</script>"><img src=x onerror=window.__xss=1> Evil Paper'
XSS_ABSTRACT = ('We test <script>alert(1)</script> and "><img src=x onerror=window.__xss=1> '
                "on the COCO dataset with </script><script>window.__xss=1</script> payloads.")
XSS_URL = "javascript:window.__xss=1"


def xss_graph() -> nx.MultiDiGraph:
    """The sample graph plus one paper whose every text field carries script payloads."""
    g = sample_graph()
    pid = "paper/t-evil"
    add_paper(g, pid, XSS_TITLE, XSS_ABSTRACT, date="<img src=x onerror=window.__xss=1>",
              organization='"><svg onload=window.__xss=1>', upvotes=1, url=XSS_URL,
              links={"uses_dataset": ["dataset/coco"], "proposes": ["method/evil"]},
              code="data:text/html,<script>window.__xss=1</script>", page=XSS_URL)
    g.nodes["method/evil"]["label"] = "<img src=x onerror=window.__xss=1>"
    g.nodes["method/evil"]["aliases"] = ["</script><script>window.__xss=1</script>"]
    add_xss_results(g, pid)
    return finish(g)


# Papers with results (docs/graph-model.md, Results), built through kg's own graph builder from
# hand-made extractions: title, abstract, proposed method, [(value, metric, dataset, unit, higher
# is better)]. Three tables rank more than one paper; DeltaNet's gain is an improvement (never
# ranked, listed under the ImageNet tables).
RESULT_PAPERS = [
    ("AlphaNet: Residual Learning at Scale", "AlphaNet reaches 81.0% top-1 accuracy on ImageNet "
     "and an FID of 9.5 on COCO.", "AlphaNet",
     [("81.0", "top-1 accuracy", "ImageNet", "%", True), ("9.5", "FID", "COCO", "", False)]),
    ("BetaNet: Vision Transformers Without Convolutions", "BetaNet reaches 84.1% top-1 accuracy "
     "on ImageNet and an FID of 7.2 on COCO.", "BetaNet",
     [("84.1", "top-1 accuracy", "ImageNet", "%", True), ("7.2", "FID", "COCO", "", False)]),
    ("GammaNet: Efficient Detection with Sparse Queries", "GammaNet reaches 82.5% top-1 accuracy "
     "on ImageNet and 41.3 AP on COCO.", "GammaNet",
     [("82.5", "top-1 accuracy", "ImageNet", "%", True), ("41.3", "AP", "COCO", "", True)]),
    ("EpsilonNet: Diffusion for Dense Prediction", "EpsilonNet reaches 44.0 AP on COCO and an FID "
     "of 12.4 on COCO.", "EpsilonNet",
     [("44.0", "AP", "COCO", "", True), ("12.4", "FID", "COCO", "", False)]),
    ("ZetaNet: Mobile Networks for the Edge", "ZetaNet reaches 79.2% top-1 accuracy on ImageNet.",
     "ZetaNet", [("79.2", "top-1 accuracy", "ImageNet", "%", True)]),
    ("EtaNet: Masked Pre-training of Image Encoders", "EtaNet reaches 85.7% top-1 accuracy on "
     "ImageNet after masked pre-training.", "EtaNet",
     [("85.7", "top-1 accuracy", "ImageNet", "%", True)]),
    ("ThetaNet: Distilling Large Models into Small Ones", "ThetaNet reaches 83.3% top-1 accuracy "
     "on ImageNet with distillation.", "ThetaNet",
     [("83.3", "top-1 accuracy", "ImageNet", "%", True)]),
]
IMPROVEMENT_PAPER = ("DeltaNet: Better Training Recipes", "DeltaNet improves top-1 accuracy by 2.0% "
                     "over AlphaNet on ImageNet.")


def results_graph() -> nx.MultiDiGraph:
    """Eight papers whose results make leaderboards on ImageNet and COCO (kg.graph.build_graph)."""
    from kg.graph import build_graph
    from kg.model import Extraction, Mention, Paper, Result, Role, Source

    def mention(p, role, text):
        i = p.abstract.index(text)
        return Mention(role, text, "abstract", i, i + len(text), p.abstract, "test", 0.9)

    def result(p, value, metric, dataset, method, unit="%", kind="absolute", hib=True, baseline=None):
        i = p.abstract.index(value)
        return Result(metric, value, float(value), unit, kind, dataset, method, True, baseline, "abstract",
                      i, i + len(value), p.abstract, f"results:{kind}:test", 0.8, hib)

    def paper(n, title, abstract):
        return Paper(title=title, abstract=abstract, source=Source("lb.jsonl", n), arxiv_id=f"2401.{n:05d}",
                     date=f"2024-01-{n:02d}", year=2024, url=f"https://arxiv.org/abs/2401.{n:05d}")

    extractions = []
    for n, (title, abstract, method, results) in enumerate(RESULT_PAPERS, 1):
        p = paper(n, title, abstract)
        ms = [mention(p, Role.PROPOSED, method)]
        ms += [mention(p, Role.DATASET, d) for d in dict.fromkeys(r[2] for r in results)]
        rs = [result(p, v, m, d, method, u, hib=h) for v, m, d, u, h in results]
        extractions.append(Extraction(p, tuple(ms), tuple(rs)))
    p = paper(len(RESULT_PAPERS) + 1, *IMPROVEMENT_PAPER)
    extractions.append(Extraction(
        p, (mention(p, Role.PROPOSED, "DeltaNet"), mention(p, Role.DATASET, "ImageNet")),
        (result(p, "2.0", "top-1 accuracy", "ImageNet", "DeltaNet", kind="improvement", baseline="AlphaNet"),)))
    return build_graph(extractions)


def add_xss_results(g: nx.MultiDiGraph, pid: str) -> None:
    """A ranked result on paper ``pid`` whose dataset, metric, method, value, unit and evidence
    all carry script payloads (docs/graph-model.md, Results)."""
    for node, kind in (("dataset/evil", "dataset"), ("metric/evil", "metric")):
        g.add_node(node, kind=kind, label=f"<img src=x onerror=window.__xss=1> {kind}", iri=IRI + node,
                   aliases=['"><svg onload=window.__xss=1>'], papers=1)
        g.add_edge(pid, node, key="uses_dataset" if kind == "dataset" else "reports_metric",
                   relation="uses_dataset" if kind == "dataset" else "reports_metric", evidence=[],
                   confidence=0.9, value=None)
    g.nodes["metric/evil"]["higher_is_better"] = True
    evidence = {"field": "abstract", "start": 0, "end": 3, "rule": "test", "confidence": 0.8, "text": "x",
                "sentence": "</script><script>window.__xss=1</script> reaches <b onmouseover=window.__xss=1>99</b>"}
    common = {"metric": "metric/evil", "dataset": "dataset/evil", "method": "method/evil", "proposed": True,
              "unit": "<i>u</i>", "evidence": evidence}
    g.nodes[pid]["results"] = [
        {**common, "kind": "absolute", "baseline": None, "value": "<img src=x onerror=window.__xss=1>", "number": 99.0},
        {**common, "kind": "improvement", "baseline": "method/evil", "value": "javascript:window.__xss=1", "number": 1.0},
    ]
