"""Identifiers inside HL7 version 2 messages pasted into a note (issue 14): a line
"PID|1||MRN123^^^HOSP||BIGHORSE^ADA^MAE||19480312|F|||12 Elm St^^Tulsa^OK^74106".

The segments that describe a person (the patient, a relative, a guarantor, an insured,
the message's sender and receiver, a visit's clinicians and facility) carry nothing but
identifiers and codes, so every field of them that holds a letter or a digit is redacted,
whatever its words: a given name in capitals after a caret is a name though no list knows
it. Their set ID (field 1) and one-letter codes (sex "F", a patient class "I") are kept.
Segments of results and orders (OBX, OBR, ORC, ...) are clinical and are left to the
rest of the engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy.patterns import Hit

# segments that hold a person or a place: message header, patient, additional
# demographics, next of kin, visit and its additional data, guarantor, insurance
_PERSON_SEGMENTS = ("MSH", "PID", "PD1", "NK1", "PV1", "PV2", "GT1", "IN1", "IN2", "MRG", "ROL")
_SEGMENT = re.compile(rf"(?m)^[ \t]*(?:{'|'.join(_PERSON_SEGMENTS)})\|[^\r\n]*")
_FIELD = re.compile(r"[^|^~&\\\r\n]+")  # a component between separators


def find_hl7(text: str) -> Iterator[Hit]:
    """Each component of a person segment's fields that holds a letter or digit, the set
    ID and one-letter codes aside."""
    if "|" not in text:
        return
    for seg in _SEGMENT.finditer(text):
        line = seg.group()
        fields = line.split("|")
        pos = seg.start()
        for n, value in enumerate(fields):
            if n >= 2:  # 0 the segment's name; 1 its set ID, or MSH's encoding characters
                for mt in _FIELD.finditer(value):
                    part = mt.group().strip()
                    if len(part) <= 1 or not any(c.isalnum() for c in part):
                        continue
                    a = pos + mt.start() + (len(mt.group()) - len(mt.group().lstrip()))
                    yield Hit(a, a + len(part), "HL7 field", "[redacted]")
            pos += len(value) + 1
