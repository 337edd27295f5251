"""The "Medically reviewed by … on …" note on a case page, in the page's language."""

from babel.dates import format_date
from django import template
from django.utils import timezone

from ...i18n import babel_locale

register = template.Library()


@register.inclusion_tag("casepages/includes/medical_review_note.html")
def medical_review_note(page):
    """The latest medical review of this page, if any, and the disclaimer that results vary."""
    review = page.medical_reviews.order_by("-reviewed_at").first() if getattr(page, "pk", None) else None
    return {
        "review": review,
        "reviewed_on": format_date(timezone.localtime(review.reviewed_at).date(), format="long", locale=babel_locale())
        if review
        else "",
    }
