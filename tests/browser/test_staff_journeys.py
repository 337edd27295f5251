"""Each staff role's whole journey in Chromium: signing in with the second factor, the work, the unhappy loops, and
the public page at the end, with the admin in English and in Chinese.

The staff are the demo accounts with the demo authenticators (`manage.py setup_demo_2fa`): each signs in with the
README's password and the six digits their authenticator app shows, computed here from the device's secret. Every
role works in a browser profile of its own; a visitor's profile (no cookies) checks the public site.
"""

import csv
import io
import os
import re
import time

import polib
import pytest
from browsing import BROWSER_TEST
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from wagtail.models import TaskState, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from casepages.models import CaseIndexPage, CasePage, MessageFormPage, PatientMessage
from casepages.translation.review import submit_translation_for_review
from hospital.demo.loader import DEMO_USERS
from hospital.demo.second_factor import DEMO_DEVICE_NAME, set_up_demo_second_factors
from tests.security_support import totp

pytestmark = BROWSER_TEST

# CASEPAGES_UPDATE_SCREENSHOTS=1 refreshes the pictures in docs/; otherwise they go to var/, out of git.
SCREENSHOTS = (
    settings.BASE_DIR / "docs" / "screenshots"
    if os.environ.get("CASEPAGES_UPDATE_SCREENSHOTS")
    else settings.BASE_DIR / "var" / "screenshots"
)
ADMIN_LANGUAGES = ["en", "zh-hans"]
BROWSER_LOCALES = {"en": "en-GB", "zh-hans": "zh-CN"}
PHONE_NUMBER = "13800138000"


# Signing in --------------------------------------------------------------------------------------------------


@pytest.fixture
def staff_site(demo_site, settings):
    """The demo site with the second factor required and each demo account holding its demo authenticator."""
    settings.CASEPAGES_REQUIRE_TWO_FACTOR = True
    # The demo authenticators refuse to exist outside development; the live server runs with DEBUG off.
    with override_settings(DEBUG=True):
        set_up_demo_second_factors()
    return demo_site


def prefer_admin_language(language):
    """Every demo account's Wagtail admin language preference (Account → Preferences)."""
    for user in get_user_model().objects.filter(username__in=DEMO_USERS):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "" if language == "en" else language
        profile.save()


def authenticator_code(username):
    """The six digits the person's authenticator app shows now, never one the server has already accepted."""
    device = TOTPDevice.objects.get(user__username=username, name=DEMO_DEVICE_NAME)
    while int(time.time() // device.step) <= device.last_t:  # a code counts once: wait for the next one
        time.sleep(1)
    return totp(device.bin_key, time.time(), device.step, device.digits)


def sign_in(open_browser, base_url, username, language):
    """A fresh browser profile in which `username` signs in with the password and then the authenticator's code."""
    page = open_browser(locale=BROWSER_LOCALES[language])
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_USERS[username]["password"])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/two-factor/verify/"))
    page.fill("#id_code", authenticator_code(username))
    page.click("form.login-form button[type=submit], main form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    # The admin speaks the language the account prefers, whatever the browser says.
    expect(page.locator("html")).to_have_attribute("lang", language)
    return page


@pytest.fixture(autouse=True)
def screens_on_failure(request, chromium, open_browser):
    """When a journey stops, what each browser window showed: var/screenshots/failed-<test>-<n>.png."""
    yield
    report = getattr(request.node, "report_call", None)
    if report is None or report.passed:
        return
    folder = settings.BASE_DIR / "var" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w-]+", "-", request.node.name.removeprefix("test_")).strip("-")
    for number, page in enumerate(page for context in chromium.contexts for page in context.pages):
        page.screenshot(path=str(folder / f"failed-{name}-{number}.png"), full_page=True)


class Visitor:
    """Patients opening the public site: each visit a new browser profile, so nothing comes from a browser cache."""

    def __init__(self, open_browser, language="en"):
        self.open_browser = open_browser
        self.locale = BROWSER_LOCALES[language]
        self.page = None

    def open(self, url):
        """Open `url` as a patient arriving now; returns the HTTP status."""
        self.page = self.open_browser(locale=self.locale)
        return self.page.goto(url).status

    def main(self):
        return self.page.locator("main")


