"""The drug and laboratory catalogues (``resources/drugs.json``, ``resources/labs.json``).

Knowledge lives in the JSON files, with sources; this package loads it once and answers:
which drug is "Evenity"?, which test is "iCa"?, what is 9.1 mg/dL in mmol/L?, is this result
low?, is this value believable at all?
"""

from caselog.clinical.catalogue.corrected import (
    CorrectedCalcium,
    corrected_calcium,
    correction,
    corrections,
)
from caselog.clinical.catalogue.drugs import (
    Drug,
    DrugCatalogue,
    Regimen,
    drug_key,
    drugs,
    find_drug,
)
from caselog.clinical.catalogue.files import CatalogueError, norm_unit
from caselog.clinical.catalogue.labs import (
    LabCatalogue,
    LabTest,
    UnitError,
    complete,
    convert,
    find_test,
    lab_test_of,
    labs,
)
from caselog.clinical.catalogue.values import flag, implausible, reference_range, unit_problem

__all__ = [
    "CatalogueError",
    "CorrectedCalcium",
    "Drug",
    "DrugCatalogue",
    "LabCatalogue",
    "LabTest",
    "Regimen",
    "UnitError",
    "complete",
    "convert",
    "corrected_calcium",
    "correction",
    "corrections",
    "drug_key",
    "drugs",
    "find_drug",
    "find_test",
    "flag",
    "implausible",
    "lab_test_of",
    "labs",
    "norm_unit",
    "reference_range",
    "unit_problem",
]
