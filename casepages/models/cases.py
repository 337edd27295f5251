"""Case stories and the index that lists them."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import search
from ..blocks import CaseStoryBlock
from ..checks import is_letter_alias
from .consent import ALIAS_MESSAGE
from .snippets import Condition, Treatment

CASES_PER_PAGE = 12


@dataclass
class FilterOption:
    """One choice of a case index filter, with the number of cases it would show."""

    slug: str
    name: str
    case_count: int = 0


class CountedPaginator(Paginator):
    """A paginator given its count, when the caller has counted already, instead of asking the database again."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.count = count  # replaces Paginator's cached property


def page_of(paginator, request):
    """The page `?page=` asks for: the first when it names none or no number, the last when past the end."""
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class CaseIndexPage(Page):
    """Lists the live case stories of its language, newest first, filterable."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    subpage_types = ["casepages.CasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case index page")

    def live_cases(self):
        """The live case stories under this index that anyone may read: the ones of its language.

        A story behind a password or a sign-in is left out, or its title and summary would show here.
        """
        return CasePage.objects.live().public().child_of(self)

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

        # One grouped query counts every (condition, treatment) pair among the searched cases; the
        # options of both filters and the number of results all follow from it.
        pairs = list(
            cases.order_by()
            .values("condition__slug", "condition__name", "treatment__slug", "treatment__name")
            .annotate(case_count=Count("pk"))
        )
        if search_ids is None:
            result_count = sum(
                pair["case_count"]
                for pair in pairs
                if (not condition_slug or pair["condition__slug"] == condition_slug)
                and (not treatment_slug or pair["treatment__slug"] == treatment_slug)
            )
            newest_first = filtered.select_related("condition", "treatment").order_by("-first_published_at", "-pk")
            page = page_of(CountedPaginator(newest_first, CASES_PER_PAGE, count=result_count), request)
        else:
            # Results keep the search's order of relevance: the ids are paged here, and only the
            # cases of the page shown are loaded.
            if condition_slug or treatment_slug:
                kept = set(filtered.values_list("pk", flat=True))
                search_ids = [pk for pk in search_ids if pk in kept]
            page = page_of(Paginator(search_ids, CASES_PER_PAGE), request)
            loaded = filtered.select_related("condition", "treatment").in_bulk(page.object_list)
            page.object_list = [loaded[pk] for pk in page.object_list if pk in loaded]

        active_filters = {
            key: value
            for key, value in (("q", search_query), ("condition", condition_slug), ("treatment", treatment_slug))
            if value
        }
        return {
            "cases": page,
            "filter_query": urlencode(active_filters),
            "paginator": page.paginator,
            "search_query": search_query,
            "selected_condition": condition_slug,
            "selected_treatment": treatment_slug,
            "condition_options": self._options(
                Condition, "condition", pairs, condition_slug, ("treatment", treatment_slug)
            ),
            "treatment_options": self._options(
                Treatment, "treatment", pairs, treatment_slug, ("condition", condition_slug)
            ),
        }

    def _options(self, model, field, pairs, selected_slug, other_filter):
        """The options of one filter, each counting the cases it would show combined with the other filter."""
        other_field, other_slug = other_filter
        options = {}
        for pair in pairs:
            if other_slug and pair[f"{other_field}__slug"] != other_slug:
                continue
            slug = pair[f"{field}__slug"]
            option = options.setdefault(slug, FilterOption(slug=slug, name=pair[f"{field}__name"]))
            option.case_count += pair["case_count"]
        if selected_slug and selected_slug not in options:
            # The chosen option stays in the list even at zero, so the form still shows what was chosen.
            chosen = model.objects.filter(locale_id=self.locale_id, slug=selected_slug).first()
            if chosen:
                options[chosen.slug] = FilterOption(slug=chosen.slug, name=chosen.name)
        return sorted(options.values(), key=lambda option: option.name.casefold())

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
        help_text=_(
            "How the story names the patient, never their real name: a title with one or two capital letters, "
            "e.g. “Ms. A”, “Patient C”, “A女士”, “患者A”."
        ),
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

    def permissions_for_user(self, user):
        from .leaf_permissions import LeafPagePermissionTester

        return LeafPagePermissionTester(user, self)

    class Meta:
        verbose_name = _("case page")

    def clean(self):
        super().clean()
        errors = {}
        if self.onset_date and self.treatment_date and self.onset_date > self.treatment_date:
            errors["treatment_date"] = _("The treatment at our hospital cannot come before the illness began.")
        if self.patient_alias and not is_letter_alias(self.patient_alias):
            errors["patient_alias"] = ALIAS_MESSAGE
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
