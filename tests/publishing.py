"""Putting content live in tests the way the site allows: through the review, or as a fixture loaded on the server."""

from wagtail.models import TaskState

from casepages.workflow.publication import imported


def publish_through_review(content_object, author, reviewer):
    """Submit the latest revision as `author`, let the checks run, approve it as `reviewer`; return the state."""
    workflow_state = content_object.get_workflow().start(content_object, author)
    workflow_state.refresh_from_db()
    review = workflow_state.current_task_state
    assert review is not None and review.status == TaskState.STATUS_IN_PROGRESS, (
        f"the automatic checks held it back: {review.comment if review else 'no task'}"
    )
    review.specific.task.specific.on_action(review.specific, reviewer, "approve")
    workflow_state.refresh_from_db()
    return workflow_state


def as_fixture():
    """Content a test starts from, cleared as the demo loader's is: never what a test is about."""
    return imported("test fixture")


def publish_change(content_object, **changes):
    """Change fields of a page or reviewed snippet and put the change live through the review, as the demo staff."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk(["editor", "reviewer"], field_name="username")
    for name, value in changes.items():
        setattr(content_object, name, value)
    content_object.save_revision(user=users["editor"])
    return publish_through_review(content_object, users["editor"], users["reviewer"])
