"""The resolver: one role per name, task acronyms dropped, evidence mapped to fields."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate, layout
from kg.extract.sentences import split_sentences
from kg.extract.resolve import own_variants, resolve, to_mentions
from kg.extract.task_select import select_tasks
from kg.model import Role


def _cand(text: str, surface: str, role: Role, conf: float, rule: str = "test", nth: int = 0) -> Candidate:
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return Candidate(role, i, i + len(surface), rule, conf)


def _roles(text: str, found: list[Candidate], task_acronyms: set[str] = frozenset()) -> dict[str, set[Role]]:
    out: dict[str, set[Role]] = {}
    for c in resolve(text, found, set(task_acronyms)):
        out.setdefault(text[c.start : c.end], set()).add(c.role)
    return out


def test_resolve_proposed_beats_method_and_introduced_beats_dataset() -> None:
    text = "We present FooNet and the BarSet benchmark. FooNet beats BazNet on BarSet."
    found = [
        _cand(text, "FooNet", Role.PROPOSED, 0.9),
        _cand(text, "FooNet", Role.METHOD, 0.9, nth=1),
        _cand(text, "BarSet", Role.INTRODUCED_DATASET, 0.85),
        _cand(text, "BarSet", Role.DATASET, 0.9, nth=1),
        _cand(text, "BazNet", Role.METHOD, 0.65),
    ]
    assert _roles(text, found) == {"FooNet": {Role.PROPOSED}, "BarSet": {Role.INTRODUCED_DATASET}, "BazNet": {Role.METHOD}}


def test_resolve_title_name_evaluated_on_is_an_introduced_dataset() -> None:
    text = "DocVid: Videos from Papers\n\nWe propose VidAgent, a framework. Experiments on DocVid show gains."
    found = [
        Candidate(Role.PROPOSED, 0, 6, "proposed:title-prefix", 0.95),
        _cand(text, "VidAgent", Role.PROPOSED, 0.85),
        _cand(text, "DocVid", Role.DATASET, 0.65, rule="context:evaluated-on", nth=1),
    ]
    assert _roles(text, found) == {"DocVid": {Role.INTRODUCED_DATASET}, "VidAgent": {Role.PROPOSED}}


def test_resolve_equal_claims_prefer_the_method() -> None:
    text = "We introduce ScribeKit, the first benchmark. We propose ScribeKit, a framework."
    found = [
        _cand(text, "ScribeKit", Role.INTRODUCED_DATASET, 0.85),
        _cand(text, "ScribeKit", Role.PROPOSED, 0.85, nth=1),
    ]
    assert _roles(text, found) == {"ScribeKit": {Role.PROPOSED}}


def test_resolve_weak_own_claim_does_not_override_a_strong_other_role() -> None:
    text = "It adapts a Diffusion Transformer (DiT) here."
    found = [_cand(text, "DiT", Role.PROPOSED, 0.75), _cand(text, "DiT", Role.METHOD, 0.9, nth=0)]
    assert _roles(text, found) == {"DiT": {Role.METHOD}}


def test_resolve_drops_task_acronyms_and_low_confidence() -> None:
    text = "Head pose estimation (HPE) matters. HPE methods use QNet."
    found = [_cand(text, "HPE", Role.METHOD, 0.8, nth=1), _cand(text, "QNet", Role.METHOD, 0.3)]
    assert _roles(text, found, {"hpe"}) == {}


def test_resolve_overlaps_keep_the_longer_span() -> None:
    text = "We report PA-MPJPE values."
    found = [_cand(text, "PA-MPJPE", Role.METRIC, 0.9), _cand(text, "MPJPE", Role.METRIC, 0.9)]
    assert _roles(text, found) == {"PA-MPJPE": {Role.METRIC}}


def test_resolve_variants_of_own_names() -> None:
    text = "We propose Falcon. Falcon-1 is small and Falcon-XL is large; Falcon-based tools differ."
    own = [_cand(text, "Falcon", Role.PROPOSED, 0.9)]
    assert {text[c.start : c.end] for c in own_variants(text, own)} == {"Falcon-1", "Falcon-XL"}


@pytest.mark.parametrize(
    "phrases, expected",
    [
        (["talking head generation", "audio-driven talking head generation"], ["talking head generation"]),
        (["a b generation", "c d estimation", "e f detection", "g h parsing"], ["a b generation", "c d estimation", "e f detection"]),
    ],
)
def test_resolve_select_tasks_dedups_and_caps(phrases: list[str], expected: list[str]) -> None:
    text = ". ".join(phrases)
    found = [_cand(text, p, Role.TASK, 0.8, rule="tasks:title") for p in phrases]
    assert [text[c.start : c.end] for c in select_tasks(text, found)] == expected


def test_resolve_mentions_map_offsets_to_fields() -> None:
    title, abstract = "FooNet: Fast Things", "We present FooNet. It gets an FID of 3.1 on CatSet."
    text = layout(title, abstract)
    found = [
        _cand(text, "FooNet", Role.PROPOSED, 0.95),
        _cand(text, "FooNet", Role.PROPOSED, 0.9, nth=1),
        Candidate(Role.METRIC, text.index("FID"), text.index("FID") + 3, "test", 0.9, value="3.1"),
        _cand(text, "CatSet", Role.DATASET, 0.7),
    ]
    mentions = to_mentions(text, len(title), split_sentences(text), resolve(text, found))
    by_field = {(m.field, m.text) for m in mentions}
    assert ("title", "FooNet") in by_field and ("abstract", "FooNet") in by_field
    for m in mentions:
        source = title if m.field == "title" else abstract
        assert source[m.start : m.end] == m.text
        assert m.text in m.sentence
        assert 0.0 <= m.confidence <= 1.0
    (fid,) = [m for m in mentions if m.role is Role.METRIC]
    assert fid.value == "3.1"


def test_resolve_catalogue_task_named_once_late_is_not_a_filler() -> None:
    text = "Fast Things\n\nWe build fast models. They run on phones. Results also hold for image captioning."
    late = _cand(text, "image captioning", Role.TASK, 0.9, rule="catalogue")
    assert select_tasks(text, [late]) == []
    text = "Fast Things\n\nImage captioning is slow. We build fast models for it."
    early = _cand(text, "Image captioning", Role.TASK, 0.9, rule="catalogue")
    assert select_tasks(text, [early]) == [early]


def test_resolve_rule_task_inside_a_catalogue_task_takes_its_span() -> None:
    """The phrase grammar ends at the participle ("named"); the catalogue holds the whole name."""
    text = "Paraphrases\n\nTasks such as intent classification and named entity recognition gain from paraphrases."
    rule = _cand(text, "entity recognition", Role.TASK, 0.5, rule="tasks:abstract")
    cat = _cand(text, "named entity recognition", Role.TASK, 0.9, rule="catalogue")
    (chosen,) = select_tasks(text, [rule, cat])
    assert (text[chosen.start : chosen.end], chosen.rule) == ("named entity recognition", "tasks:abstract")


def test_resolve_catalogue_task_named_as_a_setting_is_not_a_filler() -> None:
    text = "Fast Depth\n\nDepth sensing plays an important role in autonomous driving. We estimate depth fast."
    setting = _cand(text, "autonomous driving", Role.TASK, 0.9, rule="catalogue")
    assert select_tasks(text, [setting]) == []
    text = "Fast Driving\n\nAutonomous driving needs fast depth. We estimate depth for it."
    subject = _cand(text, "Autonomous driving", Role.TASK, 0.9, rule="catalogue")
    assert select_tasks(text, [subject]) == [subject]


def test_resolve_task_that_names_a_known_method_is_dropped() -> None:
    text = "We analyse Expectation Maximization (EM) for mixtures and mixture density estimation."
    found = [
        _cand(text, "Expectation Maximization", Role.TASK, 0.6, rule="tasks:abstract"),
        _cand(text, "EM", Role.METHOD, 0.85, rule="catalogue:acronym"),
        _cand(text, "mixture density estimation", Role.TASK, 0.6, rule="tasks:abstract"),
    ]
    assert _roles(text, found) == {"EM": {Role.METHOD}, "mixture density estimation": {Role.TASK}}


def test_resolve_task_mentions_keep_the_text_and_get_a_lower_case_name() -> None:
    title, abstract = "Fast Head Pose Estimation", "It is fast."
    text = layout(title, abstract)
    found = [_cand(text, "Head Pose Estimation", Role.TASK, 0.85, rule="tasks:title")]
    (m,) = to_mentions(text, len(title), split_sentences(text), resolve(text, found))
    assert m.text == "Head Pose Estimation" and m.canonical == "head pose estimation"


def test_resolve_a_catalogue_metric_the_text_evaluates_on_is_a_dataset() -> None:
    from kg.extract.doc import Candidate
    from kg.extract.resolve import resolve
    from kg.model import Role

    text = "T\n\nResults on Quuxbench are strong; Quuxbench scores rise."
    a = text.index("Quuxbench")
    b = text.index("Quuxbench", a + 1)
    found = [
        Candidate(Role.METRIC, a, a + 9, "catalogue", 0.9),
        Candidate(Role.DATASET, a, a + 9, "context:evaluated-on", 0.65),
        Candidate(Role.METRIC, b, b + 9, "catalogue", 0.9),
    ]
    assert {c.role for c in resolve(text, found)} == {Role.DATASET}
    # with a value reported for it, it stays a metric
    valued = [c._replace(value="3.1") if c.role is Role.METRIC else c for c in found]
    assert Role.METRIC in {c.role for c in resolve(text, valued)}


def test_resolve_context_alone_does_not_make_a_known_name_the_papers_own() -> None:
    from kg.extract.doc import Candidate
    from kg.extract.resolve import resolve
    from kg.model import Role

    text = "T\n\nWe propose Zorb. Our ResNet-50 encoder and our Quuxnet encoder help."
    r = text.index("ResNet-50")
    q = text.index("Quuxnet")
    z = text.index("Zorb")
    found = [
        Candidate(Role.PROPOSED, z, z + 4, "proposed:verb", 0.85),
        Candidate(Role.METHOD, r, r + 9, "catalogue", 0.9),
        Candidate(Role.PROPOSED, r, r + 9, "context:kind-noun", 0.8),
        Candidate(Role.PROPOSED, q, q + 7, "context:kind-noun", 0.8),
    ]
    roles = {text[c.start : c.end]: c.role for c in resolve(text, found)}
    assert roles == {"Zorb": Role.PROPOSED, "ResNet-50": Role.METHOD, "Quuxnet": Role.PROPOSED}


def test_resolve_no_variant_of_an_own_name_inside_a_link() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("GlassDoT: Quiet Rooms", "We propose GlassDoT for rooms. Our code is at "
                                   "https://example.org/status/GlassDoT-F17C now.")])
    assert "GlassDoT-F17C" not in {m.text for m in ms if m.role.value == "proposed"}


def test_resolve_select_tasks_keeps_a_late_task_list_phrase_when_it_is_the_only_task() -> None:
    text = "Whisker Robots\n\nWe build a sensor. It is cheap. It is small. Performance is assessed on an object localization task."
    late = _cand(text, "object localization", Role.TASK, 0.55, rule="tasks:task-list")
    assert [text[c.start : c.end] for c in select_tasks(text, [late])] == ["object localization"]
    # A catalogue task the text calls a task has the evidence of that word ...
    catalogue = _cand(text, "object localization", Role.TASK, 0.9, rule="catalogue")
    assert [text[c.start : c.end] for c in select_tasks(text, [catalogue])] == ["object localization"]
    # ... one named once, late, in passing stays context.
    text2 = "Whisker Robots\n\nWe build a sensor. It is cheap. It is small. It may one day help object localization."
    catalogue2 = _cand(text2, "object localization", Role.TASK, 0.9, rule="catalogue")
    assert select_tasks(text2, [catalogue2]) == []


def test_resolve_select_tasks_keeps_a_catalogue_task_listed_as_a_task_or_evaluated_on() -> None:
    text = ("Sparse Embeddings\n\nWe learn sparse embeddings. They are small. They are fast. Such models do well "
            "at ranking, recommendation and annotation tasks. Experiments on parsing and tagging follow.")
    found = [_cand(text, name, Role.TASK, 0.9, rule="catalogue") for name in ("ranking", "recommendation", "parsing")]
    assert [text[c.start : c.end] for c in select_tasks(text, found)] == ["ranking", "recommendation", "parsing"]
    # The task named in apposition: "a harder task, face recognition, ..."
    text2 = "Bottleneck Nets\n\nWe build nets. They are small. They are fast. On a harder task, face recognition, they do well."
    found2 = [_cand(text2, "face recognition", Role.TASK, 0.9, rule="catalogue")]
    assert [text2[c.start : c.end] for c in select_tasks(text2, found2)] == ["face recognition"]


def test_resolve_select_tasks_ranks_a_task_noun_purpose_phrase_with_the_abstract_phrases() -> None:
    text = ("Fast Scoring\n\nWe study scores. They are old. Here we give a method for predictive uncertainty "
            "quantification and a tool for field deployment.")
    task = _cand(text, "predictive uncertainty quantification", Role.TASK, 0.55, rule="tasks:purpose")
    filler = _cand(text, "field deployment", Role.TASK, 0.55, rule="tasks:purpose-filler")
    assert [text[c.start : c.end] for c in select_tasks(text, [filler, task])] == ["predictive uncertainty quantification"]


def test_resolve_naming_verb_keeps_an_own_name_with_a_task_shaped_long_form() -> None:
    text = "We propose a new selection algorithm, referred to as iterative projection and matching (IPM), for data."
    found = [_cand(text, "IPM", Role.PROPOSED, 0.9, rule="proposed:naming")]
    assert _roles(text, found, {"ipm"}) == {"IPM": {Role.PROPOSED}}
    weak = [_cand(text, "IPM", Role.PROPOSED, 0.75, rule="acronyms:presented")]
    assert _roles(text, weak, {"ipm"}) == {}  # without the naming verb the task reading wins


def test_resolve_long_form_of_a_proposed_name_is_no_task() -> None:
    text = "RL2X: Fast Control\n\nWe propose a new RL-based Rapid Online Adaptive Control (RL2X) algorithm for legs."
    found = [
        _cand(text, "RL2X", Role.PROPOSED, 0.95, rule="proposed:title-prefix"),
        _cand(text, "Rapid Online Adaptive Control", Role.TASK, 0.85, rule="tasks:title"),
    ]
    assert _roles(text, found) == {"RL2X": {Role.PROPOSED}}
    # A task whose acronym some method shares stays a task when the paper does not propose it.
    text2 = "Uncertainty estimation (UE) matters. MC-UE is a baseline."
    kept = _roles(text2, [_cand(text2, "Uncertainty estimation", Role.TASK, 0.6, rule="tasks:abstract")])
    assert kept == {"Uncertainty estimation": {Role.TASK}}


def test_resolve_a_capitalised_word_joined_before_an_own_name_is_a_variant() -> None:
    text = "We propose LoBXoD, a solver. This Stochastic-LoBXoD scales to large images."
    got = own_variants(text, [_cand(text, "LoBXoD", Role.PROPOSED, 0.9)])
    assert [text[c.start : c.end] for c in got] == ["Stochastic-LoBXoD"]


def test_resolve_an_own_name_marked_with_a_plus_or_star_is_a_variant() -> None:
    text = "We propose HOLA, a planner, and its variant HOLA+. The method HOLA* is optimal; *HOLA* is emphasis."
    got = own_variants(text, [_cand(text, "HOLA", Role.PROPOSED, 0.9)])
    assert [text[c.start : c.end] for c in got] == ["HOLA+", "HOLA*"]


def test_resolve_catalogue_task_coordinated_with_a_chosen_task_is_kept_late_and_third() -> None:
    text = ("Fast Things\n\nWe build fast models. They run on phones. We test them on language modeling, "
            "text generation and code generation, and on image captioning.")
    own = _cand(text, "language modeling", Role.TASK, 0.6, rule="tasks:abstract")
    fillers = [_cand(text, p, Role.TASK, 0.9, rule="catalogue") for p in ("text generation", "code generation")]
    alone = _cand(text, "image captioning", Role.TASK, 0.9, rule="catalogue")
    kept = select_tasks(text, [own, *fillers, alone])
    # each listed beside a chosen task; "image captioning", named once late and apart, is left out
    assert [text[c.start : c.end] for c in kept] == ["language modeling", "text generation", "code generation"]
    assert select_tasks(text, [*fillers, alone]) == []


def test_resolve_a_title_prefix_name_outlives_its_task_shaped_definition() -> None:
    text = "PathRX: Route Retrieval\n\nWe propose route retrieval with removal (PathRX). PathRX is fast."
    found = [_cand(text, "PathRX", Role.PROPOSED, 0.95, rule="proposed:title-prefix")]
    assert _roles(text, found, {"pathrx"}) == {"PathRX": {Role.PROPOSED}}
    weak = [_cand(text, "PathRX", Role.PROPOSED, 0.95, rule="proposed:verb")]
    assert _roles(text, weak, {"pathrx"}) == {}


def test_resolve_own_name_takes_the_kind_the_words_beside_it_say() -> None:
    # the claiming rule read "corpora" as the kind; "a medical PLM" and "SMedBERT model" say a method
    text = "SMedBERT: A Model\n\nWe introduce SMedBERT, a medical PLM trained on medical corpora. The SMedBERT model wins."
    found = [
        Candidate(Role.INTRODUCED_DATASET, 0, 8, "proposed:title-prefix", 0.95),
        _cand(text, "SMedBERT", Role.INTRODUCED_DATASET, 0.85, nth=1),
    ]
    assert _roles(text, found) == {"SMedBERT": {Role.PROPOSED}}
    # and a weaker own claim the same way: "the Epic Fail (EF) dataset"
    text = "A Title\n\nWe introduce the Epic Fail (EF) dataset. Results on our EF dataset."
    assert _roles(text, [_cand(text, "EF", Role.PROPOSED, 0.75)]) == {"EF": {Role.INTRODUCED_DATASET}}
