"""Builds the review workflow from code and assigns it to every language's page tree and to the snippets pages show."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Workflow, WorkflowContentType, WorkflowPage, WorkflowTask

from ..languages import language_codes, language_roots
from ..models import Condition, Treatment

REVIEW_WORKFLOW_NAME = "Case story review"
PRIVACY_CHECK_TASK_NAME = "Privacy and consent check"
TEXT_CHECK_TASK_NAME = "Text and glossary check"
MEDICAL_REVIEW_TASK_NAME = "Medical review"
# Snippets whose text public pages show: they are reviewed like pages.
REVIEWED_SNIPPETS = (Condition, Treatment)


def _task(model, name):
    task = model.objects.filter(name=name).first()
    return task or model.objects.create(name=name)


def review_tasks(reviewers):
    """The workflow's tasks in order: the automatic checks, then the medical review, whose approval publishes."""
    from .models import MedicalReviewTask, PrivacyCheckTask, TextCheckTask

    medical_review = _task(MedicalReviewTask, MEDICAL_REVIEW_TASK_NAME)
    medical_review.groups.add(reviewers)
    return [
        _task(PrivacyCheckTask, PRIVACY_CHECK_TASK_NAME),
        _task(TextCheckTask, TEXT_CHECK_TASK_NAME),
        medical_review,
    ]


def ensure_review_workflow(reviewers):
    """Create or complete the workflow, and assign it to the top of each language's tree (so to all of it)."""
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW_NAME, defaults={"active": True})
    tasks = review_tasks(reviewers)
    # A task of an earlier version of the workflow (such as a plain group approval) is taken out.
    WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=tasks).delete()
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    for code in language_codes():
        for root in language_roots(code):
            WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for model in REVIEWED_SNIPPETS:
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow
