"""The child of the crash test: saves cases in a loop and reports each one once committed.

Run as ``python tests/crash_child.py DB SEED``. Prints ``ready`` once the store is open,
then for every case the service function returned (committed): ``saved ID TITLE``. The
title carries what the case holds (``crash s<seed> n<i> ev<events> im<images>``), so the
parent can check that any case found, acknowledged or not, is whole. The parent kills
this process with SIGKILL at a random moment.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Image, Patient, PrivateIdentifiers
from caselog.store.engine import open_store
from caselog.store.services import create_case


def make_case(rng: random.Random, seed: int, n: int) -> Case:
    n_events = rng.randint(1, 12)
    events: list[Event] = []
    n_images = 0
    for i in range(n_events):
        date = PartialDate(2024, rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.3:
            images = []
            for _ in range(rng.randint(1, 3)):
                data = rng.randbytes(rng.randint(500, 8_000))
                images.append(
                    Image(
                        data=data,
                        media_type="image/png",
                        sha256=hashlib.sha256(data).hexdigest(),
                        filename=f"img{i}.png",
                    )
                )
            n_images += len(images)
            events.append(
                Event(kind="imaging", date=date, modality="CT", findings="f" * 50, images=images)
            )
        else:
            events.append(Event(kind="lab", date=date, test="calcium", value=rng.random() * 10))
    return Case(
        title=f"crash s{seed} n{n} ev{n_events} im{n_images}",
        patient=Patient(
            sex="female", age=60, private=PrivateIdentifiers(name=f"Crash Test {n}", mrn=str(n))
        ),
        events=events,
    )


def main() -> None:
    db, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    store = open_store(str(db))
    # the check the first write would run (the file a kill left is not known sound): done
    # before "ready", as the open did it before, so the kill window is spent on saves
    store.soundness.ensure()
    print("ready", flush=True)
    n = 0
    while True:
        saved = create_case(make_case(rng, seed, n), store=store).case
        print(f"saved {saved.id} {saved.title}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
