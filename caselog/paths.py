"""Where caselog's own data files are: ``resources/`` (fonts, catalogues, rules) and ``db/``
(the Alembic environment and migrations).

In a checkout or an editable install they sit beside the package (``<repo>/resources``,
``<repo>/db``); a wheel carries them inside it (``caselog/_resources``, ``caselog/_db``,
see ``force-include`` in ``pyproject.toml``). Every caller finds them through here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``name`` ("resources" or "db"): inside the package when installed from a
    wheel, else beside it. FileNotFoundError naming both places when neither exists."""
    places = (PACKAGE / f"_{name}", PACKAGE.parent / name)
    for place in places:
        if place.is_dir():
            return place
    raise FileNotFoundError(
        f"caselog's {name} folder is missing (looked in {places[0]} and {places[1]})"
    )


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``: ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return data_dir("resources").joinpath(*parts)


def db_path() -> Path:
    """The Alembic folder (``env.py``, ``versions/``)."""
    return data_dir("db")
