"""wagtail-localize's "Translate this page" and "Sync translated pages" in the page explorer, without queries per row.

wagtail-localize decides both buttons of each listed page with four queries of its own (is there a
language left to translate into, is the page a translation source, does that source have a
translation), some 200 for a page of 50 case stories. Here the explorer's query answers both
questions for every listed page at once (`construct_explorer_page_queryset`), and the buttons read
the answers. A page listed elsewhere, without them, gets wagtail-localize's own buttons.
"""

from django.core.signals import request_started
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

HOOK = "register_page_listing_more_buttons"


def _localize_buttons():
    # Imported when first needed, never when this module is: wagtail-localize's hooks must register
    # after ours, or its unguarded admin URLs would be matched before the guarded ones.
    from ..upstream import page_listing_more_buttons

    return page_listing_more_buttons


def annotate_translation_buttons(parent_page, pages, request):
    """Each listed page: whether a language lacks its translation, and its source's id if it has translations."""
    translated_into = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"), translations__enabled=True
    ).values("pk")[:1]
    return pages.annotate(
        _casepages_translatable=Exists(Locale.objects.exclude(id__in=translated_into)),
        _casepages_sync_source_id=Subquery(source),
    )


def translation_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's two buttons, from the explorer's answers where it gave them."""
    if not hasattr(page, "_casepages_translatable"):
        yield from _localize_buttons()(page, user, view_name=view_name, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._casepages_translatable:
        yield ListingButton(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if page._casepages_sync_source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[page._casepages_sync_source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def use_batched_buttons(**kwargs):
    """Put our buttons in the place of wagtail-localize's, once every app's hooks are registered."""
    hooks.search_for_hooks()
    registered = hooks._hooks.get(HOOK, [])
    registered[:] = [(function, order) for function, order in registered if function is not _localize_buttons()]
    if not any(function is translation_buttons for function, _order in registered):
        registered.append((translation_buttons, 0))
    request_started.disconnect(use_batched_buttons, dispatch_uid="casepages_translation_buttons")


def connect():
    hooks.register("construct_explorer_page_queryset", annotate_translation_buttons)
    request_started.connect(use_batched_buttons, dispatch_uid="casepages_translation_buttons")
