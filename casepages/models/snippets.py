"""Translatable snippets that case pages point at: conditions, treatments and glossary terms.

Conditions and treatments are shown to visitors (in the facts panel, the filters and the structured
data), so like pages they keep drafts and revisions and are published only by the review workflow.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomySnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A named, translated term used to group and filter case stories; reviewed before it goes live."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in filter links; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Condition(TaxonomySnippet):
    """A disease or diagnosis, such as systemic lupus erythematosus."""

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_condition_slug_per_locale")]


class Treatment(TaxonomySnippet):
    """A treatment a case received, such as CAR-T cell therapy."""

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("treatment")
        verbose_name_plural = _("treatments")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_treatment_slug_per_locale")]


class GlossaryTerm(TranslatableMixin, models.Model):
    """A medical term and, in each translation, the one rendering translators must use."""

    term = models.CharField(
        _("term"),
        max_length=200,
        help_text=_("In the source language, the term as written in stories; in a translation, the approved term."),
    )
    forbidden_variants = models.TextField(
        _("forbidden variants"),
        blank=True,
        help_text=_("Renderings that must not be used, one per line."),
    )
    note = models.TextField(_("note"), blank=True, help_text=_("Guidance for translators."))

    panels = [FieldPanel("term"), FieldPanel("forbidden_variants"), FieldPanel("note")]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("forbidden_variants"),
        TranslatableField("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return self.term

    @property
    def forbidden_list(self):
        return [line.strip() for line in self.forbidden_variants.splitlines() if line.strip()]
