from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Connects the audit receivers and registers the deployment checks when Django starts."""

    name = "casepages.security"
    label = "casepages_security"
    verbose_name = _("Security")

    def ready(self):
        from . import audit, checks  # noqa: F401  (importing them connects receivers and checks)
