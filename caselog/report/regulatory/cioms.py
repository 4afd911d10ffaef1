"""The CIOMS I form (Suspect Adverse Reaction Report), box by box, from the record.

The boxes keep the form's numbers and titles. A box the record cannot fill stays blank or
says "not recorded"; a check box is ticked only for a recorded fact. Seriousness that was
never recorded ticks nothing and says so. Box 7+13 continues on later pages when the
narrative and the laboratory data do not fit; so do boxes 22 and 23.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from caselog.clinical.regulatory import Facts
from caselog.core.dates import PartialDate
from caselog.core.vocab import label
from caselog.report.regulatory.common import (
    NOT_RECORDED,
    concomitant_lines,
    dd_mmm_yyyy,
    drug_line,
    history_lines,
    lab_lines,
    narrative,
    reporter_lines,
    therapy_dates,
)
from caselog.report.regulatory.form import Cell, Form, Row

SERIOUS = (  # boxes 8-12, with the criteria the form's later editions add
    ("death", "PATIENT DIED"),
    ("hospitalization", "INVOLVED OR PROLONGED INPATIENT HOSPITALISATION"),
    ("disability", "INVOLVED PERSISTENCE OR SIGNIFICANT DISABILITY OR INCAPACITY"),
    ("life_threatening", "LIFE THREATENING"),
    ("congenital_anomaly", "CONGENITAL ANOMALY"),
    ("other_medically_important", "OTHER MEDICALLY IMPORTANT CONDITION"),
)
DECHALLENGE = {"positive": "YES", "negative": "NO", "not_applicable": "NA"}
RECHALLENGE = {"positive": "YES", "negative": "NO", "not_done": "NA"}
HEALTH_PROFESSIONALS = ("physician", "pharmacist", "other_health_professional")
SEP = " "


def _d(value: PartialDate | None) -> str:
    return dd_mmm_yyyy(value, SEP, upper=True)


def _yes_no(answer: str | None, mapping: dict[str, str]) -> tuple[list[tuple[str, bool]], str]:
    ticked = mapping.get(answer or "")
    checks = [(word, word == ticked) for word in ("YES", "NO", "NA")]
    if answer is None:
        return checks, NOT_RECORDED
    return checks, "" if ticked else label(answer)


def seriousness_cell(f: Facts) -> Cell:
    checks = [(text, key in f.criteria) for key, text in SERIOUS]
    if not f.serious_recorded:
        lines = [f"Seriousness: {NOT_RECORDED}"]
    else:
        lines = [] if f.criteria else ["Not serious (recorded: no criterion met)"]
    return Cell("8-12", "CHECK ALL APPROPRIATE TO ADVERSE REACTION", lines, checks, width=1.15)


def cioms_form(f: Facts) -> Form:
    reg, suspects = f.regulatory, f.suspects
    de_checks, de_note = _yes_no(f.dechallenge, DECHALLENGE)
    re_checks, re_note = _yes_no(f.rechallenge, RECHALLENGE)
    source = [
        ("STUDY", reg.report_type == "study"),
        ("LITERATURE", False),
        ("HEALTH PROFESSIONAL", f.reporter.qualification in HEALTH_PROFESSIONALS),
    ]
    reaction = [*narrative(f, sep=SEP, upper=True), f.coding_note()]
    labs = lab_lines(f, sep=SEP, upper=True)
    if labs:
        reaction += ["Relevant tests and laboratory data:", *labs]
    return Form(
        name="CIOMS FORM",
        heading="SUSPECT ADVERSE REACTION REPORT",
        page_size=A4,
        footer=(
            "Filled by caselog from the recorded case: a blank box or 'not recorded' means "
            "the record does not hold it. Dates are Day Month Year."
        ),
        rows=[
            Row(14, (), band="I. REACTION INFORMATION"),
            Row(
                44,
                (
                    Cell("1", "PATIENT INITIALS", [f.initials or ""], note="(first, last)"),
                    Cell("1a", "COUNTRY", [reg.country or ""], width=0.7),
                    Cell("2", "DATE OF BIRTH", [_d(f.birth_date)], note="Day Month Year"),
                    Cell(
                        "2a",
                        "AGE",
                        [str(f.age) if f.age is not None else ""],
                        width=0.55,
                        note="Years",
                    ),  # fmt: skip
                    Cell("3", "SEX", [label(f.sex) if f.sex else ""], width=0.6),
                    Cell("4-6", "REACTION ONSET", [_d(f.onset)], note="Day Month Year"),
                ),
            ),
            Row(
                220,
                (
                    Cell(
                        "7 + 13",
                        "DESCRIBE REACTION(S) (including relevant tests/lab data)",
                        reaction,
                        width=2.6,
                        flow=True,
                    ),
                    seriousness_cell(f),
                ),
            ),
            Row(14, (), band="II. SUSPECT DRUG(S) INFORMATION"),
            Row(
                44,
                (
                    Cell(
                        "14",
                        "SUSPECT DRUG(S) (include generic name)",
                        [drug_line(d, f.whodrug_version) for d in suspects] or [NOT_RECORDED],
                        width=2.6,
                    ),
                    Cell(
                        "20",
                        "DID REACTION ABATE AFTER STOPPING DRUG?",
                        [de_note],
                        de_checks,
                        across=True,
                        width=1.15,
                    ),
                ),
            ),  # fmt: skip
            Row(
                44,
                (
                    Cell(
                        "15",
                        "DAILY DOSE(S)",
                        [f"{d.name}: {d.dosage() or NOT_RECORDED}" for d in suspects],
                        width=1.3,
                    ),
                    Cell(
                        "16",
                        "ROUTE(S) OF ADMINISTRATION",
                        [f"{d.name}: {', '.join(d.routes) or NOT_RECORDED}" for d in suspects],
                        width=1.3,
                    ),
                    Cell(
                        "21",
                        "DID REACTION REAPPEAR AFTER REINTRODUCTION?",
                        [re_note],
                        re_checks,
                        across=True,
                        width=1.15,
                    ),
                ),
            ),  # fmt: skip
            Row(
                30,
                (
                    Cell(
                        "17",
                        "INDICATION(S) FOR USE",
                        [f"{d.name}: {'; '.join(d.indications) or NOT_RECORDED}" for d in suspects],
                    ),
                ),
            ),  # fmt: skip
            Row(
                30,
                (
                    Cell(
                        "18",
                        "THERAPY DATES (from/to)",
                        [f"{d.name}: {therapy_dates(d, sep=SEP, upper=True)}" for d in suspects],
                    ),
                    Cell(
                        "19",
                        "THERAPY DURATION",
                        [f"{d.name}: {d.duration or NOT_RECORDED}" for d in suspects],
                    ),
                ),
            ),  # fmt: skip
            Row(14, (), band="III. CONCOMITANT DRUG(S) AND HISTORY"),
            Row(
                60,
                (
                    Cell(
                        "22",
                        "CONCOMITANT DRUG(S) AND DATES OF ADMINISTRATION "
                        "(exclude those used to treat reaction)",
                        concomitant_lines(f, sep=SEP, upper=True) or ["none recorded"],
                        flow=True,
                    ),
                ),
            ),
            Row(
                80,
                (
                    Cell(
                        "23",
                        "OTHER RELEVANT HISTORY (e.g. diagnostics, allergies, pregnancy with "
                        "last month of period, etc.)",
                        history_lines(f, sep=SEP, upper=True) or ["none recorded"],
                        flow=True,
                    ),
                ),
            ),
            Row(14, (), band="IV. MANUFACTURER INFORMATION"),
            Row(
                84,
                (
                    Cell(
                        "24a",
                        "NAME AND ADDRESS OF MANUFACTURER",
                        [", ".join(m for d in suspects for m in d.manufacturers)],
                        width=1.3,
                    ),
                    Cell(
                        "",
                        "REPORTER (name, qualification, address, contact)",
                        reporter_lines(f.reporter),
                        width=1.6,
                    ),
                ),
            ),  # fmt: skip
            Row(
                40,
                (
                    Cell("24b", "MFR CONTROL NO.", [""], width=0.8),
                    Cell("24c", "DATE RECEIVED BY MANUFACTURER", [""], width=0.9),
                    Cell("24d", "REPORT SOURCE", (), source, width=1.1),
                    Cell("", "DATE OF THIS REPORT", [_d(PartialDate.of(f.made))], width=0.8),
                    Cell(
                        "25a",
                        "REPORT TYPE",
                        (),
                        [
                            ("INITIAL", reg.submission == "initial"),
                            ("FOLLOWUP", reg.submission == "follow_up"),
                        ],
                        width=0.8,
                    ),
                ),
            ),  # fmt: skip
        ],
    )
