"""The plugin's public URLs, outside the language prefixes: include them at the root of a host's urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    # Every language's pages with their alternates (Wagtail's own sitemap lists one language).
    path("sitemap.xml", views.sitemap, name="casepages_sitemap"),
    # The language switcher's links: remember the choice in the language cookie, then go on.
    path("language/<str:language_code>/", views.choose_language, name="casepages_choose_language"),
]
