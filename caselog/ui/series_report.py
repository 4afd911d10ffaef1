"""The series report PDF and the series' submission package from the window: the command
line's ``write_report`` and ``write_package`` (one code path each), run as background tasks
that can be cancelled without leaving a file behind."""

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


def series_package_work(case_ids: Sequence[int], out: Path, *, store: Store) -> Work[Path]:
    """A function of a TaskContext writing the series' submission package (``caselog
    package --template series``) at ``out``; it returns the zip's path. Cancelled: nothing
    is written at ``out``."""

    def work(ctx: TaskContext) -> Path:
        ctx.progress(0, 2, f"Writing the package of {len(case_ids)} cases…")
        ctx.check()

        def saving() -> None:
            ctx.progress(1, 2, "Saving…")
            ctx.check()

        target, _package = services.write_package(
            list(case_ids), "series", Path(out), store=store, before_saving=saving
        )
        ctx.progress(2, 2, "")
        return target

    return work


__all__ = ["Cancelled", "series_package_work", "series_report_work"]
