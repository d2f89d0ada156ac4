"""Check results.gold.jsonl against results.papers.jsonl (standard library only); the second
results set (../results2/check_gold.py) runs this checker on its own folder.

    python3 tests/data/results/check_gold.py

Every line parses; one record per paper, same order; every method/dataset/metric/value/baseline
string occurs verbatim in the title or abstract; every sentence occurs verbatim in the abstract
and contains its value as a whole number (not inside a longer number). Prints the counts.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
KEYS = {"method", "dataset", "metric", "value", "unit", "kind", "sentence"}
UNITS = {"", "%", "dB", "m", "mm", "millimeters", "x", "deg", "degrees", "\u00b0", "\u00b5m"}


def check_tuple(t, paper, where, errors):
    text = paper["title"] + "\n" + paper["abstract"]
    extra = set(t) - KEYS
    if set(t) < KEYS or extra - {"baseline"}:
        errors.append(f"{where}: keys {sorted(t)}")
    if t["kind"] not in ("absolute", "improvement"):
        errors.append(f"{where}: kind {t['kind']!r}")
    if (t["kind"] == "improvement") != ("baseline" in t):
        errors.append(f"{where}: baseline key must be present exactly for improvements")
    if t["unit"] not in UNITS:
        errors.append(f"{where}: unit {t['unit']!r}")
    for key in ("method", "dataset", "metric", "value", "baseline"):
        s = t.get(key)
        if s is None or (key == "method" and s == "(proposed)"):
            continue
        if not isinstance(s, str) or s not in text:
            errors.append(f"{where}: {key} {s!r} not verbatim in title/abstract")
    if t["value"] is None or t["sentence"] not in paper["abstract"]:
        errors.append(f"{where}: sentence not verbatim in abstract")
    elif not re.search(r"(?<![\d.])" + re.escape(t["value"]) + r"(?!\d)", t["sentence"]):
        errors.append(f"{where}: value {t['value']!r} not a whole number in its sentence")


def main(here: Path = HERE, stem: str = "results") -> int:
    papers = [json.loads(l) for l in (here / f"{stem}.papers.jsonl").open(encoding="utf-8")]
    gold = [json.loads(l) for l in (here / f"{stem}.gold.jsonl").open(encoding="utf-8")]
    errors = []
    if len(gold) != len(papers):
        errors.append(f"{len(gold)} gold records for {len(papers)} papers")
    for i, (g, p) in enumerate(zip(gold, papers)):
        if g["source"] != f"{p['venue']}/{p['id']}" or g["title"] != p["title"]:
            errors.append(f"line {i + 1}: source/title {g['source']!r} does not match the sample")
        for part in ("results", "doubtful"):
            for j, t in enumerate(g[part]):
                check_tuple(t, p, f"{g['source']} {part}[{j}]", errors)
    res = [t for g in gold for t in g["results"]]
    dbt = [t for g in gold for t in g["doubtful"]]
    print("papers:", len(gold))
    print("papers with >=1 result:", sum(1 for g in gold if g["results"]))
    print("papers with >=1 absolute result:", sum(1 for g in gold if any(t["kind"] == "absolute" for t in g["results"])))
    print("papers with no result (empty list):", sum(1 for g in gold if not g["results"]))
    print("result tuples:", len(res), dict(Counter(t["kind"] for t in res)))
    print("doubtful tuples:", len(dbt), dict(Counter(t["kind"] for t in dbt)))
    print("results with a dataset:", sum(t["dataset"] is not None for t in res))
    print("results with a metric:", sum(t["metric"] is not None for t in res))
    print("results with a named method:", sum(t["method"] not in (None, "(proposed)") for t in res))
    print("results with (proposed):", sum(t["method"] == "(proposed)" for t in res))
    print("results with method null:", sum(t["method"] is None for t in res))
    print("improvements with a named baseline:", sum(t.get("baseline") is not None for t in res if t["kind"] == "improvement"))
    print("units:", dict(Counter(t["unit"] for t in res)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
