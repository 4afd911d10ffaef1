# ruff: noqa: E501  (a corpus: one note a line reads best)
"""The over-redaction corpus: clinical prose that must come out of de-identification whole.

Realistic nephrology notes (synthetic), with the clinical terms that must survive written
in braces: drug names and doses, vertebral levels, lab values and units, modalities,
eponyms in clinical use. ``ENTRIES`` are ``Entry``s whose ``clinical`` lists those terms;
the notes carry no identifier. ``example_entry()`` adds every word of the synthetic
example case's free text (its private fields aside).
"""

from __future__ import annotations

import dataclasses
import re

from caselog.core.dates import PartialDate
from caselog.core.model import Case
from tests.deid_corpus import Entry

NOTES = [
    "{Romosozumab} {210 mg} {subcutaneously} {monthly} was started for {osteoporosis} with prior {vertebral fractures}.",
    "{MRI} of the {lumbar spine} showed {epidural calcification} from {L2-L3} to {L4-L5} with {canal stenosis}.",
    "{CT} confirmed {calcification} of the {ligamentum flavum} at {T11-T12}; no {cord compression}.",
    "Neck pain: {C5/C6} {disc} {osteophytes} and {C6-C7} {foraminal narrowing} on {MRI}.",
    "{Calcium} {9.1 mg/dL}, {phosphate} {5.2 mg/dL}, {PTH} {310 pg/mL}, {alkaline phosphatase} {142 U/L}.",
    "{eGFR} {12 mL/min/1.73m2}; {creatinine} {4.8 mg/dL} ({424 µmol/L}); {potassium} {5.6 mmol/L}.",
    "{Hb} {10.2 g/dL}, {ferritin} {540 ng/mL}, {TSAT} {28%}; {darbepoetin} {40 mcg} {weekly}.",
    "{Paget disease} of bone was excluded; {Cushing syndrome} screen negative ({cortisol} {0.9 µg/dL}).",
    "{Fanconi syndrome} with {glycosuria} and {phosphaturia} after {tenofovir}; {Alport syndrome} in her brother.",
    "{Henoch-Schönlein purpura} in childhood; now {IgA nephropathy} on {biopsy}, {Oxford} {MEST-C} {M1 E0 S1 T1 C0}.",
    "{Baker's cyst} on {ultrasound}; {Wilson disease} unlikely, {caeruloplasmin} normal.",
    "{DXA}: {T-score} {-3.1} at the {femoral neck}; {FRAX} {major osteoporotic} risk {24%}.",
    "{Cinacalcet} {30 mg} {daily} and {paricalcitol} {2 mcg} {three times weekly} on {hemodialysis}.",
    "{Sevelamer} {800 mg} with meals; {calcium acetate} stopped; {Kt/V} {1.4}.",
    "{Denosumab} {60 mg} every {6 months} caused {hypocalcaemia} ({corrected calcium} {1.88 mmol/L}).",
    "{Zoledronic acid} {4 mg} {IV} was avoided because of {CKD G5}.",
    "{HbA1c} {7.8%}; {dapagliflozin} {10 mg} {daily}; {uACR} {320 mg/g} ({A3}).",
    "{Tacrolimus} trough {6.2 ng/mL}, {mycophenolate mofetil} {500 mg} {twice daily}, {prednisolone} {5 mg}.",
    "{BK virus} {PCR} {3.4 log copies/mL}; {CMV} {IgG} positive; {EBV} negative.",
    "{PET-CT} with {FDG} showed no uptake; {bone scintigraphy} ({Tc-99m}) showed {T12} and {L1} uptake.",
    "{Goodpasture} antibodies ({anti-GBM}) negative; {ANCA} {PR3} and {MPO} negative; {C3} {0.72 g/L}, {C4} {0.18 g/L}.",
    "{Fabry disease} was considered: {alpha-galactosidase A} activity normal.",
    "{Bartter syndrome} versus {Gitelman syndrome}: {magnesium} {0.52 mmol/L}, {urinary calcium} low.",
    "Pain improved with {paracetamol} {1 g} {four times daily} and {physiotherapy}; {NRS} fell from {8/10} to {3/10}.",
    "{Naranjo} score {6} ({probable}); {WHO-UMC} {probable/likely}.",
    "{Kimmelstiel-Wilson} nodules on {biopsy}; {diabetic nephropathy} with {Kimmelstiel-Wilson lesions}.",
    "{Tenckhoff catheter} inserted for {peritoneal dialysis}; {Brescia-Cimino fistula} {thrombosed}.",
    "{Chvostek sign} and {Trousseau sign} positive with {ionised calcium} {0.92 mmol/L}.",
    "{Cockcroft-Gault} {creatinine clearance} {18 mL/min}; {CKD-EPI} {eGFR} {14}.",
    "{Vitamin D} ({25-OH}) {12 ng/mL}; {cholecalciferol} {1000 IU} {daily}; {1,25-dihydroxyvitamin D} low.",
    "{Sjögren syndrome} with {distal renal tubular acidosis}; {bicarbonate} {16 mmol/L}.",
    "{Raynaud phenomenon}; {anti-centromere} antibodies; {scleroderma renal crisis} excluded.",
    "{Gram stain} of {dialysate}: {Staphylococcus aureus}; {vancomycin} {2 g} {IP}.",
    "{Epidural} {steroid injection} at {L3-L4} gave no relief; {neurosurgery} declined {laminectomy}.",
    "{X-ray} of the {thoracolumbar junction}: {wedge fracture} of {T12} with {20%} {height loss}.",
    "Started {teriparatide} {20 µg} {daily}; {serum calcium} {10.6 mg/dL} at {4 weeks}.",
]


def _entry(note: str) -> Entry:
    terms = re.findall(r"\{([^}]+)\}", note)
    return Entry(notes=[note.replace("{", "").replace("}", "")], clinical=terms)


ENTRIES = [_entry(n) for n in NOTES]


def example_terms() -> tuple[Case, list[str]]:
    """The example case and every word of its free text (what the engine walks, its
    private fields and authors aside): each must survive de-identification."""
    from caselog.privacy.deidentify import _KNOWN_ONLY, _NOT_TEXT
    from tests.examples import load_example

    case = load_example()
    texts: list[str] = []

    def walk(obj: object) -> None:
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            if f.name in _NOT_TEXT or f.name in _KNOWN_ONLY or f.name in {"filename", "private"}:
                continue
            value = getattr(obj, f.name)
            items = value if isinstance(value, list) else [value]
            for v in items:
                if isinstance(v, str):
                    texts.append(v)
                elif dataclasses.is_dataclass(v) and not isinstance(v, PartialDate):
                    walk(v)

    walk(case)
    terms = [w for t in texts for w in re.findall(r"[^\W_][\w/.,-]*[^\W_]|\d", t)]
    return case, terms
