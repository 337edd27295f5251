"""The plugin's admin wiring: the page cache, the snippets, and each feature's own hooks.

Wagtail imports this module when Django starts (in app servers and in management commands alike),
so the cache's invalidation signals are connected wherever content can change. The review
workflow (`casepages.workflow`) and the optional security app have hooks modules of their own.
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import cache
from .messages import wagtail_hooks as messages_hooks  # noqa: F401  (registers its hooks)
from .models import Condition, ConsentRecord, GlossaryTerm, Treatment
from .translation import wagtail_hooks as translation_hooks  # noqa: F401  (registers its hooks)

cache.connect_invalidation()


@hooks.register("before_serve_page")
def note_served_page(page, request, serve_args, serve_kwargs):
    cache.note_served_page(request, page)


register_snippet(Condition)
register_snippet(Treatment)
register_snippet(GlossaryTerm)
register_snippet(ConsentRecord)
