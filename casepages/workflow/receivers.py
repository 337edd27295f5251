"""Reactions to review and consent events: record medical reviews, check again content changed during a
review, take down cases whose consent ends."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail.signals import task_approved

from ..models import CasePage, ConsentRecord
from .page_checks import consent_findings


@receiver(task_approved)
def record_medical_review(sender, instance, user=None, **kwargs):
    """Approving the medical review records who reviewed the page and when (shown on the page)."""
    from .models import MedicalReview, MedicalReviewTask

    if not isinstance(instance.task.specific, MedicalReviewTask):
        return
    page = instance.workflow_state.content_object
    if not isinstance(page, Page):
        # The review is shown on the page; a snippet moderated by the same workflow has no such place.
        return
    MedicalReview.objects.create(
        page_id=page.pk,
        revision=instance.revision,
        reviewer=user,
        reviewer_name=(user.get_full_name() or user.get_username()) if user else "",
    )


@receiver(post_save, sender=Revision)
def check_again_after_a_change_in_review(sender, instance, created, raw=False, **kwargs):
    """A change saved while a reviewer has the content sends it back through the automatic checks.

    The review in progress is cancelled and started again on the new content; the review task runs
    the checks first (see MedicalReviewTask.start). Whoever saved the change is now one of its
    authors and may not approve it.
    """
    if raw:
        return
    workflow_state = (
        WorkflowState.objects.filter(
            base_content_type_id=instance.base_content_type_id,
            object_id=instance.object_id,
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .select_related("current_task_state")
        .first()
    )
    if workflow_state is None or workflow_state.current_task_state is None:
        return
    review_state = workflow_state.current_task_state
    if review_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    if created or review_state.revision_id == instance.pk:
        review_state.specific.cancel(
            user=instance.user, resume=True, comment=_("The content changed during the review; checked again.")
        )


@receiver(post_save, sender=ConsentRecord)
@receiver(m2m_changed, sender=ConsentRecord.covered_locales.through)
def unpublish_when_consent_ends(sender, instance, **kwargs):
    """A consent withdrawn, expired or narrowed takes the cases it no longer covers offline, and says so in the logs.

    Withdrawal takes every language at once; removing a language takes that language's page.
    """
    if not isinstance(instance, ConsentRecord) or not kwargs.get("action", "post_").startswith("post_"):
        return
    live_cases = [case for case in CasePage.objects.live().filter(consent=instance) if consent_findings(case)]
    for case in live_cases:
        case.unpublish(log_action=True)
    if live_cases:
        log(
            instance=instance,
            action="casepages.consent_withdrawn",
            data={
                "pages": [
                    {"id": case.pk, "title": case.title, "locale": case.locale.language_code} for case in live_cases
                ]
            },
        )
