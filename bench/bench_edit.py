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

import io
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.common import Result

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
            setattr(services, name, self._wrap(getattr(services, name)))

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


class _CountingCursor(sqlite3.Cursor):
    fetched = 0  # bytes of BLOB values fetched by every cursor of the bench

    def _count(self, rows: list[Any]) -> list[Any]:
        for row in rows:
            for value in row:
                if isinstance(value, (bytes, memoryview)):
                    _CountingCursor.fetched += len(value)
        return rows

    def fetchone(self) -> Any:
        row = super().fetchone()
        if row is not None:
            self._count([row])
        return row

    def fetchmany(self, size: int | None = None) -> list[Any]:
        rows = super().fetchmany(size) if size is not None else super().fetchmany()
        return self._count(rows)

    def fetchall(self) -> list[Any]:
        return self._count(super().fetchall())


class _CountingConnection(sqlite3.Connection):
    def cursor(self, factory: Any = _CountingCursor) -> Any:  # type: ignore[override]
        return super().cursor(factory)


class Counter:
    """Statements, ``BEGIN``s and blob bytes seen on an engine while ``counting``."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements = 0
        self.begins = 0
        self.blob_bytes = 0
        self._on = False
        event.listen(engine, "before_cursor_execute", self._statement)

    def _statement(self, _conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if self._on:
            self.statements += 1
            self.begins += sql.lstrip().upper().startswith("BEGIN")

    @contextmanager
    def counting(self) -> Iterator[None]:
        self.statements = self.begins = 0
        start = _CountingCursor.fetched
        self._on = True
        try:
            yield
        finally:
            self._on = False
            self.blob_bytes = _CountingCursor.fetched - start


def _install_counting_cursor() -> None:
    """Every SQLite connection opened from now on counts the blob bytes it fetches."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def do_connect(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        cparams.setdefault("factory", _CountingConnection)

    if not event.contains(Engine, "do_connect", do_connect):
        event.listen(Engine, "do_connect", do_connect)


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


def run(quick: bool = False) -> list[Result | Count]:  # type: ignore[type-arg]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _install_counting_cursor()
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
            counter = Counter(store.engine)
            clock = ServiceClock()
            edits: list[float] = []
            views: list[float] = []
            writes: list[float] = []
            counts: list[tuple[int, int, int]] = []
            for n in range(repeat):
                with counter.counting():
                    clock.seconds = 0.0
                    start = time.perf_counter()
                    window.case_view._add_event(_lab(n))
                    edits.append(time.perf_counter() - start)
                    views.append(edits[-1] - clock.seconds)
                counts.append((counter.statements, counter.begins, counter.blob_bytes))
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
