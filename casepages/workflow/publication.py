"""The publication rule, enforced in one place.

The public site shows only content that passed every automatic check on that exact revision and
was approved by a reviewer who changed nothing in it. What visitors see is read from the live
rows of pages and of the snippets those pages show, so the rule is kept at the one point every
path goes through: a live row is saved only if its public content (everything a visitor could see,
digested) was cleared. A `Clearance` is written by the review workflow when a medical reviewer
approves (see `clear_approved_revision`), or by a command that loads content on the server
(`imported`), never by a web request. Whatever path tries to put other content into a live row
(a sync, a draft written over a live translation, a snippet edit, a copy, an alias) is refused
with `PublicationRefused`, and the transaction it ran in is rolled back.
"""

import contextlib
import contextvars
import hashlib
import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.models import Page

# Fields Wagtail keeps for itself (tree, status, history, locks); none of them is shown to visitors.
BOOKKEEPING_FIELDS = frozenset(
    {
        "pk",
        "id",
        "page_ptr",
        "path",
        "depth",
        "numchild",
        "url_path",
        "content_type",
        "owner",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "translation_key",
        "alias_of",
        "show_in_menus",
        "comments",
        "wagtail_admin_comments",
    }
)
# In a child relation's rows (a form's fields), the keys that tie the row to its parent.
CHILD_BOOKKEEPING_FIELDS = frozenset({"pk", "id", "page", "page_ptr"})

_importing = contextvars.ContextVar("casepages_importing", default=None)


class PublicationRefused(Exception):
    """A live row was about to show content that no reviewer cleared.

    Not a PermissionDenied: Wagtail's admin turns that into "you do not have permission", and the
    staff member needs the reason (PublicationRefusedMiddleware shows it).
    """


def guarded_models():
    """The models whose live rows visitors see: every page type, and the snippets pages show."""
    from ..models import Condition, Treatment

    return (Page, Condition, Treatment)


def is_guarded(instance) -> bool:
    return isinstance(instance, guarded_models())


def _public_data(instance):
    data = instance.serializable_data()
    public = {key: value for key, value in data.items() if key not in BOOKKEEPING_FIELDS}
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField) and isinstance(public.get(field.name), str):
            # Serialized as JSON text, whose key order depends on the database (PostgreSQL's jsonb
            # reorders it): compared as data, the digest is the same wherever the content was read.
            public[field.name] = json.loads(public[field.name])
    for key, value in public.items():
        if isinstance(value, list) and value and isinstance(value[0], dict) and "pk" in value[0]:
            public[key] = [
                {name: item for name, item in row.items() if name not in CHILD_BOOKKEEPING_FIELDS} for row in value
            ]
    return public


def _specific_instance(instance):
    """A page saved as a plain `Page` (Wagtail's move does this) digested with its specific fields."""
    if not isinstance(instance, Page) or instance.pk is None or type(instance) is instance.specific_class:
        return instance
    specific = instance.specific_class.objects.get(pk=instance.pk)
    for field in Page._meta.concrete_fields:
        setattr(specific, field.attname, getattr(instance, field.attname))
    return specific


