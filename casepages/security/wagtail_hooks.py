"""Admin wiring for the security features: second-factor screens, their account link, audit actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied

from . import audit, views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/verify/", views.verify, name="casepages_two_factor_verify"),
        path("two-factor/enrol/", views.enrol, name="casepages_two_factor_enrol"),
        path("two-factor/recovery-codes/", views.recovery_codes, name="casepages_two_factor_recovery_codes"),
    ]


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request):
    return {
        "url": reverse("casepages_two_factor_recovery_codes"),
        "label": _("Two-factor recovery codes"),
        "help_text": _("See the recovery codes you have left, or make new ones."),
    }


@hooks.register("register_log_actions")
def register_security_log_actions(actions):
    for action, (label, message) in audit.ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("before_move_page")
def refuse_move_confirmation_without_move_rights(request, page, destination):
    """Wagtail 8 shows its move confirmation (page titles, translations) to anyone in the admin.

    Moving itself is checked when posted; the confirmation is now refused as well to whoever may
    not move the page there (found by tests/test_permission_matrix.py).
    """
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
