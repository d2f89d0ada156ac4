"""Mine a lexicon of names the catalogue lacks from a corpus, with kg's own rules (docs/mined-lexicon.md).

Every abstract is extracted; per normalized name the script counts the distinct papers (by title
key) in which each rule source gave it each role. A name enters the lexicon under a kind when its
*strong* sources (``STRONG``: rule sources with high precision on the read sets) found it in enough
papers and the other kinds' papers are at most ``--max-other`` of all its papers; only name-shaped
single words (datasets, metrics, coined method names that are not acronyms) and lower-case task
phrases of two to four words. Catalogue names are left out. Papers whose sha1(title_key(title)) is
in ``--exclude`` are skipped (the gold papers), so no evaluated paper votes for its own names.
Extraction does not read the lexicon (no use of it paid: docs/mined-lexicon.md); it is a review list,
e.g. of catalogue candidates.

    python scripts/mine_lexicon.py --corpus CORPUS.jsonl.gz --exclude EXCLUDE.txt --out mined.json --jobs 2

``--raw FILE`` also writes every name's counts (for choosing sources and thresholds); ``--from-raw``
selects again from them without extracting. The output is deterministic: sorted keys, counts only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_sets import papers_outside_gold  # noqa: E402
from kg.extract import Extractor  # noqa: E402
from kg.extract.catalogue_data import load_catalogue  # noqa: E402
from kg.extract.shapes import is_acronym, is_name_like  # noqa: E402
from kg.model import normalize_name  # noqa: E402
from kg.parallel import parallel_map  # noqa: E402

#: role of a mention -> the lexicon kind it votes for.
KINDS = {"datasets": "dataset", "introduced_datasets": "dataset_own", "methods": "method",
         "proposed": "method_own", "metrics": "metric", "tasks": "task"}
#: rule sources counted as strong evidence per kind (chosen by their precision on the read sets).
STRONG = {
    "dataset": ("context:dataset-noun", "context:after-noun", "context:evaluated-on", "datasets:listed",
                "datasets:the-name-noun", "datasets:noun-then-name", "datasets:apposed", "datasets:valued-on",
                "lists:dataset", "acronyms:dataset"),
    "method_own": ("proposed:title-prefix", "proposed:naming", "acronyms:presented", "proposed:verb",
                   "proposed:apposition", "proposed:our", "proposed:the-proposed"),
    "method": ("acronyms:technique", "context:examples", "context:compared", "acronyms:derived-from",
               "acronyms:reused-search", "context:coordinated", "acronyms:kind-after", "acronyms:listed",
               "context:cited", "acronyms:network-family"),
    "metric": ("metrics:measure-phrase", "metrics:value-of", "lists:measured", "lists:metric", "acronyms:metric"),
}
_CHUNK = 512


def _read(corpus: Path, exclude: set[str]):
    """(title key, title, abstract) of each paper with an abstract, once per title key, skipping ``exclude``."""
    return ((key, title, abstract) for _, key, title, abstract in papers_outside_gold(corpus, exclude))


def _votes(chunk: list[tuple[str, str, str]]) -> list[tuple[str, set[tuple[str, str, str]]]]:
    """Per paper: its key and its (name, kind, rule) triples."""
    out = []
    for (key, _, _), mentions in zip(chunk, Extractor().mentions([(t, a) for _, t, a in chunk])):
        votes = {(normalize_name(m.canonical or m.text), KINDS[m.role.value], m.rule)
                 for m in mentions if m.role.value in KINDS}
        votes |= {(name, kind, "*") for name, kind, _ in votes}  # a kind's papers, whatever the rule
        votes |= {(normalize_name(m.text), "surface", m.text) for m in mentions if m.role.value in KINDS}
        out.append((key, votes))
    return out


def mine(corpus: Path, exclude: set[str], jobs: int, limit: int | None = None) -> tuple[dict, int]:
    """name -> kind -> rule -> distinct papers; and the number of papers read."""
    counts: dict = defaultdict(lambda: defaultdict(Counter))
    it = islice(_read(corpus, exclude), limit)
    chunks = iter(lambda: list(islice(it, _CHUNK)), [])
    n = 0
    for result in parallel_map(_votes, chunks, jobs):
        for _, votes in result:
            n += 1
            for name, kind, rule in votes:
                counts[name][kind][rule] += 1
    return counts, n


def _papers(by_rule: Counter, rules: tuple[str, ...]) -> int:
    # a paper may vote through several rules: the largest single rule is a lower bound
    return max((by_rule.get(r, 0) for r in rules), default=0)


def _forms(surfaces: Counter) -> list[str]:
    """The name-shaped written forms of a name: the most frequent, and any other written twice."""
    shaped = sorted((f for f in surfaces if " " not in f and is_name_like(f)), key=lambda f: (-surfaces[f], f))
    return shaped[:1] + [f for f in shaped[1:] if surfaces[f] >= 2]


def _by_kind(kinds: dict) -> dict[str, int]:
    """kind -> the papers in which any rule gave the name that kind (the "surface" counts are forms, not a kind)."""
    return {k: v.get("*", 0) for k, v in kinds.items() if k != "surface"}


def _kind(kinds: dict, form: str, t: argparse.Namespace) -> str | None:
    """The lexicon kind the evidence for one name supports, if any."""
    papers = _by_kind(kinds)
    every = sum(papers.values())

    def clear(*family: str) -> bool:
        return every - sum(papers.get(k, 0) for k in family) <= t.max_other * every

    data = max(_papers(kinds.get("dataset", Counter()), STRONG["dataset"]),
               _papers(kinds.get("dataset_own", Counter()), STRONG["dataset"]))
    if data >= t.min_papers and clear("dataset", "dataset_own"):
        return "dataset"
    if _papers(kinds.get("metric", Counter()), STRONG["metric"]) >= t.min_papers and clear("metric"):
        return "metric"
    own = _papers(kinds.get("method_own", Counter()), STRONG["method_own"])
    used = _papers(kinds.get("method", Counter()), STRONG["method"])
    # "VoxelPose", not "PRN" nor "UAV": an acronym is coined again and again, and names things of any kind
    if not is_acronym(form) and (own >= t.min_own or used >= t.min_method) and clear("method", "method_own"):
        return "method"
    return None


_TOKEN = re.compile(r"[\w][\w\-+.]*[\w+]")


def common_words(corpus: Path, exclude: set[str], forms: set[str], limit: int | None = None) -> set[str]:
    """The forms whose lower-case spelling is written in at least two abstracts: English words
    ("AutoEncoder", "Coarse-to-Fine"), not coined names."""
    low = {f.lower() for f in forms}
    seen: Counter = Counter()
    for _, _, abstract in islice(_read(corpus, exclude), limit):
        seen.update({w for w in _TOKEN.findall(abstract) if w in low})
    return {f for f in forms if seen[f.lower()] >= 2}


_TASK_PHRASE = re.compile(r"[a-z][a-z0-9\-]*(?: [a-z][a-z0-9\-]*){1,3}")


def _task(name: str, kinds: dict, t: argparse.Namespace) -> bool:
    """A lower-case phrase of two to four words the task rules found in enough papers, and little else."""
    papers = _by_kind(kinds)
    every = sum(papers.values())
    return (t.min_task > 0 and _TASK_PHRASE.fullmatch(name) is not None and papers.get("task", 0) >= t.min_task
            and papers["task"] >= (1 - t.max_other) * every)


def select(counts: dict, t: argparse.Namespace, common: set[str] = frozenset()) -> dict[str, dict[str, int]]:
    """kind -> written form -> papers naming it, for the names whose evidence passes the thresholds."""
    catalogue = load_catalogue()
    out: dict[str, dict[str, int]] = {"dataset": {}, "method": {}, "metric": {}, "task": {}}
    for name, kinds in counts.items():
        if catalogue.lookup(name) is not None or any(r.startswith("catalogue") for k in kinds.values() for r in k):
            continue  # the catalogue knows it
        if _task(name, kinds, t):
            out["task"][name] = kinds["task"]["*"]
        surfaces = kinds.get("surface", Counter())
        for form in _forms(surfaces):
            kind = None if form in common or len(form) < 4 else _kind(kinds, form, t)
            if kind:
                out[kind][form] = sum(_by_kind(kinds).values())
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, required=True, help="sha1 of title_key(title) per line: papers to skip")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--raw", type=Path, help="also write every name's counts here")
    ap.add_argument("--min-papers", type=int, default=2, help="papers whose strong rules found a dataset / metric")
    ap.add_argument("--min-own", type=int, default=1, help="papers presenting a coined method name as their own")
    ap.add_argument("--min-method", type=int, default=3, help="papers using a name as someone else's method")
    ap.add_argument("--min-task", type=int, default=5, help="papers whose task rules found a phrase (0: no tasks)")
    ap.add_argument("--max-other", type=float, default=0.2)
    ap.add_argument("--from-raw", type=Path, help="select from the counts --raw wrote, without mining")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int, help="read only the first N papers (tests)")
    args = ap.parse_args(argv)
    exclude = set(args.exclude.read_text().split())
    if args.from_raw:
        raw = json.loads(args.from_raw.read_text())
        counts, n = raw["counts"], raw["papers"]
    else:
        counts, n = mine(args.corpus, exclude, args.jobs, args.limit)
    if args.raw:
        args.raw.write_text(json.dumps({"papers": n, "counts": counts}, sort_keys=True))
    lex = select(counts, args)
    forms = {f for kind in lex.values() for f in kind}
    lex = select(counts, args, common_words(args.corpus, exclude, forms, args.limit))
    flags = (f"--min-papers {args.min_papers} --min-own {args.min_own} --min-method {args.min_method}"
             f" --min-task {args.min_task} --max-other {args.max_other}")
    meta = {"papers": n, "corpus": args.corpus.name, "strong": STRONG,
            "rebuild": f"python scripts/mine_lexicon.py --corpus CORPUS --exclude EXCLUDE {flags}"}
    args.out.write_text(json.dumps({"about": meta, **lex}, sort_keys=True, indent=0) + "\n")
    print(f"{n} papers; " + ", ".join(f"{k}: {len(v)}" for k, v in lex.items()))


if __name__ == "__main__":
    main()
