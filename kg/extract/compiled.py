"""Is this checkout's extraction compiled, and is the build current?

``scripts/compile_fast.py`` can compile ``kg/extract`` with mypyc, in place: an extension module
beside each ``.py``, which Python imports first. A build older than its source runs the old rules,
so :func:`stale_modules` names the modules edited (or checked out) since the build, and the package
warns once on import (:mod:`kg.extract`). Pure Python checkouts have no extension modules: nothing
to check. Kept pure Python itself (``compile_fast._LEFT_OUT``).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["compiled_modules", "stale_modules"]

_HERE = Path(__file__).resolve().parent


def compiled_modules(folder: Path = _HERE) -> dict[str, Path]:
    """module name -> its extension file ("resolve" -> resolve.cpython-311-x86_64-linux-gnu.so)."""
    return {p.name.split(".", 1)[0]: p for p in folder.iterdir() if p.suffix in (".so", ".pyd") and "__mypyc" not in p.name}


def stale_modules(folder: Path = _HERE) -> list[str]:
    """The compiled modules whose ``.py`` is newer than their build, sorted ("resolve" after an edit
    of resolve.py); empty for a pure Python checkout or a current build."""
    out = []
    for name, ext in compiled_modules(folder).items():
        source = folder / f"{name}.py"
        if source.exists() and source.stat().st_mtime > ext.stat().st_mtime:
            out.append(name)
    return sorted(out)
