"""wagtail-localize's reading of a source object into segments, in a fixed number of queries.

`TranslationSource.refresh_segments()` gets or creates each string, context and segment with queries
of their own (three to five per segment: some 760 queries to sync a story of 40 blocks,
wagtail-localize#932). `refresh_segments` here makes the same rows the same way, each kind in one
batch: wagtail-localize's extraction gives the segments, its own hashing names the strings,
templates and contexts, its own `get_field_path` fills in where each context sits in the page, and
a segment that is unchanged keeps its row, as with `get_or_create`. tests/test_staff_speed.py
checks the rows against wagtail-localize's own refresh.

`update_from_db` is `TranslationSource.update_from_db()` with this refresh: what "Sync translated
pages" does before it updates the translations.
"""

import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
)

from ..upstream import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
    extract_segments,
    get_schema_version,
)


def _template_uuid(value):
    # As Template.from_value names a template.
    return uuid.uuid5(uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format), value.template)


def _get_or_create(model, key_field, rows_by_key, **filters):
    """{key: id} for rows of `model` keyed by `key_field`, inserting the missing ones in one query."""
    if not rows_by_key:
        return {}
    model.objects.bulk_create(
        [model(**{key_field: key}, **fields, **filters) for key, fields in rows_by_key.items()], ignore_conflicts=True
    )
    return dict(model.objects.filter(**{f"{key_field}__in": list(rows_by_key)}, **filters).values_list(key_field, "pk"))


def _contexts(read):
    """{(object id, path): context id} for every place read, created where missing, each with its field path.

    Read as plain values: a batch of stories has thousands of contexts, and only those without a
    field path yet become objects (to compute it as wagtail-localize does).
    """
    wanted = {
        (source.object_id, TranslationContext._get_path_id(value.path)): (value.path, instance)
        for source, instance, values in read
        for value in values
    }
    if not wanted:
        return {}
    TranslationContext.objects.bulk_create(
        [
            TranslationContext(object_id=object_id, path=path, path_id=path_id)
            for (object_id, path_id), (path, _instance) in wanted.items()
        ],
        ignore_conflicts=True,
    )
    found = TranslationContext.objects.filter(
        object_id__in={object_id for object_id, _path_id in wanted},
        path_id__in={path_id for _object_id, path_id in wanted},
    ).values_list("pk", "object_id", "path_id", "path", "field_path")
    contexts, unfilled = {}, []
    for pk, object_id, path_id, path, field_path in found:
        place = wanted.get((object_id, path_id))
        if place is None:
            continue
        contexts[(object_id, path)] = pk
        if not field_path:
            context = TranslationContext(pk=pk, object_id=object_id, path_id=path_id, path=path, field_path="")
            # wagtail-localize's own computation, which would save each context on its own.
            context.save = lambda *args, **kwargs: None
            context.get_field_path(place[1])
            del context.save
            unfilled.append(context)
    if unfilled:
        TranslationContext.objects.bulk_update(unfilled, ["field_path"], batch_size=500)
    return contexts


SEGMENT_KEYS = {
    StringSegment: ("context_id", "order", "string_id", "attrs"),
    TemplateSegment: ("context_id", "order", "template_id"),
    RelatedObjectSegment: ("context_id", "order", "object_id"),
    OverridableSegment: ("context_id", "order", "data_json"),
}


def _keep_or_create(model, wanted):
    """Make each source's rows of `model` exactly `wanted` ({source id: {key: fields}}); unchanged rows stay.

    Returns the ids of the sources whose rows changed.
    """
    fields = SEGMENT_KEYS[model]
    existing = {source_id: {} for source_id in wanted}
    for row in model.objects.filter(source_id__in=list(wanted)).values("pk", "source_id", *fields):
        existing[row["source_id"]].setdefault(tuple(row[name] for name in fields), row["pk"])
    stale, new, changed = [], [], set()
    for source_id, rows in wanted.items():
        had = existing[source_id]
        kept = {had[key] for key in rows if key in had}
        gone = [pk for pk in had.values() if pk not in kept]
        added = [model(source_id=source_id, **row) for key, row in rows.items() if key not in had]
        if gone or added:
            changed.add(source_id)
        stale += gone
        new += added
    if stale:
        model.objects.filter(pk__in=stale).delete()
    model.objects.bulk_create(new, batch_size=1000)
    return changed


