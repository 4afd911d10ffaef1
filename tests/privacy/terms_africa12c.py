# ruff: noqa: E501, RUF001  (a corpus: one note a line reads best)
"""A third corpus of the ``latinlangs`` helper (2026-12-03), written before the Zulu,
Xhosa and Kinyarwanda prefixes were read (``latin-languages.txt``'s ``-beginnings``
lines) and before any measure on it: follow-up notes in the twelve languages of
``terms_africa12``. Terms in braces (``heldout4.corpus``'s ``CATEGORIES``), every other
word an ordinary word; planted names, towns and phone numbers must stay redacted.
Everyone and everything is invented.
"""

from __future__ import annotations

from tests.privacy.measure_strict import Record
from tests.privacy.terms_africa12 import CATEGORIES, notes

__all__ = ["CATEGORIES", "RECORDS"]


RECORDS: list[Record] = [
    Record(
        "Lindiwe Khumalo",
        None,
        "1961-01-09",
        notes(
            "zu",
            "Isiguli sibuyele esibhedlela nomchamo onegazi kanye {A:nokuvuvukala} kwezinyawo.",
            "Sinikwe imithi emisha, sabuye sahlolwa {A:igazi} ngosuku olulandelayo; umfowabo Bongani Shezi uhlala eNewcastle.",
        ),
        [("name", "Bongani Shezi"), ("geographic", "Newcastle")],
    ),
    Record(
        "Thembeka Ndlovu",
        None,
        "1966-05-22",
        notes(
            "xh",
            "Isigulana sibuyele esibhedlele sinentlungu esifubeni kunye {A:nokudumba} kwemilenze.",
            "Sinikwe amayeza amatsha, kwaye igazi lahlolwa kwakhona ngosuku olulandelayo; umntakwabo Siyabonga Dyantyi uhlala eKomani, 078 441 2093.",
        ),
        [("name", "Siyabonga Dyantyi"), ("geographic", "Komani"), ("phone", "078 441 2093")],
    ),
    Record(
        "Alice Mukeshimana",
        None,
        "1970-03-03",
        notes(
            "rw",
            "Umurwayi yagarutse ku bitaro afite {A:umuriro} n'inkari nke, bamupima amaraso.",
            "Yahawe imiti mishya, azagaruka mu kwezi gutaha; musaza we Eric Ndayisaba atuye i Rubavu.",
        ),
        [("name", "Eric Ndayisaba"), ("geographic", "Rubavu")],
    ),
    Record(
        "Rehema Juma",
        None,
        "1958-07-14",
        notes(
            "sw",
            "Mgonjwa amerudi hospitalini akiwa na {A:uvimbe} miguuni na mkojo kidogo; damu yake ilipimwa tena.",
            "Amepewa dawa mpya na atarudi baada ya mwezi mmoja; kaka yake Hamisi Chande anaishi Dodoma, simu 0765 310 448.",
        ),
        [("name", "Hamisi Chande"), ("geographic", "Dodoma"), ("phone", "0765 310 448")],
    ),
    Record(
        "Amina Bello",
        None,
        "1967-09-01",
        notes(
            "ha",
            "Majiyyaciyar ta dawo asibiti da kumburin kafafu da fitsari kadan; an sake gwada jininta.",
            "An ba ta sabbin magunguna, za ta dawo bayan wata daya; kanenta Usman Bala yana zaune a Katsina.",
        ),
        [("name", "Usman Bala"), ("geographic", "Katsina")],
    ),
    Record(
        "Ubax Maxamed",
        None,
        "1969-12-12",
        notes(
            "so",
            "Bukaanka ayaa dib ugu soo laabtay isbitaalka isagoo lugaha ka bararsan, kaadidiisuna ay yar tahay.",
            "Waxaa la siiyay daawo cusub, wuxuuna soo noqon doonaa bil kadib; walaalkiis Cabdi Yuusuf wuxuu ku nool yahay Garoowe.",
        ),
        [("name", "Cabdi Yuusuf"), ("geographic", "Garoowe")],
    ),
]
