"""Audit entity identity in a built graph: candidate SPLITS and candidate MERGES, with samples.

    .venv/bin/python benchmarks/audit_identity.py OUT/graph.json [--sample 40] [--seed 11] [--show FILE]

SPLITS: two or more entity nodes of one kind whose names fold to one loose key: case, hyphens,
spaces and punctuation, an English or acronym plural ("CNNs"), a "dataset"/"benchmark" suffix,
version spacing ("CIFAR 100" / "CIFAR100"). Each group is put in the first class that explains
it: ``scoped`` (a paper-scoped node beside a node of the same name), ``case``, ``separator``
(hyphen, space, punctuation), ``plural``, ``suffix``.

MERGES: one node carrying forms that look like different things:
``versioned`` (a surface form is the label plus a version/number or a letter suffix: "Gemma 2",
"ImageNet-R", "mAP@50"), ``borrowed`` (a node scoped to one introducing paper whose label other
papers use: the other papers' mentions of the name all link to that one paper's thing), and
``borrowed-known`` (the same for a catalogue name: "KITTI" taken over by one paper).

The loose key is deliberately looser than the graph's identity key: it finds candidates to be
judged, and the figures printed are candidates, not errors. ``--show`` writes the sampled groups
(random, seeded) for hand judging.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

_SKIP_KINDS = {"paper", "repository", "webpage", "organization"}
_SUFFIX = re.compile(r"[\s\-]+(?:data ?sets?|benchmarks?|corpus|corpora|database)$", re.I)
_VERSIONED = re.compile(r"^[\s\-_]*(?:v?\d[\w.]*|[a-z]{1,2}|@\w+|\(\w+\))$", re.I)
_PLURAL = re.compile(r"^(?:s|es)$")


def loose_key(name: str, kind: str) -> str:
    """Case, separators, plural and suffix folded away."""
    t = unicodedata.normalize("NFKC", name).strip()
    if kind == "dataset":
        t = _SUFFIX.sub("", t) or t
    t = re.sub(r"(?<=[A-Z0-9])s$", "", t) if re.search(r"[A-Z]{2}s$|[A-Z]\w*[A-Z]s$", t) else t
    t = t.casefold()
    t = re.sub(r"[^0-9a-z.+#]+", "", t)
    if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    return t


def _known(n: dict) -> bool:
    """The node's label is a catalogue name or form (of its kind): a well-known entity."""
    from kg.graph.ids import known_name
    from kg.model import EntityType

    return known_name(EntityType(n["kind"]), n["label"]) is not None


def _split_class(nodes: list[dict]) -> str:
    if any("--" in n["id"] for n in nodes) and len({n["label"].casefold() for n in nodes}) == 1:
        return "scoped"
    labels = [n["label"] for n in nodes]
    if len({x.casefold() for x in labels}) == 1:
        return "case"
    if len({re.sub(r"[^0-9a-z.+#]+", "", x.casefold()) for x in labels}) == 1:
        return "separator"
    if len({re.sub(r"[^0-9a-z.+#]+", "", _SUFFIX.sub("", x).casefold()) for x in labels}) == 1 and any(_SUFFIX.search(x) for x in labels):
        return "suffix"
    return "plural"


def _versioned(label: str, alias: str) -> bool:
    a, b = label.casefold(), alias.casefold()
    tail = b[len(a):]
    return b.startswith(a) and len(b) > len(a) and bool(_VERSIONED.match(tail)) and not _PLURAL.match(tail)


def audit(nodes: list[dict]) -> dict:
    """Split groups and merge candidates of the entity nodes of a graph.json."""
    ents = [n for n in nodes if n.get("kind") not in _SKIP_KINDS and n.get("kind")]
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for n in ents:
        groups[(n["kind"], loose_key(n["label"], n["kind"]))].append(n)
    splits = {k: v for k, v in groups.items() if len(v) > 1}
    by_label = {(n["kind"], n["label"].casefold()) for n in ents if "--" not in n["id"]}
    merges = []
    for n in ents:
        for a in n.get("aliases") or ():
            if _versioned(n["label"], a):
                merges.append(("versioned", n, a))
                break
        if "--" in n["id"] and (n.get("papers") or 0) > 1:
            merges.append(("borrowed-known" if _known(n) else "borrowed", n, None))
    return {"entities": Counter(n["kind"] for n in ents), "splits": splits, "merges": merges, "by_label": by_label}


def _print_figures(a: dict) -> None:
    print("entities per kind:", dict(sorted(a["entities"].items())))
    splits = a["splits"]
    cls = Counter(_split_class(v) for v in splits.values())
    extra = sum(len(v) - 1 for v in splits.values())
    print(f"split groups: {len(splits)} ({extra} extra nodes); by kind:",
          dict(sorted(Counter(k[0] for k in splits).items())), "by class:", dict(sorted(cls.items())))
    minority = sum(sum(sorted(n.get("papers") or 0 for n in v)[:-1]) for v in splits.values())
    print(f"paper links on the smaller nodes of split groups: {minority}")
    m = Counter(c for c, _, _ in a["merges"])
    print("merge candidates:", dict(sorted(m.items())),
          "borrowed paper links:", {k: sum((n.get("papers") or 1) - 1 for c, n, _ in a["merges"] if c == k) for k in ("borrowed", "borrowed-known")})


def _show(a: dict, k: int, seed: int, out) -> None:
    rng = random.Random(seed)
    keys = sorted(a["splits"])
    print(f"## {min(k, len(keys))} random split groups (seed {seed})", file=out)
    for key in rng.sample(keys, min(k, len(keys))):
        v = a["splits"][key]
        print(f"- [{_split_class(v)}] " + " | ".join(f"{n['id']} {n['label']!r} p={n.get('papers')}" for n in v), file=out)
    merges = sorted(a["merges"], key=lambda t: (t[0], t[1]["id"]))
    print(f"## {min(k, len(merges))} random merge candidates (seed {seed})", file=out)
    for c, n, alias in rng.sample(merges, min(k, len(merges))):
        print(f"- [{c}] {n['id']} {n['label']!r} p={n.get('papers')} form={alias!r} by={n.get('introduced_by')}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", help="graph.json of a build")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", help="write the sampled groups here ('-' for stdout)")
    args = ap.parse_args(argv)
    with open(args.graph, encoding="utf-8") as fh:
        nodes = json.load(fh)["nodes"]
    a = audit(nodes)
    _print_figures(a)
    if args.show:
        if args.show == "-":
            _show(a, args.sample, args.seed, sys.stdout)
        else:
            with open(args.show, "w", encoding="utf-8") as out:
                _show(a, args.sample, args.seed, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