def screenshot(page, role, language):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"staff-{role}-{language}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.read_bytes().startswith(b"\x89PNG")
    return path


# What staff see ------------------------------------------------------------------------------------------------


def messages(page):
    """The admin's message banner (Wagtail shows what an action did there)."""
    return page.locator(".messages")


def success_message(page):
    return page.locator(".messages .success")


def open_footer_actions(page):
    page.locator("footer .w-dropdown__toggle").first.click()


def workflow_state_of(page_object):
    return WorkflowState.objects.for_instance(page_object).order_by("-created_at").first()


def in_progress_review(page_object):
    return TaskState.objects.filter(
        workflow_state__in=WorkflowState.objects.for_instance(page_object).active(),
        status=TaskState.STATUS_IN_PROGRESS,
        task__name="Medical review",
    ).first()


# 1. Editor ---------------------------------------------------------------------------------------------------

STORY_TITLE = "Rheumatoid arthritis in a violinist"
STORY_SLUG = "rheumatoid-arthritis-in-a-violinist"
STORY_TEXT = "Her fingers stiffened every morning before rehearsals."
LEAKY_TEXT = f"{STORY_TEXT} Her sister can be reached on {PHONE_NUMBER}."
FIRST_OUTCOME = "She plays again."
REVIEW_COMMENT = "Say which orchestra she plays in again, without naming it: amateur or professional."
FINAL_OUTCOME = "She plays in an amateur orchestra again, three evenings a week."


