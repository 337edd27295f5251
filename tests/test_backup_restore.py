"""Back up, wipe, restore into a fresh database: pages in both languages, revisions, consent records,
messages and uploaded images are all back (scripts/backup.sh and scripts/restore.sh, pg_dump/pg_restore).
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from outage_support import PG_BIN, REPOSITORY, demo_cluster, manage, site_environment

# Its own PostgreSQL cluster, whatever DATABASE_URL says: the PostgreSQL run leaves it out (Makefile).
pytestmark = pytest.mark.same_on_every_database

# Run inside the site (manage.py shell) before the backup and after the restore; prints one JSON object.
SNAPSHOT = """
import hashlib, json
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from casepages.models import ConsentRecord, PatientMessage
print(json.dumps({
    "pages": sorted([p.locale.language_code, p.url_path, p.title, p.live] for p in Page.objects.exclude(depth=1)),
    "revisions": sorted([r.object_id, r.created_at.isoformat(), r.content.get("title", "")]
                        for r in Revision.objects.all()),
    "consent_records": sorted([c.patient_alias, str(c.date_given), c.document_reference,
                               sorted(locale.language_code for locale in c.covered_locales.all())]
                              for c in ConsentRecord.objects.all()),
    "messages": sorted([m.form_data.get("name"), m.language, m.submit_time.isoformat()]
                       for m in PatientMessage.objects.all()),
    "images": sorted([i.title, hashlib.sha256(i.file.open("rb").read()).hexdigest()]
                     for i in get_image_model().objects.all()),
}))
"""

ADD_CONTENT = """
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from casepages.models import MessageFormPage, PatientMessage
get_image_model().objects.create(title="Ward photo for the backup test", file=get_test_image_file())
for form in MessageFormPage.objects.all():
    PatientMessage.objects.create(page=form, language=form.locale.language_code,
                                  form_data={"name": "Backup Patient " + form.locale.language_code, "message": "Hello"})
"""


def snapshot(environment):
    output = manage(environment, "shell", "-c", SNAPSHOT).stdout
    return json.loads(output.strip().splitlines()[-1])


def script(name, environment, *arguments):
    environment = {**environment, "PG_BIN": str(PG_BIN)}
    return subprocess.run(
        [str(REPOSITORY / "scripts" / name), *map(str, arguments)],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )


def test_backup_wipe_restore_brings_everything_back():
    cluster = demo_cluster()
    cluster.ensure_running()
    work = Path(tempfile.mkdtemp(prefix="casepages-backup-test-"))
    media = work / "media"
    # A copy of the demo database of its own, so that wiping it leaves the other tests' alone.
    cluster.run("createdb", "-h", "127.0.0.1", "-p", cluster.port, "-U", "postgres", "-T", "casepages", "hospital")
    environment = site_environment(cluster.url("hospital"), DJANGO_MEDIA_ROOT=str(media))
    try:
        manage(environment, "shell", "-c", ADD_CONTENT)
        before = snapshot(environment)
        assert {page[0] for page in before["pages"]} == {"en", "zh-hans"}
        assert {page[0] for page in before["pages"] if page[1].endswith("/sle-03/")} == {"en", "zh-hans"}
        assert before["revisions"] and before["consent_records"] and before["images"]
        assert {message[0] for message in before["messages"]} >= {"Backup Patient en", "Backup Patient zh-hans"}

        script("backup.sh", environment, work / "backup")
        assert (work / "backup" / "database.dump").stat().st_size > 0

        # Wipe: the database and the media folder are gone.
        cluster.drop_database("hospital")
        shutil.rmtree(media)
        assert manage(environment, "shell", "-c", SNAPSHOT, check=False).returncode != 0

        # Restore into a fresh, empty database.
        cluster.create_database("hospital")
        script("restore.sh", environment, work / "backup")
        after = snapshot(environment)
        assert after == before
        assert manage(environment, "migrate", "--check").returncode == 0
    finally:
        cluster.drop_database("hospital")
        shutil.rmtree(work, ignore_errors=True)
