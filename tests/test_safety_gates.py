"""Clinical safety gates in the real workflow: consent, identifiers, leaked template text, glossary, review."""

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from factories import add_case_page
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState, WorkflowState

from casepages.models import CasePage, ConsentRecord, GlossaryTerm
from casepages.translation.glossary_csv import GlossaryImportError, export_glossary_csv, import_glossary_csv
from casepages.workflow.models import CheckOverride, MedicalReview

pytestmark = pytest.mark.django_db

REPOSITORY = Path(__file__).resolve().parents[1]


def draft_case(english, paragraph="<p>Her joints ached every winter.</p>", **changes):
    """A draft case page by Ms. G, not yet submitted."""
    fields = {"slug": "gate-test", "case_code": "GT-01", "patient_alias": "Ms. G", "live": False, **changes}
    page = add_case_page(english.case_index, title="Gate test case", body=[("paragraph", paragraph)], **fields)
    page.save_revision()
    return page


def submit(page, user):
    return page.get_workflow().start(page, user)


def workflow_state(page):
    return WorkflowState.objects.for_instance(page).order_by("-pk").first()


def current_task_name(page):
    return workflow_state(page).current_task_state.task.name


def test_a_clean_page_passes_the_checks_and_waits_for_the_reviewer(english, demo_users):
    page = draft_case(english)
    submit(page, demo_users["editor"])
    state = workflow_state(page)
    assert state.status == "in_progress"
    assert current_task_name(page) == "Medical review"
    passed = TaskState.objects.filter(workflow_state=state, status="approved").values_list("task__name", flat=True)
    assert set(passed) == {"Privacy and consent check", "Text and glossary check"}


def test_identifiers_block_the_page_and_name_the_text(client_for, english, demo_users):
    page = draft_case(english, paragraph="<p>Call her husband Zhang Wei on 13812345678.</p>")
    submit(page, demo_users["editor"])
    state = workflow_state(page)
    assert state.status == "needs_changes"
    comment = state.current_task_state.comment
    assert state.current_task_state.task.name == "Privacy and consent check"
    assert "13812345678" in comment and "Story, paragraph 1" in comment
    assert not CasePage.objects.get(pk=page.pk).live
    html = client_for("editor").get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "13812345678" in html


def test_fixing_the_text_lets_the_page_through(english, demo_users):
    page = draft_case(english, paragraph="<p>Call her on 13812345678.</p>")
    submit(page, demo_users["editor"])
    page.body = [("paragraph", "<p>Her family supported her throughout.</p>")]
    page.save_revision(user=demo_users["editor"])
    workflow_state(page).resume(user=demo_users["editor"])
    assert workflow_state(page).status == "in_progress"
    assert current_task_name(page) == "Medical review"


def test_reviewer_override_is_recorded_with_its_reason(client_for, english, demo_users):
    page = draft_case(english, paragraph="<p>She was treated on 12 March 2023 after a long wait.</p>")
    submit(page, demo_users["editor"])
    assert workflow_state(page).status == "needs_changes"
    reviewer = client_for("reviewer")
    url = f"/admin/casepages/checks/{page.pk}/override/"
    assert "12 March 2023" in reviewer.get(url).content.decode()

    too_short = reviewer.post(url, {"reason": "fine"})
    assert too_short.status_code == 200 and not CheckOverride.objects.exists()

    reason = "The date is the public date of a hospital event, not a patient detail."
    reviewer.post(url, {"reason": reason})
    override = CheckOverride.objects.get()
    assert override.reason == reason and override.user == demo_users["reviewer"]
    entry = PageLogEntry.objects.get(page=page, action="casepages.check_override")
    assert entry.user == demo_users["reviewer"] and entry.data["reason"] == reason
    assert current_task_name(page) == "Medical review"
    history = reviewer.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Automatic check overridden" in history


def test_editors_and_translators_cannot_override(client_for, english, demo_users):
    page = draft_case(english, paragraph="<p>Her e-mail is g.patient@example.org.</p>")
    submit(page, demo_users["editor"])
    for username in ("editor", "translator", "coordinator"):
        response = client_for(username).post(f"/admin/casepages/checks/{page.pk}/override/", {"reason": "x" * 40})
        assert response.status_code in (302, 403)
    assert not CheckOverride.objects.exists()


