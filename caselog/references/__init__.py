"""Structured references: CSL-JSON items (docs/case-format.md: References).

- ``items``: what a CSL-JSON item may hold, checked with a message and a place for each fault;
- ``readers``: BibTeX, RIS, PubMed/MEDLINE (``.nbib``) and CSL-JSON files read offline into
  items (``bibtex``, ``ris``, ``nbib``; ``common`` what they share);
- ``styles``: an item formatted by a journal's CSL style (citeproc-py, the styles shipped in
  ``resources/csl``);
- ``ris_out``: references written as RIS (``to_ris``), for a submission package;
- ``lines``: references as the window's lines of text.

A case's references as a report prints them are ``caselog.report.references``; the warnings
on them (cited but absent, never cited, details needed) ``caselog.report.reference_checks``.

Plain Python below the report: it imports ``caselog.core`` alone (and citeproc-py, lxml,
bibtexparser, rispy where a reader or the formatter needs them).
"""
