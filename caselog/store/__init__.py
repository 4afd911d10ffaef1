"""The database: tables, opening and upgrading (engine), and the service functions.

Callers use ``caselog.store.engine.open_store`` and ``caselog.store.services``; only the
services touch tables. SQLite specifics live in ``caselog.store.sqlite`` alone.
"""
