"""Agreement of the two annotators: each one's entries scored against the other's as gold, with
kg eval's scorer (an entry matches when one of its forms matches one of the other's forms).
Run from the repository root: ``.venv/bin/python tests/data/iaa/agreement.py``."""
from pathlib import Path
from kg.evaluate import load_gold, score, ROLE_KEYS, _key
def pred_from(other, gold):
    """other's entries as predictions: per entry the form that matches gold's alternatives, if any."""
    by_t = {g["title"]: g for g in gold}
    out = []
    for o in other:
        g = by_t.get(o["title"], {})
        rec = {"title": o["title"]}
        for k in ROLE_KEYS:
            galts = {_key(a) for x in (g.get(k) or []) for a in x.split("|")}
            # any key of gold: a form of the entry found anywhere in gold's same key
            items = []
            for e in o.get(k) or []:
                alts = e.split("|")
                hit = next((a for a in alts if _key(a) in galts), alts[0])
                items.append(hit)
            rec[k] = items
        out.append(rec)
    return out
A = HERE = Path(__file__).resolve().parent
A = load_gold(HERE / "iaa.gold_a.jsonl"); B = load_gold(HERE / "iaa.gold_b.jsonl")
keys = ["proposed", "any_method", "any_dataset", "datasets", "methods", "metrics", "tasks", "urls"]
ab = score(A, pred_from(B, A)); ba = score(B, pred_from(A, B))
print("key            B vs A gold (P R F1)     A vs B gold (P R F1)")
for k in keys:
    s, t = ab.scores[k], ba.scores[k]
    print(f"{k:14s} {s.precision:.3f} {s.recall:.3f} {s.f1:.3f}  tp{s.tp} fp{s.fp} fn{s.fn}   {t.precision:.3f} {t.recall:.3f} {t.f1:.3f}")
