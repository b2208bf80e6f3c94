"""Case-plan contact rules: added on a child's page (a person on the case or a name), shown prominently there
(not allowed first, in plain words that include social media), on the other person's page and on the case
page; ended early without being deleted; only by someone who can see the case."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from resguardo.casework.models import AccessLog, ContactRule, Person

pytestmark = pytest.mark.django_db

NO_CONTACT_ALL = "No contact with Carmen Luna on any channel, including social media"


def client_for(user, lang: str = "en") -> Client:
    client = Client()
    client.force_login(user)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = lang
    return client


def shown(response) -> str:
    """The page with names' <bdi> isolation removed, to read the sentences around them."""
    return response.content.decode().replace("<bdi>", "").replace("</bdi>", "")


def child_of(case) -> Person:
    return case.people.get(role="child")


def mother_of(case) -> Person:
    return case.people.get(role="parent")


def rule_data(**extra: object) -> dict[str, object]:
    data: dict[str, object] = {
        "other_person": "",
        "other_name": "",
        "rule": "not_allowed",
        "channel": "all",
        "valid_from": "2026-01-01",
        "valid_until": "",
        "reason": "",
    }
    data.update(extra)
    return data


def test_add_a_rule_with_a_person_on_the_case_shows_everywhere(worker, case_a) -> None:
    child, mother = child_of(case_a), mother_of(case_a)
    client = client_for(worker)
    response = client.post(
        reverse("rule_create", args=[child.pk]), rule_data(other_person=mother.pk, reason="Court order of 12 January")
    )
    assert response.status_code == 302
    rule = ContactRule.objects.get()
    assert (rule.child, rule.other_person, rule.rule, rule.channel) == (child, mother, "not_allowed", "all")
    assert rule.created_by == worker and rule.in_force
    assert AccessLog.objects.filter(action=AccessLog.Action.CREATE, person_id=child.pk).exists()

    child_page = shown(client.get(reverse("person_detail", args=[child.pk])))
    assert NO_CONTACT_ALL in child_page and "Court order of 12 January" in child_page
    mother_page = shown(client.get(reverse("person_detail", args=[mother.pk])))
    assert "Contact rules with children on this case" in mother_page
    assert "Sofía Ramírez Luna" in mother_page and NO_CONTACT_ALL in mother_page
    case_page = shown(client.get(reverse("case_detail", args=[case_a.pk])))
    assert NO_CONTACT_ALL in case_page


def test_add_a_rule_with_someone_not_on_the_case(worker, case_a) -> None:
    child = child_of(case_a)
    response = client_for(worker).post(
        reverse("rule_create", args=[child.pk]),
        rule_data(other_name="Jorge <b>Ramírez</b>", rule="supervised", channel="phone", valid_until="2026-12-31"),
    )
    assert response.status_code == 302
    rule = ContactRule.objects.get()
    assert rule.other_person is None and rule.other_name == "Jorge <b>Ramírez</b>"
    page = shown(client_for(worker).get(reverse("person_detail", args=[child.pk])))
    assert "Phone calls and text messages with Jorge &lt;b&gt;Ramírez&lt;/b&gt; only with supervision." in page
    assert "<b>Ramírez</b>" not in page


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({}, "Choose a person on the case or write the name of someone else"),
        ({"other_name": "Jorge", "use_mother": True}, "not both"),
        (
            {"other_name": "Jorge", "valid_from": "2026-05-01", "valid_until": "2026-04-30"},
            "The end date cannot be before the start date",
        ),
    ],
)
def test_invalid_rules_are_refused(worker, case_a, extra, message) -> None:
    child = child_of(case_a)
    data = dict(extra)
    if data.pop("use_mother", False):
        data["other_person"] = mother_of(case_a).pk
    response = client_for(worker).post(reverse("rule_create", args=[child.pk]), rule_data(**data))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ContactRule.objects.exists()


def test_same_day_until_is_accepted(worker, case_a) -> None:
    response = client_for(worker).post(
        reverse("rule_create", args=[child_of(case_a).pk]),
        rule_data(other_name="Jorge", valid_from="2026-05-01", valid_until="2026-05-01"),
    )
    assert response.status_code == 302


def test_other_person_must_be_on_the_same_case(worker, case_a, case_b) -> None:
    stranger = case_b.people.get(role="foster_parent")
    response = client_for(worker).post(
        reverse("rule_create", args=[child_of(case_a).pk]), rule_data(other_person=stranger.pk)
    )
    assert response.status_code == 200
    assert not ContactRule.objects.exists()
    assert "Dana" not in response.content.decode()


