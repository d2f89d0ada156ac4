"""The word lists and cue phrases in kg/extract/data/*.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.words import DATA_DIR, alternation, anchor_kinds, phrases, word_set

LISTS = sorted(DATA_DIR.glob("*.json"))
SOURCE = "".join(p.read_text(encoding="utf-8") for p in Path(DATA_DIR).parent.glob("*.py"))


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_words_every_list_is_read_by_the_code_and_is_not_empty(path: Path) -> None:
    name = path.stem
    for key, value in json.loads(path.read_text(encoding="utf-8")).items():
        assert value, f"{path.name}: {key} is empty"
        if key.startswith("_"):
            continue  # a comment ("_doc")
        if f'load("{name}")' in SOURCE:
            continue  # the module reads the whole file
        if key == "anchors":
            assert f'anchor_kinds("{name}")' in SOURCE
        else:
            assert f'("{name}", "{key}")' in SOURCE, f"{path.name}: {key} is never read"


def test_words_readers_keep_exact_strings_and_order() -> None:
    assert "we " in anchor_kinds("proposed")["verb"]  # the trailing space is part of the anchor
    assert phrases("sentences", "not_sentence_ends")[0] == "e.g."
    assert {"the", "our"} <= word_set("words", "stop_names")
    assert alternation("tasks", "after_head_not_task").startswith("quality|speed|")
