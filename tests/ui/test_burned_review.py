"""The review of burned-in text in the window's report and export flow (issue 14, images):
an image that would be refused is shown with its suspected place boxed in amber; "Cover with
redaction boxes" and "Mark checked" resolve it through the service, and Continue is enabled
only when no image is left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtGui import QImage

from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.burned_review import BurnedReviewDialog
from tests import burned_corpus as B
from tests.test_burned_text import _case_file

PLANTED = {p.name: p for p in B.planted()}


def _imported(store: Store, tmp_path: Path, name: str) -> int:
    path = _case_file(tmp_path, PLANTED[name].image.data, "ct.png")
    change = services.import_case_file(path, store=store)
    return int(change.created[0][0])


def _dialog(qtbot: Any, store: Store, case_id: int) -> BurnedReviewDialog:
    dialog = BurnedReviewDialog([case_id], store, what="report")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    return dialog


def _amber(img: QImage) -> int:
    """How many pixels of the picture are the review's amber outline."""
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), np.uint8, count=img.bytesPerLine() * h)
    rgb = arr.reshape(h, img.bytesPerLine())[:, : w * 3].reshape(h, w, 3).astype(int)
    return int(((rgb[..., 0] > 230) & (np.abs(rgb[..., 1] - 170) < 20) & (rgb[..., 2] < 30)).sum())


def test_a_diagonal_name_is_shown_boxed_and_covered(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    case_id = _imported(store, tmp_path, "diag-0")
    dialog = _dialog(qtbot, store, case_id)
    assert len(dialog.items) == 1 and not dialog.continue_button.isEnabled()
    picture = dialog.pictures[0].pixmap().toImage()
    assert _amber(picture) > 100  # the place is boxed in the picture
    dialog.pictures[0].pixmap().save(str(tmp_path / "review.png"))
    with qtbot.waitSignal(dialog.loaded, timeout=60000):
        dialog.cover_buttons[0].click()
    assert dialog.items == [] and dialog.continue_button.isEnabled()
    [image] = services.get_case(case_id, store=store).events[0].images
    assert [a.kind for a in image.annotations] == ["redact"]


def test_an_image_marked_checked_is_left_alone(qtbot: Any, store: Store, tmp_path: Path) -> None:
    case_id = _imported(store, tmp_path, "tiled-1")
    dialog = _dialog(qtbot, store, case_id)
    assert len(dialog.items) == 1 and "across the whole image" in dialog.items[0].message
    with qtbot.waitSignal(dialog.loaded, timeout=60000):
        dialog.checked_buttons[0].click()
    assert dialog.items == [] and dialog.continue_button.isEnabled()
    assert services.get_case(case_id, store=store).events[0].images[0].marks_accepted


def test_the_figure_editor_boxes_the_suspected_place_on_its_canvas(
    qtbot: Any, tmp_path: Path
) -> None:
    from caselog.ui.forms.figure_editor import FigureEditor

    editor = FigureEditor([PLANTED["diag-1"].image], 0)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor.drawn_generation == editor.generation, timeout=30_000)
    assert len(editor.canvas.suspects) == 1 and "text-like marks" in editor.warning.text()
    shot = editor.canvas.grab().toImage()
    shot.save(str(tmp_path / "editor.png"))
    assert _amber(shot) > 100  # the dashed amber box is painted over the figure
    editor.cover_button.click()
    qtbot.waitUntil(lambda: editor.drawn_generation == editor.generation, timeout=30_000)
    assert editor.canvas.suspects == [] and editor.found == []
