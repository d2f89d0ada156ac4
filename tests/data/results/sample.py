"""Draw the result-tuple sample (see README.md). Standard library only, deterministic.

    python3 tests/data/results/sample.py /work/shared/corpora/paperlists-abstracts.jsonl.gz

1. Candidates: abstracts of >= 400 characters with a "hit": a sentence where a score-like number
   (a decimal, or a number written with %/percent/points/dB) sits within a few words of a metric
   word (accuracy, F1, BLEU, mAP, FID, WER, error, top-1, PSNR, AUC, ...). Records whose
   (venue, id) is in the dev or blind samples are dropped.
2. Per venue (venues shuffled with the seed), a pool of PER_VENUE candidates is drawn, then a
   reserve of RESERVE more. The reserve is drawn after every pool, so changing RESERVE never
   changes the pools.
3. A candidate is kept only if at least one hit is "firm": its number is not hedged ("up to",
   "over", "more than", "nearly", "about", ...) and not an end of a range ("4-5%", "10% to 30%").
   Hedged-only abstracts rarely give a leaderboard value.
4. Firm candidates are taken round-robin across venues (pool first, then reserve) until N.
"""
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SEED, N, PER_VENUE, RESERVE, MIN_CHARS = 9090, 90, 6, 12, 400
HERE = Path(__file__).parent
EXCLUDE = (
    HERE.parent / "heldout" / "dev.papers.jsonl",
    HERE.parent / "blind" / "blind.papers.jsonl",
)
METRIC = (
    r"accuracy|accuracies|F1|F-1|F-score|F1-score|BLEU|ROUGE(?:-\w+)?|METEOR|CIDEr|mAP|AP\d*|"
    r"FID|IS|WER|CER|EER|error(?: rate)?|top-[15]|score|PSNR|SSIM|LPIPS|AUC|AUROC|AUPRC|EM|"
    r"exact match|perplexity|success rate|mIoU|IoU|recall|precision|NDCG(?:@\d+)?|MRR|"
    r"Hits@\d+|MAE|RMSE|ADE|FDE|Chamfer|correlation|win rate|pass@\d+|dB|FPS"
)
# a score-like number: a decimal, or a number written with %/percent/points/dB; never a
# piece of a name or symbol ("top-1", "Recall@20", "type-1", "3D", "x^2")
EDGE = r"(?<![\w.@/^\\-])"
SCORE = EDGE + r"(?:\d+(?:\.\d+)?\s?(?:%|percent\b|points?\b|dB\b)|\d*\.\d+(?![\w-]))"
INT = EDGE + r"\d+(?:\.\d+)?(?![\w.-])"
NEAR = re.compile(
    r"\b(?:" + METRIC + r")\b[^.;]{0,40}?" + SCORE  # "success rate of 96.3 %"
    + r"|" + SCORE + r"\s?(?:\w+\s){0,2}(?:" + METRIC + r")\b"  # "41.5mAP", "2.8 F1"
    + r"|\b(?:" + METRIC + r")\s(?:of\s|is\s|=\s?|:\s?)?" + INT  # "BLEU of 28", "F1 0.78"
)
NUMBER = re.compile(EDGE + r"\d*\.?\d+")
HEDGE = re.compile(
    r"(?:\bup to|\bover|\bmore than|\bless than|\bfewer than|\bnearly|\balmost|\bapproximately|"
    r"\babout|\baround|\bas much as|\bat least|\bat most|\bwithin|\bunder|\babove|\bbelow|"
    r"\bexceeding|\bnearing|~|≥|≤|>|<)\s*(?:(?:a|an|the|of|absolute|average)\s+){0,2}[+$]?\s*$",
    re.I,
)
RANGE_AFTER = re.compile(r"^\s?(?:%|\\%)?\s?(?:-|–|−|~|to)\s?[+$]?\d")
RANGE_BEFORE = re.compile(r"\d\s?(?:%|\\%)?\s?(?:-|–|−|~|to)\s?[+$]?$")
FROM_TO = re.compile(r"\bfrom\s[+$]?\d*\.?\d+\s?(?:%|\\%)?\s?to\s?[+$]?$|\bfrom\s*$")  # "from 70% to 82%" is a change
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
MATH_NUM = re.compile(r"\$\s*(\d+(?:\.\d+)?)\s*\$")
MATH = re.compile(r"\$[^$]*\$")


def _sentences(abstract: str) -> list:
    # bare numbers in $...$ count ("$0.769$"); other math (bounds, rates) never is a score
    text = MATH.sub(" ", MATH_NUM.sub(r"\1", abstract.replace("\\%", "%")))
    return SENT.split(text)


def has_result(abstract: str) -> bool:
    return any(NEAR.search(sent) for sent in _sentences(abstract))


def has_firm_result(abstract: str) -> bool:
    for sent in _sentences(abstract):
        for hit in NEAR.finditer(sent):
            for num in NUMBER.finditer(sent, hit.start(), hit.end()):
                before, after = sent[max(0, num.start() - 30):num.start()], sent[num.end():num.end() + 8]
                ranged = (RANGE_BEFORE.search(before) or RANGE_AFTER.match(after)) and not FROM_TO.search(before)
                if not (HEDGE.search(before) or ranged):
                    return True
    return False


def main(corpus: str) -> None:
    excluded = set()
    for path in EXCLUDE:
        with path.open(encoding="utf-8") as fh:
            excluded |= {(r["venue"], r["id"]) for r in map(json.loads, fh)}
    by_venue, seen = defaultdict(list), set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = (r["venue"], r["id"])
            abstract = (r.get("abstract") or "").strip()
            if key in seen or key in excluded or len(abstract) < MIN_CHARS:
                continue
            seen.add(key)
            if has_result(abstract):
                by_venue[r["venue"]].append(r)
    rng = random.Random(SEED)
    venues = sorted(by_venue)
    rng.shuffle(venues)
    pools = {v: rng.sample(by_venue[v], min(PER_VENUE, len(by_venue[v]))) for v in venues}
    queues = {}
    for v in venues:
        taken = {r["id"] for r in pools[v]}
        rest = [r for r in by_venue[v] if r["id"] not in taken]
        reserve = rng.sample(rest, min(RESERVE, len(rest)))
        queues[v] = [r for r in pools[v] + reserve if has_firm_result(r["abstract"])]
    picked = []
    for rnd in range(PER_VENUE + RESERVE):  # round-robin keeps the venue strata balanced
        for v in venues:
            if len(picked) < N and rnd < len(queues[v]):
                picked.append(queues[v][rnd])
    out = HERE / "results.papers.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in picked:
            fh.write(json.dumps({k: r[k] for k in ("title", "abstract", "venue", "year", "id")}, ensure_ascii=False) + "\n")
    print(f"{len(picked)} papers from {len({r['venue'] for r in picked})} venues -> {out}")
    print("candidates per venue:", json.dumps({v: len(by_venue[v]) for v in venues}, sort_keys=True))
    print("firm in pool+reserve:", json.dumps({v: len(queues[v]) for v in venues}, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
