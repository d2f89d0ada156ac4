"""The README documents every command and setting the code has (a new one must be documented)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.cli import app
from kg.pipeline import SETTINGS_HELP, Settings
from dataclasses import fields

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands))
def test_docs_readme_lists_every_cli_command(command):
    assert re.search(rf"`kg {re.escape(command)}\b", README), f"README does not document `kg {command}`"


@pytest.mark.parametrize("setting", [f.name for f in fields(Settings)])
def test_docs_every_setting_has_help_and_a_readme_row(setting):
    assert SETTINGS_HELP.get(setting), f"Settings.{setting} has no help text in SETTINGS_HELP"
    assert f"| `{setting}` |" in README, f"README's settings table lacks `{setting}`"


def test_docs_readme_quick_start_commands_exist():
    root = Path(__file__).resolve().parents[1]
    for script in re.findall(r"^(\.ci/\S+)", README, re.MULTILINE):
        assert (root / script).is_file(), script
    assert (root / ".ci" / "run").read_text().count(".ci/test") == 1
