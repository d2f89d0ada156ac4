"""The paper's own names after a presenting verb ("we propose / present / introduce ...") and
after the naming words ("called", "which we call"), on hand-written abstracts."""

from __future__ import annotations

import pytest

from kg.extract.doc import layout
from kg.extract.proposed import find_proposed
from kg.model import Role
from proposed_support import found as _found


@pytest.mark.parametrize(
    "title, abstract, name",
    [
        # "that we called X": the naming verb in the past tense, after "we".
        ("Texture Classes", "A variant of Pyramid Pooling (PP) that we called Rolling Pyramid Pooling (RPP) works.", "RPP"),
        # Past-tense presenting verbs.
        ("Fast Solvers", "We developed the Knot-Cutter algorithm which solves sparse programs.", "Knot-Cutter"),
        ("Fast Solvers", "In this paper we proposed GridWalk, a planner for mazes.", "GridWalk"),
        # An apposition whose comma the source lost.
        ("Quantizing Models", "Additionally we propose ClipTune an automatic mechanism for ranges.", "ClipTune"),
        # A coined word before the kind noun.
        ("Medical Pretraining", "We propose a Freeze-Thaw pretraining strategy to learn from many datasets.", "Freeze-Thaw"),
        # A coined name followed by one word of its kind, then a comma.
        ("Kernel Learning", "To fix this, we introduce SpecPrec iteration, a simple preconditioning scheme.", "SpecPrec"),
        # Two coined names sharing one plural kind noun.
        ("Bag Learning", "Then, we propose the BAGBOOST and BAGSVM algorithms which perform well.", "BAGSVM"),
    ],
)
def test_proposed_presenting_verb_variants_find_the_name(title: str, abstract: str, name: str) -> None:
    assert _found(title, abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We propose a new method, called adaptive ripple voting, for robust matching.", "adaptive ripple voting"),
        ("We devise a framework where a novel query scheme dubbed twin query is used to label samples.", "twin query"),
        ("We also introduce an attention variant called leaky gating, which calms the weights.", "leaky gating"),
        ("We propose a new concept, called wave merging, in order to plan paths.", "wave merging"),
    ],
)
def test_proposed_lower_case_name_after_a_naming_verb_in_a_proposal(abstract: str, name: str) -> None:
    assert _found("Robust Matching", abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract",
    [
        # No proposal in the sentence: a phenomenon, not the paper's method.
        "Coherent light creates a high frequency pattern in the images, called speckle noise patterns.",
        # A prior-work name before the paper's own proposal.
        "Inspired by a related field called survey sampling design, we introduce a new estimator.",
        # Task-shaped: an auxiliary task, not a method.
        "We further introduce an auxiliary task called span-based classification to help.",
        # The acronym rules read a long form with its acronym.
        "We propose a new algorithm, referred to as iterative pruning and merging (IPM), for selection.",
        # "termed as MCNet": a capitalised name, read by the naming rule.
        "We propose a compensation network, termed as MixNet, for heads.",
    ],
)
def test_proposed_lower_case_naming_leaves_other_phrases(abstract: str) -> None:
    found = _found("Robust Matching", abstract)
    assert not any(" " in n and n[0].islower() for n in found), found


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We propose fastMix, a randomised sampler with strong guarantees.", "fastMix"),
        ("We present a graph based model pre-GraphNet, which reads the whole document.", "pre-GraphNet"),
    ],
)
def test_proposed_lower_case_led_name_after_presenting_verb_or_kind_noun(abstract: str, name: str) -> None:
    assert _found("A made-up title", abstract).get(name) is Role.PROPOSED


