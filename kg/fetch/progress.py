"""The progress display of ``kg fetch``/``kg update``: a rich bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys

from rich.console import Console

from .run import Progress

__all__ = ["ConsoleProgress"]


class ConsoleProgress(Progress):
    """A bar of requests (saved or resumed) on stderr; each retry is printed, as it costs time."""

    def __init__(self, source: str, console: Console, quiet: bool = False) -> None:
        self.source = source
        self.console = console
        self.quiet = quiet
        self._bar = None
        self._task = None

    def total(self, n: int | None) -> None:
        if self.quiet or not self.console.is_terminal:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn

        self._bar = Bar(TextColumn(f"{self.source:16}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.description}"), console=self.console, transient=True)
        self._bar.start()
        self._task = self._bar.add_task("", total=n)

    def advance(self, label: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=label)

    def retry(self, event: dict) -> None:
        if not self.quiet:
            print(f"  retry {event['attempt']} of {event['url']} in {event['wait']:.1f} s ({event['reason']})",
                  file=sys.stderr)

    def done(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
