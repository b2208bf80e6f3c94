"""CSV caseload import: preview with per-row errors, all-or-nothing, idempotent re-import, the web page
for administrators only, and the management command."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from resguardo import casework
from resguardo.casework.importer import import_csv, reader
from resguardo.casework.models import AccessLog, Case, ContactPoint, Person
from resguardo.casework.roster import generation

pytestmark = pytest.mark.django_db

SAMPLE = (Path(casework.__file__).parent / "data" / "caseload-example.csv").read_bytes()
HEADER = "case_number,unit,assigned_worker,case_status,person_id,role,first_name,last_name,date_of_birth,phones\n"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def staff(agency, unit_a, unit_b, worker, worker_b, administrator):
    return administrator


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_sample_file_previews_then_imports_everything(agency, staff) -> None:
    preview = import_csv(SAMPLE, agency, staff, dry_run=True)
    assert preview.ok and not preview.applied
    s = preview.summary
    assert (s.rows, s.cases_create, s.people_create, s.people_update) == (6, 2, 6, 0)
    assert not Case.objects.filter(number="2026-0301").exists()  # a preview writes nothing

    before = generation(agency)
    result = import_csv(SAMPLE, agency, staff, dry_run=False)
    assert result.applied
    case = Case.objects.get(agency=agency, number="2026-0301")
    assert case.unit.name == "Unidad Norte" and case.assigned_worker.username == "ana"
    roles = dict(case.people.values_list("first_name", "role"))
    assert roles == {"Valeria": "child", "Lucía": "parent", "Ramón": "relative"}  # niña, madre, familiar
    valeria = case.people.get(first_name="Valeria")
    assert valeria.external_id == "P-10001" and valeria.alias_list() == ["Vale", "Valita"]
    assert valeria.date_of_birth == dt.date(2014, 6, 2)
    assert set(valeria.contact_points.values_list("kind", "value")) == {
        ("school", "Escuela Primaria Benito Juárez"),
        ("handle", "@vale.ortega.14"),
    }
    monica = Person.objects.get(external_id="P-20002")
    assert monica.role == "foster_parent" and monica.preferred_language == "en"
    assert monica.accessibility_needs == "Deaf; uses captions"
    log = AccessLog.objects.filter(action=AccessLog.Action.IMPORT)
    assert log.count() == 1 and "+2" in log.get().what and "+6" in log.get().what
    assert generation(agency) > before  # the engine roster is rebuilt with the new people


def test_reimporting_the_same_file_changes_nothing(agency, staff) -> None:
    import_csv(SAMPLE, agency, staff, dry_run=False)
    snapshot = (
        list(Person.objects.order_by("pk").values_list("pk", "updated_at")),
        list(ContactPoint.objects.order_by("pk").values_list("pk", flat=True)),
        list(Case.objects.order_by("pk").values_list("pk", "updated_at")),
    )
    again = import_csv(SAMPLE, agency, staff, dry_run=False)
    assert again.applied
    s = again.summary
    assert (s.cases_create, s.cases_update, s.cases_unchanged) == (0, 0, 2)
    assert (s.people_create, s.people_update, s.people_unchanged) == (0, 0, 6)
    assert snapshot == (
        list(Person.objects.order_by("pk").values_list("pk", "updated_at")),
        list(ContactPoint.objects.order_by("pk").values_list("pk", flat=True)),
        list(Case.objects.order_by("pk").values_list("pk", "updated_at")),
    )


def test_update_replaces_contacts_of_the_kinds_in_the_file_and_keeps_the_rest(agency, staff) -> None:
    import_csv(SAMPLE, agency, staff, dry_run=False)
    changed = (
        HEADER + "2026-0301,Unidad Sur,carl,closed,P-10002,parent,Lucía,Núñez Salas de Ortega,1988-11-19,"
        "(213) 555-0999\n"
    ).encode()
    plan = import_csv(changed, agency, staff, dry_run=False)
    s = plan.summary
    assert (s.cases_update, s.people_update, s.people_create) == (1, 1, 0)
    lucia = Person.objects.get(external_id="P-10002")
    assert lucia.last_name == "Núñez Salas de Ortega"
    # Phones replaced by the file's; the address (no column in this file) kept.
    assert set(lucia.contact_points.values_list("kind", "value")) == {
        ("phone", "(213) 555-0999"),
        ("address", "1432 Calle Olivo Apt 5"),
    }
    case = lucia.case
    assert case.status == "closed" and case.closed_on is not None and case.unit.name == "Unidad Sur"
    assert case.people.count() == 3  # people not in the file are kept


def test_an_import_that_deletes_contact_details_bumps_the_roster_once(agency, staff) -> None:
    import_csv(SAMPLE, agency, staff, dry_run=False)
    phones = ";".join(f"(213) 555-{i:04}" for i in range(20))
    many = (HEADER + f"2026-0301,Unidad Norte,ana,open,P-10002,parent,Lucía,Núñez,1988-11-19,{phones}\n").encode()
    import_csv(many, agency, staff, dry_run=False)
    before = generation(agency)
    plan = import_csv(
        (HEADER + "2026-0301,Unidad Norte,ana,open,P-10002,parent,Lucía,Núñez,1988-11-19,(213) 555-0999\n").encode(),
        agency,
        staff,
        dry_run=False,
    )
    assert plan.applied and plan.summary.people_update == 1
    lucia = Person.objects.get(external_id="P-10002")
    assert list(lucia.contact_points.filter(kind="phone").values_list("value", flat=True)) == ["(213) 555-0999"]
    # Twenty deletions through QuerySet.delete() (a post_delete each), yet one bump for the whole import.
    assert generation(agency) == before + 1


def test_bad_rows_are_listed_and_nothing_is_written(agency, staff) -> None:
    rows = [
        "2026-0401,Unidad Norte,ana,open,P-1,child,Good,Row,2015-01-01,",
        "2026-0402,Unidad Oeste,ana,open,P-2,child,Bad,Unit,2015-01-01,",
        "2026-0403,Unidad Norte,zed,open,P-3,child,Bad,Worker,2015-01-01,",
        "2026-0404,Unidad Norte,ana,open,P-4,child,Bad,Date,05/04/2015,",
        "2026-0405,Unidad Norte,ana,open,,child,No,Id,2015-01-01,",
        "2026-0406,Unidad Norte,ana,open,P-6,cousin,Bad,Role,2015-01-01,",
        "2026-0407,Unidad Norte,ana,open,P-7,parent,Bad,Phone,1990-01-01,12",
        "2026-0401,Unidad Sur,ana,open,P-8,parent,Other,Unit,1990-01-01,",
        "2026-0401,Unidad Norte,ana,open,P-1,parent,Twice,Listed,1990-01-01,",
    ]
    plan = import_csv((HEADER + "\n".join(rows) + "\n").encode(), agency, staff, dry_run=False)
    assert not plan.ok and not plan.applied
    found = {(e.line, e.column) for e in plan.errors}
    assert found == {
        (3, "unit"),
        (4, "assigned_worker"),
        (5, "date_of_birth"),
        (6, "person_id"),
        (7, "role"),
        (8, "phones"),
        (9, "unit"),
        (10, "person_id"),
    }
    messages = {e.line: e.message for e in plan.errors}
    assert "Unidad Oeste" in messages[3] and "Unidad Norte" in messages[3]  # names the unit and the known ones
    assert "YYYY-MM-DD" in messages[5]
    assert "again" in messages[6]  # says why an id is needed
    assert "line 2" in messages[9]
    assert not Case.objects.filter(number__startswith="2026-04").exists()
    assert not AccessLog.objects.filter(action=AccessLog.Action.IMPORT).exists()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xef\xbb\xbf", "empty"),  # only a byte-order mark
        (b"case_number,unit\x00,person_id\n", "binary"),
        (b"case_number,unit,person_id,role,first_name\n", "no rows"),
        (b"case_number,unit,first_name\n1,Unidad Norte,Ana\n", "person_id, role"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(agency, staff, data, expected) -> None:
    plan = import_csv(data, agency, staff, dry_run=True)
    assert plan.file_error and expected in plan.file_error
    assert not plan.errors and plan.summary.cases_create == 0


def test_an_unclosed_quote_is_a_row_error_not_swallowed_rows(agency, staff) -> None:
    data = (
        HEADER
        + '2026-0501,Unidad Norte,ana,open,P-1,child,"Ana,Pérez,2015-01-01,\n'
        + "2026-0501,Unidad Norte,ana,open,P-2,child,Luis,Pérez,2016-01-01,\n"
        + "2026-0501,Unidad Norte,ana,open,P-3,child,Rosa,Pérez,2017-01-01,\n"
    ).encode()
    plan = import_csv(data, agency, staff, dry_run=False)
    assert plan.errors and "quote" in plan.errors[0].message
    assert not Case.objects.filter(number="2026-0501").exists()


def test_a_windows_1252_file_is_refused_saying_where_not_garbled(agency, staff) -> None:
    data = (HEADER + "2026-0501,Unidad Norte,ana,open,P-1,child,Ana,Pérez,2015-01-01,\n").encode("cp1252")
    plan = import_csv(data, agency, staff, dry_run=False)
    assert "UTF-8" in plan.file_error and "line 2" in plan.file_error
    offset = data.index("é".encode("cp1252")) + 1
    assert f"byte {offset}" in plan.file_error
    assert "PÃ" not in plan.file_error
    assert not Case.objects.filter(number="2026-0501").exists()
    with translation.override("es"):  # in the user's language
        spanish = import_csv(data, agency, staff, dry_run=True).file_error
    assert spanish != plan.file_error and "UTF-8" in spanish and f"{offset}" in spanish


def test_spanish_headers_semicolons_bom_and_spanish_roles(agency, staff) -> None:
    text = (
        "numero_caso;unidad;trabajador_asignado;estado;id_persona;rol;nombre;apellidos;apodos;"
        "fecha_nacimiento;idioma;teléfonos\n"
        "2026-0601;unidad norte; ana ;abierto;E-1;Niño;  José Luis ;Gómez;Pepe, Chepe;2016-02-29;español;\n"
        '2026-0601;Unidad Norte;ana;abierto;E-2;padre de crianza;Rafael;Gómez;;1980-01-01;es;"(213) 555-0111; '
        '213-555-0112"\n'
        "2026-0601;Unidad Norte;ana;abierto;E-3;familia de acogida;Elena;Gómez;;;en;\n"
    )
    plan = import_csv("\ufeff".encode() + text.encode(), agency, staff, dry_run=False)
    assert plan.ok, plan.errors
    case = Case.objects.get(number="2026-0601")
    jose = case.people.get(external_id="E-1")
    assert (jose.first_name, jose.role, jose.alias_list()) == ("José Luis", "child", ["Pepe", "Chepe"])
    assert jose.date_of_birth == dt.date(2016, 2, 29)
    rafael = case.people.get(external_id="E-2")
    assert rafael.role == "foster_parent"
    assert sorted(rafael.contact_points.values_list("value", flat=True)) == ["(213) 555-0111", "213-555-0112"]
    assert case.people.get(external_id="E-3").role == "foster_parent"


def test_row_limit(agency, staff, monkeypatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 2)
    rows = "".join(f"2026-07{i:02},Unidad Norte,ana,open,P-{i},child,N{i},X,2015-01-01,\n" for i in range(3))
    plan = import_csv((HEADER + rows).encode(), agency, staff, dry_run=True)
    assert "more than 2 rows" in plan.file_error


# -- the web page ------------------------------------------------------------------------------------------


@pytest.fixture
def data_dir(settings, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path
    return tmp_path


def upload(client: Client, data: bytes, name: str = "caseload.csv"):
    return client.post(
        reverse("import_cases"), {"action": "upload", "file": SimpleUploadedFile(name, data, "text/csv")}
    )


def test_only_administrators_reach_the_import_page(staff, worker, supervisor, data_dir) -> None:
    for user in (worker, supervisor):
        client = client_for(user)
        assert client.get(reverse("import_cases")).status_code == 404
        assert upload(client, SAMPLE).status_code == 404
    assert not Case.objects.filter(number="2026-0301").exists()
    assert Client().get(reverse("import_cases")).status_code == 302  # to the sign-in page
    response = client_for(staff).get(reverse("import_cases"))
    assert response.status_code == 200 and b'enctype="multipart/form-data"' in response.content


def test_upload_preview_confirm_and_result(agency, staff, data_dir) -> None:
    client = client_for(staff)
    response = upload(client, SAMPLE)
    assert response.status_code == 200
    assert response.context["summary"].people_create == 6
    assert b'value="confirm"' in response.content
    pending = list((data_dir / "imports").glob("*.csv"))
    assert len(pending) == 1 and pending[0].read_bytes() == SAMPLE
    assert not Case.objects.filter(number="2026-0301").exists()

    digest = response.context["digest"]
    response = client.post(reverse("import_cases"), {"action": "confirm", "sha256": digest})
    assert response.status_code == 200 and response.context["summary"].people_create == 6
    assert Person.objects.filter(case__number__in=["2026-0301", "2026-0302"]).count() == 6
    assert not list((data_dir / "imports").glob("*.csv"))  # the upload is deleted after use
    assert AccessLog.objects.filter(action=AccessLog.Action.IMPORT, user=staff).count() == 1

    # A second confirm (back button, double click) imports nothing more.
    response = client.post(reverse("import_cases"), {"action": "confirm", "sha256": digest})
    assert response.status_code == 409
    assert AccessLog.objects.filter(action=AccessLog.Action.IMPORT).count() == 1


def test_preview_with_errors_has_no_confirm_and_keeps_nothing(agency, staff, data_dir) -> None:
    bad = (HEADER + "2026-0801,Unidad Norte,ana,open,P-1,child,Ana,X,14/03/2015,\n").encode()
    response = upload(client_for(staff), bad)
    assert response.status_code == 200
    content = response.content.decode()
    assert "14/03/2015" in content and 'value="confirm"' not in content
    assert not list((data_dir / "imports").glob("*.csv"))


def test_confirm_needs_the_previewed_file_and_cancel_deletes_it(agency, staff, data_dir) -> None:
    client = client_for(staff)
    upload(client, SAMPLE)
    response = client.post(reverse("import_cases"), {"action": "confirm", "sha256": "0" * 64})
    assert response.status_code == 409
    assert not Case.objects.filter(number="2026-0301").exists()
    upload(client, SAMPLE)
    assert list((data_dir / "imports").glob("*.csv"))
    response = client.post(reverse("import_cases"), {"action": "cancel"})
    assert response.status_code == 302
    assert not list((data_dir / "imports").glob("*.csv"))


def test_oversized_upload_is_refused(agency, staff, data_dir, monkeypatch) -> None:
    monkeypatch.setattr("resguardo.casework.forms.importer.MAX_BYTES", 100)
    response = upload(client_for(staff), SAMPLE)
    assert response.status_code == 400 and "MB" in response.content.decode()
    assert not Case.objects.filter(number="2026-0301").exists()


# -- the management command ----------------------------------------------------------------------------------


def test_management_command_dry_run_then_import(agency, staff, tmp_path: Path) -> None:
    path = tmp_path / "caseload.csv"
    path.write_bytes(SAMPLE)
    out = io.StringIO()
    call_command("import_caseload", str(path), "--dry-run", "--lang", "en", stdout=out)
    assert "6 new" in out.getvalue() and "nothing was saved" in out.getvalue()
    assert not Case.objects.filter(number="2026-0301").exists()
    call_command(
        "import_caseload",
        str(path),
        "--agency",
        agency.name,
        "--user",
        staff.username,
        "--lang",
        "en",
        stdout=io.StringIO(),
    )
    assert Case.objects.filter(number="2026-0301").exists()
    assert AccessLog.objects.get(action=AccessLog.Action.IMPORT).user == staff

    path.write_bytes(HEADER.encode() + b"2026-0901,Nowhere,ana,open,P-1,child,A,B,2015-01-01,\n")
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_caseload", str(path), "--lang", "en", stdout=io.StringIO(), stderr=err)
    assert "line 2, unit" in err.getvalue()
