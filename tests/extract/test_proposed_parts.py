"""Own names listed after a plural kind noun, named as parts of the method, or presented after a
coordinated verb; and the acronym definitions the paper's own apposition presents. Hand-written
sentences (made-up names)."""

from __future__ import annotations

import pytest

from kg.extract.acronyms import classify, find_definitions
from kg.extract.doc import layout
from kg.extract.proposed import find_proposed
from kg.extract.proposed_parts import titled_parts
from kg.extract.sentences import split_sentences
from kg.model import Role


def _found(abstract: str, title: str = "Better Maps for Rovers") -> dict[str, Role]:
    text = layout(title, abstract)
    return {text[c.start : c.end]: c.role for c in find_proposed(text, len(title))}


@pytest.mark.parametrize(
    "abstract, names, role",
    [
        ("In this work, we introduce two novel route selection methods, RS-A and RS-B, and compare them to X.",
         ["RS-A", "RS-B"], Role.PROPOSED),
        ("We propose two new models, FernNet and OakNet, for tree counting.", ["FernNet", "OakNet"], Role.PROPOSED),
        ("In this paper, we propose two label learning algorithms (LL-CC-SF and LL-CC-LD) that balance classes.",
         ["LL-CC-SF", "LL-CC-LD"], Role.PROPOSED),
        ("Moreover, we release three new datasets: RoverSet, DuneSet and CraterSet.",
         ["RoverSet", "DuneSet", "CraterSet"], Role.INTRODUCED_DATASET),
        # a few words of purpose, then a colon or a dash and title-case names (plain words too)
        ("We propose a pair of scalable components for radiance fields: Beam Renderer and Scatterer, which save memory.",
         ["Beam Renderer", "Scatterer"], Role.PROPOSED),
        ("We then introduce two approaches to pooling these embeddings—Moment Pooling and Gated Readout.",
         ["Moment Pooling", "Gated Readout"], Role.PROPOSED),
        # "parts" counts the own system's parts as "modules" does
        ("In this work, we propose GLASS-NET (Glass Network), which consists of two parts: GLAS and NETG.",
         ["GLAS", "NETG"], Role.PROPOSED),
    ],
)
def test_proposed_parts_names_listed_after_a_presented_plural_kind_noun(abstract: str, names: list[str], role: Role) -> None:
    found = _found(abstract)
    for name in names:
        assert found.get(name) is role, (name, found)


@pytest.mark.parametrize(
    "abstract, absent",
    [
        # someone else's methods, a means, data the paper experiments on
        ("We compare against two popular methods, FernNet and OakNet, on rovers.", "FernNet"),
        ("We explain the model using attention mechanisms, LiftX, and ShapZ to train it.", "LiftX"),
        ("We experiment with three first person video datasets: WalkSet, PathSet and RoadSet.", "WalkSet"),
        ("We compare against two popular methods (FernNet and OakNet) on rovers.", "FernNet"),
        ("It balances the two goals via two new techniques: Distilla and Retrospa.", "Distilla"),
        ("We compare against two popular methods for radiance fields: Beam Renderer and Scatterer.", "Beam Renderer"),
        ("We evaluate two approaches on these embeddings: Moment Pooling and Gated Readout.", "Moment Pooling"),
        ("This paper proposes an encoder that is composed of three modules: Blur, Difference, and Quantization.", "Blur"),
        ("Prior systems consist of two parts: GLAS and NETG, which we replace.", "GLAS"),
    ],
)
def test_proposed_parts_list_of_others_or_of_means_is_not_own(abstract: str, absent: str) -> None:
    assert absent not in _found(abstract)


def test_proposed_parts_a_verb_coordinated_after_another_presents_the_name() -> None:
    assert _found("We turn to meta-learning and propose Griffin, the first meta-recommender for drift.")["Griffin"] is Role.PROPOSED


def test_proposed_parts_coordinated_verb_reads_the_kind_in_its_own_clause() -> None:
    # the "datasets" of the first verb's clause do not make the presented name a dataset
    found = _found("We combined several speech datasets and propose FedMix, a federated approach to detection.")
    assert found["FedMix"] is Role.PROPOSED


def _parts(abstract: str) -> list[str]:
    text = layout("Better Maps for Rovers", abstract)
    tend = len("Better Maps for Rovers")
    return [text[c.start : c.end] for c in titled_parts(text, tend, split_sentences(text))]


