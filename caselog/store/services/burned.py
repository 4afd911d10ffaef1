"""The author's review of burned-in text before a figure leaves (issue 14, images): which
images of the cases would be refused, and the two ways out of it, a redaction box over each
suspected place or the image marked checked (``marks_accepted``). A name OCR reads that is
the record's own cannot be marked checked: only covered (or cropped away in Mark up…)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.store.services import _blobs
from caselog.store.services.cases import get_case, update_case

BurnedImage = _blobs.BurnedImage


def burned_images(case_ids: Sequence[int], *, store: Store) -> list[BurnedImage]:
    """The images of the cases that a report or an anonymised export would refuse for
    their burned-in text, as stored now."""
    return _blobs.burned_images([get_case(i, store=store) for i in case_ids])


def resolve_burned(case_id: int, sha256: str, how: str, *, store: Store) -> Change:
    """Resolve the burned-in text of the image ``sha256`` of case ``case_id``: ``how`` is
    "cover" (a redaction box over each place its marks are, added to its annotations) or
    "checked" (its author judged the marks not identifying). ValueError for another
    ``how`` or an image the case does not hold."""
    from caselog.figures import burned_text, marks

    if how not in ("cover", "checked"):
        raise ValueError(f"resolve_burned: how is 'cover' or 'checked', not {how!r}")
    case = get_case(case_id, store=store)
    for event in case.events:
        for i, im in enumerate(event.images):
            if im.sha256 != sha256:
                continue
            if how == "checked":
                event.images[i] = replace(im, marks_accepted=True)
            else:
                boxes = marks.cover(im, burned_text.image_marks(im))
                event.images[i] = replace(im, annotations=[*im.annotations, *boxes])
            return update_case(case, store=store, version=case.version)
    raise ValueError(f"case {case_id} has no image {sha256[:12]}")
