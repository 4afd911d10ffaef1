"""The caselog case file (spec/case-format.md): reading, validating and writing it.

- ``reader.read_case_file``: a case file with its images, all or nothing.
- ``writer.write_case_file``: cases as a case file (+ image folder), plain or anonymised.
- ``validation``: every rule of the format, reused by the window's forms.
- ``images.load_image``: PNG/JPEG checked by content and stripped of metadata.
"""