@pytest.mark.parametrize(
    ("consent_changes", "expected"),
    [
        ("missing", "no consent record"),
        ({"expires_on": datetime.date(2020, 1, 1), "date_given": datetime.date(2019, 1, 1)}, "expired"),
        ({"withdrawn_on": datetime.date(2024, 1, 1)}, "withdrew consent"),
        ({"covers_website": False}, "does not cover publication on the website"),
    ],
)
def test_consent_problems_block_publication(english, demo_users, consent_changes, expected):
    if consent_changes == "missing":
        page = draft_case(english, consent=None)
    else:
        consent = ConsentRecord.objects.create(
            patient_alias="Ms. G",
            date_given=consent_changes.pop("date_given", datetime.date(2023, 1, 1)),
            document_reference="CONSENT-GT-01",
            **consent_changes,
        )
        consent.covered_locales.set([english.locale])
        page = draft_case(english, consent=consent)
    submit(page, demo_users["editor"])
    state = workflow_state(page)
    assert state.status == "needs_changes"
    assert expected in state.current_task_state.comment


def test_consent_must_cover_the_translations_language(english, chinese, demo_users):
    consent = english.sle03.consent
    consent.covered_locales.set([english.locale])
    chinese.sle03.save_revision()
    submit(chinese.sle03, demo_users["translator"])
    state = workflow_state(chinese.sle03)
    assert state.status == "needs_changes"
    assert "does not cover publication in" in state.current_task_state.comment


def test_withdrawing_consent_unpublishes_every_language_and_is_logged(client, english, chinese):
    consent = english.sle03.consent
    assert english.sle03.live and chinese.sle03.live
    consent.withdrawn_on = datetime.date.today()
    consent.save()
    english.sle03.refresh_from_db()
    chinese.sle03.refresh_from_db()
    assert not english.sle03.live and not chinese.sle03.live
    assert client.get("/en/cases/sle-03/").status_code == 404
    assert client.get("/zh-hans/cases/sle-03/").status_code == 404
    entry = ModelLogEntry.objects.get(action="casepages.consent_withdrawn", object_id=str(consent.pk))
    assert {page["locale"] for page in entry.data["pages"]} == {"en", "zh-hans"}
    assert PageLogEntry.objects.filter(page=chinese.sle03, action="wagtail.unpublish").exists()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("<p>description2</p>", "description2"),
        ("<p>Lorem ipsum dolor sit amet.</p>", "Lorem ipsum"),
        ("<p>TODO add the outcome here.</p>", "TODO"),
        ("<p>Hello {{ patient_name }}.</p>", "{{ patient_name }}"),
    ],
)
def test_leaked_template_text_blocks_publication(english, demo_users, paragraph, expected):
    page = draft_case(english, paragraph=paragraph)
    submit(page, demo_users["editor"])
    state = workflow_state(page)
    assert state.status == "needs_changes"
    assert state.current_task_state.task.name == "Text and glossary check"
    assert expected in state.current_task_state.comment


def test_untranslated_english_in_a_chinese_page_blocks_it(english, chinese, demo_users):
    page = chinese.sle03
    page.body = [("paragraph", "<p>The patient developed red spots all over her body and frequent fevers.</p>")]
    page.save_revision()
    submit(page, demo_users["translator"])
    state = workflow_state(page)
    assert state.status == "needs_changes"
    assert "Story, paragraph 1" in state.current_task_state.comment


def test_glossary_forbidden_and_missing_terms_block_a_translation(english, chinese, demo_users):
    term = GlossaryTerm.objects.get(locale=chinese.locale, term="系统性红斑狼疮")
    term.forbidden_variants = "红斑性狼疮"
    term.save()
    page = chinese.sle03
    page.summary = "这位红斑性狼疮患者在产后七个月发病。"
    page.save_revision()
    submit(page, demo_users["translator"])
    state = workflow_state(page)
    assert state.status == "needs_changes"
    assert "“红斑性狼疮”" in state.current_task_state.comment
    assert "系统性红斑狼疮" in state.current_task_state.comment


