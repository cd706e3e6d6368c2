"""Test dist/Klausul-<version>-setup.exe under Wine, as a user without admin rights would use it.

In a fresh Wine prefix: silent install (/S, then again with /D=), the installed files equal the
build's, the HKCU keys (file association, Apps & Features) and the Start-menu shortcut exist;
the installed console CLI prints the same `inspect --json` as Linux for the demo files and for
a DOCX, an ODT and a PDF (apart from the source path), keeps its exit codes, `--selftest`
passes through both launchers; a silent uninstall leaves no file and no registry key behind.
Every Wine call has a time limit and the whole run a deadline. Wine's gaps are covered by the
test-only shims in shims.py. Prints one line per check and exits 0 when all passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
import shims  # noqa: E402

STEP_TIMEOUT = 300  # seconds for one Wine call; a hung installer fails instead of waiting
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Klausul"


class Failure(Exception):
    """A check failed."""


class Wine:
    """One Wine prefix and the environment every call in it uses."""

    def __init__(self, prefix: Path, deadline: float) -> None:
        self.prefix = prefix
        self.deadline = deadline
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
                    "WINEARCH": "win64",
                    # winemenubuilder would write .desktop files into the Linux home.
                    "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d"}

    def run(self, *args: str, check: bool = True, output: bool = True
            ) -> subprocess.CompletedProcess[bytes]:
        """Run a Windows program; its output through pipes (Wine cannot hand a redirected
        Unix file to a console program as its standard stream).

        output=False discards it instead: for wineboot and the (un)installers, which may
        start Wine's background services, and those would hold a pipe open forever."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise Failure("the test ran past its deadline")
        sink = subprocess.PIPE if output else subprocess.DEVNULL
        result = subprocess.run(["wine", *args], env=self.env, stdin=subprocess.DEVNULL,
                                stdout=sink, stderr=sink, timeout=min(STEP_TIMEOUT, left),
                                check=False)
        if check and result.returncode != 0:
            error = (result.stderr or b"").decode("utf-8", "replace")[-2000:]
            raise Failure(f"{' '.join(args[:3])}: exit {result.returncode}: {error}")
        return result

    def wait(self) -> None:
        """Wait until every process of the prefix ended (and the registry is written)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=STEP_TIMEOUT, check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    def user_folder(self) -> Path:
        users = self.prefix / "drive_c" / "users"
        return next(p for p in users.iterdir() if p.name != "Public")

    def windows_path(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def reg_query(self, key: str) -> str:
        result = self.run("reg", "query", key, check=False)
        return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else ""


def tree(folder: Path) -> dict[str, int]:
    """{relative POSIX path: size} of every file under `folder`."""
    return {p.relative_to(folder).as_posix(): p.stat().st_size
            for p in folder.rglob("*") if p.is_file()}


def fixtures(folder: Path) -> list[Path]:
    """The demo agreements plus a DOCX, an ODT and a PDF built by the test builders."""
    from tests.builders.docx_builder import build_docx, p
    from tests.builders.odt_builder import build_odt
    from tests.builders.pdf_builder import Item, build_pdf

    folder.mkdir(parents=True, exist_ok=True)
    files = sorted((ROOT / "comparisons" / "demo").glob("*.md"))
    docx = folder / "avtal.docx"
    docx.write_bytes(build_docx(
        p("1. Ansvar", style="Heading1")
        + p("Socialtjänsten ansvarar för utredning av barnets behov.")
        + p("Regionen ansvarar för hälso- och sjukvård – även för BUP.")))
    odt = folder / "avtal.odt"
    odt.write_bytes(build_odt(
        '<text:h text:outline-level="1">2. Samverkan</text:h>'
        "<text:p>Parterna möts två gånger per år och följer upp SIP.</text:p>"))
    pdf = folder / "avtal.pdf"
    pdf.write_bytes(build_pdf([
        Item("heading", "Uppföljning", 1, "3."),
        Item("paragraph", "Överenskommelsen följs upp årligen av länets styrgrupp."),
        Item("bullet", "Elevhälsan rapporterar antalet SIP-möten."),
    ]))
    return [*files, docx, odt, pdf]


def linux_inspect(path: Path) -> object:
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "app", "inspect",
                             str(path), "--json"], cwd=ROOT, capture_output=True, check=True,
                            timeout=120)
    return json.loads(result.stdout)


def without_source(payload: object) -> object:
    assert isinstance(payload, dict)
    return {**payload, "document": {**payload["document"], "source": None}}


class Run:
    """The checks, in order, each printed as it passes."""

    def __init__(self, installer: Path, stage: Path, work: Path, deadline: float) -> None:
        self.installer = installer
        self.stage = stage
        self.work = work
        self.wine = Wine(work / "prefix", deadline)
        self.started = time.monotonic()
        self.timings: dict[str, float] = {}

    def step(self, name: str, started: float) -> None:
        self.timings[name] = time.monotonic() - started
        print(f"ok    {name} ({self.timings[name]:.1f} s)", flush=True)

    def install_dir(self) -> Path:
        return self.wine.user_folder() / "AppData" / "Local" / "Programs" / "Klausul"

    def shortcut(self) -> Path:
        return (self.wine.user_folder() / "AppData" / "Roaming" / "Microsoft" / "Windows"
                / "Start Menu" / "Programs" / "Klausul.lnk")

    def all(self) -> None:
        started = time.monotonic()
        if self.work.exists():
            shutil.rmtree(self.work)
        self.work.mkdir(parents=True)
        self.wine.run("wineboot", "-i", output=False)
        self.wine.wait()
        self.step("Wine-prefix skapad", started)
        self.install_and_check(custom=False)
        self.cli_checks()
        self.uninstall_and_check(self.install_dir())
        self.install_and_check(custom=True)
        self.uninstall_and_check(self.work / "prefix" / "drive_c" / "Verktyg" / "Klausul")

    def install_and_check(self, custom: bool) -> None:
        started = time.monotonic()
        target = self.work / "prefix" / "drive_c" / "Verktyg" / "Klausul" if custom else None
        args = [str(self.installer), "/S"]
        if target is not None:
            args.append(r"/D=C:\Verktyg\Klausul")  # /D= comes last, unquoted
        self.wine.run(*args, output=False)
        self.wine.wait()
        self.step("tyst installation" + (" med /D=" if custom else ""), started)
        started = time.monotonic()
        installed = target or self.install_dir()
        expected = tree(self.stage)
        found = tree(installed)
        if set(found) - set(expected) != {"uninstall.exe"} or any(
                found.get(k) != v for k, v in expected.items()):
            missing = sorted(set(expected) - set(found))[:5]
            extra = sorted(set(found) - set(expected) - {"uninstall.exe"})[:5]
            raise Failure(f"installed files differ: missing {missing}, extra {extra}")
        if not self.shortcut().is_file():
            raise Failure("no Start-menu shortcut")
        self.check_keys(installed)
        self.step(f"{len(found)} filer, HKCU-nycklar och genväg", started)

    def check_keys(self, installed: Path) -> None:
        windows_dir = "C:\\" + installed.relative_to(self.work / "prefix" / "drive_c").as_posix(
            ).replace("/", "\\")
        uninstall = self.wine.reg_query(UNINSTALL_KEY)
        wanted = ["DisplayName", "DisplayVersion", "UninstallString", "QuietUninstallString",
                  "InstallLocation", "EstimatedSize", "DisplayIcon"]
        if any(name not in uninstall for name in wanted) or windows_dir not in uninstall:
            raise Failure(f"Apps & Features key incomplete:\n{uninstall}")
        if "Klausul.Project" not in self.wine.reg_query(r"HKCU\Software\Classes\.klausul"):
            raise Failure(".klausul is not associated with Klausul.Project")
        command = self.wine.reg_query(r"HKCU\Software\Classes\Klausul.Project\shell\open\command")
        icon = self.wine.reg_query(r"HKCU\Software\Classes\Klausul.Project\DefaultIcon")
        if f"{windows_dir}\\Klausul.exe" not in command or "Klausul.exe\",1" not in icon:
            raise Failure(f"open command or icon wrong:\n{command}\n{icon}")
        machine = self.wine.reg_query(r"HKLM\Software\Microsoft\Windows\CurrentVersion"
                                      r"\Uninstall\Klausul")
        if machine:
            raise Failure("the installer wrote to HKLM")

    def cli_checks(self) -> None:
        installed = self.install_dir()
        started = time.monotonic()
        patched = shims.install_shims(self.wine.prefix, installed, self.work / "shims")
        self.wine.env["WINEDLLOVERRIDES"] = str(patched["env"]["WINEDLLOVERRIDES"])  # type: ignore[index]
        self.step(f"Wine-shims (testkopia: {len(patched['patched'])} moduler)", started)  # type: ignore[arg-type]
        cli = str(installed / "bin" / "klausul.exe")
        gui = str(installed / "Klausul.exe")

        started = time.monotonic()
        version = self.wine.run(cli, "--version").stdout.decode().strip()
        if not version.startswith("klausul "):
            raise Failure(f"--version printed {version!r}")
        missing = self.wine.run(cli, "inspect", "saknas.docx", check=False)
        if missing.returncode != 2 or b"filen finns inte" not in missing.stderr:
            raise Failure(f"a missing file gave exit {missing.returncode}: {missing.stderr!r}")
        self.step(f"CLI: {version}, felkod 2 för saknad fil", started)

        started = time.monotonic()
        files = fixtures(self.work / "fixtures")
        for path in files:
            result = self.wine.run(cli, "inspect", self.wine.windows_path(path), "--json")
            windows = json.loads(result.stdout.decode("utf-8"))
            if without_source(windows) != without_source(linux_inspect(path)):
                raise Failure(f"inspect --json of {path.name} differs from Linux")
        self.step(f"inspect --json lika som Linux för {len(files)} filer", started)

        started = time.monotonic()
        result = self.wine.run(cli, "--selftest")
        lines = result.stdout.decode("utf-8").splitlines()
        if not lines or not lines[-1].startswith("självtest godkänt"):
            raise Failure(f"--selftest: {lines}")
        self.step(f"--selftest: {lines[-1]}", started)

        started = time.monotonic()
        kept = self.work / "selftest-gui"
        gui_run = self.wine.run(gui, "--selftest", "--keep", self.wine.windows_path(kept),
                                check=False, output=False)
        self.wine.wait()
        if gui_run.returncode != 0 or not (kept / "jamforelse.docx").is_file():
            raise Failure(f"windowed Klausul.exe --selftest: exit {gui_run.returncode}")
        quiet = self.wine.run(gui, "inspect", self.wine.windows_path(files[0]), "--json",
                              check=False)
        if quiet.returncode != 0:
            raise Failure(f"windowed inspect with no stdout: exit {quiet.returncode}")
        self.step("fönsterprogrammet utan konsol: självtest och inspect, felkod 0", started)

    def uninstall_and_check(self, installed: Path) -> None:
        started = time.monotonic()
        self.wine.run(str(installed / "uninstall.exe"), "/S", output=False)
        self.wine.wait()
        time.sleep(1)
        self.wine.wait()
        if installed.exists():
            raise Failure(f"left behind: {sorted(tree(installed))[:10]}")
        if self.shortcut().exists():
            raise Failure("the Start-menu shortcut is still there")
        registry = (self.wine.prefix / "user.reg").read_text("utf-8", "replace").lower()
        leftovers = [line for line in registry.splitlines() if "klausul" in line]
        if leftovers:
            raise Failure(f"registry entries left: {leftovers[:5]}")
        self.step("tyst avinstallation: inga filer, nycklar eller genvägar kvar", started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("installer", type=Path)
    parser.add_argument("--stage", type=Path, default=ROOT / "build" / "windows" / "Klausul")
    # Outside the checkout: a Wine prefix links Z: to / and would send any tool that walks the
    # tree with symlinks followed (setuptools' package finder in `pip install -e`) through
    # the whole file system.
    # A fresh folder per run: two runs sharing one prefix (two checkouts on one machine)
    # broke each other's installs in ways that looked like Wine failing at random.
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the prefix (default: a new temporary folder)")
    parser.add_argument("--deadline", type=float, default=900, help="seconds for the whole run")
    args = parser.parse_args()
    if args.work is None:
        args.work = Path(tempfile.mkdtemp(prefix="klausul-wine-test-"))
    run = Run(args.installer.resolve(), args.stage.resolve(), args.work.resolve(),
              time.monotonic() + args.deadline)
    try:
        run.all()
    except (Failure, subprocess.TimeoutExpired) as error:
        print(f"FEL   {error}", flush=True)
        print(f"(Wine-prefixet finns kvar i {run.work})", flush=True)
        return 1
    print(f"Wine-test godkänt på {time.monotonic() - run.started:.0f} s")
    subprocess.run(["wineserver", "-k"], env=run.wine.env, check=False)
    shutil.rmtree(run.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
