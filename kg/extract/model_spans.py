"""The trained span component (opt-in): a small spaCy span categoriser shipped in the package,
whose spans are added to the rules' mentions.

The model (``kg/extract/model/``: a ``tok2vec`` of hash embeddings and a ``spancat``, about
5 MB) is trained by ``scripts/train_spans.py`` on the development gold sets; it is loaded from
the package folder, never downloaded. ``kg_model`` runs after ``kg_resolve`` when the
``model`` setting is on: it reads the doc's text with the model's own tokenizer and adds a
mention for each span the model scores at or above the threshold, under a label it is trusted
with (:data:`ROLES`), that neither overlaps a rule mention nor repeats a name the rules found.
Its mentions carry the rule name ``model:spancat`` and the model's score as confidence, so the
evidence says where they came from. The rules decide every role they find; the model only adds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import SettingsError
from ..model import Mention, Role, normalize_name
from .doc import Candidate, state
from .resolve import to_mentions

__all__ = ["MODEL_DIR", "RULE", "ROLES", "load_model", "model_candidates"]

MODEL_DIR = Path(__file__).parent / "model"
RULE = "model:spancat"
SPANS_KEY = "sc"
#: Model label -> the role its spans get. Only the labels whose spans raised F1 over the rules in
#: cross-validation are listed (README, "A trained component").
ROLES: dict[str, Role] = {"TASK": Role.TASK}
THRESHOLD = 0.5


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Language:
    """The shipped span model (or the pipeline saved at ``path``), loaded once per process."""
    import spacy

    where = Path(path) if path else MODEL_DIR
    try:
        return spacy.load(where)
    except (OSError, ValueError) as e:
        raise SettingsError(
            f"{where}: cannot load the trained span model ({e})",
            fix="reinstall kg (the model ships inside the package), or build without --model",
        ) from e


def model_candidates(model: Language, text: str, mentions: list[Mention], tend: int,
                     roles: dict[str, Role] = ROLES, threshold: float = THRESHOLD) -> list[Candidate]:
    """The model's spans in ``text`` at or above ``threshold`` as candidates: one label per span
    (its best), longer spans before the spans inside them, none overlapping a rule mention or
    naming what a rule mention names."""
    doc = model(text)
    group = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    scores = group.attrs.get("scores") if len(group) else None
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for i, span in enumerate(group):
        s = float(scores[i]) if scores is not None else 1.0
        if span.label_ in roles and s >= threshold and s > best.get((span.start_char, span.end_char), (0.0, ""))[0]:
            best[(span.start_char, span.end_char)] = (s, span.label_)
    taken = [_doc_offsets(m, tend) for m in mentions if m.field in ("title", "abstract")]
    names = {normalize_name(m.canonical or m.text) for m in mentions}
    out = []
    for (start, end), (s, label) in sorted(best.items(), key=lambda kv: (kv[0][0] - kv[0][1], -kv[1][0])):
        name = normalize_name(text[start:end])
        if name in names or any(start < e and b < end for b, e in taken):
            continue
        taken.append((start, end))
        names.add(name)
        out.append(Candidate(roles[label], start, end, RULE, s))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _doc_offsets(m: Mention, tend: int) -> tuple[int, int]:
    """A mention's offsets in the doc text (title, blank line, abstract)."""
    return (m.start, m.end) if m.field == "title" else (m.start + tend + 2, m.end + tend + 2)


@Language.factory("kg_model", requires=["doc._.kg_sents", "doc._.kg_mentions"], assigns=["doc._.kg_mentions"],
                  default_config={"path": None, "threshold": THRESHOLD})
def model_component(nlp: Language, name: str, path: str | None, threshold: float):
    """Adds the trained model's spans to the resolved mentions (see the module docstring)."""
    model = load_model(path)

    def component(doc: Doc) -> Doc:
        st = state(doc)
        mentions = list(st.mentions or ())
        found = model_candidates(model, st.text, mentions, st.title_end, threshold=threshold)
        if found:
            st.mentions = mentions + to_mentions(st.text, st.title_end, st.sents, found)
        return doc

    return component
