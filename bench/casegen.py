"""Generated case stories in bulk: N cases in English and Chinese, held exactly as the site holds them.

Each generated case is a `CasePage` under the English case index with a live revision, and its
Chinese translation: a `CasePage` under the Chinese index with the same `translation_key`, live,
with Chinese text. With `translation_memory`, the English page is also a wagtail-localize
translation source with its segments and their Chinese translations, and a `Translation` links
it to Chinese, as if a translator had done it; with `search_index`, both pages are in the search
index. The text of each case is one of the demo stories (`hospital.demo.content`), numbered, in
both languages, so pages are as long as real ones and the Chinese is real Chinese.

What is skipped, for speed, is the way through `Page.add_child()` and `publish()` one page at a
time (some fifty queries a page) and `create_or_update_translation()` (hundreds): the rows are
inserted in batches instead. So no page_published signal fires, no log entry or reference index
row is written, and no workflow state exists; public pages read none of these. The page cache is
emptied once at the end.

Generation is keyed on the case code (GEN-00001 …): running it again with a larger N adds the
missing cases only, so 1,000 can be topped up to 10,000.
"""

import datetime
import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

from casepages.cache import invalidate_pages
from casepages.models import CaseIndexPage, CasePage, Condition, ConsentRecord, Treatment
from hospital.demo import content as demo_content
from hospital.demo.loader import DemoTranslator

CODE_PREFIX = "GEN-"
SOURCE_LANGUAGE, TARGET_LANGUAGE = demo_content.LANGUAGES
# The first generated case is dated here, each next one six hours later: all older than the demo
# cases, so the index's first page stays as the demo site has it.
FIRST_PUBLISHED = datetime.datetime(2015, 1, 1, 9, 0, tzinfo=datetime.UTC)
SPACING = datetime.timedelta(hours=6)


def case_code(number):
    """The case code of the generated case with this number: GEN-00042."""
    return f"{CODE_PREFIX}{number:05d}"


def generated_numbers(locale):
    """The numbers of the generated cases that exist in a locale."""
    codes = CasePage.objects.filter(locale=locale, case_code__startswith=CODE_PREFIX).values_list(
        "case_code", flat=True
    )
    return {int(code.removeprefix(CODE_PREFIX)) for code in codes}


def in_language(value, language):
    """A demo content value with each {en, zh-hans} pair replaced by its text in `language`."""
    if isinstance(value, dict) and set(value) == set(demo_content.LANGUAGES):
        return value[language]
    if isinstance(value, dict):
        return {key: in_language(item, language) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(in_language(item, language) for item in value)
    return value


class _Site:
    """What every generated case points at, in both languages, looked up once."""

    def __init__(self):
        self.locales = {code: Locale.objects.get(language_code=code) for code in demo_content.LANGUAGES}
        self.indexes = {code: CaseIndexPage.objects.get(locale=locale) for code, locale in self.locales.items()}
        self.conditions = self._snippets(Condition)
        self.treatments = self._snippets(Treatment)
        self.consent = self._consent()
        self.content_type = ContentType.objects.get_for_model(CasePage)
        self.page_content_type = ContentType.objects.get_for_model(Page)
        self.texts = DemoTranslator(self.locales[TARGET_LANGUAGE]).texts

    def _snippets(self, model):
        """{slug: {language: snippet}}, the Chinese one found through its translation key."""
        by_key = {}
        for snippet in model.objects.filter(locale__in=self.locales.values()).select_related("locale"):
            by_key.setdefault(snippet.translation_key, {})[snippet.locale.language_code] = snippet
        return {found[SOURCE_LANGUAGE].slug: found for found in by_key.values() if SOURCE_LANGUAGE in found}

    def _consent(self):
        consent, created = ConsentRecord.objects.get_or_create(
            document_reference="CONSENT-GENERATED",
            defaults={"patient_alias": "Patient G", "date_given": datetime.date(2024, 1, 1)},
        )
        if created:
            consent.covered_locales.set(self.locales.values())
        return consent


def _titles(template, number):
    return {
        SOURCE_LANGUAGE: f"{template['title'][SOURCE_LANGUAGE]} – generated {number}",
        TARGET_LANGUAGE: f"{template['title'][TARGET_LANGUAGE]}（生成病例{number}）",
    }


def _case(site, number, language, translation_key, now):
    """An unsaved CasePage for generated case `number` in `language`, with its place in the tree."""
    template = demo_content.CASES[number % len(demo_content.CASES)]
    index = site.indexes[language]
    published = FIRST_PUBLISHED + SPACING * number
    title = _titles(template, number)[language]
    slug = f"gen-{number}"  # unpadded: "Gen 00002" would read as a postal code to the privacy check
    return CasePage(
        title=title,
        draft_title=title,
        slug=slug,
        url_path=f"{index.url_path}{slug}/",
        depth=index.depth + 1,
        numchild=0,
        content_type=site.content_type,
        locale=site.locales[language],
        translation_key=translation_key,
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=now,
        latest_revision_created_at=now,
        case_code=case_code(number),
        summary=in_language(template["summary"], language),
        patient_alias=in_language(template["patient_alias"], language),
        gender=template["gender"],
        age_at_onset=template["age_at_onset"],
        nationality=template["nationality"],
        condition=site.conditions[template["condition"]][language],
        treatment=site.treatments[template["treatment"]][language],
        onset_date=template["onset_date"],
        treatment_date=template["treatment_date"],
        follow_up_visits=template["follow_up_visits"],
        outcome_summary=in_language(template["outcome_summary"], language),
        body=[(block_type, in_language(value, language)) for block_type, value in template["body"]],
        consent=site.consent,
    )


def _insert_pages(site, cases, language, now, revisions):
    """Insert the cases under their language's index: the Page rows, the CasePage rows, a live revision each."""
    index = Page.objects.select_for_update().get(pk=site.indexes[language].pk)
    last_child = index.get_last_child()
    position = last_child._get_lastpos_in_path() if last_child else 0
    for offset, case in enumerate(cases, start=1):
        case.path = CasePage._get_path(index.path, index.depth + 1, position + offset)

    # Django's bulk_create refuses multi-table models; the parent rows are plain Page rows, and the
    # CasePage rows are then inserted with Django's own insert query, as bulk_create does inside.
    page_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    pages = Page.objects.bulk_create([Page(**{name: getattr(case, name) for name in page_fields}) for case in cases])
    for case, page in zip(cases, pages, strict=True):
        case.pk = case.id = case.page_ptr_id = page.pk
    CasePage._base_manager._insert(cases, fields=CasePage._meta.local_concrete_fields)

    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(cases))
    if revisions:
        _add_live_revisions(site, cases, now)


