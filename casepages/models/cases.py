"""Case stories and the index that lists them."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import search
from ..blocks import CaseStoryBlock
from .snippets import Condition, Treatment

CASES_PER_PAGE = 12


class CaseIndexPage(Page):
    """Lists the live case stories of its language, newest first, filterable."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["casepages.HomePage"]
    subpage_types = ["casepages.CasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case index page")

    def live_cases(self):
        """The live case stories under this index: the ones of its language."""
        return CasePage.objects.live().child_of(self)

    def get_cases(self, request):
        """The page of cases to show for this request's search and filters, with the filter choices and counts.

        Search (`q`), condition and treatment combine; each filter option counts the cases it would
        show together with the search and the other filter, and the whole state stays in the URL.
        """
        cases = self.live_cases()
        search_query = " ".join(request.GET.get("q", "").split())[: search.MAX_QUERY_LENGTH]
        condition_slug = request.GET.get("condition", "")
        treatment_slug = request.GET.get("treatment", "")

        search_ids = None
        if search_query:
            search_ids = search.matching_ids(cases, search_query)
            cases = cases.filter(pk__in=search_ids)
        filtered = cases
        if condition_slug:
            filtered = filtered.filter(condition__slug=condition_slug)
        if treatment_slug:
            filtered = filtered.filter(treatment__slug=treatment_slug)
        filtered = filtered.select_related("condition", "treatment")
        if search_ids is not None:
            filtered = search.in_order_of(filtered, search_ids)
        else:
            filtered = filtered.order_by("-first_published_at", "-pk")

        paginator = Paginator(filtered, CASES_PER_PAGE)
        try:
            page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)

        # Each option counts the cases it would show combined with the other active filter.
        by_treatment = cases.filter(treatment__slug=treatment_slug) if treatment_slug else cases
        by_condition = cases.filter(condition__slug=condition_slug) if condition_slug else cases
        active_filters = {
            key: value
            for key, value in (("q", search_query), ("condition", condition_slug), ("treatment", treatment_slug))
            if value
        }
        return {
            "cases": page,
            "filter_query": urlencode(active_filters),
            "paginator": paginator,
            "search_query": search_query,
            "selected_condition": condition_slug,
            "selected_treatment": treatment_slug,
            "condition_options": self._options(Condition, "casepage", by_treatment, condition_slug),
            "treatment_options": self._options(Treatment, "casepage", by_condition, treatment_slug),
        }

    def _options(self, model, related_name, cases, selected_slug):
        ids = cases.values("pk")
        return (
            model.objects.filter(locale_id=self.locale_id)
            .annotate(case_count=Count(related_name, filter=Q(**{f"{related_name}__in": ids})))
            # The chosen option stays in the list even at zero, so the form still shows what was chosen.
            .filter(Q(case_count__gt=0) | Q(slug=selected_slug))
            .order_by("name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_cases(request))
        return context


class CasePage(Page):
    """One patient's case story, with the facts as structured fields and the story as blocks."""

    GENDER_CHOICES = [("female", _("Female")), ("male", _("Male"))]

    case_code = models.CharField(
        _("case code"),
        max_length=20,
        help_text=_("The hospital's reference for this story, e.g. SLE-03. The same in every language."),
    )
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in lists and search results.")
    )
    patient_alias = models.CharField(
        _("patient alias"),
        max_length=60,
        help_text=_("How the story names the patient, never their real name: e.g. “Ms. A”."),
    )
    gender = models.CharField(_("gender"), max_length=10, choices=GENDER_CHOICES)
    age_at_onset = models.PositiveSmallIntegerField(
        _("age at onset"),
        validators=[MinValueValidator(0), MaxValueValidator(120)],
        help_text=_("In whole years, when the illness began."),
    )
    nationality = models.CharField(
        _("nationality"),
        max_length=2,
        help_text=_("Two-letter country code, e.g. CN; the page shows the country's name in its language."),
    )
    condition = models.ForeignKey(
        Condition, verbose_name=_("condition"), on_delete=models.PROTECT, related_name="casepage"
    )
    treatment = models.ForeignKey(
        Treatment, verbose_name=_("treatment"), on_delete=models.PROTECT, related_name="casepage"
    )
    onset_date = models.DateField(_("onset"), help_text=_("Only the month and year are shown."))
    treatment_date = models.DateField(_("treatment at our hospital"), help_text=_("Only the month and year are shown."))
    follow_up_visits = models.PositiveSmallIntegerField(_("follow-up visits"), default=0)
    outcome_summary = models.TextField(_("outcome"), help_text=_("How the patient is now, in plain words."))
    body = StreamField(CaseStoryBlock(), verbose_name=_("story"))
    consent = models.ForeignKey(
        "casepages.ConsentRecord",
        verbose_name=_("consent record"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="case_pages",
        help_text=_("The patient's signed consent to publish this story."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("case_code"), FieldPanel("patient_alias")]),
                FieldRowPanel([FieldPanel("gender"), FieldPanel("age_at_onset"), FieldPanel("nationality")]),
            ],
            heading=_("Patient"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("condition"), FieldPanel("treatment")]),
                FieldRowPanel([FieldPanel("onset_date"), FieldPanel("treatment_date")]),
                FieldRowPanel([FieldPanel("follow_up_visits")]),
                FieldPanel("outcome_summary"),
            ],
            heading=_("Treatment"),
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("consent")], heading=_("Review")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("patient_alias"),
        index.SearchField("outcome_summary"),
        index.SearchField("body"),
        index.RelatedFields("condition", [index.SearchField("name")]),
        index.RelatedFields("treatment", [index.SearchField("name")]),
        # Chinese split into characters and character pairs, which the database's tokenisers
        # cannot do (see casepages/search.py); empty for English pages.
        index.SearchField("search_segmented_text"),
        index.FilterField("condition"),
        index.FilterField("treatment"),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [
        SynchronizedField("case_code"),
        SynchronizedField("nationality"),
    ]

    parent_page_types = ["casepages.CaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case page")

    def clean(self):
        super().clean()
        errors = {}
        if self.onset_date and self.treatment_date and self.onset_date > self.treatment_date:
            errors["treatment_date"] = _("The treatment at our hospital cannot come before the illness began.")
        if self.nationality and not (len(self.nationality) == 2 and self.nationality.isalpha()):
            errors["nationality"] = _("Enter a two-letter country code such as CN or RU.")
        else:
            self.nationality = self.nationality.upper()
        if self.case_code and self.locale_id:
            clash = CasePage.objects.filter(case_code=self.case_code, locale_id=self.locale_id)
            if self.translation_key:
                clash = clash.exclude(translation_key=self.translation_key)
            if clash.exists():
                errors["case_code"] = _("Another case story already uses this case code.")
        if errors:
            raise ValidationError(errors)

    def search_segmented_text(self):
        """This story's text with its Chinese split into searchable pieces, for the search index."""
        texts = [self.title, self.summary, self.patient_alias, self.outcome_summary]
        texts += self._meta.get_field("body").get_searchable_content(self.body)
        texts += [self.condition.name if self.condition_id else "", self.treatment.name if self.treatment_id else ""]
        return search.han_index_text(texts)

    def get_message_form_page(self):
        """The message form of this page's language, so the call to action stays in one language."""
        from .messages import MessageFormPage

        return MessageFormPage.objects.live().filter(locale_id=self.locale_id).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["message_form_page"] = self.get_message_form_page()
        return context