@pytest.mark.parametrize(
    "abstract, names",
    [
        ("We propose RoverKit, a framework consisting of a Terrain Agent that maps dunes and a Path Agent that plans.",
         ["Terrain Agent", "Path Agent"]),
        ("In addition, a Recursive Crater Refinement module is presented to sharpen the maps.", ["Recursive Crater Refinement"]),
        ("We apply group convolutions to build an Equivariant Terrain Encoder with embeddings.", ["Equivariant Terrain Encoder"]),
        ("Specifically, we design a Dune Shape Estimator that predicts heights.", ["Dune Shape Estimator"]),
    ],
)
def test_proposed_parts_title_case_parts_the_paper_presents(abstract: str, names: list[str]) -> None:
    assert _parts(abstract) == names


@pytest.mark.parametrize(
    "abstract",
    [
        "We use a Gaussian Mixture Model that fits the terrain.",  # used, not presented
        "We show via a User Study that drivers prefer it.",  # a means
        "We propose a planner solved as a Mixed Integer Linear Program that is exact.",  # after "as"
        "We propose DuneNet, a Dune Estimation Transformer that is fast.",  # spells out a given name
        "We then propose RoverLM, a system that incorporates a Large Language Model component.",  # a family
        "We create a Reinforcement Learning agent that drives.",  # a field qualifies the part
        "We propose a Crater Attention module (CAM) for maps.",  # the acronym rules read the definition
        "A control problem using an Autonomous Surface Vehicle and an Autonomous Underwater Vehicle is presented.",
        "Prior work built a Terrain Fusion Network that maps dunes.",  # no proposing sentence
    ],
)
def test_proposed_parts_leaves_used_known_and_other_titled_phrases(abstract: str) -> None:
    assert _parts(abstract) == []


def _classify(text: str) -> dict[str, Role | None]:
    sents = split_sentences(text)
    out = {}
    for d in find_definitions(text):
        sent = next(s for s in sents if s[0] <= d.short_start < s[1])
        got = classify(text, d, sent, set())
        out[text[d.short_start : d.short_end]] = got[0] if got else None
    return out


@pytest.mark.parametrize(
    "text, short",
    [
        ("Our proposal, exemplar guided dune mixture model (EGDM), overcomes both issues. EGDM is fast.", "EGDM"),
        ("We further propose a novel crater refinement network(CRN) composed of two encoders. The CRN is fast.", "CRN"),
    ],
)
def test_proposed_parts_own_apposition_and_participle_present_a_lower_case_definition(text: str, short: str) -> None:
    assert _classify(text)[short] is Role.PROPOSED


def test_proposed_parts_generic_lower_case_model_definition_stays_generic() -> None:
    # without the paper's own apposition a lower-case "... model (X)" stays a family
    assert _classify("Many works fit a hidden markov model (HMM) to the dunes.")["HMM"] is not Role.PROPOSED


def test_proposed_parts_lower_case_long_form_named_after_the_proposed_approach() -> None:
    found = _found("Key idea of the proposed approach, henceforth referred to as terrain feature extraction-based "
                   "mapping (TFE-M), is to use slopes.")
    assert found.get("TFE-M") is Role.PROPOSED


def _classified(text: str, short: str):
    sents = split_sentences(text)
    d = next(d for d in find_definitions(text) if text[d.short_start : d.short_end] == short)
    return classify(text, d, next(s for s in sents if s[0] <= d.short_start < s[1]), set())


def test_proposed_parts_coined_definition_after_the_verb_is_a_strong_own_claim() -> None:
    # a coined short form the verb itself presents: as strong as "we propose X" (outweighs the catalogue)
    got = _classified("We propose a dune cascade network (DCNet) that maps craters.", "DCNet")
    assert got is not None and got[0] is Role.PROPOSED and got[1] == 0.8


@pytest.mark.parametrize(
    "text, short, confidence",
    [
        # the acronym only qualifies the noun presented: a weaker claim
        ("We design two novel dune-over-crater (DoC) modules for maps.", "DoC", 0.75),
    ],
)
def test_proposed_parts_acronym_qualifying_the_presented_noun_is_a_weaker_own_claim(text: str, short: str, confidence: float) -> None:
    got = _classified(text, short)
    assert got is not None and got[0] is Role.PROPOSED and got[1] == confidence


