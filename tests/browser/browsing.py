"""What the browser tests share: screen sizes, the browser-test marks, and the checks run on every page."""

import json
from pathlib import Path

import pytest

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}

# Each test module sets `pytestmark = BROWSER_TEST`: a browser test, with a database the live
# server's thread can see (committed, not inside a test's transaction).
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
# Every WCAG 2.0, 2.1 and 2.2 rule at levels A and AA that axe-core automates, and its best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


def axe_violations(page):
    """axe-core's violations on the page as it is now, each as "rule: help (selectors)"."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']}: {violation['help']} "
        f"({json.dumps([node['target'] for node in violation['nodes']], ensure_ascii=False)})"
        for violation in results["violations"]
    ]


def page_width(page):
    """The page's full width in CSS pixels (document.scrollWidth): wider than the window means sideways scrolling."""
    return page.evaluate("document.documentElement.scrollWidth")
