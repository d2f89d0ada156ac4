"""Scoring extractions against a gold file (see ``shared/gold/GUIDELINES.md``).

Papers are paired by normalized title. Per key, precision / recall / F1 are micro-averaged
over papers. A gold entry "A|B" is matched by either form; matching ignores case, dash
variants and surrounding whitespace. Predicted strings that match a gold "doubtful" entry are
neither rewarded nor penalised, and a second predicted form of an already matched entry
("COCO" after "MS COCO") is not counted again.

``relaxed=True`` (``kg eval --relaxed``) matches names as the SciREX dev set is meant to be read and as
result tuples always are (:func:`names_match`): ignoring dashes, one name containing the other as
whole words ("CNN/DailyMail cloze test" ~ "CNN/DailyMail"). SciREX marks spans with their
descriptors ("Atari games domain"), which the guidelines leave out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GoldError
from .model import ROLE_KEYS, normalize_name, title_key

__all__ = ["MERGED", "VIEWS", "tally", "KeyScore", "PaperErrors", "EvalReport", "load_gold", "names_match", "score"]

#: Merged views: a name counted under either of two keys.
MERGED: dict[str, tuple[str, ...]] = {
    "any_method": ("proposed", "methods"),
    "any_dataset": ("introduced_datasets", "datasets"),
    "urls": ("code_urls", "other_urls"),
}


def _key(s: str) -> str:
    return normalize_name(s)


def names_match(a: str | None, b: str | None) -> bool:
    """Relaxed name match: equal ignoring case and dashes ("F1-score" ~ "F1 score", "CIFAR10" ~
    "CIFAR-10"), or one name contains the other as whole words ("COCO dataset" ~ "COCO"). Two empty
    names match; an empty and a named one do not."""
    if not a or not b:
        return not a and not b
    # "ignoring dashes": normalize_name only unifies the dash characters
    x, y = (re.sub(r"[\s-]+", " ", normalize_name(n)).strip() for n in (a, b))
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    short, long_ = sorted((x, y), key=len)
    return bool(short) and re.search(rf"(?<![\w]){re.escape(short)}(?![\w])", long_) is not None


def load_gold(path: str | Path) -> list[dict]:
    """Gold records, one JSON object per line; a malformed line raises :class:`GoldError` naming it."""
    path = Path(path)
    out = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    out.append(_gold_record(line, f"{path}:{n}"))
    except UnicodeDecodeError as e:
        raise GoldError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})", fix="save the gold file as UTF-8 JSONL") from e
    except OSError as e:
        raise GoldError(f"{path}: cannot read the gold file ({e.strerror or e})", fix="check the path and its permissions") from e
    if not out:
        raise GoldError(f"{path}: no gold records", fix="write one JSON object per line, each with a 'title'")
    return out


def _gold_record(line: str, where: str) -> dict:
    fix = 'each line is one JSON object: {"title": "...", "proposed": ["..."], ...} (see GUIDELINES.md)'
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise GoldError(f"{where}: not JSON ({e.msg} at column {e.colno})", fix=fix) from e
    if not isinstance(rec, dict):
        raise GoldError(f"{where}: a JSON {type(rec).__name__}, not an object", fix=fix)
    if not isinstance(rec.get("title"), str) or not rec["title"].strip():
        raise GoldError(f"{where}: the gold record has no 'title' string", fix=fix)
    if "results" in rec:  # a results gold record: tuples, not names
        for key in ("results", "doubtful"):
            value = rec.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, dict) and "value" in v for v in value):
                raise GoldError(f"{where}: {key!r} must be a list of result objects with a 'value'", fix=fix)
        return rec
    for key in (*ROLE_KEYS, "doubtful"):
        value = rec.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise GoldError(f"{where}: {key!r} must be a list of strings, not {json.dumps(value)[:60]}", fix=fix)
    return rec


@dataclass
class KeyScore:
    """Counts for one key; precision, recall and F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PaperErrors:
    """What one paper got wrong, per key."""

    title: str
    missed: dict[str, list[str]] = field(default_factory=dict)
    false: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class EvalReport:
    """Scores per key plus the errors of every paper; ``unmatched`` lists gold titles with no prediction."""

    scores: dict[str, KeyScore]
    papers: list[PaperErrors]
    unmatched: list[str] = field(default_factory=list)
    paired: int = 0

    def f1(self, key: str) -> float:
        return self.scores[key].f1

    def to_dict(self) -> dict:
        return {
            "papers": self.paired,
            "unmatched_gold_titles": self.unmatched,
            "scores": {
                k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for k, s in self.scores.items()
            },
            "errors": [
                {"title": p.title, "missed": p.missed, "false": p.false}
                for p in self.papers if p.missed or p.false
            ],
        }

    def table(self) -> str:
        rows = [("key", "P", "R", "F1", "tp", "fp", "fn")]
        for k, s in self.scores.items():
            rows.append((k, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn)))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = []
        for j, r in enumerate(rows):
            cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
            lines.append("  ".join(cells))
            if j == 0:
                lines.append("  ".join("-" * w for w in widths))
        lines.append(f"({self.paired} papers paired" + (f", {len(self.unmatched)} gold titles unmatched)" if self.unmatched else ")"))
        return "\n".join(lines)

    def errors(self) -> str:
        out = []
        for p in self.papers:
            if not (p.missed or p.false):
                continue
            out.append(f"## {p.title}")
            # result gold files report under "results", not under a role key
            for k in [*ROLE_KEYS, *sorted((p.missed.keys() | p.false.keys()) - set(ROLE_KEYS))]:
                if p.missed.get(k):
                    out.append(f"  {k:20s} missed: {', '.join(p.missed[k])}")
                if p.false.get(k):
                    out.append(f"  {k:20s} false:  {', '.join(p.false[k])}")
        for t in self.unmatched:
            out.append(f"## (no prediction) {t}")
        return "\n".join(out)


