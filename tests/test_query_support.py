"""Graphs shared by the query, RDF and endpoint tests (no tests here).

- :func:`seeds_graph`: ``kg.build(["seeds"])``, built once per test process. Its entities change
  with the extractor, so tests compute their expectations from it.
- :func:`fixture_graph`: four hand-written papers with hand-written mentions, independent of the
  extractor, covering every relation, aliases, metric values, a baseline comparison, two papers
  proposing "HACK", and names with quotes, non-ASCII letters and SPARQL syntax in them.
- :func:`write_hack_papers`: two Daily Papers text files whose papers are both titled "HACK: ...".
"""

from __future__ import annotations

import dataclasses

from functools import lru_cache
from pathlib import Path

import kg
from kg.api import KnowledgeGraph
from kg.graph import build_graph
from kg.model import Extraction, Mention, Paper, Role, Source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

#: A parameter value written to break out of a string literal if it were pasted into the query.
MALICIOUS = 'x" } ; DROP ALL ; #'


@lru_cache(maxsize=1)
def seeds_graph() -> KnowledgeGraph:
    return kg.build([str(SEEDS)], jobs=1)


def _paper(n: int, title: str, abstract: str, **kw) -> Paper:
    return Paper(title=title, abstract=abstract, source=Source("fixture.txt", n), **kw)


def _m(paper: Paper, role: Role, text: str, rule: str = "fixture", confidence: float = 0.9, **kw) -> Mention:
    """A mention of ``text`` at its first occurrence in the title, else the abstract."""
    field, body = ("title", paper.title) if text in paper.title else ("abstract", paper.abstract)
    start = body.find(text)
    assert start >= 0, f"{text!r} is not in {paper.title!r}"
    return Mention(role, text, field, start, start + len(text), body, rule, confidence, **kw)


@lru_cache(maxsize=1)
def fixture_graph() -> KnowledgeGraph:
    return KnowledgeGraph(build_graph(fixture_extractions()))


def fixture_extractions() -> list[Extraction]:
    """The hand-written papers and mentions behind :func:`fixture_graph`, in input order."""
    p1 = _paper(
        1,
        "HACK: Learning a Head and Neck Model",
        "We propose HACK, a parametric head and neck model for talking head generation. "
        "HACK outperforms Wav2Lip on HDTF and MEAD, reaching an FID of 12.5. "
        "Code: https://github.com/example/hack",
        date="Jan 2, 2023", year=2023, organization="Show Lab", arxiv_id="2301.00001", upvotes=3, author_count=4,
    )
    p2 = _paper(
        2,
        "HACK: Hierarchical Audio Conditioned Keypoints",
        "We present HACK, audio-conditioned keypoints for Talking Head Generation. "
        "On the HDTF dataset our method surpasses Wav2Lip and SadTalker with FID 10.1 and PSNR 31.2. "
        "We also compare with CLIP.",
        date="Mar 5, 2024", year=2024, organization="Show Lab",
    )
    p3 = _paper(
        3,
        "VoxData: A Benchmark for Speaker Verification",
        "We introduce VoxData, a dataset for speaker verification, and evaluate on MEAD. "
        "Project page: https://example.org/voxdata",
        date="Jul 16", organization="Sony",
    )
    p4 = _paper(
        4,
        "Ünïcode-Net and the \"Quoted\" Model",
        'We propose Ünïcode-Net and the Q"Net model for talking head generation, trained on HDTF, MEAD '
        'and x" } ; DROP ALL ; # (a dataset with a hostile name). Code at https://github.com/example/unicode-net',
        date="Feb 29, 2024", year=2024,
    )
    exs = [
        Extraction(p1, (
            _m(p1, Role.PROPOSED, "HACK", "proposed-title"),
            _m(p1, Role.TASK, "talking head generation"),
            _m(p1, Role.METHOD, "Wav2Lip", "outperform-pattern", 0.8),
            _m(p1, Role.DATASET, "HDTF"),
            _m(p1, Role.DATASET, "MEAD"),
            _m(p1, Role.METRIC, "FID", value="12.5"),
            _m(p1, Role.CODE_URL, "https://github.com/example/hack", "url"),
        )),
        Extraction(p2, (
            _m(p2, Role.PROPOSED, "HACK", "proposed-title"),
            _m(p2, Role.TASK, "Talking Head Generation", canonical="talking head generation"),
            _m(p2, Role.DATASET, "HDTF dataset", canonical="HDTF"),
            _m(p2, Role.METHOD, "Wav2Lip", "surpass-pattern", 0.85),
            _m(p2, Role.METHOD, "SadTalker", "surpass-pattern", 0.85),
            _m(p2, Role.METHOD, "CLIP", "compare-pattern", 0.7),
            _m(p2, Role.METRIC, "FID", value="10.1"),
            _m(p2, Role.METRIC, "PSNR", value="31.2"),
        )),
        Extraction(p3, (
            _m(p3, Role.INTRODUCED_DATASET, "VoxData", "introduce-pattern"),
            _m(p3, Role.DATASET, "MEAD"),
            _m(p3, Role.TASK, "speaker verification"),
            _m(p3, Role.OTHER_URL, "https://example.org/voxdata", "url"),
        )),
        Extraction(p4, (
            _m(p4, Role.PROPOSED, "Ünïcode-Net", "proposed-pattern"),
            _m(p4, Role.PROPOSED, 'Q"Net', "proposed-pattern"),
            _m(p4, Role.TASK, "talking head generation"),
            _m(p4, Role.DATASET, "HDTF"),
            _m(p4, Role.DATASET, "MEAD"),
            _m(p4, Role.DATASET, MALICIOUS),
            _m(p4, Role.CODE_URL, "https://github.com/example/unicode-net", "url"),
        )),
    ]
    # results as the extractor finds them, from the text and these mentions
    return [dataclasses.replace(e, results=_results(e)) for e in exs]


