"""A known method with a modifier word that the title leads with and the abstract presents:
"Asymmetric DQN for partially observable RL" with "... result in Asymmetric DQN, a model-free
algorithm" in a sentence of the paper's own work is the paper's variant of DQN, its own method;
the bare "DQN" stays someone else's.

Read from the three train read sets: a title led by "Modifier Known-name" names the paper's own
variant in 4 of 13 papers; the abstract writing the modifier beside the name (or its acronym,
"evolutionary EM" for "Evolutionary Expectation Maximization") in a sentence about the paper's
own work ("we", "our", "novel", "called") keeps 3 of 4 and drops the titles that name a topic
("Parallel Gibbs Sampling", "Interpretable Random Forests").
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .sentences import sentence_at, split_sentences

__all__ = ["modified_known"]

# One capitalised modifier word at the title's start ("Asymmetric", "Non-Local", "Evolutionary"),
# not a verb of the paper's act ("Revisiting", "Exploiting", "Solving").
_MODIFIER: Final = re.compile(r"(?!(?:The|A|An|On|In|Of|To|Towards?|Beyond|From|With|Why|How|What|When|Is|Are|Can|Do|Does) )"
                       r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?<!ing) ")
# What follows a title's lead name: a colon, a word of purpose or use, or the title's end.
_LEAD_END: Final = re.compile(r"\s*(?::|\b(?:for|with|via|in|on)\b|$)")
_OWN_WORK: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ovel|[Pp]roposed|called|named|dubbed|termed)\b")
# Someone else's or a topic: "a novel approach based on hierarchical RRT", "an algorithm for sparse
# PCA", "performs better than online LDA", "we study asynchronous Gibbs sampling", "the sparse PCA
# problem", or inside a longer name ("Logistic Group Orthogonal Matching Pursuit").
_OTHERS_BEFORE: Final = re.compile(r"(?:\b(?:based on|built on|extends?|study|studies|consider|analy[sz]e|investigate|under|for|than|outperforms?|"
                            r"compared (?:to|with)|versus|vs\.?)"
                            r"\s+(?:the\s+|an?\s+)?|(?<![\w-])(?!(?:Our|The|This|These|A|An|We|In|Its|Their)\s)[A-Z][\w-]*\s)$")
_TOPIC_AFTER: Final = re.compile(r"\s+(?:problems?|settings?|literature)\b")
_ACRONYM_AFTER: Final = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")


def modified_known(text: str, tend: int, found: list[Candidate]) -> list[Candidate]:
    """Proposed candidates for the title's lead "Modifier Known" and its abstract mentions."""
    m = _MODIFIER.match(text)
    if m is None:
        return []  # most titles: no capitalised modifier first
    known = next((c for c in found if c.start == m.end() and c.end <= tend and c.role is Role.METHOD
                  and c.rule.startswith("catalogue")), None)
    if known is None or not _LEAD_END.match(text[known.end : tend]):
        return []
    modifier, name = text[: m.end() - 1], text[known.start : known.end]
    forms = {name}
    forms |= {text[a.start(1) : a.end(1)] for a in _ACRONYM_AFTER.finditer(text, tend)
              if text[max(tend, a.start() - len(name) - 1) : a.start()].lower().endswith(name.lower())}
    forms |= {text[c.start : c.end] for c in found if c.start >= tend and c.rule == "catalogue:acronym"
              and c.canonical and c.canonical.lower() == name.lower()}
    pattern = re.compile(rf"(?<![\w-]){re.escape(modifier)} (?:{'|'.join(map(re.escape, forms))})(?![\w-])", re.I)
    hits, sents = [], None
    for h in pattern.finditer(text, tend):
        sents = sents or split_sentences(text)  # (the shared splitter: "e.g. ", "et al. " end no sentence)
        s, e = sentence_at(sents, h.start())
        if _OWN_WORK.search(text, s, e) and not _OTHERS_BEFORE.search(text, max(s, h.start() - 30), h.start()) \
                and not _TOPIC_AFTER.match(text, h.end()):
            hits.append(Candidate(Role.PROPOSED, h.start(), h.end(), "proposed:modified-known", 0.85))
    if not hits:
        return []
    return [Candidate(Role.PROPOSED, 0, known.end, "proposed:modified-known", 0.85), *hits]
