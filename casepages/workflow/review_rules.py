"""What the review workflow requires before its approval may publish anything.

- Every automatic check of the workflow passed on the exact content being approved
  (`first_unchecked_task`).
- The approver authored no change in it (`is_author`): nobody approves their own edit.
- Approving writes the clearance for the approved revision, and only that revision is published
  (`clear_approved_revision`).
"""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import registry as log_registry
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from ..translation.published import published_texts
from . import publication

AUTHOR_MAY_NOT_APPROVE = _(
    "You changed this version (or submitted it), so another reviewer must approve it. You can still request changes."
)
UNCHECKED_CONTENT = _("This version has not passed every automatic check, so it cannot be approved.")


def automatic_tasks(workflow, before):
    """The workflow's active automatic checks that come before the task `before`, in order."""
    from .models import AutomaticCheckTask

    tasks = []
    for workflow_task in workflow.workflow_tasks.select_related("task").order_by("sort_order"):
        task = workflow_task.task.specific
        if task.pk == before.pk:
            break
        if task.active and isinstance(task, AutomaticCheckTask):
            tasks.append(task)
    return tasks


def newest_revision(content_object):
    """The revision saved last, read from the revisions themselves.

    Tasks start on this one rather than on `get_latest_revision()`: when a revision has just been
    saved, the object's pointer to its latest revision is updated only after the revision's own
    save signals ran, and a restarted review must see the new content.
    """
    content_type, object_id = publication.object_key(content_object)
    return (
        Revision.objects.filter(base_content_type=content_type, object_id=object_id)
        .order_by("-created_at", "-id")
        .first()
    )


def start_on_newest_revision(task_state):
    content_object = task_state.workflow_state.content_object
    if hasattr(content_object, "latest_revision_id"):
        # Wagtail picks the next task by the object's latest revision; an object the workflow state
        # loaded before the new revision was saved would make it run the same check again and again.
        content_object.refresh_from_db(fields=["latest_revision"])
    newest = newest_revision(content_object)
    if newest is not None and task_state.revision_id != newest.pk:
        task_state.revision = newest
        task_state.save(update_fields=["revision"])
    return task_state


def first_unchecked_task(workflow_state, before, revision=None, digest=None):
    """The first automatic check that has not passed on `revision`'s current content (the newest by default).

    `digest` is that content's digest, when the caller has it already.
    """
    revision = revision or newest_revision(workflow_state.content_object)
    digest = digest or publication.revision_digest(revision)
    for task in automatic_tasks(workflow_state.workflow, before):
        passed = TaskState.objects.filter(
            workflow_state=workflow_state,
            task=task,
            revision=revision,
            status=TaskState.STATUS_APPROVED,
            checked_content__content_digest=digest,
        )
        if not passed.exists():
            return task
    return None


def authors(content_object):
    """Who wrote what `content_object` holds since its content was last cleared.

    Whoever saved a revision since then, whoever's revision was brought back by a revert since then,
    whoever typed a segment of a translation since then (in wagtail-localize's editor, a PO file or
    by machine translation), and whoever submitted it for review.
    """
    from .models import Clearance

    content_type, object_id = publication.object_key(content_object)
    since = (
        Clearance.objects.filter(base_content_type=content_type, object_id=object_id)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    after = {"created_at__gt": since} if since else {}
    revisions = Revision.objects.filter(base_content_type=content_type, object_id=object_id)
    user_ids = set(revisions.filter(**after).exclude(user=None).values_list("user_id", flat=True))
    reverts = log_registry.get_logs_for_instance(content_object).filter(
        action="wagtail.revert", **({"timestamp__gt": since} if since else {})
    )
    reverted_ids = [entry.data.get("revision", {}).get("id") for entry in reverts]
    for reverted in revisions.filter(pk__in=reverted_ids):
        # The revision brought back carries the uncleared work of everyone who wrote up to it.
        cleared_before = (
            Clearance.objects.filter(
                base_content_type=content_type, object_id=object_id, created_at__lt=reverted.created_at
            )
            .order_by("-created_at")
            .values_list("created_at", flat=True)
            .first()
        )
        written = revisions.filter(created_at__lte=reverted.created_at)
        if cleared_before:
            written = written.filter(created_at__gt=cleared_before)
        user_ids |= set(written.exclude(user=None).values_list("user_id", flat=True))
    user_ids |= segment_translators(content_object)
    requesters = WorkflowState.objects.filter(
        Q(status=WorkflowState.STATUS_IN_PROGRESS) | Q(status=WorkflowState.STATUS_NEEDS_CHANGES),
        base_content_type=content_type,
        object_id=object_id,
    ).values_list("requested_by_id", flat=True)
    return user_ids | {user_id for user_id in requesters if user_id}


def segment_translators(content_object):
    """Who wrote a segment of this translation that differs from what visitors read now.

    Typed text lives in wagtail-localize's string translations until a submission writes it into a
    revision, so authorship is read from the text itself, not from dates: every segment whose text
    is not the published one counts, whenever it was typed.
    """
    source = (
        TranslationSource.objects.filter(object_id=content_object.translation_key)
        .exclude(locale_id=content_object.locale_id)
        .first()
    )
    if source is None:
        return set()
    segment = StringSegment.objects.filter(
        source=source, string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
    )
    # Only this object's contexts are looked at (a segment's context is its object's): the text of
    # every other story in the language need not be read.
    typed = StringTranslation.objects.filter(
        Exists(segment), locale_id=content_object.locale_id, context__object_id=source.object_id
    ).exclude(last_translated_by=None)
    published = published_texts(content_object)
    return {
        user_id
        for path, text, user_id in typed.values_list("context__path", "data", "last_translated_by_id")
        if published.get(path) != text
    }


def is_author(content_object, user) -> bool:
    return user is not None and user.pk in authors(content_object)


def clear_approved_revision(workflow_state, user):
    """Record that the revision the medical review approved may be published, and return it.

    Called when the workflow's last task is approved. Checks the rule once more, whatever path led
    here: a refusal rolls the approval back.
    """
    from .models import Clearance

    review_state = workflow_state.current_task_state
    revision = review_state.revision
    digest = publication.revision_digest(revision)
    if first_unchecked_task(workflow_state, before=review_state.task, revision=revision, digest=digest) is not None:
        raise publication.PublicationRefused(UNCHECKED_CONTENT)
    if user is not None and (
        user.pk == workflow_state.requested_by_id or is_author(workflow_state.content_object, user)
    ):
        raise publication.PublicationRefused(AUTHOR_MAY_NOT_APPROVE)
    content_type, object_id = publication.object_key(workflow_state.content_object)
    Clearance.objects.create(
        base_content_type=content_type,
        object_id=object_id,
        content_digest=digest,
        revision=revision,
        approved_by=user,
    )
    return revision
