from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HospitalConfig(AppConfig):
    """The hospital's own site around the casepages plugin: its home and information pages, and the demo."""

    name = "hospital"
    verbose_name = _("International patients' site")
    default_auto_field = "django.db.models.BigAutoField"
