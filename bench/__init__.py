"""Benchmarks (``make bench``): performance claims live here, not in unit tests."""
