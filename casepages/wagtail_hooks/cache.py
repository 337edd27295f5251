"""Page cache wiring: tell the cache which page Wagtail serves, and empty it when content changes.

Wagtail imports its hooks modules when Django starts (in app servers and in management commands
alike), so the invalidation signals are connected wherever content can change.
"""

from wagtail import hooks

from .. import cache

cache.connect_invalidation()


@hooks.register("before_serve_page")
def note_served_page(page, request, serve_args, serve_kwargs):
    cache.note_served_page(request, page)