def test_medical_review_is_recorded_and_shown_in_both_languages(client, client_for, english, demo_users):
    page = draft_case(english)
    submit(page, demo_users["editor"])
    task_state = workflow_state(page).current_task_state
    client_for("reviewer").post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "ok"})
    review = MedicalReview.objects.get(page=page)
    assert review.reviewer == demo_users["reviewer"]
    html = client.get("/en/cases/gate-test/").content.decode()
    assert f"Medically reviewed by {review.reviewer_name} on" in html
    assert "Individual results vary" in html


def test_chinese_review_note_is_in_chinese(client, chinese, demo_users):
    MedicalReview.objects.create(page=chinese.sle03, reviewer=demo_users["reviewer"], reviewer_name="Reviewer Demo")
    html = client.get(chinese.sle03.url).content.decode()
    today = timezone.localdate()
    assert f"本文经Reviewer Demo医学审核，审核日期：{today.year}年{today.month}月{today.day}日。" in html
    assert "治疗效果因人而异" in html


def test_stale_reviews_are_listed_on_the_reviewers_dashboard(client_for, english, demo_users, settings):
    settings.CASEPAGES_REVIEW_MAX_AGE_DAYS = 365
    old = MedicalReview.objects.create(page=english.sle03, reviewer=demo_users["reviewer"], reviewer_name="R")
    MedicalReview.objects.filter(pk=old.pk).update(reviewed_at=old.reviewed_at - datetime.timedelta(days=400))
    html = client_for("reviewer").get("/admin/").content.decode()
    assert "due for medical review" in html
    assert english.sle03.title in html
    assert "due for medical review" not in client_for("editor").get("/admin/").content.decode()


# The scanner from the command line -----------------------------------------------------------------


def run_scan(*arguments, text):
    return subprocess.run(
        [sys.executable, "manage.py", "scan_identifiers", *arguments],
        cwd=REPOSITORY,
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_scan_identifiers_command_reports_json_and_exit_status(tmp_path):
    found = run_scan("--lang", "zh-hans", text="患者张伟，电话13812345678。")
    assert found.returncode == 1
    findings = [json.loads(line) for line in found.stdout.splitlines()]
    assert {finding["kind"] for finding in findings} == {"person_name", "phone_number"}
    phone = next(finding for finding in findings if finding["kind"] == "phone_number")
    assert (phone["text"], phone["start"], phone["end"]) == ("13812345678", 7, 18)

    clean_file = tmp_path / "story.txt"
    clean_file.write_text("In August 2016, 20-year-old Ms. A developed small red spots.", encoding="utf-8")
    clean = run_scan(str(clean_file), text="")
    assert clean.returncode == 0 and clean.stdout == ""

    missing = run_scan(str(tmp_path / "nope.txt"), text="")
    assert missing.returncode != 0 and "No such file" in missing.stderr


# Glossary CSV ----------------------------------------------------------------------------------------


def test_glossary_round_trips_through_csv(english, chinese):
    text = export_glossary_csv()
    assert "systemic lupus erythematosus,系统性红斑狼疮" in text
    text += "proteinuria test term,蛋白尿检测术语,,added by import\n"
    created, updated = import_glossary_csv(text.encode())
    assert created == 1 and updated >= 20
    added = GlossaryTerm.objects.get(locale=english.locale, term="proteinuria test term")
    assert (
        GlossaryTerm.objects.get(translation_key=added.translation_key, locale=chinese.locale).term == "蛋白尿检测术语"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"term,translation\nlupus,\xe7\x8b\xbc\n", "has no column"),
        (b"en,zh-hans,zh-hans forbidden,note\n,\xe7\x8b\xbc,,\n", "Row 2: the en term is empty"),
        (b"en,zh-hans,zh-hans forbidden,note\nlupus,a,,\nLupus,b,,\n", "appears twice"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_bad_glossary_csv_is_refused_and_changes_nothing(english, content, message):
    before = GlossaryTerm.objects.count()
    with pytest.raises(GlossaryImportError, match=message):
        import_glossary_csv(content)
    assert GlossaryTerm.objects.count() == before


def test_glossary_command_exports(capsys, english):
    call_command("glossary_csv", "export")
    assert "lupus nephritis,狼疮性肾炎" in capsys.readouterr().out
