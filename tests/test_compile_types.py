"""The modules ``scripts/compile_fast.py`` compiles with mypyc type-check with its flags.

Compiled code checks argument and attribute types at run time, so a line mypy rejects either stops
the optional build or, worse, raises only in the compiled build (session 25 found one that passed
the pure tests and crashed compiled). Type-checking the same modules with the same flags keeps every
change compilable. The stale-build warning's reader is checked here too."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import compile_fast  # noqa: E402

from kg.extract.compiled import compiled_modules, stale_modules  # noqa: E402


def test_the_compiled_modules_type_check(tmp_path: Path) -> None:
    here = Path.cwd()
    os.chdir(ROOT)  # (the build reads the sources from the checkout's root, as here)
    try:
        out, err, status = api.run([*compile_fast.MYPY_FLAGS, "--cache-dir", str(tmp_path / "cache"), *compile_fast.sources()])
    finally:
        os.chdir(here)
    assert status == 0, out + err
    assert f"in {len(compile_fast.sources())} source files" in out


def test_the_build_leaves_the_package_entry_and_the_checker_pure() -> None:
    names = {Path(s).name for s in compile_fast.sources()}
    assert {"__init__.py", "compiled.py"}.isdisjoint(names)
    assert {"resolve.py", "tasks.py", "proposed.py"} <= names


def test_a_build_older_than_its_source_is_stale(tmp_path: Path) -> None:
    (tmp_path / "resolve.py").write_text("x = 1\n")
    (tmp_path / "tasks.py").write_text("x = 1\n")
    (tmp_path / "fast__mypyc.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    ext = tmp_path / "resolve.cpython-311-x86_64-linux-gnu.so"
    ext.write_bytes(b"")
    (tmp_path / "tasks.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    assert sorted(compiled_modules(tmp_path)) == ["resolve", "tasks"]
    assert stale_modules(tmp_path) == []
    later = time.time() + 60
    os.utime(tmp_path / "resolve.py", (later, later))
    assert stale_modules(tmp_path) == ["resolve"]


def test_the_compiled_modules_constants_are_final() -> None:
    """An upper-case module constant ("_PRESENTING = re.compile(...)") is declared ``Final``: compiled,
    a Final is read from a C static, anything else from the module's dict at every use (about 2% of
    the compiled build's CPU over all the rules' patterns and word sets; nothing for pure Python)."""
    import ast
    import re

    constant = re.compile(r"_?[A-Z][A-Z0-9_]*\Z")
    plain = []
    for source in compile_fast.sources():
        for node in ast.parse((ROOT / source).read_text()).body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and constant.match(t.id) for t in node.targets):
                plain.append(f"{source}:{node.lineno}")
    assert not plain, plain
