"""The SLE-03 story on a phone and on a desktop, in both languages: it fits the screen, Chinese gets a Chinese
font, and the screenshots in the README come from here."""

import os
import shutil
import subprocess

import pytest
from browsing import BROWSER_TEST, DESKTOP, PHONE, page_width
from django.conf import settings
from playwright.sync_api import expect

from casepages.models import CasePage

pytestmark = BROWSER_TEST

# CASEPAGES_UPDATE_SCREENSHOTS=1 refreshes the README's pictures; otherwise they go to var/, out of git.
SCREENSHOTS = (
    settings.BASE_DIR / "docs" / "screenshots"
    if os.environ.get("CASEPAGES_UPDATE_SCREENSHOTS")
    else settings.BASE_DIR / "var" / "screenshots"
)
# The Chinese faces of the stylesheet's font stack (static/css/site.css), as the system names them.
CJK_FAMILIES = {"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC"}


@pytest.mark.parametrize(("screen_name", "screen"), [("phone", PHONE), ("desktop", DESKTOP)])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_case_page_fits_the_screen(demo_site, open_browser, language, screen_name, screen):
    case = CasePage.objects.get(locale__language_code=language, case_code="SLE-03")
    page = open_browser(locale="zh-CN" if language == "zh-hans" else "en-GB", viewport=screen)
    page.goto(demo_site + case.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(case.title)

    assert page_width(page) <= screen["width"]

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"case-{language}-{screen['width']}.png"
    page.screenshot(path=str(path))
    assert path.read_bytes().startswith(b"\x89PNG")


def test_chinese_text_is_drawn_with_a_chinese_font(demo_site, open_browser):
    if not _chinese_font_installed():
        pytest.skip("No Chinese font on this machine (apt-get install fonts-noto-cjk); visitors' systems have one.")
    case = CasePage.objects.get(locale__language_code="zh-hans", case_code="SLE-03")
    page = open_browser(locale="zh-CN", viewport=PHONE)
    page.goto(demo_site + case.url)

    # Ask Chromium which installed fonts it actually drew the heading and the story with.
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    document = session.send("DOM.getDocument")
    for selector in ("h1", ".case__story p"):
        node = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        used = {font["familyName"] for font in fonts if font["glyphCount"]}
        assert used & CJK_FAMILIES, (selector, used)


def _chinese_font_installed():
    if not shutil.which("fc-list"):
        return False
    listing = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False).stdout
    return any(family in listing for family in CJK_FAMILIES)