def _add_live_revisions(site, cases, now):
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=site.content_type,
                base_content_type=site.page_content_type,
                object_id=str(case.pk),
                content=case.serializable_data(),
                object_str=case.title,
                created_at=now,
            )
            for case in cases
        ]
    )
    for case, revision in zip(cases, revisions, strict=True):
        case.latest_revision = case.live_revision = revision
    # One plain UPDATE per page: Django's bulk_update builds a CASE expression that costs more than the rows.
    table = connection.ops.quote_name(Page._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET latest_revision_id = %s, live_revision_id = %s WHERE id = %s",
            [(case.latest_revision.pk, case.live_revision.pk, case.pk) for case in cases],
        )


def _translation_sources(cases, locale):
    """What wagtail-localize's `TranslationSource.get_or_create_from_instance()` does, for a batch of new pages.

    Its own way takes one to three queries per segment (`refresh_segments()`, wagtail-localize#932),
    some 250 per case; here each kind of row is inserted once per batch. The rows are the same:
    wagtail-localize's extraction gives the segments, and its own hashing names the strings,
    templates and contexts (tests/test_performance.py checks this against `refresh_segments()`).
    """
    page_type = ContentType.objects.get_for_model(Page)
    TranslatableObject.objects.bulk_create(
        [TranslatableObject(translation_key=case.translation_key, content_type=page_type) for case in cases],
        ignore_conflicts=True,
    )
    now = timezone.now()
    schema_version = get_schema_version(CasePage._meta.app_label)
    sources = TranslationSource.objects.bulk_create(
        [
            TranslationSource(
                object_id=case.translation_key,
                specific_content_type=ContentType.objects.get_for_model(CasePage),
                locale=locale,
                object_repr=str(case)[:200],
                content_json=case.to_json(),
                schema_version=schema_version,
                last_updated_at=now,
            )
            for case in cases
        ]
    )
    extracted = [(source, extract_segments(case)) for source, case in zip(sources, cases, strict=True)]
    values = [(source, value) for source, segments in extracted for value in segments]

    strings = _get_or_create(
        String,
        "data_hash",
        {
            String._get_data_hash(value.string.data): {"locale": locale, "data": value.string.data}
            for _source, value in values
            if isinstance(value, StringSegmentValue)
        },
        locale=locale,
    )
    templates = _get_or_create(
        Template,
        "uuid",
        {
            _template_uuid(value): {
                "template": value.template,
                "template_format": value.format,
                "string_count": value.string_count,
            }
            for _source, value in values
            if isinstance(value, TemplateSegmentValue)
        },
    )
    related = {
        (value.content_type.pk, value.translation_key)
        for _source, value in values
        if isinstance(value, RelatedObjectSegmentValue)
    }
    TranslatableObject.objects.bulk_create(
        [TranslatableObject(content_type_id=type_id, translation_key=key) for type_id, key in related],
        ignore_conflicts=True,
    )

    # One context per place in a page: a rich text's template and its strings share theirs.
    paths = list(dict.fromkeys((source.object_id, value.path) for source, value in values))
    created = TranslationContext.objects.bulk_create(
        [
            TranslationContext(object_id=object_id, path=path, path_id=TranslationContext._get_path_id(path))
            for object_id, path in paths
        ]
    )
    contexts = dict(zip(paths, created, strict=True))
    segments = {StringSegment: [], TemplateSegment: [], RelatedObjectSegment: [], OverridableSegment: []}
    for source, value in values:
        common = {"source": source, "context": contexts[source.object_id, value.path], "order": value.order}
        if isinstance(value, TemplateSegmentValue):
            segments[TemplateSegment].append(TemplateSegment(template_id=templates[_template_uuid(value)], **common))
        elif isinstance(value, RelatedObjectSegmentValue):
            segments[RelatedObjectSegment].append(RelatedObjectSegment(object_id=value.translation_key, **common))
        elif isinstance(value, OverridableSegmentValue):
            segments[OverridableSegment].append(
                OverridableSegment(data_json=json.dumps(value.data, cls=DjangoJSONEncoder), **common)
            )
        else:
            segments[StringSegment].append(
                StringSegment(
                    string_id=strings[String._get_data_hash(value.string.data)],
                    attrs=json.dumps(value.attrs, cls=DjangoJSONEncoder),
                    **common,
                )
            )
    for model, rows in segments.items():
        model.objects.bulk_create(rows)
    return sources


