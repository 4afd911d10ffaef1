"""A submission package: the manuscript as Word and PDF, its title page, cover letter and
filled CARE checklist, each figure as its own file, the references as RIS and the word
counts against the journal's limits, all built from one de-identified ``Report``.

ReportLab and python-docx load with ``bundle``; importing this package loads neither."""
