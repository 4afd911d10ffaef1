"""Addresses numbered as grids and estates number them: Colombia ("Calle 50 #23-45", "Cra.
7 No. 12-30"), Indonesia's neighbourhood units ("RT 02/RW 03"), a Polish estate ("os.
Centrum A 1/15"), Japan's block numbers ("3-2-1 Nishi-Shinjuku"); a dose scheme is none."""

from __future__ import annotations

import pytest

from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Domicilio: Calle 50 #23-45, Medellín.", "23-45"),
        ("Vive en la Cra. 7 No. 12-30, Bogotá.", "12-30"),
        ("Lives at Jl. Sudirman No. 5, RT 02/RW 03, Jakarta.", "RW 03"),
        ("Mieszka w Nowej Hucie, os. Centrum A 1/15.", "1/15"),
        ("Address 3-2-1 Nishi-Shinjuku, Tokyo.", "3-2-1"),
    ],
)
def test_the_numbered_address_is_redacted(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out and "[address]" in out, out


@pytest.mark.parametrize(
    "text", ["Tab 1-0-1 Amlodipine; scheme 1-1-1 Metformin.", "C5-C6 disc; T2-T3 level."]
)
def test_dose_schemes_and_levels_are_left(text: str) -> None:
    assert _out(text) == text