def test_not_allowed_is_listed_before_allowed(worker, case_a) -> None:
    child, mother = child_of(case_a), mother_of(case_a)
    ContactRule.objects.create(
        child=child,
        other_name="Abuela Rosa",
        rule="allowed",
        channel="all",
        valid_from=dt.date(2026, 1, 1),
        created_by=worker,
    )
    ContactRule.objects.create(
        child=child,
        other_name="Tío Beto",
        rule="supervised",
        channel="in_person",
        valid_from=dt.date(2026, 1, 1),
        created_by=worker,
    )
    ContactRule.objects.create(
        child=child,
        other_person=mother,
        rule="not_allowed",
        channel="all",
        valid_from=dt.date(2026, 1, 1),
        created_by=worker,
    )
    page = shown(client_for(worker).get(reverse("person_detail", args=[child.pk])))
    first, second, third = (
        page.index(NO_CONTACT_ALL),
        page.index("In-person contact with Tío Beto only"),
        page.index("Contact with Abuela Rosa is allowed on any channel."),
    )
    assert first < second < third
    case_page = shown(client_for(worker).get(reverse("case_detail", args=[case_a.pk])))
    assert case_page.index(NO_CONTACT_ALL) < case_page.index("Contact with Abuela Rosa is allowed")


def test_end_a_rule_early_keeps_it_with_its_end_date(worker, case_a) -> None:
    child, mother = child_of(case_a), mother_of(case_a)
    rule = ContactRule.objects.create(
        child=child,
        other_person=mother,
        rule="not_allowed",
        channel="all",
        valid_from=dt.date(2026, 1, 1),
        created_by=worker,
    )
    url = reverse("rule_end", args=[rule.pk])
    assert client_for(worker).get(url).status_code == 405
    assert client_for(worker).post(url).status_code == 302
    rule.refresh_from_db()
    today = timezone.localdate()
    assert rule.valid_until == today
    assert not rule.in_force_on(today + dt.timedelta(days=1))
    assert AccessLog.objects.filter(action=AccessLog.Action.EDIT, person_id=child.pk).exists()

    # The next day it is listed under the ended rules, and no longer on the case page.
    ContactRule.objects.filter(pk=rule.pk).update(valid_until=today - dt.timedelta(days=1))
    page = shown(client_for(worker).get(reverse("person_detail", args=[child.pk])))
    ended = page.index("Ended contact rules")
    assert page.index(NO_CONTACT_ALL) > ended
    case_page = shown(client_for(worker).get(reverse("case_detail", args=[case_a.pk])))
    assert NO_CONTACT_ALL not in case_page
    assert ContactRule.objects.filter(pk=rule.pk).exists()


def test_ending_a_rule_that_has_not_started_means_it_never_applies(worker, case_a) -> None:
    start = timezone.localdate() + dt.timedelta(days=10)
    rule = ContactRule.objects.create(
        child=child_of(case_a), other_name="Jorge", rule="not_allowed", valid_from=start, created_by=worker
    )
    client_for(worker).post(reverse("rule_end", args=[rule.pk]))
    rule.refresh_from_db()
    assert not rule.in_force_on(start) and not rule.in_force_on(timezone.localdate())


def test_caseworker_cannot_add_or_end_rules_of_another_workers_child(
    worker, worker_same_unit, worker_b, case_a, case_b
) -> None:
    child_a, child_b = child_of(case_a), child_of(case_b)
    assert client_for(worker).get(reverse("rule_create", args=[child_b.pk])).status_code == 404
    assert (
        client_for(worker).post(reverse("rule_create", args=[child_b.pk]), rule_data(other_name="X")).status_code == 404
    )
    assert (
        client_for(worker_same_unit)
        .post(reverse("rule_create", args=[child_a.pk]), rule_data(other_name="X"))
        .status_code
        == 404
    )
    assert not ContactRule.objects.exists()
    rule = ContactRule.objects.create(
        child=child_b, other_name="Someone", rule="not_allowed", valid_from=dt.date(2026, 1, 1), created_by=worker_b
    )
    assert client_for(worker).post(reverse("rule_end", args=[rule.pk])).status_code == 404
    rule.refresh_from_db()
    assert rule.valid_until is None


def test_rules_are_only_for_children(worker, case_a) -> None:
    mother = mother_of(case_a)
    assert client_for(worker).get(reverse("rule_create", args=[mother.pk])).status_code == 404
    page = client_for(worker).get(reverse("person_detail", args=[mother.pk])).content.decode()
    assert reverse("rule_create", args=[mother.pk]) not in page


def test_supervisor_of_the_unit_can_add_rules(supervisor, case_a) -> None:
    response = client_for(supervisor).post(
        reverse("rule_create", args=[child_of(case_a).pk]), rule_data(other_name="Jorge")
    )
    assert response.status_code == 302
    assert ContactRule.objects.get().created_by == supervisor
