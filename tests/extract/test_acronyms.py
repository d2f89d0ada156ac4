"""Acronym definitions and what they name, on hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.acronyms import acronym_candidates, classify, find_definitions, task_acronyms
from kg.extract.doc import layout
from kg.extract.sentences import split_sentences
from kg.model import Role


def _classify(text: str, own: set[str] = frozenset()) -> dict[str, Role | None]:
    sents = split_sentences(text)
    out = {}
    for d in find_definitions(text):
        sent = next(s for s in sents if s[0] <= d.short_start < s[1])
        got = classify(text, d, sent, set(own))
        out[text[d.short_start : d.short_end]] = got[0] if got else None
    return out


@pytest.mark.parametrize(
    "text, short, role",
    [
        ("We propose a Cross-View Fusion Block (CVFB) that merges features.", "CVFB", Role.PROPOSED),
        ("We devise a novel temporal alignment module (TAM) for video.", "TAM", Role.PROPOSED),
        ("Accuracy is measured by Mean Absolute Error (MAE) on test data.", "MAE", Role.METRIC),
        ("Prior work studies optical character recognition (OCR) in the wild.", "OCR", None),
        ("We improve the Key-Value (KV) cache of decoders.", "KV", None),
        ("We use state-of-the-art (SOTA) baselines.", "SOTA", None),
        ("Modern systems rely on large language models (LLMs) for reasoning.", "LLMs", None),
        ("Here we present a control layer for an Unmanned Aerial Vehicle (UAV) in wind.", "UAV", None),
        ("We present TruV, a method that treats Bayesian optimization (BO) well.", "BO", None),
        ("We employ a camera and a global positioning system (GPS) on board.", "GPS", None),
        ("We present a novel approach to shared augmented reality (AR) on phones.", "AR", None),
        ("This paper presents a sensor fusion between intravascular ultrasound (IVUS) and trackers.", "IVUS", None),
        ("We propose a reinforcement learning (RL) based method for band selection.", "RL", None),
        # A task noun after the acronym: a method for the task, the acronym its qualifier.
        ("Recent text-to-video (T2V) generation methods have seen advances.", "T2V", None),
        ("Unlike conventional image-to-image (I2I) translation methods, ours is fast.", "I2I", None),
        ("We propose a deep reinforcement learning (DRL) framework for routing.", "DRL", None),
        ("We propose REXEL for the joint task of document level relation extraction (DocRE).", "DocRE", None),
        # An acronym the sentence describes as an established technique names a method.
        ("Kernel ridge smoothing (KRS), a classic method for denoising, is slow.", "KRS", Role.METHOD),
        ("Gradient Tree Boosting (GTB), a popular algorithm, wins on tables.", "GTB", Role.METHOD),
        ("Kernel ridge smoothing (KRS), a novel method for denoising, is fast.", "KRS", None),
        # "(ACR) metric": a metric whatever the long form ends in.
        ("We report the Mean Shape Angle (MSA) metric on all scans.", "MSA", Role.METRIC),
        # A capitalised long form ending in "network"/"model" is a name when presented.
        ("We propose a Dual Pathway Routing Network (DPRN) for tracking.", "DPRN", Role.PROPOSED),
        ("We propose a large language model (LLM) agent for tracking.", "LLM", None),
        # "(GFR) dataset LFW": the named dataset follows; the acronym names its task.
        ("We test on the popular general face recognition (GFR) dataset QFW as well.", "GFR", None),
        ("We test on the large face recognition in video (FRV) dataset as well.", "FRV", Role.DATASET),
        # A presented capitalised phrase keeps its name when one plain kind word follows the bracket;
        # a use in between, or a longer phrase after it, leaves it an attribute.
        ("To balance exploration, we introduce a Loss Shaped Search (LSS) policy that acts. LSS helps.", "LSS", Role.PROPOSED),
        ("We devise an Incremental Dynamic Inversion (IDI) controller with allocation.", "IDI", None),
        ("We present a planner using a Pixel Processor Array (PPA) camera, specifically.", "PPA", None),
        ("We introduce a Key Value (KV) cache eviction policy for decoders.", "KV", None),
        # A passive presents the definite subject its clause opens with, not a thing inside it.
        ("For accuracy, the Spatial Temporal Mixing (STM) module is devised to update features.", "STM", Role.PROPOSED),
        ("A new mechanism for solving the Markov decision processes (MDPs) is proposed here.", "MDPs", None),
        ("Recently, the stochastic MIXO (S-MIXO) algorithm is introduced to address this.", "S-MIXO", None),
        ("In this paper, the Feasible Mass Dynamic Reach (FMDR) is introduced as a measure of this.", "FMDR", None),
        ("We formulate an Energy Aware Coverage Planning (EACP) problem for drones.", "EACP", None),
        # "we propose the ... learning (ACR) method": the definite article names the paper's own.
        ("In this paper, we propose the context-aware fair transfer learning (CAFTL) method for X.", "CAFTL", Role.PROPOSED),
    ],
)
def test_acronyms_classify_by_long_form_and_sentence(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") == role


def test_acronyms_paper_subject_makes_modules_its_own() -> None:
    text = "Specifically, WaveTTS first encodes speech with a Pitch Aware Encoder (PAE) and a vocoder."
    assert _classify(text, {"wavetts"})["PAE"] is Role.PROPOSED
    text = "WaveTTS outperforms the best of parallel neural vocoders (PNV) on all sets."
    assert _classify(text, {"wavetts"})["PNV"] is None


def test_acronyms_task_acronyms_are_collected() -> None:
    text = "Existing scene text detection (STD) methods fail. We build a Scene Text Detection Network (STDN) model."
    defs = find_definitions(text)
    assert task_acronyms(text, defs) == {"std"}


def test_acronyms_named_parts_of_the_papers_own_system_are_proposed() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "Glint: made-up title",
        "We propose Glint, which combines a Sparse Echo Module (SEM) with a Twin-view Mixing block (TVM). "
        "Our model also uses Layer Normalization (LN), and we compare it with Random Echo Pooling (REP).",
    )])
    got = {m.text: m.role.value for m in ms}
    assert got.get("SEM") == "proposed" and got.get("TVM") == "proposed"
    assert got.get("REP") != "proposed"  # compared with: someone else's
    assert got.get("LN") != "proposed"


def test_acronyms_a_presented_task_shaped_long_form_names_the_method_not_a_task() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "A made-up title",
        "In this paper, we introduce Echo-Guided Retrieval (EGR), a method that rewrites queries. "
        "We also introduce Sparse Shadow Detection (SSD), a new task.",
    )])
    got = {m.text: m.role.value for m in ms}
    assert got.get("EGR") == "proposed"
    assert got.get("SSD") != "proposed"


def test_acronyms_a_lower_case_long_form_presented_and_reused_is_the_papers_method() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(
        "A made-up title",
        "In this paper, we propose a layered echo network (LEN) for ranking. LEN outperforms prior work. "
        "We also present quiet shadow retrieval (QSR), which refines queries; QSR is fast. "
        "We present a large language model (LLM) study.",
    )])
    got = {m.text: m.role.value for m in ms}
    assert got.get("LEN") == "proposed" and got.get("QSR") == "proposed"
    assert "quiet shadow retrieval" not in got  # the long form of the paper's method is no task
    assert got.get("LLM") != "proposed"


@pytest.mark.parametrize(
    "text, short, role",
    [
        # A technique the paper uses or mentions, named by an acronym: a method.
        ("Prior studies apply spiral echo networks (SEN) to walking robots.", "SEN", Role.METHOD),
        ("We fit the data with Sparse Kernel Regression (SKR) and compare.", "SKR", Role.METHOD),
        ("Solutions rely on the tilted eigenvalue decomposition (TED) of the matrix.", "TED", Role.METHOD),
        # Kernels, gradients and variational inference are technique heads too.
        ("Whereas the Zorb kernel (ZK) is computed from the likelihood, ours is not.", "ZK", Role.METHOD),
        ("It combines a variant of stochastic blip gradients (SBG), and noise.", "SBG", Role.METHOD),
        ("Amortized quux variational inference (AQVI) instead learns one function.", "AQVI", Role.METHOD),
        ("Natural quux inference (NQI) asks whether a sentence follows.", "NQI", None),
        # Model families and problem formalisms stay unnamed; tasks keep their head.
        ("Agents act in a Markov decision process (MDP) with rewards.", "MDP", None),
        ("Work on deep neural networks (DNNs) grows.", "DNNs", None),
        ("We study Bayesian optimization (BO) under noise.", "BO", None),
        # Presented by the paper: its own, as before.
        ("We propose a Spiral Echo Network (SEN) for walking robots.", "SEN", Role.PROPOSED),
    ],
)
def test_acronyms_a_named_technique_the_paper_does_not_present_is_a_method(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") == role


def test_acronyms_a_coined_short_form_makes_a_presented_lower_case_network_a_name() -> None:
    got = _classify("We present a pyramid based kernel prediction network (PB-KPN) for deblurring.")
    assert got["PB-KPN"] is Role.PROPOSED
    got = _classify("We present a multi-scale fusion network (MsFNet) for deblurring.")
    assert got["MsFNet"] is Role.PROPOSED
    # Initials of a family stay generic when the paper never uses them again.
    got = _classify("We present a graph convolutional network (GCN) for deblurring.")
    assert got["GCN"] is None


@pytest.mark.parametrize(
    "text, short, role",
    [
        # A kind noun right after the acronym, or an apposition saying what it is.
        ("We present plain stripe metric learning (PSML), an algorithm for graphs.", "PSML", Role.PROPOSED),
        ("We introduce the Sliced Quokka Lehman (SQL) graph kernel for graphs.", "SQL", Role.PROPOSED),
        ("We propose a voting framework (VTF) solution to the problem.", "VTF", Role.PROPOSED),
        # Without that, a lower-case "... learning (X)" stays a paradigm, "(X) cache" an attribute.
        ("We present plain stripe metric learning (PSML) for graphs.", "PSML", None),
        ("We improve the Key-Value (KV) cache of decoders.", "KV", None),
        # "recently proposed" is someone else's.
        ("The recently proposed quiet-quiet (QQ) classification method trains fast.", "QQ", None),
    ],
)
def test_acronyms_the_kind_noun_after_a_definition_says_it_names_a_technique(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") == role


@pytest.mark.parametrize(
    "text, short, role",
    [
        # the presented kind noun, then its name after "of/for/called"
        ("We propose a novel quiet learning algorithm of Glass-Proximal-Policy-Optimization (GPPO).", "GPPO",
         Role.PROPOSED),
        ("We propose an efficient algorithm for Collision Detection between an Exact Quiet Manipulator (CD-EQM).",
         "CD-EQM", Role.PROPOSED),
        # a lower-case long form after the kind noun is what the thing works on, not its name
        ("We propose a method for glass quiet filtering (GQF) on rooms.", "GQF", None),
    ],
)
def test_acronyms_kind_noun_then_name_is_presented(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


@pytest.mark.parametrize(
    "text, short, role",
    [
        # the first person's second verb presents; "and" or a plural kind noun may follow the acronym
        ("We rethink glass and propose Learnable Quiet Attention (LQA) and Learnable Dense Glass Attention (LDGA) "
         "modules.", "LQA", Role.PROPOSED),
        ("We rethink glass and propose Learnable Quiet Attention (LQA) and Learnable Dense Glass Attention (LDGA) "
         "modules.", "LDGA", Role.PROPOSED),
        ("We study rooms and devise a Glass Knowledge Constrained Quiet Learning (GK-CQL) framework.", "GK-CQL",
         Role.PROPOSED),
        # a colon inside the first verb's object
        ("First, we split glass into two parts: visible glass and hidden glass, and propose a Deeply Supervised Glass "
         "Distillation (DSGD) network for the second.", "DSGD", Role.PROPOSED),
        # "and use" is no presenting verb
        ("We study rooms and use Learnable Quiet Attention (LQA) blocks.", "LQA", None),
    ],
)
def test_acronyms_second_verb_presents(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


@pytest.mark.parametrize(
    "text, short, role",
    [
        ("We propose two approaches for rooms: Reinforced Quiet Learning (RQL) and Glass Quiet Learning (GQL).",
         "RQL", Role.PROPOSED),
        ("We propose two effective modules: Exemplar Glass Augmentation (EGA) and more.", "EGA", Role.PROPOSED),
        # a list after a colon that the sentence does not present
        ("Two approaches are common for rooms: Reinforced Quiet Learning (RQL) and others.", "RQL", None),
    ],
)
def test_acronyms_presented_list_after_a_colon(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


def test_acronyms_kind_link_leaves_a_widely_used_technique() -> None:
    text = "We introduce a private framework for Variational Glass (VG), a widely used quiet glass inference method."
    assert _classify(text).get("VG") is not Role.PROPOSED


@pytest.mark.parametrize(
    "text, short, role",
    [
        ("To do so, the Nonparametric Belief Spreading (NBS) technique is used in this approach.", "NBS", Role.METHOD),
        ("PatchMatch belief spreading (PMBS) has good performance on labeling problems.", "PMBS", Role.METHOD),
        # Model families and problem formalisms are no named methods.
        ("Large Language Models (LLMs) have shown remarkable progress.", "LLMs", None),
        ("The task is modelled as a Markov Decision Process (MDP) with sparse rewards.", "MDP", None),
        # In the paper's first person the name may be the paper's own part: left to other rules.
        ("Then we use ID-aware guidance to calculate ID-aware Score Shaping (ISS) for sculpting.", "ISS", None),
    ],
)
def test_acronyms_a_long_form_written_as_a_name_is_a_method(text: str, short: str, role: Role | None) -> None:
    assert _classify(text)[short] is role


def test_acronyms_a_novel_learning_framework_with_a_kind_noun_is_the_papers_own() -> None:
    text = "We propose a change, obtaining a novel weighted invariant representation learning (WIRL) framework."
    assert _classify(text)["WIRL"] is Role.PROPOSED
    assert _classify("Reinforcement learning (RL) has made progress in control.")["RL"] is None


def _pipeline_roles(title: str, abstract: str) -> dict[str, str]:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([(title, abstract)])
    return {m.text: m.role.value for m in ms}


@pytest.mark.parametrize(
    "abstract, parts",
    [
        # a presented system (no name) composed of named parts
        ("We propose a novel framework that combines a Temporal Mixing Module (TMM) with a Cross-view Gating block (CVG).",
         ["TMM", "CVG"]),
        # a list of components, lower-case long forms
        ("Our framework consists of three components: a semantic encoder (SEN), a temporal decoder (TDE), and a fusion head (FHD).",
         ["SEN", "TDE", "FHD"]),
        # named modules the paper's own system uses
        ("We present Y-Former, a transformer for long videos. Y-Former uses a Memory Folding Module (MFM) and a Temporal Slide Block (TSLB).",
         ["MFM", "TSLB"]),
        # "we design a module, the X (ACR)": the definite article of an apposition to a new thing
        ("Specifically, we design a lightweight module, the Local Context Booster (LCB), for fusion.", ["LCB"]),
        # a verb after the definition is no attribute
        ("Extensive experiments show that our Dual-Stream Gating Network (DSGN) achieves the best results.", ["DSGN"]),
        # a sentence opening with "This"/"It" speaks of what the sentence before presented
        ("We propose a novel tracker for drones. It combines a Sparse Motion Prior Block (SMPB) with a filter.", ["SMPB"]),
        ("We propose a novel matcher, DCX. This is then integrated into Global Warp Flow Embedding (GWE) for speed.", ["GWE"]),
        # a listed part stays a part when "based on" follows its acronym
        ("Our model has two components: Motion Latent Token Generation (MLTG) based on a transformer, and a refiner.",
         ["MLTG"]),
        # a name just presented is the own system for the parts listed after it, "the" before each
        ("We propose the Sparse Flow Matching Tracker (SFMT) which consists of the Motion Cue Branch (MCB) and the Depth Gate Module (DGM).",
         ["SFMT", "MCB", "DGM"]),
        # the own system as the subject, then its listed parts with "the" (no known thing: the list names them)
        ("We introduce Key Path Builder (KPB), a novel framework. KPB comprises two key components: the Answer Draft Generator (ADG) and the Stop Point Picker (SPP).",
         ["KPB", "ADG", "SPP"]),
        # "featuring three key designs:" lists the parts of the presented model
        ("We introduce a novel model called Gauge Nets, featuring three key designs: a monotone gauge function (MGF), a regularizer, and a loss.",
         ["MGF"]),
        # "consisting of a series of ..." lists parts of a presented system noun
        ("We propose a two-stage generator consisting of a series of texture alignment and refinement (TAR) blocks.", ["TAR"]),
        # coordinated parts after the system's own verb of composition
        ("Our method introduces two novel modules into existing detectors: a Scale Routing Injection (SRI) module and a Depth Cue Interpretation (DCI) module.",
         ["SRI", "DCI"]),
        # "including" after the bracket is a clause word, not an attribute the acronym qualifies
        ("We develop a basic frequency-aware block (FAB) including two branches for each scale.", ["FAB"]),
        # a passive presenting verb makes a network long form a name even after "novel"
        ("In this paper, a novel Graph-based Motion Reasoning Network (GMRN) is proposed to model crowds.", ["GMRN"]),
        # a past-tense presenting verb presents as the present does
        ("To use the masks fully, we designed a Masked Context Block (MCB), which plugs into the UNet.", ["MCB"]),
        # a branch or an operation the paper develops is a named part of its method
        ("Specifically, we develop an additional pseudo region mining (PRM) branch on small feature maps.", ["PRM"]),
        ("Besides, a novel range view splitting (RVS) operation is designed to keep the points.", ["RVS"]),
        # a three-word learning long form after "we propose the" names the paper's method
        ("To address these issues, we propose the cross-modal prototype alignment learning (CPAL), which resists noise.", ["CPAL"]),
        # a hyphenated title-case network long form is a name
        ("In this case, we introduce a Multi-level Warp Refinement Network (MWRN) to predict the flow.", ["MWRN"]),
        # the verb presents the phrase itself: a coined model name, not a family
        ("To this end, we propose a sequential relational forecasting model (SRFM) that summarizes the dynamics.", ["SRFM"]),
        # a link word inside a hyphened word links nothing; a title-case task-shaped long form in apposition
        ("In this paper, we propose a novel dual graph-based model, Uncertainty-aware Rumor Structure Reconstruction (URSR) for detection.",
         ["URSR"]),
        # "we have designed": an auxiliary before the presenting verb
        ("Meanwhile, we have designed the parameter coupling index (PCI) to characterize the weights.", ["PCI"]),
        # a short form spelling an English word, after its title-case long form
        ("Furthermore, we propose the Class-Awareness Neutralizer (CAN) to reduce the bias.", ["CAN"]),
        # "based on" after a long form that ends in its kind noun is no qualifier
        ("We further present a Trajectory modeling framework (TrajMX) based on causal learning.", ["TrajMX"]),
        # a preposition after the bracket opens the named thing's phrase
        ("We propose a Robust Contrastive multi-view kernel Learning approach (R-CMX) against false pairs.", ["R-CMX"]),
        # a system noun inside a long form that holds a task acronym names a method
        ("Traditional Named Entity Recognition (NER) is slow. We propose a novel Span-based Unified NER framework via contrastive learning (SUNR), which aligns spans.",
         ["SUNR"]),
        # "we propose a KIND, i.e., LONG (ACR)": the presented thing itself, not an example of a kind
        ("In this regard, we propose an end-to-end deep clustering algorithm, i.e., Locally Weighted Soft Contrastive Clustering (LWSCC).",
         ["LWSCC"]),
        # ... the kind noun heading an of-phrase
        ("We present a new framework of second order online glass ranking, i.e., Confidence Weighted Glass Ranking (CWGR), for it.",
         ["CWGR"]),
    ],
)
def test_acronyms_named_parts_and_names_of_the_papers_own_system(abstract: str, parts: list[str]) -> None:
    got = _pipeline_roles("A made-up title", abstract)
    assert {p: got.get(p) for p in parts} == {p: "proposed" for p in parts}


@pytest.mark.parametrize(
    "abstract, short",
    [
        ("We propose a novel approach that combines the performance of Reinforcement Learning (RL) with imitation.", "RL"),
        ("The proposed descriptors, called Patch-XKN, adapt the recently introduced Convolutional Kernel Net (CKN).", "CKN"),
        # "This"/"It" after a sentence that presents nothing of the paper's own
        ("Trackers for drones are common. It combines a Sparse Motion Prior Block (SMPB) with a filter.", "SMPB"),
        # "(X) based on" outside a list of parts: the acronym still qualifies what follows
        ("Prior systems use Brain-Computer Interfaces (BCI) based on EEG signals.", "BCI"),
        # "i.e." after a kind noun the paper does not present lists an example of others' methods
        ("Classic clustering algorithms, i.e., Density Peak Spectral Clustering (DPSC), need many labels.", "DPSC"),
        # a passive presenting verb after prior work is someone else's
        ("Recent graph-based motion reasoning networks (GMRNs) are designed for crowds.", "GMRNs"),
        # "state-of-the-art (SOTA)" stays a stop name; "(GA) based deformable models" a qualifier
        ("Our algorithms outperform state-of-the-art (SOTA) methods on two benchmarks.", "SOTA"),
        ("We propose that Genetic algorithm (GA) based deformable models are used for detection.", "GA"),
        # the verb presenting a family's long form does not make the family the paper's own
        ("We propose a deep neural network (DNN) that learns the map.", "DNN"),
        # a paradigm the paper applies is no name of its own
        ("We propose to apply the deep reinforcement learning (DRL) to schedule the messages.", "DRL"),
    ],
)
def test_acronyms_what_an_own_system_combines_or_adapts_is_not_its_part(abstract: str, short: str) -> None:
    assert _pipeline_roles("A made-up title", abstract).get(short) != "proposed"


@pytest.mark.parametrize(
    "text, short, role",
    [
        # varied, extended, based on, or called classical: someone else's technique
        ("We classify objects using a variant of Spatial Pyramid Pooling (SPP) that we call SSPP.", "SPP", Role.METHOD),
        ("We introduce a variant of the doubly robust (DR) estimator for off-policy evaluation.", "DR", Role.METHOD),
        ("Finally, the classical Friedman-Rafsky (FR) two-sample test is performed.", "FR", Role.METHOD),
        # ... unless a family or a qualifier
        ("Computing guarantees is harder than for standard Neural Networks (NNs) because of weights.", "NNs", None),
        ("Above Threshold is a classical differentially private (DP) selection mechanism.", "DP", None),
        # what the text calls a method and does not present
        ("Policy gradient (PG) methods are among the most effective methods in control.", "PG", Role.METHOD),
        ("We analyse the Natural Policy Gradient (NPG) method with exact gradients.", "NPG", Role.METHOD),
        # a sibling before the shared plural noun ("A (X) and B (Y) algorithms")
        ("We derive regret bounds with delayed-UCB1 (DUCB1) and delayed-UCB-V (DUCBV) algorithms.", "DUCB1", Role.METHOD),
        ("Stochastic weight averaging (SWA) is currently one of the most successful methods for generalisation.", "SWA", Role.METHOD),
        ("A few-shot font generation (FFG) method has to satisfy two objectives.", "FFG", None),
        ("Reinforcement learning (RL) methods are popular.", "RL", None),
    ],
)
def test_acronyms_techniques_the_paper_starts_from_are_methods(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") == role


@pytest.mark.parametrize(
    "text, short, role",
    [
        ("Cross-batch normalization (CBN) is widely used to stabilise training.", "CBN", Role.METHOD),
        ("Our ranking relies on the classic loopy message propagation (LMP) of earlier work.", "LMP", Role.METHOD),
        ("The kernel is sketched with random feature hashing (RFH) of Smith et al.", "RFH", Role.METHOD),
        # a coined word in the paper's first person: its own step, not someone else's technique
        ("We use ID-aware guidance to compute ID-aware Score Distillation (ISD) for sculpting.", "ISD", None),
    ],
)
def test_acronyms_a_technique_named_by_what_it_does_is_a_method(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


@pytest.mark.parametrize(
    "text, short, role",
    [
        # An example after "approaches such as" is a method, even with a task-noun head.
        ("MRS is close to information-theoretic approaches such as entropy search (ES) in spirit.", "ES", Role.METHOD),
        ("Clustering methods with sparse codes, such as L0-Sparse Subspace Clustering (L0-SSC), work well.", "L0-SSC",
         Role.METHOD),
        ("Sampling methods, such as Hybrid Monte Carlo (HMC) and Langevin dynamics (LD), are slow.", "LD", Role.METHOD),
        # ... not the paper's own techniques (the other rules' call), a paradigm, nor a list of tasks.
        ("We add three novel techniques, namely Directional Convolution (DC) and more.", "DC", Role.PROPOSED),
        ("Previous approaches, such as reinforcement learning (RL), fail.", "RL", None),
        ("We compare methods for tasks such as image classification (IC).", "IC", None),
        # What the text says is a method, or calls recent, is someone else's method.
        ("Graph Contrastive Classification (GCC) is an effective method for graphs.", "GCC", Role.METHOD),
        ("Reinforcement learning (RL) is a powerful technique for control.", "RL", None),
        ("We present a generalization of the recent communication-efficient primal-dual framework (COCOA) here.",
         "COCOA", Role.METHOD),
    ],
)
def test_acronyms_an_example_of_a_kind_of_method_is_a_method(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") == role


@pytest.mark.parametrize(
    "title, abstract, short, is_task",
    [
        # The title's "for"/"in" slot names what the paper works on: an activity there is a task.
        ("Graph Transformer for Automatic Short Answer Grading", "The need for Automatic Short Answer Grading (ASAG) grows.",
         "asag", True),
        # ... not an object ("for the Information Bottleneck") nor a technique ("for Graph Neural Networks").
        ("Learnability for the Information Bottleneck", "The Information Bottleneck (IB) method is old.", "ib", False),
        ("Faster Training for Graph Neural Networks", "Graph Neural Networks (GNNs) are slow.", "gnns", False),
        # A long form built on a task acronym names a task too, unless a kind noun follows.
        ("Event Causality", "We study Event Causality Identification (ECI). We model document-level ECI (DECI) well.",
         "deci", True),
        ("Inference", "We study Natural Language Inference (NLI). We propose a Graph-enhanced NLI (GENLI) model.",
         "genli", False),
        # ... or a proposal verb presents it: the paper proposes a method, not a task.
        ("Speech", "Connectionist Temporal Classification (CTC) is a criterion. We propose variational CTC (Var-CTC)"
         " to help. Var-CTC wins.", "var-ctc", False),
    ],
)
def test_acronyms_task_acronyms_from_the_title_slot_and_task_long_forms(title: str, abstract: str, short: str,
                                                                         is_task: bool) -> None:
    text = layout(title, abstract)
    tasks, _ = acronym_candidates(text, split_sentences(text), set(), set())
    assert (short in tasks) is is_task, tasks


@pytest.mark.parametrize(
    "text, short, role",
    [
        # a kind of technique, a colon, then the definitions
        ("Mainly, we introduce two distinct frameworks: return-quiet and return-glassy window tree policies (RQWTP and RGWTP), "
         "both fast.", "RQWTP", Role.PROPOSED),
        ("Mainly, we introduce two distinct frameworks: return-quiet and return-glassy window tree policies (RQWTP and RGWTP), "
         "both fast.", "RGWTP", Role.PROPOSED),
        ("We propose a general loss function: Minimum Glass Quietness (MGQ).", "MGQ", Role.PROPOSED),
        # a task before the colon is no technique the paper presents
        ("We introduce a novel research problem: Generalized Quiet-Glass classification (GQGC), to study both.", "GQGC", None),
    ],
)
def test_acronyms_presented_kind_then_colon(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


def test_acronyms_a_participle_after_a_definition_is_no_coordination() -> None:
    roles = _pipeline_roles(
        "QGPO: quiet glass policy optimisation",
        "We present a novel algorithm: Quiet Glass Policy Optimization (QGPO), utilizing the Centralized Learning for "
        "Decentralized Execution (CLDE) framework.",
    )
    assert roles.get("QGPO") == "proposed" and roles.get("CLDE") != "proposed"


@pytest.mark.parametrize(
    "text, short, role",
    [
        # a search or optimisation procedure the paper defines, does not present and uses again: someone's technique
        ("Quiet glass optimization (QGO) is a tool for tuning. QGO needs many evaluations.", "QGO", Role.METHOD),
        ("Prior planners rely on greedy glass search (GGS). We show that GGS stalls.", "GGS", Role.METHOD),
        ("Earlier work fits the Quiet Glass Model (QGM). Fitting QGM is slow.", "QGM", Role.METHOD),
        # defined once and never used again: left to the catalogue
        ("Quiet glass optimization (QGO) is a tool for tuning, and it is slow.", "QGO", None),
        # a model family, and a selection that is as often a task
        ("A Large Vision-Language Model (LVLM) answers questions. LVLM outputs vary.", "LVLM", None),
        ("Online glass selection (OGS) is hard. OGS has regret bounds.", "OGS", None),
        # presented as the paper's own: proposed, not a method
        ("We propose quiet glass optimization (QGO), a new tuner. QGO needs few evaluations.", "QGO", Role.PROPOSED),
    ],
)
def test_acronyms_a_reused_search_or_optimisation_procedure_is_a_method(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") is role


@pytest.mark.parametrize(
    "text, short, role",
    [
        ("The PQN has two parts, the sparse PQN (s-PQN) and the dense PQN (d-PQN).", "s-PQN", Role.PROPOSED),
        ("In this paper, we study a GAN with a sliced critic (SC-GAN) for faces.", "SC-GAN", Role.PROPOSED),
        # a variant the sentence calls prior work stays someone else's
        ("Unlike the existing GAN with a sliced critic (SC-GAN), ours is fast.", "SC-GAN", None),
        ("We build on a variant of GAN with a sliced critic (SC-GAN) for faces.", "SC-GAN", None),
        ("We compare a GAN with a sliced critic (SC-GAN) against ours.", "SC-GAN", None),
    ],
)
def test_acronyms_a_new_variant_of_an_acronym_is_the_papers_own(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


@pytest.mark.parametrize(
    "text, short, role",
    [
        # a kind of neural network with an acronym, used and not presented: a method
        ("We study how a sparse Bayesian neural network (SBNN), trained online, copes with drift.", "SBNN", Role.METHOD),
        ("Results hold for echo spiking neural networks (ESNNs), which fire in bursts.", "ESNNs", Role.METHOD),
        # the deep or artificial family is generic; a presented one is no one else's method
        ("Features come from a deep neural network (DNN) trained on logs.", "DNN", None),
        ("Scores come from an artificial neural network (ANN) on the sensors.", "ANN", None),
        ("We propose a novel gated routing neural network (GRNN) for traffic.", "GRNN", None),
    ],
)
def test_acronyms_a_kind_of_neural_network_used_is_a_method(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short) is role


@pytest.mark.parametrize(
    "text, short, role",
    [
        # Said to be a method (or a widely used policy): a method, even when its acronym spells a word.
        ("Adversarial training (AT) is currently one of the most successful methods to obtain robustness.", "AT", Role.METHOD),
        ("Expected improvement (EI) is one of the most widely used acquisition functions for BO.", "EI", Role.METHOD),
        ("Zorb sampling (ZS) is one of the most popular policies in bandits.", "ZS", Role.METHOD),
        ("Quux-Augmented Zorbing (QAZ) has been an effective approach to mitigate errors.", "QAZ", Role.METHOD),
        # A stop word stays one when nothing says it is a method.
        ("We match the state-of-the-art (SOTA) with fewer steps.", "SOTA", None),
    ],
)
def test_acronyms_a_definition_said_to_be_a_method_is_one(text: str, short: str, role: Role | None) -> None:
    assert _classify(text).get(short, "missing") == role


@pytest.mark.parametrize("text, short, metric", [
    ("We report the Quill Typology Angle Error (QTAE) on all sets.", "QTAE", True),
    ("We design a maximin agglomeration score (MAS) loss for the graph network.", "MAS", False),
    ("Click-through Rate (CTR) prediction in recommender systems is hard.", "CTR", False),
    ("It performs a Gromov-Quill Distance (GQD)-based contrastive task.", "GQD", False),
    ("We compare with the fixed frame rate (FFR) approach of prior work.", "FFR", False),
])
def test_acronyms_a_measure_that_qualifies_a_component_is_no_metric(text: str, short: str, metric: bool) -> None:
    assert (_classify(text).get(short) is Role.METRIC) is metric


@pytest.mark.parametrize("text, role", [
    ("Furthermore, we release the future quill (FQ) dataset, annotated manually.", Role.INTRODUCED_DATASET),
    ("We additionally collect a Vertical Quill Text (VQT) dataset.", Role.INTRODUCED_DATASET),
    ("Results on the future quill (FQ) dataset are strong.", Role.DATASET),
])
def test_acronyms_a_dataset_the_paper_releases_or_collects_is_its_own(text: str, role: Role) -> None:
    got = _classify(text)
    assert next(iter(got.values())) is role


@pytest.mark.parametrize("text, role", [
    # a dataset noun before the long form, whose head is a method noun: the method the paper presents
    ("Since the kernels vary in our dataset, we present a quill pyramid based kernel prediction network (QP-KPN), "
     "which learns kernels.", Role.PROPOSED),
    ("We build a dataset, the quill echo corpus (QEC), for training.", Role.INTRODUCED_DATASET),
])
def test_acronyms_the_long_forms_method_head_outweighs_a_dataset_noun_near(text: str, role: Role) -> None:
    assert _classify(text).get(text[text.index("(") + 1 : text.index(")")]) is role


@pytest.mark.parametrize(
    "abstract, short",
    [
        # named by the paper, presented with its kind after the bracket, or called the paper's own later
        ("We introduce a novel empirical method that we term shadow density estimation (SHADE), which scales.", "SHADE"),
        ("We specify a new approach, called constrained echo labeling (CEL), for this labeling. CEL is fast.", "CEL"),
        ("In this paper, we present the recursive echo calibration (ReCal) technique that groups inputs.", "ReCal"),
        ("This paper tests a method for carrying out quantified echo assessment (QEA). QEA gives one score. "
         "The proposed QEA method is stable.", "QEA"),
    ],
)
def test_acronyms_a_task_shaped_long_form_the_paper_names_as_its_own_is_proposed(abstract: str, short: str) -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("A made-up title", abstract)])
    assert {m.text: m.role.value for m in ms}.get(short) == "proposed"


@pytest.mark.parametrize(
    "abstract, short",
    [
        # someone's method named by a participle, a task "also called", a task-shaped problem the paper names,
        # a task the paper's scheme serves
        ("We explore a simulation method called meshless echo matching (MEM) for robots.", "MEM"),
        ("Agents must adapt to novel agents, and this is called zero-shot echo coordination (ZEC).", "ZEC"),
        ("For this optimization problem which we call optimal echo recognition (OER), we give an algorithm.", "OER"),
        ("This paper addresses the problem of assist-as-needed echo control (AEC) for robots. The proposed AEC "
         "scheme is validated in simulation.", "AEC"),
    ],
)
def test_acronyms_a_task_shaped_long_form_named_by_others_stays_no_proposed_name(abstract: str, short: str) -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("A made-up title", abstract)])
    assert {m.text: m.role.value for m in ms}.get(short) != "proposed"
