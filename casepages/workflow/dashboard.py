"""The reviewers' dashboard panel: live case stories whose last medical review is too old."""

import datetime

from django.conf import settings
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..models import CasePage

DEFAULT_REVIEW_MAX_AGE_DAYS = 365


def review_max_age():
    return datetime.timedelta(days=getattr(settings, "CASEPAGES_REVIEW_MAX_AGE_DAYS", DEFAULT_REVIEW_MAX_AGE_DAYS))


def cases_due_for_review(now=None, limit=25):
    """Up to `limit` live case pages, every language, last reviewed before the allowed age (longest ago first), then
    never reviewed (oldest page first).

    Two narrow queries that stop at `limit`, then the pages themselves: ranking every live case by its
    newest review took most of the reviewers' dashboard at 10,000 cases.
    """
    from .models import MedicalReview

    cutoff = (now or timezone.now()) - review_max_age()
    live_cases = CasePage.objects.live()
    reviewed_long_ago = list(
        MedicalReview.objects.filter(page__in=live_cases.values("pk"))
        .values("page_id")
        .annotate(last_reviewed_at=Max("reviewed_at"))
        .filter(last_reviewed_at__lt=cutoff)
        .order_by("last_reviewed_at", "page_id")
        .values_list("page_id", "last_reviewed_at")[:limit]
    )
    never = list(
        live_cases.filter(~Exists(MedicalReview.objects.filter(page=OuterRef("pk"))))
        .order_by("pk")
        .values_list("pk", flat=True)[: limit - len(reviewed_long_ago)]
    )
    last_reviewed = dict(reviewed_long_ago)
    order = [pk for pk, _when in reviewed_long_ago] + never
    pages = CasePage.objects.filter(pk__in=order).select_related("locale").in_bulk()
    due = []
    for pk in order:
        page = pages[pk]
        page.last_reviewed_at = last_reviewed.get(pk)
        due.append(page)
    return due


class StaleReviewsPanel(Component):
    name = "casepages_stale_reviews"
    template_name = "casepages/admin/stale_reviews_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["cases"] = cases_due_for_review(limit=25)
        context["max_age_days"] = review_max_age().days
        return context
