"""A catalogued name the abstract introduces is the paper's own (kg.extract.proposed_roles)."""

from __future__ import annotations

import pytest

from kg.extract.doc import Candidate
from kg.extract.proposed_roles import introduced_known
from kg.extract.resolve import resolve
from kg.model import Role


def _known(text: str, name: str, role: Role = Role.METHOD, rule: str = "catalogue") -> list[Candidate]:
    """A candidate per mention of ``name``, as the catalogue finds them."""
    out, i = [], text.find(name)
    while i >= 0:
        out.append(Candidate(role, i, i + len(name), rule, 0.9))
        i = text.find(name, i + 1)
    return out


def _roles(text: str, found: list[Candidate]) -> dict[str, set[Role]]:
    out: dict[str, set[Role]] = {}
    for c in resolve(text, found):
        out.setdefault(text[c.start : c.end], set()).add(c.role)
    return out


@pytest.mark.parametrize("text", [
    "Topology maps\n\nWe present Quill Gas, an incremental network. Quill Gas learns fast.",
    "Topology maps\n\nIn this work, Quill Gas, a novel growing network, is studied. Quill Gas learns fast.",
    "Topology maps\n\nWe adapt nets by introducing a new model layer, Quill Gas, which rejects inputs.",
    "Topology maps\n\nOur model, Quill Gas, is trained offline. Quill Gas learns fast.",
    "Topology maps\n\nMaps matter. Quill Gas, a novel growing network, learns them.",
    "Topology maps\n\nWe propose a loss and a simple policy gradient algorithm, Pairwise Quill Gas Optimization (Quill Gas), for it.",
    "Topology maps\n\nIn this paper, a novel Quiet Useful Iterative Layered Lattice (Quill Gas) is proposed.",
    "Quill Gas: Growing Maps\n\nQuill Gas learns topologies fast.",
])
def test_proposed_roles_an_introduced_catalogue_name_is_proposed_everywhere(text: str) -> None:
    assert _roles(text, _known(text, "Quill Gas")) == {"Quill Gas": {Role.PROPOSED}}


@pytest.mark.parametrize("text", [
    # used, not introduced
    "Topology maps\n\nWe leverage Quill Gas, a novel growing network, for maps.",
    "Topology maps\n\nWe validate our approach on the representative architecture - Quill Gas.",
    # a prior word before another mention
    "Topology maps\n\nWe present Quill Gas, a growing network. It beats the standard Quill Gas model.",
    # part of a longer word or name
    "Topology maps\n\nWe propose Pointer- Quill Gas, a novel growing network.",
    "Topology maps\n\nWe propose Self-Rewarding Quill Gas, a novel growing network.",
    "Topology maps\n\nWe train it with local Quill Gas, a novel variant of the Quill Gas method.",
    "Topology maps\n\nWe develop a growing model, Quill Gas Process Volatility (QGPV), for maps.",
    "Topology maps\n\nThese techniques were a key part of Quill Gas, the first network to map cities.",
    "Topology maps\n\nWe propose Quill Gas, a very popular learning method, to model maps.",
    "Topology maps\n\nWe present a new mapping algorithm: Quill Gas with dynamic growth of the map.",
    "Topology maps\n\nWe introduce Zorb, a novel Quill Growing Gas (Quill Gas) architecture.",
    "Topology maps\n\nTo enhance the decoding of Quill Gas, a novel contrastive scheme is designed.",
    "Topology maps\n\nWe propose a map so that models trained in a fast simulator, Quill Gas, transfer.",
    # the catalogue's own long form, a qualifier, a name given later
    "Topology maps\n\nWe propose a novel Quiet Useful Iterative Lattice (Quill Gas), called Zorb, for maps.",
    "Topology maps\n\nWe derive a novel Quiet Useful Iterative Lattice (Quill Gas) style algorithm.",
    # a use verb after the proposal verb
    "Topology maps\n\nThis paper presents experiments using a growing network, Quill Gas, on maps.",
    # a title prefix the abstract never names again
    "Quill Gas: Growing Maps\n\nWe learn topologies fast.",
    # no introduction at all
    "Topology maps\n\nOur Quill Gas encoder learns topologies.",
])
def test_proposed_roles_a_catalogue_name_not_introduced_stays_a_method(text: str) -> None:
    # (only the catalogue name's role: "called Zorb" is the paper's own name, which the resolver's
    # fallback reads where no candidate claims one, kg.extract.proposed_fallback)
    assert _roles(text, _known(text, "Quill Gas"))["Quill Gas"] == {Role.METHOD}


def test_proposed_roles_a_name_also_compared_against_stays_the_catalogues() -> None:
    text = "Topology maps\n\nWe present Quill Gas, an incremental network. We compare with Quill Gas too."
    i = text.rindex("Quill Gas")
    found = _known(text, "Quill Gas") + [Candidate(Role.METHOD, i, i + 5, "context:compared", 0.65)]  # a cut span
    assert _roles(text, found)["Quill Gas"] == {Role.METHOD}


