"""Who may read patients' messages, and which form pages' submissions each user sees.

Messages carry health information. Wagtail lets anyone who may edit a form page read its
submissions; here that is turned around for the message form: patient coordinators and superusers
read every message, whatever page rights they have (coordinators have none), and nobody else
does, however many pages they may edit.
"""

from django.db.models import Q
from wagtail.models import Page

from ..languages import source_language

READ_MESSAGES_PERMISSION = "casepages.view_patientmessage"


def can_read_patient_messages(user) -> bool:
    """True for active users with the permission to view patient messages (coordinators, superusers).

    setup_roles grants it to the patient coordinators' group only; Django caches a user's
    permissions for the request, so asking often costs nothing.
    """
    return user.is_authenticated and user.is_active and user.has_perm(READ_MESSAGES_PERMISSION)


def message_form_pages():
    """One message form page per form, whatever its languages: the one in the default language.

    The messages of every language version are listed and exported together (see
    MessageFormPage.get_submissions), so each form appears once in the coordinators' list. A form
    with no default-language version is listed under the first language it has.
    """
    from casepages.models import MessageFormPage

    pages = Page.objects.type(MessageFormPage)
    in_default_language = pages.filter(locale__language_code=source_language())
    others = pages.exclude(translation_key__in=in_default_language.values("translation_key"))
    first_of_others = {}
    for pk, key in others.order_by("locale_id", "pk").values_list("pk", "translation_key"):
        first_of_others.setdefault(key, pk)
    return Page.objects.filter(Q(pk__in=in_default_language.values("pk")) | Q(pk__in=first_of_others.values()))


def filter_form_pages(user, editable_forms):
    """The `filter_form_submissions_for_user` rule: message forms for coordinators only."""
    from casepages.models import MessageFormPage

    other_forms = editable_forms.not_type(MessageFormPage)
    if not can_read_patient_messages(user):
        return other_forms
    return Page.objects.filter(Q(pk__in=other_forms.values("pk")) | Q(pk__in=message_form_pages().values("pk")))
