"""The read gold sets the training scripts learn from and cross-validate over.

name -> (gold file, papers). Only the read sets (seeds, heldout, dev2-4, train1r, train2, train3)
and the open sets (blind2, blind5, blind6, blind7: held out until session 23, then opened as
development sets; annotated by other hands than the older read sets): the check sets (blind,
blind3, blind4, dev5, train1c) are scored by totals only, and the closed held-out sets
(``tests/data/draw_order.py`` CLOSED) measure; nobody trains on either. Session 25's single-key
development sets (metrics25: metrics only; own25: proposed and introduced datasets only) are not
here: their other keys are empty lists, not annotations, so they would teach a model that every
other name is wrong. The seeds' gold is read
from ``$KG_SHARED/gold`` (default: the ``shared`` folder beside the checkout); train1r, the read two
thirds of ``tests/data/train1`` (index not a multiple of 3, as ``tests/test_evaluate_train1.py``
splits it), is written from it into ``build/dev-sets`` (:func:`train1_read_part`); a script skips a set
whose files are missing.
"""
import gzip
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.model import title_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SPLIT = ROOT / "build/dev-sets"


def train1_read_part() -> tuple[Path, Path]:
    """(gold, papers) of train1's read part: the lines of ``tests/data/train1``'s files whose index is
    not a multiple of 3 (560 of 840; the other 280 are a check set), written under ``build/dev-sets``
    when missing or stale, so every script reads the same split from the committed set."""
    out = []
    for kind in ("gold", "papers"):
        lines = (ROOT / f"tests/data/train1/train1.{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        text = "".join(line + "\n" for i, line in enumerate(lines) if i % 3)
        path = SPLIT / f"train1r.{kind}.jsonl"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            SPLIT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        out.append(path)
    return out[0], out[1]


def _in_tests(*names: str) -> dict[str, tuple[Path, Path]]:
    """The sets kept as ``tests/data/NAME/NAME.{gold,papers}.jsonl``: name -> (gold, papers)."""
    return {name: (ROOT / f"tests/data/{name}/{name}.gold.jsonl", ROOT / f"tests/data/{name}/{name}.papers.jsonl")
            for name in names}


#: The read and open sets: name -> (gold, papers). No check or closed set.
READ_SETS = {
    "seeds": (SHARED / "gold/seeds.gold.jsonl", ROOT / "seeds"),
    "heldout": (ROOT / "tests/data/heldout/dev.gold.jsonl", ROOT / "tests/data/heldout/dev.papers.jsonl"),
    **_in_tests("dev2", "dev3", "dev4", "train2", "train3"),
    "train1r": train1_read_part(),
    **_in_tests("blind2", "blind5", "blind6", "blind7"),
}
#: The name the older scripts read (the same sets).
DEV_SETS = READ_SETS


def read_set_papers() -> Iterator[tuple[str, dict[str, dict], list]]:
    """(name, gold record by title key, the papers the gold covers) of each read set, in order; a set
    whose files are missing is skipped with a note."""
    from kg.evaluate import load_gold
    from kg.ingest import read_inputs

    for name, (g, p) in READ_SETS.items():
        if not (Path(g).exists() and Path(p).exists()):
            print(f"{name}: {g} or {p} missing, skipped")
            continue
        gold = {title_key(x["title"]): x for x in load_gold(g)}
        yield name, gold, [q for q in read_inputs([str(p)]).papers if title_key(q.title) in gold]


def hooked_rows(hook: str, record: Callable[..., dict], label: Callable[[str, dict], int]) -> list[dict]:
    """Every gold paper of the read sets, extracted with ``kg.extract.resolve``'s ``hook`` (a step
    taking ``text, tend, tasks, ...`` and returning tasks) left out: the step returns its tasks as
    they came, and ``record(text, tend, tasks, ...)`` (a dict holding the paper's items as "surf" and
    their "feats") is kept for the paper. A row a paper: its set, title, gold, kg's tasks, what was
    recorded, and ``label(surface, row)`` for each recorded surface ("labels")."""
    from kg.extract import Extractor, resolve

    seen: dict[str, dict] = {}

    def hooked(text, tend, tasks, *args, **kwargs):
        seen[title_key(text[:tend])] = record(text, tend, tasks, *args, **kwargs)
        return tasks

    shipped = getattr(resolve, hook)
    setattr(resolve, hook, hooked)
    try:
        ex, rows = Extractor(), []
        for name, gold, papers in read_set_papers():
            for e in list(ex.extract(papers)):
                k = title_key(e.paper.title)
                got = seen.get(k, {"surf": [], "feats": []})
                row = {"set": name, "title": e.paper.title, "gold": gold[k], "tasks": e.surface_lists()["tasks"], **got}
                rows.append(row | {"labels": [label(x, row) for x in got["surf"]]})
            seen.clear()
    finally:
        setattr(resolve, hook, shipped)
    return rows


def pooled(row: dict[str, tuple]) -> tuple[int, int, int, float]:
    """(tp, fp, fn, F1) summed over a cross-validation row's sets (each set's tuple starts tp, fp, fn)."""
    tp, fp, fn = (sum(v[i] for v in row.values()) for i in range(3))
    return tp, fp, fn, 2 * tp / (2 * tp + fp + fn)


def print_cv(table: dict, base: object, head: str, prefix: Callable[[object], str], against: str) -> None:
    """Print a cross-validation ``table`` (setting -> held-out set -> (tp, fp, fn, F1)): each setting's
    F1 per set, its pooled totals, and how many sets it lifts and lowers against setting ``base``
    (``head`` heads the setting column, ``prefix(setting)`` starts its row, ``against`` names ``base``)."""
    sets = list(table[base])
    print(f"{head} " + " ".join(f"{s:>8s}" for s in sets) + f"  pooled (tp fp fn F1)  sets>{against}/<{against}")
    for key, row in table.items():
        better = sum(row[s][3] > table[base][s][3] for s in sets)
        worse = sum(row[s][3] < table[base][s][3] for s in sets)
        tp, fp, fn, f1 = pooled(row)
        print(prefix(key) + " ".join(f"{row[s][3]:8.3f}" for s in sets) + f"  {tp} {fp} {fn} {f1:.4f}  {better}/{worse}")


def write_weights(ap, out: Path | None, make) -> None:
    """``export``: the weights ``make()`` trains, written to ``out`` as sorted JSON (the parser ``ap``
    stops with an error, before any training, when no ``--out`` is given)."""
    if out is None:
        ap.error("export needs --out")
    out.write_text(json.dumps(make(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"weights written to {out}")


def papers_outside_gold(corpus: Path, exclude: set[str]) -> Iterator[tuple[int, str, str, str]]:
    """(line number, title key, title, abstract) of each paper of a JSONL.gz corpus with an abstract,
    once per title key, skipping the papers whose sha1(title key) is in ``exclude`` (the gold papers,
    so that no evaluated paper shapes what is measured on it)."""
    seen: set[str] = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            rec = json.loads(line)
            title, abstract = rec.get("title") or "", rec.get("abstract") or ""
            key = title_key(title)
            if not key or not abstract or key in seen or hashlib.sha1(key.encode()).hexdigest() in exclude:
                continue
            seen.add(key)
            yield n, key, title, abstract
