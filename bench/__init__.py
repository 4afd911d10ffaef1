"""Benchmarks (make bench); each module runs on its own: python -m bench.NAME."""
