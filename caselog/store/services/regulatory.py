"""Reports to a regulator of one stored case: the CIOMS I and MedWatch 3500 forms (PDF),
the E2B(R3) message (XML) and the FHIR R4 Bundle (JSON); and the regulator's part of the
record. Each output is built from the case's facts (``caselog.clinical.regulatory``),
coded with the MedDRA distribution ``CASELOG_MEDDRA`` names (none: terms uncoded) and the
WHODrug one ``CASELOG_WHODRUG`` names (none: drug names uncoded), written
atomically (readable by the user alone: it identifies the patient) and recorded in the
audit trail with its absolute path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from caselog.clinical import coding
from caselog.clinical.regulatory import Facts, facts_of
from caselog.core.vocab import REGULATORY_FORMATS, REGULATORY_FORMS
from caselog.interchange import e2b, fhir, outputs
from caselog.report.regulatory import FORMS, render_form
from caselog.store import audit
from caselog.store.backup import output_notes
from caselog.store.engine import Store
from caselog.store.services.cases import get_case

__all__ = ["REGULATORY_FORMATS", "REGULATORY_FORMS", "export_regulatory", "write_form"]


def _facts(case_id: int, store: Store) -> Facts:
    try:
        meddra = coding.meddra_from_env()
        whodrug = coding.whodrug_from_env()
    except coding.CodingError as exc:
        raise ValueError(str(exc)) from exc
    case = get_case(case_id, store=store, image_bytes=False)
    return facts_of(case, meddra=meddra, whodrug=whodrug)


def _write(out: Path, store: Store, write: Callable[[Path], None],
           before_saving: Callable[[], None] | None = None) -> Path:  # fmt: skip
    if out.is_dir():
        raise ValueError(f"{out}: is a folder; give a file name")
    if not out.parent.is_dir():
        raise ValueError(f"{out.parent}: no such folder")
    outputs.sweep(out.parent, [out.name])
    with outputs.written(out, notes=output_notes(store.path)) as tmp:
        write(tmp)
        if before_saving is not None:
            before_saving()
    return out.resolve()


def write_form(
    case_id: int,
    template: str,
    out: Path,
    *,
    store: Store,
    before_saving: Callable[[], None] | None = None,
) -> Path:
    """Write the regulator's form ``template`` (``cioms`` or ``medwatch``) of the case as a
    PDF at ``out``; return its absolute path. ValueError for a bad request (nothing
    written), NotFound for an unknown case."""
    if template not in FORMS:
        raise ValueError(f"unknown form {template!r}; choose one of {', '.join(FORMS)}")
    out = Path(out)
    facts = _facts(case_id, store)
    written = _write(out, store, lambda tmp: _pdf(facts, template, tmp), before_saving)
    audit.record_export([case_id], written, store=store, kind="regulatory", template=template)
    return written


def _pdf(facts: Facts, template: str, tmp: Path) -> None:
    render_form(facts, template, tmp)


def export_regulatory(case_id: int, fmt: str, out: Path, *, store: Store) -> Path:
    """Write the case as an E2B(R3) message (``e2b``) or a FHIR R4 Bundle (``fhir``) at
    ``out``; return its absolute path. The E2B message is checked against the ICH schema
    when ``CASELOG_E2B_SCHEMA`` names it (e2b.SchemaError: nothing written)."""
    if fmt not in REGULATORY_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(REGULATORY_FORMATS)}")
    out = Path(out)
    facts = _facts(case_id, store)
    if fmt == "e2b":
        data = e2b.build(facts)
        schema = e2b.schema_path()
        if schema is not None:
            e2b.validate(data, schema)
    else:
        data = fhir.dumps(facts).encode("utf-8")
    written = _write(out, store, lambda tmp: _bytes(tmp, data))
    audit.record_export([case_id], written, store=store, kind="regulatory", template=fmt)
    return written


def _bytes(tmp: Path, data: bytes) -> None:
    tmp.write_bytes(data)
