"""The layering rules: no import cycle, core never imports Qt or the UI, only the store talks
SQL, modules stay small, nothing imports a network library."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
FORBIDDEN_IN_CORE = ("PySide6", "shiboken6", "app.ui", "app.cli")
MAX_LINES = 400
_SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|BEGIN|COMMIT|ROLLBACK"
                  r"|PRAGMA|VACUUM|SAVEPOINT)\b")


def _import_statements(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import in a file, anywhere in it (functions and
    TYPE_CHECKING blocks too); `import a.b` gives ("a.b", [])."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def _imports(path: Path) -> set[str]:
    """Every module name a file imports, with `from a import b` also giving a.b."""
    names: set[str] = set()
    for module, members in _import_statements(path):
        names.add(module)
        names.update(f"{module}.{member}" for member in members)
    return names


def _module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(folder: Path, root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the modules of the same tree it imports (`from a import b` counts as a.b
    when that is a module, else as a)."""
    modules = {_module_name(p, root): p for p in folder.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for module, members in _import_statements(path):
            submodules = {f"{module}.{m}" for m in members} & modules.keys()
            targets |= submodules
            # `from pkg import sub` needs only the submodule (a package's own __init__ is
            # not an edge of it); `from pkg import name` needs pkg itself.
            if not members or len(submodules) < len(members):
                targets.add(module)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _offenders(folder: Path, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return sorted(set(found))


def sql_outside_store(folder: Path) -> list[str]:
    """Files outside <folder>/core/store/ that import sqlite3, call execute(), or hold SQL."""
    found = []
    store = folder / "core" / "store"
    root = folder.parent
    for path in sorted(folder.rglob("*.py")):
        if store in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and _SQL.match(node.value):
                found.append(f"{path.relative_to(root)}:{node.lineno} SQL text")
            elif isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany",
                                                                    "executescript"):
                found.append(f"{path.relative_to(root)}:{node.lineno} .{node.attr}")
        if "sqlite3" in _imports(path):
            found.append(f"{path.relative_to(root)} imports sqlite3")
    return found


def test_no_import_cycle_anywhere_in_app() -> None:
    assert cycles(import_graph(APP)) == []


def test_core_never_imports_qt_the_ui_or_the_cli() -> None:
    assert _offenders(APP / "core", FORBIDDEN_IN_CORE) == []


def test_only_the_store_talks_sql() -> None:
    assert sql_outside_store(APP) == []


def test_no_module_is_longer_than_the_limit() -> None:
    long = {str(p.relative_to(ROOT)): n for p in APP.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_checks_catch_what_they_guard(tmp_path: Path) -> None:
    package = tmp_path / "app"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "core" / "__init__.py").write_text("", encoding="utf-8")
    (package / "core" / "a.py").write_text("def f():\n    from app.core import b\n",
                                          encoding="utf-8")
    (package / "core" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.core.a import f\n"
        "Q = 'SELECT * FROM t'\n", encoding="utf-8")
    assert cycles(import_graph(package, tmp_path)) == [["app.core.a", "app.core.b"]]
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(module)
    assert any("SQL text" in line for line in sql_outside_store(package))


NETWORK_MODULES = ("urllib", "http", "requests", "httpx", "ftplib", "smtplib", "xmlrpc",
                   "asyncio", "ssl", "PySide6.QtNetwork", "PySide6.QtWebEngineCore")


def test_nothing_imports_a_network_library() -> None:
    assert _offenders(APP, NETWORK_MODULES) == []
    # socket only for the computer's name in lock files and working copies.
    users = {str(p.relative_to(ROOT)) for p in APP.rglob("*.py") if "socket" in _imports(p)}
    assert users <= {"app/core/store/locking.py", "app/core/store/working_copy.py"}
    for name in users:
        calls = {node.attr for node in ast.walk(ast.parse((ROOT / name).read_text("utf-8")))
                 if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                 and node.value.id == "socket"}
        assert calls <= {"gethostname"}, (name, calls)


def test_the_network_guard_refuses_connections() -> None:
    import socket

    with pytest.raises(AssertionError, match="network use attempted"), \
            socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect(("127.0.0.1", 9))
