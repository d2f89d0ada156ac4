"""The paper's own methods and datasets, on hand-written titles and abstracts."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.proposed import find_proposed, valid_name
from kg.model import Role
from proposed_support import found as _found


@pytest.mark.parametrize(
    "title, abstract, name, role",
    [
        ("GlowNet: Fast Relighting of Indoor Scenes", "We present GlowNet, a network that relights rooms.",
         "GlowNet", Role.PROPOSED),
        ("OceanQA: A Benchmark for Marine Question Answering", "OceanQA contains 5k questions.",
         "OceanQA", Role.INTRODUCED_DATASET),
        ("Better Crop Maps", "We propose a novel segmentation framework, dubbed CropSeg, for farms.",
         "CropSeg", Role.PROPOSED),
        ("Better Crop Maps", "We propose a simple approach coined as Harvest-X that works well.",
         "Harvest-X", Role.PROPOSED),
        ("Better Crop Maps", "We propose an end-to-end trainable framework referred as Deep Crop Mapping (DCMP).",
         "DCMP", Role.PROPOSED),
        ("VizQ Grand Challenge: Answering Questions", "The VizQ Grand Challenge has 31k questions.",
         "VizQ Grand Challenge", Role.INTRODUCED_DATASET),
        ("Reading Receipts", "We collect a new dataset named ReceiptBank with 2,000 scans.",
         "ReceiptBank", Role.INTRODUCED_DATASET),
        ("Reading Receipts", "We introduce a large benchmark, TallyBench, of scanned receipts.",
         "TallyBench", Role.INTRODUCED_DATASET),
        ("Reading Receipts", "In this paper we propose Pelican, a lightweight parser for receipts.",
         "Pelican", Role.PROPOSED),
        ("Graph Repair", "We propose the Sparse Edge Refiner (SER) module to fix graphs.",
         "SER", Role.PROPOSED),
        ("Graph Repair", "Experiments show that the proposed EdgeFix consistently improves recall.",
         "EdgeFix", Role.PROPOSED),
        ("Graph Repair", "Moreover, a FuseNet and a ranking loss are introduced to merge the views.",
         "FuseNet", Role.PROPOSED),
        ("Graph Repair", "We propose a two-stage design with two networks, i.e., DraftNet and PolishNet.",
         "PolishNet", Role.PROPOSED),
        ("Graph Repair", "It uses a new attention block called the Edge Gate Unit (EGU) on each layer.",
         "EGU", Role.PROPOSED),
        ("Graph Repair", "We propose \"TrackAll\", a framework for tracking.", "TrackAll", Role.PROPOSED),
        # Markdown emphasis around the name.
        ("Graph Repair", "We develop **EdgeBank**, a corpus of repaired graphs.", "EdgeBank", Role.INTRODUCED_DATASET),
        # A kind noun, then the name in brackets.
        ("Fair Skin Rendering", "We propose a new evaluation corpus (SkinSet) and an algorithm (ToneFit) for it.",
         "SkinSet", Role.INTRODUCED_DATASET),
        ("Fair Skin Rendering", "We propose a new evaluation corpus (SkinSet) and an algorithm (ToneFit) for it.",
         "ToneFit", Role.PROPOSED),
        # A coined one-word title prefix the abstract never uses, over an abstract that presents.
        ("Ropeweaver: Braiding Cables with Two Arms", "We present a system that braids cables with two arms.",
         "Ropeweaver", Role.PROPOSED),
        # A name with a version number.
        ("Fieldbots 3.0: Mowing Larger Lawns", "This work presents a strategy for mowing with fleets.",
         "Fieldbots 3.0", Role.PROPOSED),
        # "Name (ACR): ..." titles give both forms.
        ("Sparse Query Network (SQN): Fast Retrieval", "SQN answers queries quickly.", "SQN", Role.PROPOSED),
    ],
)
def test_proposed_finds_the_papers_own_names(title: str, abstract: str, name: str, role: Role) -> None:
    found = _found(title, abstract)
    assert found.get(name) is role, found


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # A title prefix made of plain words is not a name unless the abstract uses it as one.
        ("Lessons Learned: Training Vision Models at Scale", "We report lessons from training models.", "Lessons Learned"),
        # One capitalised word the abstract uses as a plain word names the topic.
        ("Robustness: Lessons from Ten Benchmarks", "We find that robustness varies.", "Robustness"),
        # A bracketed definition belongs to the acronym component; no "new" or proposal: not the paper's.
        ("Better Agents", "We propose to use a large language model (LLM) as a planner.", "LLM"),
        ("Better Agents", "Our agent achieves gains on a popular benchmark (ALFRED).", "ALFRED"),
        # Surveys name their topic, not a method.
        ("LLMs: A Survey of Reasoning", "This survey reviews LLMs and their reasoning.", "LLMs"),
        # Lower-case technique words after "we propose" are not names.
        ("Robust Tracking", "We propose a diffusion model, which tracks objects.", "diffusion model"),
        # "the proposed 3D model": a dimension is not a name.
        ("Robust Tracking", "Results show the proposed 3D model tracks better.", "3D"),
        # A gerund title prefix names a topic: "Revisiting X: ...".
        ("Revisiting DP-Means: Fast Algorithms", "We revisit DP-Means and speed it up.", "Revisiting DP-Means"),
        ("Beyond GNNs: An Efficient Architecture", "We go Beyond GNNs with a new design.", "Beyond GNNs"),
        # A capitalised word that only starts a longer lower-case phrase is not a name.
        ("Sampling", "We build on a method from physics called Russian roulette sampling.", "Russian"),
        # A tool the paper uses, in apposition, is not its own.
        ("Balance Control", "We take advantage of a nonlinear optimization method, SNOPTX, to plan.", "SNOPTX"),
        # "namely" after existing datasets lists them, it does not introduce them.
        ("Grasping", "It is accurate on two popular grasp datasets, namely GraspA and GraspB.", "GraspA"),
        # A prior method in apposition is not the paper's own.
        ("Lidar Odometry", "We compare with a state-of-the-art method, LOAM, on our data.", "LOAM"),
        # A named technique inside a relative clause of a passive sentence is used, not introduced.
        ("Gait Assistance", "A detector, which utilizes a GaitHMM model, is developed for walking.", "GaitHMM"),
        # A capitalised technique family after a verb is not the paper's name.
        ("Robust Tracking", "In the first stage, we design the Diffusion Transformer to predict motion.", "Diffusion Transformer"),
    ],
)
def test_proposed_rejects_generic_phrases(title: str, abstract: str, name: str) -> None:
    assert _found(title, abstract).get(name) not in (Role.PROPOSED, Role.INTRODUCED_DATASET)


def test_proposed_takes_the_acronym_after_a_spelled_out_name() -> None:
    found = _found("Motion Models", "We present Universal Motion Prior (UMP), a framework for motion synthesis.")
    assert found.get("UMP") is Role.PROPOSED
    assert "Universal Motion Prior" not in found


def test_proposed_names_are_metrics_when_the_text_says_metric() -> None:
    found = _found("Measuring Drift", "We introduce Label Drift Index (LDI), a metric that measures label drift.")
    assert found.get("LDI") is Role.METRIC


def test_proposed_metric_learning_is_not_a_metric() -> None:
    found = _found("Quiet Rooms", "We propose Unbiased Glass Learning (UGL), a metric learning approach, for rooms.")
    assert found.get("UGL") is Role.PROPOSED


@pytest.mark.parametrize(
    "phrase, strong, ok",
    [
        ("MCNet", False, True),
        ("Portrait3D", False, True),
        ("Blend-Net", False, True),
        ("Full-Body", False, False),
        ("Medusa", False, False),
        ("Medusa", True, True),
        ("Image Generation", True, False),
        ("The", True, False),
        ("2D", True, False),
    ],
)
def test_proposed_valid_name_shapes(phrase: str, strong: bool, ok: bool) -> None:
    assert valid_name(phrase, strong_context=strong) is ok


def test_proposed_offsets_slice_back_to_the_name() -> None:
    title, abstract = "SwiftOCR: Reading Fast", "We present SwiftOCR, a recognizer. SwiftOCR is fast."
    text = layout(title, abstract)
    for c in find_proposed(text, len(title)):
        assert text[c.start : c.end] == "SwiftOCR"
        assert 0.0 <= c.confidence <= 1.0


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # A lower-case-initial name prefixes the title.
        ("qzRank: Quiet Ranking for Search", "We present qzRank, a ranker. qzRank is fast.", "qzRank"),
        # A spaced dash separates the name like a colon.
        ("PLOVA - A Made-Up Approach to Weeding", "This paper introduces PLOVA as a tool. PLOVA works.", "PLOVA"),
        # A name-shaped word leading the title before "for", presented by the abstract.
        ("MixoNet for Source-Free Domain Shift", "We propose MixoNet to adapt models. It is fast.", "MixoNet"),
        ("MixoNet for Source-Free Domain Shift", "Models drift. MixoNet outperforms prior work.", "MixoNet"),
        # A lower-case long form after a naming word, in a sentence that proposes.
        ("A Made-Up Title", "We propose a class of samplers called quiet shadow tempering (QST), which mixes fast.", "QST"),
    ],
)
def test_proposed_title_names_and_lower_case_namings(title: str, abstract: str, name: str) -> None:
    assert _found(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # A name leading the title that the abstract only uses is not proposed here.
        ("MixoNet for Source-Free Domain Shift", "Prior work adapts models with MixoNet layers.", "MixoNet"),
        # "so-called" and "named" introduce known things.
        ("A Made-Up Title", "We propose to summarise it in a so-called quiet ancestral graph (QAG) here.", "QAG"),
        ("A Made-Up Title", "We propose a tagger for named entity recognition (NER) in tweets.", "NER"),
        # No proposal verb: a known lower-case term.
        ("A Made-Up Title", "Swimming is driven by circuits, called the central rhythm generators (CRGs).", "CRGs"),
    ],
)
def test_proposed_title_lead_and_lower_case_namings_need_a_presenting_context(title: str, abstract: str, name: str) -> None:
    assert name not in _found(title, abstract)


def test_proposed_title_lead_leaves_a_catalogue_method_a_method() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("BERT for Quiet Ranking of Made-Up Lists", "We propose to fine-tune BERT on lists.")])
    roles = {m.text: m.role.value for m in ms}
    assert roles.get("BERT") == "methods"


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We propose a new algorithm QuietAdaptive with optimal regret.", "QuietAdaptive"),
        ("We have developed a prototype care robot, RIBO, which lifts patients.", "RIBO"),
        # a comma after the verb
        ("We introduce, QuietFormer, a large-scale transformer model for glass.", "QuietFormer"),
        # ", i.e., NAME" names it as the comma does
        ("We propose the first semi-supervised glass ranking framework, i.e., QUIETRANK, to rank glass.", "QUIETRANK"),
    ],
)
def test_proposed_apposition_before_with_and_after_robot(abstract: str, name: str) -> None:
    assert _found("A Made-Up Title", abstract).get(name) is Role.PROPOSED


def test_proposed_robot_the_paper_uses_is_not_its_own() -> None:
    assert "RIBO" not in _found("A Made-Up Title", "We use a commercial care robot, RIBO, to lift patients.")


@pytest.mark.parametrize(
    "abstract, name, role",
    [
        ("We study glass. Results show that our GlassNet achieves the best accuracy.", "GlassNet", Role.PROPOSED),
        ("We study glass. We compare our quiet-GAN over other conditional GANs.", "quiet-GAN", Role.PROPOSED),
        ("We propose a deep quiet boosted forest (DQBF) for glass. Our DQBF outperforms forests.", "DQBF",
         Role.PROPOSED),
        ("We study glass. We evaluate on our Glass360K dataset and on public ones.", "Glass360K",
         Role.INTRODUCED_DATASET),
        # the first use defines it, and its sentence calls the long form new or its own
        ("It rests on a novel model called the quiet deep boosted forest (QDBF). We test our QDBF on glass.", "QDBF",
         Role.PROPOSED),
        ("Our learnable quiet forest (LQF) ranks glass. We compare our LQF to forests.", "LQF", Role.PROPOSED),
        ("We study glass. Our proposed GLS-Forest algorithm solves this using per-pixel classification.", "GLS-Forest",
         Role.PROPOSED),
    ],
)
def test_proposed_our_name_is_the_papers_own(abstract: str, name: str, role: Role) -> None:
    assert _found("A Made-Up Title", abstract).get(name) is role


@pytest.mark.parametrize(
    "abstract, name",
    [
        # an all-capitals term the paper models with, not one it proposes
        ("A Quiet Decision Process (QDP) framework is provided. We show how our QDP framework works.", "QDP"),
        ("We propose an algorithm using quiet decision processes (QDPs). Our QDP policy is fast.", "QDP"),
        # a definition no one calls new
        ("Glass is modelled by a quiet decision process (QDP). We solve our QDP on glass.", "QDP"),
        ("On our LLM-generated glass data, models fail.", "LLM-generated"),
        ("We thank our GlassNet colleagues who helped.", "GlassNet"),  # no kind noun or verb after it
    ],
)
def test_proposed_our_name_needs_a_shape_and_a_proposal(abstract: str, name: str) -> None:
    assert name not in _found("A Made-Up Title", abstract)


def test_proposed_our_name_leaves_a_catalogue_method_a_method() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("Quiet Glass Ranking", "We rank glass. Our ResNet-50 encoder is fine-tuned on lists.")])
    assert {m.text: m.role.value for m in ms}.get("ResNet-50") != "proposed"


@pytest.mark.parametrize(
    "title, abstract, name, found",
    [
        ("Quiet Alchemy: GlassFormer for Scene Text", "The paper presents GlassFormer (Glass Transformer), a model.",
         "GlassFormer", True),
        ("Design of the eQUIET Robot", "In this work we have developed the eQUIET robot for schools.", "eQUIET", True),
        # the title word only starts a longer phrase, or the presenting verb speaks of earlier work
        ("A PAC-Glass approach to quiet machines", "We propose a PAC-Glass risk bound for machines.", "PAC-Glass", False),
        ("Quiet rooms with GlassNet", "GlassNet was previously proposed for rooms. We study rooms.", "GlassNet", False),
        ("Quiet rooms with GlassNet", "Others previously proposed GlassNet for rooms.", "GlassNet", False),
    ],
)
def test_proposed_title_name_the_abstract_presents(title: str, abstract: str, name: str, found: bool) -> None:
    assert (_found(title, abstract).get(name) is Role.PROPOSED) is found


@pytest.mark.parametrize(
    "abstract, name, found",
    [
        ("We propose a novel Mixture of Glass network (MogNet) for rooms. MogNet is quiet.", "MogNet", True),
        ("This work presents a novel First-glass View based Quiet model (FgQuiet) for rooms.", "FgQuiet", True),
        # a lower-case long form names a family, not the paper's own
        ("We propose novel ways to prune a convolutional neural network (ConvNet) for rooms.", "ConvNet", False),
    ],
)
def test_proposed_bracketed_name_loosely_spelled_by_the_words_before(abstract: str, name: str, found: bool) -> None:
    assert (_found("A Made-Up Title", abstract).get(name) is Role.PROPOSED) is found


def test_proposed_prior_word_before_our_does_not_make_the_named_method_prior() -> None:
    abstract = "Unlike the most popular influence approaches, our method, called SPAN, is context-sensitive."
    assert _found("Network Response", abstract) == {"SPAN": Role.PROPOSED}


def test_proposed_lower_case_coined_title_prefix_presented_in_the_abstract() -> None:
    title = "speech-kit: a Library for Spoken Language Processing"
    assert _found(title, "Here, we introduce speech-kit, a library for research.") == {"speech-kit": Role.PROPOSED}
    assert _found(title, "This library helps researchers.") == {}  # not presented: no name


def test_proposed_subject_of_outperforms_is_the_papers_own() -> None:
    abstract = ("We introduce a method for following instructions. The Grounded Mapping Network (GMNet) builds a "
                "map. Explicit mapping allows GMNet to outperform strong neural baselines.")
    assert _found("Following Instructions", abstract).get("GMNet") is Role.PROPOSED
    assert _found("Following Instructions", "Plain models outperform older ones.") == {}  # no name-shaped subject


def test_proposed_a_modified_variant_of_a_method_is_the_papers_own() -> None:
    abstract = "We train the model using DAggerX, a modified variant of DAgger that trades guarantees for speed."
    assert _found("Imitation", abstract).get("DAggerX") is Role.PROPOSED
    assert "DAgger" not in _found("Imitation", abstract)


@pytest.mark.parametrize(
    "abstract, name, role",
    [
        # dash apposition, capitalised "Our", a name in brackets after the presented phrase
        ("To this end, we propose a new algorithm - Stepwise2Vid - that orders the steps.", "Stepwise2Vid", Role.PROPOSED),
        ("Our model, GraphBlend, is built on message passing.", "GraphBlend", Role.PROPOSED),
        ("We propose a novel Deep Complementary Joint Model (DeepJX) for registration.", "DeepJX", Role.PROPOSED),
        ("We present a new self-supervised depth estimation (SDepthX) method for moving objects.", "SDepthX", Role.PROPOSED),
        ("We propose a novel graph attention encoder-decoder (HetGX Enc-Dec) neural network-based policy.", "HetGX Enc-Dec",
         Role.PROPOSED),
        # a lower-case coined name, a modifier before the name, "namely A and B", "suggest"
        ("We introduce max-tally, a novel correction that exploits dependencies.", "max-tally", Role.PROPOSED),
        ("It works through our proposed distance-driven Switch-CNN method.", "Switch-CNN", Role.PROPOSED),
        ("We propose two selection metrics (namely Max-Fair and Max-Gain) for ads.", "Max-Gain", Role.PROPOSED),
        ("In this work, we suggest GraphRev, an approach that uses review votes.", "GraphRev", Role.PROPOSED),
        # a lower-case long form named after "our method"; an acronym after an apposed name with a comma
        ("Our method, which we refer to as dynamic token dropping (DTD), removes tokens.", "DTD", Role.PROPOSED),
        ("Our approach, Broadly-Searching, Local-policy Trees (BSLT), merges both.", "BSLT", Role.PROPOSED),
        # a capitalised "Prior" inside the name does not make the named thing someone else's
        ("Specifically, we develop a novel Motion Prior Network, which we call MPNX, to model motion.", "MPNX", Role.PROPOSED),
    ],
)
def test_proposed_finds_own_names_in_more_sentence_shapes(abstract: str, name: str, role: Role) -> None:
    assert _found("A Made-Up Title", abstract).get(name) is role


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("This paper presents a dexterous three degree-of-freedom (3-DOF) wrist mechanism.", "3-DOF"),
        ("Given a prompt, we first ask our video planner LLM (GPT-4) to write a plan.", "LLM"),
        ("Results show that the proposed safe RL algorithm achieves higher rewards.", "RL"),
        ("To this end, we propose a new algorithm ZO-GD-Rand and study an existing ZO-GD-Coord algorithm.", "ZO-GD-Coord"),
    ],
)
def test_proposed_leaves_families_degrees_and_others_names_alone(abstract: str, name: str) -> None:
    assert name not in _found("A Made-Up Title", abstract)


def test_proposed_a_prior_word_before_the_proposed_thing_does_not_make_its_name_someone_elses() -> None:
    abstract = ("It is an alternative to the popular SIFT descriptor   The proposed family of descriptors, called "
                "Patch-XKN, adapts kernel networks.")
    assert _found("A Made-Up Title", abstract).get("Patch-XKN") is Role.PROPOSED


def test_proposed_passive_subject_that_only_qualifies_a_noun_is_no_name() -> None:
    assert "DC" not in _found("A Made-Up Title", "A low-cost system running on a DC motor and a gear is proposed.")


@pytest.mark.parametrize(
    "title, abstract, found",
    [
        # one plain word after a naming verb, used by the title too: a coined name
        ("From Glassemes to Action", "This paper presents a novel approach based on patch classifiers, termed glassemes. "
         "Each glasseme is used.", True),
        # ... not when the title does not use it, after "so-called" or "referred to as", or after a citation
        ("Quiet Action Understanding", "This paper presents a novel approach based on patch classifiers, termed glassemes.",
         False),
        ("Glassemes in Circuits", "We propose a model of the so-called glassemes, chemicals of circuits.", False),
        ("Glassemes in Circuits", "We propose to decide whether a pair is relevant, which is referred to as glassemes.", False),
        ("Using Glassemes for Control", "Quiet et al. 1999 proposed a rule that improves skills called glassemes.", False),
    ],
)
def test_proposed_one_plain_word_named_is_a_name_when_the_title_uses_it(title: str, abstract: str, found: bool) -> None:
    assert (_found(title, abstract).get("glassemes") is Role.PROPOSED) is found


@pytest.mark.parametrize(
    "abstract, role",
    [
        # "namely" lists the datasets a sentence evaluates on: nobody presents them
        ("Experimental results on two benchmark datasets, namely Foo10 and Foo100, show gains.", Role.DATASET),
        ("Experiments on three text clustering datasets (namely Foo10, Yelp and DBpedia) show gains.", Role.DATASET),
        # a sentence that presents them keeps them the paper's own
        ("We introduce two new benchmark datasets, namely Foo10 and Foo100, for grasping.", Role.INTRODUCED_DATASET),
        ("We collect two datasets, namely Foo10 and Foo100, for grasping.", Role.INTRODUCED_DATASET),
    ],
)
def test_proposed_namely_datasets_are_own_only_when_presented(abstract: str, role: Role) -> None:
    assert _found("A Study of Grasping", abstract).get("Foo10") is role


@pytest.mark.parametrize(
    "title, abstract, name, role",
    [
        # "a suite of ... strategies": what the suite holds is the name's kind
        ("Vortex: Pushing Reasoning through Collaboration", "We introduce Vortex, a suite of novel general-purpose strategies for agents.",
         "Vortex", Role.PROPOSED),
        ("Tallybench: Counting Receipts", "We introduce Tallybench, a suite of 300 scanned receipts.", "Tallybench", Role.INTRODUCED_DATASET),
        # "a ... Dataset Distillation method": the dataset noun qualifies the kind noun after it
        ("Compact Sequences", "This paper introduces TDX, a novel Tucker Decomposition based Dataset Distillation method.",
         "TDX", Role.PROPOSED),
    ],
)
def test_proposed_role_of_a_suite_is_what_it_holds(title: str, abstract: str, name: str, role: Role) -> None:
    assert _found(title, abstract).get(name) == role


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # a title in capitals, and a prefix with a pronoun, the abstract never naming either
        ("LOOK TWICE: ANSWERING QUESTIONS THROUGH SKETCHES", "We study visual reasoning and propose a new network.", "LOOK TWICE"),
        ("Reuse Your Wav2Vec2 Features: A Tiny Keyword Spotter", "We propose a tiny spotter that reuses features.",
         "Reuse Your Wav2Vec2 Features"),
        # the title's phrase found in the abstract only as the end of a longer name
        ("Decision Forest for Noisy Data Streams", "We propose our NCVF (Noise-handling Very Fast Decision Forest) algorithm.",
         "Decision Forest"),
    ],
)
def test_proposed_title_names_that_the_abstract_does_not_support(title: str, abstract: str, name: str) -> None:
    assert name not in _found(title, abstract)


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We propose an optimistic policy optimization algorithm QUIVER and show that it achieves low regret.", "QUIVER"),
        ("A novel latent factor model ZLFX is then proposed as a matrix factorization problem.", "ZLFX"),
    ],
)
def test_proposed_name_right_after_its_kind_ends_at_and_or_is(abstract: str, name: str) -> None:
    assert _found("Better Crop Maps", abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, absent",
    [
        ("We present a novel method, Crop and Weed Aware Segmentation (CWAS), to map farms.", "Crop"),
        ("We apply our approach to the robot RX-9 and are able to plan smooth steps.", "RX-9"),
    ],
)
def test_proposed_name_after_a_comma_or_a_definite_kind_does_not_end_at_and(abstract: str, absent: str) -> None:
    assert absent not in _found("Better Crop Maps", abstract)


@pytest.mark.parametrize(
    "abstract, name",
    [
        # "We dub it X" / "We call it X" opening a sentence names the paper's own thing as "we dub it X" does
        ("We propose a new method for image segmentation. We dub it ShapeNetX and show it beats prior work.", "ShapeNetX"),
        ("We propose a new method for image segmentation. We call it ShapeNetX and show it beats prior work.", "ShapeNetX"),
        ("We design a network for image segmentation. We call this network ShapeNetX.", "ShapeNetX"),
        ("We design a new model for image segmentation. We name this model ShapeNetX.", "ShapeNetX"),
    ],
)
def test_proposed_sentence_opening_we_call_names_the_papers_own(abstract: str, name: str) -> None:
    assert _found("A Made-Up Title", abstract).get(name) is Role.PROPOSED


def test_proposed_sentence_opening_we_call_reads_no_lower_case_name() -> None:
    # "We call this a topological Voronoi cell": a concept the paper names, no method of its own
    found = _found("A Made-Up Title", "This paper presents an approximation of the cell. We call this a topological Voronoi cell.")
    assert "topological Voronoi cell" not in found, found


def test_proposed_apposition_own_baseline_is_the_papers() -> None:
    """"we also propose a baseline method, X": the paper's own baseline; a baseline compared against stays others'."""
    own = _found("A New Parsing Corpus", "We build a new corpus. To support research on it, we also propose a "
                 "baseline method, QuarkParser, which employs two phases.")
    assert own.get("QuarkParser") is Role.PROPOSED
    other = _found("A New Parsing Corpus", "We propose a new corpus. Our parser is compared with a strong baseline "
                   "method, QuarkParser, which employs two phases.")
    assert other.get("QuarkParser") is not Role.PROPOSED