def test_proposed_roles_a_long_form_the_catalogue_knows_defines_no_new_name() -> None:
    text = "Topology maps\n\nWe propose a novel Quill Growing Gas Lattice (QGGL) for maps."
    lf = text.index("Quill Growing Gas Lattice")
    found = _known(text, "QGGL") + [Candidate(Role.METHOD, lf, lf + 25, "catalogue", 0.9)]
    assert _roles(text, found)["QGGL"] == {Role.METHOD}
    assert _roles(text, found[:1])["QGGL"] == {Role.PROPOSED}


def test_proposed_roles_a_catalogue_dataset_introduced_is_an_introduced_dataset() -> None:
    text = "Maps\n\nWe present QuillSet, a new benchmark of maps. Models fail on QuillSet."
    assert _roles(text, _known(text, "QuillSet", Role.DATASET)) == {"QuillSet": {Role.INTRODUCED_DATASET}}


def test_proposed_roles_the_kind_an_own_rule_read_outranks_the_catalogues_kind() -> None:
    text = "Re-ID\n\nWe propose a novel Robust Quiet Embedding Lattice (RQE) framework for re-ID."
    i = text.index("RQE")
    found = _known(text, "RQE", Role.DATASET) + [Candidate(Role.PROPOSED, i, i + 3, "acronyms:presented", 0.75)]
    assert _roles(text, found) == {"RQE": {Role.PROPOSED}}


def test_proposed_roles_introduced_known_reads_only_the_known_names() -> None:
    text = "Topology maps\n\nWe present Quill Gas, an incremental network, and Zorb, a new one."
    found = _known(text, "Quill Gas") + _known(text, "Zorb")
    got = introduced_known(text, len("Topology maps"), found, {"quill gas"})
    assert set(got) == {"quill gas"}
    assert got["quill gas"].rule == "proposed:introduced" and got["quill gas"].role is Role.PROPOSED
    assert introduced_known(text, len("Topology maps"), found, set()) == {}


def test_proposed_roles_a_known_variant_of_an_own_name_is_proposed() -> None:
    text = "Zorb: Small Models\n\nWe present Zorb. Zorb-7B beats Llamo-70B."
    z7 = text.index("Zorb-7B")
    found = [Candidate(Role.PROPOSED, 0, 4, "proposed:title-prefix", 0.95),
             Candidate(Role.METHOD, z7, z7 + 7, "catalogue", 0.9)] + _known(text, "Llamo-70B")
    assert _roles(text, found) == {"Zorb": {Role.PROPOSED}, "Zorb-7B": {Role.PROPOSED}, "Llamo-70B": {Role.METHOD}}
    # ... unless the abstract compares against it
    found.append(Candidate(Role.METHOD, z7, z7 + 7, "context:compared", 0.65))
    assert _roles(text, found)["Zorb-7B"] == {Role.METHOD}


def test_proposed_roles_the_pipeline_reads_an_introduction_of_a_catalogued_name() -> None:
    from kg.extract import Extractor

    (ms,) = Extractor().mentions([("Learning topologies incrementally",
                                   "We present Growing Neural Gas, a new unsupervised network. Growing Neural Gas "
                                   "adapts its size.")])
    assert {m.role for m in ms if m.text == "Growing Neural Gas"} == {Role.PROPOSED}


@pytest.mark.parametrize(("text", "own"), [
    # the proposal verb leads straight to a long form the title spells ("nets" for "Networks")
    ("Quiet Growing Adversarial Networks\n\nWe propose the quiet growing adversarial nets (QGAN) framework "
     "for maps. The QGAN learns fast.", True),
    ("Quiet Growing Adversarial Networks for Maps\n\nIn this paper we present a quiet growing adversarial network "
     "(QGAN). The QGAN learns fast.", True),
    # the name spells only the long form's end; an analysis of the title's system; another title
    ("Multi-label Quiet Growing Adversarial Networks\n\nWe propose a novel multi-label quiet growing adversarial "
     "network (QGAN) model. The QGAN learns fast.", False),
    ("Observability analysis of a quiet growing adversarial network\n\nWe present an observability analysis of a "
     "quiet growing adversarial network (QGAN). The QGAN learns fast.", False),
    ("Maps for Rovers\n\nWe propose the quiet growing adversarial nets (QGAN) framework for maps. The QGAN learns.", False),
])
def test_proposed_roles_catalogue_name_defined_as_the_title_after_the_proposal_verb(text: str, own: bool) -> None:
    roles = _roles(text, _known(text, "QGAN"))
    assert (roles.get("QGAN") == {Role.PROPOSED}) is own


def test_proposed_roles_what_a_purpose_clause_makes_and_calls_new_is_own() -> None:
    # the verb of using earlier in the sentence is about the parts, not the thing made
    text = ("Double Quill\n\nWe apply the double estimator to Quill to construct Double Quill, a new off-policy "
            "learning algorithm. Double Quill converges.")
    assert _roles(text, _known(text, "Double Quill")) == {"Double Quill": {Role.PROPOSED}}
