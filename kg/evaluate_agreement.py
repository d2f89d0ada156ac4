"""Agreement between two annotators' gold files for the same papers (inter-annotator agreement).

Scored as ``kg eval`` scores kg, with the second file in the place of kg's predictions, so the
figures read on the same scale as kg's: precision is the share of the second annotator's entries
the first also has, recall the converse, and F1 is symmetric. Entities are compared entry against
entry: "A|B" in one file matches an entry of the other when the two share a form (same
normalisation as :mod:`kg.evaluate`), and an entry that only matches the other file's ``doubtful``
forms is neither agreement nor disagreement. Result gold files are paired tuple by tuple under
:data:`kg.evaluate_results.RESULT_VIEWS`; a tuple that one file keeps as doubtful and the other as
a result counts for neither.
"""

from __future__ import annotations

from .evaluate import VIEWS, EvalReport, KeyScore, PaperErrors, _key, tally
from .evaluate_results import OWN, _same_result, is_results_gold, score_results
from .errors import GoldError
from .model import title_key

__all__ = ["agreement"]


def _forms(entry: str) -> set[str]:
    return {_key(a) for a in entry.split("|")}


def _doubt(record: dict) -> set[str]:
    """The forms of the record's doubtful entries (an empty one, "", doubts nothing)."""
    return set().union(*map(_forms, record.get("doubtful") or ())) - {""}


def _agree(first: list[str], first_doubt: set[str], second: list[str], second_doubt: set[str]):
    """(agreed, entries only the first has, entries only the second has) for one paper and key."""
    a = [_forms(e) for e in first]
    used: set[int] = set()
    only_second = []
    for entry in second:
        forms = _forms(entry)
        hit = next((i for i, f in enumerate(a) if i not in used and f & forms), None)
        if hit is not None:
            used.add(hit)
        elif not forms & first_doubt:
            only_second.append(entry)
    only_first = [e for i, e in enumerate(first) if i not in used and not a[i] & second_doubt]
    return len(used), only_first, only_second


def _entity_agreement(first: list[dict], second: dict[str, dict], lenient: bool) -> EvalReport:
    scores = {k: KeyScore() for k in VIEWS}
    papers, unmatched, paired = [], [], 0
    for a in first:
        b = second.get(title_key(a["title"]))
        if b is None:
            unmatched.append(a["title"])
            continue
        paired += 1
        errs = PaperErrors(a["title"])
        a_doubt, b_doubt = (_doubt(a), _doubt(b)) if lenient else (set(), set())
        tally(scores, errs, a, b, lambda items_a, items_b: _agree(items_a, a_doubt, items_b, b_doubt))
        papers.append(errs)
    return EvalReport(scores, papers, unmatched, paired)


def _as_predicted(record: dict) -> dict:
    own = [{**t, "method": None if t.get("method") == OWN else t.get("method"), "proposed": t.get("method") == OWN}
           for t in record.get("results") or ()]
    return {"title": record["title"], "results": own}


def _result_agreement(first: list[dict], second: dict[str, dict]) -> EvalReport:
    moved = []
    for a in first:
        b_doubt = (second.get(title_key(a["title"])) or {}).get("doubtful") or []
        keep = [t for t in a.get("results") or () if not any(_same_result(t, d) for d in b_doubt)]
        doubt = list(a.get("doubtful") or ()) + [t for t in a.get("results") or () if t not in keep]
        moved.append({**a, "results": keep, "doubtful": doubt})
    return score_results(moved, [_as_predicted(b) for b in second.values()])


def agreement(first: list[dict], second: list[dict], lenient: bool = True) -> EvalReport:
    """Agreement of two gold files for the same papers (paired by title), per key or result view.

    ``lenient=False`` counts an entity one file lists and the other only marks doubtful as a
    disagreement (the default, like ``kg eval``, counts it for neither).

    ``report.papers`` list, per paper, the entries only the first file has (``missed``) and the
    entries only the second has (``false``)."""
    if is_results_gold(first) != is_results_gold(second):
        raise GoldError("one gold file holds result tuples and the other entity lists",
                        fix="compare two entity gold files or two results gold files")
    by_title = {title_key(r["title"]): r for r in second}
    if is_results_gold(first):
        return _result_agreement(first, by_title)
    return _entity_agreement(first, by_title, lenient)
