"""wagtail-localize's translation editor, as translators and reviewers here use it.

Nobody but an administrator publishes, so the editor's own Publish button never shows for them,
and its main button used to be "Delete" or "Convert to alias" (which only publishers may use).
For anyone who may not publish, the editor gets a "Submit for review" bar above the segments, and
"Convert to alias" is taken out of its properties.
"""

import html
import json
import re

from django.template.loader import render_to_string
from wagtail_localize.models import Translation

from ..upstream import edit_translation
from .review import untranslated_segments

PROPS = re.compile(r'(<div class="js-translation-editor" data-props=")([^"]*)(")')


def enabled_translation_of(page):
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()


def translation_editor(request, page):
    """The editor page for a translated page, or None where wagtail-localize's own is right."""
    translation = enabled_translation_of(page)
    if request.method != "GET" or translation is None or page.permissions_for_user(request.user).can_publish():
        return None
    response = edit_translation(request, translation, page)
    if response.status_code != 200:
        return response
    content = response.content.decode()
    found = PROPS.search(content)
    if found is None:  # wagtail-localize changed its page: tests/test_translation.py says so
        return response
    props = json.loads(html.unescape(found[2]))
    props["links"]["convertToAliasUrl"] = None
    review = page.current_workflow_state
    bar = render_to_string(
        "casepages/admin/translation_submit_bar.html",
        {
            "translation": translation,
            "page": page,
            "review": review,
            "missing": len(untranslated_segments(translation)),
        },
        request=request,
    )
    content = (
        content[: found.start()] + bar + found[1] + html.escape(json.dumps(props)) + found[3] + content[found.end() :]
    )
    response.content = content.encode()
    return response