def _compare(gold_items: list[str], doubtful: list[str], predicted: list[str],
             relaxed: bool = False) -> tuple[int, list[str], list[str]]:
    """(true positives, missed gold entries, false predictions) for one paper and key."""
    entries = [[_key(a) for a in g.split("|")] for g in gold_items]
    doubt = {_key(a) for d in doubtful for a in d.split("|")}
    if relaxed:
        return _compare_relaxed(gold_items, entries, doubt, predicted)
    matched = [False] * len(entries)
    false: list[str] = []
    seen: set[str] = set()
    for p in predicted:
        k = _key(p)
        if k in seen:
            continue
        seen.add(k)
        hit = next((i for i, alts in enumerate(entries) if k in alts), None)
        if hit is not None:
            matched[hit] = True  # a second form of the same entry is neither a hit nor an error
        elif k not in doubt:
            false.append(p)
    missed = [gold_items[i] for i, m in enumerate(matched) if not m]
    return sum(matched), missed, false


def _compare_relaxed(gold_items: list[str], entries: list[list[str]], doubt: set[str],
                     predicted: list[str]) -> tuple[int, list[str], list[str]]:
    """``_compare`` with :func:`names_match`: a prediction takes the first gold entry it matches that
    no earlier prediction took, else any entry it matches (a second form of it), else it is false."""
    matched = [False] * len(entries)
    false: list[str] = []
    for p in dict.fromkeys(predicted):
        hits = [i for i, alts in enumerate(entries) if any(names_match(a, p) for a in alts)]
        if hits:
            matched[next((i for i in hits if not matched[i]), hits[0])] = True
        elif not any(names_match(d, p) for d in doubt):
            false.append(p)
    missed = [gold_items[i] for i, m in enumerate(matched) if not m]
    return sum(matched), missed, false


#: Every key scored: each role key alone, then the merged views.
VIEWS: dict[str, tuple[str, ...]] = {k: (k,) for k in ROLE_KEYS} | MERGED


def tally(scores: dict[str, KeyScore], errs: PaperErrors, gold: dict, other: dict, compare) -> None:
    """Add one paper to ``scores`` under every view and its role keys' errors to ``errs``;
    ``compare(gold_items, other_items)`` gives (matched, missed gold items, false other items)."""
    for k, parts in VIEWS.items():
        tp, missed, false = compare([x for part in parts for x in (gold.get(part) or [])],
                                    [x for part in parts for x in (other.get(part) or [])])
        s = scores[k]
        s.tp += tp
        s.fn += len(missed)
        s.fp += len(false)
        if k in ROLE_KEYS:
            if missed:
                errs.missed[k] = missed
            if false:
                errs.false[k] = false


def score(gold: list[dict], predicted: list[dict], relaxed: bool = False) -> EvalReport:
    """Compare predicted ``{"title": ..., key: [surface, ...]}`` records with gold records
    (``relaxed``: names match by :func:`names_match`)."""
    by_title = {}
    for p in predicted:
        by_title.setdefault(title_key(p.get("title", "")), p)
    scores = {k: KeyScore() for k in VIEWS}
    papers: list[PaperErrors] = []
    unmatched: list[str] = []
    paired = 0
    for g in gold:
        p = by_title.get(title_key(g["title"]))
        if p is None:
            unmatched.append(g["title"])
            p = {}
        else:
            paired += 1
        errs = PaperErrors(g["title"])
        doubtful = list(g.get("doubtful") or [])
        tally(scores, errs, g, p, lambda gold_items, pred_items: _compare(gold_items, doubtful, pred_items, relaxed))
        papers.append(errs)
    return EvalReport(scores, papers, unmatched, paired)
