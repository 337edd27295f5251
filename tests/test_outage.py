"""The database goes down under the running site: visitors get a short 503 page, messages are kept.

The site runs under gunicorn against a PostgreSQL cluster of the test's own; the test stops that
cluster mid-way, exactly as a crashed or unreachable database server would look, then starts it
again and replays the kept message with the management command.
"""

import json
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

import pytest
from outage_support import (
    SiteServer,
    cookies_from,
    demo_cluster,
    form_fields,
    get,
    manage,
    post_form,
    site_environment,
)

# Its own PostgreSQL cluster, whatever DATABASE_URL says: the PostgreSQL run leaves it out (Makefile).
pytestmark = pytest.mark.same_on_every_database


@pytest.fixture(scope="module")
def outage_site():
    cluster = demo_cluster()
    spool = Path(tempfile.mkdtemp(prefix="casepages-spool-"))
    environment = site_environment(cluster.url("casepages"), CASEPAGES_SPOOL_DIR=str(spool))
    server = SiteServer(environment)
    yield cluster, server, environment, spool
    server.stop()
    cluster.ensure_running()
    shutil.rmtree(spool, ignore_errors=True)


def stored_messages(environment, name):
    result = manage(
        environment,
        "shell",
        "-c",
        "import json; from casepages.models import PatientMessage; "
        f"print(json.dumps([[m.form_data, m.language, m.submit_time.isoformat()] for m in "
        f"PatientMessage.objects.filter(form_data__name={name!r})]))",
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_database_outage_gives_503_pages_and_keeps_messages_until_it_is_back(outage_site):
    cluster, server, environment, spool = outage_site

    # Before: the site works, and a patient opens the Chinese message form.
    assert get(server.url("/en/cases/sle-03/"))[0] == 200
    status, headers, form_page = get(server.url("/zh-hans/leave-your-message/"))
    assert status == 200
    cookies = cookies_from(headers)
    fields = form_fields(form_page)
    opened_at = time.monotonic()

    cluster.stop()
    try:
        for path, language, heading in [
            ("/en/cases/", "en", "We will be back shortly"),
            ("/zh-hans/cases/", "zh-hans", "我们很快回来"),
            ("/en/", "en", "We will be back shortly"),
        ]:
            status, headers, body = get(server.url(path))
            assert status == 503, (path, body[:500])
            assert headers["Retry-After"] == "120"
            assert f'<html lang="{language}" dir="ltr">' in body
            assert heading in body
            assert "Traceback" not in body and "OperationalError" not in body

        # The message form needs its few seconds of filling in (the form's own spam rule).
        time.sleep(max(0.0, 3.5 - (time.monotonic() - opened_at)))
        status, _headers, body = post_form(server.url("/zh-hans/leave-your-message/"), fields, cookies)
        assert status == 202, body[:500]
        assert "谢谢，您的留言已收到" in body
        assert "请不要重复发送" in body

        kept = sorted(spool.glob("*.json"))
        assert len(kept) == 1
        assert not [path for path in spool.iterdir() if path.name.startswith(".incoming-")]
        assert stat.S_IMODE(os.stat(kept[0]).st_mode) == 0o600
        record = json.loads(kept[0].read_text())
        assert record["path"] == "/zh-hans/leave-your-message/"
        assert record["fields"]["name"] == ["Aigerim Spooled"]
        assert "csrfmiddlewaretoken" not in record["fields"]

        # Replaying while the database is still down keeps the message where it is.
        replay = manage(environment, "replay_spooled_messages", check=False)
        assert replay.returncode == 1
        assert "still unreachable" in replay.stderr
        assert kept[0].exists()
    finally:
        cluster.ensure_running()

    assert get(server.url("/en/cases/"))[0] == 200
    replay = manage(environment, "replay_spooled_messages")
    assert "stored 1" in replay.stdout
    assert not list(spool.glob("*.json"))
    [[form_data, language, submitted]] = stored_messages(environment, "Aigerim Spooled")
    assert form_data["message"].startswith("Is CAR-T therapy possible for me?")
    assert language == "zh-hans"
    assert submitted.startswith(record["received_at"][:19])

    # A second replay finds nothing to do and stores nothing twice.
    assert "stored 0" in manage(environment, "replay_spooled_messages").stdout
    assert len(stored_messages(environment, "Aigerim Spooled")) == 1
