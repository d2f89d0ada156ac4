"""The corpus-evidence experiment's pieces (kg/extract/corpus_evidence.py; not in the pipeline)."""

from kg.extract.corpus_evidence import Table, additions, context_kind, spans
from kg.model import Mention, Role

TEXT = "Our BERT-based model outperforms GPT-2 and Random Forest on the COCO dataset. Deep nets help."


def _found(text):
    return [text[s:e] for s, e in spans(text)]


def test_corpus_evidence_spans_cut_suffix_and_skip_sentence_words():
    found = _found(TEXT)
    assert "BERT" in found and "GPT-2" in found and "Random Forest" in found and "COCO" in found
    assert "Deep" not in found and "Our" not in found


def test_corpus_evidence_context_kinds():
    def kind(name):
        s = TEXT.index(name)
        return context_kind(TEXT, s, s + len(name))

    assert kind("BERT") == "method"
    assert kind("GPT-2") == "method"
    assert kind("COCO") == "dataset"


def test_corpus_evidence_table_filters_by_count_majority_and_emission():
    rows = {"gpt-2": [9, 1, 12, 0], "coco": [0, 6, 8, 1], "rare": [1, 1, 2, 0], "mixed": [5, 5, 10, 0], "done": [9, 0, 9, 8], "task": [0, 9, 10, 0, 5]}
    table = Table(rows, min_abstracts=5, majority=0.8)
    assert table.kind == {"gpt-2": "method", "coco": "dataset", "task": "dataset"}
    assert Table(rows, min_abstracts=5, majority=0.8, max_other=0.2).kind == {"gpt-2": "method", "coco": "dataset"}


def test_corpus_evidence_additions_skip_names_the_rules_emitted():
    table = Table({"gpt-2": [9, 0, 9, 0], "coco": [0, 9, 9, 0]}, min_abstracts=5)
    emitted = (Mention(role=Role.DATASET, text="COCO", field="abstract", start=0, end=4, sentence="", rule="x", confidence=1.0),)
    out = additions("", TEXT, emitted, table)
    assert [(m.text, m.role, m.confidence) for m in out] == [("GPT-2", Role.METHOD, 0.6)]
