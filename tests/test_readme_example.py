"""The README's Python example runs as written (in a scratch folder holding a link to seeds/)."""

from __future__ import annotations

import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _python_blocks(section: str) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    part = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", part, re.DOTALL)


def test_readme_python_api_example_runs(tmp_path, monkeypatch, capsys):
    (block,) = _python_blocks("Python API")
    (tmp_path / "seeds").symlink_to(REPO / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)  # noqa: S102 - the README is ours
    printed = capsys.readouterr().out
    assert "<KnowledgeGraph papers=70" in printed
    assert scope["hdtf"].name == "HDTF" and scope["hdtf"].papers == len(scope["titles"]) >= 2
    assert scope["rows"] and all("t" in r for r in scope["rows"])
    assert (tmp_path / "build" / "graph" / "graph.ttl").is_file()
    assert scope["same"].summary() == scope["g"].summary()
    assert os.path.isfile(tmp_path / "build" / "graph" / "graph.html")
