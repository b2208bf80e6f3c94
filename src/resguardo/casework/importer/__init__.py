"""Import a caseload from a CSV export of a case-management system: parse, validate, preview, apply.

One row per person: the case's columns (case_number, unit, assigned_worker, case_status) repeat on
every row of the case. Headers may be in English or Spanish (numero_caso, unidad, ...). The file must
be UTF-8 (with or without BOM); dates must be ISO (YYYY-MM-DD). Lists (aliases, addresses, schools,
phones, emails, handles) are separated by semicolons.

The import is all-or-nothing in one transaction, and idempotent: cases are keyed by case number and
people by (case, person_id), so importing the same file twice changes nothing the second time. A
person's contact details of each kind present in the file are replaced by the file's. Columns absent
from the file leave existing values alone; people on a case who are not in the file are kept.

    plan = import_csv(data, agency, user, dry_run=True)    # preview: plan.errors, plan.summary
    plan = import_csv(data, agency, user, dry_run=False)   # apply (only when there are no errors)

columns: the columns and their accepted header spellings; reader: decoding the upload, its limits, the
delimiter, the header; validation: each row's values and the errors about them; plan: the file parsed into a
plan and compared with the database (what a preview shows); changes: applying it in one transaction.
"""

from resguardo.casework.importer.changes import import_csv
from resguardo.casework.importer.columns import COLUMNS, REQUIRED
from resguardo.casework.importer.plan import ImportPlan, Summary, parse
from resguardo.casework.importer.reader import MAX_BYTES, MAX_ROWS, ImportFileError
from resguardo.casework.importer.validation import RowError

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "MAX_ROWS",
    "REQUIRED",
    "ImportFileError",
    "ImportPlan",
    "RowError",
    "Summary",
    "import_csv",
    "parse",
]
