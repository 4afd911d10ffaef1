"""Image bytes in ``blob``, addressed by SHA-256: stored once, read only when wanted.

A write that keeps an image by its SHA-256 needs no bytes; one that drops the last use of a
blob takes its bytes back from the store as it deletes it (``drop_blobs``), so that the
snapshot before the write can restore it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from caselog.core.model import Case, Event, Image
from caselog.store import mapping as m
from caselog.store.errors import StoreError
from caselog.store.tables import blob_t, image_t

_CHUNK = 500


def save_blobs(conn: Connection, images: Iterable[Image]) -> None:
    """Store each distinct image content once. An image without bytes (read without them)
    must name a blob already stored."""
    wanted: dict[str, Image] = {}
    for img in images:
        sha = m.sha256_of(img)
        if img.data or sha not in wanted:
            wanted[sha] = img
    keys = list(wanted)
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        have = conn.execute(select(blob_t.c.sha256).where(blob_t.c.sha256.in_(chunk))).scalars()
        for sha in have:
            wanted.pop(sha, None)
    missing = [sha for sha, img in wanted.items() if not img.data]
    if missing:
        raise StoreError(f"the bytes of image {missing[0][:12]}… are not stored any more")
    if wanted:
        rows = [m.blob_row(img) for img in wanted.values()]
        if conn.dialect.name == "postgresql":  # maybe stored by a team this role cannot see
            conn.execute(text("SELECT caselog_add_blob(:sha256, :size, :data)"), rows)
        else:
            conn.execute(insert(blob_t), rows)


def drop_blobs(conn: Connection, candidates: Collection[str]) -> dict[str, bytes]:
    """Delete the blobs among ``candidates`` that no image uses any more; return their
    bytes (the only blob bytes a write reads)."""
    dropped: dict[str, bytes] = {}
    keys = sorted(set(candidates))
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        used = select(image_t.c.sha256).where(image_t.c.sha256.in_(chunk))
        stmt = (
            delete(blob_t)
            .where(blob_t.c.sha256.in_(chunk), blob_t.c.sha256.not_in(used))
            .returning(blob_t.c.sha256, blob_t.c.data)
        )
        dropped.update({sha: bytes(data) for sha, data in conn.execute(stmt).all()})
    return dropped


def shas(events: Iterable[Event]) -> set[str]:
    return {m.sha256_of(im) for e in events for im in e.images}


def keep_bytes(case: Case, dropped: dict[str, bytes]) -> None:
    """Put the bytes of dropped blobs back into the images of ``case`` (read without them),
    so that writing ``case`` again restores them."""
    if not dropped:
        return
    for e in case.events:
        for im in e.images:
            if not im.data and im.sha256 in dropped:
                im.data = dropped[im.sha256]


def read_data(conn: Connection, wanted: Sequence[str]) -> dict[str, bytes]:
    """The bytes of the blobs ``wanted`` (by SHA-256) that are stored."""
    out: dict[str, bytes] = {}
    keys = sorted(set(wanted))
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        stmt = select(blob_t.c.sha256, blob_t.c.data).where(blob_t.c.sha256.in_(chunk))
        out.update({sha: bytes(data) for sha, data in conn.execute(stmt).all()})
    return out


class DamagedImage(StoreError):
    """A stored image whose bytes no longer match its SHA-256: damage inside a blob that
    SQLite's own checks cannot see. Nothing leaves caselog with it."""


def verify_images(cases: Iterable[Case]) -> None:
    """Before cases leave the machine (export, report): every image read with its bytes
    must match the SHA-256 it is stored under; else ``DamagedImage`` naming it."""
    for case in cases:
        for event in case.events:
            for im in event.images:
                if im.data and im.sha256 and hashlib.sha256(im.data).hexdigest() != im.sha256:
                    raise DamagedImage(
                        f"the image {im.filename or im.sha256[:12]} of case {case.id} is "
                        "damaged: its bytes no longer match the SHA-256 stored with it, so it "
                        "is not written out. Run `caselog check-db` (File > Check database)."
                    )


class BurnedInText(StoreError):
    """An image shows text-like marks in its corners or borders (a name a viewer burned
    in) that no redaction box covers and the author has not accepted: its figure does not
    leave caselog until one of the two is done (``caselog.figures.marks``)."""


@dataclass
class BurnedImage:
    """An image whose burned-in text stops it leaving: where its marks are (``marks``,
    fractions of the whole image), whether OCR read the record's names in it
    (``certain``: marking it checked does not let it out), and the message naming it."""

    case: Case
    event: Event
    image: Image
    marks: list[Any]
    certain: bool
    message: str


def burned_images(cases: Iterable[Case]) -> list[BurnedImage]:
    """The images of ``cases`` whose text-like marks no redaction box covers and their
    author has not accepted, and those in which OCR reads the record's names (accepted
    or not: a name read is certain, not a suspicion)."""
    from caselog.figures import burned_text, marks, ocr  # numpy and Pillow: only when images leave

    out = []
    for case in cases:
        names = ocr.record_names(case)
        for event in case.events:
            for im in list(event.images):
                found = burned_text.image_marks(im)
                # the record's names read in it: certain, whatever the author accepted
                certain = ocr.recorded(ocr.figure_words(im, found), names) if names else []
                if certain:
                    seen = marks.warning(im, found) if found else None
                    text = ocr.warning(im, certain, seen)
                elif im.marks_accepted or not found:
                    continue
                else:
                    text = marks.warning(im, found)
                message = f"case {case.id}, {event.date}: {text}"
                out.append(BurnedImage(case, event, im, list(found), bool(certain), message))
    return out


def check_burned_in(cases: Iterable[Case], leave_out: Callable[[str], None] | None = None) -> None:
    """Before a figure leaves (a report, an anonymised export): every image's text-like
    marks are covered by a redaction box or accepted by the author; else ``BurnedInText``
    naming each image, where its marks are, and what to do. Where Tesseract is installed
    (``caselog.figures.ocr``), an image in which the record's names are read is refused
    even when accepted: a name read is certain, not a suspicion (``burned_images``).

    ``leave_out`` (the command line's ``--accept-redactions``): such an image is taken out
    of its event in ``cases`` (the copies being written, never the store) and
    ``leave_out`` is given the warning that says so. The automatic decisions stand for
    words; a picture of text cannot be redacted by a rule, and a report must never print
    a name the author has not looked at."""
    problems = []
    for b in burned_images(cases):
        if leave_out is None:
            problems.append(b.message)
            continue
        b.event.images.remove(b.image)
        leave_out(f"{b.message}; left out of the output (--accept-redactions)")
    if problems:
        raise BurnedInText(
            "Not written: " + "; ".join(problems) + ". In the window: the imaging event's "
            'image, Mark up…; in a case file: a "redact" annotation or "marks_accepted".'
        )
