"""Scoring a committed gold set with the extractor, shared by the floor tests (no tests here).

- :func:`extraction_report`: the lists of every paper (proposed, datasets, ...) against a gold file;
- :func:`results_report`: the result tuples of every paper against a results gold file;
- :func:`assert_f1_floor`, :func:`assert_precision_floor`, :func:`assert_view_floors`: the floor
  checks, with the failing figure and the whole table in the message.
Papers files are JSON Lines with ``title``, ``abstract`` and optional ``venue``, in gold order.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.evaluate import EvalReport, load_gold, score
from kg.evaluate_results import predicted_results, score_results
from kg.model import Paper, Source


def read_papers(path: Path) -> list[Paper]:
    """The papers of a gold set, each with its line number as its record."""
    papers = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            r = json.loads(line)
            papers.append(Paper(r["title"], r.get("abstract") or "", Source(str(path), n, n), venue=r.get("venue")))
    return papers


def extraction_predictions(papers_path: Path) -> list[dict]:
    """The records `kg eval` scores, one per paper of ``papers_path``."""
    from kg.extract import extract_papers

    return [{"title": e.paper.title, **e.surface_lists()} for e in extract_papers(read_papers(papers_path))]


def extraction_report(papers_path: Path, gold_path: Path) -> EvalReport:
    return score(load_gold(gold_path), extraction_predictions(papers_path))


def results_report(papers_path: Path, gold_path: Path) -> EvalReport:
    from kg.extract import extract_papers

    # the rows `kg eval` scores
    return score_results(load_gold(gold_path), predicted_results(extract_papers(read_papers(papers_path))))


def assert_f1_floor(report: EvalReport, key: str, floor: float) -> None:
    assert report.f1(key) >= floor, f"{key} F1 {report.f1(key):.3f} < {floor}\n{report.table()}"


def assert_precision_floor(report: EvalReport, key: str, floor: float) -> None:
    p = report.scores[key].precision
    assert p >= floor, f"{key} precision {p:.3f} < {floor}\n{report.table()}"


def assert_view_floors(report: EvalReport, view: str, floors: tuple[float, float]) -> None:
    """A result-tuple view's precision and recall against its (precision, recall) floors."""
    s = report.scores[view]
    precision_floor, recall_floor = floors
    assert s.precision >= precision_floor, f"{view}: precision {s.precision:.3f} < {precision_floor}"
    assert s.recall >= recall_floor, f"{view}: recall {s.recall:.3f} < {recall_floor}"