def choose_in_chooser(page, field_name, item):
    """Pick `item` in a field's chooser: open it, click the item's row (a link to it), see it chosen."""
    page.locator(f"#id_{field_name}-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.locator(f"a[href$='/chosen/{item.pk}/']").click()
    expect(modal).to_have_count(0)
    expect(page.locator(f"#id_{field_name}")).to_have_value(str(item.pk))
    expect(page.locator(f"#id_{field_name}-chooser .chooser__title")).not_to_be_empty()


def write_story(page, case_index):
    """The editor adds a case page under the case index and fills it in, consent record included.

    Condition, treatment and consent are the demo's rheumatoid-arthritis patient's: the same patient, under the
    same alias and the consent she signed, in a second story.
    """
    demo_case = CasePage.objects.get(locale=case_index.locale, case_code="RA-12")
    page.goto(page.url.split("/admin/")[0] + f"/admin/pages/{case_index.pk}/")
    page.locator(f"a[href$='/admin/pages/{case_index.pk}/add_subpage/']").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/(add/casepages/casepage/\d+|\d+/add_subpage)/"))
    if "/add_subpage/" in page.url:
        page.locator("a[href*='/add/casepages/casepage/']").first.click()
        page.wait_for_url(re.compile(r"/add/casepages/casepage/"))

    page.fill("#id_title", STORY_TITLE)
    page.fill("#id_summary", "A violinist plays again after biologic therapy.")
    page.fill("#id_case_code", "RA-20")
    page.fill("#id_patient_alias", demo_case.consent.patient_alias)
    page.select_option("#id_gender", "female")
    page.fill("#id_age_at_onset", "35")
    page.fill("#id_nationality", "KZ")
    choose_in_chooser(page, "condition", demo_case.condition)
    choose_in_chooser(page, "treatment", demo_case.treatment)
    page.fill("#id_onset_date", "2019-03-01")
    page.fill("#id_treatment_date", "2021-06-01")
    page.fill("#id_follow_up_visits", "2")
    page.fill("#id_outcome_summary", FIRST_OUTCOME)
    # The story: one paragraph block, typed into the rich-text editor.
    page.locator("#body-root .c-sf-add-button").first.click()
    page.locator(".w-combobox__option").first.click()  # "Paragraph", the first block type
    paragraph = page.locator("#body-root [contenteditable=true]").first
    paragraph.click()
    paragraph.type(LEAKY_TEXT)
    story_holds(page, LEAKY_TEXT)
    choose_in_chooser(page, "consent", demo_case.consent)
    expect(page.locator("#id_slug")).to_have_value(STORY_SLUG)


def submit_from_the_editor(page):
    """ "Submit" (or "Resubmit") in the editor's footer, once autosave has finished with what was typed."""
    page.wait_for_load_state("networkidle")
    open_footer_actions(page)
    with page.expect_navigation():
        page.locator("footer button[name=action-submit]").click()


def story_holds(page, text):
    """Wait until the story's rich-text editor has stored what was typed in the form (it does so a moment later)."""
    page.wait_for_function(
        "text => [...document.querySelectorAll('#body-root input[type=hidden]')].some(i => i.value.includes(text))",
        arg=text,
    )


def replace_paragraph(page, text):
    paragraph = page.locator("#body-root [contenteditable=true]").first
    paragraph.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.wait_for_function(
        "old => ![...document.querySelectorAll('#body-root input[type=hidden]')].some(i => i.value.includes(old))",
        arg=PHONE_NUMBER,
    )
    story_holds(page, text)


def reviewer_dashboard_action(reviewer, title, action, comment=None):
    """On the reviewer's dashboard, the row of `title` in "Awaiting your review": approve or request changes."""
    reviewer.goto(reviewer.url.split("/admin/")[0] + "/admin/")
    row = reviewer.locator("tr", has=reviewer.get_by_role("link", name=title, exact=True))
    row.locator(".w-dropdown__toggle").click()
    if action == "reject":
        row.locator("button[data-workflow-action-url*='/reject/']").click()
        modal = reviewer.locator(".modal-dialog")
        modal.locator("textarea[name=comment]").fill(comment)
        with reviewer.expect_navigation():
            modal.locator("button[type=submit]").click()
    else:
        with reviewer.expect_navigation():
            row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])").click()


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_editor_writes_a_story_that_goes_live_only_after_checks_and_review(staff_site, open_browser, language):
    prefer_admin_language(language)
    case_index = CaseIndexPage.objects.get(locale__language_code="en")
    public_url = staff_site + f"/en/cases/{STORY_SLUG}/"
    patient = Visitor(open_browser)

    editor = sign_in(open_browser, staff_site, "editor", language)
    write_story(editor, case_index)
    screenshot(editor, "editor", language)

    # The preview panel shows the page as visitors would read it.
    editor.locator("[data-side-panel-toggle=preview]").click()
    preview = editor.frame_locator("#w-preview-iframe")
    expect(preview.locator("body")).to_contain_text(STORY_TEXT)

    # Submitted with a phone number in it: the privacy check sends it back, and says why, where the editor looks.
    submit_from_the_editor(editor)
    story = CasePage.objects.get(locale__language_code="en", case_code="RA-20")
    state = workflow_state_of(story)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    reason = state.current_task_state.get_comment()
    assert PHONE_NUMBER in reason
    expect(messages(editor)).to_contain_text(PHONE_NUMBER)
    expect(success_message(editor)).to_have_count(0)  # not "submitted for moderation"
    editor.goto(staff_site + f"/admin/pages/{story.pk}/edit/")
    finding = reason.splitlines()[0].split("—")[-1].strip()  # "Looks like a Chinese mobile number", in words
    expect(editor.locator("body")).to_contain_text(finding)
    assert patient.open(public_url) == 404

    # Fixed and submitted again: it reaches the medical reviewer.
    replace_paragraph(editor, STORY_TEXT)
    submit_from_the_editor(editor)
    expect(success_message(editor)).to_have_count(1)
    assert in_progress_review(story) is not None

    # The reviewer asks for a change, with a comment.
    reviewer = sign_in(open_browser, staff_site, "reviewer", language)
    reviewer_dashboard_action(reviewer, STORY_TITLE, "reject", REVIEW_COMMENT)
    assert workflow_state_of(story).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert patient.open(public_url) == 404

    # The editor reads the comment on the page, makes the change, and submits again.
    editor.goto(staff_site + f"/admin/pages/{story.pk}/edit/")
    expect(editor.locator("body")).to_contain_text(REVIEW_COMMENT)
    editor.fill("#id_outcome_summary", FINAL_OUTCOME)
    submit_from_the_editor(editor)
    expect(success_message(editor)).to_have_count(1)
    assert in_progress_review(story) is not None
    assert patient.open(public_url) == 404

    # Approved: it is live, with the final text, and the phone number was never public.
    reviewer_dashboard_action(reviewer, STORY_TITLE, "approve")
    story.refresh_from_db()
    assert story.live
    assert patient.open(public_url) == 200
    expect(patient.main()).to_contain_text(FINAL_OUTCOME)
    expect(patient.main()).to_contain_text(STORY_TEXT)
    assert PHONE_NUMBER not in patient.page.content()
    assert PHONE_NUMBER not in str(story.live_revision.content)


