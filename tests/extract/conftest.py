"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from kg.extract.catalogue_data import load_catalogue
from kg.extract.catalogue_match import CatalogueMatcher
from kg.model import Role


@pytest.fixture(scope="session")
def dataset_match():
    """The shipped catalogue's dataset matches in a text: {surface form: canonical name or None}."""
    matcher = CatalogueMatcher(None, load_catalogue())

    def run(text: str) -> dict[str, str | None]:
        return {text[c.start : c.end]: c.canonical for c in matcher.match(text) if c.role is Role.DATASET}

    return run
