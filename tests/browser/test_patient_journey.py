"""A patient whose browser speaks Chinese finds the lupus story on a phone, reads it in both languages, writes to us."""

import re
import time

from browsing import BROWSER_TEST, PHONE
from django.conf import settings
from playwright.sync_api import expect

from casepages.models import CasePage, PatientMessage

pytestmark = BROWSER_TEST


def wait_out_the_minimum_fill_time(opened_at):
    """The form refuses what is sent faster than a person can type; a real patient takes longer anyway."""
    minimum = getattr(settings, "CASEPAGES_MESSAGE_MIN_FILL_SECONDS", 0)
    remaining = opened_at + minimum + 0.5 - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def test_chinese_patient_finds_reads_and_writes_about_the_sle_case(demo_site, open_browser):
    english_case = CasePage.objects.get(locale__language_code="en", case_code="SLE-03")
    chinese_case = CasePage.objects.get(locale__language_code="zh-hans", case_code="SLE-03")
    page = open_browser(locale="zh-CN", viewport=PHONE)

    # Sent to Chinese by the browser's language.
    page.goto(demo_site + "/")
    expect(page).to_have_url(demo_site + "/zh-hans/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")

    # To the case index, filtered to lupus; the filter stays in the address.
    page.get_by_role("link", name="查看全部病例故事").click()
    expect(page).to_have_url(demo_site + "/zh-hans/cases/")
    page.get_by_label("疾病", exact=True).select_option(value="systemic-lupus-erythematosus")
    page.get_by_role("button", name="查看病例").click()
    expect(page).to_have_url(re.compile(r"/zh-hans/cases/\?.*condition=systemic-lupus-erythematosus"))
    cards = page.locator(".case-card__title a")
    expect(cards).to_have_text([chinese_case.title])

    # The story, in Chinese, with its facts formatted for Chinese readers.
    cards.first.click()
    expect(page).to_have_url(demo_site + chinese_case.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(chinese_case.title)
    expect(page.locator(".facts-panel")).to_contain_text("20岁")
    expect(page.locator(".facts-panel")).to_contain_text("2016年8月")

    # To English and back, through the switcher, on the same story.
    page.get_by_role("navigation", name="语言").get_by_role("link", name="English").click()
    expect(page).to_have_url(demo_site + english_case.url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(english_case.title)

    # The choice is remembered: the bare address now opens English, although the browser prefers Chinese.
    page.goto(demo_site + "/")
    expect(page).to_have_url(demo_site + "/en/")
    page.go_back()
    expect(page).to_have_url(demo_site + english_case.url)

    page.get_by_role("navigation", name="Language").get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(demo_site + chinese_case.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(chinese_case.title)

    # From the story to the form, which carries the case along.
    page.get_by_role("link", name="留言咨询").click()
    expect(page).to_have_url(re.compile(r"/zh-hans/leave-your-message/\?case=SLE-03$"))
    opened_at = time.monotonic()

    # One mistake: the e-mail address is missing its domain.
    page.get_by_label("您的姓名").fill("王女士")
    page.get_by_label("电子邮箱").fill("wang.patient@")
    page.get_by_label("回复语言").select_option(label="中文")
    page.get_by_label("您的留言").fill("我母亲患有系统性红斑狼疮多年，想了解CAR-T细胞疗法是否适合她。")
    page.get_by_label("我同意医院保存我的留言").check()
    wait_out_the_minimum_fill_time(opened_at)
    page.get_by_role("button", name="提交留言").click()

    # The mistake is marked on the field and read out with it.
    email = page.get_by_label("电子邮箱")
    expect(email).to_have_attribute("aria-invalid", "true")
    errors = page.locator(".form-field__errors")
    expect(errors).to_have_count(1)
    assert errors.get_attribute("id") in email.get_attribute("aria-describedby").split()
    assert PatientMessage.objects.count() == 0
    # What was typed is still there.
    expect(page.get_by_label("您的姓名")).to_have_value("王女士")

    # Corrected and sent.
    opened_at = time.monotonic()
    email.fill("wang.patient@example.com")
    page.get_by_label("我同意医院保存我的留言").check()
    wait_out_the_minimum_fill_time(opened_at)
    page.get_by_role("button", name="提交留言").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("感谢您的留言")

    message = PatientMessage.objects.get()
    assert message.case == chinese_case
    assert message.case.case_code == "SLE-03"
    assert message.language == "zh-hans"
    assert message.form_data["email"] == "wang.patient@example.com"
