"""Synthetic cases for the search, filter, series, overview and durability window tests,
and a dialog service that also answers text and passphrase questions (no real data)."""

from __future__ import annotations

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Event, Kidney, Patient
from caselog.store import services
from caselog.store.engine import Store
from tests.ui.helpers import ScriptedDialogs

D = PartialDate.parse


class ReviewDialogs(ScriptedDialogs):
    """ScriptedDialogs that also answer ``ask_text`` and ``ask_passphrase``."""

    def __init__(self) -> None:
        super().__init__()
        self.text_answers: list[str | None] = []
        self.passphrases: list[str | None] = []
        self.passphrase_prompts: list[tuple[str, str, bool]] = []
        self.error_titles: list[str] = []

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return self.text_answers.pop(0)

    def ask_passphrase(self, title: str, text: str, *, new: bool = False) -> str | None:
        self.passphrase_prompts.append((title, text, new))
        return self.passphrases.pop(0)

    def error(self, title: str, text: str) -> None:
        self.error_titles.append(title)
        super().error(title, text)


def med(date: str, drug: str, role: str = "suspect", action: str = "start") -> Event:
    return Event("medication", D(date), drug=drug, action=action, role=role, dose=1, dose_unit="mg")


def review_case(
    title: str,
    *,
    drug: str,
    reaction: str,
    outcome: str,
    who_umc: str,
    start: str = "2024-03-01",
    onset: str | None = None,
    serious: list[str] | None = None,
    dialysis: str = "none",
    label: str | None = None,
    note: str | None = None,
) -> Case:
    events = [med(start, drug)]
    if note:
        events.append(Event("note", D(start), text=note))
    return Case(
        title=title,
        patient=Patient(sex="female", age=60, label=label, kidney=Kidney(dialysis=dialysis)),
        events=events,
        assessment=Assessment(
            reaction=reaction,
            onset_date=D(onset) if onset else None,
            seriousness=serious or [],
            outcome=outcome,
            who_umc=who_umc,
            naranjo={"after_drug": "yes", "objective_evidence": "yes"},
        ),
    )


def seed(store: Store) -> dict[str, int]:
    """Four cases to search and filter; their ids by a short name."""
    cases = {
        "cafe": review_case(
            "Hémodialyse et calciphylaxie",
            drug="warfarin",
            reaction="calciphylaxis",
            outcome="not_recovered",
            who_umc="probable",
            start="2023-05-10",
            onset="2023-08-01",
            serious=["hospitalization"],
            dialysis="hemodialysis",
            note="Café au lait spots noted",
        ),
        "romo": review_case(
            "Romosozumab hypocalcaemia",
            drug="romosozumab",
            reaction="hypocalcaemia",
            outcome="recovered",
            who_umc="possible",
            start="2024-03-01",
            onset="2024-03-21",
        ),
        "romo2": review_case(
            "Romosozumab fracture after denosumab",
            drug="romosozumab",
            reaction="vertebral fracture",
            outcome="recovering",
            who_umc="probable",
            start="2024-06-01",
            onset="2024-09-01",
            serious=["disability"],
            dialysis="peritoneal",
        ),
        "lith": review_case(
            "Lithium nephrogenic diabetes insipidus",
            drug="lithium",
            reaction="polyuria",
            outcome="recovered",
            who_umc="certain",
            start="2020-01-15",
            onset="2021-01-15",
        ),
    }
    return {k: services.create_case(c, store=store).case.id or 0 for k, c in cases.items()}
