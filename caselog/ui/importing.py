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
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from caselog.ui.taskman import Done, Task, TaskContext, Work, taskman

if TYPE_CHECKING:
    from caselog.store.services import FileImport

log = logging.getLogger(__name__)


class ImportFiles(Protocol):
    """``services.import_case_files`` over the window's store: each file in its own
    transaction, whole or not at all; ``progress`` before each file, ``stop`` between them."""

    def __call__(
        self,
        paths: list[Path],
        *,
        progress: Callable[[int, int, str], None],
        stop: Callable[[], bool],
    ) -> list[FileImport]: ...


@dataclass
class ImportOutcome:
    created: list[tuple[int, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "file: what is wrong", one a file
    cancelled: bool = False


def import_work(paths: list[Path], import_files: ImportFiles) -> Work[ImportOutcome]:
    """The work of one import: the service's file-by-file import, with its progress and
    the user's cancel between files."""
    files = list(paths)

    def progress(ctx: TaskContext, done: int, total: int, name: str) -> None:
        ctx.progress(done, total, f"Importing {name}…" if name else "")

    def work(ctx: TaskContext) -> ImportOutcome:
        outcome = ImportOutcome()
        results = import_files(
            files,
            progress=lambda d, t, name: progress(ctx, d, t, name),
            stop=lambda: ctx.cancelled,
        )
        for result in results:
            outcome.created.extend(result.created)
            if result.error is not None:
                message = result.error
                path = str(result.path)
                outcome.failures.append(message if path in message else f"{path}: {message}")
        outcome.cancelled = ctx.cancelled
        return outcome

    return work


def start_import(
    parent: QWidget,
    paths: list[Path],
    import_files: ImportFiles,
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
        import_work(paths, import_files),
        done,
        parent=parent,
        title="Import case files",
        label="Importing…",
        cancellable=True,
        delay_ms=400,
    )
