from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasepagesWorkflowConfig(AppConfig):
    """The review workflow's automatic checks and records; a separate app so its tasks have their own migrations."""

    name = "casepages.workflow"
    label = "casepages_workflow"
    verbose_name = _("Case story review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401
