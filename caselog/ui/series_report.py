"""The series report PDF from the window: the command line's ``write_report`` (one code
path), run as a background task that can be cancelled without leaving a file behind."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from caselog.store import services
from caselog.store.services import Store
from caselog.ui.taskman import Cancelled, TaskContext, Work


def series_report_work(
    case_ids: Sequence[int], out: Path, *, store: Store
) -> Work[tuple[Path, list[str]]]:
    """A function of a TaskContext writing the series PDF of ``case_ids`` at ``out``;
    it returns ``(out, warnings)``. Cancelled: nothing is written at ``out``."""

    def work(ctx: TaskContext) -> tuple[Path, list[str]]:
        ctx.progress(0, 2, f"Writing the report of {len(case_ids)} cases…")
        ctx.check()

        def saving() -> None:
            ctx.progress(1, 2, "Saving…")
            ctx.check()  # Cancelled: the service leaves nothing at ``out``, records nothing

        target, warnings = services.write_report(
            list(case_ids), "series", Path(out), store=store, before_saving=saving
        )
        ctx.progress(2, 2, "")
        return target, warnings

    return work


__all__ = ["Cancelled", "series_report_work"]
