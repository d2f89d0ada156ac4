"""Audit URL recall over the corpus without gold: link-like strings kg does not turn into a URL.

    .venv/bin/python benchmarks/audit_urls.py [--corpus PATH] [--exclude SHA1S.txt] [--show FILE]

Every link-like string of an abstract (a scheme, "www.", a code or link host, a "\\url{", a dotted
host with a common domain and a "/", or such a host written with spaces: "github . com") should
give a URL unless it is not a link. Each one is put in one of four outcomes: ``found`` (a URL
covers it and equals it, trailing sentence punctuation and LaTeX or Markdown wrapping aside),
``mended`` (a link broken by white space, read across words), ``partial`` (a URL covers part of it:
a truncation or an extension) or ``missed`` (no URL overlaps it); partial and missed ones get a
likely cause from what the string holds (:func:`cause`). The figures count candidates to be read,
not errors: "HTTP/2", "e.g./i.e." and dataset names like "Amazon.com/reviews" land here too.
Papers whose sha1(title_key(title)) is in ``--exclude`` are skipped (the gold papers). URLs are
found with :func:`kg.extract.urls.find_urls` on the text the pipeline reads (resolution keeps
every URL candidate), which is thirty times faster than a full extraction.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from dev_sets import papers_outside_gold  # noqa: E402
from kg.extract import cap_text, layout  # noqa: E402
from kg.extract.urls import find_urls  # noqa: E402

# Link-like strings: what a reader takes for a link. "GitHub" or "Hugging Face" alone is a name.
_LINKISH = re.compile(
    r"https?\s*:|\bwww\s*\.|\\(?:url|href)\s*\{"
    r"|\b(?:github|gitlab|bitbucket|huggingface|hf|git|bit|doi|zenodo|codeberg|tinyurl|goo|youtu)"
    r"\s*\.\s*(?:com|io|org|co|ly|gl|be)\b"
    r"|\b[\w-]+\.github\.io\b|\bsites\.google\.com"
    r"|\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|io|edu|ai|dev|page)/",
    re.IGNORECASE,
)
# The word after a link-like word that ends in "-", "_" or ".": the rest of the link after a break.
_CUT = re.compile(r"\s(?:[\w-]+\.)*(?:com|org|io|edu|net)(?:/|\.?(?:\s|$))|(?<=[-_])\s[\w./-]*\w")
_TRAIL = ".,;:!?)]}>'\"\u2019\u201d*"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def cause(token: str, after: str) -> str:
    """The likely cause of a link-like ``token`` (its white-space-free word) not being read whole;
    ``after``: the text right after the word."""
    low = token.lower()
    if "\\url" in low or "\\href" in low:
        return "latex \\url/\\href"
    if "](" in token:
        return "markdown link"
    if any(d in token for d in _DASHES):
        return "unicode dash"
    if re.match(r"\s*\.\s*(?:com|io|org|co)\b", after) or re.search(r"\s\.\s", token):
        return "spaced domain (github . com)"
    if token.endswith((":", "/", "-", "_", ".")) and re.match(r"\s+[\w/~.-]", after):
        return "space or line break inside"
    if re.match(r"https?\s*:\s*/?\s*/?\s*$", low):
        return "space or line break inside"
    if token[:1] in "<([{\"'\u201c":
        return "bracketed / quoted"
    if re.search(r"\d[a-z]", token[:4]) or re.match(r"[A-Za-z]+\d+(?:https?|www)", token):
        return "footnote marker glued"
    if not re.search(r"https?:|www\.", low):
        return "scheme-less domain"
    return "other"


def audit(text: str) -> list[tuple[str, str, str, str]]:
    """(outcome, cause, link-like word, URLs that cover it) for each link-like word of ``text``."""
    urls = find_urls(text)
    out, done = [], -1
    for m in _LINKISH.finditer(text):
        s = max(text.rfind(c, 0, m.start()) for c in " \n\t") + 1
        e = re.compile(r"\s|$").search(text, m.end()).start()
        if s <= done:
            continue
        done = e
        token = text[s:e]
        # a word that is only a scheme ("https:") reaches into the next word: judged with it
        hit = [u for u in urls if u.start < e and u.end > s]
        got = [u.canonical or text[u.start : u.end] for u in hit]
        want = token.rstrip(_TRAIL)
        while want and want[-1] in _TRAIL:
            want = want.rstrip(_TRAIL)
        lead = re.search(r"https?:|www\.", want, re.IGNORECASE)
        if not hit:
            outcome = "missed"
        elif _CUT.match(text, e) and token[-1:] in "-_." and not any(u.end > e for u in hit):
            outcome = "partial"  # "https://github. com/x", ".../Object- Detection": the rest not read
        elif any(g == want or (lead and g == want[lead.start():]) for g in got):
            outcome = "found"
        elif any(u.canonical and (u.start < s or u.end > e) for u in hit):
            outcome = "mended"  # a link broken by white space, read across the words
        elif any(re.search(re.escape(g) + r"(?:\}|\]\(|$)", token) for g in got):
            outcome = "found"  # inside "\\href{...}{...}" or "[...](...)": the link alone is right
        else:
            outcome = "partial"
        why = "" if outcome in ("found", "mended") else cause(token, text[e : e + 12])
        out.append((outcome, why, token, " ".join(got)))
    return out


def papers(corpus: Path, exclude: set[str]):
    """The pipeline's text of each paper, once per title key, skipping ``exclude``."""
    for n, _, title, abstract in papers_outside_gold(corpus, exclude):
        title, abstract, _ = cap_text(title, abstract)
        yield n, layout(title, abstract)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
    ap.add_argument("--corpus", type=Path, default=shared / "corpora/paperlists-abstracts.jsonl.gz")
    ap.add_argument("--exclude", type=Path, help="sha1 of title_key(title) per line: papers to skip")
    ap.add_argument("--show", type=Path, help="write every partial and missed word (TSV: line, outcome, cause, word, urls)")
    args = ap.parse_args()
    exclude = set(args.exclude.read_text().split()) if args.exclude else set()
    counts: Counter[tuple[str, str]] = Counter()
    n_papers = n_linkish = 0
    shown = []
    for line, text in papers(args.corpus, exclude):
        n_papers += 1
        found = audit(text)
        n_linkish += bool(found)
        for outcome, why, token, got in found:
            counts[outcome, why] += 1
            if outcome not in ("found", "mended"):
                shown.append(f"{line}\t{outcome}\t{why}\t{token}\t{got}")
    print(f"{n_papers} papers, {n_linkish} with a link-like word")
    for outcome in ("found", "mended", "partial", "missed"):
        total = sum(v for (o, _), v in counts.items() if o == outcome)
        print(f"{outcome:8s} {total}")
        for (o, why), v in sorted(counts.items(), key=lambda kv: -kv[1]):
            if o == outcome and why:
                print(f"  {why:32s} {v}")
    if args.show:
        args.show.write_text("\n".join(shown) + "\n")


if __name__ == "__main__":
    main()
