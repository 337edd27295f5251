"""Sending a finished translation into the same review workflow as its source."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment

from ..upstream import copy_synchronised_fields, ingest_segments, segments_for_translation
from .labels import segment_label


class CannotSubmitTranslation(Exception):
    """The translation is not ready for review; the message says what is missing."""


def untranslated_segments(translation):
    """The source's segments that have no translation in the target language yet, in page order."""
    return list(
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context", "string")
        .order_by("order")
    )


def describe_segments(translation, segments) -> str:
    """Each segment as its field's name and the start of its text: `Slug: “ln-student”`."""
    source_object = translation.source.as_instance()
    return "; ".join(
        f"{segment_label(source_object, segment.context.path)}: “{Truncator(segment.string.data).chars(60)}”"
        for segment in segments
    )


def can_edit(user, target):
    """May `user` change this translated page or snippet?"""
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_edit()
    return user.has_perm(f"{target._meta.app_label}.change_{target._meta.model_name}")


def submit_translation_for_review(translation, user):
    """Save the translation as a draft of the translated page and start its review workflow.

    The page is never published here: it goes live only when the workflow's last task (the
    medical review) is approved, exactly like an English page.
    """
    page = translation.get_target_instance()
    if not can_edit(user, page):
        raise PermissionDenied
    missing = untranslated_segments(translation)
    if missing:
        raise CannotSubmitTranslation(
            ngettext(
                "%(count)d segment is not translated yet; translate it before submitting for review: %(which)s",
                "%(count)d segments are not translated yet; translate them before submitting for review: %(which)s",
                len(missing),
            )
            % {"count": len(missing), "which": describe_segments(translation, missing)}
        )
    sent_back = page.current_workflow_state
    if sent_back is not None and sent_back.status != sent_back.STATUS_NEEDS_CHANGES:
        raise CannotSubmitTranslation(_("This translation is already in review."))
    workflow = page.get_workflow()
    if workflow is None:
        raise CannotSubmitTranslation(
            _("No review workflow covers this page; ask an administrator to run setup_roles.")
        )
    save_translation_draft(translation, user)
    page.refresh_from_db()
    if sent_back is not None:
        # The fix for what the reviewer or a check asked; the review task runs the checks again first.
        sent_back.resume(user)
        return sent_back
    return workflow.start(page, user)


@transaction.atomic
def save_translation_draft(translation, user):
    """Save the translation's current text as a new revision of its target, and return the revision.

    wagtail-localize's `save_target(publish=False)` writes the draft into the target's row, which is
    what visitors see when the target is live. A live target gets only a new revision here; its row
    changes when the review approves that revision.
    """
    target = translation.get_target_instance()
    if not (isinstance(target, DraftStateMixin) and target.live):
        # Nothing public to protect: wagtail-localize's own draft saving is right here.
        translation.save_target(user=user, publish=False)
        return translation.get_target_instance().get_latest_revision()
    source = translation.source
    original = source.as_instance()
    copy_synchronised_fields(original, target)
    segments = segments_for_translation(source, translation.target_locale)
    ingest_segments(original, target, source.locale, translation.target_locale, segments)
    return target.save_revision(user=user)
