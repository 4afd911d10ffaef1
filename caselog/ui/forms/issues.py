"""Turning the validator's issues into messages keyed by form field."""

from __future__ import annotations

from caselog.interchange.errors import CaseFileError


def errors_by_field(error: CaseFileError, prefix: str) -> dict[str, str]:
    """``{"kidney.ckd_stage": "..."}`` from issues whose ``where`` is ``prefix.kidney.ckd_stage``.

    An issue about the object itself (``where == prefix``) gets the key ``""``.
    """
    out: dict[str, str] = {}
    for issue in error.issues:
        where = issue.where
        if where == prefix:
            key = ""
        elif where.startswith(prefix + "."):
            key = where[len(prefix) + 1 :]
        elif where.startswith(prefix + "["):
            key = where[len(prefix) :]
        else:
            key = where
        out.setdefault(key, issue.message)
    return out
