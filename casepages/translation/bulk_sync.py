"""Sync every translation at once, after a change that touches many stories (a glossary or a template).

What "Sync translated pages" does for one source (casepages.translation.views.sync_translations),
for all of them, a batch of sources at a time: each source object is read again from the database
(the published page, never a draft), its segments are refreshed in batches
(`segments.refresh_many`), and its translations' view restrictions follow the source's. Nothing is
published and no translation's text is touched: a translator sees in the status report which
translations now need work, and each goes through review as usual.

A source whose segments and content come out as before (apart from bookkeeping such as revision
ids and publishing times, `BOOKKEEPING_FIELDS`) is left as it is, its time of reading too, so its
translations stay live and current in the status report; only the sources that changed are marked
as read now, which is what makes their translations out of date.
"""

import json
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Exists, ForeignKey, OuterRef
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_all_child_relations, get_serializable_data_for_fields
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource

from ..upstream import extract_segments, get_schema_version
from ..workflow.publication import BOOKKEEPING_FIELDS, CHILD_BOOKKEEPING_FIELDS
from .segments import refresh_many

BATCH_SIZE = 100


@dataclass
class SyncReport:
    sources: int = 0  # sources read again
    changed: int = 0  # whose content or segments changed (their translations are now out of date)
    missing: list = field(default_factory=list)  # sources whose object no longer exists
    restrictions: int = 0  # translations whose view restrictions were brought in line


def sources_to_sync():
    """Every translation source with at least one enabled translation, in a stable order."""
    enabled = Translation.objects.filter(source=OuterRef("pk"), enabled=True)
    return TranslationSource.objects.filter(Exists(enabled)).order_by("pk")


def _related_to_select(model):
    """The forward foreign keys extraction reads: to translatable models, and the model's own."""
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, ForeignKey)
        and (issubclass(field.related_model, TranslatableMixin) or field.model is model)
        and not getattr(field.remote_field, "parent_link", False)
    ]


def _instances(sources):
    """{source id: the object it was read from}, one query per kind of object (and its child rows)."""
    groups = {}
    for source in sources:
        groups.setdefault((source.specific_content_type_id, source.locale_id), []).append(source)
    found = {}
    for (type_id, locale_id), group in groups.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        objects = model._default_manager.filter(
            translation_key__in=[source.object_id for source in group], locale_id=locale_id
        ).select_related(*_related_to_select(model))
        if issubclass(model, ClusterableModel):
            objects = objects.prefetch_related(*[relation.name for relation in get_all_child_relations(model)])
        by_key = {instance.translation_key: instance for instance in objects}
        for source in group:
            if source.object_id in by_key:
                found[source.pk] = by_key[source.object_id]
    return found


def _content_json(instance):
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def _content(content_json, instance):
    """A source's content as a visitor or a translation would see it: without bookkeeping, stream fields parsed."""
    data = {key: value for key, value in json.loads(content_json).items() if key not in BOOKKEEPING_FIELDS}
    for name in [each.name for each in instance._meta.concrete_fields if isinstance(each, StreamField)]:
        if isinstance(data.get(name), str):
            data[name] = json.loads(data[name])
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict) and "pk" in value[0]:
            data[key] = [
                {name: item for name, item in row.items() if name not in CHILD_BOOKKEEPING_FIELDS} for row in value
            ]
    return data


def _sync_view_restrictions(sources, instances):
    """Bring each translated page's view restrictions in line with its source page's, where either has one."""
    pages = {source.pk: instances[source.pk] for source in sources if isinstance(instances.get(source.pk), Page)}
    if not pages:
        return 0
    translations = Translation.objects.filter(source_id__in=list(pages), enabled=True)
    locales_of = {}
    for source_id, locale_id in translations.values_list("source_id", "target_locale_id"):
        locales_of.setdefault(source_id, set()).add(locale_id)
    keys = [pages[source_id].translation_key for source_id in locales_of]
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).exclude(
            locale_id__in={page.locale_id for page in pages.values()}
        )
    }
    restricted = set(
        PageViewRestriction.objects.filter(
            page_id__in=[page.pk for page in pages.values()] + [page.pk for page in targets.values()]
        ).values_list("page_id", flat=True)
    )
    synced = 0
    by_id = {source.pk: source for source in sources}
    for source_id, locale_ids in locales_of.items():
        original = pages[source_id]
        for locale_id in locale_ids:
            target = targets.get((original.translation_key, locale_id))
            if target is not None and (original.pk in restricted or target.pk in restricted):
                by_id[source_id].sync_view_restrictions(original, target.specific)
                synced += 1
    return synced


@transaction.atomic
def sync_batch(sources, report):
    """Read one batch of sources again; add to `report` what changed."""
    instances = _instances(sources)
    read, contents = [], {}
    for source in sources:
        instance = instances.get(source.pk)
        if instance is None:
            report.missing.append(source)
            continue
        contents[source.pk] = _content_json(instance)
        read.append((source, instance, list(extract_segments(instance))))
    changed = refresh_many(read)
    now = timezone.now()
    updated = []
    schema_versions = {}  # wagtail-localize reads the migrations table for each
    for source, instance, _values in read:
        content = contents[source.pk]
        app_label = instance._meta.app_label
        if app_label not in schema_versions:
            schema_versions[app_label] = get_schema_version(app_label)
        schema_version = schema_versions[app_label]
        same = (
            source.pk not in changed
            and source.schema_version == schema_version
            and _content(source.content_json, instance) == _content(content, instance)
        )
        if same:
            continue
        source.content_json, source.schema_version = content, schema_version
        source.object_repr, source.last_updated_at = str(instance)[:200], now
        updated.append(source)
    TranslationSource.objects.bulk_update(
        updated, ["content_json", "schema_version", "object_repr", "last_updated_at"], batch_size=BATCH_SIZE
    )
    report.sources += len(read)
    report.changed += len(updated)
    report.restrictions += _sync_view_restrictions([source for source, _i, _v in read], instances)


def sync_all(sources=None, *, batch_size=BATCH_SIZE, progress=None):
    """Sync every source in `sources` (all with enabled translations by default); never publishes."""
    sources = sources if sources is not None else sources_to_sync()
    report = SyncReport()
    last = 0
    while True:
        batch = list(sources.filter(pk__gt=last).order_by("pk")[:batch_size])
        if not batch:
            return report
        sync_batch(batch, report)
        last = batch[-1].pk
        if progress is not None:
            progress(len(batch))
