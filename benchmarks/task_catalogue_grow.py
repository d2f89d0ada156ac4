"""Filter the task candidates (benchmarks/task_candidates.txt) for the catalogue (issue 11, tasks7).

Drops names the catalogue already holds (by name or alias: aliases already owned are removed from
the candidate) and counts, for each remaining one, the corpus abstracts and titles that use one of
its forms (case-insensitive, word boundaries, hyphen or space between the words). Counts how many
kept names also occur in a gold file (printed as a count only; the closed held-out sets, ``CLOSED``
of tests/data/draw_order.py, are never opened: :func:`catalogue_grow.gold_files`). Names listed under a "## batch 2" heading or later, written after the dev sets' misses
had been read, are dropped when one of their forms occurs in a gold file (counted, never printed),
so that no figure is met by fitting. Prints one JSON line per candidate, with ``n_abstracts``
and ``n_titles``:

    .venv/bin/python benchmarks/task_catalogue_grow.py > /work/scratch/tasks7/counts.jsonl

``--dry-run`` prints the gold files that would be read (names only) and stops.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from catalogue_grow import CORPUS, gold_files, gold_text  # noqa: E402  (run from benchmarks/ or with it on sys.path)

from kg.extract.catalogue_data import DEFAULT_PATH, read_catalogue
from kg.model import normalize_name

ROOT = Path(__file__).resolve().parents[1]


def candidates(path: Path) -> list[dict]:
    out, domain_seen = [], set()
    batch2 = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        batch2 = batch2 or raw.startswith("## batch 2")
        if not raw.strip() or raw.startswith("#"):
            continue
        domain, name, aliases = (p.strip() for p in raw.split("|"))
        key = normalize_name(name)
        if key in domain_seen:
            continue  # listed under two fields
        domain_seen.add(key)
        out.append({"name": name, "domain": domain, "batch2": batch2,
                    "aliases": [a.strip() for a in aliases.split(";") if a.strip()]})
    return out


def form_re(form: str) -> re.Pattern:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", form.lower())]
    return re.compile(r"(?<![\w\-])" + r"[\s\-]".join(words) + r"(?![\w\-])")


def main() -> None:
    if "--dry-run" in sys.argv[1:]:
        print("\n".join(gold_files()))
        return
    cat = read_catalogue(DEFAULT_PATH)
    owned = {normalize_name(f) for e in cat.entries for f in e.surface_forms}
    owned |= {k.replace("-", " ") for k in owned}
    gold = gold_text().lower()
    stats: dict[str, int] = defaultdict(int)
    kept = []
    for c in candidates(ROOT / "benchmarks/task_candidates.txt"):
        if normalize_name(c["name"]) in owned or normalize_name(c["name"]).replace("-", " ") in owned:
            stats["already in the catalogue"] += 1
            continue
        c["aliases"] = [a for a in c["aliases"] if normalize_name(a).replace("-", " ") not in owned]
        c["res"] = [form_re(f) for f in [c["name"], *c["aliases"]]]
        c["first"] = {re.split(r"[\s\-]+", f.lower())[0] for f in [c["name"], *c["aliases"]]}
        if any(r.search(gold) for r in c["res"]):
            if c["batch2"]:
                stats["dropped (batch 2): a form occurs in a gold file"] += 1
                continue
            stats["kept names (batch 1) that occur in a gold file"] += 1
        kept.append(c)
    by_first = defaultdict(list)
    for i, c in enumerate(kept):
        for w in c["first"]:
            by_first[w].append(i)
    n_abs, n_title = defaultdict(int), defaultdict(int)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            title = str(d.get("title") or "").lower()
            text = title + "\n" + str(d.get("abstract") or "").lower()
            words = set(re.findall(r"[\w']+", text))
            for i in {i for w in words & by_first.keys() for i in by_first[w]}:
                res = kept[i]["res"]
                if any(r.search(text) for r in res):
                    n_abs[i] += 1
                    if any(r.search(title) for r in res):
                        n_title[i] += 1
    for i, c in enumerate(kept):
        print(json.dumps({"name": c["name"], "domain": c["domain"], "aliases": c["aliases"],
                          "n_abstracts": n_abs[i], "n_titles": n_title[i]}, ensure_ascii=False))
    stats["candidates left"] = len(kept)
    for k, v in stats.items():
        print(f"{k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
