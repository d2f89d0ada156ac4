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


class FakeTime:
    """A clock that only moves when the code under test sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def sleeps(fake_time) -> list[float]:
    return fake_time.sleeps


@pytest.fixture
def settings(fake_time) -> FetchSettings:
    return FetchSettings(timeout=5, retries=3, backoff=0.01, max_wait=30, sleep=fake_time.sleep, clock=fake_time.clock)
