"""Number-dense text ("3.8 F1 / 3.8 F1 / ..." thousands of times) must cost in proportion to its values: the
metrics each value's metric search reads stay a bounded window (not every metric of the sentence, read again for
every metric: the scan that took 77 s), and a sentence or field of more values than prose holds is read only up to
a cap. Structural checks, no timing (benchmarks/bench_hostile.py prints the times)."""

from __future__ import annotations

import re

from kg.extract import result_window, results
from kg.extract.result_metric_of import metric_for
from kg.extract.result_metrics import Named
from kg.extract.result_patterns import VALUE
from kg.model import Role

from results_support import results_of


def _dense(n: int) -> tuple[str, list[re.Match], list[Named]]:
    text = "We report " + "3.8 F1 / " * n
    metrics = [Named(m.start(), m.end(), "F1", Role.METRIC) for m in re.finditer(r"F1", text)]
    return text, list(VALUE.finditer(text)), metrics


def _scanned(n: int) -> tuple[int, list]:
    text, values, metrics = _dense(n)
    before = result_window.scanned[0]
    found = [metric_for(text, v, metrics) for v in values]
    return result_window.scanned[0] - before, found


def test_metric_search_reads_a_window_per_value():
    small, found = _scanned(200)
    large, _ = _scanned(400)
    assert all(m is not None and m.start > v.start() for m, v in zip(found, _dense(200)[1]))  # "3.8 F1": the metric after
    assert large <= 2.2 * small  # twice the values, twice the metrics read (it was four times, and each read every metric)
    assert small <= 200 * 30  # a few dozen metrics around each value, not all 200 (nor 200 for each of them)


def test_window_finds_what_a_whole_scan_finds():
    # an unsorted list is read whole: the windowed reading of the sorted list must agree with it
    text = "an accuracy of 84.1%, a BLEU of 28.4 (PSNR 51 SSIM 0.998) and F1-score of 89.51 Recall of 87.50, from 16.8% to 12.4% error rate"
    names = ["accuracy", "BLEU", "PSNR", "SSIM", "F1-score", "Recall", "error rate"]
    metrics = sorted(Named(m.start(), m.end(), w, Role.METRIC) for w in names for m in re.finditer(re.escape(w), text))
    shuffled = metrics[1::2] + metrics[0::2]
    for v in VALUE.finditer(text):
        assert metric_for(text, v, metrics) == metric_for(text, v, shuffled)


def test_sentence_of_many_values_is_read_up_to_a_cap():
    skipped = results.SKIPPED_VALUES[0]
    n = results.MAX_SENTENCE_VALUES + 36
    rows = results_of("We report " + "3.8 BLEU / " * n, [("BLEU", Role.METRIC)])
    assert len(rows) == results.MAX_SENTENCE_VALUES
    assert results.SKIPPED_VALUES[0] - skipped == 36


def test_field_of_many_sentences_is_read_up_to_a_cap():
    skipped = results.SKIPPED_SENTENCES[0]
    n = results.MAX_RESULT_SENTENCES + 5
    rows = results_of("Our model gets 3.8 BLEU on WMT. " * n, [("BLEU", Role.METRIC), ("WMT", Role.DATASET)])
    assert len(rows) == results.MAX_RESULT_SENTENCES
    assert results.SKIPPED_SENTENCES[0] - skipped == 5


def test_values_cut_says_which_papers_hold_more_values_than_the_results_reading_takes():
    from kg.extract import values_cut
    from kg.model import Paper, Source

    def paper(abstract: str) -> Paper:
        return Paper(title="T", abstract=abstract, source=Source("t", 1))

    assert not values_cut(paper("We reach 71.2% accuracy on ImageNet and 80.1 F1 on SQuAD."))
    assert not values_cut(paper("Scores: " + ", ".join(f"{i}.5" for i in range(60)) + "."))  # under the cap
    assert values_cut(paper("Scores: " + ", ".join(f"{i}.5" for i in range(70)) + "."))  # one sentence over it
    assert values_cut(paper(" ".join(f"Model {i} gets {i}.5 F1." for i in range(140))))  # too many sentences with values


def test_values_cut_bounds_the_sentences_the_results_reading_counts():
    # the sentence cap counts every sentence with a digit and a metric, a value or not ("We report F1 on SQuAD."):
    # 128 of them leave the value after unread, and values_cut must say so
    from kg.extract import extract_papers, values_cut
    from kg.model import Paper, Source

    abstract = "We report F1 on SQuAD. " * results.MAX_RESULT_SENTENCES + "Our model gets 3.8 F1 on SQuAD."
    paper = Paper(title="T", abstract=abstract, source=Source("t", 1))
    skipped = results.SKIPPED_SENTENCES[0]
    assert extract_papers([paper])[0].results == ()  # the reading skipped the last sentence, its value with it
    assert results.SKIPPED_SENTENCES[0] - skipped == 1
    assert values_cut(paper)
    # the same sentences with no value after them leave nothing unread
    assert not values_cut(Paper(title="T", abstract="We report F1 on SQuAD. " * 140, source=Source("t", 2)))
