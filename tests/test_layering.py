"""DESIGN.md's one rule: the core never imports Qt, the UI never imports SQLAlchemy, text/ is pure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "crm_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            relative = ".".join(base.relative_to(PACKAGE.parent).parts)
            names.add(f"{relative}.{node.module}" if node.module else relative)
    return names


MODULES = sorted(PACKAGE.rglob("*.py"))


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else path.stem


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_respects_layers(path: Path) -> None:
    layer, imported = _layer(path), _imports(path)
    qt = {name for name in imported if name.split(".")[0] == "PySide6"}
    if layer != "ui":
        assert not qt, f"{path.name} is below the UI and imports Qt: {qt}"
    else:
        sqla = {name for name in imported if name.split(".")[0] == "sqlalchemy"}
        assert not sqla, f"UI module {path.name} imports SQLAlchemy directly: {sqla}"
    if layer == "text":
        inner = {n for n in imported if n.startswith("crm_desktop.") and not n.startswith("crm_desktop.text")}
        assert not inner, f"text/ must stay pure, but {path.name} imports {inner}"
    if layer in ("db", "text"):
        upward = {n for n in imported if n.startswith(("crm_desktop.services", "crm_desktop.cli", "crm_desktop.ui"))}
        assert not upward, f"{path.name} imports a higher layer: {upward}"


def test_the_walk_sees_the_package() -> None:
    assert len(MODULES) > 20
    assert any(_layer(p) == "ui" for p in MODULES) and any(_layer(p) == "services" for p in MODULES)
