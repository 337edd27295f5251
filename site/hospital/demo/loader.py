"""Loads the demo site: the page tree, snippets and case stories in English, translated into Chinese.

The Chinese pages are real wagtail-localize translations of the English ones: each English object
becomes a translation source, every one of its segments gets its Chinese text from
`demo_content`, and the translation is saved through wagtail-localize, so the two are linked by
`translation_key` exactly as if a translator had done it in the admin.

Loading is keyed on stable identifiers (case code or slug, plus locale) and only ever creates:
what already exists is left as it is, so running it twice changes nothing, and an editor's
changes to demo pages survive a reload.
"""

from dataclasses import dataclass, field
from datetime import datetime, time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from casepages.models import (
    CaseIndexPage,
    CasePage,
    Condition,
    ConsentRecord,
    GlossaryTerm,
    MessageFormField,
    MessageFormPage,
    Treatment,
)
from casepages.roles import group_names
from casepages.workflow.publication import imported

from ..models import HomePage, InformationPage
from . import content

SOURCE_LANGUAGE, TARGET_LANGUAGE = content.LANGUAGES

# One demo account per role; the passwords are documented in the README.
DEMO_USERS = {
    "admin": {"password": "admin-demo", "groups": [], "superuser": True},
    "editor": {"password": "editor-demo", "groups": ["editors"]},
    "translator": {"password": "translator-demo", "groups": ["translators:zh-hans"]},
    "reviewer": {"password": "reviewer-demo", "groups": ["reviewers"]},
    "coordinator": {"password": "coordinator-demo", "groups": ["coordinators"]},
}


class MissingDemoTranslation(Exception):
    """The demo content has no Chinese text for an English string the page holds."""


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)

    def note(self, created, label):
        (self.created if created else self.existing).append(label)


def load_demo_content() -> LoadReport:
    """Create whatever part of the demo site does not exist yet, in both languages.

    What it publishes is cleared as imported demo content (see workflow/publication.py); a change
    made to it afterwards goes through the review workflow like any other.
    """
    with imported("demo content"):
        return _load_demo_content()


def _load_demo_content() -> LoadReport:
    report = LoadReport()
    # No transaction around the whole load: wagtail-localize publishes translations when the
    # transaction commits, from revisions that would by then hold stale tree data. Each step is
    # committed as it goes, and a load that stops half-way is completed by running it again.
    source_locale, _ = Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
    target_locale, _ = Locale.objects.get_or_create(language_code=TARGET_LANGUAGE)
    translator = DemoTranslator(target_locale)

    home = _home_page(source_locale, report)
    translator.translate(home, report)

    conditions = {
        item["slug"]: _snippet(Condition, item, source_locale, translator, report) for item in content.CONDITIONS
    }
    treatments = {
        item["slug"]: _snippet(Treatment, item, source_locale, translator, report) for item in content.TREATMENTS
    }
    for item in content.GLOSSARY:
        _glossary_term(item, source_locale, translator, report)

    privacy = _privacy_page(home, report)
    translator.translate(privacy, report)
    form_page = _message_form_page(home, privacy, report)
    translator.translate(form_page, report)

    case_index = _case_index(home, report)
    translator.translate(case_index, report)
    for case in content.CASES:
        page = _case_page(case_index, case, conditions, treatments, [source_locale, target_locale], report)
        translator.translate(page, report, first_published=case["published"])

    _demo_users(report)
    return report


