"""The merge review shows each side's value as the case view shows it
(caselog/ui/merge_dialog.py ``cell_text``): a dose as ``210 mg``, not ``210.0``; a text
without JSON's quotes; an absent value as ``(absent)``. A real take and bring between two
SQLite files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.store import services
from caselog.store.engine import Store, open_store
from caselog.ui.merge_dialog import MergeDialog
from tests.store.factory import minimal_case


def test_a_dose_conflict_reads_as_the_case_view_shows_a_dose(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    start = Event(
        "medication", PartialDate(2024, 3, 12), drug="romosozumab", action="start",
        dose=210.0, dose_unit="mg",
    )  # fmt: skip
    case = replace(minimal_case("Dose changed twice"), events=[start])
    created = services.create_case(case, store=store).case
    assert created.id is not None
    [server_event] = created.events
    laptop = open_store(str(tmp_path / "laptop.db"))
    try:
        services.take_cases([created.id], store=store, laptop=laptop)
        [mine] = services.list_cases(store=laptop)
        [laptop_event] = services.get_case(mine.id, store=laptop).events
        services.update_event(mine.id, replace(laptop_event, dose=105.0), store=laptop)
        services.update_event(created.id, replace(server_event, dose=140.5), store=store)
        plan = services.plan_bring(laptop=laptop, store=store)
    finally:
        laptop.close()
    dialog = MergeDialog(plan)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.item(r, c).text() for c in range(5)]  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    ]
    [row] = [r for r in rows if r[1].endswith("dose")]
    assert row[2:] == ["210 mg", "105 mg", "140.5 mg"]
    assert "romosozumab" in row[1] and "2024-03-12" in row[1]
