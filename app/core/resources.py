"""Where the data shipped with Klausul lives: a checkout, an installed tree, a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The folder holding `resources/` and `comparisons/`: the checkout root in development (and in
# the Windows installer's tree, which keeps the same layout), PyInstaller's unpack folder
# (`sys._MEIPASS`) in a frozen bundle. KLAUSUL_DATA overrides both (tests, portable use).
_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent.parent


def data_root() -> Path:
    """The folder that holds `resources/` and `comparisons/`."""
    override = os.environ.get("KLAUSUL_DATA")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return _CHECKOUT_ROOT


def resource(*parts: str) -> Path:
    """A file or folder under `resources/` (it may not exist; callers decide what that means)."""
    return data_root().joinpath("resources", *parts)


def i18n_folder() -> Path:
    """Compiled UI translations (`klausul_en.qm`)."""
    return resource("i18n")


def demo_folder() -> Path:
    """The bundled demo comparison (`manifest.json` and its agreements)."""
    return data_root() / "comparisons" / "demo"


def licences_folder() -> Path:
    """The licence texts of every bundled component and their index, `components.json`."""
    return resource("licences")