class DemoTranslator:
    """Fills wagtail-localize's translation memory from the demo content and saves the translation."""

    def __init__(self, target_locale):
        self.target_locale = target_locale
        self.texts = _parallel_texts()

    def translate(self, instance, report, first_published=None):
        model = type(instance)
        if model.objects.filter(translation_key=instance.translation_key, locale=self.target_locale).exists():
            report.note(False, f"{TARGET_LANGUAGE}: {instance}")
            return
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        Translation.objects.get_or_create(source=source, target_locale=self.target_locale, defaults={"enabled": True})
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.target_locale,
                context=segment.context,
                defaults={
                    "data": self._chinese(segment),
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translated, _ = source.create_or_update_translation(self.target_locale, publish=True)
        if first_published is not None:
            _backdate(translated, first_published)
        report.note(True, f"{TARGET_LANGUAGE}: {translated}")

    def _chinese(self, segment):
        text = segment.string.data
        if text in self.texts:
            return self.texts[text]
        if segment.context.path.endswith("slug"):
            return text
        raise MissingDemoTranslation(f"No Chinese text for {segment.context.path}: {text!r}")


def _parallel_texts():
    """Every English string of the demo content with its Chinese counterpart."""
    texts = {}

    def collect(value):
        if isinstance(value, dict):
            if set(value) == set(content.LANGUAGES):
                english, chinese = value[SOURCE_LANGUAGE], value[TARGET_LANGUAGE]
                if english:
                    for english_part, chinese_part in zip(
                        _html_paragraphs(english), _html_paragraphs(chinese), strict=True
                    ):
                        texts[english_part] = chinese_part
                        # wagtail-localize keeps a multi-line text field as one segment, newlines as <br/>.
                        texts[english_part.replace("\n", "<br/>")] = chinese_part.replace("\n", "<br/>")
                return
            for item in value.values():
                collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)

    for name in ("HOME", "CASE_INDEX", "PRIVACY_PAGE", "MESSAGE_FORM", "CONDITIONS", "TREATMENTS", "GLOSSARY", "CASES"):
        collect(getattr(content, name))
    return texts


def _html_paragraphs(text):
    """wagtail-localize segments rich text by paragraph, without the <p> tags."""
    if text.startswith("<p>") and text.endswith("</p>"):
        return [text[3:-4]]
    return [text]


def _backdate(page, published_on):
    # Only the listing order moves back in time; last_published_at stays true for out-of-date checks.
    first_published = datetime.combine(published_on, time.min, tzinfo=timezone.get_current_timezone())
    Page.objects.filter(pk=page.pk).update(first_published_at=first_published)


def _home_page(locale, report):
    home = HomePage.objects.filter(locale=locale).first()
    created = home is None
    if created:
        root = Page.get_first_root_node()
        # Wagtail's installer leaves a placeholder "Welcome" page as the site root; ours replaces it.
        for placeholder in root.get_children().filter(depth=2, content_type__model="page", slug="home"):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title=content.HOME["title"][SOURCE_LANGUAGE],
                introduction=content.HOME["introduction"][SOURCE_LANGUAGE],
                slug="home",
                locale=locale,
            )
        )
        home.save_revision().publish()
    report.note(created, f"{SOURCE_LANGUAGE}: {home}")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=content.HOME["title"][SOURCE_LANGUAGE],
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = content.HOME["title"][SOURCE_LANGUAGE]
        site.save()
    return home


def _child_page(parent, model, slug, build, report):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        report.note(False, f"{SOURCE_LANGUAGE}: {page}")
        return page
    page = parent.add_child(instance=build())
    page.save_revision().publish()
    report.note(True, f"{SOURCE_LANGUAGE}: {page}")
    return page


def _english(value):
    return value[SOURCE_LANGUAGE]


def _privacy_page(home, report):
    data = content.PRIVACY_PAGE
    return _child_page(
        home,
        InformationPage,
        data["slug"],
        lambda: InformationPage(
            title=_english(data["title"]), slug=data["slug"], body="".join(_english(p) for p in data["body"])
        ),
        report,
    )


def _message_form_page(home, privacy, report):
    data = content.MESSAGE_FORM

    def build():
        page = MessageFormPage(
            title=_english(data["title"]),
            slug=data["slug"],
            introduction=_english(data["introduction"]),
            thank_you_text=_english(data["thank_you_text"]),
            subject=_english(data["subject"]),
            to_address=data["to_address"],
            from_address=data["from_address"],
            reply_within_days=data["reply_within_days"],
            privacy_page=privacy,
        )
        page.form_fields = [
            MessageFormField(
                sort_order=order,
                clean_name=spec["clean_name"],
                field_type=spec["field_type"],
                required=spec["required"],
                label=_english(spec["label"]),
                help_text=_english(spec["help_text"]) if spec.get("help_text") else "",
                choices=_english(spec["choices"]) if spec.get("choices") else "",
                default_value=_english(spec["default_value"]) if spec.get("default_value") else "",
            )
            for order, spec in enumerate(data["fields"])
        ]
        return page

    return _child_page(home, MessageFormPage, data["slug"], build, report)


