"""Each event form asks exactly the fields its kind carries in the one description
(caselog.core.fields), labelled and offering the words it gives, and gives back every value
it was shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from caselog.core import fields, vocab
from caselog.ui.forms.event_form import EventForm
from tests.test_core_fields import TODAY, valid_full_events


@pytest.mark.parametrize("kind", vocab.EVENT_KINDS)
def test_form_has_the_described_fields_of_its_kind(qtbot: Any, kind: str) -> None:
    form = EventForm(kind)
    qtbot.addWidget(form)
    own = [f for f in fields.own_fields(kind) if f.read != fields.IMAGES]
    keys = [spec.key for spec in form.fields.specs]
    assert sorted(keys) == sorted(["date", *(f.name for f in own), "notes"])
    assert keys[0] == "date" and keys[-1] == "notes"
    captions = {label.text() for label in form.findChildren(QLabel)}
    for f in own:
        use = f.uses[kind]
        assert use.label + (" *" if use.required else "") in captions, f.name
        widget = form.fields.widget(f.name)
        if f.read == fields.CHOICE:
            assert isinstance(widget, QComboBox)
            assert [widget.itemData(i) for i in range(1, widget.count())] == list(f.vocabulary)
        assert isinstance(widget, QPlainTextEdit) == use.long, f.name
    assert (form.images is not None) == ("images" in fields.EVENT_FIELDS[kind][1])


@pytest.mark.parametrize("kind", vocab.EVENT_KINDS)
def test_form_gives_back_every_field_it_was_shown(qtbot: Any, kind: str) -> None:
    for event in valid_full_events(kind):  # a lab once with its value, once with its text
        form = EventForm(kind)
        qtbot.addWidget(form)
        form.set_event(event)
        assert form.validated_event(today=TODAY) == event
