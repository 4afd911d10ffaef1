"""Errors of the store, each with a message fit to show the user."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened or written (message says why)."""


class NotFound(StoreError):
    """No case (or series, or event) with the given id."""

    def __init__(self, what: str, ident: int) -> None:
        super().__init__(f"there is no {what} with id {ident}")
        self.what = what
        self.ident = ident