def test_proposed_parts_acronym_before_a_task_noun_names_what_is_estimated_not_the_method() -> None:
    # "DoC estimation modules" estimate DoC: the acronym qualifies a task (session 15, methods17)
    got = _classified("We design two novel dune-over-crater (DoC) estimation modules for maps.", "DoC")
    assert got is None or got[0] is not Role.PROPOSED


@pytest.mark.parametrize(
    "text, short, role",
    [
        # a passive after the definition presents the paper's own part (weaker than "we propose")
        ("To relax this, a Recurrent Dune Induction Network (RDIN) framework is developed.", "RDIN", Role.PROPOSED),
        ("Besides, a Double-Head Crater Reconstruction (DHCR) module is proposed to sharpen maps.", "DHCR", Role.PROPOSED),
        # others' recent work, and a family qualifying an approach, are not presented by it
        ("Recent dynamic dune graph networks (DDGNs) are designed to adapt the edges.", "DDGNs", None),
        ("A Reinforcement Learning-based (RL) approach is proposed to learn the routes.", "RL", None),
    ],
)
def test_proposed_parts_definition_presented_by_a_passive_after_it(text: str, short: str, role: Role | None) -> None:
    got = _classify(text)[short]
    assert got is role if role is not None else got is not Role.PROPOSED


@pytest.mark.parametrize(
    "title, abstract, names",
    [
        ("GraphPilot: Agents for Graph Reasoning",
         "We introduce GraphPilot, an agent framework. GraphPilot consists of two modules: Route-Planner and Route-Walker.",
         ["Route-Planner", "Route-Walker"]),
        ("Better Maps for Rovers",
         "Our framework comprises three components, MapNetA, MapNetB and MapNetC, that share weights.",
         ["MapNetA", "MapNetB", "MapNetC"]),
    ],
)
def test_proposed_parts_the_own_system_composed_of_counted_parts_lists_its_own_names(title: str, abstract: str, names: list[str]) -> None:
    found = _found(abstract, title)
    for name in names:
        assert found.get(name) is Role.PROPOSED, (name, found)


@pytest.mark.parametrize(
    "abstract",
    [
        "Previous work consists of two modules: Route-Planner and Route-Walker.",  # no own subject
        "GraphPilot consists of two modules: Route-Planner and Route-Walker.",  # not the paper's own name
        "Our framework consists of two modules: Planner and Walker.",  # plain words, no names
    ],
)
def test_proposed_parts_a_composition_not_of_the_own_system_lists_no_own_names(abstract: str) -> None:
    found = _found(abstract)
    assert "Route-Planner" not in found and "Planner" not in found, found


@pytest.mark.parametrize(
    "text, short",
    [
        ("This paper proposes a novel Complete Route Stitching (CRS) method for rovers. The proposed CRS method is designed "
         "with two sub-methods, the Global Coverage Sweeper (GRS) and Local Coverage Sweeper (LRS).", "GRS"),
        ("We propose Residual Scaling Models (RSM), which contain several Residual Scaling Modules (RSMods). "
         "Each RSMod consists of several Invertible Scale Blocks (ISBs) with short connections.", "ISBs"),
    ],
)
def test_proposed_parts_counted_parts_and_parts_of_an_own_part_are_own(text: str, short: str) -> None:
    text = layout("Better Maps for Rovers", text)
    sents = split_sentences(text)
    from kg.extract.acronyms import classify_all
    got = {text[c.start : c.end]: c.role for c in classify_all(text, find_definitions(text), sents, set())}
    assert got.get(short) is Role.PROPOSED, got


def test_proposed_parts_an_auxiliary_has_is_no_verb_of_composition() -> None:
    text = layout("Better Maps for Rovers", "This paper proposes a novel Complete Route Stitching (CRS) method for rovers. The "
                  "proposed CRS method is designed with two sub-methods, the Global Coverage Sweeper (GRS) and Local Coverage "
                  "Sweeper (LRS). The GRS method has been implemented, adapting a Glasius Neural Mesh (GNM) that plans online.")
    from kg.extract.acronyms import classify_all
    got = {text[c.start : c.end]: c.role for c in classify_all(text, find_definitions(text), split_sentences(text), set())}
    assert got.get("GNM") is not Role.PROPOSED, got


