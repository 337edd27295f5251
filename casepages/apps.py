from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasepagesConfig(AppConfig):
    name = "casepages"
    verbose_name = _("Patient case stories")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        withhold_locale_synchronisation()


def withhold_locale_synchronisation():
    """Take "Synchronise content from another locale" out of the locale settings.

    It fills a language's tree with live aliases of the source pages, so English (or unreviewed)
    content would go live under /zh-hans/ without any review; it also ignores
    WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE. Pages are translated one by one and reviewed.
    """
    from wagtail_localize.models import LocaleSynchronization

    from .upstream import LOCALE_COMPONENTS

    LOCALE_COMPONENTS[:] = [
        component for component in LOCALE_COMPONENTS if component["model"] is not LocaleSynchronization
    ]
