"""The images of an imaging event: dropped or picked files, thumbnails, captions, panels."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from caselog.interchange.images import load_image
from caselog.ui.forms.image_list import ImageListEditor, thumbnail
from caselog.ui.resources import example_case_file
from tests.ui.helpers import type_into

FOLDER = example_case_file().parent


def drop(editor: ImageListEditor, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(event)
    return event


def test_dropped_images_become_thumbnails_with_panel_letters(qtbot: Any) -> None:
    editor = ImageListEditor(lambda: [])
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.changed):
        drop(editor, [FOLDER / "ct-initial.png", FOLDER / "ct-regression.png"])
    images = editor.images()
    assert [i.filename for i in images] == ["ct-initial.png", "ct-regression.png"]
    assert [i.panel for i in images] == ["A", "B"]
    assert editor.list.count() == 2 and not editor.list.item(0).icon().isNull()
    editor.list.setCurrentRow(1)
    type_into(qtbot, editor.caption, "Six months later")
    assert editor.images()[1].caption == "Six months later"
    editor.remove_current()
    assert [i.filename for i in editor.images()] == ["ct-initial.png"]


def test_a_file_that_is_not_an_image_is_refused_with_its_name(qtbot: Any, tmp_path: Path) -> None:
    fake = tmp_path / "scan.png"
    fake.write_bytes(b"this is not a picture")
    editor = ImageListEditor(lambda: [fake])
    qtbot.addWidget(editor)
    with qtbot.assertNotEmitted(editor.changed):
        editor.add_from_dialog()
    assert editor.images() == []
    assert "scan.png" in editor.error.text() and not editor.error.isHidden()


def test_a_panel_is_one_letter(qtbot: Any) -> None:
    editor = ImageListEditor(lambda: [FOLDER / "ct-initial.png"])
    qtbot.addWidget(editor)
    editor.show()
    editor.add_from_dialog()
    type_into(qtbot, editor.panel, "7")
    assert "one letter" in editor.error.text()
    assert editor.images()[0].panel == "A"


def test_the_thumbnail_shows_the_printed_pixels_of_a_16_bit_ct_export(qtbot: Any) -> None:
    """12-bit values in a 16-bit PNG look black to a plain viewer; the page scales them to
    their own range (``caselog.report.pixels``) and so does the thumbnail."""
    img = PILImage.new("I;16", (200, 100), 3000)
    img.paste(PILImage.new("I;16", (100, 100), 1000), (0, 0))
    out = io.BytesIO()
    img.save(out, "PNG")
    pixmap = thumbnail(load_image(out.getvalue(), name="ct.png"), 96)
    shown = pixmap.toImage()
    assert (shown.width(), shown.height()) == (96, 48)
    assert shown.pixelColor(20, 24).lightness() < 40
    assert shown.pixelColor(76, 24).lightness() > 215