def _results(e: Extraction):
    from kg.extract.results import paper_results
    from kg.extract.sentences import split_sentences

    return paper_results(e.paper.title, e.paper.abstract, e.mentions, split_sentences)


_DAILY_PAPERS = """new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

{day}

{title}

{abstract}

  • 3 authors
·
{date}
"""


def write_hack_papers(folder: Path) -> list[Path]:
    """Two Daily Papers pages, each with one paper titled "HACK: ..." that proposes HACK."""
    papers = [
        ("hack_a.txt", "Nov 7", "HACK: Learning a Parametric Head and Neck Model for High-fidelity Animation",
         "We propose HACK, a novel parametric model for constructing the head and cervical region of digital "
         "humans. HACK disentangles the neck and larynx motions and outperforms previous head models on our "
         "new dataset. Code is available at https://github.com/example/hack-neck.", "Apr 1, 2023"),
        ("hack_b.txt", "Nov 8", "HACK: Homomorphic Acceleration via Compression of Key-value caches",
         "We present HACK, a method for efficient inference of large language models that compresses the "
         "key-value cache. Experiments on LongBench show that HACK reduces memory by half with little "
         "accuracy loss compared with previous cache compression methods.", "May 2, 2024"),
    ]
    out = []
    for name, day, title, abstract, date in papers:
        path = folder / name
        path.write_text(_DAILY_PAPERS.format(day=day, title=title, abstract=abstract, date=date), encoding="utf-8")
        out.append(path)
    return out


def span_binds(paper: str) -> str:
    """How queries/evidence.rq reads a record's ``kg:span`` and its text back: the SPARQL after a
    record's pattern (the record's written surface in ?s0 and sentence in ?t0, its paper ``paper``)."""
    return f"""
  BIND(STRBEFORE(?span, "#") AS ?field)
  BIND(STRAFTER(?span, "#char=") AS ?rest)
  BIND(IF(CONTAINS(?rest, ";"), STRBEFORE(?rest, ";"), ?rest) AS ?chars)
  BIND(xsd:integer(STRBEFORE(?chars, ",")) AS ?start)
  BIND(xsd:integer(STRAFTER(?chars, ",")) AS ?end)
  BIND(STRAFTER(?rest, ";sentence=") AS ?inField)
  OPTIONAL {{ {paper} dcterms:title ?title FILTER(?field = "title") }}
  OPTIONAL {{ {paper} dcterms:abstract ?abstract FILTER(?field = "abstract") }}
  BIND(COALESCE(?title, ?abstract) AS ?text)
  BIND(COALESCE(?s0, SUBSTR(?text, ?start + 1, ?end - ?start)) AS ?surface)
  BIND(xsd:integer(STRBEFORE(?inField, ",")) AS ?a)
  BIND(xsd:integer(STRAFTER(?inField, ",")) AS ?b)
  BIND(COALESCE(?t0, SUBSTR(?text, ?a + 1, ?b - ?a), ?text) AS ?sentence)"""