# 2. Translator -----------------------------------------------------------------------------------------------

NEW_STORY = {
    "title": "Lupus nephritis in a student",
    "slug": "ln-student",
    "case_code": "LN-01",
    "summary": "A second lupus story, not yet translated.",
    "patient_alias": "Ms. L",
    "outcome_summary": "Her kidneys recovered.",
    "body": [("paragraph", "<p>She noticed swollen ankles during exams.</p>")],
}
# What the translator writes for it, segment by segment.
CHINESE = {
    "Lupus nephritis in a student": "一名学生的狼疮性肾炎",
    "A second lupus story, not yet translated.": "第二个狼疮病例故事。",
    "Ms. L": "L女士",
    "Her kidneys recovered.": "她的肾脏好了。",
    "She noticed swollen ankles during exams.": "她在考试期间发现脚踝肿胀。",
}
TRANSLATION_COMMENT = "“好了”太口语化：请写明肾功能已经恢复。"
FIXED_OUTCOME = "她的肾功能已经恢复。"


@pytest.fixture
def untranslated_story(staff_site):
    """A published English story that nobody has translated yet."""
    from factories import add_case_page
    from publishing import publish_change

    english_index = CaseIndexPage.objects.get(locale__language_code="en")
    page = add_case_page(english_index, **NEW_STORY)
    publish_change(page)
    return page


def segment(page, source_text):
    """One segment of wagtail-localize's translation editor: the English text, and its controls."""
    return page.locator("li", has=page.locator("xpath=./p", has_text=re.compile(f"^{re.escape(source_text)}$"))).first


def translate_segment(page, source_text, translated):
    item = segment(page, source_text)
    item.locator("button").first.click()  # "Translate" (or "Edit")
    item.locator("textarea").fill(translated)
    item.locator("button").last.click()  # "Save"
    expect(item).to_have_class(re.compile(r"\bcomplete\b"))


def start_translation_from_the_dashboard(translator, title):
    panel = translator.locator(".casepages-translations-waiting")
    panel.locator("tr", has_text=title).locator("a[href*='/localize/submit/page/']").click()
    translator.locator("input[name=locales]").first.check()
    with translator.expect_navigation():
        translator.locator("main input[type=submit], main button[type=submit]").first.click()
    expect(translator).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    translator.wait_for_load_state("networkidle")


def submit_translation_from_the_dashboard(translator, base_url, title):
    translator.goto(base_url + "/admin/")
    row = translator.locator(".casepages-translations-waiting tr", has_text=title)
    with translator.expect_navigation():
        row.locator("form[action*='/translations/'][action$='/submit/'] button[type=submit]").click()
    expect(success_message(translator)).to_have_count(1)


def reviewer_on_the_comparison(reviewer, base_url, translated_page):
    reviewer.goto(base_url + "/admin/")
    panel = reviewer.locator(".casepages-translations-to-review")
    panel.locator(f"a[href$='/translations/compare/{translated_page.pk}/']").click()
    reviewer.wait_for_url(re.compile(rf"/translations/compare/{translated_page.pk}/"))