@pytest.mark.parametrize(
    "abstract, short, is_task",
    [
        # A listed part of the own system whose long form ends in a task noun is a part, not a task.
        ("We propose Quiet Sparse Sampling (QSS), which integrates two key components: Dense Mixing Strategy (DMS)"
         " and Multimodal Semantic-Aware Clustering (MSC). MSC refines the sampling.", "msc", False),
        # ... while the same long form outside a sentence about the own system stays a task.
        ("Multimodal Semantic-Aware Clustering (MSC) is hard. We propose Quiet Sparse Sampling (QSS) for MSC.",
         "msc", True),
    ],
)
def test_proposed_parts_an_own_part_with_a_task_head_is_no_task_acronym(abstract: str, short: str, is_task: bool) -> None:
    from kg.extract.acronyms import acronym_candidates

    text = layout("Quiet Sampling", abstract)
    tasks, cands = acronym_candidates(text, split_sentences(text), {"qss"}, set())
    assert (short in tasks) is is_task, tasks
    if not is_task:
        assert any(text[c.start : c.end] == "MSC" and c.role is Role.PROPOSED for c in cands)


@pytest.mark.parametrize(
    "abstract, role",
    [
        # "the <Title Case> Module (ABC)" in a paper that names its own system: one of its parts.
        ("We propose Glint for maps. Concurrently, the Echo Distillation Module (EDM) refines the shared features.",
         "proposed"),
        ("We propose Glint for maps. The Echo Distillation Module (EDM) and the Twin Mixing Block (TMB) are designed"
         " to fuse the features.", "proposed"),
        # ... but not a unit or layer ("the Rectified Linear Unit"), nor one used, compared or earlier work.
        ("We propose Glint for maps. It runs on the Echo Distillation Unit (EDM) and refines the features.", None),
        ("We propose Glint for maps. It is built on the Echo Distillation Module (EDM) of earlier work.", None),
        ("We propose Glint for maps. Glint outperforms the recently introduced Echo Distillation Module (EDM).", None),
    ],
)
def test_proposed_parts_a_capitalised_module_named_with_the_is_an_own_part(abstract: str, role: str | None) -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("Glint: Better Maps for Rovers", abstract)])
    got = {m.text: m.role.value for m in ms}
    assert (got.get("EDM") == "proposed") is (role == "proposed"), got


@pytest.mark.parametrize(
    "abstract, role",
    [
        # A first-person "we refer to (this approach) as" names the paper's own thing, even a task-shaped one.
        ("We develop a procedure for ranking that we refer to as echo controlled gradient (ECG). ECG is fast.", "proposed"),
        ("We detect objects from a global descriptor. We refer to this approach as echo controlled grouping (ECG).",
         "proposed"),
        # ... not "we refer to it / this problem as": a task or setting is named.
        ("We must find the spans a citance cites. We refer to it as echo span retrieval (ECG). Methods attempt this task.",
         None),
        ("Labels go missing with intent. We refer to this problem as echo controlled grouping (ECG).", None),
    ],
)
def test_proposed_parts_a_name_we_refer_to_as_is_the_papers_own(abstract: str, role: str | None) -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("Better Maps for Rovers", abstract)])
    got = {m.text: m.role.value for m in ms}
    assert (got.get("ECG") == "proposed") is (role == "proposed"), got


def test_proposed_parts_a_list_of_titled_parts_a_passive_presents() -> None:
    title = "Rover2Map: Mapping with Rovers"

    def parts(abstract: str) -> set[str]:
        text = layout(title, abstract)
        return {text[c.start : c.end] for c in titled_parts(text, len(title), split_sentences(text))}

    assert {"Slope Reading Unit", "Coupled Terrain Chain Net", "Dynamic Route Planner"} <= parts(
        "We design the Rover2Map model. In Rover2Map, a Slope Reading Unit, a Coupled Terrain Chain Net, "
        "and a Dynamic Route Planner are specifically designed to read, model and plan routes.")
    # a list written after a prior-work word, or not opening its clause, is no list of parts
    assert not parts("Prior work showed that a Slope Reading Unit, a Coupled Terrain Chain Net, and a Dynamic Route "
                     "Planner are designed.")
