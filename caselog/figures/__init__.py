"""Figures a clinician would publish: DICOM import, windowing, crop, annotations, redaction,
the burned-in text warning, and the panel layout (A), (B), ... Plain Python over Pillow and
numpy, no Qt: the window, the PDF and the DOCX renderers all draw through ``compose``.

The modules load numpy and Pillow: import them where pixels are needed, never on the case
list's path (``caselog/lazy.py``).
"""
