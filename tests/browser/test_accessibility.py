"""WCAG 2.2 AA in a real browser: axe-core on every page a patient meets, in both languages, on a phone and a
desktop; each page readable at 360 px without sideways scrolling; the form used with the keyboard alone."""

import json
import os
from pathlib import Path

import pytest
from browsing import BROWSER_TEST, DESKTOP, PHONE, axe_violations, page_width
from django.conf import settings
from playwright.sync_api import expect

from casepages.models import CasePage, PatientMessage

pytestmark = BROWSER_TEST

# Where each run writes what axe-core found on each page, for the README's table.
AXE_REPORT = Path(os.environ.get("CASEPAGES_AXE_REPORT", settings.BASE_DIR / "var" / "axe-report.json"))

WORDS = {
    "en": {
        "name": "Your name",
        "email": "Email address",
        "language": "Language for our reply",
        "message": "Your message",
        "consent": "I agree that the hospital stores my message to answer it",
        "send": "Send message",
        "thanks": "Thank you for your message",
    },
    "zh-hans": {
        "name": "您的姓名",
        "email": "电子邮箱",
        "language": "回复语言",
        "message": "您的留言",
        "consent": "我同意医院保存我的留言",
        "send": "提交留言",
        "thanks": "感谢您的留言",
    },
}


@pytest.fixture
def quick_form(settings):
    """No minimum fill time: these tests check what the pages look like, not the spam rules."""
    settings.CASEPAGES_MESSAGE_MIN_FILL_SECONDS = 0


def fill_in_the_form(page, language):
    words = WORDS[language]
    page.get_by_label(words["name"]).fill("Aigerim")
    page.get_by_label(words["email"]).fill("aigerim@example.com")
    page.get_by_label(words["message"]).fill("Could CAR-T cell therapy help my sister's lupus?")
    page.get_by_label(words["consent"]).check()


def pages_a_patient_meets(page, base_url, language):
    """Visits home, case index, case, form and thank-you page in turn, yielding each page's name once loaded."""
    case = CasePage.objects.get(locale__language_code=language, case_code="SLE-03")
    page.goto(f"{base_url}/{language}/")
    yield "home"
    page.goto(f"{base_url}/{language}/cases/")
    yield "case index"
    page.goto(base_url + case.url)
    yield "case"
    page.goto(f"{base_url}/{language}/leave-your-message/?case=SLE-03")
    yield "form"
    fill_in_the_form(page, language)
    page.get_by_role("button", name=WORDS[language]["send"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(WORDS[language]["thanks"])
    yield "thank-you"


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_axe_finds_no_violations_and_nothing_scrolls_sideways(demo_site, open_browser, quick_form, language):
    found = {}
    widths = {}
    for screen_name, screen in (("phone", PHONE), ("desktop", DESKTOP)):
        page = open_browser(locale="en-GB" if language == "en" else "zh-CN", viewport=screen, bypass_csp=True)
        for page_name in pages_a_patient_meets(page, demo_site, language):
            expect(page.locator("html")).to_have_attribute("lang", language)
            found[f"{page_name}, {screen_name}"] = axe_violations(page)
            widths[f"{page_name}, {screen_name}"] = (page_width(page), screen["width"])

    _record(language, found)
    assert {name: violations for name, violations in found.items() if violations} == {}
    # Readable on a 360 px phone: nothing is wider than the screen.
    assert {name: width for name, (width, screen) in widths.items() if width > screen} == {}
    assert PatientMessage.objects.filter(language=language).count() == 2


def test_axe_does_report_what_it_should(open_browser):
    """A check that can only pass proves nothing: a page with known faults must fail it."""
    page = open_browser()
    page.set_content(
        '<html><body><main><img src="x.png"><p style="color:#bbb;background:#fff">Faint text</p>'
        '<input type="text"></main></body></html>'
    )
    rules = {violation.split(":")[0] for violation in axe_violations(page)}
    assert {"image-alt", "color-contrast", "label", "html-has-lang"} <= rules


def test_the_form_can_be_used_with_the_keyboard_alone(demo_site, open_browser, quick_form):
    page = open_browser(locale="en-GB", viewport=PHONE)
    page.goto(demo_site + "/en/leave-your-message/?case=SLE-03")

    def tab_to(target):
        """Press Tab until `target` has the focus, checking that each stop shows where the focus is."""
        for _stop in range(40):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                """() => {
                    const element = document.activeElement;
                    const style = getComputedStyle(element);
                    return {tag: element.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
                }"""
            )
            # A visible focus indicator on every stop (WCAG 2.4.7).
            assert focused["outline"] != "none" and focused["width"] >= 2, focused
            if target.evaluate("element => element === document.activeElement"):
                return
        raise AssertionError(f"Tab never reached {target}")

    # The skip link is the first stop.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()

    consent = page.get_by_label("I agree that the hospital stores my message to answer it")
    send = page.get_by_role("button", name="Send message")
    tab_to(page.get_by_label("Your name"))
    page.keyboard.type("Aigerim")
    tab_to(page.get_by_label("Email address"))
    page.keyboard.type("aigerim@")  # the mistake
    tab_to(page.get_by_label("Language for our reply"))
    page.keyboard.press("ArrowDown")
    tab_to(page.get_by_label("Your message"))
    page.keyboard.type("Could CAR-T cell therapy help my sister's lupus?")
    tab_to(consent)
    page.keyboard.press("Space")
    expect(consent).to_be_checked()
    tab_to(send)
    page.keyboard.press("Enter")

    email = page.get_by_label("Email address")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".form-field__errors")).to_have_count(1)

    # Back to the field in error with the keyboard, corrected, sent again.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    tab_to(email)
    page.keyboard.press("End")
    page.keyboard.type("example.com")
    if not consent.is_checked():
        tab_to(consent)
        page.keyboard.press("Space")
    tab_to(send)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your message")
    message = PatientMessage.objects.get()
    assert message.form_data["email"] == "aigerim@example.com"
    assert message.form_data["preferred_language"] == "Chinese"
    assert message.case.case_code == "SLE-03"


def _record(language, found):
    """Keep what axe-core reported per page in var/, for the README and for anyone fixing a failure."""
    AXE_REPORT.parent.mkdir(parents=True, exist_ok=True)
    report = json.loads(AXE_REPORT.read_text()) if AXE_REPORT.exists() else {}
    report[language] = {name: len(violations) for name, violations in found.items()}
    report[f"{language} details"] = {name: violations for name, violations in found.items() if violations}
    AXE_REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=2))
