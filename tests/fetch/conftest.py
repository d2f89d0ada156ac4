"""Fixtures of the fetch tests: pytest-httpserver on 127.0.0.1; settings whose waits are recorded, not slept."""

from __future__ import annotations

import pytest

from kg.fetch import FetchSettings


@pytest.fixture(scope="session")
def httpserver_listen_address():
    # read by pytest-httpserver: listen on loopback only
    return ("127.0.0.1", 0)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def settings(sleeps) -> FetchSettings:
    return FetchSettings(timeout=0.5, retries=3, backoff=0.01, max_wait=30, sleep=sleeps.append)
