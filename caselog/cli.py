"""The command line (docs/cli.md): the same service functions the window calls
(``caselog.store.services``, and nothing below it: tests/test_service_layer.py).

Exit status: 0 success; 2 bad input (usage, an invalid file, an unknown id) with nothing
written (for ``import``: nothing of the bad file); 1 any other failure. A message on
stderr, never a traceback unless ``--debug``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import getpass
import importlib
import json
import logging
import os
import sys
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from caselog import lazy
from caselog.core.vocab import OUTCOMES, REGULATORY_FORMATS, REGULATORY_FORMS
from caselog.interchange.merge import SIDES, Conflict, Side, shown
from caselog.store.errors import NotFound, StoreError
from caselog.version import version

if TYPE_CHECKING:
    from caselog import clinical
    from caselog.report.model import Report
    from caselog.store import services
    from caselog.store.services import FileImport, Store
else:  # the store loads with the first command that needs it (see caselog/lazy.py)
    services = lazy.module("caselog.store.services")
    clinical = lazy.module("caselog.clinical")

log = logging.getLogger("caselog")

OK, FAILURE, BAD_INPUT = 0, 1, 2

Command = Callable[[argparse.Namespace, "Store"], int]


class BadInput(Exception):
    """Input the user can fix: reported on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise BadInput(f"{self.prog}: {message}")


# ---- subcommands: one function to declare each, one to run it ------------------------


