"""The real window on a real X server (Xvfb): it opens, paints, and can be photographed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.xvfb_shot import PAINTED, distinct_colours

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb display for the module's tests (each runs its window in a process of
    its own, gone when it ends); fails (not skips) in CI when Xvfb is missing."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed, and CI must run the real-window test")
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb started but reported no display number")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.xvfb
def test_the_real_window_opens_under_xvfb_and_is_photographed(display: str, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.xvfb_shot",
            "--db",
            str(tmp_path / "x.db"),
            "--out",
            str(shot),
            "--example",
            "--tab",
            "1",
            "--settle",
            "0",  # photographed as soon as it shows painted
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1440, 900)
    # a painted window, not a blank screen: many distinct colours across the picture
    assert distinct_colours(image) > PAINTED


@pytest.mark.xvfb
def test_the_figure_tools_work_in_the_real_window(display: str, tmp_path: Path) -> None:
    import json

    shot = tmp_path / "figure.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.xvfb_figure", "--out", str(shot)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["warned"] and seen["covered"] and seen["saved"]
    assert seen["annotations"] == ["redact", "arrow"]
    assert seen["corner"] == "#000000"  # the burned-in name is under the redaction box
    r, g, b = (int(seen["shaft"][i : i + 2], 16) for i in (1, 3, 5))
    assert r > 200 and g > 180 and b < 80, seen["shaft"]  # the yellow arrow, on screen
