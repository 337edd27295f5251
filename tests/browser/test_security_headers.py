"""In Chromium, the pages patients and staff open break no rule of their Content-Security-Policy.

The browser reports every blocked script, style, image or frame as a `securitypolicyviolation`
event and a console error; the test collects both on the case page, the message form and the
admin's sign-in page in English and Chinese, and through the first two-factor sign-in.
"""

import re

import pytest
from browsing import BROWSER_TEST

from tests.security_support import code_from_base32

pytestmark = BROWSER_TEST

# Runs before any of the page's own code: records what the policy blocked.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
});
"""


def watched(page):
    """Collect CSP complaints from the console and from violation events as the page is used."""
    console = []
    page.on(
        "console",
        lambda message: console.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.add_init_script(RECORD_VIOLATIONS)
    return console


def violations(page, console):
    return console + page.evaluate("window.__cspViolations || []")


@pytest.mark.parametrize(
    "browser_language, paths",
    [
        ("en-GB", ["/en/cases/sle-03/", "/en/leave-your-message/", "/admin/login/"]),
        ("zh-CN", ["/zh-hans/cases/sle-03/", "/zh-hans/leave-your-message/", "/admin/login/"]),
    ],
)
def test_public_pages_and_the_sign_in_page_break_no_csp_rule(demo_site, open_browser, browser_language, paths):
    page = open_browser(locale=browser_language)
    console = watched(page)
    for path in paths:
        response = page.goto(demo_site + path)
        assert response.status == 200, path
        assert response.headers["content-security-policy"], path
        page.wait_for_load_state("networkidle")
        assert violations(page, console) == [], path
    # The sign-in page is in the browser's language, and its scripts ran (Wagtail's sign-in form works).
    assert page.locator("html").get_attribute("lang") == ("zh-hans" if browser_language == "zh-CN" else "en")


def test_first_two_factor_sign_in_in_the_browser_breaks_no_csp_rule(demo_site, open_browser, settings):
    settings.CASEPAGES_REQUIRE_TWO_FACTOR = True
    page = open_browser()
    console = watched(page)
    page.goto(demo_site + "/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "coordinator-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/two-factor/enrol/"))
    assert page.locator(".casepages-qr-code svg").is_visible()
    secret = page.locator("code.casepages-secret").inner_text()
    page.fill("#id_code", code_from_base32(secret))
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/two-factor/recovery-codes/"))
    assert page.locator(".casepages-recovery-codes li").count() == 10
    page.click("text=Continue")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.wait_for_load_state("networkidle")
    assert violations(page, console) == []


def test_the_admin_screens_break_no_rule_of_the_admin_policy(demo_site, open_browser):
    from casepages.models import CasePage, Condition

    case = CasePage.objects.get(case_code="SLE-03", locale__language_code="en")
    condition = Condition.objects.filter(locale__language_code="en").first()
    page = open_browser()
    console = watched(page)
    page.goto(demo_site + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "admin-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    for path in [
        "/admin/",
        f"/admin/pages/{case.get_parent().pk}/",
        f"/admin/pages/{case.pk}/edit/",
        f"/admin/pages/add/casepages/casepage/{case.get_parent().pk}/",
        f"/admin/snippets/casepages/condition/edit/{condition.pk}/",
        "/admin/forms/",
        "/admin/reports/site-history/",
        "/admin/users/",
    ]:
        page.goto(demo_site + path)
        page.wait_for_load_state("networkidle")
        assert violations(page, console) == [], path
