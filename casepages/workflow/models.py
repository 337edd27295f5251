"""The review workflow's tasks, and what they record.

An automatic check runs when its task starts. If the page passes, the task approves itself and the
workflow moves on. If not, the task sends the page back to its author with the findings as the
comment ("Changes requested"): the author fixes the text and resubmits, and the check runs again on
the new revision. A medical reviewer who judges a finding acceptable records an override with a
written reason; the override is stored, logged in the page's history, and lets that revision pass.

Each check's verdict is recorded with a digest of the content it read (`CheckedContent`), so a
revision overwritten after its check (the editor's autosave does that) no longer counts as checked.
The medical review (`MedicalReviewTask`) never starts on content the checks have not passed: it
runs them first, whichever way the workflow reached it ("Resubmit", an edit during the review).
Its approval is refused to anyone who authored a change in what is approved, and writes the
`Clearance` that lets the approved content be published (see `publication.py`).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Page, Revision, Task, TaskState

from . import page_checks, publication


class AutomaticCheckTask(Task):
    """A task nobody has to act on: it approves or sends back the page by itself."""

    admin_form_fields = Task.admin_form_fields

    class Meta:
        abstract = True

    def find_problems(self, page):
        raise NotImplementedError

    def limits(self, page) -> str:
        """What this check could not read for on this page, said with its verdict ("" if nothing)."""
        return ""

    def start(self, workflow_state, user=None):
        task_state = review_rules.start_on_newest_revision(super().start(workflow_state, user=user))
        page = task_state.revision.as_object() if task_state.revision else workflow_state.content_object.specific
        override = CheckOverride.objects.filter(task=self, revision=task_state.revision).first()
        findings = self.find_problems(page)
        if not findings:
            comment = " ".join(filter(None, [str(_("Passed: nothing to report.")), self.limits(page)]))
            self._finish(task_state, page, TaskState.STATUS_APPROVED, comment)
        elif override is not None:
            comment = _("Passed by override of %(user)s: %(reason)s") % {
                "user": override.user.get_full_name() or override.user.get_username() if override.user else "—",
                "reason": override.reason,
            }
            self._finish(task_state, page, TaskState.STATUS_APPROVED, comment, user=override.user)
        else:
            self._finish(task_state, page, TaskState.STATUS_REJECTED, page_checks.describe(findings))
            # Page history shows who sent a page back; here nobody did, so the check says it did.
            log(
                instance=page,
                action="casepages.check_rejected",
                revision=task_state.revision,
                data={"task": self.name, "findings": task_state.comment},
            )
        return task_state

    def _finish(self, task_state, checked, status, comment, user=None):
        # Set directly rather than through approve()/reject(): the workflow has not yet recorded this
        # task as current, and it moves on by itself once start() returns a finished task.
        task_state.status = status
        task_state.finished_at = timezone.now()
        task_state.finished_by = user
        task_state.comment = comment
        task_state.save(update_fields=["status", "finished_at", "finished_by", "comment"])
        # The verdict holds for the content the check read (`checked`), digested once here.
        CheckedContent.objects.create(task_state=task_state, content_digest=publication.content_digest(checked))

    def user_can_access_editor(self, obj, user):
        return False

    def locked_for_user(self, obj, user):
        return False

    def get_actions(self, obj, user):
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return TaskState.objects.none()


class PrivacyCheckTask(AutomaticCheckTask):
    """Consent in force for this language, and nothing that identifies the patient."""

    def find_problems(self, page):
        return page_checks.privacy_findings(page)

    def limits(self, page):
        return page_checks.privacy_limits(page)

    @classmethod
    def get_description(cls):
        return _(
            "Sends a page back if its consent is missing, expired, withdrawn or does not cover its language, "
            "or if its text could identify the patient."
        )

    class Meta:
        verbose_name = _("privacy and consent check")
        verbose_name_plural = _("privacy and consent checks")


class TextCheckTask(AutomaticCheckTask):
    """No template leftovers or untranslated paragraphs, and glossary terms translated as approved."""

    def find_problems(self, page):
        return page_checks.text_findings(page)

    @classmethod
    def get_description(cls):
        return _(
            "Sends a page back if it holds template text, empty headings, untranslated paragraphs "
            "or unapproved medical terms."
        )

    class Meta:
        verbose_name = _("text and glossary check")
        verbose_name_plural = _("text and glossary checks")


# The permissions that mark a medical reviewer: recording a review, and overriding a check's findings.
MEDICAL_REVIEWER_PERMISSION = "casepages_workflow.add_medicalreview"
CHECK_OVERRIDE_PERMISSION = "casepages_workflow.add_checkoverride"


class CheckOverride(models.Model):
    """A reviewer's decision that one revision may pass an automatic check despite its findings."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.TextField(_("reason"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("check override")
        constraints = [models.UniqueConstraint(fields=["task", "revision"], name="one_override_per_task_and_revision")]

    def __str__(self):
        return f"{self.task} — {self.reason[:60]}"


class MedicalReview(models.Model):
    """Who approved a page's medical review, and when; the page shows the latest one."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="medical_reviews")
    revision = models.ForeignKey(Revision, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewer_name = models.CharField(_("reviewer"), max_length=200)
    reviewed_at = models.DateTimeField(_("reviewed at"), default=timezone.now)

    class Meta:
        verbose_name = _("medical review")
        ordering = ["-reviewed_at"]
        indexes = [models.Index(fields=["page", "-reviewed_at"])]

    def __str__(self):
        return f"{self.page} — {self.reviewer_name}, {self.reviewed_at:%Y-%m-%d}"


class CheckedContent(models.Model):
    """The content an automatic check read when it decided: a verdict holds for that content only."""

    task_state = models.OneToOneField(TaskState, on_delete=models.CASCADE, related_name="checked_content")
    content_digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("checked content")

    def __str__(self):
        return f"{self.task_state_id}: {self.content_digest[:12]}"


class Clearance(models.Model):
    """Content (by digest) that may be shown to visitors: the one thing the publication gate reads."""

    class Origin(models.TextChoices):
        REVIEW = "review", _("medical review")

    base_content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_digest = models.CharField(max_length=64)
    revision = models.ForeignKey(Revision, null=True, on_delete=models.SET_NULL, related_name="+")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    origin = models.CharField(max_length=100, default=Origin.REVIEW)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("publication clearance")
        indexes = [models.Index(fields=["base_content_type", "object_id", "content_digest"])]

    def __str__(self):
        return f"{self.base_content_type} {self.object_id}: {self.origin}"


class MedicalReviewTask(AbstractGroupApprovalTask):
    """A reviewer approves or requests changes; never on unchecked content, never on their own edits."""

    class Meta:
        verbose_name = _("medical review")
        verbose_name_plural = _("medical reviews")

    def start(self, workflow_state, user=None):
        unchecked = review_rules.first_unchecked_task(workflow_state, before=self)
        if unchecked is not None:
            # Run the check this content has not passed; the workflow comes back here once it has.
            return unchecked.start(workflow_state, user=user)
        return review_rules.start_on_newest_revision(super().start(workflow_state, user=user))

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and review_rules.is_author(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and review_rules.is_author(task_state.workflow_state.content_object, user):
            raise publication.PublicationRefused(review_rules.AUTHOR_MAY_NOT_APPROVE)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes. The automatic checks run again on "
            "any change first, and nobody may approve a version they changed."
        )


from . import review_rules  # noqa: E402  (review_rules reads the task models above)
