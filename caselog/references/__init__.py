"""Structured references: CSL-JSON items (docs/case-format.md: References).

- ``items``: what a CSL-JSON item may hold, checked with a message and a place for each fault;
- ``readers``: BibTeX, RIS, PubMed/MEDLINE (``.nbib``) and CSL-JSON files read offline into
  items (``bibtex``, ``ris``, ``nbib``, ``csljson``);
- ``styles``: an item formatted by a journal's CSL style (citeproc-py, the styles shipped in
  ``resources/csl``);
- ``entries``: a case's references as the report prints them and the warnings on them
  (cited but absent, never cited, details needed).

Plain Python below the report: it imports ``caselog.core`` alone (and citeproc-py, lxml,
bibtexparser, rispy where a reader or the formatter needs them).
"""
