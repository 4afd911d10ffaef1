"""The case as plain Python: no Qt, no SQL.

``caselog.core.model`` (the dataclasses), ``caselog.core.dates`` (``PartialDate``) and
``caselog.core.vocab`` (the case file's words). Import from those: this package imports
none of them, so the window's menus can read the vocabulary without loading the model.
"""
