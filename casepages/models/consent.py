"""The patient's consent to publish their story, which every case page must point at."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale


class ConsentRecord(models.Model):
    """A signed consent: who gave it, when, for which languages and channels, until when."""

    patient_alias = models.CharField(
        _("patient alias"),
        max_length=100,
        help_text=_("The alias used in the story, never the patient's name, e.g. “Ms. A”."),
    )
    date_given = models.DateField(_("date given"))
    document_reference = models.CharField(
        _("signed document reference"),
        max_length=200,
        help_text=_("Where the signed form is filed, e.g. its number in the records system."),
    )
    covered_locales = models.ManyToManyField(
        Locale,
        verbose_name=_("languages covered"),
        related_name="+",
        help_text=_("The languages in which the patient agreed the story may be published."),
    )
    covers_website = models.BooleanField(_("website"), default=True)
    covers_print = models.BooleanField(_("print"), default=False)
    covers_social_media = models.BooleanField(_("social media"), default=False)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)

    panels = [
        FieldPanel("patient_alias"),
        FieldRowPanel([FieldPanel("date_given"), FieldPanel("expires_on"), FieldPanel("withdrawn_on")]),
        FieldPanel("document_reference"),
        MultiFieldPanel(
            [
                FieldPanel("covered_locales", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel(
                    [
                        FieldPanel("covers_website"),
                        FieldPanel("covers_print"),
                        FieldPanel("covers_social_media"),
                    ]
                ),
            ],
            heading=_("Scope"),
        ),
    ]

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-date_given"]

    def __str__(self):
        # The title shows in choosers, audit entries and APIs that more staff can read than this record:
        # neither the alias nor the document reference goes into it.
        return _("Consent record %(number)s, given %(date)s") % {
            "number": self.pk or "–",
            "date": self.date_given.isoformat() if self.date_given else "?",
        }

    def clean(self):
        if self.expires_on and self.date_given and self.expires_on <= self.date_given:
            raise ValidationError({"expires_on": _("The expiry date must come after the date consent was given.")})
        if self.withdrawn_on and self.date_given and self.withdrawn_on < self.date_given:
            raise ValidationError({"withdrawn_on": _("Consent cannot be withdrawn before it was given.")})

    def is_valid_on(self, day: datetime.date | None = None) -> bool:
        """Whether the consent is in force on the given day (today by default)."""
        day = day or timezone.localdate()
        if self.withdrawn_on and self.withdrawn_on <= day:
            return False
        return not (self.expires_on and self.expires_on < day)
