"""What casepages uses from wagtail-localize, Wagtail, Django and phonenumbers that they do not document as public.

Kept here, and only here, so that an upgrade has one file to read; `tests/test_upstream.py` fails
as soon as any name or shape below changes upstream. Where a public hook or signal does the job,
casepages uses that instead and nothing is listed here.
"""

import ast
import re
from importlib import import_module, resources

from django.utils.functional import LazyObject, empty

# name here: (module upstream, name there). Looked up on first use, since several of these modules
# import Wagtail's admin, which needs the models loaded, and casepages' models use some of them.
UPSTREAM_NAMES = {
    "copy_synchronised_fields": ("wagtail_localize.fields", "copy_synchronised_fields"),
    "LOCALE_COMPONENTS": ("wagtail_localize.locales.components", "LOCALE_COMPONENTS"),
    "TranslationCreator": ("wagtail_localize.operations", "TranslationCreator"),
    "StringSegmentValue": ("wagtail_localize.segments", "StringSegmentValue"),
    "OverridableSegmentValue": ("wagtail_localize.segments", "OverridableSegmentValue"),
    "RelatedObjectSegmentValue": ("wagtail_localize.segments", "RelatedObjectSegmentValue"),
    "TemplateSegmentValue": ("wagtail_localize.segments", "TemplateSegmentValue"),
    "get_schema_version": ("wagtail_localize.models", "get_schema_version"),
    "extract_segments": ("wagtail_localize.segments.extract", "extract_segments"),
    "ingest_segments": ("wagtail_localize.segments.ingest", "ingest_segments"),
    "localize_report": ("wagtail_localize.views.report", None),  # None: the module itself
    "localize_snippets_api": ("wagtail_localize.views.snippets_api", None),
    "localize_convert_to_alias": ("wagtail_localize.views.convert", "convert_to_alias"),
    "apply_machine_translation": ("wagtail_localize.views.edit_translation", "apply_machine_translation"),
    "edit_translation": ("wagtail_localize.views.edit_translation", "edit_translation"),
    "user_can_edit_instance": ("wagtail_localize.views.edit_translation", "user_can_edit_instance"),
    # Import only once every app's hooks are registered (casepages' guarded URLs must come first).
    "page_listing_more_buttons": ("wagtail_localize.wagtail_hooks", "page_listing_more_buttons"),
    "deepl_language_code": ("wagtail_localize.machine_translators.deepl", "language_code"),
    "SubmitPageTranslationView": ("wagtail_localize.views.submit_translations", "SubmitPageTranslationView"),
    "UpdateTranslationsView": ("wagtail_localize.views.update_translations", "UpdateTranslationsView"),
}


def __getattr__(name):
    if name not in UPSTREAM_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, upstream_name = UPSTREAM_NAMES[name]
    value = import_module(module) if upstream_name is None else getattr(import_module(module), upstream_name)
    globals()[name] = value
    return value


# wagtail-localize's admin views (under /admin/localize/) that casepages serves itself, at the same
# paths, because they publish, skip a permission check or show other languages' text; casepages is
# before wagtail_localize in INSTALLED_APPS, so its patterns are matched first.
LOCALIZE_PATHS_SERVED_BY_CASEPAGES = [
    "submit/page/<int:page_id>/",
    "update/<int:translation_source_id>/",
    "translate/<int:translation_id>/pofile/download/",
    "translate/<int:translation_id>/pofile/upload/",
    "translate/<int:translation_id>/machine_translate/",
    "page/<int:page_id>/convert_to_alias/",
    "api/snippets/<slug:app_label>/<slug:model_name>/",
    "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
    "reports/translations/",
    "reports/translations/results/",
]


def segments_for_translation(source, locale):
    """The segments of a translation source with their text in `locale`, ready for `ingest_segments`."""
    return source._get_segments_for_translation(locale)


def pending_commit_callbacks(connection):
    """The callbacks registered with `transaction.on_commit` in the current transaction."""
    return [callback for _savepoints, callback, _robust in connection.run_on_commit]


def messages_touched(request) -> bool:
    """Whether the response shows or queues a message (Django's message storage, read or written)."""
    storage = getattr(request, "_messages", None)
    return storage is not None and (storage.used or storage.added_new)


def csp_nonce_made(request) -> bool:
    """Whether django-csp made a nonce for this response (it does so only when a template asks)."""
    return isinstance(getattr(request, "_csp_nonce", None), str)


def unwrap_lazy(value):
    """The object inside lazy wrappers such as `request.user` (django-otp wraps Django's)."""
    while isinstance(value, LazyObject):
        if value._wrapped is empty:
            value._setup()
        value = value._wrapped
    return value


# An English place name in libphonenumber's geocoding tables: `'en': 'Jersey City, NJ'`, `'en': u('Gasp\u00e9, QC')`.
_ENGLISH_PLACE_NAME = re.compile(r"""'en':\s*(?:u\()?('(?:[^'\\]|\\.)*')""")


def phone_region_place_names() -> frozenset[str]:
    """libphonenumber's English names for the places its numbers belong to ("Almaty", "Shymkent,
    South Kazakhstan", "Jersey City, NJ": places in every country).

    phonenumbers keeps them in the modules of `phonenumbers.geodata`, whose tables take about 100 MB
    once imported; the modules' text is read instead, one file at a time, so that only the names stay.
    """
    names = set()
    for module in (resources.files("phonenumbers") / "geodata").iterdir():
        if module.name.startswith("data") and module.name.endswith(".py"):
            for literal in _ENGLISH_PLACE_NAME.findall(module.read_text(encoding="utf-8")):
                names.add(ast.literal_eval(literal) if "\\" in literal else literal[1:-1])
    return frozenset(names)
