"""Rank task phrases by how many corpus papers name them as what they address (issue 11, tasks42).

Reads "the task/problem/challenge of X", "X task(s)/problem(s)", "we address/tackle/study/consider X",
"tasks/applications such as X" and "for X" in each title and abstract of the corpus, counts each
phrase (and every trailing part of it: "robust path following" also counts "path following") once
a paper, and prints papers, titles and phrase for each phrase the catalogue does not hold, used by at
least 15 papers and 3 titles (batch 1; batch 2 read the list at 8 and 2), most papers first. The list
was read by hand for well-known task names (docs/catalogue.md, "Tasks ranked by the corpus"); no gold
file is read:

    .venv/bin/python benchmarks/task_corpus_rank.py [--min-papers 8 --min-titles 2] > /tmp/ranked.txt
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict

from catalogue_grow import CORPUS  # noqa: E402  (run from benchmarks/ or with it on sys.path)

from kg.extract.catalogue_data import DEFAULT_PATH, read_catalogue

MIN_PAPERS, MIN_TITLES = 15, 3
# Words that open or close no task name ("efficient", "towards"): trimmed from a phrase's ends, and
# a phrase holding one inside is dropped.
STOP = set("""a an the of for in on to with from by via using and or under through over as at is are was
were that which while into within across between without based we our this these its their it such new
novel efficient robust fast simple scalable deep large general towards toward learning-based improved
better accurate effective""".split())
_NP = r"((?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*)"
_END = r"(?=\s*(?:[,.;:()]|\s(?:in|for|with|from|by|on|using|via|under|where|which|that|is|are|and|as|to|has|have|tasks?|problems?)\b))"
PATTERNS = [
    re.compile(r"\b(?:task|problem|challenge)s? of\s+" + _NP + _END, re.I),
    re.compile(_NP + r"\s+(?:tasks?|problems?)\b", re.I),
    re.compile(r"\b(?:address|addresses|tackle|tackles|study|studies|consider|considers|focus on|focuses on|"
               r"applications? such as|tasks?,? such as|tasks? including|for)\s+(?:the\s+)?" + _NP + _END, re.I),
]


def key(s: str) -> str:
    """Lower-case words, hyphens and punctuation as spaces ("Multi-Robot Task-Allocation" -> "multi robot task allocation")."""
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower().replace("-", " ")).split())


def phrases(text: str) -> set[str]:
    """Every phrase the patterns read in ``text``, stop words trimmed, with each trailing part."""
    found = set()
    for pat in PATTERNS:
        for m in pat.finditer(text):
            w = key(m.group(1)).split()
            while w and w[0] in STOP:
                w = w[1:]
            while w and w[-1] in STOP:
                w = w[:-1]
            if w and not any(x in STOP for x in w):
                found.update(" ".join(w[j:]) for j in range(len(w)))
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-papers", type=int, default=MIN_PAPERS)
    ap.add_argument("--min-titles", type=int, default=MIN_TITLES)
    args = ap.parse_args()
    owned = {key(f) for e in read_catalogue(DEFAULT_PATH).entries for f in e.surface_forms}
    papers: dict[str, int] = defaultdict(int)
    titles: Counter = Counter()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            title = d.get("title") or ""
            tk = f" {key(title)} "
            for f in phrases(title) | phrases(d.get("abstract") or ""):
                papers[f] += 1
                titles[f] += f" {f} " in tk
    rows = sorted(((n, titles[f], f) for f, n in papers.items()
                   if f not in owned and n >= args.min_papers and titles[f] >= args.min_titles), reverse=True)
    for row in rows:
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
