"""The window's report and findings parts on the example case:

- the report preview (build, lay out, rasterise every page with pdfium) against building
  and laying out the same PDF without a preview, in the same run (target: within 2x);
- the window's event loop while the preview is drawn on its worker thread: the longest
  pause between 10 ms timer ticks (target: under 100 ms, so typing stays fluid);
- the case view's refresh after an edit (findings, timeline marks, exposure, every tab;
  painting not included) against 100 ms.

``python -m bench bench.bench_ui_report``.
"""

from __future__ import annotations

import io
import os
import sys

from bench.common import Result, best_of, best_of_pair

PREVIEW_RATIO = 2.0
LOOP_PAUSE_SECONDS = 0.100
REFRESH_SECONDS = 0.100


def _example() -> object:
    from caselog.interchange.reader import read_case_file
    from caselog.ui.resources import example_case_file

    case = read_case_file(example_case_file()).cases[0]
    for n, e in enumerate(case.events, start=1):
        e.id = n
    return case


def bench_preview(case: object, repeat: int) -> list[Result]:
    from caselog.report import build_report, render_pdf
    from caselog.ui.report_preview import preview_work
    from caselog.ui.taskman import TaskContext

    out: list[Result] = []
    for template in ("cureus", "cmaj"):

        def preview(template: str = template) -> None:
            work = preview_work(case, template)  # type: ignore[arg-type]
            work(TaskContext())  # on this thread: the worker's own work, no delivery

        def pdf_only(template: str = template) -> None:
            render_pdf(build_report(case, template), io.BytesIO())  # type: ignore[arg-type]

        measured, baseline = best_of_pair(repeat, preview, pdf_only)
        out.append(Result(f"preview {template} (vs PDF alone)", measured, baseline, PREVIEW_RATIO))
    return out


def bench_loop_pause(case: object) -> Result:
    """The longest gap between ticks of a 10 ms timer while a preview runs on its thread."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from caselog.ui.report_preview import preview_work
    from caselog.ui.taskman import taskman

    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    clock.start()
    timer.start()
    pages: list[object] = []  # delivered to the GUI thread, as the dialog takes them
    taskman().run_in_background(
        preview_work(case, "cureus"),  # type: ignore[arg-type]
        lambda _done: loop.quit(),
        on_partial=pages.append,
    )
    loop.exec()
    timer.stop()
    worst = max(gaps) / 1000 if gaps else 0.0
    return Result("event loop: longest pause during a preview", worst, LOOP_PAUSE_SECONDS, 1.0)


def bench_refresh(case: object, repeat: int) -> Result:
    import tempfile

    import caselog.store.services as services
    from caselog.store.engine import open_store
    from caselog.ui.case_view import CaseView
    from caselog.ui.controller import CaseController
    from caselog.ui.dialogs import DialogService

    with tempfile.TemporaryDirectory(prefix="caselog-bench-view-") as tmp:
        store = open_store(os.path.join(tmp, "v.db"))
        try:
            stored = services.create_case(case, store=store).case  # type: ignore[arg-type]
            view = CaseView(CaseController(store, DialogService()))
            view.resize(1300, 900)
            view.show()
            view.set_case(stored)
            seconds = best_of(repeat, lambda: view.set_case(stored))
            view.close()
        finally:
            store.close()
    return Result("case view refresh after an edit (vs 100 ms)", seconds, REFRESH_SECONDS, 1.0)


def run(quick: bool = False) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caselog.ui.app import make_application

    make_application()
    repeat = 2 if quick else 5
    case = _example()
    return [*bench_preview(case, repeat), bench_loop_pause(case), bench_refresh(case, repeat)]


if __name__ == "__main__":
    for result in run(quick="--quick" in sys.argv):
        print(result.line())
