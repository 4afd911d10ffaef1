"""User text on its way into a ReportLab ``Paragraph``: escaped, so that markup prints as
typed and never acts (no tags, no images pulled from disk)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(text: str) -> str:
    """User text without control characters (a tab a space, line breaks ``\n``): what
    prints, in the PDF and in the Word file alike."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\t", " "))


def esc(text: str) -> str:
    """Plain text as Paragraph markup: ``<b>`` prints as ``<b>``, line breaks stay."""
    return escape(plain(text)).replace("\n", "<br/>")
