"""Benchmarks (``make bench`` runs ``python -m bench``: every module in bench.__main__.MODULES).

A module either has ``run(quick: bool) -> list[bench.common.Result]`` (measured against a
baseline and a target, PASS/FAIL) or runs on its own: ``python -m bench.NAME``.
"""
