"""The public message form: the editors' fields, validated for what patients really send.

Wagtail's form builder makes one Django field per MessageFormField. This builder adds what a
hospital needs on top: a stated length limit on the message, no control characters anywhere (a
line break in a name or an address is how e-mail headers are injected), international phone
numbers, and three fields patients never fill in themselves: the case they came from, the
moment the form was opened, and the honeypot.
"""

import re
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.text import normalize_newlines
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from casepages.i18n import format_number

from .spam import FORM_STARTED_FIELD, HONEYPOT_FIELD

CASE_FIELD_NAME = "case_code"
PHONE_FIELD_NAME = "phone"
SINGLE_LINE_MAX_LENGTH = 255
EMAIL_MAX_LENGTH = 254  # the longest address SMTP can carry (RFC 5321)

_CASE_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")
# Digits with the usual separators, an optional leading "+" and an optional extension.
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{3,28}[0-9](?: ?(?:ext\.?|x|#) ?[0-9]{1,6})?", re.IGNORECASE)


def message_max_length() -> int:
    """The longest message accepted, in characters; stated on the form and in the README."""
    return getattr(settings, "CASEPAGES_MESSAGE_MAX_LENGTH", 5000)


# Direction overrides and isolates reorder what follows them: "abc\u202efdp.exe" shows as "abcexe.pdf".
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_refused_character(char: str, allow_line_breaks: bool) -> bool:
    if allow_line_breaks and char in "\n\t":
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cs") or char in _DIRECTION_CONTROLS:
        return True
    # Invisible format characters (zero-width spaces and joiners, soft hyphens…) have no place in a
    # name or a country, where they hide or disguise text; a message may need a joiner (emoji, scripts).
    if not allow_line_breaks and category == "Cf":
        return True
    # Unicode's own line and paragraph separators break a line as surely as "\n" does.
    if not allow_line_breaks and category in ("Zl", "Zp"):
        return True
    # Non-characters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) are not allowed in XML, so not in an XLSX export.
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def refuse_control_characters(allow_line_breaks: bool):
    """A validator refusing control characters; line breaks and tabs only where they belong."""

    def validate(value):
        if any(_is_refused_character(char, allow_line_breaks) for char in value):
            if allow_line_breaks:
                raise ValidationError(
                    _("Please remove the invisible control characters from your text."), code="control_characters"
                )
            raise ValidationError(
                _("Please write this on one line, without line breaks or invisible control characters."),
                code="control_characters",
            )

    return validate


def validate_phone(value):
    """International phone numbers: digits, spaces, brackets, dots, dashes, a leading + and an extension."""
    # Full-width digits and "＋" from a Chinese keyboard are the same number.
    if value and not _PHONE.fullmatch(unicodedata.normalize("NFKC", value)):
        raise ValidationError(
            _("Enter a phone number with its country code, for example +86 10 1234 5678."), code="invalid_phone"
        )


class MessageTextField(forms.CharField):
    """The message itself: line endings as one "\\n" whatever the browser sent.

    Browsers count a line break as one character against the textarea's maxlength but send it as
    "\\r\\n"; normalising first means the limit the browser enforced is the limit we enforce.
    """

    def to_python(self, value):
        value = super().to_python(value)
        return normalize_newlines(value) if value else value


class CaseCodeField(forms.CharField):
    """The case a patient came from, carried in the URL: anything that is not a case code is dropped.

    It is not the patient's own input, so a mangled value is no reason to refuse their message.
    """

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        code = (value or "").strip().upper()
        return code if _CASE_CODE.fullmatch(code) else ""


class PatientMessageForm(BaseForm):
    """The form patients fill in; the editors' fields are added to it by MessageFormBuilder."""

    case_code = CaseCodeField()
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)
    # The honeypot: hidden, out of the tab order and from screen readers, so only
    # programs that fill in every field they find put anything here.
    website_url = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    SPAM_FIELDS = (CASE_FIELD_NAME, FORM_STARTED_FIELD, HONEYPOT_FIELD)

    def patient_fields(self):
        """The visible fields a patient fills in, in the editors' order, without the honeypot."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def message_data(self) -> dict:
        """What the patient wrote, keyed by each field's stored name: what a message keeps."""
        return {name: value for name, value in self.cleaned_data.items() if name not in self.SPAM_FIELDS}


class MessageFormBuilder(FormBuilder):
    """Wagtail's form builder with the validation a public, unauthenticated health form needs."""

    def get_form_class(self):
        return type("PatientMessageForm", (PatientMessageForm,), self.formfields)

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        validators = [refuse_control_characters(allow_line_breaks=False)]
        if field.clean_name == PHONE_FIELD_NAME:
            validators.append(validate_phone)
        return forms.CharField(validators=validators, **options)

    def create_multiline_field(self, field, options):
        limit = message_max_length()
        # Appended to the editors' help text so that screen readers announce it with the field.
        stated_limit = gettext("At most %(limit)s characters.") % {"limit": format_number(limit)}
        help_text = options["help_text"]
        options["help_text"] = format_html("{} {}", help_text, stated_limit) if help_text else stated_limit
        options["max_length"] = limit
        options.setdefault("widget", forms.Textarea(attrs={"rows": 8}))
        return MessageTextField(validators=[refuse_control_characters(allow_line_breaks=True)], **options)

    def create_email_field(self, field, options):
        # EmailField refuses line breaks, so a patient's address can safely become a Reply-To header.
        options["max_length"] = EMAIL_MAX_LENGTH
        return forms.EmailField(validators=[refuse_control_characters(allow_line_breaks=False)], **options)
