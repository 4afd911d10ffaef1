"""What the script-term tests share: a note through a fresh de-identifier, and the check
that its clinical words survive while its names do not."""

from __future__ import annotations

from collections.abc import Sequence

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier


def redacted(text: str, name: str | None = None, field: str = "events[0].text") -> str:
    """``text`` as a case (its patient named ``name``) prints it."""
    private = PrivateIdentifiers(name=name)
    d = Deidentifier(Case(title="", patient=Patient(sex="female", private=private)))
    out, _ = d.redact(text, field)
    return out


def kept_and_gone(text: str, kept: Sequence[str], gone: Sequence[str]) -> None:
    """Every one of ``kept`` survives ``text``'s redaction, none of ``gone`` does."""
    out = redacted(text)
    assert all(k in out for k in kept), out
    assert not any(g in out for g in gone), out
