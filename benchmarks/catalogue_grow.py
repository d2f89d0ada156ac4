"""Filter catalogue candidates (benchmarks/catalogue_candidates.txt) for issue 11.

Drops, in order: names already in the catalogue (aliases already owned elsewhere are removed
from the candidate), names any of whose forms occurs in a gold file (counted, never printed:
the house policy, so that no figure is met by fitting), and names the 87K-abstract corpus uses
in fewer than 3 abstracts (word-boundary match). Prints one JSON line per kept candidate with
its corpus counts (any case / exact case / exact case not sentence-initial) so that
``case_sensitive`` and ``ambiguous`` can be set from how the corpus uses the name.

    .venv/bin/python benchmarks/catalogue_grow.py > /work/scratch/cat5/kept.jsonl
    .venv/bin/python benchmarks/catalogue_grow.py --min 1 --section "batch 3" > kept.jsonl

``--min N`` sets the corpus threshold (default 3); ``--section TEXT`` reads only the candidates
listed after the first "## TEXT..." heading (a later batch, without re-reading earlier ones);
``--candidates PATH`` reads another candidates file (benchmarks/method_candidates_s10.txt);
``--closed-too`` also drops forms of the closed held-out sets (``CLOSED`` of tests/data/draw_order.py),
so that no addition can touch them (an automatic drop, counted with the others, never printed).
``--dry-run`` prints the gold files that would be read (names only) and stops.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from kg.extract.catalogue_data import DEFAULT_PATH, read_catalogue
from kg.model import normalize_name

ROOT = Path(__file__).resolve().parents[1]
CORPUS = "/work/shared/corpora/paperlists-abstracts.jsonl.gz"
TYPES = {"m": "method", "d": "dataset", "x": "metric"}
# The closed held-out sets (CLOSED, listed once in tests/data/draw_order.py, loaded by path: tests/data
# is no package) are never opened by default, not even by this script. --closed-too (session 10)
# reads them for an automatic, counted drop only.
GOLD_GLOBS = [str(ROOT / "tests/data/*/*.gold.jsonl"), "/work/shared/gold/**/*.jsonl", "/work/staging/rsplit/dev.gold.jsonl",
              "/work/staging/rsplit/test.gold.jsonl"]
_spec = importlib.util.spec_from_file_location("draw_order", ROOT / "tests/data/draw_order.py")
_draw_order = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_draw_order)
CLOSED: tuple[str, ...] = _draw_order.CLOSED


def candidates(path: Path, section: str | None = None) -> list[dict]:
    out = []
    reading = section is None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if section is not None and raw.startswith("## " + section):
            reading = True
        if not reading or not raw.strip() or raw.startswith("#"):
            continue
        head, name, aliases, full = (p.strip() for p in raw.split("|"))
        t, domain = head.split()
        out.append({"name": name, "type": TYPES[t], "domain": domain,
                    "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
                    "full_name": full or None})
    return out


def pattern(form: str, flags: int = 0) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])", flags)


def is_closed(path: str) -> bool:
    """Is ``path`` a closed set's file: in a folder of that name, or named after it ("blind7.gold.jsonl")?"""
    p = Path(path)
    return any(part in CLOSED for part in p.parent.parts) or p.name.split(".")[0] in CLOSED


def gold_files(closed_too: bool = False) -> list[str]:
    """The gold files :func:`gold_text` reads, sorted (the closed sets' only with ``closed_too``)."""
    files = {f for g in GOLD_GLOBS for f in glob.glob(g, recursive=True)}
    return sorted(f for f in files if closed_too or not is_closed(f))


def gold_text(closed_too: bool = False) -> str:
    return "\n".join(Path(f).read_text(encoding="utf-8") for f in gold_files(closed_too))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=3, help="fewest corpus abstracts a kept name needs")
    ap.add_argument("--section", default=None, help="read only the candidates after this '## ' heading")
    ap.add_argument("--candidates", default=str(ROOT / "benchmarks/catalogue_candidates.txt"), help="candidates file")
    ap.add_argument("--closed-too", action="store_true", help="also drop forms found in the closed held-out sets")
    ap.add_argument("--dry-run", action="store_true", help="print the gold files that would be read, then stop")
    args = ap.parse_args()
    if args.dry_run:
        print("\n".join(gold_files(args.closed_too)))
        return
    cat = read_catalogue(DEFAULT_PATH)
    owned = {normalize_name(f) for e in cat.entries for f in e.surface_forms}
    gold = gold_text(args.closed_too)
    stats = defaultdict(int)
    kept = []
    seen = set()
    for c in candidates(Path(args.candidates), args.section):
        if normalize_name(c["name"]) in seen:
            continue  # listed twice in the candidates
        seen.add(normalize_name(c["name"]))
        if normalize_name(c["name"]) in owned:
            stats["already in the catalogue"] += 1
            continue
        if any(normalize_name(a) in owned for a in c["aliases"]):
            stats["already in the catalogue (an alias)"] += 1
            continue
        forms = [c["name"], *c["aliases"]]
        if any(pattern(f, re.IGNORECASE).search(gold) for f in forms):
            stats["dropped: a form occurs in a gold file"] += 1
            continue
        kept.append(c)
    first = defaultdict(list)  # first word of a form -> (candidate index, form)
    for i, c in enumerate(kept):
        for f in [c["name"], *c["aliases"]]:
            w = re.findall(r"\w+", f.lower())
            first[w[0] if w else f.lower()].append((i, f))
    ci, cs, mid = defaultdict(set), defaultdict(set), defaultdict(set)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            d = json.loads(line)
            text = " ".join(str(d.get(k) or "") for k in ("title", "abstract"))
            words = set(re.findall(r"\w+", text.lower()))
            for w in words & first.keys():
                for i, f in first[w]:
                    if pattern(f, re.IGNORECASE).search(text):
                        ci[i].add(n)
                        for m in pattern(f).finditer(text):
                            cs[i].add(n)
                            before = text[:m.start()].rstrip()
                            if before and before[-1] not in ".!?:":
                                mid[i].add(n)
    for i, c in enumerate(kept):
        if len(ci[i]) < args.min:
            stats[f"dropped: fewer than {args.min} corpus abstracts"] += 1
            continue
        stats["kept"] += 1
        print(json.dumps({**c, "n_any": len(ci[i]), "n_exact": len(cs[i]), "n_mid": len(mid[i])},
                         ensure_ascii=False))
    for k, v in stats.items():
        print(f"{k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
