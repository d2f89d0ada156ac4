"""The candidate spans of a title for the title span model (:mod:`kg.extract.title_span`): its
clauses (split at punctuation and spaced dashes), each word's normalised key, and the word spans of
one to eight words opening and ending on no link, article or break word; the spans that are the
rules' picks found without making every span."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from .title_clause import BREAK, norm_phrase_words

__all__ = ["MAX_WORDS", "Span", "pick_spans", "task_end_spans", "title_spans"]

MAX_WORDS: Final = 8
_LINKS: Final = frozenset(("of for in on to from with via using by through as under over towards toward at across "
                    "into within without among between based and or versus vs").split())
_ARTICLES: Final = frozenset(("a", "an", "the", "its", "their", "our"))
#: The classes of a last word a chosen span may end on (:func:`kg.extract.title_span.choose`).
_TASK_END_CLASSES: Final = frozenset(("task_head", "action", "gerund", "problem"))
_CLAUSE: Final = re.compile(r"[^:;,?!()\[\]]+")
_WORD: Final = re.compile(r"[^\s\u2013\u2014]+")
_SPACED_DASH: Final = re.compile(r"\s[\u2013\u2014]|[\u2013\u2014]\s")
_EDGES: Final = _LINKS | _ARTICLES | BREAK  # (the words no span opens or ends on)


class Span(NamedTuple):
    """Words ``i``..``j`` (exclusive) of clause ``clause``; ``start``/``end`` are title offsets."""

    clause: int
    i: int
    j: int
    start: int
    end: int
    key: str


def _clauses(title: str) -> list[list[tuple[int, int, str]]]:
    """The title's clauses, each a list of (start, end, lower-case word); a spaced dash splits too
    (:func:`_words`, memoised: callers do not change the lists)."""
    return _words(title).clauses


class _Words(NamedTuple):
    """What the spans of one title read, the abstract aside: its clauses (:func:`_clauses`), each
    word's ``norm_phrase_words``, whether each word is one no span opens or ends on (``bad``), and
    ``clean[c][k]``, the first word of the run of words up to ``k`` that only whitespace separates
    (a span within one run has for key its words' keys joined by spaces); ``texts[c]`` is " " + the
    clause's word keys joined + " ", ``starts[c]``/``ends[c]`` map the offset of the space before /
    after word ``k`` there to ``k`` / ``k + 1``."""

    clauses: list
    norms: list
    bad: list
    clean: list
    texts: list
    starts: list
    ends: list


@lru_cache(maxsize=16)
def _words(title: str) -> _Words:
    """The title's :class:`_Words`, memoised for the few calls on one title."""
    clauses, norms, bad, clean, texts, starts, ends = [], [], [], [], [], [], []
    dashes = "\u2013" in title or "\u2014" in title  # (most titles have none: no dash search)
    words: list[tuple[int, int, str]] = []

    def close(gaps: bool = True) -> None:  # (gaps: whether a gap between two words may hold more than whitespace)
        nonlocal words
        if words:
            clauses.append(words)
            # (a word has no whitespace: its key is its lower case, hyphens as spaces, as
            # ``norm_phrase_words`` makes it)
            keys = [w if "-" not in w else " ".join(w.replace("-", " ").split()) for _, _, w in words]
            norms.append(keys)
            texts.append(f" {' '.join(keys)} ")
            at, start, end = 0, {}, {}
            for k, key in enumerate(keys):
                start[at] = k
                at += len(key) + 1
                end[at] = k + 1
            starts.append(start)
            ends.append(end)
            bad.append([w in _EDGES for _, _, w in words])
            run, first = [0], 0
            if not gaps:
                run *= len(words)
            else:
                for k in range(1, len(words)):
                    if not title[words[k - 1][1] : words[k][0]].isspace():
                        first = k
                    run.append(first)
            clean.append(run)
        words = []

    for m in _CLAUSE.finditer(title):
        text, base = m.group(), m.start()
        if not dashes:  # (the words are the whitespace-split ones: found by str methods, not a regex)
            at, stripped = 0, False  # (no word stripped: only whitespace between two words)
            for g in text.split():
                at = text.find(g, at)
                token = g.strip("\"'.")
                if not token.strip("-"):
                    close(stripped)
                    stripped = False
                elif len(token) == len(g):
                    words.append((base + at, base + at + len(g), g.lower()))
                else:
                    a = base + at + g.find(token)
                    words.append((a, a + len(token), token.lower()))
                    stripped = True
                at += len(g)
            close(stripped)
            continue
        prev = 0
        for w in _WORD.finditer(text):
            g = w.group()
            token = g.strip("\"'.")
            # (an en or em dash is no word: a spaced one between two words splits as " - " does,
            # "ApproxASP \u2013 a Scalable ... Counter"; "Vision\u2013Language" stays one clause)
            spaced_dash = _SPACED_DASH.search(text, prev, w.start()) is not None
            prev = w.end()
            if spaced_dash:
                close()
            if not token.strip("-"):
                close()
                continue
            a = base + w.start() + (0 if len(token) == len(g) else g.find(token))
            words.append((a, a + len(token), token.lower()))
        close()
    return _Words(clauses, norms, bad, clean, texts, starts, ends)


def _span_key(title: str, ws: _Words, c: int, i: int, j: int) -> str:
    """``norm_phrase_words`` of words ``i``..``j`` of clause ``c``: the words' keys joined where only
    whitespace separates them (a long phrase takes the long path of ``norm_phrase_words``)."""
    words = ws.clauses[c]
    a, b = words[i][0], words[j - 1][1]
    if ws.clean[c][j - 1] <= i and b - a < 120:
        return ws.norms[c][i] if j - i == 1 else " ".join(ws.norms[c][i:j])
    return norm_phrase_words(title[a:b])


def title_spans(title: str) -> tuple[list[list[tuple[int, int, str]]], list[Span]]:
    """The title's clauses and the candidate spans of each (see the module docstring)."""
    ws = _words(title)
    spans = []
    for c, words in enumerate(ws.clauses):
        bad = ws.bad[c]
        for j in range(1, len(words) + 1):
            if bad[j - 1]:
                continue
            for i in range(max(0, j - MAX_WORDS), j):
                if not bad[i]:
                    spans.append(Span(c, i, j, words[i][0], words[j - 1][1], _span_key(title, ws, c, i, j)))
    spans.sort(key=_order)  # (the order the weights were trained in)
    return ws.clauses, spans


def _order(sp: Span) -> tuple[int, int, int]:
    return sp.clause, sp.i, sp.j


def _last_part(word: str) -> str:
    return word.replace("-", " ").rsplit(" ", 1)[-1]


def pick_spans(title: str, picks: dict[str, str]) -> list[Span]:
    """The title's candidate spans whose key is a pick (and whose last word ends as a pick does),
    in :func:`title_spans` order, found without making every span: in a clause whose words only
    whitespace separates, where its words' keys joined write the pick."""
    if not picks:
        return []
    ws = _words(title)
    pick_last = {p.rsplit(" ", 1)[-1] for p in picks}
    spans = []
    for c, words in enumerate(ws.clauses):
        bad, n = ws.bad[c], len(words)
        if ws.clean[c][-1]:  # (a quote or an unspaced dash inside: every span's key, as title_spans)
            for j in range(1, n + 1):
                if bad[j - 1] or _last_part(words[j - 1][2]) not in pick_last:
                    continue
                for i in range(max(0, j - MAX_WORDS), j):
                    if not bad[i] and (key := _span_key(title, ws, c, i, j)) in picks:
                        spans.append(Span(c, i, j, words[i][0], words[j - 1][1], key))
            continue
        text, starts, ends = ws.texts[c], ws.starts[c], ws.ends[c]
        for p in picks:
            q = f" {p} "
            at = text.find(q)
            while at >= 0:
                si, sj = starts.get(at), ends.get(at + len(q) - 1)  # (not i, j: those are ints above)
                if (si is not None and sj is not None and sj - si <= MAX_WORDS and not bad[si] and not bad[sj - 1]
                        and _last_part(words[sj - 1][2]) in pick_last):
                    spans.append(Span(c, si, sj, words[si][0], words[sj - 1][1], _span_key(title, ws, c, si, sj)))
                at = text.find(q, at + 1)
    spans.sort(key=_order)
    return spans


def task_end_spans(title: str, ws: _Words, spans: list[Span], clause_ok: set[int], word_classes) -> list[Span]:
    """``spans`` and the candidate spans of the ``clause_ok`` clauses ending on a task word, in
    :func:`title_spans` order."""
    have = {(sp.clause, sp.i, sp.j) for sp in spans}
    out = list(spans)
    for c in sorted(clause_ok):
        if c < 0:
            continue
        words, bad, cls = ws.clauses[c], ws.bad[c], word_classes(c)
        for j in range(1, len(words) + 1):
            if bad[j - 1] or not _TASK_END_CLASSES.intersection(cls[j - 1]):
                continue
            for i in range(max(0, j - MAX_WORDS), j):
                if not bad[i] and (c, i, j) not in have:
                    out.append(Span(c, i, j, words[i][0], words[j - 1][1], _span_key(title, ws, c, i, j)))
    out.sort(key=_order)
    return out
