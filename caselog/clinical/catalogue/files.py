"""Reading the catalogue files, and how names and units are compared."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

from caselog.paths import resource_path


class CatalogueError(ValueError):
    """A catalogue file that cannot be read; the message names the file and the entry."""


def norm(text: str) -> str:
    """Lower case, accents and trade marks dropped, spaces collapsed: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("®", "").replace("™", "").lower()
    return re.sub(r"\s+", " ", text).strip()


@cache
def norm_unit(unit: str) -> str:
    """Units compared without case, spaces or the micro sign's spelling (µ, μ, u, mc)."""
    u = unit.replace("µ", "u").replace("μ", "u").replace("²", "2").replace("×", "x")
    u = re.sub(r"\s+", "", u).lower()
    u = u.replace("mcg", "ug").replace("micromol", "umol").replace("x10^", "10^")
    return u


def load(name: str) -> dict[str, Any]:
    try:
        path = resource_path(name)
    except FileNotFoundError as e:
        raise CatalogueError(str(e)) from e
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise CatalogueError(f"{path}: cannot read the catalogue: {e.strerror}") from e
    except json.JSONDecodeError as e:
        raise CatalogueError(f"{path}: line {e.lineno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: expected a JSON object at the top level")
    return data