def decide_on_the_comparison(reviewer, action, comment=""):
    reviewer.locator("#review-comment").fill(comment)
    with reviewer.expect_navigation():
        reviewer.locator(f"button[formaction*='/{action}/']").click()


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_translator_translates_a_story_that_goes_live_only_after_review(
    staff_site, open_browser, untranslated_story, language
):
    prefer_admin_language(language)
    public_url = staff_site + f"/zh-hans/cases/{NEW_STORY['slug']}/"
    patient = Visitor(open_browser, "zh-hans")

    translator = sign_in(open_browser, staff_site, "translator", language)
    expect(translator.locator(".casepages-translations-waiting")).to_contain_text(NEW_STORY["title"])
    screenshot(translator, "translator", language)

    # "Translate" from the dashboard, then every segment in the translation editor.
    start_translation_from_the_dashboard(translator, NEW_STORY["title"])
    for english, chinese in CHINESE.items():
        translate_segment(translator, english, chinese)
    translator.locator("[role=tab]").nth(1).click()  # "Promote", where the slug is
    translate_segment(translator, NEW_STORY["slug"], NEW_STORY["slug"])
    chinese_page = CasePage.objects.get(
        translation_key=untranslated_story.translation_key, locale__language_code="zh-hans"
    )
    assert patient.open(public_url) == 404

    # Submitted for review from the dashboard panel.
    submit_translation_from_the_dashboard(translator, staff_site, NEW_STORY["title"])
    assert in_progress_review(chinese_page) is not None
    assert patient.open(public_url) == 404

    # The reviewer reads it beside the English and asks for a change.
    reviewer = sign_in(open_browser, staff_site, "reviewer", language)
    reviewer_on_the_comparison(reviewer, staff_site, chinese_page)
    expect(reviewer.locator("table.casepages-compare")).to_contain_text(CHINESE["Her kidneys recovered."])
    decide_on_the_comparison(reviewer, "reject", TRANSLATION_COMMENT)
    assert workflow_state_of(chinese_page).status == WorkflowState.STATUS_NEEDS_CHANGES

    # The translator finds the comment on the dashboard, fixes the segment and submits again.
    translator.goto(staff_site + "/admin/")
    waiting = translator.locator(".casepages-translations-waiting")
    expect(waiting).to_contain_text(TRANSLATION_COMMENT)
    translator.goto(staff_site + f"/admin/pages/{chinese_page.pk}/edit/")
    translator.wait_for_load_state("networkidle")
    translate_segment(translator, "Her kidneys recovered.", FIXED_OUTCOME)
    submit_translation_from_the_dashboard(translator, staff_site, NEW_STORY["title"])
    assert in_progress_review(chinese_page) is not None
    assert patient.open(public_url) == 404

    # Approved beside its source: the Chinese page is live with the corrected text.
    reviewer_on_the_comparison(reviewer, staff_site, chinese_page)
    expect(reviewer.locator("table.casepages-compare")).to_contain_text(FIXED_OUTCOME)
    decide_on_the_comparison(reviewer, "approve", "术语已核对。")
    chinese_page.refresh_from_db()
    assert chinese_page.live
    assert patient.open(public_url) == 200
    expect(patient.page.locator("h1")).to_have_text(CHINESE["Lupus nephritis in a student"])
    expect(patient.main()).to_contain_text(FIXED_OUTCOME)
    assert CHINESE["Her kidneys recovered."] not in patient.page.content()


