"""The case as an ICH E2B(R3) individual case safety report (HL7 v3 ``MCCI_IN200100UV01``
holding one ``PORR_IN049016UV``), from the regulator's facts of the record
(``caselog.clinical.regulatory``).

Mandatory elements are filled from the record; what it does not hold is left out, or
carries the null flavour the guideline allows (``NI``, no information: a seriousness
criterion not recorded, the expedited-report criterion) — never a made-up value. What
caselog itself makes is marked as such: the message, batch and case report identifiers
(``CASELOG-<case id>``), the creation times, and "first sender: other" (caselog is no
regulator's system). Terms without a MedDRA code carry their words alone (the
``originalText``) and the narrative says they are uncoded. A drug whose name is a WHODrug
drug name carries its Drug Code as the product's identifier (G.k.2.1.1b, the release as
G.k.2.1.1a) beside the name as reported (G.k.2.2); the others carry the name alone.

``validate(xml, schema)`` checks a message against the ICH schema files, which cannot ship
with caselog: the user names them with ``CASELOG_E2B_SCHEMA`` (the folder of the ICH
package's ``multicacheschemas``, or ``MCCI_IN200100UV01.xsd`` itself).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lxml import etree

from caselog.clinical.regulatory import Drug, Facts, Lab, event_line
from caselog.clinical.ucum import ucum
from caselog.core.dates import PartialDate
from caselog.core.vocab import label

SCHEMA_ENV = "CASELOG_E2B_SCHEMA"
HL7 = "urn:hl7-org:v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_X = f"{{{XSI}}}type"

# OIDs of the ICH E2B(R3) implementation guide
OID = "2.16.840.1.113883.3.989.2.1"
BATCH_ID = f"{OID}.3.22"
MESSAGE_ID = f"{OID}.3.1"
CASE_ID = f"{OID}.3.1"
WORLDWIDE_ID = f"{OID}.3.2"
BATCH_SENDER, BATCH_RECEIVER = f"{OID}.3.13", f"{OID}.3.14"
MESSAGE_SENDER, MESSAGE_RECEIVER = f"{OID}.3.11", f"{OID}.3.12"
CODES = f"{OID}.1.19"  # the ICH observation codes
MEDDRA = "2.16.840.1.113883.6.163"
# No OID for WHODrug Drug Codes is known to caselog: the code says its system by name.
WHODRUG_NAME = "WHODrug Global Drug Code"
COUNTRY = "1.0.3166.1.2.2"
SEX = "1.0.5218"
INTERACTION = "2.16.840.1.113883.1.6"

SERIOUSNESS = (  # E.i.3.2a-f: code of the ICH observation, criterion of the record
    ("34", "death"),
    ("21", "life_threatening"),
    ("33", "hospitalization"),
    ("35", "disability"),
    ("12", "congenital_anomaly"),
    ("26", "other_medically_important"),
)
OUTCOME = {  # E.i.7
    "recovered": "1",
    "recovering": "2",
    "not_recovered": "3",
    "recovered_with_sequelae": "4",
    "fatal": "5",
    "unknown": "0",
}
REPORT_TYPE = {"spontaneous": "1", "study": "2", "other": "3", "not_available": "4"}  # C.1.3
QUALIFICATION = {  # C.2.r.4
    "physician": "1",
    "pharmacist": "2",
    "other_health_professional": "3",
    "lawyer": "4",
    "consumer": "5",
}
RECHALLENGE = {"positive": "1", "negative": "2", "not_done": "4"}  # G.k.9.i.4
SEX_CODE = {"male": "1", "female": "2"}


class SchemaError(Exception):
    """The ICH schema named cannot be read, or the message does not validate against it."""


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str) -> Any:
    e = etree.SubElement(parent, f"{{{HL7}}}{tag}")
    for k, v in attrs.items():
        e.set(_X if k == "xsi_type" else k, v)
    if text is not None:
        e.text = text
    return e


def _ts(d: PartialDate | dt.date | dt.datetime) -> str:
    """An HL7 timestamp at the precision known: ``20240604``, ``202406``, ``2024``."""
    if isinstance(d, dt.datetime):
        return d.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S+0000")
    if isinstance(d, dt.date):
        return d.strftime("%Y%m%d")
    return d.isoformat().replace("-", "")


def _code(parent: Any, code: str, system: str = CODES) -> Any:
    return _el(parent, "code", code=code, codeSystem=system)


def _observation(parent: Any, code: str, type_code: str = "PERT") -> Any:
    rel = _el(parent, "outboundRelationship2", typeCode=type_code)
    obs = _el(rel, "observation", classCode="OBS", moodCode="EVN")
    _code(obs, code)
    return obs


def _subject_observation(role: Any, code: str) -> Any:
    sub = _el(role, "subjectOf2", typeCode="SBJ")
    obs = _el(sub, "observation", classCode="OBS", moodCode="EVN")
    _code(obs, code)
    return obs


def _organizer(role: Any, code: str) -> Any:
    sub = _el(role, "subjectOf2", typeCode="SBJ")
    org = _el(sub, "organizer", classCode="CATEGORY", moodCode="EVN")
    _code(org, code, f"{OID}.1.20")
    return org


def _term(parent: Any, text: str, coded: Any) -> Any:
    """A MedDRA-coded value (E.i.2.1, D.7.1.r.1): the LLT code when one was found, the
    words as reported always."""
    if coded is not None:
        value = _el(parent, "value", xsi_type="CE", code=coded.llt_code, codeSystem=MEDDRA,
                    codeSystemVersion=coded.version)  # fmt: skip
    else:
        value = _el(parent, "value", xsi_type="CE", codeSystem=MEDDRA)
    _el(value, "originalText", text)
    return value


def _uuid(case_key: str, name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"caselog:{case_key}:{name}"))


def case_report_id(f: Facts) -> str:
    """C.1.1: ``<country>-CASELOG-<case id>`` (the country where the reaction occurred,
    when recorded)."""
    local = f"CASELOG-{f.case.id if f.case.id is not None else f.case.key or 'case'}"
    return f"{f.regulatory.country}-{local}" if f.regulatory.country else local


def narrative(f: Facts) -> str:
    """H.1: the clinical course as recorded, with what E2B has no element for."""
    lines = [f"Reaction: {f.reaction.describe()}" if f.reaction else "Reaction: not recorded"]
    if f.case.patient.age is not None:
        lines.append(f"Age at the index date: {f.case.patient.age} years.")
    lines += [f"Kidney: {k}." for k in f.kidney]
    for e in f.clinical:
        lines.append(f"{e.date.isoformat()}: {event_line(e)}")
    for d in f.treatments:
        start = d.start.isoformat() if d.start else "date not recorded"
        lines.append(f"Treatment of the reaction: {d.name} from {start}.")
    de = label(f.dechallenge) if f.dechallenge else "not recorded"
    re = label(f.rechallenge) if f.rechallenge else "not recorded"
    lines.append(f"Dechallenge: {de}. Rechallenge: {re}.")
    lines.append(f.coding_note())
    return "\n".join(lines)


def build(f: Facts, *, now: dt.datetime | None = None) -> bytes:
    """The E2B(R3) message of ``f`` as UTF-8 XML."""
    now = now or dt.datetime.now(dt.UTC)
    stamp = _ts(now)
    report_id = case_report_id(f)
    root = etree.Element(f"{{{HL7}}}MCCI_IN200100UV01", nsmap={None: HL7, "xsi": XSI})
    root.set("ITSVersion", "XML_1.0")
    _el(root, "id", extension=f"B-{report_id}-{stamp[:14]}", root=BATCH_ID)  # N.1.2
    _el(root, "creationTime", value=stamp)  # N.1.5
    _el(root, "responseModeCode", code="D")
    _el(root, "interactionId", extension="MCCI_IN200100UV01", root=INTERACTION)
    _el(root, "name", code="1", codeSystem=f"{OID}.1.1")  # N.1.1: ICH ICSR
    msg = _el(root, "PORR_IN049016UV")
    _el(msg, "id", extension=f"M-{report_id}-{stamp[:14]}", root=MESSAGE_ID)  # N.2.r.1
    _el(msg, "creationTime", value=stamp)  # N.2.r.4
    _el(msg, "interactionId", extension="PORR_IN049016UV", root=INTERACTION)
    _el(msg, "processingCode", code="P")
    _el(msg, "processingModeCode", code="T")
    _el(msg, "acceptAckCode", code="AL")
    _device(msg, "receiver", "RCV", MESSAGE_RECEIVER)  # N.2.r.3: not recorded
    _device(msg, "sender", "SND", MESSAGE_SENDER)  # N.2.r.2: not recorded
    act = _el(msg, "controlActProcess", classCode="CACT", moodCode="EVN")
    _el(act, "code", code="PORR_TE049016UV", codeSystem="2.16.840.1.113883.1.18")
    _el(act, "effectiveTime", value=stamp)  # C.1.2
    subject = _el(act, "subject", typeCode="SUBJ")
    inv = _el(subject, "investigationEvent", classCode="INVSTG", moodCode="EVN")
    _el(inv, "id", extension=report_id, root=CASE_ID)  # C.1.1
    _el(inv, "id", extension=report_id, root=WORLDWIDE_ID)  # C.1.8.1
    _el(inv, "code", code="PAT_ADV_EVNT", codeSystem="2.16.840.1.113883.5.4")
    _el(inv, "text", narrative(f))  # H.1
    _el(inv, "statusCode", code="active")
    if f.regulatory.received_date is not None:  # C.1.4
        _el(_el(inv, "effectiveTime"), "low", value=_ts(f.regulatory.received_date))
    if f.case.updated_at is not None:  # C.1.5: the record's last change
        _el(inv, "availabilityTime", value=_ts(f.case.updated_at.date()))
    _assessment(inv, f, report_id)
    expedited = _el(_el(inv, "component", typeCode="COMP"), "observationEvent",
                    classCode="OBS", moodCode="EVN")  # fmt: skip
    _code(expedited, "23")  # C.1.7: not recorded
    _el(expedited, "value", xsi_type="BL", nullFlavor="NI")
    _first_sender(inv)
    _reporter(inv, f)
    if f.regulatory.report_type is not None:  # C.1.3
        sub = _el(inv, "subjectOf2", typeCode="SUBJ")
        ch = _el(sub, "investigationCharacteristic", classCode="OBS", moodCode="EVN")
        _code(ch, "1", f"{OID}.1.23")
        _el(ch, "value", xsi_type="CE", code=REPORT_TYPE[f.regulatory.report_type],
            codeSystem=f"{OID}.1.2")  # fmt: skip
    _device(root, "receiver", "RCV", BATCH_RECEIVER)  # N.1.4: not recorded
    _device(root, "sender", "SND", BATCH_SENDER)  # N.1.3: not recorded
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def _device(parent: Any, tag: str, type_code: str, oid: str) -> None:
    device = _el(_el(parent, tag, typeCode=type_code), "device", classCode="DEV",
                 determinerCode="INSTANCE")  # fmt: skip
    _el(device, "id", root=oid, nullFlavor="NI")


def _first_sender(inv: Any) -> None:
    rel = _el(inv, "outboundRelationship", typeCode="SPRT")
    related = _el(rel, "relatedInvestigation", classCode="INVSTG", moodCode="EVN")
    _code(related, "1", f"{OID}.1.22")
    event = _el(_el(related, "subjectOf2", typeCode="SUBJ"), "controlActEvent",
                classCode="CACT", moodCode="EVN")  # fmt: skip
    entity = _el(_el(event, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
    _code(entity, "2", f"{OID}.1.3")  # C.1.8.2: other (not a regulator)


def _reporter(inv: Any, f: Facts) -> None:
    """C.2.r: the primary source, when the record names anything of the reporter."""
    r = f.reporter
    if f.case.regulatory is None or f.case.regulatory.reporter is None:
        return
    rel = _el(inv, "outboundRelationship", typeCode="SPRT")
    _el(rel, "priorityNumber", value="1")  # C.2.r.5: primary source for regulatory purposes
    related = _el(rel, "relatedInvestigation", classCode="INVSTG", moodCode="EVN")
    _code(related, "2", f"{OID}.1.22")
    event = _el(_el(related, "subjectOf2", typeCode="SUBJ"), "controlActEvent",
                classCode="CACT", moodCode="EVN")  # fmt: skip
    entity = _el(_el(event, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
    if r.street or r.city or r.postcode:
        addr = _el(entity, "addr")
        for tag, value in (("streetAddressLine", r.street), ("city", r.city),
                           ("postalCode", r.postcode)):  # fmt: skip
            if value:
                _el(addr, tag, value)
    if r.phone:
        _el(entity, "telecom", value=f"tel:{r.phone}")
    if r.email:
        _el(entity, "telecom", value=f"mailto:{r.email}")
    person = _el(entity, "assignedPerson", classCode="PSN", determinerCode="INSTANCE")
    if r.name:
        _el(person, "name", r.name)  # as written: caselog does not split given and family
    if r.qualification:
        qual = _el(person, "asQualifiedEntity", classCode="QUAL")
        _code(qual, QUALIFICATION[r.qualification], f"{OID}.1.6")
    if r.country:
        located = _el(person, "asLocatedEntity", classCode="LOCE")
        place = _el(located, "location", classCode="COUNTRY", determinerCode="INSTANCE")
        _code(place, r.country, COUNTRY)
    if r.department or r.organisation:
        org = _el(entity, "representedOrganization", classCode="ORG", determinerCode="INSTANCE")
        if r.department:
            _el(org, "name", r.department)
        if r.organisation:
            inner = _el(org, "assignedEntity", classCode="ASSIGNED")
            top = _el(inner, "representedOrganization", classCode="ORG",
                      determinerCode="INSTANCE")  # fmt: skip
            _el(top, "name", r.organisation)


def _assessment(inv: Any, f: Facts, report_id: str) -> None:
    comp = _el(inv, "component", typeCode="COMP")
    aea = _el(comp, "adverseEventAssessment", classCode="INVSTG", moodCode="EVN")
    role = _el(_el(aea, "subject1", typeCode="SBJ"), "primaryRole", classCode="INVSBJ")
    player = _el(role, "player1", classCode="PSN", determinerCode="INSTANCE")
    if f.initials:  # D.1
        _el(player, "name", f.initials)
    else:
        _el(player, "name", nullFlavor="UNK")
    if f.sex in SEX_CODE:  # D.5
        _el(player, "administrativeGenderCode", code=SEX_CODE[f.sex], codeSystem=SEX)
    if f.birth_date is not None:  # D.2.1
        _el(player, "birthTime", value=_ts(f.birth_date))
    age = _age_at_onset(f)
    if age is not None:  # D.2.2: from the birth date and the onset only
        obs = _subject_observation(role, "3")
        _el(obs, "value", xsi_type="PQ", value=str(age), unit="a")
    if f.weight_kg is not None:  # D.3
        _el(_subject_observation(role, "7"), "value", xsi_type="PQ", value=f"{f.weight_kg:g}",
            unit="kg")  # fmt: skip
    if f.height_cm is not None:  # D.4
        _el(_subject_observation(role, "17"), "value", xsi_type="PQ", value=f"{f.height_cm:g}",
            unit="cm")  # fmt: skip
    _history(role, f)
    reaction_id = _uuid(report_id, "reaction")
    if f.reaction is not None:
        _reaction(role, f, reaction_id)
    if f.labs:
        org = _organizer(role, "3")  # F.r
        for lab in f.labs:
            _lab(org, lab)
    drugs = [*f.suspects, *f.concomitants]
    if drugs:
        org = _organizer(role, "4")  # G.k
        for n, d in enumerate(drugs):
            _drug(org, d, _uuid(report_id, f"drug-{n}"), f, reaction_id)
    for n, d in enumerate(drugs):
        _role(aea, "1" if d.role == "suspect" else "2", _uuid(report_id, f"drug-{n}"))
        if d.role == "suspect" and f.reaction is not None:
            _causality(aea, f, _uuid(report_id, f"drug-{n}"), reaction_id)


def _age_at_onset(f: Facts) -> int | None:
    birth, onset = f.birth_date, f.onset
    if birth is None or onset is None:
        return None
    b, w = birth.midpoint(), onset.midpoint()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _history(role: Any, f: Facts) -> None:
    """D.7.1.r for each term coded to MedDRA; D.7.2 the text of the others."""
    if not f.history and not f.kidney:
        return
    org = _organizer(role, "1")
    uncoded: list[str] = list(f.kidney)
    for item, term in f.history:
        if term.coded is None:
            since = f" (since {item.since.isoformat()})" if item.since else ""
            ongoing = "" if item.ongoing is None else (", ongoing" if item.ongoing else ", ended")
            uncoded.append(f"{item.condition}{since}{ongoing}")
            continue
        obs = _el(_el(org, "component", typeCode="COMP"), "observation", classCode="OBS",
                  moodCode="EVN")  # fmt: skip
        _el(obs, "code", code=term.coded.llt_code, codeSystem=MEDDRA,
            codeSystemVersion=term.coded.version)  # fmt: skip
        if item.since is not None:
            _el(_el(obs, "effectiveTime", xsi_type="IVL_TS"), "low", value=_ts(item.since))
        if item.ongoing is not None:
            cont = _el(obs, "inboundRelationship", typeCode="REFR")
            o = _el(cont, "observation", classCode="OBS", moodCode="EVN")
            _code(o, "13")  # D.7.1.r.3: continuing
            _el(o, "value", xsi_type="BL", value="true" if item.ongoing else "false")
        if item.notes:
            note = _el(obs, "outboundRelationship2", typeCode="COMP")
            o = _el(note, "observation", classCode="OBS", moodCode="EVN")
            _code(o, "10")  # D.7.1.r.5: comments
            _el(o, "value", item.notes, xsi_type="ED")
    if uncoded:
        obs = _el(_el(org, "component", typeCode="COMP"), "observation", classCode="OBS",
                  moodCode="EVN")  # fmt: skip
        _code(obs, "18")  # D.7.2: text for relevant medical history
        _el(obs, "value", "; ".join(uncoded), xsi_type="ED")


def _reaction(role: Any, f: Facts, reaction_id: str) -> None:
    assert f.reaction is not None
    obs = _subject_observation(role, "29")
    obs.insert(0, etree.Element(f"{{{HL7}}}id", root=reaction_id))
    if f.onset is not None:  # E.i.4
        time = _el(obs, "effectiveTime", xsi_type="IVL_TS")
        _el(time, "low", value=_ts(f.onset))
    _term(obs, f.reaction.text, f.reaction.coded)  # E.i.1.1a, E.i.2.1
    if f.regulatory.country:  # E.i.9
        place = _el(_el(_el(obs, "location", typeCode="LOC"), "locatedEntity",
                        classCode="LOCE"), "locatedPlace", classCode="COUNTRY",
                    determinerCode="INSTANCE")  # fmt: skip
        _code(place, f.regulatory.country, COUNTRY)
    for code, criterion in SERIOUSNESS:  # E.i.3.2a-f: as recorded, or no information
        value = _el(_observation(obs, code), "value", xsi_type="BL")
        if criterion in f.criteria:
            value.set("value", "true")
        elif f.serious_recorded:  # seriousness recorded and this criterion not met
            value.set("value", "false")
        else:
            value.set("nullFlavor", "NI")
    if f.outcome is not None:  # E.i.7
        _el(_observation(obs, "27"), "value", xsi_type="CE", code=OUTCOME[f.outcome],
            codeSystem=f"{OID}.1.11")  # fmt: skip


def _lab(org: Any, lab: Lab) -> None:
    obs = _el(_el(org, "component", typeCode="COMP"), "observation", classCode="OBS",
              moodCode="EVN")  # fmt: skip
    code = _el(obs, "code", codeSystem=MEDDRA)
    _el(code, "originalText", lab.test)  # F.r.2.1: test name as written
    _el(obs, "effectiveTime", value=_ts(lab.date))  # F.r.1
    unit = ucum(lab.unit) or lab.unit
    if lab.value is not None:  # F.r.3.2, F.r.3.3
        value = _el(obs, "value", xsi_type="IVL_PQ")
        center = _el(value, "center", value=f"{lab.value:g}")
        if unit:
            center.set("unit", unit)
    else:  # F.r.3.4
        _el(obs, "value", lab.result, xsi_type="ED")
    for bound, flag in ((lab.ref_low, "L"), (lab.ref_high, "H")):  # F.r.4, F.r.5
        if bound is None:
            continue
        rng = _el(_el(obs, "referenceRange", typeCode="REFV"), "observationRange",
                  classCode="OBS", moodCode="EVN.CRT")  # fmt: skip
        v = _el(rng, "value", xsi_type="PQ", value=f"{bound:g}")
        if unit:
            v.set("unit", unit)
        _el(rng, "interpretationCode", code=flag, codeSystem="2.16.840.1.113883.5.83")


def _drug(org: Any, d: Drug, drug_id: str, f: Facts, reaction_id: str) -> None:
    sa = _el(_el(org, "component", typeCode="COMP"), "substanceAdministration",
             classCode="SBADM", moodCode="EVN")  # fmt: skip
    _el(sa, "id", root=drug_id)
    product = _el(_el(_el(sa, "consumable", typeCode="CSM"), "instanceOfKind",
                      classCode="INST"), "kindOfProduct", classCode="MMAT",
                  determinerCode="KIND")  # fmt: skip
    if d.coded is not None:  # G.k.2.1.1b, G.k.2.1.1a: the WHODrug Drug Code, its release
        _el(product, "code", code=d.coded.drug_code, codeSystemName=WHODRUG_NAME,
            codeSystemVersion=d.coded.version)  # fmt: skip
    _el(product, "name", d.name)  # G.k.2.2
    if d.manufacturers:  # G.k.11: no element holds the maker of a reported product
        extra = _observation(sa, "2", "REFR")
        _el(extra, "value", "Manufacturer: " + ", ".join(d.manufacturers), xsi_type="ST")
    if d.role == "suspect" and f.rechallenge in RECHALLENGE:  # G.k.9.i.4
        rec = _observation(sa, "31")
        _el(rec, "value", xsi_type="CE", code=RECHALLENGE[f.rechallenge],
            codeSystem=f"{OID}.1.16")  # fmt: skip
        ref = _el(_el(rec, "outboundRelationship1", typeCode="REFR"), "actReference",
                  classCode="OBS", moodCode="EVN")  # fmt: skip
        _el(ref, "id", root=reaction_id)
    dosage = _el(sa, "outboundRelationship2", typeCode="COMP")  # G.k.4.r
    dose = _el(dosage, "substanceAdministration", classCode="SBADM", moodCode="EVN")
    if d.dosage():
        _el(dose, "text", d.dosage())  # G.k.4.r.8: dosage text
    if d.start is not None or d.stop is not None:  # G.k.4.r.4, G.k.4.r.5
        time = _el(dose, "effectiveTime", xsi_type="IVL_TS")
        if d.start is not None:
            _el(time, "low", value=_ts(d.start))
        if d.stop is not None:
            _el(time, "high", value=_ts(d.stop))
    if d.routes:  # G.k.4.r.10.1: route as reported
        route = _el(dose, "routeCode")
        _el(route, "originalText", ", ".join(d.routes))
    if d.batches:  # G.k.4.r.7: batch / lot number
        inst = _el(_el(_el(dose, "consumable", typeCode="CSM"), "instanceOfKind",
                       classCode="INST"), "productInstanceInstance", classCode="MMAT",
                   determinerCode="INSTANCE")  # fmt: skip
        _el(inst, "id", nullFlavor="NI")
        _el(inst, "lotNumberText", ", ".join(d.batches))
    for indication in d.indications:  # G.k.6.r.1
        obs = _el(_el(sa, "inboundRelationship", typeCode="RSON"), "observation",
                  classCode="OBS", moodCode="EVN")  # fmt: skip
        _code(obs, "19")
        _term(obs, indication, None)
    if d.stop is not None:  # G.k.8: the record holds a stop of the drug
        act = _el(_el(sa, "inboundRelationship", typeCode="CAUS"), "act", classCode="ACT",
                  moodCode="EVN")  # fmt: skip
        _code(act, "1", f"{OID}.1.15")  # drug withdrawn


def _role(aea: Any, code: str, drug_id: str) -> None:
    ca = _el(_el(aea, "component", typeCode="COMP"), "causalityAssessment", classCode="OBS",
             moodCode="EVN")  # fmt: skip
    _code(ca, "20")  # G.k.1: characterisation of drug role
    _el(ca, "value", xsi_type="CE", code=code, codeSystem=f"{OID}.1.13")
    ref = _el(_el(ca, "subject2", typeCode="SUBJ"), "productUseReference", classCode="SBADM",
              moodCode="EVN")  # fmt: skip
    _el(ref, "id", root=drug_id)


def _causality(aea: Any, f: Facts, drug_id: str, reaction_id: str) -> None:
    """G.k.9.i.2.r: the WHO-UMC category and the Naranjo result, each when recorded."""
    results = []
    if f.who_umc:
        results.append(("WHO-UMC", label(f.who_umc)))
    if f.naranjo_score is not None:
        results.append(("Naranjo", f"{f.naranjo_band} (score {f.naranjo_score})"))
    for method, result in results:
        ca = _el(_el(aea, "component", typeCode="COMP"), "causalityAssessment",
                 classCode="OBS", moodCode="EVN")  # fmt: skip
        _code(ca, "39")
        _el(ca, "value", result, xsi_type="ST")  # G.k.9.i.2.r.3
        _el(_el(ca, "methodCode"), "originalText", method)  # G.k.9.i.2.r.2
        entity = _el(_el(ca, "author", typeCode="AUT"), "assignedEntity", classCode="ASSIGNED")
        _el(_el(entity, "code"), "originalText", "author of the case record")
        ae = _el(_el(ca, "subject1", typeCode="SUBJ"), "adverseEffectReference",
                 classCode="OBS", moodCode="EVN")  # fmt: skip
        _el(ae, "id", root=reaction_id)
        pu = _el(_el(ca, "subject2", typeCode="SUBJ"), "productUseReference",
                 classCode="SBADM", moodCode="EVN")  # fmt: skip
        _el(pu, "id", root=drug_id)


# ---------------------------------------------------------------- the ICH schema


def schema_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """The ICH schema ``CASELOG_E2B_SCHEMA`` names (a folder holding
    ``MCCI_IN200100UV01.xsd``, or that file), or None when it is not set."""
    given = (os.environ if environ is None else environ).get(SCHEMA_ENV, "").strip()
    if not given:
        return None
    path = Path(given)
    if path.is_dir():
        found = sorted(path.rglob("MCCI_IN200100UV01.xsd"))
        if not found:
            raise SchemaError(f"{path}: holds no MCCI_IN200100UV01.xsd (set {SCHEMA_ENV})")
        return found[0]
    if not path.is_file():
        raise SchemaError(f"{path}: no such schema file (set {SCHEMA_ENV})")
    return path


def validate(xml: bytes, schema: Path) -> None:
    """SchemaError listing where the message breaks the schema, if it does."""
    try:
        xsd = etree.XMLSchema(etree.parse(str(schema)))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as exc:
        raise SchemaError(f"{schema}: cannot be read as an XML schema: {exc}") from exc
    doc = etree.fromstring(xml)
    if not xsd.validate(doc):
        problems = "; ".join(f"line {e.line}: {e.message}" for e in list(xsd.error_log)[:10])
        raise SchemaError(f"the E2B message does not validate against {schema}: {problems}")