def add_import(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "import", help="import case files, each whole or not at all (a bad one is skipped)"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(run=run_import, writes=True)


def run_import(args: argparse.Namespace, store: Store) -> int:
    """Each file in its own transaction, in order, as the window imports them: the cases
    of every imported file on stdout as they are written, each file not imported named on
    stderr with what is wrong. Exit 0 when every file was imported; else 2 when only
    bad files (invalid, missing, unreadable) failed, 1 when a file failed otherwise."""

    def show(result: FileImport) -> None:
        for case_id, title in result.created:
            print(f"{case_id}\t{_one_line(title)}", flush=True)
        if result.error is not None:
            print(result.error, file=sys.stderr, flush=True)

    results = services.import_case_files(args.files, store=store, on_file=show)
    if any(r.created for r in results):  # the search index merged, after the imports' writes
        try:
            services.tidy_search_index(store=store)
        except StoreError as exc:  # a full disk: the import stands; merged later
            log.warning("the search index was not merged after the import: %s", exc)
    failed = [r for r in results if not r.imported]
    if not failed:
        return OK
    n = len(results)
    names = ", ".join(str(r.path) for r in failed)
    print(f"caselog import: {len(failed)} of {n} files not imported: {names}", file=sys.stderr)
    return BAD_INPUT if all(r.bad_input for r in failed) else FAILURE


def add_list(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("list", help="one line per case: ID, title, patient label, updated")
    p.add_argument("--search", metavar="TEXT", help="words anywhere in the case (best first)")
    p.add_argument("--drug", metavar="NAME", help="a medication of this drug, any role")
    p.add_argument("--outcome", choices=OUTCOMES, help="the reaction's outcome")
    p.set_defaults(run=run_list)


def run_list(args: argparse.Namespace, store: Store) -> int:
    query = services.CaseQuery(text=args.search, drug=args.drug, outcome=args.outcome)
    order = "relevance" if query.has_words() else "id"
    for s in services.list_cases(store=store, query=query, order_by=order, descending=False):
        updated = s.updated_at.isoformat(timespec="seconds")
        print(f"{s.id}\t{_one_line(s.title)}\t{_one_line(s.patient_label)}\t{updated}")
    return OK


def add_export(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("export", help="write cases as a case file (+ image folder)")
    # OUT is the JSON file to write; an existing folder receives OUT/caselog.json.
    p.add_argument("ids", nargs="+", type=_case_id, metavar="ID")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    p.add_argument("--anonymise", action="store_true", help="drop identifiers, shift dates")
    p.add_argument(
        "--format",
        choices=("caselog", *REGULATORY_FORMATS),
        default="caselog",
        help="caselog: the case file (default); e2b: an ICH E2B(R3) message; fhir: a FHIR "
        "R4 Bundle (one case, identified: for a regulator or a hospital)",
    )
    _accept_redactions_option(p)
    p.set_defaults(run=run_export)


def _accept_redactions_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--accept-redactions",
        action="store_true",
        help="take de-identification's automatic decisions as they stand (no review)",
    )


def _refuse_unreviewed(args: argparse.Namespace, store: Store, command: str) -> None:
    """BadInput naming each possible identifier the output would keep that the author has
    not reviewed (``caselog redactions``), unless ``--accept-redactions`` is given."""
    if args.accept_redactions:
        return
    pending = services.unreviewed_suspicions(args.ids, store=store)
    if not pending:
        return
    for case_id, s in pending:
        state = "redacted" if s.redacted else "kept"
        print(
            f"caselog {command}: case {case_id}: {s.field}: {s.text!r} {state} ({s.kind}): "
            f"{s.context}",
            file=sys.stderr,
        )
    raise BadInput(
        f"caselog {command}: {len(pending)} possible identifiers not reviewed; mark each with "
        "`caselog redactions ID --safe WORD` or `--redact WORD`, or give --accept-redactions"
    )


def run_export(args: argparse.Namespace, store: Store) -> int:
    if args.format != "caselog":
        return _export_regulatory(args, store)
    if args.anonymise:
        _refuse_unreviewed(args, store, "export")
    target = args.output / "caselog.json" if args.output.is_dir() else args.output
    left_out: list[str] = []
    try:
        out = services.export_cases(
            args.ids, target, store=store, anonymise=args.anonymise,
            leave_out=left_out.append if args.accept_redactions else None,
        )  # fmt: skip
    except services.BurnedInText as exc:  # refused like an identifier not reviewed
        raise BadInput(f"caselog export: {exc}") from exc
    for warning in left_out:  # an image with burned-in text: left out, never printed
        print(f"caselog: warning: {warning}", file=sys.stderr)
    print(out)
    return OK


def _export_regulatory(args: argparse.Namespace, store: Store) -> int:
    if len(args.ids) != 1:
        raise BadInput(f"caselog export: --format {args.format} takes one case id")
    if args.anonymise:
        raise BadInput(
            f"caselog export: --format {args.format} is a report to a regulator, which "
            "identifies the case; it cannot be anonymised"
        )
    try:
        out = services.export_regulatory(args.ids[0], args.format, args.output, store=store)
    except ValueError as exc:
        raise BadInput(f"caselog export: {exc}") from exc
    print(out)
    return OK


def add_report(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "report", help="write a de-identified report PDF, or a regulator's form (cioms, medwatch)"
    )
    p.add_argument("ids", nargs="+", type=_case_id, metavar="ID")
    p.add_argument(
        "--template", required=True, choices=("cureus", "cmaj", "series", *REGULATORY_FORMS)
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf|OUT.docx")
    p.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help="pdf or docx (Word); by default the suffix of OUT (.docx is Word, else PDF)",
    )
    p.add_argument(
        "--word-counts",
        action="store_true",
        help="print the word counts, section by section, against the journal's limits",
    )
    _accept_redactions_option(p)
    p.set_defaults(run=run_report)


def run_report(args: argparse.Namespace, store: Store) -> int:
    if args.template not in REGULATORY_FORMS:  # a regulator's form identifies the case
        _refuse_unreviewed(args, store, "report")
    built: list[Report] = []
    try:
        out, warnings = services.write_report(
            args.ids,
            args.template,
            args.output,
            store=store,
            fmt=args.format,
            on_built=built.append if args.word_counts else None,
            leave_out_burned=args.accept_redactions,
        )
    except (ValueError, services.BurnedInText) as exc:
        raise BadInput(f"caselog report: {exc}") from exc
    for warning in warnings:
        print(f"caselog: warning: {warning}", file=sys.stderr)
    if built:
        for count in services.word_counts(built[0]):
            print(f"words\t{_one_line(count.part)}\t{count.tabbed()}")
    print(out)
    return OK


def add_package(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "package",
        help="write a submission package (.zip): manuscript DOCX and PDF, title page, cover "
        "letter, CARE checklist, figures, references",
    )
    p.add_argument("ids", nargs="+", type=_case_id, metavar="ID")
    p.add_argument("--template", required=True, choices=("cureus", "cmaj", "series"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.zip")
    _accept_redactions_option(p)
    p.set_defaults(run=run_package)


def run_package(args: argparse.Namespace, store: Store) -> int:
    """The package's warnings on stderr; on stdout one line per file in it
    (``file<TAB>NAME``), per word count (``words<TAB>PART<TAB>N UNIT<TAB>LIMIT<TAB>STATE``)
    and per CARE item (``care<TAB>N<TAB>ITEM<TAB>STATUS<TAB>WHERE``), then the zip's path."""
    _refuse_unreviewed(args, store, "package")
    try:
        out, package = services.write_package(
            args.ids, args.template, args.output, store=store,
            leave_out_burned=args.accept_redactions,
        )  # fmt: skip
    except (ValueError, services.BurnedInText) as exc:
        raise BadInput(f"caselog package: {exc}") from exc
    for warning in package.warnings:
        print(f"caselog: warning: {warning}", file=sys.stderr)
    for name in package.names():
        print(f"file\t{name}")
    for count in package.counts:
        print(f"words\t{_one_line(count.part)}\t{count.tabbed()}")
    for item in package.care:
        print(f"care\t{item.number}\t{item.title}\t{item.status}\t{_one_line(item.where)}")
    print(out)
    return OK


def add_redactions(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "redactions", help="review what de-identification redacts and keeps in a case"
    )
    p.add_argument("id", type=_case_id, metavar="ID")
    p.add_argument("--safe", action="append", default=[], metavar="WORD", help="keep WORD")
    p.add_argument("--redact", action="append", default=[], metavar="WORD", help="redact WORD")
    p.add_argument("--forget", action="append", default=[], metavar="WORD", help="undecide WORD")
    p.add_argument("--all-cases", action="store_true", help="decide for every case")
    p.set_defaults(run=run_redactions, writes=True)


def run_redactions(args: argparse.Namespace, store: Store) -> int:
    """Record the decisions given, then print the review: one line per item,
    ``STATE<TAB>FIELD<TAB>KIND<TAB>TEXT<TAB>CONTEXT``, STATE ``redacted``, ``redacted?``
    (a possible identifier redacted by default, not reviewed), ``kept?`` (one kept, not
    reviewed) or ``decided`` (a word and its decision)."""
    try:
        for word in args.safe:
            services.decide_word(args.id, word, "safe", all_cases=args.all_cases, store=store)
        for word in args.redact:
            services.decide_word(args.id, word, "redact", all_cases=args.all_cases, store=store)
        for word in args.forget:
            services.forget_word(args.id, word, all_cases=args.all_cases, store=store)
    except ValueError as exc:
        raise BadInput(f"caselog redactions: {exc}") from exc
    review = services.privacy_review(args.id, store=store)
    for r in review.redactions:
        if r.automatic:  # listed below as a possible identifier, until decided
            continue
        print(f"redacted\t{r.field}\t{r.kind}\t{_one_line(r.original)}\t{_one_line(r.context)}")
    for s in review.suspicions:
        state = "redacted?" if s.redacted else "kept?"
        print(f"{state}\t{s.field}\t{s.kind}\t{_one_line(s.text)}\t{_one_line(s.context)}")
    for d in review.decisions:
        scope = "all cases" if d.all_cases else "this case"
        print(f"decided\t-\t{d.decision} ({scope})\t{d.word}\t-")
    return OK


def add_check(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("check", help="clinical findings and report completeness of a case")
    p.add_argument("id", type=_case_id, metavar="ID")
    p.set_defaults(run=run_check)


def run_check(args: argparse.Namespace, store: Store) -> int:
    """``LEVEL<TAB>RULE<TAB>MESSAGE`` per finding: warnings, then info, then CARE gaps."""
    sys.stdout.write(clinical.format_findings(services.case_findings(args.id, store=store)))
    return OK


def add_references(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "references",
        help="add references from BibTeX, RIS, PubMed (.nbib) or CSL-JSON files to a case",
    )
    p.add_argument("id", type=_case_id, metavar="ID")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--style",
        default="vancouver",
        choices=("vancouver", "ama", "cureus", "cmaj"),
        help="the CSL style the lines are printed in (default vancouver)",
    )
    p.set_defaults(run=run_references, writes=True)


def run_references(args: argparse.Namespace, store: Store) -> int:
    """``KEY<TAB>formatted`` per reference added, in the files' order. A file that is not
    one caselog reads, or a record in it that is wrong, is named with its line on stderr,
    exit 2, and nothing is added."""
    try:
        added = services.add_references(args.id, args.files, style=args.style, store=store)
    except services.ReferenceFileError as exc:
        raise BadInput(f"caselog references: {exc}; nothing was added") from exc
    for key, text in added.lines:
        print(f"{key}\t{_one_line(text)}")
    return OK


# ---- durability: history, backup, restore ---------------------------------------------


def add_history(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("history", help="the audit trail of one case, oldest first")
    p.add_argument("id", type=_case_id, metavar="ID")
    p.set_defaults(run=run_history)


def run_history(args: argparse.Namespace, store: Store) -> int:
    """The trail, after its hash chain is checked: a broken chain is said on stderr (the
    rows are still shown, as stored) and the exit status is 1."""
    entries = services.case_history(args.id, store=store)  # NotFound: exit 2 naming the id
    broken = services.trail_problems(store=store)
    for problem in broken:
        print(f"caselog: warning: the audit trail was tampered with: {problem}", file=sys.stderr)
    for e in entries:
        when = e.at.isoformat(timespec="seconds")
        print(f"{when}\t{_one_line(e.user)}\t{e.action}\t{_one_line(e.what())}")
    return FAILURE if broken else OK


def add_backup(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("backup", help="a verified, consistent copy of the database")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.set_defaults(run=run_backup)


def run_backup(args: argparse.Namespace, store: Store) -> int:
    out: Path = args.output
    if out.is_dir() or not out.parent.is_dir():
        raise BadInput(f"caselog: {out}: give a file name in an existing folder")
    print(services.backup_to(out, store=store))
    return OK


def add_restore(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "restore", help="replace the database by a backup (the current one is backed up first)"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run_without_store=run_restore)


def run_restore(args: argparse.Namespace) -> int:
    """Works without opening the store, so a damaged database can be restored."""
    try:
        before = services.restore_backup(
            args.file, target=args.db, passphrase=passphrase_for(args.db)
        )
    except services.BackupError as exc:  # the backup file is at fault: nothing changed
        raise BadInput(f"caselog: {exc}") from exc
    if before is not None:
        print(f"the database as it was is backed up in {before.path}", file=sys.stderr)
    print(f"restored {args.file}")
    return OK


def add_verify(sub: argparse._SubParsersAction[_Parser]) -> None:
    for name in ("check-db", "verify"):
        p = sub.add_parser(
            name,
            help="check the whole database now: damage, image hashes, audit trail, schema",
        )
        p.set_defaults(run=run_verify)


def run_verify(args: argparse.Namespace, store: Store) -> int:
    """``caselog check-db`` (and its older name ``verify``): ``quick_check`` and
    ``foreign_key_check`` of the file (opening skips them), then every stored image against
    its SHA-256, the audit trail's hash chain and the schema. Exit 0 and ``sound`` when all
    pass, else each problem on stderr and exit 1."""
    if store.path is None:
        return _check_server(store)
    damage, problems = services.check_database(store)
    if damage is not None:
        print(f"caselog: {damage}", file=sys.stderr)
        return FAILURE
    for problem in problems:
        print(f"caselog: {store.path}: {problem}", file=sys.stderr)
    if problems:
        return FAILURE
    print(
        f"{store.path}: sound (quick_check and foreign_key_check passed; every image matches "
        "its SHA-256; the audit trail's hash chain holds; the schema is caselog's)"
    )
    return OK


# ---- offline work: take cases along in a laptop file, bring the changes back ---------

LAPTOP_PASSPHRASE_ENV = "CASELOG_LAPTOP_PASSPHRASE"


def add_take(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("take", help="copy cases into a laptop file, to work on them offline")
    p.add_argument("ids", nargs="*", type=_case_id, metavar="ID")
    p.add_argument("--search", metavar="TEXT", help="the cases these words find (as list)")
    p.add_argument("--drug", metavar="NAME", help="the cases with a medication of this drug")
    p.add_argument("--outcome", choices=OUTCOMES, help="the cases with this reaction outcome")
    p.add_argument("--to", required=True, type=Path, metavar="FILE", help="the laptop file")
    p.add_argument("--encrypt", action="store_true", help="a new laptop file is encrypted")
    p.set_defaults(run=run_take, writes=True)


def run_take(args: argparse.Namespace, store: Store) -> int:
    """The cases named, or found by the filters, copied into the laptop file with where
    they came from: one line each, ``SERVER_ID<TAB>LAPTOP_ID<TAB>TITLE``."""
    ids: list[int] = list(args.ids)
    if args.search or args.drug or args.outcome:
        if ids:
            raise BadInput("caselog take: give case ids or a filter, not both")
        query = services.CaseQuery(text=args.search, drug=args.drug, outcome=args.outcome)
        ids = [s.id for s in services.list_cases(store=store, query=query, order_by="id")]
        if not ids:
            raise BadInput("caselog take: no case matches; nothing was taken")
    if not ids:
        raise BadInput("caselog take: give the ids of the cases to take, or a filter")
    for case_id in ids:  # NotFound (exit 2) before the laptop file is made
        services.get_case(case_id, store=store, image_bytes=False)
    laptop = _open_laptop(args.to, create_encrypted=args.encrypt)
    try:
        change = services.take_cases(ids, store=store, laptop=laptop)
    except services.TakeError as exc:
        raise BadInput(f"caselog take: {exc}") from exc
    finally:
        laptop.close()
    for server_id, (local_id, title) in zip(dict.fromkeys(ids), change.created, strict=True):
        print(f"{server_id}\t{local_id}\t{_one_line(title)}")
    return OK


def add_bring(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("bring", help="merge a laptop file's changes back into the database")
    p.add_argument("file", type=Path, metavar="FILE", help="the laptop file")
    p.add_argument(
        "--take",
        choices=("local", "server"),
        dest="take_side",
        help="settle every conflict left by --decisions: the laptop's value, or the server's",
    )
    p.add_argument(
        "--decisions",
        type=Path,
        metavar="FILE",
        help='JSON {"LAPTOP_ID": {"FIELD": "local"|"server"|"base"}}: a side per conflict',
    )
    p.add_argument("--dry-run", action="store_true", help="say what would be brought")
    p.set_defaults(run=run_bring, writes=True)


def run_bring(args: argparse.Namespace, store: Store) -> int:
    """Each case's three-way merge, written case by case; a conflict not settled refuses
    the whole bring (exit 2, each conflict on stderr, nothing written)."""
    if not args.file.is_file():
        raise BadInput(f"caselog bring: {args.file}: no such laptop file")
    decisions = _read_decisions(args.decisions) if args.decisions else {}
    laptop = _open_laptop(args.file, create_encrypted=False)
    try:
        plan = services.plan_bring(laptop=laptop, store=store)
        for local_id, title, why in plan.elsewhere:
            print(f"elsewhere\t{local_id}\t\t{_one_line(title)}\t{_one_line(why)}")

        def decide(local_id: int, conflict: Conflict) -> Side | None:
            chosen = decisions.get(str(local_id), {}).get(conflict.path)
            return chosen or args.take_side

        if args.dry_run:
            return _show_plan(plan, decide)
        try:
            done = services.bring_back(plan, laptop=laptop, store=store, decide=decide)
        except services.Unsettled as exc:
            _show_conflicts(exc.conflicts, plan)
            print(
                f"caselog bring: {exc}. Settle them with --take local|server, or field by "
                "field with --decisions FILE",
                file=sys.stderr,
            )
            return BAD_INPUT
    finally:
        laptop.close()
    for d in done:
        server = "" if d.server_id is None else str(d.server_id)
        print(f"{d.what}\t{d.local_id}\t{server}\t{_one_line(d.title)}\t{_one_line(d.detail)}")
    refused = [d for d in done if d.what == "refused"]
    if refused:
        n = len(refused)
        print(
            f"caselog bring: {n} case{'s' if n != 1 else ''} not brought (see above); "
            "they stay in the laptop file: run bring again",
            file=sys.stderr,
        )
        return FAILURE
    return OK


def _show_plan(plan: services.BringPlan, decide: Callable[[int, Conflict], Side | None]) -> int:
    """``--dry-run``: per case what bringing it would do, and the conflicts left."""
    left: list[tuple[int, str, Conflict]] = []
    for p in plan.cases:
        merge = p.merge(functools.partial(decide, p.local_id))
        left += [(p.local_id, p.title, c) for c in merge.conflicts]
        pending = ", ".join(services.pending_fields(p)) if p.kind == "merge" else p.kind
        server = "" if p.server_id is None else str(p.server_id)
        last = _one_line(p.last or "")
        print(f"plan\t{p.local_id}\t{server}\t{_one_line(p.title)}\t{_one_line(pending)}\t{last}")
    _show_conflicts(left, plan)
    return BAD_INPUT if left else OK


def _show_conflicts(conflicts: list[tuple[int, str, Conflict]], plan: services.BringPlan) -> None:
    servers = {p.local_id: p.server_id for p in plan.cases}
    for local_id, title, c in conflicts:
        where = f"case {local_id} (server case {servers.get(local_id)}, {title!r})"
        values = "; ".join(f"{side} {_one_line(shown(c, side))}" for side in _SIDES)
        print(f"caselog bring: conflict: {where}: {c.path}: {values}", file=sys.stderr)


_SIDES = ("base", "local", "server")


def _read_decisions(path: Path) -> dict[str, dict[str, Side]]:
    """The decisions file: ``{"LAPTOP_ID": {"FIELD": "local"|"server"|"base"}}``; BadInput naming
    the file and the place of what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(f"caselog bring: {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(f"caselog bring: {path}: not a JSON decisions file: {exc}") from exc
    if not isinstance(raw, dict):
        raise BadInput(f'caselog bring: {path}: must be an object {{"LAPTOP_ID": {{...}}}}')
    out: dict[str, dict[str, Side]] = {}
    for case, fields in raw.items():
        if not str(case).isdigit() or not isinstance(fields, dict):
            raise BadInput(f"caselog bring: {path}: {case!r}: a laptop case id and an object")
        for field, side in fields.items():
            if side not in SIDES:
                raise BadInput(
                    f'caselog bring: {path}: {case}.{field}: must be "local", "server" or '
                    f'"base", not {side!r}'
                )
        out[str(case)] = dict(fields)
    return out


def _open_laptop(path: Path, *, create_encrypted: bool) -> Store:
    """The laptop file, with its passphrase (``CASELOG_LAPTOP_PASSPHRASE`` or the prompt)
    when it is encrypted or is to be made so."""
    passphrase: str | None = None
    if services.encrypted_file(str(path)) is not None or (create_encrypted and not path.exists()):
        passphrase = os.environ.get(LAPTOP_PASSPHRASE_ENV) or None
        if passphrase is None and sys.stdin.isatty():
            passphrase = getpass.getpass(f"Passphrase for the laptop file {path}: ") or None
        if passphrase is None:
            raise BadInput(f"caselog: {path}: give the laptop file's passphrase in "
                           f"{LAPTOP_PASSPHRASE_ENV}")  # fmt: skip
    elif create_encrypted:
        raise BadInput(
            f"caselog take: {path} exists and is not encrypted: --encrypt makes a new file"
        )
    return services.open_store(str(path), passphrase=passphrase)


def _check_server(store: Store) -> int:
    """``check-db`` on PostgreSQL: each problem on stderr (exit 1), else ``sound`` with
    what was checked; then what caselog cannot check there (docs/cli.md)."""
    checked = services.check_server(store)
    if checked is None:
        print(f"caselog: {store.url} is not a SQLite file: check it with its own tools")
        return OK
    for problem in checked.problems:
        print(f"caselog: {checked.database}: {problem}", file=sys.stderr)
    if not checked.problems:
        print(f"{checked.database}: sound ({'; '.join(checked.checked)})")
    for gap in checked.not_checked:
        print(f"{checked.database}: not checked: {gap}")
    return FAILURE if checked.problems else OK


def add_server(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "server", help="the department's PostgreSQL server: set it up, add users, shared cases"
    )
    steps = p.add_subparsers(dest="step", metavar="STEP", parser_class=_Parser, required=True)
    init = steps.add_parser(
        "init", help="migrate a PostgreSQL database and make its roles and policies (as admin)"
    )
    init.add_argument("url", metavar="URL", help="postgresql://ADMIN@HOST/DBNAME")
    init.set_defaults(run_without_store=run_server_init)
    user = steps.add_parser(
        "add-user", help="a clinician's own role, in a team (--db: the admin's URL)"
    )
    user.add_argument("name", metavar="NAME")
    user.add_argument("--team", required=True, metavar="T")
    user.add_argument("--role", required=True, choices=("author", "reviewer", "admin"))
    secret = user.add_mutually_exclusive_group()
    secret.add_argument("--password-file", type=Path, metavar="FILE")
    secret.add_argument("--no-password", action="store_true")
    user.set_defaults(run_without_store=run_server_add_user)
    shared = steps.add_parser("shared", help="every case of the department, anonymised")
    shared.add_argument("id", nargs="?", type=_case_id, metavar="ID")
    shared.set_defaults(run=run_server_shared)


def run_server_init(args: argparse.Namespace) -> int:
    try:
        done = services.server_init(args.url)
    except services.ServerError as exc:
        raise BadInput(f"caselog server init: {exc}") from exc
    for line in done:
        print(line)
    return OK


def run_server_add_user(args: argparse.Namespace) -> int:
    target = args.db or os.environ.get("CASELOG_DB")
    if not target:
        raise BadInput("caselog server add-user: give the server's admin URL with --db URL")
    try:
        added = services.add_user(
            target, args.name, team=args.team, role=args.role, password=_new_password(args)
        )
    except services.ServerError as exc:
        raise BadInput(f"caselog server add-user: {exc}") from exc
    print(added.message())
    return OK


def _new_password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if args.password_file is not None:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput(f"caselog server add-user: {args.password_file}: {exc}") from exc
        if not lines or not lines[0]:
            raise BadInput(
                f"caselog server add-user: {args.password_file}: no password on its first line"
            )
        return str(lines[0])
    if not sys.stdin.isatty():
        raise BadInput(
            "caselog server add-user: give --password-file FILE, or --no-password for a role "
            "that signs in another way (the server's peer or certificate authentication)"
        )
    first = getpass.getpass(f"Password for {args.name}: ")
    if not first or first != getpass.getpass("The same password again: "):
        raise BadInput("caselog server add-user: the two passwords differ (or are empty)")
    return first


def run_server_shared(args: argparse.Namespace, store: Store) -> int:
    """Without ID: one line per case of the department (ID, team, anonymised title); with
    ID: that case's anonymised case file document (JSON)."""
    if args.id is None:
        for s in services.shared_cases(store=store):
            line = f"{s.id}\t{_one_line(s.team or '')}\t{_one_line(s.title)}"
            if s.behind_since is not None:  # changed since: a newer copy is being made
                line += f"\tbehind since {s.behind_since.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}"
            print(line)
        return OK
    document = services.shared_case(args.id, store=store)
    print(json.dumps(document, indent=2, ensure_ascii=False))
    return OK


def passphrase_for(target: str | None) -> str | None:
    """``CASELOG_PASSPHRASE``, else a prompt when the database is encrypted and a person
    is at the terminal, else None (an encrypted database then says it needs one)."""
    given = os.environ.get(services.PASSPHRASE_ENV)
    if given:
        return given
    path = services.encrypted_file(target)
    if path is not None and sys.stdin.isatty():
        return getpass.getpass(f"Passphrase for {path}: ")
    return None


SUBCOMMANDS: tuple[Callable[[argparse._SubParsersAction[_Parser]], None], ...] = (
    add_import,
    add_list,
    add_export,
    add_report,
    add_package,
    add_redactions,
    add_check,
    add_references,
    add_history,
    add_backup,
    add_restore,
    add_verify,
    add_take,
    add_bring,
    add_server,
)


def build_parser() -> _Parser:
    parser = _Parser(prog="caselog", description="Log adverse drug reactions; write case reports.")
    parser.add_argument("--db", metavar="TARGET", help="SQLite file or database URL")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug log")
    parser.add_argument("--version", action="version", version=f"caselog {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in SUBCOMMANDS:
        add(sub)
    return parser


# ---- running -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    _setup_logging(debug)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            return _open_window(parser, args)
        return _run(args)
    except BadInput as exc:
        print(exc, file=sys.stderr)
        return BAD_INPUT
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else OK
    except KeyboardInterrupt:
        print("caselog: interrupted", file=sys.stderr)
        return FAILURE
    except BrokenPipeError:  # ``caselog list | head``: the reader has all it wanted
        _quiet_stdout()
        return OK
    except Exception as exc:  # the last line of defence: a message, the detail in the log
        log.error("unexpected failure", exc_info=True)
        print(f"caselog: error: {_describe(exc)}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return FAILURE


def _describe(exc: Exception) -> str:
    """A failure in plain words: a database error never shows its SQL or parameters."""
    module = type(exc).__module__.split(".")[0]
    if isinstance(exc, OSError) or module in ("sqlalchemy", "sqlite3", "sqlcipher3"):
        return str(services.describe_failure(exc))
    return str(exc)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that flushing it at exit raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _run(args: argparse.Namespace) -> int:
    try:
        without_store = getattr(args, "run_without_store", None)
        if without_store is not None:
            return int(without_store(args))
        store = services.open_store(args.db, passphrase=passphrase_for(args.db))
    except StoreError as exc:
        log.error("cannot open the database: %s", exc, exc_info=True)
        print(f"caselog: {exc}", file=sys.stderr)
        return FAILURE
    try:
        if getattr(args, "writes", False):  # refused before it reads its input
            if store.read_only is not None and store.path is None:  # a server's reviewer
                raise services.ReadOnlyDatabase(f"{store.read_only}: nothing was changed")
            if store.read_only is not None:
                raise services.ReadOnlyDatabase(
                    f"{store.read_only}: caselog opened it read-only and changes nothing. "
                    "Make it writable (e.g. chmod u+w) to import into it."
                )
            store.soundness.ensure()
    except StoreError as exc:  # DamagedDatabase, read-only: nothing written
        store.close()
        log.error("cannot write to the database: %s", exc, exc_info=True)
        print(f"caselog: {exc}", file=sys.stderr)
        return FAILURE
    try:
        command: Command = args.run
        return command(args, store)
    except NotFound as exc:
        raise BadInput(f"caselog: {exc}") from exc
    except StoreError as exc:  # a full disk, a lock, a read-only file: said plainly
        log.error("the command failed: %s", exc, exc_info=True)
        print(f"caselog: {exc}", file=sys.stderr)
        return FAILURE
    finally:
        store.close()


def _open_window(parser: _Parser, args: argparse.Namespace) -> int:
    window_main = find_window()
    if window_main is None:
        parser.print_usage(sys.stderr)
        return BAD_INPUT
    return window_main(["--db", args.db] if args.db else []) or 0


def find_window() -> Callable[[list[str]], int] | None:
    """``caselog.ui.app.main(argv)`` when the desktop application is installed, else None."""
    try:
        app = importlib.import_module("caselog.ui.app")
    except ModuleNotFoundError as exc:
        if exc.name == "caselog.ui.app":
            return None
        raise
    main: Callable[[list[str]], int] = app.main
    return main


def _case_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a case id (a whole number)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a case id (a whole number)")
    return value


def _one_line(text: str) -> str:
    """Keep tab-separated output parseable and the terminal safe: no tabs or newlines
    inside a field, and control and format characters (ESC, BEL, U+202E...) shown as
    ``\\uXXXX`` rather than sent to the terminal."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in " ".join(text.split())
    )


def log_path() -> Path:
    return Path(platformdirs.user_log_dir("caselog")) / "caselog.log"


def _setup_logging(debug: bool) -> None:
    """``--debug``: everything on stderr. Otherwise warnings and errors go to the log file."""
    for old in log.handlers:
        old.close()
    handler: logging.Handler
    if debug:
        handler = logging.StreamHandler(sys.stderr)
    else:
        try:
            log_path().parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # the log names files and cases: readable by the user alone, like every output
            fd = os.open(log_path(), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.close(fd)
            if os.stat(log_path()).st_mode & 0o077:
                os.chmod(log_path(), 0o600)
            handler = logging.FileHandler(log_path(), encoding="utf-8", delay=True)
        except OSError:
            handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    log.propagate = False


if __name__ == "__main__":
    raise SystemExit(main())