def test_translator_round_trips_a_po_file(staff_site, open_browser, untranslated_story, tmp_path):
    """The same translation, done offline: the Chinese admin only (the journey above runs in both languages)."""
    language = "zh-hans"
    prefer_admin_language(language)
    public_url = staff_site + f"/zh-hans/cases/{NEW_STORY['slug']}/"

    translator = sign_in(open_browser, staff_site, "translator", language)
    start_translation_from_the_dashboard(translator, NEW_STORY["title"])

    # Download the PO file from the translation editor, translate it offline, upload it back.
    with translator.expect_download() as download:
        translator.locator("a[href$='/pofile/download/']").first.click()
    assert download.value.suggested_filename.endswith("ln-student-zh-hans.po")
    catalogue = polib.pofile(download.value.path().read_text(encoding="utf-8"))
    assert NEW_STORY["title"] in [entry.msgid for entry in catalogue]
    for entry in catalogue:
        entry.msgstr = CHINESE.get(entry.msgid, entry.msgid)
    upload = tmp_path / "ln-student-zh-hans.po"
    upload.write_text(str(catalogue), encoding="utf-8")
    with translator.expect_navigation():
        translator.locator("form[action$='/pofile/upload/'] input[type=file]").first.set_input_files(str(upload))
    expect(success_message(translator)).to_have_count(1)
    translator.wait_for_load_state("networkidle")

    # The editor now shows every segment translated, with the file's Chinese.
    for english, chinese in CHINESE.items():
        item = segment(translator, english)
        expect(item).to_have_class(re.compile(r"\bcomplete\b"))
        expect(item).to_contain_text(chinese)
    translation = Translation.objects.get(source__object_id=untranslated_story.translation_key)
    segments = StringSegment.objects.filter(source=translation.source).count()
    assert (
        StringTranslation.objects.filter(locale=translation.target_locale)
        .filter(translation_of__segments__source=translation.source)
        .distinct()
        .count()
        == segments
    )

    # Translated is not published: visitors see nothing until a review approves it.
    assert Visitor(open_browser, "zh-hans").open(public_url) == 404


# 3. Reviewer -------------------------------------------------------------------------------------------------

# The translator's two versions of the SLE-03 summary: the published Chinese with a note left in, then with a
# sentence a patient can use instead (the glossary's terms of the published text stay as they are).
DRAFT_NOTE = "（修订版）"
SLE_REVIEW_COMMENT = "请删去“修订版”，这不是给患者看的文字。"
FOLLOW_UP_SENTENCE = "她至今未复发。"


def change_chinese_summary(translation, text):
    """The translator's edit of the summary segment, as the translation editor saves it."""
    summary = StringSegment.objects.get(source=translation.source, context__path="summary")
    StringTranslation.objects.update_or_create(
        translation_of=summary.string,
        locale=translation.target_locale,
        context=summary.context,
        defaults={"data": text},
    )


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_reviewer_compares_requests_changes_and_approves_a_translation(staff_site, open_browser, language):
    prefer_admin_language(language)
    chinese_page = CasePage.objects.get(locale__language_code="zh-hans", case_code="SLE-03")
    public_url = staff_site + chinese_page.url
    published_summary = chinese_page.summary
    summary_change = published_summary + DRAFT_NOTE
    summary_fixed = published_summary + FOLLOW_UP_SENTENCE
    translation = Translation.objects.get(
        source__object_id=chinese_page.translation_key, target_locale=chinese_page.locale
    )
    translator = get_user_model().objects.get(username="translator")
    change_chinese_summary(translation, summary_change)
    submit_translation_for_review(translation, translator)
    assert in_progress_review(chinese_page) is not None, workflow_state_of(chinese_page).current_task_state.comment
    patient = Visitor(open_browser, "zh-hans")

    reviewer = sign_in(open_browser, staff_site, "reviewer", language)
    reviewer_on_the_comparison(reviewer, staff_site, chinese_page)
    screenshot(reviewer, "reviewer", language)

    # What changed: the summary row holds the new Chinese beside the English source.
    english_summary = CasePage.objects.get(locale__language_code="en", case_code="SLE-03").summary
    summary_row = reviewer.locator("table.casepages-compare tr", has_text=summary_change)
    expect(summary_row).to_have_count(1)
    expect(summary_row).to_contain_text(english_summary)
    expect(summary_row.locator("ins")).to_have_text(summary_change)  # marked as changed

    decide_on_the_comparison(reviewer, "reject", SLE_REVIEW_COMMENT)
    state = workflow_state_of(chinese_page)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.get_comment() == SLE_REVIEW_COMMENT
    assert patient.open(public_url) == 200
    expect(patient.main()).not_to_contain_text(DRAFT_NOTE)
    expect(patient.main()).to_contain_text(published_summary)

    # The translator's fix comes back; the reviewer approves it from the comparison.
    change_chinese_summary(translation, summary_fixed)
    submit_translation_for_review(translation, translator)
    assert in_progress_review(chinese_page) is not None, workflow_state_of(chinese_page).current_task_state.comment
    reviewer_on_the_comparison(reviewer, staff_site, chinese_page)
    expect(reviewer.locator("table.casepages-compare tr", has_text=summary_fixed)).to_have_count(1)
    decide_on_the_comparison(reviewer, "approve", "已核对。")
    chinese_page.refresh_from_db()
    assert chinese_page.summary == summary_fixed
    assert patient.open(public_url) == 200
    expect(patient.main()).to_contain_text(summary_fixed)
    expect(patient.main()).not_to_contain_text(DRAFT_NOTE)


