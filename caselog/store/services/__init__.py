"""The service functions: one per user action, each one short transaction.

The window and the command line call these and nothing lower; each write returns a
``Change`` (caselog.store.changes) saying what it changed, so the caller refreshes from it.
"""

from caselog.store.services.cases import (
    create_case,
    delete_case,
    get_case,
    image_data,
    restore_case,
    set_assessment,
    set_index_date,
    set_patient,
    set_report,
    set_title,
    update_case,
)
from caselog.store.services.events import add_event, delete_event, update_event
from caselog.store.services.files import (
    export_cases,
    import_case_file,
    import_case_files,
    import_cases,
)
from caselog.store.services.listing import count_cases, list_cases
from caselog.store.services.series import (
    create_series,
    delete_series,
    get_series,
    list_series,
    update_series,
)

__all__ = [
    "add_event",
    "count_cases",
    "create_case",
    "create_series",
    "delete_case",
    "delete_event",
    "delete_series",
    "export_cases",
    "get_case",
    "get_series",
    "image_data",
    "import_case_file",
    "import_case_files",
    "import_cases",
    "list_cases",
    "list_series",
    "restore_case",
    "set_assessment",
    "set_index_date",
    "set_patient",
    "set_report",
    "set_title",
    "update_case",
    "update_event",
    "update_series",
]
