"""The "Leave your message" form page, its translatable fields and the messages patients send."""

from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from casepages.i18n import language_name
from casepages.messages import spam
from casepages.messages.forms import CASE_FIELD_NAME, CaseCodeField, MessageFormBuilder
from casepages.messages.notifications import send_notification
from casepages.messages.refusals import render_refusal

from ..http import client_address

# The thank-you page is the form page's own URL with this parameter, reached by redirect after a
# message is stored, so that reloading it never sends the message twice.
SENT_PARAMETER = "sent"
# How a message's time is shown to coordinators, in the site's TIME_ZONE.
SUBMIT_TIME_FORMAT = "%Y-%m-%d %H:%M"


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
        """The row coordinators see and export: the patient's fields, then where the message came from."""
        data = super().get_data()
        # The list and both exports show the same text: local time, to the minute (Wagtail's export
        # would give UTC with microseconds, while the list shows local time).
        data["submit_time"] = timezone.localtime(self.submit_time).strftime(SUBMIT_TIME_FORMAT)
        data["language"] = language_name(self.language, translation.get_language()) if self.language else ""
        data["case"] = self.case.case_code if self.case_id and self.case else ""
        data["notification_status"] = self.get_notification_status_display()
        return data


class MessageFormPage(AbstractEmailForm):
    """The form on which patients leave a message for the international patient centre.

    Its submissions are not shown in the page editor: editors and translators edit this page, and
    only patient coordinators may know about messages (see casepages.messages.access).
    """

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

    form_builder = MessageFormBuilder

    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("message form page")

    def get_submission_class(self):
        return PatientMessage

    def get_submissions(self):
        """Every message sent through this form in any of its languages: coordinators keep one list."""
        return PatientMessage.objects.filter(page__translation_key=self.translation_key).select_related("case")

    def get_submissions_list_view_class(self):
        from casepages.messages.admin_views import PatientMessagesListView

        return PatientMessagesListView

    def get_data_fields(self):
        return super().get_data_fields() + [
            ("language", _("Language")),
            ("case", _("Case")),
            ("notification_status", _("Notification")),
        ]

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = self.receive_message(request)
        elif request.GET.get(SENT_PARAMETER) == "1":
            response = self.render_landing_page(request)
        else:
            initial = {
                CASE_FIELD_NAME: CaseCodeField().clean(request.GET.get("case")),
                spam.FORM_STARTED_FIELD: spam.sign_form_started(),
            }
            response = self.render_form(request, self.get_form(page=self, user=request.user, initial=initial))
        # The form holds a CSRF token and, after a refusal, what the visitor typed: no shared cache may keep it.
        add_never_cache_headers(response)
        return response

    def receive_message(self, request):
        """Check a posted message for spam and errors; store it, or say politely why not."""
        data = request.POST
        if spam.honeypot_filled(data):
            return render_refusal(
                request,
                gettext("We could not accept this message"),
                gettext(
                    "Your message was filled in the way automated spam programs fill in forms, so it was not "
                    "sent. If you wrote it yourself, please open the form again and send your message once more."
                ),
                status=400,
                page=self,
                back_url=self.get_url(request),
            )

        fill_time = spam.check_fill_time(data.get(spam.FORM_STARTED_FIELD))
        if fill_time is not spam.FillTime.OK:
            return self.send_back_to_resend(request, fill_time)

        form = self.get_form(data, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            return self.render_form(request, form)

        decision = spam.count_message_from(client_address(request))
        if not decision.allowed:
            minutes = max(1, round(decision.retry_after_seconds / 60))
            notice = translation.ngettext(
                "You have sent several messages in a short time. So that every patient can be answered, please "
                "wait %(minutes)s minute and then send this message again; what you wrote is kept below.",
                "You have sent several messages in a short time. So that every patient can be answered, please "
                "wait %(minutes)s minutes and then send this message again; what you wrote is kept below.",
                minutes,
            ) % {"minutes": minutes}
            response = self.render_form(request, form, notice=notice, status=429)
            response["Retry-After"] = str(decision.retry_after_seconds)
            return response

        # One opened form, one message: the same timestamp and CSRF pair cannot be replayed.
        if not spam.claim_form_token(data.get(spam.FORM_STARTED_FIELD)):
            return self.send_back_to_resend(request, spam.FillTime.EXPIRED)

        self.process_form_submission(form)
        # 303: the browser fetches the thank-you page with GET, so reloading it sends nothing twice.
        return HttpResponseRedirect(f"{self.get_url(request)}?{SENT_PARAMETER}=1", status=303)

    def send_back_to_resend(self, request, fill_time):
        """The form again, with what the visitor typed and a fresh timestamp: a person only has to send it again."""
        data = request.POST.copy()
        data[spam.FORM_STARTED_FIELD] = spam.sign_form_started()
        if fill_time is spam.FillTime.TOO_FAST:
            notice = gettext(
                "Your message arrived only moments after the form was opened, as automated spam does. "
                "Please check what you wrote below and send it again."
            )
        else:
            notice = gettext(
                "This form was opened too long ago to be sent. Please check what you wrote below and send it again."
            )
        form = self.get_form(data, request.FILES, page=self, user=request.user)
        return self.render_form(request, form, notice=notice, status=400)

    def render_form(self, request, form, notice=None, status=200):
        context = self.get_context(request)
        context["form"] = form
        context["notice"] = notice
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def find_case(self, case_code):
        """The live case page in this form's language that a patient came from, if any."""
        from .cases import CasePage

        if not case_code:
            return None
        return CasePage.objects.live().filter(case_code=case_code, locale_id=self.locale_id).first()

    def process_form_submission(self, form):
        """Store the message first, in one transaction; only then notify the coordinators.

        The e-mail is sent outside the transaction, so a mail server that is down or slow can
        neither lose the message nor hold database locks while it is waited for.
        """
        with transaction.atomic():
            message = PatientMessage.objects.create(
                form_data=form.message_data(),
                page=self,
                case=self.find_case(form.cleaned_data.get(CASE_FIELD_NAME)),
                language=self.locale.language_code,
                notification_status=(
                    PatientMessage.NotificationStatus.PENDING
                    if self.to_address
                    else PatientMessage.NotificationStatus.NOT_REQUIRED
                ),
            )
        if self.to_address:
            send_notification(message)
        return message

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["privacy_page"] = self.privacy_page.localized if self.privacy_page_id else None
        return context
