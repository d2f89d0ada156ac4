"""Paths of the ingest fixtures: real samples and hand-written ones in tests/data/formats, bad input in tests/data/bad."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
FORMATS = DATA / "formats"
BAD = DATA / "bad"


@pytest.fixture
def formats_dir() -> Path:
    return FORMATS


@pytest.fixture
def bad_dir() -> Path:
    return BAD
