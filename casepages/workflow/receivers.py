"""Reactions to review and consent events: record medical reviews, take down cases whose consent ends."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.signals import task_approved

from ..models import CasePage, ConsentRecord
from .setup import MEDICAL_REVIEW_TASK_NAME


@receiver(task_approved)
def record_medical_review(sender, instance, user=None, **kwargs):
    """Approving the medical review records who reviewed the page and when (shown on the page)."""
    from .models import MedicalReview

    if instance.task.name != MEDICAL_REVIEW_TASK_NAME:
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


@receiver(post_save, sender=ConsentRecord)
def unpublish_when_consent_ends(sender, instance, **kwargs):
    """Withdrawing consent takes every language of the case offline at once, and says so in the logs."""
    if not (instance.withdrawn_on and instance.withdrawn_on <= timezone.localdate()):
        return
    live_cases = list(CasePage.objects.live().filter(consent=instance))
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
