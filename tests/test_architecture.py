"""The layering rules: core never imports Qt or the UI; only the store talks SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_CORE = ("PySide6", "shiboken6", "app.ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _offenders(folder: Path, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_core_never_imports_qt_or_ui() -> None:
    assert _offenders(ROOT / "app" / "core", FORBIDDEN_IN_CORE) == []


def test_ui_does_not_talk_sql() -> None:
    assert _offenders(ROOT / "app" / "ui", ("sqlite3",)) == []


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(module)


NETWORK_MODULES = ("urllib", "http", "requests", "httpx", "ftplib", "smtplib", "xmlrpc",
                   "asyncio", "ssl", "PySide6.QtNetwork", "PySide6.QtWebEngineCore")


def test_nothing_imports_a_network_library() -> None:
    assert _offenders(ROOT / "app", NETWORK_MODULES) == []
    # socket only for the computer's name in lock files and working copies.
    users = {str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
             if "socket" in _imports(p)}
    assert users <= {"app/core/store/locking.py", "app/core/store/working_copy.py"}
    for name in users:
        calls = {node.attr for node in ast.walk(ast.parse((ROOT / name).read_text("utf-8")))
                 if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                 and node.value.id == "socket"}
        assert calls <= {"gethostname"}, (name, calls)


def test_the_network_guard_refuses_connections() -> None:
    import socket

    import pytest

    with pytest.raises(AssertionError, match="network use attempted"), \
            socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect(("127.0.0.1", 9))
