"""Agency accounts: personal accounts are refused, and each role sees only the accounts in its scope."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from resguardo.casework.accounts import identifier_keys
from resguardo.casework.models import AccessLog, AgencyAccount, ContactPoint, Platform

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def register(user, platform: str, identifier: str, **extra):
    data = {
        "platform": Platform.objects.get(slug=platform).pk,
        "identifier": identifier,
        "display_name": "Familias del Valle",
        "agency_owned": "on",
        **extra,
    }
    return client_for(user).post(reverse("account_create"), data)


def make_account(user, platform: str, identifier: str) -> AgencyAccount:
    return AgencyAccount.objects.create(
        agency=user.agency,
        platform=Platform.objects.get(slug=platform),
        owner=user,
        identifier=identifier,
        registered_by=user,
    )


def test_an_agency_address_is_registered_for_the_worker(worker) -> None:
    response = register(worker, "email", "Ana.Torres@FamiliasDelValle.org")
    assert response.status_code == 302
    account = AgencyAccount.objects.get()
    assert account.identifier == "ana.torres@familiasdelvalle.org"
    assert account.owner == worker and account.registered_by == worker and account.agency == worker.agency
    listing = client_for(worker).get(reverse("account_list")).content.decode()
    assert "ana.torres@familiasdelvalle.org" in listing


@pytest.mark.parametrize("address", ["ana.torres@gmail.com", "ana@hotmail.com", "ana@icloud.com"])
def test_free_mail_is_refused(worker, address) -> None:
    response = register(worker, "email", address)
    assert response.status_code == 200
    assert "free personal e-mail service" in response.content.decode()
    assert not AgencyAccount.objects.exists()


def test_another_domain_is_refused_even_on_other_platforms(worker) -> None:
    response = register(worker, "email", "ana@otraagencia.org")
    assert "must use the agency&#x27;s domain (familiasdelvalle.org)" in response.content.decode()
    response = register(worker, "zoom-healthcare", "ana.torres@gmail.com")
    assert "free personal e-mail service" in response.content.decode()
    assert not AgencyAccount.objects.exists()


def test_a_staff_members_personal_handle_is_refused(worker, worker_same_unit) -> None:
    worker_same_unit.personal_handles = "@Beto.Ruiz.88\n(213) 555-0199"
    worker_same_unit.save()
    for identifier in ("beto.ruiz.88", "@BETO.RUIZ.88", "https://instagram.com/beto.ruiz.88", "+1 213 555 0199"):
        response = register(worker, "instagram" if "555" not in identifier else "whatsapp", identifier)
        assert response.status_code == 200, identifier
        assert "Personal accounts cannot be registered" in response.content.decode(), identifier
    assert not AgencyAccount.objects.exists()


def test_a_clients_phone_and_handle_are_refused(worker, case_a, case_b) -> None:
    # Carmen Luna's phone on case A is (213) 555-0147.
    for platform, identifier in (("whatsapp", "213-555-0147"), ("sms", "+1 (213) 555 0147"), ("signal", "2135550147")):
        response = register(worker, platform, identifier)
        assert "Personal accounts cannot be registered" in response.content.decode(), identifier
    # A person on a case the worker cannot see counts too, and the error does not say whose it is.
    dana = case_b.people.get(first_name="Dana")
    ContactPoint.objects.create(person=dana, kind="handle", value="@dana.reed", platform="TikTok")
    response = register(worker, "tiktok", "Dana.Reed")
    text = response.content.decode()
    assert "Personal accounts cannot be registered" in text and "Reed" not in text.replace("Dana.Reed", "")
    assert "on a case" not in text and "de un caso" not in text  # nor that it is someone's on a case
    assert not AgencyAccount.objects.exists()
    # The attempt on the case the worker cannot see is in the access log, for that case's supervisor.
    assert AccessLog.objects.filter(case_id=case_b.pk, action="denied", user=worker).count() == 1


def test_a_professional_number_and_handle_are_accepted(worker, case_a) -> None:
    assert register(worker, "whatsapp", "(213) 555-0100").status_code == 302
    assert register(worker, "instagram", "@familiasdelvalle").status_code == 302
    assert AgencyAccount.objects.count() == 2


def test_the_agency_owned_checkbox_is_required_and_duplicates_are_refused(worker) -> None:
    response = register(worker, "whatsapp", "(213) 555-0100", agency_owned="")
    assert "Confirm that the agency owns and manages this account." in response.content.decode()
    assert not AgencyAccount.objects.exists()
    assert register(worker, "instagram", "@FamiliasDelValle").status_code == 302
    response = register(worker, "instagram", "@familiasdelvalle")
    assert "already registered" in response.content.decode()
    assert AgencyAccount.objects.count() == 1


def test_identifier_normalisation() -> None:
    assert identifier_keys("@Sofi.R") & identifier_keys("sofi.r")
    assert identifier_keys("(213) 555-0147") & identifier_keys("+1 213.555.0147")
    assert not identifier_keys("(213) 555-0147") & identifier_keys("(213) 555-0148")
    assert not identifier_keys("sofi.r") & identifier_keys("sofi.ramirez")


def test_caseworker_sees_only_own_accounts_and_not_another_units(
    worker, worker_same_unit, worker_b, supervisor, administrator
) -> None:
    make_account(worker, "whatsapp", "+1 213 555 0100")
    make_account(worker_same_unit, "signal", "+1 213 555 0101")
    make_account(worker_b, "instagram", "@fdv.sur")
    mine = client_for(worker).get(reverse("account_list")).content.decode()
    assert "+1 213 555 0100" in mine and "+1 213 555 0101" not in mine and "@fdv.sur" not in mine
    unit = client_for(supervisor).get(reverse("account_list")).content.decode()
    assert "+1 213 555 0100" in unit and "+1 213 555 0101" in unit and "@fdv.sur" not in unit
    everything = client_for(administrator).get(reverse("account_list")).content.decode()
    assert all(x in everything for x in ("+1 213 555 0100", "+1 213 555 0101", "@fdv.sur"))


def test_owner_choice_follows_the_role(worker, worker_same_unit, worker_b, supervisor, administrator) -> None:
    # A caseworker registers only for themselves, whatever the form says.
    assert register(worker, "whatsapp", "(213) 555-0100", owner=worker_b.pk).status_code == 302
    assert AgencyAccount.objects.get().owner == worker
    # A supervisor picks a worker of their unit, not of another unit.
    response = register(supervisor, "signal", "(213) 555-0101", owner=worker_b.pk)
    assert response.status_code == 200 and not AgencyAccount.objects.filter(identifier="(213) 555-0101").exists()
    assert register(supervisor, "signal", "(213) 555-0101", owner=worker_same_unit.pk).status_code == 302
    assert AgencyAccount.objects.get(identifier="(213) 555-0101").owner == worker_same_unit
    # An administrator picks anyone in the agency.
    assert register(administrator, "sms", "(213) 555-0102", owner=worker_b.pk).status_code == 302
    assert AgencyAccount.objects.get(identifier="(213) 555-0102").owner == worker_b


def test_deactivate(worker, worker_b, supervisor) -> None:
    own = make_account(worker, "whatsapp", "+1 213 555 0100")
    other = make_account(worker_b, "instagram", "@fdv.sur")
    assert client_for(worker).post(reverse("account_deactivate", args=[other.pk])).status_code == 404
    assert client_for(supervisor).post(reverse("account_deactivate", args=[other.pk])).status_code == 404
    other.refresh_from_db()
    assert other.active
    assert client_for(worker).get(reverse("account_deactivate", args=[own.pk])).status_code == 405
    assert client_for(worker).post(reverse("account_deactivate", args=[own.pk])).status_code == 302
    own.refresh_from_db()
    assert not own.active
    listing = client_for(worker).get(reverse("account_list")).content.decode()
    assert "+1 213 555 0100" not in listing
    assert "+1 213 555 0100" in client_for(worker).get(reverse("account_list") + "?show=all").content.decode()
