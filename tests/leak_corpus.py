"""A synthetic corpus of clinical notes planting every HIPAA Safe Harbor identifier type.

Every person, number and place here is invented. ``corpus()`` returns ``LeakCase``s: a
``Case`` whose free text (titles, notes, captions, narrative) and private fields carry
identifiers, with the list of ``Needle``s that must not appear in anything that leaves
the machine de-identified. The identifiers are written in many forms (the patient's name
as "Ann Example", "EXAMPLE, Ann", "Mrs Example", "A. Example"; dates as 2021-03-04,
04/03/2021, 3/4/21, "March 4, 2021", "4 Mar 2021", "4th of March 2021").

The 18 Safe Harbor types (45 CFR 164.514(b)(2)): names; geographic units smaller than a
state (street, city, county, zip); dates other than the year (birth, admission,
discharge, death) and ages over 89; telephone; fax; email; SSN; medical record number;
health plan beneficiary number; account number; certificate/licence number; vehicle
identifiers and plates; device identifiers and serials; URLs; IP addresses; biometric
identifiers; full-face photographs (not text: covered by image handling); any other
unique identifying number or code.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Case,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)

FIRST = [
    "Ann",
    "Brigid",
    "Casimir",
    "Dolores",
    "Evander",
    "Fenella",
    "Gunnar",
    "Hortense",
    "Ignatius",
    "Jolanda",
    "Kasimir",
    "Leopoldine",
    "Marcellus",
    "Nerissa",
    "Octavian",
    "Petronella",
    "Quirin",
    "Rosalind",
    "Sigmund",
    "Theodora",
]
LAST = [
    "Example",
    "Quillfeather",
    "Vantongeren",
    "Marchbanks",
    "Oakenshaw",
    "Pettifer",
    "Lindqvist-Ober",
    "Droescher",
    "Hallorann",
    "Brackwater",
    "Fennimore",
    "Tregothnan",
    "Ulvaeus-Pike",
    "Wetherell",
    "Yardeni",
    "Zabriskie",
    "Castellane",
    "Iversholm",
    "Nakashimura",
    "O'Flannery",
]
STREETS = [
    "Larkspur Lane",
    "Quarry Hill Road",
    "Wintergreen Court",
    "Old Mill Street",
    "Harbourview Terrace",
    "Juniper Crescent",
]
CITIES = ["Millbrook Falls", "Eastwick Harbor", "Port Ambrose", "Glenhaven", "Severn Cross"]
COUNTIES = ["Tamarack County", "Wexford Parish", "Blackwater County"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Needle:
    """One planted identifier: ``kind`` (Safe Harbor type) and the exact text planted."""

    kind: str
    text: str


@dataclass
class LeakCase:
    case: Case
    needles: list[Needle] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)  # calendar dates that must not appear


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_forms(d: dt.date) -> list[str]:
    """A calendar date written the ways clinicians write it."""
    mon = MONTHS[d.month - 1]
    return [
        d.isoformat(),
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        f"{mon} {d.day}, {d.year}",
        f"{d.day} {mon[:3]} {d.year}",
        f"{_ordinal(d.day)} of {mon} {d.year}",
        f"{mon[:3].upper()}-{d.day:02d}-{d.year}",
        f"{d.year}{d.month:02d}{d.day:02d}",
    ]


def name_forms(first: str, last: str, sex: str) -> list[str]:
    title = "Mrs" if sex == "female" else "Mr"
    return [
        f"{first} {last}",
        f"{last.upper()}, {first}",
        f"{title} {last}",
        f"{title}. {last}",
        f"{first[0]}. {last}",
        f"{last}, {first[0]}.",
    ]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _date(rng: random.Random, year_from: int, year_to: int) -> dt.date:
    start = dt.date(year_from, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(year_to, 12, 28).toordinal()))


def make_leak_case(n: int, rng: random.Random) -> LeakCase:
    sex = rng.choice(["female", "male"])
    first, last = FIRST[n % len(FIRST)], LAST[(n * 7 + 3) % len(LAST)]
    rel_first, rel_last = rng.choice(FIRST), rng.choice(LAST)
    birth = _date(rng, 1930, 1975)
    admitted = _date(rng, 2019, 2023)
    discharged = admitted + dt.timedelta(days=rng.randint(2, 20))
    died = discharged + dt.timedelta(days=rng.randint(30, 400))
    first_dose = admitted - dt.timedelta(days=rng.randint(30, 120))
    mrn = f"MRN{_digits(rng, 7)}"
    phone = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{_digits(rng, 4)}"
    fax = f"+1 {rng.randint(201, 989)} {rng.randint(200, 999)} {_digits(rng, 4)}"
    email = f"{first.lower()}.{last.lower().replace(chr(39), '')}{n}@mailbox-example.org"
    ssn = f"{rng.randint(100, 665)}-{_digits(rng, 2)}-{_digits(rng, 4)}"
    plan = f"HPB-{_digits(rng, 9)}"
    account = f"ACCT {_digits(rng, 10)}"
    licence = f"DL-{rng.choice('ABCDEFGH')}{_digits(rng, 8)}"
    plate = f"{rng.choice(['KLM', 'QRT', 'ZXV'])}-{_digits(rng, 4)}"
    vin = f"1HGCM8{_digits(rng, 11)}"
    device = f"SN-{_digits(rng, 3)}-{rng.choice('XYZ')}{_digits(rng, 6)}"
    url = f"https://portal.clinic-example.net/patients/{_digits(rng, 6)}"
    ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    biometric = f"fingerprint template FP{_digits(rng, 8)}"
    street = f"{rng.randint(10, 9999)} {rng.choice(STREETS)}"
    city, county = rng.choice(CITIES), rng.choice(COUNTIES)
    zipcode = _digits(rng, 5)
    other = f"study subject code KX-{_digits(rng, 5)}"
    old_age = rng.randint(90, 104)

    patient_names = name_forms(first, last, sex)
    bdate, adate, ddate, xdate = (
        rng.choice(date_forms(d)) for d in (birth, admitted, discharged, died)
    )
    needles = [Needle("name", f) for f in patient_names] + [
        Needle("name", f"{rel_first} {rel_last}"),
        Needle("geographic", street),
        Needle("geographic", city),
        Needle("geographic", county),
        Needle("geographic", zipcode),
        Needle("date", bdate),
        Needle("date", adate),
        Needle("date", ddate),
        Needle("date", xdate),
        Needle("age over 89", f"{old_age}-year-old"),
        Needle("telephone", phone),
        Needle("fax", fax),
        Needle("email", email),
        Needle("ssn", ssn),
        Needle("medical record number", mrn),
        Needle("health plan number", plan),
        Needle("account number", account),
        Needle("licence number", licence),
        Needle("vehicle identifier", plate),
        Needle("vehicle identifier", vin),
        Needle("device identifier", device),
        Needle("url", url),
        Needle("ip address", ip),
        Needle("biometric", biometric),
        Needle("other unique code", other),
    ]
    pn = rng.sample(patient_names, len(patient_names))
    notes = [
        f"{pn[0]} ({mrn}), born {bdate}, seen with {rel_first} {rel_last} (daughter).",
        f"Lives at {street}, {city}, {county} {zipcode}. Phone {phone}, fax {fax}.",
        f"Contact {email}; SSN {ssn}; plan {plan}; {account}.",
        f"Admitted {adate}, discharged {ddate}. {pn[1]} drove car plate {plate} (VIN {vin}).",
        f"Driver licence {licence}. Pump serial {device}. Portal {url} from {ip}.",
        f"{biometric} on file; {other}. {pn[2]} died {xdate}.",
        f"The patient, a {old_age}-year-old, said {pn[3]} prefers {pn[4]}; chart {pn[5]}.",
    ]
    rng.shuffle(notes)
    D = PartialDate.parse
    events = [
        Event(
            kind="medication",
            date=D(first_dose.isoformat()),
            drug="romosozumab",
            action="start",
            role="suspect",
            dose=210.0,
            dose_unit="mg",
            notes=notes[0],
        ),
        Event(
            kind="symptom",
            date=D(admitted.isoformat()),
            name="low back pain",
            severity="severe",
            notes=notes[1],
        ),
        Event(
            kind="lab",
            date=D(admitted.isoformat()),
            test="calcium",
            value=8.1,
            unit="mg/dL",
            notes=notes[2],
        ),
        Event(kind="note", date=D(admitted.isoformat()), text=notes[3]),
        Event(
            kind="imaging",
            date=D(admitted.isoformat()),
            modality="CT",
            findings=f"epidural calcification. {notes[4]}",
            region="lumbar spine",
        ),
        Event(kind="follow_up", date=D(discharged.isoformat()), summary=notes[5]),
    ]
    case = Case(
        title=f"Epidural calcification in {pn[0]}" if n % 3 == 0 else "Epidural calcification",
        patient=Patient(
            sex=sex,
            age=old_age if n % 4 == 0 else None,
            label=None,
            kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis", cause=f"seen in {city}"),
            history=[HistoryItem(condition="hypertension", notes=notes[6])],
            private=PrivateIdentifiers(
                name=f"{first} {last}", mrn=mrn, birth_date=D(birth.isoformat())
            ),
        ),
        events=events,
        keywords=["romosozumab", "calcification"],
        assessment=Assessment(reaction=f"calcification ({pn[1]})", outcome="recovering"),
        report=ReportText(
            introduction=notes[6],
            case_presentation=" ".join(notes[:4]),
            discussion=notes[4] + " " + notes[5],
            conclusion=f"{pn[2]} recovered.",
        ),
    )
    if case.patient.age is None:
        case.patient.private.birth_date = D(birth.isoformat())
    return LeakCase(
        case=case, needles=needles, dates=[birth, first_dose, admitted, discharged, died]
    )


def corpus(count: int = 120, seed: int = 20261122) -> list[LeakCase]:
    rng = random.Random(seed)
    return [make_leak_case(n, rng) for n in range(count)]


def _digit_pattern(text: str) -> re.Pattern[str] | None:
    """Digits of ``text`` allowing any separators between them (>= 6 digits only)."""
    digits = re.sub(r"\D", "", text)
    if len(digits) < 6:
        return None
    return re.compile(r"(?<!\d)" + r"[\s\-./()+]*".join(digits) + r"(?!\d)")


def find_leaks(output: str, leak: LeakCase) -> list[str]:
    """The needles of ``leak`` found in ``output`` (text of an export, any form)."""
    found: list[str] = []
    flat = " ".join(output.split())
    low = flat.lower()
    for needle in leak.needles:
        text = " ".join(needle.text.split()).lower()
        if needle.kind == "name":
            # any word of a name longer than two letters, as a whole word
            words = [w for w in re.findall(r"[A-Za-z']+", needle.text) if len(w) > 2]
            words = [w for w in words if w.lower() not in {"mrs", "mr"}]
            hit = next(
                (
                    w
                    for w in words
                    if re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", flat, re.IGNORECASE)
                ),
                None,
            )
            if hit:
                found.append(f"{needle.kind}: {needle.text} (as {hit!r})")
            continue
        if text in low:
            found.append(f"{needle.kind}: {needle.text}")
            continue
        pattern = _digit_pattern(needle.text)
        if pattern is not None and pattern.search(flat):
            found.append(f"{needle.kind}: {needle.text} (digits)")
    for d in leak.dates:
        for form in date_forms(d):
            if form.lower() in low:
                found.append(f"date: {d.isoformat()} written as {form!r}")
    return found
