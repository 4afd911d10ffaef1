"""The case as plain Python: no Qt, no SQL.

``caselog.core.model`` (the dataclasses), ``caselog.core.dates`` (``PartialDate``),
``caselog.core.vocab`` (the case file's words) and ``caselog.core.fields`` (the one
description of the event fields). Import from those: this package imports
none of them, so the window's menus can read the vocabulary without loading the model.
"""
