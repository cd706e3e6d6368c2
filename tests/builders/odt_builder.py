"""Build minimal valid ODT packages from a content.xml body snippet."""

from __future__ import annotations

import io
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
NUMBERED_LIST_STYLE = (
    '<text:list-style style:name="Num">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    '</text:list-style>'
    '<style:style style:name="Fet" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
)


ODT_MIME = "application/vnd.oasis.opendocument.text"


def build_odt(body: str, *, automatic_styles: str = NUMBERED_LIST_STYLE, title: str = "",
              encrypted: bool = False, mimetype: str | None = ODT_MIME,
              parts: dict[str, str] | None = None, without: tuple[str, ...] = ()) -> bytes:
    """An ODT package: mimetype stored first, manifest, content, meta.

    `mimetype` None leaves the entry out, a damaged one is written as given (the manifest
    names the text media type either way);
    `parts` adds or replaces parts by name, `without` leaves parts out."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
               f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body>"
               f"</office:document-content>")
    media_type = mimetype if mimetype and mimetype.startswith("application/") else ODT_MIME
    encryption = ('<manifest:encryption-data manifest:checksum-type="SHA1"/>'
                  if encrypted else "")
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {NS}>'
                '<manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="{media_type}"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" '
                f'manifest:media-type="text/xml">{encryption}</manifest:file-entry>'
                "</manifest:manifest>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}>'
            f"<office:meta><dc:title>{title}</dc:title></office:meta></office:document-meta>")
    entries = {"META-INF/manifest.xml": manifest, "content.xml": content, "meta.xml": meta,
               **(parts or {})}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        if mimetype is not None:
            package.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        for name, text in entries.items():
            if name not in without:
                package.writestr(name, text, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
