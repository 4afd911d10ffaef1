"""A CSL-JSON item formatted by a journal's CSL style (citeproc-py), as plain text.

The styles ship in ``resources/csl`` (CC BY-SA 3.0, from the CSL styles repository; see its
README): Vancouver, AMA, Cureus, and CMAJ (a dependent style: its independent parent,
Vancouver, formats it). Every style reads the en-US locale shipped beside them.

Each item is formatted alone, as its style's bibliography entry without the entry's number:
the report numbers the list itself, in order of first citation (``caselog.report.citations``).
Two fixes are made to the style as read, neither changing what the style asks:

- the entry's ``citation-number`` is taken out of the bibliography's layout;
- a ``<date form="...">`` that uses a localized date takes that date's ``delimiter`` (CSL:
  the localized format's delimiter applies; citeproc-py 0.11 joins the parts with none,
  printing "2016Oct20" for Vancouver's "2016 Oct 20").
"""

from __future__ import annotations

import io
import json
import re
import threading
from functools import cache, lru_cache
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.frontend import CitationStylesXML
from citeproc.source.json import CiteProcJSON
from lxml import etree

from caselog.core.model import CslItem
from caselog.paths import resource_path

CSL = "{http://purl.org/net/xbiblio/csl}"
STYLES = {  # a style's name -> its file in resources/csl
    "vancouver": "vancouver.csl",
    "ama": "american-medical-association.csl",
    "cureus": "cureus.csl",
    "cmaj": "canadian-medical-association-journal.csl",
}
TEMPLATE_STYLES = {"cureus": "cureus", "cmaj": "cmaj", "series": "vancouver"}
"""The style each report template formats its references in."""

LOCALE = "locales-en-US.xml"
_ZOTERO = "http://www.zotero.org/styles/"
_lock = threading.Lock()  # citeproc-py says nothing of threads: one formatting at a time


class StyleError(ValueError):
    """A style name caselog does not ship."""


def style_for_template(template: str) -> str:
    return TEMPLATE_STYLES.get(template, "vancouver")


def _parse(name: str) -> Any:
    return etree.parse(str(resource_path("csl", name)))


@cache
def _style_xml(style: str) -> bytes:
    """The style's XML as citeproc-py will read it (its parent's, for a dependent one)."""
    if style not in STYLES:
        raise StyleError(f"no CSL style {style!r}: caselog ships {', '.join(sorted(STYLES))}")
    tree = _parse(STYLES[style])
    parent = tree.find(f"{CSL}info/{CSL}link[@rel='independent-parent']")
    if parent is not None:
        href = str(parent.get("href"))
        shipped = {v.removesuffix(".csl"): v for v in STYLES.values()}
        name = href.removeprefix(_ZOTERO)
        if name not in shipped:
            raise StyleError(f"{STYLES[style]} depends on {href}, which caselog does not ship")
        tree = _parse(shipped[name])
    root = tree.getroot()
    for layout in root.iterfind(f"{CSL}bibliography/{CSL}layout"):
        for number in layout.iterfind(f"{CSL}text[@variable='citation-number']"):
            layout.remove(number)
    locale = _parse(LOCALE).getroot()
    for date in root.iter(f"{CSL}date"):
        form = date.get("form")
        if form is None or date.get("delimiter") is not None:
            continue
        own = [
            d
            for d in root.iterfind(f"{CSL}locale/{CSL}date[@form='{form}']")
            if d.get("delimiter") is not None
        ]
        found = own or locale.findall(f"{CSL}date[@form='{form}']")
        if found and found[0].get("delimiter") is not None:
            date.set("delimiter", found[0].get("delimiter"))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


def _style(style: str) -> CitationStylesStyle:
    s = CitationStylesStyle(io.BytesIO(_style_xml(style)), locale="en-US", validate=False)
    root = s.root
    own = [loc for loc in root.locales if loc.getparent() is not None]  # in the style
    shipped = CitationStylesXML(str(resource_path("csl", LOCALE)), validate=False).root
    root.locales = [*own, shipped]
    for loc in root.locales:
        loc.style = root
    return s


def format_item(item: CslItem, style: str) -> str:
    """The item as ``style`` prints it in a reference list, without its number (kept for
    the next report of the same item: citeproc-py takes some 20 ms an item)."""
    return _formatted(json.dumps(item.data, sort_keys=True, ensure_ascii=False), style)


@lru_cache(maxsize=2048)
def _formatted(item_json: str, style: str) -> str:
    data = json.loads(item_json)
    data["id"] = "item"  # citeproc-py lowercases keys; the text cites by the item's own id
    with _lock:
        s = _style(style)
        bib = CitationStylesBibliography(s, CiteProcJSON([data]), formatter.plain)
        bib.register(Citation([CitationItem("item")]))
        entries = [str(e) for e in bib.bibliography()]
    return _DANGLING.sub("", " ".join(" ".join(entries).split()))


# The separator a style prints after a part that an absent volume or page would have followed
# ("2023;." and "16:." for an article with no volume or no pages, "2023;:e12" with no
# volume): the styles print it unconditionally, so it is dropped before the full stop that
# closes the part or the separator that follows it.
_DANGLING = re.compile(r"\s*[;:,]+(?=\.(?:\s|$))|[;,](?=[;:,])")