def test_proposed_lower_case_led_name_needs_a_capital_inside() -> None:
    # "non-linear" has no capital after its prefix: no name, however it is placed.
    found = _found("A made-up title", "We propose non-linear, a feature selection algorithm.")
    assert "non-linear" not in found


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We build a sampler on curved dynamics. We refer to this algorithm as curved LMC, since it bends.", "curved LMC"),
        ("A gate mixes the states, which we term state-mixing. It helps.", "state-mixing"),
        # a kind noun ends the name when a capitalised word inside makes it more than a description
        ("We propose an approach based on kernel networks which we call Kernel Wolfe networks. It works.",
         "Kernel Wolfe networks"),
        # "Our method is known as X": the paper's own thing is the subject of the naming
        ("We study label noise. Our method is known as Robust Mediated Sampling (RMS). It balances bias.", "RMS"),
    ],
)
def test_proposed_first_person_naming_of_a_lower_case_name(abstract: str, name: str) -> None:
    assert _found("A made-up title", abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize(
    "abstract, absent",
    [
        # a problem the paper names is no method of its own
        ("We refer to this problem as kinematic reachability. It is hard.", "kinematic reachability"),
        # the phrase runs on into the sentence: no clause end after it
        ("The motion which we call probing motion influences accuracy of the fit.", "probing motion influences accuracy"),
        # lower-case words before the kind noun: a description, not a name
        ("We fit the data with networks which we call deep wide networks. It works.", "deep wide networks"),
        # "known as" without the paper's own thing as its subject names someone else's thing
        ("A regulariser known as Stochastic Depth Dropping (SDD) is popular.", "SDD"),
    ],
)
def test_proposed_first_person_naming_skips_problems_and_run_on_phrases(abstract: str, absent: str) -> None:
    assert absent not in _found("A made-up title", abstract)


@pytest.mark.parametrize(
    "abstract, names, absent",
    [
        # A title-case part right after the presenting verb, before a part noun.
        ("For the first stage, we design a Pair-Aware Fusion module to rank pairs.", ["Pair-Aware Fusion"], []),
        # ... or with no article, before a clause ("to", "that").
        ("Furthermore, we propose Multi-sourced Value Maps to model key elements.", ["Multi-sourced Value Maps"], []),
        # "and" adds a second part after the first one's acronym.
        ("We introduce the Snake Gate Block (SGB) and Spatially-Enhanced Feedforward Network.",
         ["SGB", "Spatially-Enhanced Feedforward Network"], []),
        # A kind with an article before a clause is no name; neither is a one-word or acronym-led phrase.
        ("We propose a Bayesian Mixture Model to fit the data.", [], ["Bayesian Mixture Model"]),
        ("We design a Transformer module to fuse views.", [], ["Transformer"]),
    ],
)
def test_proposed_title_case_parts_after_a_presenting_verb(abstract: str, names: list[str], absent: list[str]) -> None:
    found = _found("Relation Extraction", abstract)
    assert all(found.get(n) is Role.PROPOSED for n in names), found
    assert not any(n in found for n in absent), found


@pytest.mark.parametrize(
    "abstract, name, role",
    [
        ("We propose a ``Plan + Act + Check'' strategy to guide agents.", "Plan + Act + Check", Role.PROPOSED),
        ("We introduce a new dataset \u201cFaces in the Fog\u201d, which is large.", "Faces in the Fog", Role.INTRODUCED_DATASET),
        # A quoted name defined by an acronym gives the acronym.
        ("We propose an \u201cElastic-Joint\u201d (EJ) module that merges scales.", "EJ", Role.PROPOSED),
    ],
)
def test_proposed_quoted_name_after_a_presenting_verb(abstract: str, name: str, role: Role) -> None:
    assert _found("Scenes", abstract).get(name) is role


@pytest.mark.parametrize(
    "abstract",
    [
        "We introduce the \u201cinverse bandit\u201d problem of estimation.",  # lower case: a term
        "We formally introduce the task of \u201cIE On-the-fly\u201d, and address it.",  # a task
        "We introduce the \u201cInverse Bandit\u201d problem of estimation.",
    ],
)
def test_proposed_quoted_terms_and_tasks_are_not_names(abstract: str) -> None:
    assert not any(r in (Role.PROPOSED, Role.INTRODUCED_DATASET) for r in _found("Scenes", abstract).values())


@pytest.mark.parametrize("abstract, name", [
    ("We present Lazy Harbor Trees, a new planning algorithm for ports.", "Lazy Harbor Trees"),
    ("In this paper we propose Quiet Tide Estimation Process, an approach to tides.", "Quiet Tide Estimation Process"),
])
def test_proposed_title_case_words_the_verb_presents_in_apposition_to_a_kind_are_a_name(abstract: str, name: str) -> None:
    assert _found("Port Planning", abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize("abstract", [
    "We present Lazy Harbor Trees for planning in ports.",  # no apposition: plain words stay no name
    "We present Lazy Harbor Trees, which plan ports.",  # an apposition, but not to a kind
    "We propose Deep Neural Network, a model for ports.",  # cut before its kind noun: no name
])
def test_proposed_plain_title_case_words_without_an_apposed_kind_are_no_name(abstract: str) -> None:
    assert not any(n.startswith(("Lazy", "Deep")) for n in _found("Port Planning", abstract))


@pytest.mark.parametrize(
    "abstract, name, role",
    [
        ("We propose a novel Structure-aware Path Mixing Graph Network (PathMix) aiming to unify graphs.", "PathMix", Role.PROPOSED),
        ("In addition, Lateral Gating Pooling (LGPooling) is proposed to keep the spikes sparse.", "LGPooling", Role.PROPOSED),
        ("Additionally, we describe a novel Sorted Margin Estimation (SortedME) loss that picks pairs.", "SortedME", Role.PROPOSED),
        ("In this work, we propose \u201cCell Gated Memory Network (cellGMN)\u201d, a recurrent network.", "cellGMN", Role.PROPOSED),
        ("For this class, the algorithm Planning on Stacked Charts (PSC*) is developed which searches paths.", "PSC*", Role.PROPOSED),
        ("We introduce a new Multi-view Street Scenes Dataset (StreetMix) for driving.", "StreetMix", Role.INTRODUCED_DATASET),
        # a suite of strategies is a method, whatever "suite" names elsewhere
        ("We present the Neural Rippling (RIPL*) suite of growth strategies for networks.", "RIPL*", Role.PROPOSED),
    ],
)
def test_proposed_a_coined_name_in_brackets_after_the_presented_phrase(abstract: str, name: str, role: Role) -> None:
    assert _found("A Plain Title", abstract).get(name) == role


@pytest.mark.parametrize(
    "abstract, name",
    [
        # earlier work, and capitals alone (an abbreviation the acronym component reads)
        ("Recently, the Graph Path Mixer (GPMixer) was proposed for graphs.", "GPMixer"),
        ("In this paper we introduce Free Source (OSS) Vizor, an interface.", "OSS"),
        # a bracket after a phrase nobody presents
        ("Results improve over the Sparse Point Transformer (SPTNet) on three benchmarks.", "SPTNet"),
    ],
)
def test_proposed_a_bracketed_name_needs_a_presenting_sentence(abstract: str, name: str) -> None:
    assert _found("A Plain Title", abstract).get(name) is None


@pytest.mark.parametrize(
    "abstract, name, found",
    [
        ("This paper proposes a novel multi-scale adaptive graph learning method RippleHGL.", "RippleHGL", True),
        ("First, we develop a field-of-view prediction model RippleFoV trained on images of people.", "RippleFoV", True),
        # capitals alone after a kind noun are as often the family it is built on
        ("We propose a novel deep model CNN that learns fast.", "CNN", False),
    ],
)
def test_proposed_a_coined_name_right_after_the_kind_noun_of_what_is_presented(abstract: str, name: str, found: bool) -> None:
    text = layout("A Plain Title", abstract)
    rules = {(text[c.start : c.end], c.rule) for c in find_proposed(text, len("A Plain Title"))}
    assert ((name, "proposed:verb-kind-name") in rules) is found


@pytest.mark.parametrize(
    "abstract, name, found",
    [
        ("Our architecture, which we call an MCTSnet, searches inside a network.", "MCTSnet", True),
        ("It is encapsulated in a layer we call the Task Rippling Layer (TRL), which fits many tasks.", "TRL", True),
        # a plain capitalised word after the article may be the start of a longer phrase
        ("These we call the Gaussian and Wishart hyperkernels.", "Gaussian", False),
    ],
)
def test_proposed_the_first_person_naming_its_own_thing_with_an_article(abstract: str, name: str, found: bool) -> None:
    assert (_found("A Plain Title", abstract).get(name) is Role.PROPOSED) is found


@pytest.mark.parametrize("abstract, name", [
    # three title-case words or more after an article, before a clause word ...
    ("From the model level, we propose a Step-wise Fusion Mechanism to merge the views.", "Step-wise Fusion Mechanism"),
    ("Besides, we devise an Adaptive Texture Extractor, which keeps the details.", "Adaptive Texture Extractor"),
    ("Furthermore, we propose the Gait Switching Framework as a method for changing tasks.", "Gait Switching Framework"),
    # ... or before a system kind noun
    ("We propose a novel Harbor Route Adjustment framework that plans ports.", "Harbor Route Adjustment"),
])
def test_proposed_title_case_name_after_an_article_before_a_clause_or_kind(abstract: str, name: str) -> None:
    assert _found("Port Planning", abstract).get(name) is Role.PROPOSED


@pytest.mark.parametrize("abstract, absent", [
    # the clause names the system (an acronym, a naming verb) or cites it
    ("We propose a Harbor Route Adjustment framework for ports (HRA) with two ideas.", "Harbor Route Adjustment"),
    ("We propose a Matrix Route Gradient algorithm [1] to plan the ports.", "Matrix Route Gradient"),
    # a coined word right after the kind noun is the name
    ("We propose a Training-Free Route Debiasing framework RouteFix, which plans ports.", "Training-Free Route Debiasing"),
    # a model family heads the words before the kind noun; "Model" before a clause; "-based"
    ("We present a Hidden Markov Model architecture for ports.", "Hidden Markov Model"),
    ("We propose a Neural Additive Model to make predictions.", "Neural Additive Model"),
    ("We present a Harbor Kalman Filter-based framework for ports.", "Harbor Kalman Filter-based"),
    # two words before a kind noun are as often a known family
    ("We present a Monte Carlo algorithm for planning in ports.", "Monte Carlo"),
])
def test_proposed_title_case_name_before_a_clause_or_kind_not_the_name(abstract: str, absent: str) -> None:
    assert _found("Port Planning", abstract).get(absent) is not Role.PROPOSED


@pytest.mark.parametrize("abstract, name, role", [
    # "namely" lists what a sentence uses or compares, where it presents nothing
    ("We compare several approaches, also including alternative backbone models, namely BartLike and "
     "Nllb-Mini.", "BartLike", Role.METHOD),
    ("We evaluate the planner on two routing datasets, namely HarborSet and PortBench.", "HarborSet", Role.DATASET),
])
def test_proposed_namely_after_a_use_verb_is_no_own_name(abstract: str, name: str, role: Role) -> None:
    assert _found("Port Planning", abstract).get(name) is role


def test_proposed_namely_after_our_stays_the_papers_own() -> None:
    abstract = "Our findings compared to prior work: our learned features, namely PortFeat, beat the baselines."
    assert _found("Port Planning", abstract).get("PortFeat") is not Role.METHOD
