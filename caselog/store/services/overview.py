"""The review overview (Review ▸ Overview…): every case with a suspect drug side by side,
and its CSV export, recorded in each exported case's audit trail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from caselog.interchange import outputs
from caselog.review.overview import OverviewRow, overview, to_csv
from caselog.store import audit
from caselog.store.backup import output_notes
from caselog.store.engine import Store
from caselog.store.errors import StoreError
from caselog.store.services.cases import get_case
from caselog.store.services.listing import list_cases

__all__ = ["ExportNotRecorded", "OverviewRow", "case_overview", "export_overview_csv"]


class ExportNotRecorded(StoreError):
    """The file is written, but recording the export in the audit trail failed."""


Progress = Callable[[int, int], None]
"""Called with (cases read, cases in all) as the cases are read; may raise to stop."""


def case_overview(*, store: Store, progress: Progress | None = None) -> list[OverviewRow]:
    """The overview rows of every stored case with a suspect drug, each case read once."""
    summaries = list_cases(store=store, order_by="id", descending=False)
    cases = []
    for i, s in enumerate(summaries):
        if progress is not None:
            progress(i, len(summaries))
        cases.append(get_case(s.id, store=store))
    return overview(cases)


def export_overview_csv(rows: Sequence[OverviewRow], out: Path, *, store: Store) -> Path:
    """Write ``rows`` as CSV at ``out`` (whole or not at all: OSError leaves ``out`` as it
    was), then record the export in each case's audit trail; ``ExportNotRecorded`` when
    the file is written but the recording failed."""
    out = Path(out)
    outputs.sweep(out.parent, [out.name])
    outputs.write_bytes(out, to_csv(rows).encode("utf-8"), notes=output_notes(store.path))
    ids = [r.case_id for r in rows if r.case_id is not None]
    try:
        audit.record_export(ids, out, store=store, template="overview-csv")
    except Exception as exc:  # the file is out: say so, with why the trail missed it
        raise ExportNotRecorded(f"{out} is written, but the audit trail failed: {exc}") from exc
    return out
