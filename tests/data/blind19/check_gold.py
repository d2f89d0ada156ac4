"""Check blind19.gold.jsonl against blind19.papers.jsonl (standard library only).

Verifies: 110 lines, one per paper in the papers file's order with matching titles; exactly the
gold keys; "source" is venue/id of the paper; every "|"-separated form of every entry occurs in the
title or abstract (case-insensitively, runs of white space folded to one space); no entry and no
form is in two lists (nor twice in one list); tasks lower case and at most 3 a paper; urls carry
no trailing sentence punctuation.

    python3 tests/data/blind19/check_gold.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N = 110
KEYS = ["title", "proposed", "introduced_datasets", "datasets", "methods", "tasks", "metrics",
        "code_urls", "other_urls", "doubtful", "source"]
LISTS = KEYS[1:-1]
URLS = ("code_urls", "other_urls")


def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check(gold_path, papers_path):
    errors = []
    papers = [json.loads(l) for l in papers_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    golds = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(papers) != N:
        errors.append(f"papers file has {len(papers)} lines, expected {N}")
    if len(golds) != N:
        errors.append(f"gold file has {len(golds)} lines, expected {N}")
    for n, (p, g) in enumerate(zip(papers, golds), 1):
        where = f"line {n}"
        if list(g) != KEYS:
            errors.append(f"{where}: keys {list(g)} != {KEYS}")
            continue
        if g["title"] != p["title"]:
            errors.append(f"{where}: title mismatch {g['title']!r} vs {p['title']!r}")
        if g["source"] != f"{p['venue']}/{p['id']}":
            errors.append(f"{where}: source {g['source']!r} != {p['venue']}/{p['id']}")
        text = fold(p["title"] + " \n " + p["abstract"])
        seen_entry, seen_form = {}, {}
        for key in LISTS:
            if not isinstance(g[key], list):
                errors.append(f"{where}: {key} is not a list")
                continue
            for entry in g[key]:
                if not isinstance(entry, str) or not entry.strip():
                    errors.append(f"{where}: {key} has an empty or non-string entry {entry!r}")
                    continue
                e = fold(entry)
                if e in seen_entry:
                    errors.append(f"{where}: entry {entry!r} in {key} and {seen_entry[e]}")
                seen_entry[e] = key
                if key in URLS:
                    if entry[-1] in ".,;:)]}\"'!?":
                        errors.append(f"{where}: url {entry!r} ends in punctuation")
                    if fold(entry) not in text:
                        errors.append(f"{where}: url {entry!r} not in text")
                    continue
                for form in entry.split("|"):
                    f = fold(form)
                    if not f:
                        errors.append(f"{where}: empty form in {entry!r}")
                        continue
                    if f not in text:
                        errors.append(f"{where}: form {form!r} ({key}) not in title/abstract")
                    if f in seen_form and seen_form[f] != (key, e):
                        errors.append(f"{where}: form {form!r} in {key} and {seen_form[f][0]}")
                    seen_form[f] = (key, e)
        if len(g["tasks"]) > 3:
            errors.append(f"{where}: {len(g['tasks'])} tasks (> 3)")
        for t in g["tasks"]:
            if t != t.lower():
                errors.append(f"{where}: task {t!r} not lower case")
    return errors


def main():
    gold = HERE / "blind19.gold.jsonl"
    papers = HERE / "blind19.papers.jsonl"
    if len(sys.argv) > 1:
        gold = Path(sys.argv[1])
    errors = check(gold, papers)
    for e in errors:
        print(e)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    golds = [json.loads(l) for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
    for key in LISTS:
        print(f"{key}: {sum(len(g[key]) for g in golds)} entries, "
              f"{sum(1 for g in golds if g[key])} papers")
    print(f"OK: {len(golds)} papers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
