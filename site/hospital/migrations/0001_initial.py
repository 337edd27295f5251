"""The home and information pages, which casepages held until its migration 0005.

The rows of an existing site are copied from casepages' tables, and the two content types are
re-labelled, so every page, revision, translation source and search entry keeps pointing at
them; then casepages' own migration drops its tables. On a new database both steps find nothing.
"""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models

MOVED = {"homepage": ("introduction", "body"), "informationpage": ("body",)}


def take_over_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model_name, columns in MOVED.items():
        names = ", ".join(("page_ptr_id", *columns))
        schema_editor.execute(f"INSERT INTO hospital_{model_name} ({names}) SELECT {names} FROM casepages_{model_name}")
        old = ContentType.objects.filter(app_label="casepages", model=model_name)
        if old.exists():
            # A content type made for the new app before this ran (by an earlier `migrate` of the
            # new app alone) holds nothing but its permissions; the old one, which pages use, wins.
            ContentType.objects.filter(app_label="hospital", model=model_name).delete()
            old.update(app_label="hospital")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("casepages", "0004_conditions_and_treatments_reviewed"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]
    run_before = [("casepages", "0005_home_and_information_pages_move_to_the_site")]

    operations = [
        migrations.CreateModel(
            name="HomePage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("introduction", models.TextField(blank=True, verbose_name="introduction")),
                ("body", wagtail.fields.RichTextField(blank=True, verbose_name="body")),
            ],
            options={"verbose_name": "home page"},
            bases=("wagtailcore.page",),
        ),
        migrations.CreateModel(
            name="InformationPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                ("body", wagtail.fields.RichTextField(verbose_name="body")),
            ],
            options={"verbose_name": "information page"},
            bases=("wagtailcore.page",),
        ),
        migrations.RunPython(take_over_pages, migrations.RunPython.noop),
    ]
