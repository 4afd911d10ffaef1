"""The service functions: one per user action, each one short transaction.

This package is the one layer the window and the command line call, for every action:
cases, events, series, case files in and out, the audit trail, backups, restore and
encryption, clinical checks, reports and the review overview. Each write returns a
``Change`` (``caselog.store.changes``: which parts of which case changed, with the case
before and after) so that the caller refreshes only what changed. Below it
(``caselog.store.durability``, ``backup``, ``audit``, ``engine``…) is the services' own
business: a test (``tests/test_service_layer.py``) fails when the window or the command
line import it, apart from the store handle, the error types and the change it names.

The one lazy seam: the services whose modules load the clinical rules, ReportLab or the
review (``_LAZY`` below) are imported on first use, so that importing this package, as
the case list does at start-up, does not load them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from caselog.store.changes import Change, Part
from caselog.store.engine import Store, open_store
from caselog.store.errors import StaleCase
from caselog.store.query import CaseQuery
from caselog.store.services._blobs import BurnedInText
from caselog.store.services.backups import (
    BackupError,
    BackupInfo,
    ServerCheck,
    back_up_now,
    backup_to,
    check_database,
    check_server,
    encrypt_database,
    list_backups,
    lock_database,
    newest_good_backup,
    restore_backup,
    verify_backup,
    verify_database,
)
from caselog.store.services.bringing import Brought, Unsettled, bring_back
from caselog.store.services.cases import (
    create_case,
    delete_case,
    get_case,
    image_data,
    restore_case,
    set_assessment,
    set_index_date,
    set_outcome,
    set_patient,
    set_regulatory,
    set_report,
    set_title,
    update_case,
)
from caselog.store.services.database import (
    PASSPHRASE_ENV,
    DamagedDatabase,
    DatabaseInUse,
    PassphraseNeeded,
    ReadOnlyDatabase,
    StorageError,
    WrongPassphrase,
    describe_failure,
    encrypted_file,
)
from caselog.store.services.events import add_event, delete_event, update_event
from caselog.store.services.files import (
    FileImport,
    export_cases,
    import_case_file,
    import_case_files,
    import_cases,
)
from caselog.store.services.history import AuditEntry, case_history, trail_problems
from caselog.store.services.listing import LIST_COUNT_CAP, count_cases, list_cases
from caselog.store.services.search_index import tidy_search_index
from caselog.store.services.series import (
    create_series,
    delete_series,
    get_series,
    list_series,
    update_series,
)
from caselog.store.services.shared import (
    ServerError,
    SharedCase,
    add_user,
    rebuild_in_background,
    server_init,
    shared_case,
    shared_cases,
)
from caselog.store.services.takeaway import (
    BringPlan,
    CasePlan,
    TakeError,
    pending_fields,
    plan_bring,
    source_name,
    take_cases,
)
from caselog.store.services.watch import (
    Changed,
    Listener,
    changed_since,
    changes_since,
    latest_change,
    listen,
)

if TYPE_CHECKING:
    from caselog.store.services.burned import BurnedImage, burned_images, resolve_burned
    from caselog.store.services.checks import case_findings
    from caselog.store.services.entries import EntryError, add_lab_panel, save_course
    from caselog.store.services.overview import (
        ExportNotRecorded,
        OverviewRow,
        case_overview,
        export_overview_csv,
    )
    from caselog.store.services.package import PACKAGE_TEMPLATES, write_package
    from caselog.store.services.redactions import (
        Decision,
        PrivacyReview,
        decide_word,
        forget_word,
        privacy_review,
        unreviewed_suspicions,
        using_decisions,
    )
    from caselog.store.services.references import (
        STYLES,
        AddedReferences,
        ReferenceFileError,
        add_references,
    )
    from caselog.store.services.regulatory import (
        REGULATORY_FORMATS,
        REGULATORY_FORMS,
        export_regulatory,
        write_form,
    )
    from caselog.store.services.reports import (
        FORMATS,
        TEMPLATES,
        report_format,
        stored_series,
        word_counts,
        write_report,
    )
    from caselog.store.services.shared_read import (
        SeriesCase,
        SharedCopy,
        SharedCopyError,
        SharedListing,
        member_label,
        series_cases,
        shared_copy,
        shared_listing,
    )

_LAZY = {
    "case_findings": "checks",  # the clinical rules
    "EntryError": "entries",  # courses and panels: the clinical course arithmetic
    "add_lab_panel": "entries",
    "save_course": "entries",
    "ExportNotRecorded": "overview",
    "OverviewRow": "overview",  # the review (and the clinical rules behind it)
    "case_overview": "overview",
    "export_overview_csv": "overview",
    "TEMPLATES": "reports",  # ReportLab and the de-identifier
    "stored_series": "reports",
    "write_report": "reports",
    "FORMATS": "reports",
    "report_format": "reports",
    "word_counts": "reports",
    "PACKAGE_TEMPLATES": "package",  # ReportLab, python-docx, pdfium
    "write_package": "package",
    "REGULATORY_FORMATS": "regulatory",  # ReportLab, lxml and the clinical rules
    "REGULATORY_FORMS": "regulatory",
    "export_regulatory": "regulatory",
    "write_form": "regulatory",
    "Decision": "redactions",  # the de-identifier: the author's review of it
    "PrivacyReview": "redactions",
    "decide_word": "redactions",
    "forget_word": "redactions",
    "privacy_review": "redactions",
    "unreviewed_suspicions": "redactions",
    "using_decisions": "redactions",  # around a build that redacts: the report preview
    "BurnedImage": "burned",  # numpy, Pillow and OCR: the review of burned-in text
    "burned_images": "burned",
    "resolve_burned": "burned",
    "STYLES": "references",  # citeproc-py, bibtexparser, rispy and the report's references
    "AddedReferences": "references",
    "ReferenceFileError": "references",
    "add_references": "references",
    "SeriesCase": "shared_read",  # the case file's reader: the Shared cases window, a series
    "SharedCopy": "shared_read",
    "SharedCopyError": "shared_read",
    "SharedListing": "shared_read",
    "member_label": "shared_read",
    "series_cases": "shared_read",
    "shared_copy": "shared_read",
    "shared_listing": "shared_read",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "LIST_COUNT_CAP",
    "PASSPHRASE_ENV",
    "DamagedDatabase",
    "DatabaseInUse",
    "EntryError",
    "ReadOnlyDatabase",
    "StaleCase",
    "StorageError",
    "PassphraseNeeded",
    "WrongPassphrase",
    "TEMPLATES",
    "REGULATORY_FORMATS",
    "REGULATORY_FORMS",
    "AuditEntry",
    "BackupError",
    "BackupInfo",
    "ServerCheck",
    "CaseQuery",
    "Change",
    "ExportNotRecorded",
    "FileImport",
    "Part",
    "OverviewRow",
    "Store",
    "add_event",
    "add_lab_panel",
    "add_references",
    "AddedReferences",
    "ReferenceFileError",
    "STYLES",
    "back_up_now",
    "backup_to",
    "case_findings",
    "case_history",
    "Changed",
    "Listener",
    "changed_since",
    "changes_since",
    "latest_change",
    "listen",
    "case_overview",
    "check_database",
    "check_server",
    "count_cases",
    "BurnedInText",
    "BurnedImage",
    "burned_images",
    "resolve_burned",
    "create_case",
    "create_series",
    "delete_case",
    "delete_event",
    "delete_series",
    "describe_failure",
    "encrypt_database",
    "encrypted_file",
    "export_cases",
    "Decision",
    "PrivacyReview",
    "decide_word",
    "forget_word",
    "privacy_review",
    "unreviewed_suspicions",
    "using_decisions",
    "export_overview_csv",
    "export_regulatory",
    "get_case",
    "get_series",
    "image_data",
    "import_case_file",
    "import_case_files",
    "import_cases",
    "list_backups",
    "list_cases",
    "list_series",
    "lock_database",
    "newest_good_backup",
    "open_store",
    "restore_backup",
    "restore_case",
    "save_course",
    "set_assessment",
    "set_index_date",
    "set_outcome",
    "set_patient",
    "set_regulatory",
    "set_report",
    "set_title",
    "stored_series",
    "tidy_search_index",
    "trail_problems",
    "update_case",
    "update_event",
    "update_series",
    "verify_backup",
    "verify_database",
    "write_form",
    "write_report",
    "write_package",
    "PACKAGE_TEMPLATES",
    "FORMATS",
    "report_format",
    # the department's shared cases in the window, and in a series: shared_read.py
    "SeriesCase",
    "SharedCopy",
    "SharedCopyError",
    "SharedListing",
    "member_label",
    "series_cases",
    "shared_copy",
    "shared_listing",
    "word_counts",
    # offline work: takeaway.py
    "Brought",
    "BringPlan",
    "CasePlan",
    "TakeError",
    "Unsettled",
    "bring_back",
    "pending_fields",
    "plan_bring",
    "source_name",
    "take_cases",
    "ServerError",
    "SharedCase",
    "add_user",
    "rebuild_in_background",
    "server_init",
    "shared_case",
    "shared_cases",
]
