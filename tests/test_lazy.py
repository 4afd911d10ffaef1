"""The one lazy seam (caselog.lazy): a module named there loads on first use, and the
modules marked ``with_store`` all load together when the store opens."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caselog import lazy


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A throwaway package whose first module, once loaded, declares a second one."""
    root = tmp_path / "lazy_probe"
    root.mkdir()
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "first.py").write_text(
        "from caselog import lazy\n"
        "VALUE = 1\n"
        "second = lazy.module('lazy_probe.second', with_store=True)\n",
        encoding="utf-8",
    )
    (root / "second.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(lazy, "_with_store", {})
    yield "lazy_probe"
    for name in [m for m in sys.modules if m.startswith("lazy_probe")]:
        del sys.modules[name]


def test_a_lazy_module_loads_on_first_use(package: str) -> None:
    first = lazy.module(f"{package}.first")
    assert f"{package}.first" not in sys.modules
    assert lazy.with_store() == ()  # on demand: not loaded with the store
    assert first.VALUE == 1
    assert f"{package}.first" in sys.modules
    with pytest.raises(AttributeError):
        _ = first.MISSING


def test_the_store_brings_every_module_marked_to_load_with_it(package: str) -> None:
    lazy.module(f"{package}.first", with_store=True)
    assert lazy.with_store() == (f"{package}.first",)
    loaded = [m.__name__ for m in lazy.load_with_store()]
    # the second was declared by the first while it loaded: loaded in the same call
    assert loaded == [f"{package}.first", f"{package}.second"]
    assert f"{package}.second" in sys.modules


def test_the_window_declares_the_case_lists_modules_to_load_with_the_store() -> None:
    import caselog.ui.main_window  # noqa: F401  (declares them)

    declared = set(lazy.with_store())
    assert {"caselog.store.services", "caselog.ui.case_list", "caselog.ui.controller"} <= declared
    assert "caselog.ui.case_view" not in declared  # built when a case is first shown
