"""Mine dataset names from corpus phrases that the catalogue does not find (issue 11, session 22).

Reads the 87K-abstract corpus and collects the names written in dataset phrases: "on the X dataset",
"X and Y datasets", "X, Y and Z", "experiments on X", "datasets such as X", "Long Form (LF) dataset".
Counts papers per name and prints, most frequent first, the names in ``--min`` or more papers that
the catalogue matcher does not find whole in "We run experiments on the X dataset.", with one corpus
context each. The output is for reading by hand: most names are tasks, places or cut pieces.

    .venv/bin/python benchmarks/catalogue_phrase_mine.py --min 2 > /tmp/phrase_mined.txt
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict

from kg.extract.catalogue_data import DEFAULT_PATH, read_catalogue
from kg.extract.catalogue_match import CatalogueMatcher

CORPUS = "/work/shared/corpora/paperlists-abstracts.jsonl.gz"
NAME = r"([A-Z0-9][\w.+\-']*(?:[ -][A-Z0-9][\w.+\-']*){0,3})"
KW = r"(?:data ?sets?|benchmarks?|corpus|corpora|challenge|database|collection|suite)"
LEAD = r"(?:widely[- ]used |public(?:ly available)? |popular |large[- ]scale |well[- ]known |standard |challenging |benchmark )*"
PATTERNS = [
    re.compile(r"\b(?:on|from|of|using|with|in|and|the) (?:the )?" + LEAD + NAME + r" " + KW + r"\b"),
    re.compile(NAME + r",? (?:and|or) " + NAME + r" " + KW + r"\b"),
    re.compile(r"\b(?:experiments|evaluat\w+|results|tested|trained|validated|benchmarked|performance) (?:\w+ ){0,2}on (?:the )?"
               + NAME + r"(?:,| and|\.| dataset| benchmark| \()"),
    re.compile(r"\b(?:datasets?|benchmarks?),? (?:such as|including|like|namely|i\.e\.,?|e\.g\.,?)\s+" + NAME),
    re.compile(r"\b" + NAME + r",\s+" + NAME + r",? and " + NAME + r"\b"),
    re.compile(r"\b([A-Za-z][\w.+\-']*(?:[A-Z]|\d)[\w.+\-']*(?: [A-Z0-9][\w.+\-']*){0,2}) " + KW + r"\b"),
    re.compile(r"\b(?:on|and) ([A-Z][\w.+\-']*(?: [A-Z0-9][\w.+\-']*){0,3}) \(([A-Z][\w.+\-']+)\) " + KW + r"\b"),
]
LIST_PATTERN = 4  # "X, Y and Z": kept only for names with a capital inside or a digit ("MALF", "CB513")
STOP = set("We Our The This These In For A An It Experiments Experimental Results Extensive Furthermore Moreover However "
           "Specifically Finally Additionally Both All On With Using Code Data Dataset Benchmark Benchmarks Datasets".split())


def names_in(text: str) -> set[str]:
    """The names one abstract writes in dataset phrases ("on the PDTB corpus" -> "PDTB")."""
    found = set()
    for i, pattern in enumerate(PATTERNS):
        for m in pattern.finditer(text):
            for g in filter(None, m.groups()):
                words = g.strip(" .,'-").split()
                while words and words[0] in STOP:
                    words = words[1:]
                name = " ".join(words)
                if len(name) < 2 or (i == LIST_PATTERN and not re.search(r"[A-Z].*[A-Z0-9]|\d", name)):
                    continue
                found.add(name)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=2, help="papers a name needs")
    args = ap.parse_args()
    catalogue = read_catalogue(DEFAULT_PATH)
    matcher = CatalogueMatcher(None, catalogue)
    papers: dict[str, set[int]] = defaultdict(set)
    context: dict[str, str] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            text = json.loads(line).get("abstract") or ""
            for name in names_in(text):
                papers[name].add(n)
                if name not in context:
                    k = text.find(name)
                    context[name] = text[max(0, k - 80) : k + len(name) + 60].replace("\n", " ")
    for count, name in sorted(((len(p), g) for g, p in papers.items() if len(p) >= args.min), reverse=True):
        probe = f"We run experiments on the {name} dataset."
        start = probe.index(name)
        if any(c.start <= start and c.end >= start + len(name) for c in matcher.match(probe)):
            continue  # the catalogue finds it already (a name, alias, spelling or edition)
        print(f"{count}\t{name}\t{context.get(name, '')}")


if __name__ == "__main__":
    main()
