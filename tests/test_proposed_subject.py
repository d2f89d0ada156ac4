"""The document-level own-name rules: a presented name that later leads a claim, and a title head
whose subtitle says what kind of method it is (made-up abstracts)."""

from kg.extract.proposed import find_proposed
from kg.extract.proposed_subject import subject_names, title_apposed
from kg.extract.sentences import split_sentences


def _subjects(title: str, abstract: str) -> list[str]:
    text = f"{title}\n\n{abstract}"
    tend = len(title)
    return [text[c.start : c.end] for c in subject_names(text, tend, split_sentences(text))]


def _apposed(title: str) -> list[str]:
    text = f"{title}\n\nSome abstract."
    return [text[c.start : c.end] for c in title_apposed(text, len(title))]


def test_presented_name_that_leads_a_claim_is_own():
    abstract = ("We propose a novel Layered Mixing Graph (LMGraph) for toy routing. "
                "LMGraph learns edge weights from traces. Experiments show that LMGraph achieves the best cost.")
    assert _subjects("Routing toys with graphs", abstract) == ["LMGraph"]


def test_a_name_used_by_the_own_work_is_not_own():
    # the first sentence writing it names what the own technique uses
    abstract = ("We propose a novel technique for toy routing using a Gaussian process (GP). "
                "GP estimates the cost of each edge.")
    assert _subjects("Routing toys", abstract) == []
    # someone else's, recently proposed
    abstract = ("We introduce improvements to the recently proposed Toy Occupancy Map (TOM). "
                "We show that TOM features real-time performance.")
    assert _subjects("Fast toy maps", abstract) == []


def test_a_name_inside_a_compound_is_not_its_first_mention():
    abstract = ("We introduce ToyNet+Flux, which enhances ToyNet, an architecture for toys. "
                "ToyNet employs a single motor.")
    assert "ToyNet" not in _subjects("ToyNet+Flux: toys", abstract)


def test_no_presenting_sentence_no_subject():
    abstract = "LMGraph (Layered Mixing Graph) is popular. LMGraph learns edge weights."
    assert _subjects("A look at graphs", abstract) == []


def test_title_head_with_a_kind_subtitle_is_own():
    assert _apposed("Toy Mixer: A Network for Controllable Synthesis of Toys") == ["Toy Mixer"]
    assert _apposed("QUACK & DUCK: A Quadratic Approximation Approach for Toy Models") == ["QUACK & DUCK"]


def test_title_head_of_a_survey_or_slogan_is_not_own():
    assert _apposed("Toy Learning: A Survey of Methods for Toys") == []
    assert _apposed("Toys Matter: A Fine-grained Approach to Toy Sorting") == []
    assert _apposed("Find Your Toys: A Neural Approach to Toy Search") == []
    assert _apposed("Federated Toy Learning: A Framework for Toys") == []


def test_find_proposed_reads_both_rules():
    title = "Toy Mixer: A Network for Controllable Synthesis of Toys"
    abstract = "We present a new toy model. Toy Mixer blends toys."
    text = f"{title}\n\n{abstract}"
    rules = {c.rule for c in find_proposed(text, len(title))}
    assert "proposed:title-apposed" in rules
