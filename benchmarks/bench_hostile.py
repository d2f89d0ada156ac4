"""Seconds the extractor spends on number-dense hostile abstracts: thousands of values side by side
in one sentence ("3.8 F1 / 3.8 F1 / ...", "by 1.5 LAS points, by 1.5 LAS points, ..."). One such
record must not stall a build; each case should take about as long as an ordinary abstract of its
length (a second or two), not grow with the square of its values.

Run: .venv/bin/python benchmarks/bench_hostile.py [--only NAME] [--scale 1.0]
Prints one line per case: its name, length in characters, values in it and seconds; asserts nothing.
"""

from __future__ import annotations

import argparse
import time

from kg.extract import Extractor


def cases(scale: float) -> dict[str, str]:
    """The hostile texts: sentences of repeated values (one, cut every 3,000 characters), or many short ones."""
    def rep(unit: str, n: int) -> str:
        return "We report " + unit * max(1, int(n * scale))

    return {
        # (the same length of plain prose, for scale: what any text this long costs)
        "prose_95k": rep("We propose a new method for image classification and test it on several benchmarks. ", 95000 // 86),
        "f1_slash_2000": rep("3.8 F1 / ", 2000),
        "las_points_5000": rep("by 1.5 LAS points, ", 5000),
        "siblings_2500": rep("3.8 F1 / 5.2 QQA / ", 2500),  # an unknown acronym valued beside a known metric
        "values_44k": rep("12.5% ", 44000 // 6),
        "accuracy_of_44k": rep("an accuracy of 84.1% and a BLEU of 28.4, ", 44000 // 41),
        "from_to_44k": rep("from 16.8% to 12.4% error rate on A, ", 44000 // 37),
        "respectively_44k": rep("4.2%, 8.8% and 4.7% MPJPE, PA-MPJPE and PVE respectively, ", 44000 // 57),
        "sentences_44k": rep("Our model gets 3.8 F1 on SQuAD. ", 44000 // 32),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=None, help="run only the cases whose name contains this")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply each case's repetitions")
    args = ap.parse_args()
    ex = Extractor()
    ex.analyse([("Warm up", "We improve accuracy by 2.1% on ImageNet.")])
    for name, text in cases(args.scale).items():
        if args.only and args.only not in name:
            continue
        t = time.perf_counter()
        [(ms, rs)] = ex.analyse([("A hostile record", text)])
        dt = time.perf_counter() - t
        print(f"{name:20s} {len(text):7d} chars {len(rs):6d} results {dt:8.2f} s", flush=True)


if __name__ == "__main__":
    main()
