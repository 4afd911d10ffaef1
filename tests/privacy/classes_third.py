# ruff: noqa: E501  (a corpus: one note a line reads best)
"""A third classes corpus (2026-12-01), written for the leak classes of issue 14 that the
heldout4 corpus showed, before any change made for them, in forms and languages heldout4
does not use: Danish, Norwegian, Portuguese, Italian, Romanian, Croatian and Slovak, and
English in other shapes.

Classes: postcodes of other countries beside a town or in an address line; towns in a
place slot with no cue word; holidays, name days and weekday compounds; dates written
out; tattoos, scars and birthmarks; ages over 89 as words and in other languages; plates,
national identity, account and insurance numbers written with spaces and dashes;
nicknames; user names; a first name that is also a word at a sentence's start; letters
outside the note's alphabet.

Clinical terms in braces must survive (among them the traps of the new rules: "in
Tacrolimus-treated", an eponym after "in", a capitalised score after "on"); planted
identifiers must not. Every person, place and number is invented.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tests.privacy.unseen_corpus import Note, Patient

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


da, no, pt, it, ro, hr, sk, en = (
    partial(Note, x) for x in ("da", "no", "pt", "it", "ro", "hr", "sk", "en")
)

THIRD: list[Patient] = [
    Patient(
        name="Bodil Kjærgaard",
        mrn="OUH-40077",
        birth="1932-03-11",
        notes=[
            da("Adresse: Skovbrynet 9, 5700; hun bor alene med en kat."),
            da("Hun blev indlagt juleaften med {feber} og {peritonitis}; {CRP} var {212 mg/l}."),
            da("Datteren ringer tirsdagaften, og hun fyldte 92 år i sommer."),
            da("Hun har en tatovering af en ørn på venstre skulder."),
            da("CPR-nummer 110332 4418 blev tjekket ved indlæggelsen den 3. februar 2024."),
            da("Hun kaldes Mormor Bitte af hele afsnittet; brugernavn i appen: bodil_fyn32."),
            da("Bilen med nummerpladen AB 47 119 er solgt."),
        ],
        planted=[
            ("name/recorded", "Bodil Kjærgaard"),
            ("geographic/street DK", "Skovbrynet 9"),
            ("geographic/postcode DK", "5700"),
            ("date/holiday in Danish", "juleaften"),
            ("date/weekday compound in Danish", "tirsdagaften"),
            ("age over 89/Danish", "92 år"),
            ("other unique identifier/tattoo", "tatovering af en ørn"),
            ("social security number/CPR with space", "110332 4418"),
            ("date/written out in Danish", "3. februar 2024"),
            ("name/nickname", "Mormor Bitte"),
            ("other unique identifier/username", "bodil_fyn32"),
            ("vehicle identifier/DK plate", "AB 47 119"),
        ],
    ),
    Patient(
        name="Solveig Haugland",
        mrn="SUS-88120",
        birth="1930-05-02",
        notes=[
            no("Hun bor på Lyngveien 4, 4370, sammen med sønnen."),
            no("Hun fylte 94 på grunnlovsdagen og fikk {hemodialyse} samme kveld."),
            no("Hun har et arr formet som en halvmåne på haken."),
            no("Fødselsnummer 020530 44172; {kreatinin} {612 µmol/l}."),
            no("Sønnen kommer onsdagskveld fra Egersund med bilen."),
            no("Hun behandles med {takrolimus} og {prednisolon} etter {nyretransplantasjon}."),
        ],
        planted=[
            ("name/recorded", "Solveig Haugland"),
            ("geographic/street NO", "Lyngveien 4"),
            ("geographic/postcode NO", "4370"),
            ("age over 89/Norwegian", "fylte 94"),
            ("date/holiday in Norwegian", "grunnlovsdagen"),
            ("other unique identifier/scar", "arr formet som en halvmåne"),
            ("social security number/fødselsnummer", "020530 44172"),
            ("date/weekday compound in Norwegian", "onsdagskveld"),
            ("geographic/town after from", "Egersund"),
        ],
    ),
    Patient(
        name="Conceição Barros",
        mrn="HSJ-22019",
        birth="1929-09-14",
        notes=[
            pt("Morada: Rua das Flores 118, 2.º esq., 4050-262; vive com a filha."),
            pt("Internada no Dia de Reis com {pneumonia}; fez {ceftriaxona} {2 g}."),
            pt("A D. Conceição, conhecida como Ção no bairro, tem 95 anos."),
            pt("Tem uma tatuagem de uma andorinha no pulso direito."),
            pt("NIF 231 447 902; cartão de utente 5190 4471 22."),
            pt("A {biópsia renal} mostrou {nefropatia por IgA} com {crescentes celulares}."),
        ],
        planted=[
            ("name/recorded", "Conceição Barros"),
            ("geographic/street PT", "Rua das Flores 118"),
            ("geographic/postcode PT", "4050-262"),
            ("date/holiday in Portuguese", "Dia de Reis"),
            ("name/nickname", "Ção"),
            ("age over 89/Portuguese", "95 anos"),
            ("other unique identifier/tattoo", "tatuagem de uma andorinha"),
            ("social security number/NIF with spaces", "231 447 902"),
            ("health plan number/utente", "5190 4471 22"),
        ],
    ),
    Patient(
        name="Giuseppina Ferri",
        mrn="AOU-77410",
        birth="1931-01-06",
        notes=[
            it("Abita a Lucca, in via del Fosso 12, 55100, con la nuora."),
            it("Ricoverata il giorno di Pasquetta per {iperkaliemia}; {potassio} {6,8 mmol/l}."),
            it("Ha compiuto 93 anni il 14 febbraio; il codice fiscale è FRRGPP31A46E715K."),
            it("Ha una cicatrice a forma di stella sulla fronte."),
            it("La chiamano tutti Pina; la targa dell'auto del figlio è GE 447 KP."),
            it("Il {trapianto} era stato eseguito a Pisa; in terapia con {micofenolato}."),
        ],
        planted=[
            ("name/recorded", "Giuseppina Ferri"),
            ("geographic/street IT", "via del Fosso 12"),
            ("geographic/town after a", "Lucca"),
            ("geographic/postcode IT", "55100"),
            ("date/holiday in Italian", "Pasquetta"),
            ("age over 89/Italian", "93 anni"),
            ("social security number/codice fiscale", "FRRGPP31A46E715K"),
            ("other unique identifier/scar", "cicatrice a forma di stella"),
            ("name/nickname", "Pina"),
            ("vehicle identifier/IT plate", "GE 447 KP"),
            ("geographic/town after a", "Pisa"),
        ],
    ),
    Patient(
        name="Floarea Munteanu",
        mrn="CJ-55120",
        birth="1930-08-15",
        notes=[
            ro(
                "Pacienta din Turda, în vârstă de 94 de ani, face {hemodializă} de trei ori pe săptămână."
            ),
            ro("Adresa: Strada Avram Iancu 14, ap. 3, 401100; telefon 0264 311 447."),
            ro("A fost internată pe 14 martie 2024 și externată de Rusalii."),
            ro("CNP 2300815124471; numărul de înmatriculare CJ 12 FLM."),
            ro("Are un semn din naștere în formă de inimă pe obraz."),
            ro("Nepoata ei, poreclită Lulu, vine marțea."),
        ],
        planted=[
            ("name/recorded", "Floarea Munteanu"),
            ("geographic/street RO", "Strada Avram Iancu 14"),
            ("geographic/town after din", "Turda"),
            ("age over 89/Romanian", "94 de ani"),
            ("geographic/postcode RO", "401100"),
            ("date/written out in Romanian", "14 martie 2024"),
            ("date/holiday in Romanian", "Rusalii"),
            ("social security number/CNP", "2300815124471"),
            ("vehicle identifier/RO plate", "CJ 12 FLM"),
            ("other unique identifier/birthmark", "semn din naștere în formă de inimă"),
            ("name/nickname", "Lulu"),
        ],
    ),
    Patient(
        name="Ankica Horvat",
        mrn="KBC-31190",
        birth="1931-12-04",
        notes=[
            hr("Gospođa Horvat iz Vinkovaca ima 92 godine i liječi se {peritonejskom dijalizom}."),
            hr("Primljena je na Badnjak s {peritonitisom}; izolirana je {Pseudomonas aeruginosa}."),
            hr("Ima ožiljak u obliku slova V na bradi."),
            hr("OIB 40217733018; registracija vozila ZG 4471-KB."),
            hr("Otpuštena je 5. svibnja 2024. uz {ciprofloksacin}."),
        ],
        planted=[
            ("name/recorded", "Ankica Horvat"),
            ("geographic/town inflected after iz", "Vinkovaca"),
            ("age over 89/Croatian", "92 godine"),
            ("date/holiday in Croatian", "Badnjak"),
            ("other unique identifier/scar", "ožiljak u obliku slova V"),
            ("social security number/OIB", "40217733018"),
            ("vehicle identifier/HR plate", "ZG 4471-KB"),
            ("date/written out in Croatian", "5. svibnja 2024"),
        ],
    ),
    Patient(
        name="Margita Kováčová",
        mrn="UNB-99012",
        birth="1930-02-20",
        notes=[
            sk("Pani Kováčová, 94-ročná, býva na Hlavnej 12, 811 08 a dialyzuje sa od roku 2015."),
            sk("Rodné číslo 305220/4417; prijatá 12. januára 2024 s {hyperkaliémiou}."),
            sk("Vnučka ju volá Gitka; má tetovanie kotvy na predlaktí."),
            sk("Na Štedrý deň mala {horúčku} a {CRP} {180 mg/l}."),
        ],
        planted=[
            ("name/recorded", "Margita Kováčová"),
            ("geographic/street SK", "Hlavnej 12"),
            ("age over 89/Slovak", "94-ročná"),
            ("geographic/postcode SK", "811 08"),
            ("social security number/rodné číslo", "305220/4417"),
            ("date/written out in Slovak", "12. januára 2024"),
            ("name/nickname", "Gitka"),
            ("other unique identifier/tattoo", "tetovanie kotvy"),
            ("date/holiday in Slovak", "Štedrý deň"),
        ],
    ),
    Patient(
        name="Winifred Ashdown",
        mrn="RSC-50112",
        birth="1929-04-23",
        notes=[
            en("Winifred, who celebrated her hundredth in the spring, lives near Rothbury."),
            en(
                "She was admitted on Shrove Tuesday and again on the twenty-third of May with {fluid overload}."
            ),
            en("Grace brought the medication list; Heather phoned from Alnwick on Monday."),
            en("Her lodger, known to the staff as Bunny, keeps the key."),
            en("She is in her tenth decade and has a birthmark the size of a coin on her neck."),
            en("Medicare card 4471 20931 2 and policy AXA-PL 3390 221 were both checked."),
            en(
                "The {eGFR} was {9 ml/min/1.73 m2} in {Tacrolimus-treated} recipients; seen in {Alport syndrome}."
            ),
            en(
                "On {Clinical Frailty Scale} she scored {7}; the {Sjögren syndrome} screen was negative."
            ),
            en("Her grandson Søren flies in from Aarhus; his handle is @soren_runs_far."),
        ],
        planted=[
            ("name/recorded", "Winifred Ashdown"),
            ("age over 89/ordinal word", "hundredth"),
            ("geographic/town after near", "Rothbury"),
            ("date/holiday", "Shrove Tuesday"),
            ("date/written out", "twenty-third of May"),
            ("name/first name as word at sentence start", "Grace"),
            ("name/first name as word at sentence start", "Heather"),
            ("geographic/town after from", "Alnwick"),
            ("name/nickname", "Bunny"),
            ("age over 89/decade", "tenth decade"),
            ("other unique identifier/birthmark", "birthmark the size of a coin"),
            ("health plan number/with spaces", "4471 20931 2"),
            ("health plan number/policy with letters", "AXA-PL 3390 221"),
            ("name/letters outside the alphabet", "Søren"),
            ("geographic/town after from", "Aarhus"),
            ("other unique identifier/handle", "@soren_runs_far"),
        ],
    ),
]


def figures() -> tuple[Figures, Ordinary]:
    from tests.deid_corpus import measure
    from tests.privacy.measure import entry, measure_ordinary

    return measure([entry(p) for p in THIRD]), measure_ordinary(THIRD)


if __name__ == "__main__":
    import sys

    fig, ordinary = figures()
    print(fig.table("third classes corpus (tests/privacy/classes_third.py)"))
    print(ordinary.table("ordinary words of the third classes corpus"))
    if "-v" in sys.argv:
        print("\n".join(fig.examples))
        print("\n".join(f"lost {x}" for x in ordinary.examples))
