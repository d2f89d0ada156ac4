"""Extraction by batches: each component runs over a batch of docs before the next (the resolver step
by step, :mod:`kg.extract.steps`), and the per-text memos of :mod:`kg.extract.shapes` keep answers
for a batch; none of it may change what a paper gets."""

from __future__ import annotations

from kg.extract import Extractor, state_doc
from kg.extract.doc import state
from kg.extract.steps import run_steps
from kg.extract import shapes
from kg.extract.shapes import MEMO_TEXTS, TextMemo, holds_digit, lower_same_length

TEXTS = [
    ("GlowNet: Fast Relighting for Indoor Scene Rendering",
     "Indoor scene rendering is slow. We present GlowNet, a network that relights rooms. Experiments on the "
     "RoomLight dataset show that GlowNet outperforms NeRF-W and reaches a PSNR of 31.2 dB."),
    ("OceanQA: A Benchmark for Marine Question Answering",
     "We introduce OceanQA, a benchmark of 5,000 questions about marine biology. Large language models (LLMs) "
     "such as GPT-4 struggle on it, with an accuracy of 41.5%."),
    ("Notes on Training Stability", "We train diffusion models and transformers on large-scale datasets."),
    ("Sparse Attention for Long Document Summarization",
     "We study long document summarization. Our method, SparseSum, improves ROUGE-L by 2.1 points on arXiv."),
    ("A Title Without Abstract", ""),
]


def test_a_batch_gives_each_paper_what_it_gets_alone() -> None:
    ex = Extractor()
    alone = [ex.analyse([t])[0] for t in TEXTS]
    together = ex.analyse(TEXTS * 3)  # (each paper again after the others: no answer carried over)
    assert together == alone * 3
    assert any(ms for ms, _ in alone) and any(rs for _, rs in alone)


def test_text_memo_keeps_answers_until_full_then_starts_over() -> None:
    memo = TextMemo()
    for i in range(MEMO_TEXTS):
        memo.keep(f"text {i}", i)
    assert len(memo) == MEMO_TEXTS and memo["text 0"] == 0
    memo.keep("one more", -1)
    assert dict(memo) == {"one more": -1}


def test_batches_leave_no_per_text_memo_behind() -> None:
    """The collector, paused over a batch, walks what the batch leaves alive when it resumes: the
    per-text memos are emptied first (their answers are asked again, the same)."""
    from kg.extract.title_clause import padded_abstract

    ex = Extractor()
    first = ex.analyse(TEXTS)
    assert not shapes._RUNS and not shapes._LOWERED and not shapes._DIGITS
    assert padded_abstract.cache_info().currsize == 0
    assert ex.analyse(TEXTS) == first


def test_memoised_answers_are_per_text() -> None:
    shapes._LOWERED.clear()
    shapes._DIGITS.clear()
    a, b = "Model A reaches 3.2", "No Digits Here"
    assert lower_same_length(a) == a.lower() and lower_same_length(b) == b.lower()
    assert lower_same_length(a) == a.lower()  # kept for a while another text was asked
    assert holds_digit(a) and not holds_digit(b) and holds_digit(a)
    assert dict(shapes._LOWERED) == {a: a.lower(), b: b.lower()} and dict(shapes._DIGITS) == {a: True, b: False}
    assert lower_same_length("İstanbul") is None  # a letter whose lower case is longer: no same-length text


def _paper(name: str, steps: int, log: list[str]):
    for k in range(steps):
        log.append(f"{name}{k}")
        yield
    return name.upper()


def test_run_steps_runs_each_step_over_every_paper_before_the_next() -> None:
    log: list[str] = []
    out = run_steps([_paper("a", 2, log), _paper("b", 3, log), _paper("c", 0, log)])
    assert out == ["A", "B", "C"]
    assert log == ["a0", "b0", "a1", "b1", "b2"]  # (a paper done early waits for none)


def test_the_resolver_by_steps_over_a_batch_gives_each_paper_its_mentions_alone() -> None:
    ex = Extractor()
    components = [proc for _, proc in ex.nlp.pipeline]
    assert callable(getattr(dict(ex.nlp.pipeline)["kg_resolve"], "batch", None))
    one_by_one = []
    for title, abstract in TEXTS:  # (every component called on one doc, as spaCy calls them)
        doc = state_doc(title, abstract)
        for proc in components:
            doc = proc(doc)
        one_by_one.append(tuple(state(doc).mentions))
    assert one_by_one == [ms for ms, _ in ex.analyse(TEXTS)]
    assert any(one_by_one)
