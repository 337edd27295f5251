"""The demo loader: both languages linked as real translations, and a second run changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from casepages.models import CasePage, Condition, ConsentRecord, GlossaryTerm, MessageFormField, Treatment
from hospital.demo import content as demo_content
from hospital.demo.loader import DEMO_USERS, load_demo_content

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "snippets": Condition.objects.count() + Treatment.objects.count() + GlossaryTerm.objects.count(),
        "consents": ConsentRecord.objects.count(),
        "form_fields": MessageFormField.objects.count(),
        "users": get_user_model().objects.count(),
        "translations": Translation.objects.count(),
    }


def test_running_the_loader_again_changes_nothing(english):
    before = snapshot()
    report = load_demo_content()
    assert report.created == []
    assert len(report.existing) > 20
    assert snapshot() == before


def test_every_case_exists_in_both_languages_as_a_translation(english, chinese):
    for case in demo_content.CASES:
        source = CasePage.objects.get(case_code=case["case_code"], locale=english.locale)
        translated = CasePage.objects.get(case_code=case["case_code"], locale=chinese.locale)
        assert translated.translation_key == source.translation_key
        assert translated.live
        assert translated.title == case["title"]["zh-hans"]
        assert translated.condition.locale == chinese.locale
        assert translated.condition.translation_key == source.condition.translation_key
        assert Translation.objects.filter(
            source__object_id=source.translation_key, target_locale=chinese.locale
        ).exists()


def test_at_least_two_fictional_cases_besides_sle03():
    others = [case for case in demo_content.CASES if case["case_code"] != "SLE-03"]
    assert len(others) >= 2
    assert len({case["condition"] for case in others} - {"systemic-lupus-erythematosus"}) >= 2


def test_snippets_and_glossary_are_translated(english, chinese):
    for model in (Condition, Treatment, GlossaryTerm):
        source_keys = set(model.objects.filter(locale=english.locale).values_list("translation_key", flat=True))
        target_keys = set(model.objects.filter(locale=chinese.locale).values_list("translation_key", flat=True))
        assert source_keys and source_keys == target_keys
    assert GlossaryTerm.objects.filter(locale=chinese.locale, term="系统性红斑狼疮").exists()


def test_demo_users_exist_for_every_role(demo_users):
    assert set(demo_users) == set(DEMO_USERS)
    assert demo_users["admin"].is_superuser
    for username, spec in DEMO_USERS.items():
        assert demo_users[username].check_password(spec["password"])
    assert demo_users["translator"].groups.filter(name="Translators (zh-hans)").exists()
