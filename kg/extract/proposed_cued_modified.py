"""The paper's own variant of a known method, named right after a cue of its own (a fallback of
:mod:`kg.extract.proposed_fallback`).

"we have already proposed a solution called weighted permission Shapley value", "we introduce the
model-free ProMPs": one to three modifier words before a name the catalogue knows, written straight
after a naming verb ("called", "named", "dubbed", "termed") or "we propose / present / introduce
the". ("the proposed X" is no cue: "the proposed graph-based SLAM system", "our proposed real-time
VIO algorithm" describe an unnamed system far more often than they name one, 2 of 8 fresh.) The modified
name is the paper's; the bare known name stays someone else's. The rules reading own names refuse
a span that ends in a known name, and :mod:`kg.extract.own_modified` wants the title to lead with
the modified name; this reads the abstract's cue alone, so it runs only in a paper where no rule
found an own name.

Not the paper's: a prior-work word before the cue ("a popular algorithm called X") or a verb of
use in a naming sentence ("... called X is employed").

Not a name: a word of quality, order or family as the only difference ("called simple CNN", "we
present the first parallel stochastic gradient descent algorithm", "called deep LSTM"), function words among the modifiers, "so-called X" (a known term), or a
modified name the catalogue itself knows.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Role
from .doc import Candidate
from .proposed_names import _PRIOR, USE_VERB
from .proposed_title_only import TOPIC_OPENERS
from .sentences import sentence_at, split_sentences
from .shapes import NAMING_VERBS, norm

__all__ = ["cued_modified_known"]

# The naming verbs (shapes.NAMING_VERBS), their first letters ("cndt") and each verb as its first
# letter looked behind at and the rest ("(?<=c)alled|(?<=n)amed|...").
_VERB_LEADS: Final = "".join(dict.fromkeys(v[0] for v in NAMING_VERBS))
_VERB_RESTS: Final = "|".join(f"(?<={v[0]}){v[1:]}" for v in NAMING_VERBS)
# A cue of the paper's own naming, then up to seven words (the modifiers and the known name).
# (Led by one class of the cues' first letters, which the engine skips to in C; the lookbehinds
# after it are the "\b" and "not after so-" before that letter: a pattern led by lookbehinds or an
# alternation of classes was tried at every character, 52 -> 14 us a corpus abstract, same matches.)
_CUED: Final = re.compile(
    rf"[{_VERB_LEADS}Ww](?<!\w.)(?:(?<![Ss]o-.)(?<![Ss]o .)(?:{_VERB_RESTS})\s+(?:as\s+)?(?:the\s+)?"
    r"|(?<=[Ww])e\s+(?:propose|present|introduce)d?\s+the\s+)"
    r"(?P<words>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){1,6})"
)
_WORD: Final = re.compile(r"[A-Za-z][\w\-]*")
# Modifiers that say how good or what family, not which variant ("simple CNN", "deep LSTM").
_NOT_MODIFIER: Final = TOPIC_OPENERS | frozenset({
    "the", "a", "an", "rethinking", "revisiting", "improving", "improved", "fast", "faster", "simple", "efficient",
    "scalable", "accurate", "robust", "deep", "neural", "novel", "new", "generalized", "general", "is", "are", "can",
    "do", "does", "of", "and", "or", "for", "with", "via", "in", "on", "to", "by", "using", "at", "as", "not", "no",
    "some", "all", "more", "less", "better", "stable", "method", "methods", "approach", "model", "models", "algorithm",
    "framework", "system", "technique", "scheme", "network", "networks", "standard", "classic", "classical", "modified",
    "multi-layer", "multi-layered", "multilayer", "layered", "end-to-end", "lightweight", "light-weight", "based",
    "two", "three", "several", "single", "multiple", "this", "that", "these", "which", "its", "their", "our",
    "first", "second", "third", "only", "same", "following", "above", "resulting", "former", "latter",
    "over", "from", "than", "into", "under", "between", "solution", "solutions", "variant", "version",
})


def cued_modified_known(text: str, tend: int, known: set[str], sents: list[tuple[int, int]] | None = None) -> Candidate | None:
    """The first "Modifier(s) Known-name" written after an own naming cue, or None (see the module
    doc). ``known``: the catalogue's names found in the paper (normalized); ``sents``: the sentence
    spans (split when not given).

    >>> t = "Diffusion Incentives in Cooperative Games"
    >>> a = " We proposed a solution called weighted permission Shapley value. It beats the Shapley value."
    >>> c = cued_modified_known(t + a, len(t), {"shapley value"})
    >>> (t + a)[c.start : c.end]
    'weighted permission Shapley value'
    """
    if not known:
        return None
    for m in _CUED.finditer(text, tend):
        words = list(_WORD.finditer(text, m.start("words"), m.end("words")))
        c = _modified(text, words, known)
        if c is None:
            continue
        sents = sents or split_sentences(text)
        s, e = sentence_at(sents, m.start())
        if _PRIOR.search(text, s, m.start()) or (text[m.start()] in _VERB_LEADS and USE_VERB.search(text, s, e)):
            continue  # "a popular ... algorithm called Multi-Pass DQN is employed": someone else's
        return c
    return None


def _modified(text: str, words: list[re.Match[str]], known: set[str]) -> Candidate | None:
    """The span of ``words`` (those after a cue) made of one to three modifiers and a known name."""
    for i in range(1, min(3, len(words) - 1) + 1):
        if words[i - 1].group().lower() in _NOT_MODIFIER:  # (the words before it were tested at i - 1)
            return None
        for j in range(len(words), i, -1):
            if norm(text[words[i].start() : words[j - 1].end()]) in known:
                start, end = words[0].start(), words[j - 1].end()
                if norm(text[start:end]) in known:
                    return None
                return Candidate(Role.PROPOSED, start, end, "proposed:fallback-cued-modified", 0.75)
    return None