def _template_uuid(value):
    # As Template.from_value names a template.
    return uuid.uuid5(uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format), value.template)


def _get_or_create(model, key_field, rows_by_key, **filters):
    """{key: id} for rows of `model` keyed by `key_field`, inserting those missing in one query."""
    model.objects.bulk_create(
        [model(**{key_field: key}, **fields) for key, fields in rows_by_key.items()], ignore_conflicts=True
    )
    found = model.objects.filter(**{f"{key_field}__in": list(rows_by_key)}, **filters).values_list(key_field, "pk")
    return dict(found)


def _translation_memory(site, english_cases, chinese_cases):
    """Make each English case a translation source whose segments all have their Chinese translation."""
    target = site.locales[TARGET_LANGUAGE]
    sources = _translation_sources(english_cases, site.locales[SOURCE_LANGUAGE])
    Translation.objects.bulk_create(
        [Translation(source=source, target_locale=target, enabled=True) for source in sources], ignore_conflicts=True
    )
    texts = dict(site.texts)
    for english, chinese in zip(english_cases, chinese_cases, strict=True):
        texts[english.title] = chinese.title
    translations = []
    for segment in StringSegment.objects.filter(source__in=sources).select_related("string", "context"):
        english = segment.string.data
        translations.append(
            StringTranslation(
                translation_of=segment.string,
                locale=target,
                context=segment.context,
                # Slugs stay as they are, as in the demo: the same path in both languages.
                data=texts.get(english, english),
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        )
    StringTranslation.objects.bulk_create(translations, ignore_conflicts=True)


def generate_cases(total, *, batch_size=200, revisions=True, translation_memory=True, search_index=True, progress=None):
    """Bring the generated case stories up to `total` in both languages; return how many were added.

    `revisions`, `translation_memory` and `search_index` may be left out where only the public
    pages matter (tests); `progress`, if given, is called with the number of cases done after each
    batch.
    """
    site = _Site()
    existing = generated_numbers(site.locales[SOURCE_LANGUAGE])
    missing = [number for number in range(1, total + 1) if number not in existing]
    backend = get_search_backend() if search_index else None
    for start in range(0, len(missing), batch_size):
        numbers = missing[start : start + batch_size]
        with transaction.atomic():
            now = timezone.now()
            keys = [uuid.uuid4() for _number in numbers]
            english = [_case(site, n, SOURCE_LANGUAGE, key, now) for n, key in zip(numbers, keys, strict=True)]
            _insert_pages(site, english, SOURCE_LANGUAGE, now, revisions)
            chinese_time = timezone.now()
            chinese = [_case(site, n, TARGET_LANGUAGE, key, chinese_time) for n, key in zip(numbers, keys, strict=True)]
            if translation_memory:
                _translation_memory(site, english, chinese)
                # A translation published before its source was last read would count as out of date.
                chinese_time = timezone.now()
                for case in chinese:
                    case.last_published_at = case.latest_revision_created_at = chinese_time
            _insert_pages(site, chinese, TARGET_LANGUAGE, chinese_time, revisions)
            if backend is not None:
                backend.add_bulk(CasePage, english + chinese)
        if progress is not None:
            progress(len(numbers))
    if missing:
        invalidate_pages()
    return len(missing)
