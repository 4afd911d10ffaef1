"""The errors of the case file: every problem found, each with its file and JSON path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    """One problem in a case file or a form.

    ``file`` names the file (empty for a form), ``where`` the JSON path
    (``cases[0].events[3].date``) or, for a JSON syntax error, ``line L, column C``.
    """

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        place = ": ".join(part for part in (self.file, self.where) if part)
        return f"{place}: {self.message}" if place else self.message


class CaseFileError(Exception):
    """A case file (or form) that cannot be taken as it is; ``issues`` lists every problem."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))

    def __str__(self) -> str:
        return "\n".join(str(issue) for issue in self.issues)


class ValidationError(CaseFileError):
    """Raised by the ``*_from_dict`` functions of ``caselog.interchange.validation``."""


class ImageError(ValueError):
    """An image that is not a sound PNG or JPEG within the limits; the message says why."""
