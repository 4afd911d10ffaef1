"""The figure editor: window presets, crop, the annotation tools, undo and delete, the
burned-in text warning, and the panel preview, drawn by the functions the PDF prints with."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, Qt

from caselog.core.figure import Crop, Window
from caselog.core.model import Image
from caselog.figures import compose, panels
from caselog.interchange.images import load_image
from caselog.ui.forms.figure_editor import FigureEditor
from caselog.ui.forms.image_list import ImageListEditor
from tests import dicom_fixture as F


def _editor(qtbot: Any, images: list[Image], index: int = 0) -> FigureEditor:
    editor = FigureEditor(images, index)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    _settled(qtbot, editor)
    return editor


def _settled(qtbot: Any, editor: FigureEditor) -> None:
    qtbot.waitUntil(lambda: editor.drawn_generation == editor.generation, timeout=10_000)


def _drag(
    qtbot: Any, editor: FigureEditor, start: tuple[float, float], end: tuple[float, float]
) -> None:
    c = editor.canvas
    a, b = c.point(start).toPoint(), c.point(end).toPoint()
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(c, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(c, pos=b)
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=b)
    _settled(qtbot, editor)


def _pixels(qimage: Any) -> np.ndarray:
    image = qimage.convertToFormat(qimage.Format.Format_RGB888)
    ptr = image.constBits()
    arr = np.frombuffer(ptr, np.uint8, image.sizeInBytes()).copy()  # the QImage is freed after
    rows = arr.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    return rows.reshape(image.height(), image.width(), 3)


def test_the_tools_draw_annotations_that_undo_and_delete(qtbot: Any) -> None:
    ct = load_image(F.ct_slice(), name="ct.dcm")
    editor = _editor(qtbot, [ct])
    editor.colour.setCurrentIndex(editor.colour.findData("yellow"))
    _drag(qtbot, editor, (0.8, 0.9), (0.6, 0.6))
    [arrow] = editor.image().annotations
    assert arrow.kind == "arrow" and arrow.color == "yellow"
    assert abs(arrow.end[0] - 0.6) < 0.02 and abs(arrow.end[1] - 0.6) < 0.02  # type: ignore[index]
    editor.tool_buttons["circle"].click()
    _drag(qtbot, editor, (0.5, 0.5), (0.7, 0.7))
    editor.tool_buttons["label"].click()
    editor.label_text.setText("L3")
    c = editor.canvas
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, pos=c.point((0.3, 0.5)).toPoint())
    _settled(qtbot, editor)
    assert [a.kind for a in editor.image().annotations] == ["arrow", "circle", "label"]
    assert editor.items.count() == 3 and "L3" in editor.items.item(2).text()
    editor.undo()
    assert [a.kind for a in editor.image().annotations] == ["arrow", "circle"]
    editor.items.setCurrentRow(0)
    editor.delete_button.click()
    assert [a.kind for a in editor.image().annotations] == ["circle"]
    _settled(qtbot, editor)
    # the canvas shows exactly what prints at its size
    shown = _pixels(editor.canvas.pixmap.toImage())
    size = (shown.shape[1], shown.shape[0])
    printed = np.asarray(compose.compose_image(editor.image(), size).convert("RGB"))
    assert np.array_equal(shown, printed)


def test_crop_and_window_presets(qtbot: Any) -> None:
    ct = load_image(F.ct_slice(burned=False), name="ct.dcm")
    editor = _editor(qtbot, [ct])
    assert editor.window_box.isEnabled()
    editor.preset.setCurrentIndex(editor.preset.findData("soft tissue"))
    editor.preset.activated.emit(editor.preset.currentIndex())
    assert editor.image().window == Window(40, 400)
    editor.tool_buttons["crop"].click()
    _drag(qtbot, editor, (0.25, 0.25), (0.75, 0.75))
    crop = editor.image().crop
    assert crop is not None and abs(crop.left - 0.25) < 0.02 and abs(crop.right - 0.75) < 0.02
    editor.uncrop()
    assert editor.image().crop is None
    editor.center.setValue(300)
    editor.width_.setValue(1500)
    editor.center.editingFinished.emit()
    assert editor.image().window == Window(300, 1500)
    assert editor.preset.currentData() == "custom"


def test_the_burned_in_name_is_warned_about_and_covered(qtbot: Any) -> None:
    ct = load_image(F.ct_slice(), name="ct.dcm")
    editor = _editor(qtbot, [ct])
    assert not editor.warning.isHidden() and "top left corner" in editor.warning.text()
    editor.cover_button.click()
    _settled(qtbot, editor)
    assert [a.kind for a in editor.image().annotations] == ["redact"]
    assert editor.warning.isHidden() and editor.found == []


def test_the_panel_preview_is_the_printed_layout(qtbot: Any) -> None:
    """The preview is the page's own grid (its width, each shape's tallest row), drawn
    smaller: the Cureus page's rows and the CMAJ clinical image's lower ones."""
    from reportlab.lib.pagesizes import LETTER

    from caselog.report.render.base import ReportRenderer
    from caselog.report.render.cmaj import FIGURE_HEIGHT

    assert LETTER[0] - 2 * ReportRenderer.margin == panels.PAGE_WIDTH  # the page's width
    assert panels.PAGES["cmaj"] == FIGURE_HEIGHT
    a = load_image(F.ct_slice(burned=False), name="a.dcm")
    b = load_image(F.ct_slice(128, burned=False), name="b.dcm")
    editor = _editor(qtbot, [a, b], index=1)
    editor.tool_buttons["box"].click()
    _drag(qtbot, editor, (0.2, 0.2), (0.6, 0.6))
    scale = 360.0 / panels.PAGE_WIDTH
    shown = _pixels(editor.preview.pixmap().toImage())
    expected = np.asarray(panels.preview([a, editor.image()], panels.PAGE_WIDTH, scale))
    assert np.array_equal(shown, expected)
    grid = panels.rows([(256, 256), (128, 128)], panels.PAGE_WIDTH)
    assert len(grid) == 1 and len(grid[0]) == 2  # two panels side by side, as the page
    editor.page.setCurrentIndex(editor.page.findData("cmaj"))
    _settled(qtbot, editor)
    cmaj = _pixels(editor.preview.pixmap().toImage())
    assert np.array_equal(
        cmaj,
        np.asarray(panels.preview([a, editor.image()], panels.PAGE_WIDTH, scale, FIGURE_HEIGHT)),
    )
    assert cmaj.shape[0] < shown.shape[0]  # CMAJ's rows are lower


def test_the_image_list_takes_a_dicom_slice_and_opens_the_editor(qtbot: Any) -> None:
    asked: list[tuple[str, int]] = []

    def pick(name: str, frames: int) -> int:
        asked.append((name, frames))
        return 2

    images = ImageListEditor(lambda: [], pick_frame=pick)
    qtbot.addWidget(images)
    with qtbot.waitSignal(images.facts) as facts:
        images.add_data([("stack.dcm", F.ct_stack(frames=3))])
    assert asked == [("stack.dcm", 3)] and facts.args == ["CT", "lumbar spine"]
    [image] = images.images()
    assert image.source is not None and image.panel == "A"
    images.list.setCurrentRow(0)
    images.edit_figure()
    editor = images.figure_editor
    assert editor is not None
    _settled(qtbot, editor)
    editor.tool_buttons["crop"].click()
    _drag(qtbot, editor, (0.0, 0.0), (0.5, 0.5))
    with qtbot.waitSignal(images.changed):
        editor.accept()
    crop = images.images()[0].crop
    assert crop is not None and isinstance(crop, Crop)
    assert np.allclose([crop.left, crop.top, crop.right, crop.bottom], [0, 0, 0.5, 0.5], atol=0.01)


def test_the_image_list_warns_of_the_selected_images_burned_in_text(qtbot: Any) -> None:
    images = ImageListEditor(lambda: [])
    qtbot.addWidget(images)
    images.show()
    images.add_data([("named.dcm", F.ct_slice()), ("clean.dcm", F.ct_slice(burned=False))])
    qtbot.waitUntil(lambda: images.marks_checked == images.images()[1], timeout=10_000)
    assert images.marks.isHidden() and images.accept_marks.isHidden()  # no text: no warning
    images.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: images.marks_checked == images.images()[0], timeout=10_000)
    assert not images.marks.isHidden() and "top left corner" in images.marks.text()
    with qtbot.waitSignal(images.changed):
        images.accept_marks.click()
    assert images.images()[0].marks_accepted and not images.images()[1].marks_accepted
    assert images.marks.isHidden()
