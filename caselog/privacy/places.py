"""Geographic units smaller than a state (HIPAA Safe Harbor): street addresses with the
city, county and zip code that follow them, counties, zip codes, and towns named after a
cue ("lives in", "resident of", "seen in", "from").

Capitalisation matters here: a place is written with capitals, clinical words are not
("seen in clinic", "from L1 to L4" stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy.patterns import CAPITAL, CAPITALISED_WORD, DIGIT, Hit, words

STREET_TYPES = words(
    "Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Terrace Crescent "
    "Place Pl Way Close Circle Cir Highway Hwy Parkway Pkwy Square Sq Row Alley Trail Walk "
    "Gardens Grove Hill Mews"
)
US_STATES = words(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
REGION_TYPES = ("County", "Parish", "Borough", "Township")
PLACE_CUES = (
    r"(?:lives|living|lived|resides|residing|resident|residents|born|seen|treated|admitted|"
    r"hospitali[sz]ed|transferred|moved|relocated|travell?ed|returned|originally|comes|came|"
    r"native|works|worked|farmer|home)\s+(?:in|at|of|from|to|near)|\bfrom"
)
# Capitalised words a cue may be followed by that are not places.
NOT_PLACES = frozenset(
    words(
        """the a an his her their this that these those our my day week month year baseline
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday dr mr mrs ms"""
    )
)
# Words of a ward or service: "moved to Nephrology", "seen in Dialysis Unit 3" name no
# place; "Saint Mary Hospital" is one (the name that comes first is a place).
SERVICES = frozenset(
    words(
        """clinic hospital unit ward department service intensive emergency dialysis nephrology
    cardiology radiology oncology surgery medicine urology neurology pathology hematology
    haematology endocrinology rheumatology gastroenterology pharmacy laboratory outpatient
    inpatient"""
    )
)

_WORD = CAPITALISED_WORD
_PLACE = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_ZIP = r"\d{5}(?:-\d{4})?"
_STATE = "|".join(US_STATES)

_STREET = re.compile(
    rf"(?<![\w.])\d{{1,6}}[A-Z]?\s+(?:{_WORD}\s+){{1,4}}(?:{'|'.join(STREET_TYPES)})\b"
    # the rest of the address line: unit, then city, county, state and zip after commas
    rf"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*#?\w+)?"
    rf"(?:,\s*(?:{_PLACE}|{_STATE})(?:\s+{_ZIP})?(?![\w'’-])){{0,3}}"
    rf"(?:\s+{_ZIP}(?!\d))?"
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.I)
_REGION = re.compile(rf"\b{_PLACE}\s+(?:{'|'.join(REGION_TYPES)})\b(?:\s+{_ZIP}(?!\d))?")
_STATE_ZIP = re.compile(rf"\b(?:{_PLACE},\s*)?(?:{_STATE})\s+{_ZIP}(?!\d)")
_LABELLED_ZIP = re.compile(
    rf"\b(?:zip|postal|post)\s*(?:code)?\s*[:#]?\s*(?P<zip>{_ZIP})(?!\d)", re.I
)
_AFTER_CUE = re.compile(rf"(?i:\b(?:{PLACE_CUES}))\s+(?:the\s+)?(?P<place>{_PLACE})")


_CLINICAL_HEAD_AFTER = re.compile(
    r"[\s-]+(?i:syndrome|disease|nephropathy|nephritis|sign|score|scale|criteria|test|"
    r"formula|equation|classification|index|grade|type|variant|catheter|procedure)\b"
)


def find_places(text: str) -> Iterator[Hit]:
    """Addresses and places smaller than a state."""
    if DIGIT.search(text):
        for pat in (_STREET, _PO_BOX, _STATE_ZIP):
            for mt in pat.finditer(text):
                yield Hit(mt.start(), mt.end(), "geographic", "[address]")
        for mt in _LABELLED_ZIP.finditer(text):
            yield Hit(mt.start("zip"), mt.end("zip"), "geographic", "[address]")
    if not CAPITAL.search(text):
        return
    for mt in _REGION.finditer(text):
        yield Hit(mt.start(), mt.end(), "geographic", "[address]")
    for mt in _AFTER_CUE.finditer(text):
        words = mt["place"].split()
        # keep the place words up to the first one that is not a place
        n = next((i for i, w in enumerate(words) if w.lower() in NOT_PLACES), len(words))
        end = mt.start("place") + len(" ".join(words[:n]))
        if _CLINICAL_HEAD_AFTER.match(text, end):
            continue  # "seen in Alport syndrome": an eponym, not a place
        if n and words[0].lower() not in SERVICES:
            yield Hit(mt.start("place"), end, "geographic", "[place]")
