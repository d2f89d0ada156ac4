"""A headless Chromium (Debian's, never a downloaded one) and a probe that records what a page does."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: install it with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class PageProbe:
    """A page plus everything it logged, requested or popped up."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri())
        self.wait_until("() => !!(window.kgExplorer && kgExplorer.ready && kgExplorer.stable)")

    def wait_until(self, js: str, timeout: float = 30.0) -> None:
        """Poll ``js`` with page.evaluate: wait_for_function evals strings, which the CSP forbids."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(js):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {js}; page errors: {self.errors}")
            self.page.wait_for_timeout(50)

    def node_point(self, node_index: int) -> tuple[float, float]:
        """Page coordinates of a node's centre, for a real mouse click."""
        box = self.page.locator("#graph canvas").bounding_box()
        xy = self.page.evaluate(
            "i => kgExplorer.network.canvasToDOM(kgExplorer.network.getPosition(i))", node_index)
        return box["x"] + xy["x"], box["y"] + xy["y"]


@pytest.fixture
def make_probe(browser):
    """``make_probe(bypass_csp=False)``: a fresh browser context and page, closed after the test."""
    contexts = []

    def make(*, bypass_csp: bool = False) -> PageProbe:
        context = browser.new_context(viewport={"width": 1400, "height": 860}, bypass_csp=bypass_csp)
        contexts.append(context)
        return PageProbe(context.new_page())

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def probe(make_probe):
    return make_probe()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