def content_digest(instance) -> str:
    """A digest of everything a visitor could see of `instance` (a page or a guarded snippet)."""
    public = _public_data(_specific_instance(instance))
    encoded = json.dumps(public, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def revision_digest(revision) -> str:
    return content_digest(revision.as_object())


def object_key(instance):
    """(base content type, object id as text): how revisions and workflow states name an object."""
    return instance.get_base_content_type(), str(instance.pk)


def is_cleared(instance) -> bool:
    from .models import Clearance

    if instance.pk is None:
        return False
    content_type, object_id = object_key(instance)
    return Clearance.objects.filter(
        base_content_type=content_type, object_id=object_id, content_digest=content_digest(instance)
    ).exists()


def _unpublished_snippets_shown(instance):
    """Reviewed snippets a live page points at that are not live themselves (their row is a draft)."""
    for field in instance._meta.concrete_fields:
        if field.is_relation and field.many_to_one and issubclass(field.related_model, guarded_models()[1:]):
            snippet = getattr(instance, field.name, None)
            if snippet is not None and not snippet.live:
                yield snippet


@contextlib.contextmanager
def imported(source: str):
    """Content saved inside this block is cleared as loaded by `source` (a command run on the server).

    For the demo loader and the benchmark generator only: they load content that people wrote and
    reviewed elsewhere. No view uses it.
    """
    token = _importing.set(source)
    try:
        yield
    finally:
        _importing.reset(token)


def _shows_to_visitors(instance, update_fields) -> bool:
    if not is_guarded(instance) or not getattr(instance, "live", True):
        return False
    if isinstance(instance, Page) and instance.depth == 1:
        return False  # the tree's root is never served
    if update_fields is None:
        return True
    return any(name not in BOOKKEEPING_FIELDS for name in update_fields)


def _live_pages_showing(snippet):
    """Live pages that point at this snippet (a case's condition or treatment)."""
    for relation in snippet._meta.related_objects:
        if relation.one_to_many and issubclass(relation.related_model, Page):
            pages = relation.related_model.objects.live().filter(**{relation.field.name: snippet})
            if pages.exists():
                yield from pages[:3]


@receiver(pre_save, dispatch_uid="casepages_publication_gate")
def refuse_uncleared_live_content(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or _importing.get() is not None:
        return
    if is_guarded(instance) and not isinstance(instance, Page) and not instance.live and instance.pk:
        # A draft row of a snippet is read by the live pages that point at it: it stays live while they do.
        for page in _live_pages_showing(instance):
            raise PublicationRefused(
                _("“%(snippet)s” is shown on the live page “%(page)s”, so it cannot be taken offline.")
                % {"snippet": instance, "page": page}
            )
    if not _shows_to_visitors(instance, update_fields):
        return
    for snippet in _unpublished_snippets_shown(instance):
        raise PublicationRefused(
            _("“%(object)s” shows “%(snippet)s”, which is not published yet: have it reviewed first.")
            % {"object": instance, "snippet": snippet}
        )
    if not is_cleared(instance):
        raise PublicationRefused(
            _(
                "“%(object)s” was not published: this version has not passed the automatic checks and a "
                "medical review. Submit it for review instead."
            )
            % {"object": instance}
        )


def _media_models():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return (get_image_model(), get_document_model())


@receiver(pre_save, dispatch_uid="casepages_publication_media")
def refuse_replacing_media_live_pages_show(sender, instance, raw=False, **kwargs):
    """An image or document a live page shows keeps its file: a new one goes in through a page edit."""
    if raw or _importing.get() is not None or instance.pk is None or not isinstance(instance, _media_models()):
        return
    stored = type(instance).objects.filter(pk=instance.pk).values_list("file", flat=True).first()
    if stored is None or stored == instance.file.name:
        return
    from wagtail.models import ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    using = ReferenceIndex.get_references_to(instance).filter(base_content_type=page_type)
    page = Page.objects.live().filter(pk__in=[int(ref.object_id) for ref in using]).first()
    if page is not None:
        raise PublicationRefused(
            _(
                "“%(file)s” is shown on the live page “%(page)s”, so its file cannot be replaced. Upload a new "
                "one and put it in the page, which then goes through review."
            )
            % {"file": instance, "page": page}
        )


@receiver(post_save, dispatch_uid="casepages_publication_import")
def clear_imported_content(sender, instance, raw=False, **kwargs):
    source = _importing.get()
    if raw or source is None or not is_guarded(instance) or not getattr(instance, "live", True):
        return
    from .models import Clearance

    content_type, object_id = object_key(instance)
    Clearance.objects.get_or_create(
        base_content_type=content_type,
        object_id=object_id,
        content_digest=content_digest(instance),
        defaults={"origin": source},
    )
