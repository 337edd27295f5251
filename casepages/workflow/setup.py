"""Builds the review workflow from code and assigns it to every language's page tree."""

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from ..models import HomePage

REVIEW_WORKFLOW_NAME = "Case story review"
PRIVACY_CHECK_TASK_NAME = "Privacy and consent check"
TEXT_CHECK_TASK_NAME = "Text and glossary check"
MEDICAL_REVIEW_TASK_NAME = "Medical review"


def review_tasks(reviewers):
    """The workflow's tasks in order: the automatic checks, then the medical review, whose approval publishes."""
    from .models import PrivacyCheckTask, TextCheckTask

    privacy_check = PrivacyCheckTask.objects.filter(name=PRIVACY_CHECK_TASK_NAME).first()
    if privacy_check is None:
        privacy_check = PrivacyCheckTask.objects.create(name=PRIVACY_CHECK_TASK_NAME)
    text_check = TextCheckTask.objects.filter(name=TEXT_CHECK_TASK_NAME).first()
    if text_check is None:
        text_check = TextCheckTask.objects.create(name=TEXT_CHECK_TASK_NAME)
    medical_review = GroupApprovalTask.objects.filter(name=MEDICAL_REVIEW_TASK_NAME).first()
    if medical_review is None:
        medical_review = GroupApprovalTask.objects.create(name=MEDICAL_REVIEW_TASK_NAME)
    medical_review.groups.add(reviewers)
    return [privacy_check, text_check, medical_review]


def ensure_review_workflow(reviewers):
    """Create or complete the workflow, and assign it to each locale's home page (so to its whole tree)."""
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW_NAME, defaults={"active": True})
    for order, task in enumerate(review_tasks(reviewers)):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    for home in HomePage.objects.all():
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow
