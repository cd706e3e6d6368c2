"""TEST-ONLY Wine shims (never in the installer): what Wine 8 lacks and Windows 10 has.

- Wine's ucrtbase has no C99 complex functions, so numpy and scipy abort on import. Wine
  resolves the api-ms-win-crt-math API set itself (a replacement DLL of that name is never
  loaded), so the few installed modules that import complex functions get, in the test's
  installed copy only, their import of api-ms-win-crt-math-l1-1-0.dll renamed to a shim DLL
  of the same name length in the prefix's system32. The shim implements the complex
  functions (complex_shim.c) and forwards every other function those modules import to
  ucrtbase.
- Python 3.13's platform module asks WMI, which Wine cannot answer: `_wmi` is disabled, so
  platform falls back to the registry, as on older Windows.
- Qt6Core imports ICU's `ucnv_*` from Windows' own icuuc.dll (Windows 10 1903+); Wine has
  none. Only the GUI needs it, and this test drives the CLI and the self-test only.
The test checks the installed files against the build before it patches anything.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
MATH_APISET = "api-ms-win-crt-math-l1-1-0"
MINGW = "x86_64-w64-mingw32-"
# The same length as the API set's name, so the import table can be patched in place.
SHIM_NAME = "klausul-wine-shim-math-1-0.dll"
assert len(SHIM_NAME) == len(MATH_APISET + ".dll")
OVERRIDES = "_wmi.pyd=d;mscoree,mshtml=;winemenubuilder.exe=d"
_IMPORT_LINE = re.compile(r"^\s+[0-9a-f]+\s+\d+\s+(\S+)$")


def math_imports(tree: Path) -> dict[Path, set[str]]:
    """{binary: functions it imports from the math API set} for the tree's DLLs and modules."""
    found: dict[Path, set[str]] = {}
    binaries = [p for p in tree.rglob("*") if p.suffix.lower() in (".dll", ".pyd", ".exe")]
    for binary in binaries:
        dump = subprocess.run([f"{MINGW}objdump", "-p", str(binary)], capture_output=True,
                              text=True, check=False).stdout
        current = ""
        for line in dump.splitlines():
            if "DLL Name:" in line:
                current = line.split("DLL Name:")[1].strip().lower()
                continue
            match = _IMPORT_LINE.match(line)
            if match and current == f"{MATH_APISET}.dll":
                found.setdefault(binary, set()).add(match.group(1))
    return found


def implemented(obj: Path) -> set[str]:
    """The functions the compiled complex_shim.c implements (its shim_NAME symbols)."""
    symbols = subprocess.run([f"{MINGW}nm", "--defined-only", str(obj)], capture_output=True,
                             text=True, check=True).stdout
    return {line.split()[-1].removeprefix("shim_") for line in symbols.splitlines()
            if line.split()[-1].startswith("shim_") and " T " in line}


def build_math_shim(wanted: set[str], target: Path, work: Path) -> int:
    """Compile the shim DLL to `target`; returns how many exports it forwards to ucrtbase."""
    work.mkdir(parents=True, exist_ok=True)
    obj = work / "complex_shim.o"
    subprocess.run([f"{MINGW}gcc", "-O2", "-Wall", "-Werror", "-c", str(HERE / "complex_shim.c"),
                    "-o", str(obj)], check=True)
    own = implemented(obj)
    lines = [f"LIBRARY {SHIM_NAME}", "EXPORTS"]
    forwarded = 0
    for name in sorted(wanted | own):
        if name in own:
            lines.append(f"  {name}=shim_{name}")
        else:
            lines.append(f"  {name}=ucrtbase.{name}")
            forwarded += 1
    definition = work / "shim.def"
    definition.write_text("\n".join(lines) + "\n", encoding="ascii")
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([f"{MINGW}gcc", "-O2", "-shared", "-o", str(target), str(obj),
                    str(definition), "-static-libgcc", "-s"], check=True)
    return forwarded


def patch_import(binary: Path) -> None:
    """Point the binary's math API-set import at the shim (same length, in place)."""
    data = binary.read_bytes()
    pattern = re.compile(re.escape(MATH_APISET + ".dll").encode(), re.IGNORECASE)
    patched, count = pattern.subn(SHIM_NAME.encode(), data)
    if count != 1:
        raise RuntimeError(f"{binary.name}: {count} math API-set names, expected 1")
    binary.write_bytes(patched)


def install_shims(prefix: Path, installed: Path, work: Path) -> dict[str, object]:
    """Put the shims in place; returns what was done and the environment Wine runs need."""
    system32 = prefix / "drive_c" / "windows" / "system32"
    complex_names = implemented_names(work)
    imports = math_imports(installed)
    affected = {b: names for b, names in imports.items() if names & complex_names}
    wanted = set().union(*affected.values()) if affected else set()
    forwarded = build_math_shim(wanted, work / SHIM_NAME, work)
    shutil.copy2(work / SHIM_NAME, system32 / SHIM_NAME)
    for binary in affected:
        patch_import(binary)
    return {"env": {"WINEDLLOVERRIDES": OVERRIDES}, "forwarded": forwarded,
            "patched": sorted(str(b.relative_to(installed)) for b in affected)}


def implemented_names(work: Path) -> set[str]:
    """The function names complex_shim.c implements (compiled once to read its symbols)."""
    work.mkdir(parents=True, exist_ok=True)
    obj = work / "complex_shim.o"
    subprocess.run([f"{MINGW}gcc", "-O2", "-Wall", "-Werror", "-c", str(HERE / "complex_shim.c"),
                    "-o", str(obj)], check=True)
    return implemented(obj)
