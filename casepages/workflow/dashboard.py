"""The reviewers' dashboard panel: live case stories whose last medical review is too old."""

import datetime

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..models import CasePage

DEFAULT_REVIEW_MAX_AGE_DAYS = 365


def review_max_age():
    return datetime.timedelta(days=getattr(settings, "CASEPAGES_REVIEW_MAX_AGE_DAYS", DEFAULT_REVIEW_MAX_AGE_DAYS))


def cases_due_for_review(now=None):
    """Live case pages, every language, never reviewed or last reviewed before the allowed age; oldest first."""
    cutoff = (now or timezone.now()) - review_max_age()
    cases = CasePage.objects.live().annotate(last_reviewed_at=Max("medical_reviews__reviewed_at"))
    due = cases.filter(last_reviewed_at__isnull=True) | cases.filter(last_reviewed_at__lt=cutoff)
    return due.select_related("locale").order_by("last_reviewed_at", "pk")


class StaleReviewsPanel(Component):
    name = "casepages_stale_reviews"
    template_name = "casepages/admin/stale_reviews_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["cases"] = list(cases_due_for_review()[:25])
        context["max_age_days"] = review_max_age().days
        return context