def refresh_many(read):
    """What `refresh_segments()` does for each of [(source, instance, extracted segment values)], all at once.

    Every kind of row is looked up and written once for all of them: about fifteen queries, whatever
    the number of sources and segments. Returns the ids of the sources whose segments changed.
    """
    strings = {}
    for locale_id in {source.locale_id for source, _instance, _values in read}:
        strings[locale_id] = _get_or_create(
            String,
            "data_hash",
            {
                String._get_data_hash(value.string.data): {"data": value.string.data}
                for source, _instance, values in read
                if source.locale_id == locale_id
                for value in values
                if isinstance(value, StringSegmentValue)
            },
            locale_id=locale_id,
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
            for _source, _instance, values in read
            for value in values
            if isinstance(value, TemplateSegmentValue)
        },
    )
    related = {
        (value.content_type.pk, value.translation_key)
        for _source, _instance, values in read
        for value in values
        if isinstance(value, RelatedObjectSegmentValue)
    }
    if related:
        TranslatableObject.objects.bulk_create(
            [TranslatableObject(content_type_id=type_id, translation_key=key) for type_id, key in related],
            ignore_conflicts=True,
        )
    contexts = _contexts(read)

    wanted = {model: {source.pk: {} for source, _instance, _values in read} for model in SEGMENT_KEYS}
    for source, _instance, values in read:
        for value in values:
            context_id = contexts[(source.object_id, value.path)]
            if isinstance(value, TemplateSegmentValue):
                template_id = templates[_template_uuid(value)]
                wanted[TemplateSegment][source.pk][(context_id, value.order, template_id)] = {
                    "context_id": context_id,
                    "order": value.order,
                    "template_id": template_id,
                }
            elif isinstance(value, RelatedObjectSegmentValue):
                wanted[RelatedObjectSegment][source.pk][(context_id, value.order, value.translation_key)] = {
                    "context_id": context_id,
                    "order": value.order,
                    "object_id": value.translation_key,
                }
            elif isinstance(value, OverridableSegmentValue):
                data_json = json.dumps(value.data, cls=DjangoJSONEncoder)
                wanted[OverridableSegment][source.pk][(context_id, value.order, data_json)] = {
                    "context_id": context_id,
                    "order": value.order,
                    "data_json": data_json,
                }
            else:
                string_id = strings[source.locale_id][String._get_data_hash(value.string.data)]
                attrs = json.dumps(value.attrs, cls=DjangoJSONEncoder)
                wanted[StringSegment][source.pk][(context_id, value.order, string_id, attrs)] = {
                    "context_id": context_id,
                    "order": value.order,
                    "string_id": string_id,
                    "attrs": attrs,
                }
    changed = set()
    for model, rows in wanted.items():
        changed |= _keep_or_create(model, rows)
    return changed


@transaction.atomic
def refresh_segments(source, instance=None):
    """What `source.refresh_segments()` does, in about fifteen queries whatever the number of segments."""
    instance = instance if instance is not None else source.as_instance()
    return bool(refresh_many([(source, instance, list(extract_segments(instance)))]))


@transaction.atomic
def update_from_db(source):
    """`source.update_from_db()`: read the source object again from the database, then its segments."""
    instance = source.get_source_instance()
    if isinstance(instance, ClusterableModel):
        source.content_json = instance.to_json()
    else:
        source.content_json = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    source.schema_version = get_schema_version(instance._meta.app_label)
    source.object_repr = str(instance)[:200]
    source.last_updated_at = timezone.now()
    source.save(update_fields=["content_json", "schema_version", "object_repr", "last_updated_at"])
    refresh_segments(source)


def store_translations(locale, texts, *, user=None, translation_type, tool_name="", overwrite=True):
    """Store {(string, context): text} as translations into `locale` in a few queries; return the stored pairs.

    As wagtail-localize stores each one (`get_or_create`, then an update if the text changed when
    `overwrite`), and as its signal does after each, a page's draft title follows the translation
    of its title.
    """
    if not texts:
        return set()
    existing = {
        (item.translation_of_id, item.context_id): item
        for item in StringTranslation.objects.filter(
            locale=locale,
            context__in={context.pk for _string, context in texts},
            translation_of__in={string.pk for string, _context in texts},
        )
    }
    now = timezone.now()
    new, changed, stored = [], [], set()
    for (string, context), data in texts.items():
        item = existing.get((string.pk, context.pk))
        if item is None:
            new.append(
                StringTranslation(
                    translation_of=string,
                    locale=locale,
                    context=context,
                    data=data,
                    translation_type=translation_type,
                    tool_name=tool_name,
                    last_translated_by=user,
                    updated_at=now,
                    has_error=False,
                    field_error="",
                )
            )
        elif overwrite and item.data != data:
            item.data, item.translation_type, item.tool_name = data, translation_type, tool_name
            item.last_translated_by, item.updated_at, item.has_error = user, now, False
            changed.append(item)
        else:
            continue
        stored.add((string.pk, context.pk))
    StringTranslation.objects.bulk_create(new, ignore_conflicts=True)
    if changed:
        StringTranslation.objects.bulk_update(
            changed, ["data", "translation_type", "tool_name", "last_translated_by", "updated_at", "has_error"]
        )
    for (string, context), data in texts.items():
        if context.path == "title" and (string.pk, context.pk) in stored:
            # wagtail-localize's post_save receiver for a translated title, which bulk writes skip.
            Page.objects.filter(translation_key=context.object_id, locale=locale).update(draft_title=data)
    return stored
