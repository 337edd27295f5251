"""In Chromium, the editor's preview panel shows the page: the admin may frame a preview of a public page.

Wagtail renders the preview through the public page's own middleware and template, so a public
`frame-ancestors 'none'` (or X-Frame-Options DENY) made the browser refuse to show it in the panel.
"""

import re

from browsing import BROWSER_TEST
from playwright.sync_api import expect

from casepages.models import CasePage

pytestmark = BROWSER_TEST


def test_the_preview_panel_shows_the_page_being_edited(demo_site, open_browser):
    case = CasePage.objects.get(case_code="SLE-03", locale__language_code="en")
    page = open_browser()
    page.goto(demo_site + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{demo_site}/admin/pages/{case.pk}/edit/")
    page.click('[data-side-panel-toggle="preview"]')
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text(case.title, timeout=20_000)
    expect(preview.locator("body")).to_contain_text(case.summary[:40])
