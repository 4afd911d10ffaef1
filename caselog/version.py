"""caselog's version: read from the installed package's metadata, whose one source is
``version`` in ``pyproject.toml`` (``caselog --version``, the About box, the "database too
new" message)."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The version of the installed caselog, e.g. ``0.1.0`` (``unknown`` when caselog runs
    from a folder that was never installed, so it has no metadata)."""
    from importlib import metadata  # about 80 ms to load: only when the version is asked for

    try:
        return metadata.version("caselog")
    except metadata.PackageNotFoundError:
        return "unknown"
