"""The test host's starting point: Wagtail's own welcome page in three languages, casepages' roles, three staff.

Run with `--confcutdir=tests/host`, so that the site's fixtures (tests/conftest.py) stay out.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Locale, Page

from casepages.models import Condition, ConsentRecord, Treatment
from casepages.roles import group_names, setup_roles
from casepages.workflow.publication import imported

LANGUAGES = ("en", "zh-hans", "ar")


class Host:
    """The host's pages and people, as the tests use them."""

    def __init__(self):
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        # `wagtail start`'s "Welcome to your new Wagtail site!" page, the top of the English tree.
        self.home = Page.objects.get(depth=2, locale=self.locales["en"])
        with imported("test host set-up"):
            self.homes = {"en": self.home}
            for code in LANGUAGES[1:]:
                translated = self.home.copy_for_translation(self.locales[code])
                translated.save_revision().publish()
                self.homes[code] = translated
            self.condition = self._snippet(
                Condition, slug="sle", names={"en": "Lupus", "zh-hans": "狼疮", "ar": "الذئبة"}
            )
            self.treatment = self._snippet(
                Treatment,
                slug="immunosuppression",
                names={"en": "Immunosuppression", "zh-hans": "免疫抑制", "ar": "كبت المناعة"},
            )
        self.consent = ConsentRecord.objects.create(
            patient_alias="Ms. A", date_given=datetime.date(2024, 5, 1), document_reference="CF-2024-017"
        )
        self.consent.covered_locales.set(self.locales.values())
        setup_roles()
        User = get_user_model()
        self.users = {}
        for username, group in (("editor", "editors"), ("translator", "translators:ar"), ("reviewer", "reviewers")):
            user = User.objects.create_user(username, f"{username}@host.example", "not-secret")
            user.groups.add(Group.objects.get(name=group_names()[group]))
            self.users[username] = user

    def _snippet(self, model, slug, names):
        source = model(locale=self.locales["en"], slug=slug, name=names["en"])
        source.save()
        source.save_revision().publish()
        for code in LANGUAGES[1:]:
            copy = source.copy_for_translation(self.locales[code])
            copy.name = names[code]
            copy.save()
            copy.save_revision().publish()
        return source


@pytest.fixture
def host(db):
    cache.clear()
    return Host()
