"""Dataset and method names recognised from their context, on hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate, layout
from kg.extract import cues
from kg.extract.cue_lists import split_list
from kg.extract.cues import find_cued_names
from kg.extract.method_cues import coordinated_methods
from kg.model import Role


def _found(abstract: str, title: str = "A Title") -> dict[str, Role]:
    text = layout(title, abstract)
    return {text[c.start : c.end]: c.role for c in find_cued_names(text, len(title))}


@pytest.mark.parametrize(
    "abstract, name, role",
    [
        ("Experiments on the SoilNet dataset show gains.", "SoilNet", Role.DATASET),
        ("Experiments on FieldBench2 demonstrate clear gains.", "FieldBench2", Role.DATASET),
        ("We report results on FarmSeg-2 and CropVision benchmarks.", "FarmSeg-2", Role.DATASET),
        ("We report results on FarmSeg-2 and CropVision benchmarks.", "CropVision", Role.DATASET),
        ("We evaluate on three public datasets: LeafCount, Agri10K, and Tomato Leaves.", "Tomato Leaves", Role.DATASET),
        ("We use several datasets (e.g., PlantDoc, AgriQA) for training.", "PlantDoc", Role.DATASET),
        ("We train on large data-sets such as Faces9K and CelebFaces.", "Faces9K", Role.DATASET),
        ("Our method outperforms SegFormer and MaskDINO by a wide margin.", "SegFormer", Role.METHOD),
        ("Our method outperforms SegFormer and MaskDINO by a wide margin.", "MaskDINO", Role.METHOD),
        ("It is much faster than YOLOv7 on edge devices.", "YOLOv7", Role.METHOD),
        ("We fine-tune Qwen2-VL on the new data.", "Qwen2-VL", Role.METHOD),
        ("We prompt Mistral-7B and Gemma-2-9B-it with the questions.", "Mistral-7B", Role.METHOD),
        ("We prompt Mistral-7B and Gemma-2-9B-it with the questions.", "Gemma-2-9B-it", Role.METHOD),
        ("The views feed a GS-LRM reconstructor that outputs splats.", "GS-LRM", Role.METHOD),
        ("Tracks are fused using the IMM algorithm per object.", "IMM", Role.METHOD),
        ("We adopt an adaptive Perp-Neg algorithm against view bias.", "Perp-Neg", Role.METHOD),
        ("We propose a novel GradSync algorithm for parallel training.", "GradSync", Role.PROPOSED),
        ("Experiments show that the proposed WaveMix method is robust.", "WaveMix", Role.PROPOSED),
        # Libraries and toolkits named beside their noun.
        ("We extend the open-source library Stoa to compose mitigators.", "Stoa", Role.METHOD),
        ("Our code is part of the open-source GAN library, Mirage.", "Mirage", Role.METHOD),
        ("All models were built with the Fennel toolkit and trained on GPUs.", "Fennel", Role.METHOD),
        # A named method with a definite article; the noun nearest "including" decides the kind.
        ("It matches the original TRADES-X method at half the cost.", "TRADES-X", Role.METHOD),
        ("We test raw tables in AutoML platforms including TabPilot, AutoForge and GridML.", "AutoForge", Role.METHOD),
        # List items may carry a remark in brackets.
        ("We evaluate on three benchmarks: QuadQA (English), PolyQA (multilingual) and TriQA.", "PolyQA", Role.DATASET),
        ("We evaluate on three benchmarks: QuadQA (English), PolyQA (multilingual) and TriQA.", "TriQA", Role.DATASET),
        # A name with its author-year citation.
        ("We compare with HoloE (Park et al., 2021) on link prediction.", "HoloE", Role.METHOD),
        ("Models like TransQ (Kim et al., 2013) and RotQ (Sun et al., 2019b) embed graphs.", "RotQ", Role.METHOD),
        ("Scores on the benchmark ArQA (Nasser and Lee, 2020) rise.", "ArQA", Role.DATASET),
        # Capitalised resource names, introduced when the sentence presents them.
        ("Parsers are trained on the Penn Treebank and tested elsewhere.", "Penn Treebank", Role.DATASET),
        ("We release the Harbor Speech Corpus 2021, a new collection of port radio calls.",
         "Harbor Speech Corpus 2021", Role.INTRODUCED_DATASET),
    ],
)
def test_cues_names_from_their_surroundings(abstract: str, name: str, role: Role) -> None:
    assert _found(abstract).get(name) is role


@pytest.mark.parametrize(
    "abstract, phrase",
    [
        ("We train on large-scale datasets collected from the web.", "large-scale datasets"),
        ("Experiments on public benchmarks show gains.", "public"),
        ("Our method outperforms diffusion models and transformers.", "diffusion models"),
        ("It outperforms the State of the art on all tasks.", "State"),
        ("Results on several datasets confirm it.", "several"),
        ("We compare with Transformer baselines.", "Transformer"),
        ("It improves the trade-off of GRBM representations and results on GRBM representations.", "GRBM"),
        ("We study saliency methods for NLP models.", "NLP"),
        ("It classifies signals for EEG-based interfaces.", "EEG"),
        ("It has no accuracy drop on GPU and CPU.", "GPU"),
        ("The code to reproduce our experiments is available on GitHub.", "GitHub"),
        ("We build on normalized random measures (NRMs) for clustering.", "NRMs"),
        ("Here a Python library handles the parsing.", "Python"),  # a language, not a library's name
        ("We propose an MBRL method that learns a world model.", "MBRL"),  # a field, with "an"
        ("The search is run by a NAS algorithm on proxies.", "NAS"),
        ("Items are ranked by a CF model trained on clicks.", "CF"),
        ("Structure is learned for a DAG model of the data.", "DAG"),  # a mathematical object
        ("It fails in a Parallel Corpus Mining setting.", "Parallel Corpus"),  # part of a longer name
        ("As shown by Pearl (1988), the graph matters.", "Pearl"),  # an author, not a name-shaped word
        ("Designing an FTRL-type algorithm for bandits is open.", "FTRL-type"),  # a kind, not a name
    ],
)
def test_cues_ignores_generic_phrases(abstract: str, phrase: str) -> None:
    assert phrase not in _found(abstract)


def test_cues_list_items_are_split() -> None:
    text = "A, B-2, and Visual Dogs"
    assert [text[s:e] for s, e in split_list(text, 0, len(text))] == ["A", "B-2", "Visual Dogs"]


def _coordinated(text: str, known: dict[str, Role]) -> dict[str, Role]:
    found = [Candidate(role, text.index(n), text.index(n) + len(n), "catalogue", 0.9) for n, role in known.items()]
    return {text[c.start : c.end]: c.role for c in coordinated_methods(text, found)}


@pytest.mark.parametrize(
    "text, known, expected",
    [
        # Names listed with a method the catalogue knows are methods too.
        ("We compare RoBERTa, TabBERT and GridNet on tables.", {"RoBERTa": Role.METHOD}, {"TabBERT", "GridNet"}),
        ("Baselines are LoopNet and XLNet.", {"XLNet": Role.METHOD}, {"LoopNet"}),
        # A list holding a dataset is not a list of methods.
        ("Results on SGD, MultiWOZ, and DSTC9 improve.", {"SGD": Role.METHOD, "MultiWOZ": Role.DATASET}, set()),
        # So is a list after a dataset noun.
        ("We use the datasets (e.g., SGD, SimDial) for it.", {"SGD": Role.METHOD}, set()),
        # Plain words and sizes are not names.
        ("We compare BERT and gradient boosting.", {"BERT": Role.METHOD}, set()),
        ("It saves cost for BERT BASE and GPT BASE.", {"BERT": Role.METHOD}, set()),
    ],
)
def test_cues_coordinated_with_a_known_method(text: str, known: dict, expected: set[str]) -> None:
    got = _coordinated(text, known)
    assert set(got) == expected
    assert all(r is Role.METHOD for r in got.values())


def test_cues_capitalised_words_joined_by_of_or_in_the_before_a_dataset_noun_are_one_name() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "A made-up title",
        "We report results on the Rainy Streets in the Night dataset. "
        "We also use the widely-used BKU-McQuarrie Finger-Motion dataset.",
    )])
    got = {m.text: m.role.value for m in ms}
    assert got.get("Rainy Streets in the Night") == "datasets"
    assert got.get("BKU-McQuarrie Finger-Motion") == "datasets"  # a hyphenated adjective is no modifier phrase


def test_cues_the_long_form_in_apposition_to_a_name_is_not_a_second_dataset() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "A made-up title",
        "We introduce FROGS, the Frames of Rowing Gestures dataset, with 10k clips.",
    )])
    assert "Frames of Rowing Gestures" not in {m.text for m in ms}


def test_cues_plain_capitalised_words_before_a_lower_case_dataset_noun_are_one_name() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "A made-up title",
        "We report 1.2 bpc on the Quill Harbor Character dataset. "
        "We evaluated our model on two datasets Brindle 400 and Oakmoss QRS.",
    )])
    got = {m.text: m.role.value for m in ms}
    assert got.get("Quill Harbor Character") == "datasets"
    assert got.get("Brindle 400") == "datasets" and got.get("Oakmoss QRS") == "datasets"


def test_cues_the_tail_of_a_connected_name_is_no_dataset() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("A made-up title", "We use the Slow Frames of Full-Body Rowers dataset.")])
    assert "Full-Body Rowers" not in {m.text for m in ms}


@pytest.mark.parametrize(
    "abstract, names",
    [
        ("We compare with Zorbnet2, FlimNet and Q-Walk on toy data.", {"Zorbnet2", "FlimNet", "Q-Walk"}),
        ("Comparing against KinoFlow, our planner is faster.", {"KinoFlow"}),
        ("The accuracy of the PG and RG methods is compared.", {"PG", "RG"}),
        ("We employ the DistRun implementation of kernel machines.", {"DistRun"}),
    ],
)
def test_cues_compare_verbs_plural_kind_nouns_and_implementations_name_methods(abstract: str, names: set[str]) -> None:
    found = _found(abstract)
    assert {n for n in names if found.get(n) is Role.METHOD} == names


def test_cues_plural_kind_noun_needs_names_only() -> None:
    found = _found("We compare the 2D and Deep models on toy data.")
    assert "2D" not in found and "Deep" not in found


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Quiet algorithms such as TD(0) and GlassTD converge.", "TD(0)", Role.METHOD),
        ("On-policy algorithms such as Sarsa(lambda) shift.", "Sarsa(lambda)", Role.METHOD),
        ("Experiments with Q(λ) show gains.", "Q(λ)", Role.METHOD),
        ("We derive a novel algorithm, Glass(lambda), with three properties.", "Glass(lambda)", Role.PROPOSED),
    ],
)
def test_cues_parameter_written_algorithms_are_methods(text: str, name: str, role: Role) -> None:
    found = {text[c.start : c.end]: c.role for c in find_cued_names(text, 0)}
    assert found.get(name) is role


def test_cues_parameter_shapes_in_math_or_values_are_not_methods() -> None:
    text = "The value F(0) is small, $TD(0)$ holds and the cost is O(1) or Omega(lambda)."
    found = {text[c.start : c.end] for c in find_cued_names(text, 0)}
    assert not found & {"F(0)", "TD(0)", "O(1)", "Omega(lambda)"}


def test_cues_parameter_name_in_a_new_version_of_is_a_method() -> None:
    text = "We derive a new version of TD(lambda), and a novel Fuzzy Sarsa(λ) Learning approach."
    found = {text[c.start : c.end]: c.role for c in find_cued_names(text, 0)}
    assert found.get("TD(lambda)") is Role.METHOD and found.get("Sarsa(λ)") is Role.METHOD


@pytest.mark.parametrize(
    "abstract, name",
    [
        # A name-shaped word right after a singular kind noun, after a determiner.
        ("Scores come from fine-tuning the monolingual model FooBERT for Welsh.", "FooBERT"),
        ("Modes are found with a fast output-only modal analysis algorithm, SSI-QRX. It runs fast.", "SSI-QRX"),
    ],
)
def test_cues_name_after_a_kind_noun_is_a_method(abstract: str, name: str) -> None:
    assert _found(abstract).get(name) is Role.METHOD


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We propose an efficient search algorithm KgTunerX for ranking.", "KgTunerX"),  # the paper's own
        ("This boosts the backbone PLMs on all tasks.", "PLMs"),  # a kind, not a name
        ("We study the model Transformers for speech.", "Transformers"),  # a plain capitalised word
    ],
)
def test_cues_name_after_a_kind_noun_not_taken(abstract: str, name: str) -> None:
    assert _found(abstract).get(name) is not Role.METHOD


@pytest.mark.parametrize(
    "abstract, name, found",
    [
        ("The approach is based on the Block Coordinate Descent algorithm for sparse coding.", "Block Coordinate Descent", True),
        ("The Iterative Hard Thresholding algorithm is used here.", "Iterative Hard Thresholding", True),
        # the paper's own, or a model rather than a technique, is left to other rules
        ("We use our new Fast Block Solver algorithm here.", "Fast Block Solver", False),
        ("We train the Graph Neural Network model on molecules.", "Graph Neural Network", False),
    ],
)
def test_cues_title_case_technique_before_algorithm_or_method(abstract: str, name: str, found: bool) -> None:
    text = layout("Sparse Coding", abstract)
    got = {text[c.start : c.end]: c.role for c in find_cued_names(text, len("Sparse Coding"))}
    assert (got.get(name) is Role.METHOD) is found, got



@pytest.mark.parametrize(
    "before",
    [
        "We evaluate on LeafCount, Agri10K and Tomato Leaves ",
        "results on XOR-Retrieve (cross-lingual) ",
        "on the 3DPW\n ",
        "on the public(ImageNet-1k ",
        "a,B2 ",
        "on the proposed ",
        "on the proposed",
        "Tomato Leaves",
        "   ",
        "",
    ],
)
def test_cues_dataset_noun_list_pretest_holds_wherever_the_list_pattern_matches(before: str) -> None:
    # The pre-test may let through windows the pattern rejects, never the reverse.
    text = before + "dataset"
    matched = cues._BEFORE_DS_NOUN.search(text, 0, len(before)) is not None
    assert cues._list_may_end_before(text, 0, len(before)) or not matched
    assert matched == (before.rstrip() != before and before.strip() not in ("on the proposed", ""))


def test_cues_a_name_with_a_spaced_size_in_billions_is_a_model() -> None:
    found = _found("Open models, particularly Zorbgpt 7B and Quux 2 13B, trail GPT-4.")
    assert found.get("Zorbgpt 7B") is Role.METHOD and found.get("Quux 2 13B") is Role.METHOD
    assert "Figure 3B" not in _found("As Figure 3B shows, the 7B model wins.")
    assert "Quuxset 400M" not in _found("We train on Quuxset 400M images.")  # millions: a dataset's size


def test_cues_a_name_shaped_example_vouches_for_a_capitalised_one_after_a_method_noun() -> None:
    found = _found("Supervised embedding models like Zorbie and PSQ have proven successful at ranking.")
    assert found.get("Zorbie") is Role.METHOD and found.get("PSQ") is Role.METHOD
    # the noun before the cue is no method noun: the capitalised member stays out
    found = _found("Our method improves multi-agent tasks, including Zorbie and SMQC.")
    assert found.get("Zorbie") is not Role.METHOD


def test_cues_a_title_case_name_stands_alone_where_the_frame_says_it_is_a_method() -> None:
    found = _found("Classical algorithms such as Quorble Policy Smoothing or Thin Zarn Filters are special cases.")
    assert found.get("Quorble Policy Smoothing") is Role.METHOD and found.get("Thin Zarn Filters") is Role.METHOD
    found = _found("Our method is faster than Hyperzorb and Bayesian Zorbing. We also outperform Random Zearch by 8x.")
    assert found.get("Bayesian Zorbing") is Role.METHOD and found.get("Random Zearch") is Role.METHOD
    # "tools (e.g., A and B)": the bracket does not part the method noun from its examples
    found = _found("Compared to strong tools (e.g., HyperZorb and Spearzorb), our search wins.")
    assert found.get("Spearzorb") is Role.METHOD


@pytest.mark.parametrize("abstract, name", [
    ("Learning control algorithms such as Reinforcement Learning are popular.", "Reinforcement Learning"),
    ("Search algorithms such as Joint Zorb Branch and Bound (JZBB) prune early.", "Joint Zorb Branch"),
    ("Approaches such as Deep Q- learning (Mnih et al., 2015) apply.", "Deep Q"),
    ("It is faster than diffusion models (Hallo 20.93s vs. Teller 0.92s).", "Teller 0.92s"),
    ("Our method outperforms Random Forest Datasets on speed.", "Random Forest Datasets"),
    ("Cultures vary within regions (e.g., Los Angeles vs. San Francisco) too.", "San Francisco"),
])
def test_cues_a_title_case_name_alone_is_no_field_cut_name_figure_or_dataset(abstract: str, name: str) -> None:
    assert _found(abstract).get(name) is not Role.METHOD


def test_cues_a_title_case_name_after_a_built_on_verb_is_a_method() -> None:
    found = _found("We extend the Zorbia Wiktionary Parser (Wu and Yarowsky, 2020) to extract translations.")
    assert found.get("Zorbia Wiktionary Parser") is Role.METHOD
    assert _found("To run in real time, we employ Knowledge Zistillation within a teacher.").get("Knowledge Zistillation") is Role.METHOD
    # a name that goes on, a field and a dataset noun are left
    found = _found("For texture, we adopt the ID Consistent Texture Inpainting and Refinement which expands the view.")
    assert not any(n.startswith("ID Consistent") for n in found)
    assert "Deep Reinforcement Learning" not in _found("Our controller is based on Deep Reinforcement Learning for speed.")
    assert _found("Our model is built on Zorb Image Dataset for speed.").get("Zorb Image Dataset") is not Role.METHOD


@pytest.mark.parametrize("abstract, name, found", [
    ("Drinking is classified using Support Zector Machine (SZM) and more.", "Support Zector Machine", True),
    ("Objectives are optimized using Bayesian Zoptimization and swarms.", "Bayesian Zoptimization", True),
    ("We measure accuracy using the Individual Zypology Angle (IZA) metric.", "Individual Zypology Angle", False),
    ("Refinement uses a Efficient Temporal Module (ETM), using a Efficient Zemporal Module (EZM).", "Efficient Zemporal Module", False),
    ("Data are collected using Unmanned Zerial Vehicles over fields.", "Unmanned Zerial Vehicles", False),
    ("Poses are found using RANSAC-based ZnP on matches.", "RANSAC-based ZnP", False),
    ("Points come from using the ZOLMAP Structure from Motion tool.", "ZOLMAP Structure", False),
    ("We study the tweets using Natural Language Processing to find trends.", "Natural Language Processing", False),  # a field
    ("We parse the scans by applying Computer Vision to them.", "Computer Vision", False),
])
def test_cues_a_title_case_name_after_using_is_a_method_unless_said_otherwise(abstract: str, name: str, found: bool) -> None:
    assert (_found(abstract).get(name) is Role.METHOD) is found


def test_cues_the_tail_of_a_long_form_after_using_is_no_method() -> None:
    # the verb inside a Title Case name its acronym spells: the tail is no method of its own
    assert "Lower Zounds" not in _found("An algorithm we call Motion Zlanning using Lower Zounds (MZLZ) is fast.")
    assert _found("A model using Long Zhort-Term Memory (LZTM) is fast.").get("Long Zhort-Term Memory") is Role.METHOD


def test_cues_names_in_a_bracket_after_a_plural_kind_noun_are_methods() -> None:
    found = _found("We find that, while some methods (ZOME and MEMZIT) perform well, they fail.")
    assert found.get("ZOME") is Role.METHOD and found.get("MEMZIT") is Role.METHOD
    found = _found("We compare against detectors (Harris3D, KPQ-SI and NARQ) on scans.")
    assert {"Harris3D", "KPQ-SI", "NARQ"} <= {n for n, r in found.items() if r is Role.METHOD}
    # the paper's own pair, a defined plural acronym and one bracketed name are left
    assert "ZorbA" not in _found("We propose two models (ZorbA and ZorbB) for this.")
    assert "VLMs" not in _found("Vision models (VLMs, MLLMs) help.")
    assert "ZorbA" not in _found("Strong models (ZorbA) help.")


def test_cues_names_in_a_bracket_before_a_plural_kind_noun_are_methods() -> None:
    found = _found("It is achieved by classic algorithms (Zorbi and BCQR decoders, representing search).")
    assert found.get("Zorbi") is Role.METHOD and found.get("BCQR") is Role.METHOD
    # plain capitalised words alone are not vouched for: "the Maxwell and Voigt models"
    found = _found("We fit the Maxwell and Voigt models to the data.")
    assert found.get("Maxwell") is not Role.METHOD


@pytest.mark.parametrize("abstract, name, role", [
    ("The set is four times larger than the existing QuillMorph dataset.", "QuillMorph", Role.DATASET),
    ("We test on the original BrindleQA and Oakmoss-2 benchmarks.", "Oakmoss-2", Role.DATASET),
    ("Models are trained on existing QuillMorph datasets of songs.", "QuillMorph", None),  # a kind of data
    ("Videos come from an existing QuillADL dataset.", "QuillADL", None),  # an indefinite article: a kind
])
def test_cues_a_word_saying_which_set_leaves_one_named_set_a_name(abstract: str, name: str, role: Role | None) -> None:
    assert _found(abstract).get(name) is role


@pytest.mark.parametrize("abstract, role", [
    ("We build on the Brindle Quill benchmark (Farrow et al. 2021), a set of stories.", Role.DATASET),
    ("We build on the Brindle Quill benchmark, a set of stories.", Role.DATASET),
    ("We release the Brindle Quill benchmark [12] with new stories.", Role.DATASET),
    ("We release the Brindle Quill benchmark with 500 stories.", Role.INTRODUCED_DATASET),
])
def test_cues_a_cited_resource_or_one_built_on_is_not_the_papers_own(abstract: str, role: Role) -> None:
    assert _found(abstract).get("Brindle Quill") is role


@pytest.mark.parametrize("abstract, name, role", [
    ("Experiments on three QuillQA datasets show gains.", "QuillQA", None),  # one name counted as several sets: a kind
    ("Results on four public MAS-X datasets are strong.", "MAS-X", None),
    ("We test on 328 QuillQA benchmarks.", "QuillQA", None),
    ("We test on four benchmark QuillNER datasets.", "QuillNER", None),
    ("Experiments on two datasets, QuillQA and BrindleQA, show gains.", "QuillQA", Role.DATASET),
    ("Experiments on three datasets QuillQA, BrindleQA and OakQA show gains.", "OakQA", Role.DATASET),
    ("Experiments on the QuillQA and BrindleQA datasets show gains.", "QuillQA", Role.DATASET),
])
def test_cues_a_name_counted_as_several_sets_is_their_kind(abstract: str, name: str, role: Role | None) -> None:
    assert _found(abstract).get(name) is role


def test_cues_a_corporation_is_no_corpus() -> None:
    assert _found("It is installed at the Smurfit-Stone Container Corporation.") == {}


def test_cues_split_list_parts_four_names_written_apart_and_keeps_longer_names_whole() -> None:
    text = "on five datasets (Quill-DOTA CHAIR QITOD SarQET and COCO) and on INRIA Quill Rowing Videos, Oak Salads"
    got = [text[s:e] for s, e in split_list(text, text.index("Quill-DOTA"), len(text))]
    assert got == ["Quill-DOTA", "CHAIR", "QITOD", "SarQET", "COCO", "INRIA Quill Rowing Videos", "Oak Salads"]
    text = "the TUM RGB-D SLAM and ICL-NUIM sets"
    assert [text[s:e] for s, e in split_list(text, 4, text.index(" sets"))] == ["TUM RGB-D SLAM", "ICL-NUIM"]


@pytest.mark.parametrize(
    "abstract, names",
    [
        ("It achieves 3.2 points higher accuracy than ParM and GoLLIE.", {"ParM", "GoLLIE"}),
        ("Our tracker is remarkably faster at inference than C-COT and ECO.", {"C-COT", "ECO"}),
        ("It is more robust than CascadeKL-UCB, an existing algorithm.", {"CascadeKL-UCB"}),
        ("It shows accuracy improvement by up to 58% over ParM.", {"ParM"}),
        ("It reduces the error by 15.0% over FlowNet3D on both sets.", {"FlowNet3D"}),
        ("The latter greatly improves over the vanilla GDA in theory.", {"GDA"}),
        ("A generalization, cluster-EVD, improves upon EVD in certain regimes.", {"EVD"}),
        ("We also compare our algorithm with DynaSLAM and DS-SLAM.", {"DynaSLAM", "DS-SLAM"}),
        ("We compare our approach with the recently proposed ParM.", {"ParM"}),
    ],
)
def test_cues_a_comparison_parted_from_than_or_over_names_methods(abstract: str, names: set[str]) -> None:
    found = _found(abstract)
    assert all(found.get(n) is Role.METHOD for n in names), found


@pytest.mark.parametrize(
    "abstract",
    [
        "The pad is made of silicone with a modulus of less than 1 MPa.",  # a quantity
        "The new corpus is more diverse than VQAv2 and larger than WebQA.",  # data, not performance
        "We report results over 10 datasets and over VQAv2 splits.",  # no gain before "over"
        "Reasoning models outperform standard LLMs and are more accurate than Vid-LLMs.",  # families
        "Reinforcement learning (RL) is costly. Such methods are less efficient than RL with features.",
        "It gives improvements of up to 8 mAP points over SoTA across three datasets.",
        "We compare it with MultiDiffusion SyncDiffusion under the same budget.",  # two names run together
        "It is more robust than the standard BERT QA model on all sets.",
    ],
)
def test_cues_a_parted_comparison_names_no_quantity_data_family_or_merged_names(abstract: str) -> None:
    assert not {n for n, r in _found(abstract).items() if r is Role.METHOD}, _found(abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "The pose is estimated from the CAD model of the part.",  # a field, not a method
        "We build the 3-D model of the scene from stereo.",  # a dimension
        "Localization is based on GPS and wheel odometry.",  # a sensor
        "Our planner leverages RGB for detection.",
        "We use the ML model to rank the candidates.",
    ],
)
def test_cues_fields_sensors_and_dimensions_before_a_kind_noun_or_after_based_on_are_no_methods(abstract: str) -> None:
    assert not {n for n, r in _found(abstract).items() if r is Role.METHOD}, _found(abstract)


def test_cues_an_indefinite_article_before_a_field_acronym_names_a_kind_of_dataset() -> None:
    found = _found("We build PathQuill, a VQA dataset with 30k questions, and test on an RGB-D database.")
    assert "VQA" not in found and "RGB-D" not in found
    assert _found("We test on the QUILL dataset.").get("QUILL") is Role.DATASET


def test_cues_a_plural_acronym_evaluated_on_is_a_kind_not_a_dataset() -> None:
    found = _found("We run experiments on FooBench and 14 LLMs.")
    assert "LLMs" not in found and found.get("FooBench") is Role.DATASET


def test_cues_a_language_in_a_dataset_list_names_no_set() -> None:
    found = _found("Experiments in both English and Chinese FooQuill benchmarks show gains.")
    assert "English" not in found


@pytest.mark.parametrize("abstract", [
    "Our work is based on PROMETHEE II, which lets operators rank tasks.",
    "We build on the RoboCup Rescue simulator to monitor agents.",
])
def test_cues_built_on_name_is_not_cut_short_before_a_capitalised_word(abstract: str) -> None:
    # the name goes on into another capitalised word: no prefix of it ("PROMETHE", "RoboCu") is a name
    assert not any(name in ("PROMETHEE", "RoboCup") or name.startswith(("PROMETHE", "RoboCu")) for name in _found(abstract))


@pytest.mark.parametrize(("abstract", "left"), [
    ("We evaluate several labelers (CRF, BiLSTM-CRF, and Transformer-based models) on it.", "Transformer-based"),
    ("Models aligned with it cut errors by 56% compared to SoTA instruction-tuned LLMs.", "SoTA"),
])
def test_cues_a_kind_or_a_placeholder_in_a_method_list_is_no_name(abstract: str, left: str) -> None:
    assert left not in _found(abstract)


@pytest.mark.parametrize("abstract, gone, kept", [
    # the noun after a list says what every item is, not only the last
    ("Extensive experiments on QXNLI and CQXA tasks reveal gains.", {"QXNLI", "CQXA"}, set()),
    ("We evaluated the models on the Torqx7 and Thenqo frameworks.", {"Torqx7", "Thenqo"}, set()),
    # as methods the items stay: the noun says they are methods
    ("We compare with the GQSP and QXAT methods of prior work.", set(), {"GQSP", "QXAT"}),
])
def test_cues_a_class_noun_after_a_list_rules_out_every_item_as_a_dataset(abstract: str, gone: set, kept: set) -> None:
    found = _found(abstract)
    assert not {n for n in gone if found.get(n) is Role.DATASET}
    assert kept <= set(found)


def test_cues_one_word_before_a_capitalised_dataset_noun_is_the_name() -> None:
    # "the Quuxset Dataset": the word names the set; longer names and long forms keep the noun
    found = _found("Results on the Quuxset Dataset and the Blorp Open Dataset improve. "
                   "We use the Zorb-Actor Dataset (ZAD) too.")
    assert "Quuxset" in found and "Quuxset Dataset" not in found
    assert "Blorp Open Dataset" in found
    assert "Zorb-Actor Dataset" in found


def test_task_acronym_before_plural_dataset_noun_names_no_set():
    """An acronym the paper spells out as a task ("rumor detection (RD)", a title's "Grammatical
    Error Correction") before "datasets"/"benchmarks" is the sets' task; a listed name stays."""
    def found(abstract, title="A Title"):
        return {k for k, v in _found(abstract, title).items() if v is Role.DATASET}

    assert found("Our model is best on English GEC benchmarks.", "Corrections for Grammatical Error Correction") == set()
    assert found("Existing rumor detection (RD) models fail. It is evaluated on English and Chinese RD datasets.") == set()
    assert found("We address human pose and shape (HPS) estimation. It is accurate on HPS benchmarks.") == set()
    assert {"CNN", "CQA"} <= found("We study conversational question answering (CQA). We test on CNN and CQA datasets.")
    assert "SVHN" in found("We use Street View House Numbers (SVHN). We evaluate on MNIST and SVHN datasets.")


def test_a_name_after_a_dataset_noun_and_comma_that_a_verb_follows_is_the_subject():
    """"On popular benchmarks, ZorbNet improves ...": the name is what the clause is about, not a set;
    a name the comma sets in apposition stays ("the new dataset, ZorbSet, has ...")."""
    assert "ZORB" not in _found("On popular benchmarks, ZORB improves various grounding methods.")
    assert "ZORB" not in _found("On the WSJ dataset, ZORB outperformed the baselines.")
    assert _found("We use two datasets, ZORB and QUUX, for testing.").get("ZORB") is Role.DATASET


def test_a_phrase_led_by_an_x_based_word_names_a_kind_of_set_not_a_set():
    text = "Title\nIt outperforms other methods on a MNIST-based MIL dataset and on the CUB dataset."
    found = {text[c.start : c.end] for c in find_cued_names(text, 5) if c.role is Role.DATASET}
    assert "MNIST-based MIL" not in found and "CUB" in found  # the set is built from MNIST; the catalogue names it
