"""Migrations: a site that had the home and information pages in casepages keeps them, moved to its own app."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page

BEFORE_THE_MOVE = [("casepages", "0004_conditions_and_treatments_reviewed"), ("hospital", None)]


@pytest.mark.django_db(transaction=True)
def test_home_and_information_pages_move_from_the_plugin_to_the_site_with_their_content():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE_THE_MOVE)
    old = executor.loader.project_state(BEFORE_THE_MOVE[0]).apps
    ContentType = old.get_model("contenttypes", "ContentType")
    locale = old.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")[0]
    made = {}
    for depth, path, model_name, fields in (
        (2, "00010099", "homepage", {"introduction": "Welcome, international patients", "body": "<p>Home</p>"}),
        (3, "000100990001", "informationpage", {"body": "<p>How we keep your data</p>"}),
    ):
        content_type = ContentType.objects.get_or_create(app_label="casepages", model=model_name)[0]
        made[model_name] = (
            old.get_model("casepages", model_name)
            .objects.create(
                title=model_name,
                draft_title=model_name,
                slug=f"moved-{model_name}",
                path=path,
                depth=depth,
                numchild=1 if depth == 2 else 0,
                url_path=f"/moved-{model_name}/",
                locale=locale,
                content_type=content_type,
                live=True,
                **fields,
            )
            .pk
        )

    MigrationExecutor(connection).migrate(latest)

    home = Page.objects.get(pk=made["homepage"]).specific
    information = Page.objects.get(pk=made["informationpage"]).specific
    assert (home._meta.label, home.introduction) == ("hospital.HomePage", "Welcome, international patients")
    assert (information._meta.label, information.body) == ("hospital.InformationPage", "<p>How we keep your data</p>")
    assert not {"casepages_homepage", "casepages_informationpage"} & set(connection.introspection.table_names())
    assert Locale.objects.filter(pk=home.locale_id).exists()