# 4. Coordinator ----------------------------------------------------------------------------------------------

PATIENT_MESSAGE = "我母亲患有系统性红斑狼疮多年，想了解CAR-T细胞疗法是否适合她。"


def leave_a_message_in_chinese(page):
    opened_at = time.monotonic()
    page.get_by_label("您的姓名").fill("王女士")
    page.get_by_label("电子邮箱").fill("wang.patient@example.com")
    page.get_by_label("回复语言").select_option(label="中文")
    page.get_by_label("您的留言").fill(PATIENT_MESSAGE)
    page.get_by_label("我同意医院保存我的留言").check()
    # The form refuses what is sent faster than a person types.
    remaining = opened_at + getattr(settings, "CASEPAGES_MESSAGE_MIN_FILL_SECONDS", 0) + 0.5 - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)
    # The form's own words (button, thanks) belong to the patient's journey (test_patient_journey.py).
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    expect(page.locator("main form")).to_have_count(0)


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_coordinator_reads_and_exports_a_message_written_in_chinese(staff_site, open_browser, language):
    prefer_admin_language(language)
    patient = Visitor(open_browser, "zh-hans")
    patient.open(staff_site + "/zh-hans/leave-your-message/")
    leave_a_message_in_chinese(patient.page)
    assert PatientMessage.objects.count() == 1

    coordinator = sign_in(open_browser, staff_site, "coordinator", language)
    # From the dashboard's "Messages from patients" to the list, where the message is read.
    form_page = MessageFormPage.objects.get(locale__language_code="en")
    coordinator.locator(f"main a[href$='/admin/forms/submissions/{form_page.pk}/']").first.click()
    coordinator.wait_for_url(re.compile(rf"/admin/forms/submissions/{form_page.pk}/"))
    row = coordinator.locator("table tbody tr", has_text="王女士")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(PATIENT_MESSAGE)
    expect(row).to_contain_text("wang.patient@example.com")
    screenshot(coordinator, "coordinator", language)

    # Export as CSV: the download holds the Chinese text as the patient wrote it.
    coordinator.locator("button.w-dropdown__toggle.w-h-slim-header").first.click()
    with coordinator.expect_download() as download:
        coordinator.locator("a[href*='export=csv']").click()
    assert download.value.suggested_filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2
    assert PATIENT_MESSAGE in rows[1] and "王女士" in rows[1]

    # The public page the message came from shows nothing of it, and the list is behind the sign-in.
    assert patient.open(staff_site + "/zh-hans/leave-your-message/") == 200
    expect(patient.main()).not_to_contain_text(PATIENT_MESSAGE)
    assert "wang.patient@example.com" not in patient.page.content()
    patient.open(staff_site + f"/admin/forms/submissions/{form_page.pk}/")
    expect(patient.page).to_have_url(re.compile(r"/admin/login/"))
    assert PATIENT_MESSAGE not in patient.page.content()
