"""The patient's consent to publish their story, which every case page must point at."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale

from ..checks import is_letter_alias, name_digests

ALIAS_MESSAGE = _(
    "The patient alias must be a title with one or two capital letters, such as “Ms. A”, “Mr. B”, "
    "“Patient C”, “A女士”, “患者A” or “小A”, never a name."
)


class ConsentRecordForm(WagtailAdminModelForm):
    """The consent record's admin form, with a write-only box for the real names on the consent form.

    The names typed here are turned into keyed hashes (HMAC with the site's secret key) when the
    record is saved; the names themselves are stored nowhere and never shown again. The privacy
    check then refuses any page of this consent whose text holds one of them.
    """

    real_names = forms.CharField(
        label=_("Real names on the consent form"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
        help_text=_(
            "The patient's real name and those of relatives named in the consent, one per line, in any script "
            "(e.g. 张伟 and Zhang Wei). They are kept only as keyed hashes and never shown again; the privacy "
            "check refuses any story that contains them. New names are added to those already stored."
        ),
    )
    forget_real_names = forms.BooleanField(
        label=_("Forget the stored real names"),
        required=False,
        help_text=_("Tick to remove every stored name hash, for example to enter the names again."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = len(self.instance.real_name_digests or [])
        if stored and "real_names" in self.fields:
            self.fields["real_names"].help_text = (
                ngettext(
                    "%(count)s name form is stored as a keyed hash.",
                    "%(count)s name forms are stored as keyed hashes.",
                    stored,
                )
                % {"count": stored}
                + " "
                + str(self.fields["real_names"].help_text)
            )

    def save(self, commit=True):
        digests = [] if self.cleaned_data.get("forget_real_names") else list(self.instance.real_name_digests or [])
        names = (self.cleaned_data.get("real_names") or "").splitlines()
        for digest in name_digests(names, settings.SECRET_KEY):
            if digest not in digests:
                digests.append(digest)
        self.instance.real_name_digests = digests
        return super().save(commit=commit)


class ConsentRecord(models.Model):
    """A signed consent: who gave it, when, for which languages and channels, until when."""

    patient_alias = models.CharField(
        _("patient alias"),
        max_length=100,
        help_text=_(
            "The alias used in the story, never the patient's name: a title with one or two capital letters, "
            "e.g. “Ms. A”, “Patient C”, “A女士”."
        ),
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
    real_name_digests = models.JSONField(
        _("real-name hashes"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Keyed hashes of the real names on the consent form; the names themselves are not stored."),
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
            [FieldPanel("real_names"), FieldPanel("forget_real_names")],
            heading=_("Real names (never shown again)"),
        ),
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

    base_form_class = ConsentRecordForm

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
        if self.patient_alias and not is_letter_alias(self.patient_alias):
            raise ValidationError({"patient_alias": ALIAS_MESSAGE})
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
