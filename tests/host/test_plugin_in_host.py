"""casepages in a host that is not this repository's site: `wagtail start`'s pages, no security app, and
a third language written right to left. Each test goes through the admin as the staff would."""

import datetime
import re

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from casepages import i18n
from casepages.models import CaseIndexPage, CasePage
from casepages.translation.status import translation_status

ARABIC = {
    "Case stories": "قصص المرضى",
    "cases": "cases",
    "A teacher's lupus, treated": "علاج الذئبة لدى معلمة",
    "lupus-teacher": "lupus-teacher",
    "Ms. A came to us with lupus affecting her kidneys.": "جاءت السيدة أ إلينا مصابة بالذئبة التي أصابت كليتيها.",
    # Aliases are recognised as letter aliases in English and Chinese forms only; in Arabic the
    # translator keeps the Latin one, as case reports often do.
    "Ms. A": "Ms. A",
    "Her kidneys work normally again.": "تعمل كليتاها بشكل طبيعي مرة أخرى.",
    "She first noticed swollen ankles.": "لاحظت أولاً تورم كاحليها.",
}


def signed_in(client, user):
    client.force_login(user)
    return client


def approve_review(client, page):
    """The reviewer approves the medical review the page is waiting in."""
    task_state = TaskState.objects.get(
        workflow_state__in=WorkflowState.objects.for_instance(page).active(), status="in_progress"
    )
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "OK"})
    assert response.status_code in (200, 302)


def write_and_publish(client, host, page, parent):
    """The editor writes a page as a draft and submits it; the checks pass; the reviewer approves."""
    page.live = False
    parent.add_child(instance=page)
    page.save_revision(user=host.users["editor"])
    workflow_state = page.get_workflow().start(page, host.users["editor"])
    workflow_state.refresh_from_db()
    assert workflow_state.current_task_state.status == "in_progress", workflow_state.current_task_state.comment
    approve_review(signed_in(client, host.users["reviewer"]), page)
    page.refresh_from_db()
    assert page.live
    return page


def translate_into_arabic(client, host, page):
    """The translator starts the translation, fills it from a PO file, and submits it for review."""
    translator = signed_in(client, host.users["translator"])
    response = translator.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [host.locales["ar"].pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=host.locales["ar"])
    po = polib.pofile(translator.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content.decode())
    for entry in po:
        entry.msgstr = ARABIC[entry.msgid]
    upload = SimpleUploadedFile("page.po", str(po).encode())
    translator.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"})
    response = translator.post(f"/admin/casepages/translations/{translation.pk}/submit/", follow=True)
    said = [str(message) for message in response.context["messages"]]
    assert not any("not" in message for message in said), said
    arabic = page.get_translation(host.locales["ar"])
    sent_back = TaskState.objects.filter(workflow_state__object_id=str(arabic.pk), status="rejected")
    assert arabic.workflow_in_progress and not arabic.live, [state.comment for state in sent_back]
    return arabic


def test_a_story_is_reviewed_translated_into_arabic_and_read_right_to_left(client, host):
    index = write_and_publish(client, host, CaseIndexPage(title="Case stories", slug="cases"), host.home)
    case = write_and_publish(
        client,
        host,
        CasePage(
            title="A teacher's lupus, treated",
            slug="lupus-teacher",
            case_code="SLE-90",
            summary="Ms. A came to us with lupus affecting her kidneys.",
            patient_alias="Ms. A",
            gender="female",
            age_at_onset=31,
            nationality="KZ",
            condition=host.condition,
            treatment=host.treatment,
            onset_date=datetime.date(2021, 3, 1),
            treatment_date=datetime.date(2022, 6, 1),
            outcome_summary="Her kidneys work normally again.",
            body=[("paragraph", "<p>She first noticed swollen ankles.</p>")],
            consent=host.consent,
        ),
        index,
    )

    arabic_index = translate_into_arabic(client, host, index)
    approve_review(signed_in(client, host.users["reviewer"]), arabic_index)
    arabic_case = translate_into_arabic(client, host, case)
    checks_said = TaskState.objects.filter(workflow_state__object_id=str(arabic_case.pk), status="approved")
    assert any("not recognised automatically in" in (state.comment or "") for state in checks_said), (
        "the privacy check says what it cannot read for in Arabic"
    )
    approve_review(signed_in(client, host.users["reviewer"]), arabic_case)
    arabic_case.refresh_from_db()
    assert arabic_case.live and arabic_case.title == "علاج الذئبة لدى معلمة"

    client.logout()
    html = client.get("/ar/cases/lupus-teacher/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "علاج الذئبة لدى معلمة" in html
    assert i18n.format_month_year(datetime.date(2021, 3, 1), "ar") in html, "dates formatted by Babel in Arabic"
    assert 'hreflang="ar"' in html and 'hreflang="en"' in html
    assert "العربية" in html, "the language switcher names Arabic in its own script"
    assert '<html lang="en" dir="ltr">' in client.get("/en/cases/lupus-teacher/").content.decode()

    sitemap = client.get("/sitemap.xml").content.decode()
    assert re.search(r"<loc>http://[^<]+/ar/cases/lupus-teacher/</loc>", sitemap)
    status = translation_status().as_json()
    assert "ar" in status["counts"] and status["counts"]["ar"]["live"] >= 2


def test_the_host_needs_neither_the_site_nor_the_security_app(settings, host):
    assert "hospital" not in settings.INSTALLED_APPS
    assert "casepages.security" not in settings.INSTALLED_APPS and "axes" not in settings.INSTALLED_APPS
    assert Page.objects.get(pk=host.home.pk).specific_class is Page, "Wagtail's own welcome page is the home"
