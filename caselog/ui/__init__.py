"""The Qt application: windows, dialogs, Qt models, controllers.

Importing this package turns off PySide6's source scan of every later import
(``caselog.ui.feature_scan``), before any window module loads: caselog never asks for a
PySide6 feature, and the scan would read and keep the source of every module imported
after PySide6.
"""

import PySide6  # noqa: F401  (installs the scanning import the next lines take away)

from caselog.ui.feature_scan import skip_feature_scan

skip_feature_scan()
