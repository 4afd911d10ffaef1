"""The short help shown by F1."""

HELP_TEXT = """\
caselog keeps one record per case. Everything you type is saved as soon as you leave a
field; Ctrl+Z undoes and Ctrl+Shift+Z redoes any change made in this session.

Cases
  Ctrl+N  new case          Ctrl+O  import a case file
  Ctrl+F  filter the list   Delete  delete the selected case (undoable)
  Ctrl+Shift+E  export the selected cases as a case file

A case
  Ctrl+1 Patient · Ctrl+2 Timeline · Ctrl+3 Assessment · Ctrl+4 Report
  Timeline: Add event picks a kind; fill the fields marked * and press Add to
  timeline. Select an event to edit it; Delete in the table removes it.
  Dates are YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known.
  The index date is day 0; leave it empty to use the first start of a suspect drug.
  Findings (under the case): warnings, information and CARE gaps; click one to go to
  its event or field. Rows of events a warning concerns carry an amber mark.

Reports
  Ctrl+R  preview the de-identified report (Cureus case report or CMAJ clinical
          image), see what was redacted and what to check, and export the PDF

Privacy
  Name, record number and birth date sit in the Private group: caselog never prints
  them in a report or an anonymised export.
"""
