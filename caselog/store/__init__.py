"""The database: tables, opening and upgrading (engine), and the service functions.

Callers (the window, the command line) use ``caselog.store.services`` alone, which also
offers ``open_store`` and ``Store``; only the services touch tables. SQLite specifics live
in ``caselog.store.sqlite`` alone.
"""
