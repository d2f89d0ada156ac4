"""The README documents every command and setting the code has (a new one must be documented)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.cli import app
from kg.settings import SETTINGS, BuildSettings, OutputSettings
from dataclasses import fields

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands))
def test_docs_readme_lists_every_cli_command(command):
    assert re.search(rf"`kg {re.escape(command)}\b", README), f"README does not document `kg {command}`"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_docs_readme_settings_table_has_every_row_of_the_settings_table(name):
    row = SETTINGS[name]
    line = next((l for l in README.splitlines() if l.startswith(f"| `{name}` |")), None)
    assert line is not None, f"README's settings table lacks `{name}`"
    cells = [c.strip() for c in line.strip("|").split("|")]
    assert cells[1] == row.shown_default, f"README gives {cells[1]!r} as the default of {name}, the table {row.shown_default!r}"
    assert cells[2] == row.cli, f"README gives {cells[2]!r} as the option of {name}, the table {row.cli!r}"
    assert cells[3] == row.help, f"README's help of {name} differs from the settings table"


@pytest.mark.parametrize("cls", [BuildSettings, OutputSettings])
def test_docs_every_settings_field_is_a_row_of_the_table(cls):
    for f in fields(cls):
        assert f.metadata["setting"] is SETTINGS[f.name]
        default = f.default_factory() if callable(f.default_factory) else f.default
        assert default == SETTINGS[f.name].value()


def test_docs_kg_build_options_take_their_defaults_and_help_from_the_settings_table():
    import typer.main

    cmd = typer.main.get_command(app).commands["build"]
    opts = {o: p for p in cmd.params if p.param_type_name == "option" for o in p.opts}
    for name, row in SETTINGS.items():
        flag = row.cli.split("/")[0]
        param = opts[flag]
        assert row.help[1:] in param.help
        if not callable(row.default) and name not in ("formats", "field_map", "cache_dir"):
            assert param.default == row.default, name
    assert opts["--formats"].default == ",".join(SETTINGS["formats"].default)


def test_docs_readme_quick_start_commands_exist():
    root = Path(__file__).resolve().parents[1]
    for script in re.findall(r"^(\.ci/\S+)", README, re.MULTILINE):
        assert (root / script).is_file(), script
    assert (root / ".ci" / "run").read_text().count(".ci/test") == 1


@pytest.mark.parametrize("relation", sorted(__import__("kg.schema", fromlist=["RELATIONS"]).RELATIONS))
def test_docs_graph_model_lists_every_relation_of_the_schema(relation):
    doc = (Path(__file__).resolve().parents[1] / "docs" / "graph-model.md").read_text(encoding="utf-8")
    assert f"| `{relation}` |" in doc, f"docs/graph-model.md has no row for the relation {relation}"


def test_docs_architecture_names_every_top_level_module_and_package():
    root = Path(__file__).resolve().parents[1]
    doc = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    for p in sorted((root / "kg").iterdir()):
        if p.name.startswith("_") or p.name in ("py.typed", "queries") or p.suffix not in (".py", ""):
            continue
        name = f"kg/{p.name}/" if p.is_dir() else f"kg/{p.name}"
        assert f"`{name}`" in doc, f"docs/architecture.md does not say what {name} is for"
