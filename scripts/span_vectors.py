"""Build small static word vectors for the span model from the corpus, never from a test paper
(docs/span-model.md, "Word vectors built in the repository").

Step 1 (kg's venv) writes the tokenised corpus, one abstract per line, lower-cased spaCy tokens,
leaving out every paper of every ``tests/data`` set (train1's read and check halves included) and
the seeds (by folded title key, and by venue + id where a set's paper has them), so that no evaluated paper
shapes its own vectors::

    .venv/bin/python scripts/span_vectors.py text --out build/vectors/corpus.txt

Step 2 (any Python with gensim; kg does not depend on it) trains word2vec and writes the
``.txt`` vectors that ``spacy init vectors`` loads, pruned to the ``--rows`` most frequent
words::

    python scripts/span_vectors.py w2v build/vectors/corpus.txt --dim 64 --rows 60000 --out build/vectors/w2v.txt
    .venv/bin/python -m spacy init vectors en build/vectors/w2v.txt build/vectors/model --attr LOWER
"""
from __future__ import annotations

import argparse
import os
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "corpora/paperlists-abstracts.jsonl.gz"


def test_keys() -> tuple[set[str], set[tuple[str, str]]]:
    """Folded title keys and (venue, id) pairs of every paper any test set holds (all of
    ``tests/data``, open or closed, and the seeds): only their keys are
    taken, nothing else of a closed set is read."""
    sys.path.insert(0, str(ROOT))
    from kg.ingest import read_inputs
    from kg.model import title_key

    files = sorted((ROOT / "tests/data").glob("*/*.papers.jsonl"))
    keys, ids = set(), set()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                keys.add(title_key(rec.get("title") or ""))
                if rec.get("id") and rec.get("venue"):
                    ids.add((str(rec["venue"]), str(rec["id"])))
    keys.update(title_key(p.title) for p in read_inputs([ROOT / "seeds"]).papers)
    keys.discard("")
    return keys, ids


def write_text(out: Path, limit: int | None = None) -> dict:
    """Tokenise the corpus minus the test papers into ``out`` (one lower-cased abstract a line)."""
    import spacy

    from kg.model import title_key

    keys, ids = test_keys()
    nlp = spacy.blank("en")
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = skipped = 0
    t0 = time.process_time()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh, out.open("w", encoding="utf-8") as w:
        for n, line in enumerate(fh):
            if limit and n >= limit:
                break
            rec = json.loads(line)
            title, abstract = rec.get("title") or "", rec.get("abstract") or ""
            if title_key(title) in keys or (str(rec.get("venue")), str(rec.get("id"))) in ids:
                skipped += 1
                continue
            doc = nlp.make_doc(f"{title}\n\n{abstract}")
            w.write(" ".join(t.lower_ for t in doc if not t.is_space) + "\n")
            kept += 1
    return {"kept": kept, "skipped": skipped, "cpu_s": round(time.process_time() - t0, 1)}


def train_w2v(text: Path, out: Path, dim: int, rows: int, epochs: int, workers: int, min_count: int = 3) -> dict:
    """Skip-gram word2vec over ``text``; the ``rows`` most frequent words written as word2vec text."""
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    t0, c0 = time.time(), time.process_time()
    model = Word2Vec(LineSentence(str(text)), vector_size=dim, window=5, min_count=min_count, sg=1,
                     epochs=epochs, workers=workers, seed=0, max_final_vocab=rows)
    model.wv.save_word2vec_format(str(out), binary=False)
    return {"rows": len(model.wv), "dim": dim, "wall_s": round(time.time() - t0, 1),
            "cpu_s_main": round(time.process_time() - c0, 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["text", "w2v"])
    ap.add_argument("text", nargs="?", type=Path, help="w2v: the tokenised corpus")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=None, help="text: only the first N corpus lines")
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--rows", type=int, default=60000)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    if args.command == "text":
        print(json.dumps(write_text(args.out, args.limit)))
    else:
        print(json.dumps(train_w2v(args.text, args.out, args.dim, args.rows, args.epochs, args.workers, args.min_count)))


if __name__ == "__main__":
    main()
