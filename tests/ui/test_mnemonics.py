"""Keyboard mnemonics: among what one Alt+letter can reach, each letter is used once.

A letter used twice makes Alt+letter cycle between the two instead of going where the label
says. Everything shown at once counts: the menu bar, the case's title above the tabs, and the
tab in front (with the event form, on the timeline). The tabs themselves take Ctrl+1 to Ctrl+4
and no letter, which leaves their letters to the fields.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from caselog.core.vocab import EVENT_KINDS
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.main_window import MainWindow
from caselog.ui.resources import example_case_file
from tests.ui.helpers import make_window


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def letters(root: QWidget, *, skip: QWidget | None = None) -> dict[str, list[str]]:
    """Each mnemonic letter shown under ``root`` (not under ``skip``) with its texts."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if skip is not None and (widget is skip or skip.isAncestorOf(widget)):
            continue
        letter = mnemonic(_text(widget))
        if letter is not None:
            found[letter].append(_text(widget))
    return found


def clashes(found: dict[str, list[str]], reserved: set[str]) -> dict[str, list[str]]:
    return {k: v for k, v in found.items() if len(v) > 1 or k in reserved}


@pytest.fixture
def window(qtbot: Any, store: Store, settings: QSettings) -> MainWindow:
    services.import_case_file(example_case_file(), store=store)
    shown, _ = make_window(qtbot, store, settings)
    shown.open_case(services.list_cases(store=store)[0].id)
    return shown


def menu_letters(window: MainWindow) -> set[str]:
    menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
    return {m for m in menus if m is not None}


def test_the_tabs_take_ctrl_digits_and_leave_letters_to_the_fields(window: MainWindow) -> None:
    tabs = window.case_view.tabs
    assert [mnemonic(tabs.tabText(i)) for i in range(tabs.count())] == [None] * 5
    assert [a.shortcut().toString() for a in window.tab_actions] == [
        f"Ctrl+{i}" for i in range(1, 6)
    ]


def test_each_tab_uses_each_letter_once(window: MainWindow) -> None:
    view = window.case_view
    reserved = menu_letters(window)
    assert reserved == set("fecpsh")
    above = letters(window, skip=view.tabs)  # the title, reachable from any tab
    assert clashes(above, reserved) == {}
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        tab = view.tabs.widget(i)
        assert tab is not None
        found = letters(tab)
        for letter, texts in above.items():
            found[letter] += texts
        assert len(found) >= 4, view.tabs.tabText(i)  # the fields have letters at all
        assert clashes(found, reserved) == {}, view.tabs.tabText(i)


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_each_event_form_uses_each_letter_once(window: MainWindow, kind: str) -> None:
    view = window.case_view
    view.tabs.setCurrentIndex(view.TIMELINE)
    view.timeline.start_new(kind)
    form = letters(view.timeline.editor)
    assert "d" in form and form["d"] == ["&Date *"]  # Alt+D goes to the date in every form
    found = letters(view.timeline)  # the form with the timeline's own buttons
    for letter, texts in letters(window, skip=view.tabs).items():
        found[letter] += texts
    assert clashes(found, menu_letters(window)) == {}, kind


def test_the_welcome_view_uses_each_letter_once(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    assert window.stack.currentWidget() is window.welcome  # an empty database
    found = letters(window.welcome)
    assert sorted(found) == ["i", "n", "x"]  # Import, New case, the eXample
    assert clashes(found, menu_letters(window)) == {}


def test_a_clash_is_found() -> None:
    """The check itself: two labels with one letter, and a letter the menus hold."""
    root = QWidget()
    QLabel("&Name", root)
    QLabel("Re&cord", root)
    QLabel("&Notes", root)
    assert clashes(letters(root), {"c"}) == {"n": ["&Name", "&Notes"], "c": ["Re&cord"]}
