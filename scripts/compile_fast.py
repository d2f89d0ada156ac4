"""Optional speed-up: compile kg's extraction rules (``kg/extract``) with mypyc, in place.

Run: python scripts/compile_fast.py [--clean] [--jobs N] [--opt 3]
Needs mypy (which ships mypyc: ``pip install mypy``) and a C compiler. Without them it says so
and changes nothing: kg stays pure Python, which gives the same output. With them it writes one
extension module beside each compiled ``kg/extract/*.py`` (plus the shared
``kg/extract/fast__mypyc*.so``); Python imports those before the ``.py`` files, so every kg run
from this checkout uses them until ``--clean`` removes them. Rebuild after editing a compiled
module: a stale build runs the old code.

Why: extraction is ~3,500 small Python calls an abstract (rules of 2-8 us each); compiled, the
same code runs ~25-30% less CPU (session 25, issue 11: ~1,050 -> ~1,340 abstracts per CPU-second
on 3,000 corpus abstracts; the mention dump of 20,000 abstracts byte-identical). The cost: a
build of ~1-3 CPU-minutes, and the rules' type annotations must hold at run time (compiled code
checks argument types, so e.g. a ``frozenset()`` default needs an ``AbstractSet`` annotation).

Left pure Python (``_LEFT_OUT``): ``__init__`` (the extractor hands components a ``StateOnly``
where they annotate a spaCy ``Doc``), ``result_names`` (``OwnName`` subclasses ``str``, which
mypyc does not compile), ``doc`` and ``cache`` (not needed for the gain; untried), ``compiled``
(it tells whether the build is older than the sources: ``kg.extract`` warns on import when it is).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kg" / "extract"
_LEFT_OUT = {"__init__.py", "result_names.py", "doc.py", "cache.py", "compiled.py"}
GROUP = "kg.extract.fast"  # the shared library: kg/extract/fast__mypyc.<ext>
#: mypy's flags for the build; tests/test_compile_types.py type-checks the same modules with them, so a
#: change that would not compile (or would raise in compiled code only) fails the suite.
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent"]


def compiled_files() -> list[Path]:
    """The extension modules a build left in ``kg/extract``."""
    return sorted(p for p in PACKAGE.iterdir() if p.suffix in (".so", ".pyd"))


def clean() -> int:
    for p in compiled_files():
        p.unlink()
    print("kg/extract is pure Python again")
    return 0


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted(PACKAGE.glob("*.py")) if p.name not in _LEFT_OUT]


def build(jobs: int, opt: str) -> int:
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError:
        print("mypyc not installed (pip install mypy): kg stays pure Python", file=sys.stderr)
        return 0
    clean()
    t, c = time.perf_counter(), time.process_time()
    had_build = (ROOT / "build").exists()  # kg's own outputs live there: never removed
    with tempfile.TemporaryDirectory() as tmp:
        # (mypy reads the sources from the checkout's root, as the package imports them)
        here = Path.cwd()
        os.chdir(ROOT)
        try:
            ext = mypycify(MYPY_FLAGS + sources(), opt_level=opt, group_name=GROUP, target_dir=str(Path(tmp) / "c"))
            setup(name="kg-fast", ext_modules=ext, script_args=[
                "build_ext", "--inplace", "--build-temp", str(Path(tmp) / "o"), "--build-lib", str(Path(tmp) / "lib"),
                "--parallel", str(jobs)])
        except SystemExit as e:  # (setup exits on a compiler error)
            print(f"build failed ({e}): kg stays pure Python", file=sys.stderr)
            clean()
            return 1
        except ValueError as e:  # an older setuptools cannot read pyproject.toml's license string
            print(f"build failed: setuptools could not read pyproject.toml ({str(e).splitlines()[0]}); "
                  "install the fast extra (pip install -e '.[fast]', setuptools >= 77): kg stays pure Python", file=sys.stderr)
            clean()
            return 1
        finally:
            os.chdir(here)
    if not had_build:  # an empty folder setuptools may leave behind
        shutil.rmtree(ROOT / "build", ignore_errors=True)
    print(f"compiled {len(sources())} modules in {time.perf_counter() - t:.0f} s "
          f"({time.process_time() - c:.0f} CPU-s in this process; the compiler's not counted)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules")
    ap.add_argument("--jobs", type=int, default=2, help="C files compiled in parallel")
    ap.add_argument("--opt", default="3", help="the C compiler's optimisation level")
    args = ap.parse_args()
    return clean() if args.clean else build(args.jobs, args.opt)


if __name__ == "__main__":
    sys.exit(main())
