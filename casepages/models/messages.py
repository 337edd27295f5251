"""The "Leave your message" form page, its translatable fields and the messages patients send."""

import logging

from django import forms
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

logger = logging.getLogger(__name__)

CASE_FIELD_NAME = "case_code"


class MessageFormField(TranslatableMixin, AbstractFormField):
    """One field of the message form; its stored key is the same in every language."""

    page = ParentalKey("MessageFormPage", on_delete=models.CASCADE, related_name="form_fields")

    # The stored key (clean_name) is synchronised, never re-derived from a translated label,
    # so messages written in any language land in the same columns (wagtail#6254).
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")


class PatientMessage(AbstractFormSubmission):
    """A message a patient left, kept before anyone is notified so that a mail failure loses nothing."""

    class NotificationStatus(models.TextChoices):
        PENDING = "pending", _("Notification pending")
        SENT = "sent", _("Notification sent")
        FAILED = "failed", _("Notification failed")
        NOT_REQUIRED = "not_required", _("No notification address")

    case = models.ForeignKey(
        "casepages.CasePage",
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=20, blank=True)
    notification_status = models.CharField(
        _("notification"),
        max_length=20,
        choices=NotificationStatus.choices,
        default=NotificationStatus.PENDING,
        db_index=True,
    )
    notification_error = models.TextField(_("notification error"), blank=True)
    notified_at = models.DateTimeField(_("notified at"), null=True, blank=True)

    class Meta:
        verbose_name = _("patient message")
        verbose_name_plural = _("patient messages")
        ordering = ["-submit_time"]

    def get_data(self):
        data = super().get_data()
        data["case"] = self.case.case_code if self.case_id and self.case else ""
        data["notification_status"] = self.get_notification_status_display()
        return data


class MessageFormPage(AbstractEmailForm):
    """The form on which patients leave a message for the international patient centre."""

    introduction = models.TextField(_("introduction"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how patients' health information is handled."),
    )
    thank_you_text = models.TextField(_("thank-you text"), blank=True)
    reply_within_days = models.PositiveSmallIntegerField(
        _("reply within (working days)"),
        default=3,
        help_text=_("Shown on the thank-you page so patients know when to expect an answer."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        FieldPanel("privacy_page"),
        InlinePanel("form_fields", label=_("Form fields")),
        MultiFieldPanel(
            [FieldPanel("thank_you_text"), FieldPanel("reply_within_days")],
            heading=_("After sending"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification e-mail to coordinators"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["casepages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("message form page")

    def get_submission_class(self):
        return PatientMessage

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        # The case a patient came from travels with the form as a hidden field.
        form.fields[CASE_FIELD_NAME] = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)
        return form

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(
            page=self, user=request.user, initial={CASE_FIELD_NAME: request.GET.get("case", "")[:20]}
        )
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)

    def find_case(self, case_code):
        from .cases import CasePage

        if not case_code:
            return None
        return CasePage.objects.live().filter(case_code=case_code, locale_id=self.locale_id).first()

    def process_form_submission(self, form):
        """Store the message first, in one transaction; only then notify the coordinators."""
        data = dict(form.cleaned_data)
        case = self.find_case(data.pop(CASE_FIELD_NAME, ""))
        with transaction.atomic():
            message = PatientMessage.objects.create(
                form_data=data,
                page=self,
                case=case,
                language=self.locale.language_code,
                notification_status=(
                    PatientMessage.NotificationStatus.PENDING
                    if self.to_address
                    else PatientMessage.NotificationStatus.NOT_REQUIRED
                ),
            )
        if self.to_address:
            self.notify(message)
        return message

    def notify(self, message):
        """Send the coordinators' notification for one stored message, recording the outcome."""
        from django.core.mail import send_mail

        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        try:
            send_mail(
                self.subject or str(_("New message from an international patient")),
                self.render_message_email(message),
                self.from_address or None,
                addresses,
            )
        except Exception as error:  # any transport failure: the message itself is already safe
            logger.warning("Notification for message %s failed: %s", message.pk, error)
            message.notification_status = PatientMessage.NotificationStatus.FAILED
            message.notification_error = f"{type(error).__name__}: {error}"[:1000]
            message.save(update_fields=["notification_status", "notification_error"])
            return False
        message.notification_status = PatientMessage.NotificationStatus.SENT
        message.notification_error = ""
        message.notified_at = timezone.now()
        message.save(update_fields=["notification_status", "notification_error", "notified_at"])
        return True

    def render_message_email(self, message):
        """Plain-text e-mail body: one line per field, labelled as in the form, plus the case."""
        labels = dict(self.get_data_fields())
        lines = []
        for key, value in message.form_data.items():
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            lines.append(f"{labels.get(key, key)}: {value}")
        if message.case_id:
            lines.append(f"Case: {message.case.case_code}")
        lines.append(f"Language: {message.language}")
        return "\n".join(lines)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["privacy_page"] = self.privacy_page.localized if self.privacy_page_id else None
        return context
