"""The series report PDF and the series' submission package from the window: the command
line's ``write_report`` and ``write_package`` (one code path each), run as background tasks
that can be cancelled without leaving a file behind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from caselog.store import services
from caselog.store.services import Store
from caselog.ui.taskman import Cancelled, TaskContext, Work

Written = tuple[Path, list[str]]  # the file written and the warnings to show
Writer = Callable[[list[int], Path, Callable[[], None]], Written]


def _work(case_ids: Sequence[int], out: Path, what: str, write: Writer) -> Work[Written]:
    """A function of a TaskContext running ``write`` (a service writing ``out`` whole or not
    at all, calling its ``before_saving`` once rendered) with progress; it returns
    ``(out, warnings)``. Cancelled: nothing is written at ``out``."""

    def work(ctx: TaskContext) -> Written:
        ctx.progress(0, 2, f"Writing the {what} of {len(case_ids)} cases…")
        ctx.check()

        def saving() -> None:
            ctx.progress(1, 2, "Saving…")
            ctx.check()  # Cancelled: the service leaves nothing at ``out``, records nothing

        written = write(list(case_ids), Path(out), saving)
        ctx.progress(2, 2, "")
        return written

    return work


def series_report_work(case_ids: Sequence[int], out: Path, *, store: Store) -> Work[Written]:
    """The series PDF of ``case_ids`` at ``out`` (``services.write_report``)."""

    def write(ids: list[int], at: Path, saving: Callable[[], None]) -> Written:
        return services.write_report(ids, "series", at, store=store, before_saving=saving)

    return _work(case_ids, out, "report", write)


def series_package_work(case_ids: Sequence[int], out: Path, *, store: Store) -> Work[Written]:
    """The series' submission package at ``out`` (``services.write_package``, as ``caselog
    package --template series``); its warnings are the package's."""

    def write(ids: list[int], at: Path, saving: Callable[[], None]) -> Written:
        target, package = services.write_package(
            ids, "series", at, store=store, before_saving=saving
        )
        return target, list(package.warnings)

    return _work(case_ids, out, "package", write)


__all__ = ["Cancelled", "series_package_work", "series_report_work"]
