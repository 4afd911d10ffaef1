"""Moved to ``caselog.store.services.reports`` (``caselog.store.services.write_report``);
kept only for code that still imports it from here."""

from caselog.store.services.reports import TEMPLATES, stored_series, write_report

__all__ = ["TEMPLATES", "stored_series", "write_report"]
