"""The recommender: one test per rule on plain data, and the page with a case's people."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from resguardo.casework.catalog import approve_defaults
from resguardo.casework.models import AccessLog, Person
from resguardo.casework.recommender import (
    EXCLUDED,
    NOT_APPROVED,
    RECOMMENDED,
    PersonNeeds,
    PlatformFacts,
    general_advice,
    recommend,
)

CHAT = PlatformFacts("chat", "Chat", kind="messaging", end_to_end_encryption="yes", minimum_age=13, low_bandwidth=True)
PLAIN_CHAT = PlatformFacts(
    "plainchat", "Plain chat", kind="messaging", end_to_end_encryption="no", minimum_age=13, low_bandwidth=True
)
TELEHEALTH = PlatformFacts("telehealth", "Telehealth", kind="video", hipaa_baa="yes", minimum_age=0, captions=True)
VIDEO = PlatformFacts(
    "video", "Video", kind="video", hipaa_baa="no", minimum_age=16, captions=False, low_bandwidth=False
)
LIGHT_VIDEO = PlatformFacts("lightvideo", "Light video", kind="video", minimum_age=0, low_bandwidth=True)
BAA_SOME_PLANS = PlatformFacts("someplans", "Some plans", kind="video", hipaa_baa="optional", minimum_age=0)
SMS = PlatformFacts(
    "sms", "SMS", kind="sms", minimum_age=0, low_bandwidth=True, captions=True, languages="any (depends on the phone)"
)
ENGLISH_ONLY = PlatformFacts("englishonly", "English only", kind="video", minimum_age=0, languages="en")

ADULT = PersonNeeds("Carmen", age=38, preferred_language="es")


def approve_all(platforms, purpose):
    return [(p.slug, purpose) for p in platforms]


def by_slug(results):
    return {r.slug: r for r in results}


def test_health_information_only_allows_platforms_with_a_baa() -> None:
    platforms = [TELEHEALTH, VIDEO, BAA_SOME_PLANS]
    results = recommend(platforms, approve_all(platforms, "virtual_visits"), "virtual_visits", [ADULT], True, "en")
    got = by_slug(results)
    assert [r.slug for r in results if r.status == RECOMMENDED] == ["telehealth"]
    assert got["video"].status == EXCLUDED
    assert any("No HIPAA business associate agreement" in r for r in got["video"].reasons)
    assert got["someplans"].status == EXCLUDED
    assert any("only on some plans" in r for r in got["someplans"].reasons)
    # Without health information the same platforms are all fine.
    relaxed = recommend(platforms, approve_all(platforms, "virtual_visits"), "virtual_visits", [ADULT], False, "en")
    assert all(r.status == RECOMMENDED for r in relaxed)


def test_a_twelve_year_old_excludes_platforms_with_minimum_age_13() -> None:
    child = PersonNeeds("Sofía", age=12)
    platforms = [CHAT, SMS, TELEHEALTH]
    got = by_slug(recommend(platforms, approve_all(platforms, "messaging"), "messaging", [child, ADULT], False, "en"))
    assert got["chat"].status == EXCLUDED
    assert "The minimum age is 13 and Sofía is 12." in got["chat"].reasons
    assert got["sms"].status == RECOMMENDED and got["telehealth"].status == RECOMMENDED
    thirteen = by_slug(
        recommend(
            platforms, approve_all(platforms, "messaging"), "messaging", [PersonNeeds("Sofía", age=13)], False, "en"
        )
    )
    assert thirteen["chat"].status == RECOMMENDED


def test_limited_connectivity_ranks_low_bandwidth_first() -> None:
    person = PersonNeeds("Dana", age=40, preferred_language="en", connectivity="limited")
    platforms = [VIDEO, LIGHT_VIDEO]  # VIDEO sorts first by name without the rule
    results = recommend(platforms, approve_all(platforms, "virtual_visits"), "virtual_visits", [person], False, "en")
    assert [r.slug for r in results] == ["lightvideo", "video"]
    assert results[0].score > results[1].score
    assert any("slow connection" in r for r in results[0].reasons)
    good = recommend(
        platforms,
        approve_all(platforms, "virtual_visits"),
        "virtual_visits",
        [PersonNeeds("Dana", age=40)],
        False,
        "en",
    )
    assert good[0].score == good[1].score


def test_no_internet_means_no_online_platform_fits() -> None:
    person = PersonNeeds("Dana", age=40, connectivity="none")
    platforms = [CHAT, LIGHT_VIDEO, SMS]
    results = recommend(platforms, approve_all(platforms, "messaging"), "messaging", [person], False, "en")
    got = by_slug(results)
    assert got["chat"].status == EXCLUDED and got["lightvideo"].status == EXCLUDED
    assert got["sms"].status == RECOMMENDED  # text messages need a phone signal, not internet
    notes = general_advice(results, [person], "en")
    assert any("No online platform fits Dana" in n and "phone" in n and "in person" in n for n in notes)
    only_online = recommend([CHAT], approve_all([CHAT], "messaging"), "messaging", [person], False, "en")
    assert any("None of the approved platforms fits" in n for n in general_advice(only_online, [person], "en"))


def test_a_deaf_person_prefers_captions() -> None:
    deaf = PersonNeeds("Marcus", age=17, preferred_language="en", accessibility_needs="Deaf, uses ASL")
    platforms = [VIDEO, TELEHEALTH]
    approvals = approve_all(platforms, "virtual_visits")
    results = recommend(platforms, approvals, "virtual_visits", [deaf], False, "en")
    assert results[0].slug == "telehealth"
    assert any("captions" in r.lower() for r in results[0].reasons)
    assert any("No captions" in r for r in by_slug(results)["video"].reasons)
    spanish = PersonNeeds("Carmen", age=40, accessibility_needs="persona sorda, usa subtítulos")
    assert spanish.needs_captions and not ADULT.needs_captions


def test_unapproved_platforms_are_listed_apart_and_never_recommended() -> None:
    platforms = [CHAT, PLAIN_CHAT, SMS]
    results = recommend(platforms, [("sms", "messaging"), ("chat", "photos")], "messaging", [ADULT], False, "en")
    got = by_slug(results)
    assert [r.slug for r in results if r.recommended] == ["sms"]
    assert got["chat"].status == NOT_APPROVED and got["plainchat"].status == NOT_APPROVED
    assert "not approved it for messaging" in got["chat"].reasons[0]
    assert results[-1].status == NOT_APPROVED
    assert any(
        "None of the approved" in n
        for n in general_advice(recommend(platforms, [], "messaging", [ADULT], False, "en"), [ADULT], "en")
    )


def test_end_to_end_encryption_preferred_for_messaging_and_language_availability() -> None:
    platforms = [PLAIN_CHAT, CHAT]
    results = recommend(platforms, approve_all(platforms, "messaging"), "messaging", [ADULT], False, "en")
    assert [r.slug for r in results] == ["chat", "plainchat"]
    assert "Messages are end-to-end encrypted." in results[0].reasons
    lang = recommend(
        [ENGLISH_ONLY, LIGHT_VIDEO],
        approve_all([ENGLISH_ONLY, LIGHT_VIDEO], "virtual_visits"),
        "virtual_visits",
        [ADULT],
        False,
        "en",
    )
    assert lang[0].slug == "lightvideo"
    assert any("Not available in Spanish" in r for r in by_slug(lang)["englishonly"].reasons)


# The page ----------------------------------------------------------------------------------------------


def client_for(user, lang: str = "en") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=lang)
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_page_uses_the_case_people_and_logs_the_access(worker, agency, case_a) -> None:
    approve_defaults(agency)
    sofia = case_a.people.get(first_name="Sofía")
    sofia.accessibility_needs = "hard of hearing"
    sofia.save()
    client = client_for(worker)
    response = client.get(
        reverse("recommend"), {"purpose": "virtual_visits", "health_info": "yes", "case": case_a.number}
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Sofía Ramírez Luna" in text and "Carmen Luna" in text
    answer = text[text.index('id="answer"') :]
    recommended = answer[: answer.index("Approved but not suitable")]
    assert "Doxy.me" in recommended and "Zoom for Healthcare" in recommended
    assert "Microsoft Teams" not in recommended  # BAA only on some plans
    assert recommended.index("Zoom for Healthcare") < recommended.index("Doxy.me")  # captions for Sofía
    assert AccessLog.objects.filter(user=worker, case_id=case_a.pk, what__contains="recommender").exists()


@pytest.mark.django_db
def test_page_with_only_some_people_chosen(worker, agency, case_a) -> None:
    approve_defaults(agency)
    mother = case_a.people.get(first_name="Carmen")
    child = case_a.people.get(first_name="Sofía")  # born 2015: under 13 until 2028
    child.date_of_birth = dt.date.today().replace(year=dt.date.today().year - 10)
    child.save()
    client = client_for(worker)
    both = client.get(
        reverse("recommend"),
        {
            "purpose": "messaging",
            "health_info": "no",
            "case": case_a.number,
            "people_shown": "1",
            "people": [mother.pk, child.pk],
        },
    )
    assert "The minimum age is 13 and Sofía Ramírez Luna is 10." in both.content.decode()
    only_mother = client.get(
        reverse("recommend"),
        {
            "purpose": "messaging",
            "health_info": "no",
            "case": case_a.number,
            "people_shown": "1",
            "people": [mother.pk],
        },
    )
    assert "is 10." not in only_mother.content.decode()


@pytest.mark.django_db
def test_page_refuses_a_case_the_user_cannot_see(worker, agency, case_b) -> None:
    response = client_for(worker).get(
        reverse("recommend"), {"purpose": "messaging", "health_info": "no", "case": case_b.number}
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Marcus" not in text and "Dana" not in text
    assert "No case with this number among your cases." in text
    assert not AccessLog.objects.filter(case_id=case_b.pk).exists()
    assert Person.objects.filter(case=case_b).count() == 2


@pytest.mark.django_db
def test_page_with_a_person_described_by_hand(worker, agency) -> None:
    approve_defaults(agency)
    response = client_for(worker).get(
        reverse("recommend"), {"purpose": "messaging", "health_info": "no", "age": "30", "connectivity": "none"}
    )
    text = response.content.decode()
    assert "No online platform fits the person entered by hand" in text
    answer = text[text.index('id="answer"') :]
    assert "SMS (text messages)" in answer[: answer.index("Approved but not suitable")]
