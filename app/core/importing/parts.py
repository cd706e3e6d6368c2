"""Side parts of a package (styles, numbering, notes, metadata): read when sound, skipped
with a named warning when damaged, so a sound body still imports."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from app.core.errors import DocumentReadError, DocumentWarning, ReadProblem, ReadWarning
from app.core.importing.containers import Package, parse_xml

# What a damaged side part may be; forbidden XML, zip bombs and encryption still refuse.
_DAMAGE = (ReadProblem.BROKEN_XML, ReadProblem.TRUNCATED)


def side_part(package: Package, name: str, loss: ReadWarning, warnings: list[DocumentWarning],
              convert: Callable[[bytes], bytes] | None = None) -> etree._Element | None:
    """The parsed part, None when the package lacks it, or None with a warning naming the
    part and what is lost (`loss`) when it is damaged."""
    if not package.has(name):
        return None
    try:
        data = package.read(name)
        return parse_xml(convert(data) if convert else data, package.path)
    except DocumentReadError as error:
        if error.problem not in _DAMAGE:
            raise
        warnings.append(DocumentWarning(loss, name))
        return None
