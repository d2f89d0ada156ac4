"""How far two annotators agree: score one gold file against another for the same papers.

    .venv/bin/python scripts/agreement.py FIRST.gold.jsonl SECOND.gold.jsonl [--show-errors] [--json]

Prints the same table as ``kg eval`` (P = the share of SECOND's entries FIRST has, R the converse,
F1 symmetric), so an annotator pair's F1 reads as the ceiling kg's F1 can be read against. Works on
entity gold files and on results gold files (see kg/evaluate_agreement.py).
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.errors import KgError  # noqa: E402
from kg.evaluate import load_gold  # noqa: E402
from kg.evaluate_agreement import agreement  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--show-errors", action="store_true", help="per paper, what only one file has")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--strict", action="store_true", help="an entity one file lists and the other marks doubtful disagrees")
    args = ap.parse_args(argv)
    try:
        report = agreement(load_gold(args.first), load_gold(args.second), lenient=not args.strict)
    except KgError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
        return 0
    print(report.table())
    if args.show_errors:
        print("\n(missed = only in FIRST, false = only in SECOND)\n" + report.errors())
    return 0


if __name__ == "__main__":
    sys.exit(main())
