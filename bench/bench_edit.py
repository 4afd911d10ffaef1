"""A window edit: adding one lab to a case that holds 20 images of about 500 KB.

Measured in the same run: the edit as the window makes it (``CaseView._add_event``: the
service calls, then the views refreshed and the new row selected), the time of that edit
spent inside the service functions (each wrapped with a clock), the same write called alone
(the baseline), and, with SQLAlchemy listeners on the store's engine and a counting SQLite
cursor, the SQL statements, the transactions (``BEGIN``) and the bytes of blob data the edit
fetched. "Views refreshed" is the edit less its time in the services.

``python -m bench bench.bench_edit`` (``make bench`` runs it with the other modules).
"""

from __future__ import annotations

import inspect
import io
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.common import Result
from bench.sql_count import SqlCount

IMAGES = 20
IMAGE_BYTES = 500_000
VIEWS_SECONDS = 0.010  # the views refreshed within 10 ms of the write
TRANSACTIONS = 1  # one write, one transaction
BLOB_BYTES = 0  # a lab touches no image


@dataclass
class Count:
    """A count against a target (the bench runner needs ``line()`` and ``passed``)."""

    name: str
    value: int
    target: int | None  # None: reported, no target

    @property
    def passed(self) -> bool:
        return self.target is None or self.value <= self.target

    def line(self) -> str:
        if self.target is None:
            return f"{self.name:<44} {self.value:12,d}     (no target)"
        verdict = "PASS" if self.passed else "FAIL"
        return f"{self.name:<44} {self.value:12,d}     target <= {self.target:,d}  {verdict}"


class ServiceClock:
    """Seconds spent inside the functions of ``caselog.store.services`` (each wrapped)."""

    def __init__(self) -> None:
        import caselog.store.services as services

        self.seconds = 0.0
        self._depth = 0
        for name in services.__all__:
            fn = getattr(services, name)
            if inspect.isfunction(fn):
                setattr(services, name, self._wrap(fn))

    def _wrap(self, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth += 1
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.seconds += time.perf_counter() - start

        return timed


def _big_png(rng: random.Random) -> Any:
    """A PNG of noise, about IMAGE_BYTES (noise does not compress)."""
    import hashlib

    from PIL import Image as PILImage

    from caselog.core.model import Image

    side = int((IMAGE_BYTES / 3) ** 0.5)
    img = PILImage.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=1)
    data = buf.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    return Image(data, "image/png", sha256=sha, filename="scan.png", width=side, height=side)


def _case() -> Any:
    from bench.generate import make_case
    from caselog.core.dates import PartialDate
    from caselog.core.model import Event

    rng = random.Random(11)
    case = make_case(rng, 1, images=0)
    imaging = Event(
        kind="imaging",
        date=PartialDate(2024, 3, 2),
        modality="CT",
        findings="calcification",
        images=[_big_png(rng) for _ in range(IMAGES)],
    )
    return replace(case, events=[*case.events, imaging])


def _lab(n: int) -> Any:
    from caselog.core.dates import PartialDate
    from caselog.core.model import Event

    return Event(
        kind="lab",
        date=PartialDate(2024, 3, 5),
        test="Creatinine",
        value=1.1 + n / 1000,
        unit="mg/dL",
        ref_low=0.6,
        ref_high=1.2,
    )


def _stored(value: Any) -> Any:
    """The case a create returned (a change object, or the case itself on older code)."""
    return getattr(value, "case", value)


def run(quick: bool = False) -> list[Result | Count]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    import caselog.store.services as services
    from caselog.store.engine import open_store
    from caselog.ui.app import make_application
    from caselog.ui.dialogs import DialogService
    from caselog.ui.main_window import MainWindow

    class Yes(DialogService):
        def confirm(self, title: str, text: str, ok: str) -> bool:
            return True

    app = make_application()
    repeat = 3 if quick else 10
    case = _case()
    with tempfile.TemporaryDirectory(prefix="caselog-bench-edit-") as tmp:
        store = open_store(os.path.join(tmp, "edit.db"))
        try:
            case_id = _stored(services.create_case(case, store=store)).id
            alone_id = _stored(services.create_case(case, store=store)).id
            settings = QSettings(str(Path(tmp) / "edit.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, settings=settings, dialogs=Yes())
            window.resize(1300, 900)
            window.show()
            window.open_case(case_id)
            window.case_view.tabs.setCurrentIndex(window.case_view.TIMELINE)
            app.processEvents()
            counter = SqlCount(store)
            clock = ServiceClock()
            edits: list[float] = []
            views: list[float] = []
            writes: list[float] = []
            counts: list[tuple[int, int, int]] = []
            for n in range(repeat):
                with counter.recording():
                    clock.seconds = 0.0
                    start = time.perf_counter()
                    window.case_view._add_event(_lab(n))
                    edits.append(time.perf_counter() - start)
                    views.append(edits[-1] - clock.seconds)
                counts.append((len(counter.statements), counter.begins, counter.blob_bytes))
                window.undo_stack.undo()
                app.processEvents()
                start = time.perf_counter()
                services.add_event(alone_id, _lab(n), store=store)
                writes.append(time.perf_counter() - start)
            window.close()
        finally:
            store.close()
    edit, write, refresh = min(edits), min(writes), min(views)
    statements, begins, blob_bytes = max(counts)
    return [
        Result("window edit: add a lab, 20 images (vs write)", edit, write, None),
        Result("  views refreshed (edit less services; 10 ms)", refresh, VIEWS_SECONDS, 1.0),
        Count("  SQL statements of the edit", statements, None),
        Count("  transactions (BEGIN) of the edit", begins, TRANSACTIONS),
        Count("  blob bytes fetched by the edit", blob_bytes, BLOB_BYTES),
    ]


if __name__ == "__main__":
    for result in run(quick="--quick" in sys.argv):
        print(result.line())