def _case_index(home, report):
    data = content.CASE_INDEX
    return _child_page(
        home,
        CaseIndexPage,
        data["slug"],
        lambda: CaseIndexPage(
            title=_english(data["title"]), slug=data["slug"], introduction=_english(data["introduction"])
        ),
        report,
    )


def _case_page(case_index, case, conditions, treatments, locales, report):
    existing = CasePage.objects.filter(case_code=case["case_code"], locale=case_index.locale).first()
    if existing is not None:
        report.note(False, f"{SOURCE_LANGUAGE}: {existing}")
        return existing
    consent = ConsentRecord.objects.filter(document_reference=case["consent"]["document_reference"]).first()
    if consent is None:
        consent = ConsentRecord.objects.create(patient_alias=_english(case["patient_alias"]), **case["consent"])
        consent.covered_locales.set(locales)
    page = case_index.add_child(
        instance=CasePage(
            title=_english(case["title"]),
            slug=case["slug"],
            case_code=case["case_code"],
            summary=_english(case["summary"]),
            patient_alias=_english(case["patient_alias"]),
            gender=case["gender"],
            age_at_onset=case["age_at_onset"],
            nationality=case["nationality"],
            condition=conditions[case["condition"]],
            treatment=treatments[case["treatment"]],
            onset_date=case["onset_date"],
            treatment_date=case["treatment_date"],
            follow_up_visits=case["follow_up_visits"],
            outcome_summary=_english(case["outcome_summary"]),
            body=[(block_type, _english_block(value)) for block_type, value in case["body"]],
            consent=consent,
        )
    )
    page.save_revision().publish()
    _backdate(page, case["published"])
    report.note(True, f"{SOURCE_LANGUAGE}: {page}")
    return page


def _english_block(value):
    """A block's value with each {en, zh-hans} pair replaced by its English text."""
    if isinstance(value, dict) and set(value) == set(content.LANGUAGES):
        return value[SOURCE_LANGUAGE]
    if isinstance(value, dict):
        return {key: _english_block(item) for key, item in value.items()}
    return value


def _snippet(model, item, locale, translator, report):
    snippet = model.objects.filter(slug=item["slug"], locale=locale).first()
    created = snippet is None
    if created:
        snippet = model.objects.create(
            slug=item["slug"], name=_english(item["name"]), description=_english(item["description"]), locale=locale
        )
    report.note(created, f"{SOURCE_LANGUAGE}: {snippet}")
    translator.translate(snippet, report)
    return snippet


def _glossary_term(item, locale, translator, report):
    term = GlossaryTerm.objects.filter(term=_english(item["term"]), locale=locale).first()
    created = term is None
    if created:
        term = GlossaryTerm.objects.create(
            term=_english(item["term"]),
            forbidden_variants=_english(item["forbidden_variants"]),
            note=_english(item["note"]),
            locale=locale,
        )
    report.note(created, f"{SOURCE_LANGUAGE}: {term}")
    translator.translate(term, report)


def _demo_users(report):
    User = get_user_model()
    for username, spec in DEMO_USERS.items():
        user = User.objects.filter(username=username).first()
        if user is not None:
            report.note(False, f"user {username}")
            continue
        user = User(username=username, email=f"{username}@hospital.example", is_staff=spec.get("superuser", False))
        user.is_superuser = spec.get("superuser", False)
        user.first_name = username.capitalize()
        user.last_name = "Demo"
        user.set_password(spec["password"])
        user.save()
        # The groups' permissions come from setup_roles; here the user only joins them.
        user.groups.set([Group.objects.get_or_create(name=group_names()[key])[0] for key in spec["groups"]])
        report.note(True, f"user {username}")
