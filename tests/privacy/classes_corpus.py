# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A fourth corpus (2026-12-01, written before the code it measures changed): the CLASSES of
issue 14's last misses, in languages the project had no word list for (Dutch, Polish,
Swedish, Turkish) and in German and English, on both sides.

- drug names in other languages' INN spellings ("mycofenolaat", "cyklosporyna",
  "siklosporin", "Mycophenolat"), inflected too ("takrolimusem", "prednizolonu");
- compounds of known words ("bloedkweek", "blododling", "Urinkultur", "kan kültürü");
- eponyms beside a clinical head word in each language, before or after it ("formule van
  Friedewald", "objaw Chwostka", "Sjögrens syndrom", "Alport sendromu", "Congo red");
- organisms: Genus species, the genus written out or abbreviated ("C. difficile");
- gene, protein and antibody symbols ("ADAMTS13", "PLA2R", "HLA-DR3", "anti-GBM") beside
  the same shapes in identifier contexts (a record number, a plate, a user name);
- surnames that are ordinary nouns ("Bakker", "Zimmermann", "Baker", "Kowalczyk") used as
  names: after a first name, a title or a role word, in a signature, as the recorded name.

Clinical terms that must survive are in braces; planted identifiers are listed with their
Safe Harbor kind. Every person, place and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


# one note in one language: nl("...")
nl, pl, sv, tr, de, en = (partial(Note, x) for x in ("nl", "pl", "sv", "tr", "de", "en"))


CLASSES: list[Patient] = [
    Patient(
        name="Willemijn Bakker",
        mrn="ZH-448120",
        birth="1961-02-11",
        notes=[
            nl(
                "Mevrouw Bakker werd op 3 maart 2024 opgenomen in Haarlem met koorts en {koude rillingen}."
            ),
            nl("De {bloedkweek} groeide {Klebsiella pneumoniae}; de {urinekweek} bleef negatief."),
            nl(
                "Zij gebruikt {mycofenolaat mofetil} {1000 mg} tweemaal daags, naast {tacrolimus} en {prednisolon} {5 mg}."
            ),
            nl(
                "Bij opname was het {kreatinine} {412 µmol/L}; antistoffen tegen {PLA2R} waren negatief, {C3} en {C4} normaal."
            ),
            nl("Het {LDL} werd berekend met de {formule van Friedewald}."),
            nl("Tijdens de dialyse daalde de bloeddruk. Daarna werd de {shunt} gecontroleerd."),
            nl("Haar huisarts, dokter Visser uit Zandvoort, is bereikbaar op 06-48213377."),
            nl("Ondertekend, Maarten Dijkstra, nefroloog."),
        ],
        planted=[
            ("name", "Bakker"),
            ("date", "3 maart 2024"),
            ("geographic", "Haarlem"),
            ("name", "Visser"),
            ("geographic", "Zandvoort"),
            ("telephone", "06-48213377"),
            ("name", "Maarten Dijkstra"),
        ],
    ),
    Patient(
        name="Grażyna Nowak",
        mrn="KW-301877",
        birth="1957-09-30",
        notes=[
            pl(
                "Pacjentka Grażyna Nowak została przyjęta do szpitala w Lesznie 14 lutego 2024 z powodu gorączki."
            ),
            pl(
                "Od dwóch lat przyjmuje {mykofenolan mofetylu}, {takrolimus} oraz {prednizon} w dawce {5 mg}."
            ),
            pl(
                "W posiewie krwi wyhodowano {Escherichia coli}, a w posiewie moczu również {E. coli}."
            ),
            pl("Przeciwciała {anty-GBM} i {ANCA} były ujemne, a składowa {C3} obniżona."),
            pl("Rozpoznano {zespół Alporta} u brata pacjentki."),
            pl("Lekarz prowadzący: dr Tomasz Wiśniewski, tel. 601 234 567."),
            pl("Krew pobrała pielęgniarka Kowalczyk."),
        ],
        planted=[
            ("name", "Grażyna Nowak"),
            ("geographic", "Lesznie"),
            ("date", "14 lutego 2024"),
            ("name", "Tomasz Wiśniewski"),
            ("telephone", "601 234 567"),
            ("name", "Kowalczyk"),
        ],
    ),
    Patient(
        name="Astrid Lindqvist",
        mrn="SE-771203",
        birth="1948-06-12",
        notes=[
            sv(
                "Patienten Astrid Lindqvist, född den 12 juni 1948, bor i Kiruna och har {hemodialys} tre gånger i veckan."
            ),
            sv("{Blododling} visade {Staphylococcus aureus} och {urinodling} var negativ."),
            sv("Hon behandlas med {takrolimus}, {prednisolon} och {ciklosporin} har satts ut."),
            sv("Misstanke om {Sjögrens syndrom} med {anti-SSA} i högt titer."),
            sv("Efter dialysen mådde hon bättre och åt middag."),
            sv("Överläkare Erik Sandberg signerade journalen."),
        ],
        planted=[
            ("name", "Astrid Lindqvist"),
            ("date", "12 juni 1948"),
            ("geographic", "Kiruna"),
            ("name", "Erik Sandberg"),
        ],
    ),
    Patient(
        name="Ayşe Yılmaz",
        mrn="TR-5521880",
        birth="1966-04-01",
        notes=[
            tr("Hasta Ayşe Yılmaz, 3 Nisan 2024 tarihinde Eskişehir'deki hastaneye yatırıldı."),
            tr(
                "{Mikofenolat mofetil}, {takrolimus} ve {prednizolon} kullanıyor; {siklosporin} kesildi."
            ),
            tr("Kan kültüründe {Pseudomonas aeruginosa} üredi."),
            tr("{ADAMTS13} aktivitesi düşüktü ve {anti-GBM} negatifti."),
            tr("Annesinde {Alport sendromu} vardı."),
            tr("Dr. Mehmet Öztürk hastayı değerlendirdi."),
            tr("Hemşire Elif Kaya tarafından kan alındı."),
        ],
        planted=[
            ("name", "Ayşe Yılmaz"),
            ("date", "3 Nisan 2024"),
            ("geographic", "Eskişehir'deki"),
            ("name", "Mehmet Öztürk"),
            ("name", "Elif Kaya"),
        ],
    ),
    Patient(
        name="Renate Scholz",
        mrn="MUC-20391",
        birth="1952-11-23",
        notes=[
            de(
                "Frau Scholz erhielt {Mycophenolat} und {Ciclosporin}; {Cyclophosphamid} wurde abgesetzt."
            ),
            de("Die {Urinkultur} war steril, die {Blutkultur} wuchs {Clostridioides difficile}."),
            de(
                "Die {Kongorot-Färbung} war positiv, die {Friedewald-Formel} ergab ein {LDL} von {3,4 mmol/L}."
            ),
            de("Antikörper gegen {PLA2R} und {THSD7A} waren negativ, {HLA-DR3} positiv."),
            de("Die Biopsie wurde von Lukas Zimmermann befundet."),
            de("Mit freundlichen Grüßen\nJonas Richter\nOberarzt"),
            de("Rückfragen bitte an Schwester Weber."),
        ],
        planted=[
            ("name", "Scholz"),
            ("name", "Lukas Zimmermann"),
            ("name", "Jonas Richter"),
            ("name", "Weber"),
        ],
    ),
    Patient(
        name="Harriet Baker",
        mrn="KLB204",
        birth="1949-03-02",
        notes=[
            en(
                "Mrs Baker was admitted with {C. difficile} colitis; {Clostridioides difficile} toxin was positive."
            ),
            en(
                "Renal biopsy: {Congo red} staining showed apple-green birefringence; {IgA} and {C3} were negative on immunofluorescence."
            ),
            en(
                "{ADAMTS13} activity was {42%}; {anti-GBM} and {PLA2R} antibodies were negative; {CD20} counts were suppressed after {rituximab}."
            ),
            en("The {Friedewald formula} underestimated her {LDL}."),
            en("MRN KLB204; her grandson's van, plate LX19 KTE, brings her to dialysis."),
            en("Her portal login is HBaker49 and her carer is Rosa Gardner."),
            en("Reviewed with Gemma Cook, renal registrar."),
        ],
        planted=[
            ("name", "Baker"),
            ("medical record number", "KLB204"),
            ("vehicle identifier", "LX19 KTE"),
            ("username", "HBaker49"),
            ("name", "Rosa Gardner"),
            ("name", "Gemma Cook"),
        ],
    ),
]

# Sentences of clinical terms only, each class in several languages.
TERM_SENTENCES: list[Note] = [
    # drugs in other languages' spellings, inflected
    nl("Zij kreeg {cyclofosfamide}, daarna {ciclosporine} en {hydroxychloroquine}."),
    nl("{Darbepoëtine} werd verhoogd; {furosemide} en {sevelameer} bleven gelijk."),
    pl("Leczenie {cyklofosfamidem} zakończono, włączono {cyklosporynę}."),
    pl("Podano {wankomycynę} i {heparynę}, a poziom {takrolimusu} był niski."),
    pl("Pacjent otrzymał {rytuksymab} i {alfakalcydol}."),
    sv("Hon fick {cyklofosfamid}, {furosemid} och {alfakalcidol}."),
    sv("{Vankomycin} gavs intravenöst."),
    tr("Hastaya {siklofosfamid} ve {rituksimab} verildi; {furosemid} dozu artırıldı."),
    tr("{Sinakalset} ve {kalsitriol} başlandı."),
    de("{Cyclophosphamid} und {Mycophenolsäure} wurden gegeben."),
    # compounds
    nl("De {urinekweek} en de {bloedgasanalyse} waren afwijkend."),
    sv("{Urinodling} och {blodgas} togs."),
    de("Die {Blutkultur} und die {Nierenbiopsie} folgten."),
    # eponyms beside a head word
    nl("Het {teken van Chvostek} was positief."),
    pl("{Objaw Chwostka} był dodatni."),
    sv("{Chvosteks tecken} var positivt."),
    tr("{Chvostek belirtisi} pozitifti."),
    nl("Het {syndroom van Alport} werd genetisch bevestigd."),
    sv("{Alports syndrom} bekräftades genetiskt."),
    pl("Biopsję oceniono według {klasyfikacji Banff}."),
    nl("De {Banff-classificatie} gaf een graad IIA."),
    en("The {Banff classification} and {Oxford classification} were applied."),
    en("A {Kauppila score} of 9 and a {Mehran score} of 12 were recorded."),
    de("Nach {Kauppila-Score} lag eine schwere Verkalkung vor."),
    en("{Prussian blue} and {Sudan black} stains were negative; {Alcian blue} was positive."),
    # organisms
    en(
        "Cultures grew {Enterococcus faecium}, {Candida glabrata} and {Stenotrophomonas maltophilia}."
    ),
    en("{Pneumocystis jirovecii} and {Cryptococcus neoformans} were excluded."),
    en("{S. aureus} and {K. pneumoniae} were isolated."),
    sv("{Klebsiella oxytoca} växte i blodet."),
    tr("{Burkholderia cepacia} izole edildi."),
    # gene, protein, antibody symbols
    en("Genetic testing found a {COL4A5} variant; {APOL1} and {NPHS2} were normal."),
    en("{HLA-B27} was negative; {anti-PLA2R} was {210 RU/mL}; {IgG4} was raised."),
    en("{PR3-ANCA} was negative and {MPO-ANCA} positive; {C5b-9} deposits were seen."),
    en("{HNF1B} and {PKD1} were sequenced; {CFHR5} was deleted."),
    de("{ADAMTS13}-Aktivität unter 10%, {CD19} nicht nachweisbar."),
]
TERM_PATIENT = Patient(name=None, mrn=None, birth=None, notes=TERM_SENTENCES)


def figures() -> tuple[Figures, Ordinary]:
    """Leaks and clinical terms, and ordinary words, of this corpus."""
    from tests.deid_corpus import Entry, measure
    from tests.privacy.measure import entry, measure_ordinary, plain, terms

    corpus = [entry(p) for p in CLASSES]
    corpus.append(
        Entry(
            notes=[plain(n.text) for n in TERM_SENTENCES],
            clinical=[t for n in TERM_SENTENCES for t in terms(n.text)],
        )
    )
    return measure(corpus), measure_ordinary([*CLASSES, TERM_PATIENT])
