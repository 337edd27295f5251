"""What happens when the last task of the review workflow is approved."""


def publish_approved(workflow_state, user=None):
    """Publish the revision the medical review approved (never a later one), on the reviewer's authority.

    Reviewers hold no publish permission of their own, so that nobody can publish outside the
    workflow; approving the medical review is what makes a page live, so it skips that check. The
    clearance written first is what lets the publication gate accept the content.
    """
    # Imported here: Wagtail imports this module while its own models are still loading.
    from .review_rules import clear_approved_revision

    revision = clear_approved_revision(workflow_state, user)
    revision.publish(user=user, skip_permission_checks=True)
