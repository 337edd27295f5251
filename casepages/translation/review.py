"""Sending a finished translation into the same review workflow as its source."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import StringSegment


class CannotSubmitTranslation(Exception):
    """The translation is not ready for review; the message says what is missing."""


def untranslated_segment_count(translation) -> int:
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def submit_translation_for_review(translation, user):
    """Save the translation as a draft of the translated page and start its review workflow.

    The page is never published here: it goes live only when the workflow's last task (the
    medical review) is approved, exactly like an English page.
    """
    page = translation.get_target_instance()
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    missing = untranslated_segment_count(translation)
    if missing:
        raise CannotSubmitTranslation(
            ngettext(
                "%(count)d segment is not translated yet; translate it before submitting for review.",
                "%(count)d segments are not translated yet; translate them before submitting for review.",
                missing,
            )
            % {"count": missing}
        )
    if page.workflow_in_progress:
        raise CannotSubmitTranslation(_("This translation is already in review."))
    workflow = page.get_workflow()
    if workflow is None:
        raise CannotSubmitTranslation(
            _("No review workflow covers this page; ask an administrator to run setup_roles.")
        )
    translation.save_target(user=user, publish=False)
    page.refresh_from_db()
    return workflow.start(page, user)
