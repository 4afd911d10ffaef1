"""Reviewing past cases: time to onset and the overview across cases."""
