"""Fixtures of the fetch tests: pytest-httpserver on 127.0.0.1; settings whose waits are recorded, not slept."""

from __future__ import annotations

import pytest

from kg.fetch import FetchSettings


@pytest.fixture(scope="session")
def httpserver_listen_address():
    # read by pytest-httpserver: listen on loopback only
    return ("127.0.0.1", 0)


@pytest.fixture(autouse=True)
def no_real_hosts(monkeypatch):
    """A test that forgets --base-url reaches a closed loopback port, never a real API host."""
    from kg.fetch import sources

    for source in sources().values():
        monkeypatch.setenv(source.env_var, "http://127.0.0.1:9")


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def settings(sleeps) -> FetchSettings:
    return FetchSettings(timeout=0.5, retries=3, backoff=0.01, max_wait=30, sleep=sleeps.append)
