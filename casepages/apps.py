from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasepagesConfig(AppConfig):
    name = "casepages"
    verbose_name = _("Patient case stories")
    default_auto_field = "django.db.models.BigAutoField"
