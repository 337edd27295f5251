"""The site's own pages around the plugin's: the international patients' home page and plain information pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from casepages.models import CaseIndexPage, CasePage


class HomePage(Page):
    """The landing page for international patients, one per language."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True, features=["bold", "italic", "link", "h2", "h3", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["casepages.CaseIndexPage", "casepages.MessageFormPage", "hospital.InformationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["case_index"] = CaseIndexPage.objects.live().child_of(self).first()
        context["latest_cases"] = (
            CasePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("condition", "treatment")
            .order_by("-first_published_at")[:3]
        )
        return context


class InformationPage(Page):
    """A plain page of text, such as the privacy notice the message form links to."""

    body = RichTextField(_("body"), features=["bold", "italic", "link", "h2", "h3", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["hospital.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
