"""Importing case files in the background behind a progress dialog with Cancel.

A file is imported whole or not at all (the service's transaction), so cancelling stops
between files and never leaves half a file behind; a file that fails is told, and the
others are still imported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QWidget

from caselog.ui.taskman import Done, Task, TaskContext, Work, taskman

log = logging.getLogger(__name__)

ImportOne = Callable[[Path], list[tuple[int, str]]]
"""Imports one file in one transaction: the (case id, title) of each case created."""


@dataclass
class ImportOutcome:
    created: list[tuple[int, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "file: what is wrong", one a file
    cancelled: bool = False


def import_work(paths: list[Path], import_one: ImportOne) -> Work[ImportOutcome]:
    """The work of one import: file by file, progress before each, cancel between them."""
    files = list(paths)

    def work(ctx: TaskContext) -> ImportOutcome:
        outcome = ImportOutcome()
        for i, path in enumerate(files):
            if ctx.cancelled:
                break
            ctx.progress(i, len(files), f"Importing {path.name}…")
            try:
                outcome.created.extend(import_one(path))
            except Exception as exc:  # told per file; the log keeps the detail
                log.info("import of %s failed", path, exc_info=True)
                message = str(exc)
                outcome.failures.append(message if str(path) in message else f"{path}: {message}")
        ctx.progress(len(files), len(files))
        outcome.cancelled = ctx.cancelled
        return outcome

    return work


def start_import(
    parent: QWidget,
    paths: list[Path],
    import_one: ImportOne,
    on_done: Callable[[ImportOutcome], None],
) -> Task:
    """Import ``paths`` behind a progress dialog over ``parent``; ``on_done`` on the GUI
    thread with what was created, what failed, and whether the user cancelled."""

    def done(result: Done[ImportOutcome]) -> None:
        if result.result is not None:
            on_done(result.result)
        else:  # the loop itself failed (it catches each file's failure): say so
            on_done(ImportOutcome(failures=[result.message], cancelled=result.cancelled))

    return taskman().with_progress(
        import_work(paths, import_one),
        done,
        parent=parent,
        title="Import case files",
        label="Importing…",
        cancellable=True,
        delay_ms=400,
    )
