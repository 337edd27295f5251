"""The home page and the information page leave the plugin: a host site brings its own pages.

A site that used them moves them into one of its own apps first; that app's migration copies the
rows and re-labels the content types, and names this one in `run_before` (this repository's
site does so in `hospital/migrations/0001_initial.py`). Elsewhere the tables are empty and go.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("casepages", "0004_conditions_and_treatments_reviewed"),
    ]

    operations = [
        migrations.DeleteModel(name="HomePage"),
        migrations.DeleteModel(name="InformationPage"),
    ]
