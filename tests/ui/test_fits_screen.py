"""Every window and dialog fits the available geometry of a 1366x768 laptop screen, at 1x
and at 1.5x scaling (QT_SCALE_FACTOR=1.5: 911x512 logical pixels)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Template

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_dialog_fits_a_laptop_screen(
    tmp_path: Path, scale: str, migrated_template: Template
) -> None:
    # the probe's database, migrated already (a copy of the suite's template): the probe
    # opens it as it is instead of running every migration in its own process
    database = tmp_path / "fit.db"
    database.touch(mode=0o600)
    migrated_template.copy_to(database)
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1}
                ],
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "CASELOG_DB": str(tmp_path / "unused.db"),
    }
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = found["screen"]
    assert (sw, sh) == (round(1366 / float(scale)), round(768 / float(scale)))
    too_big = []
    for name, seen in found["windows"].items():
        x, y, w, h = seen["frame"]
        if x < sx or y < sy or x + w > sx + sw or y + h > sy + sh:
            too_big.append(f"{name}: {w}x{h} at {x},{y} on {sw}x{sh}")
    assert not too_big, too_big
