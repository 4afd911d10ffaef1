"""The form fields of the case's parts, from their one description (``caselog.core.parts``):
label, widget, vocabulary, required or not, placeholder; in the case file's order."""

from __future__ import annotations

from caselog.core import parts
from caselog.ui.forms.fields import FieldSpec

_WIDGETS = {
    parts.TEXT: "line",
    parts.NUMBER: "number",
    parts.INTEGER: "integer",
    parts.CHOICE: "choice",
    parts.DATE: "date",
    parts.FLAG: "check",
    parts.TEXTS: "text",  # one a line
    parts.REFERENCES: "text",  # one a line (a CSL-JSON item: its JSON on its line)
}


def field_spec(field: parts.Field, prefix: str = "") -> FieldSpec:
    """The form field of a described field; ``prefix`` names the object it sits in
    (``"kidney."``)."""
    form, key = field.form, field.key
    if form is None or key is None or field.holds not in _WIDGETS:
        raise ValueError(f"{field.name}: not a field the window asks")
    return FieldSpec(
        prefix + key,
        form.label,
        "text" if form.long else _WIDGETS[field.holds],
        field.vocabulary if field.holds == parts.CHOICE else (),
        required=field.required,
        placeholder=form.placeholder,
    )


def form_specs(part: parts.Part, prefix: str = "") -> list[FieldSpec]:
    """The fields the window asks of ``part``, in the case file's order."""
    return [field_spec(f, prefix) for f in part.formed()]
