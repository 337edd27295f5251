"""The staff's screens and actions, timed through gunicorn as deployed, signed in as each role with 2FA.

    .venv/bin/python bench/staff.py 1000            # after bench/generate.py 1000
    .venv/bin/python bench/staff.py 10000 --repeat 20

Against the bench database of that size (`casepages_perf_<N>`, PostgreSQL):

1. Prepares, in this process, what staff work on (bench/staffgen.py): one account per role
   (`bench-editor`, `bench-translator`, `bench-reviewer`, `bench-coordinator`, `bench-admin`, a
   superuser) with a new password and a confirmed authenticator device each run; a published
   English story of 40 blocks with its Chinese translation started and filled in; 10,000 patients'
   messages. All of it is kept for the next run.
2. Counts the queries of every screen and action in this process: Django's test client, signed in
   with `force_login` and the second factor recorded as django-otp's `login()` records it (the
   device's persistent id in the session), each request inside `CaptureQueriesContext`.
3. Serves the site with gunicorn (2 workers, production settings, the page cache off, a loopback
   LibreTranslate stand-in as machine translator) and signs each role in through the real login
   screens: password, then a current code from the authenticator (computed from the device's key)
   on the second-factor screen. Requests carry `X-Forwarded-Proto: https`, as from the TLS proxy
   production runs behind (its cookies are Secure).
4. Times each screen (after two warming requests) and each action, one request at a time; an
   action's preparation (cancelling the review it started, say) is done in this process between
   requests and not timed. Median and 95th percentile per row.

The visitor's search (uncached, both languages) is timed the same way, for comparison with the
targets. Results are printed as a Markdown table and kept in var/bench/staff-<N>.json.
"""

import argparse
import contextlib
import secrets
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench import common  # noqa: E402

ROLES = ("editor", "translator", "reviewer", "coordinator", "admin")
MESSAGES = 10_000
DEVICE_NAME = "Authenticator app (benchmark)"


@dataclass
class Step:
    """One screen or action: who, what, and how to set the scene before each request (not timed)."""

    name: str
    role: str
    method: str
    url: object  # the path, or a function of the scene giving it (called after `prepare`)
    data: object = None  # form data, or a function of the scene giving it
    files: object = None  # a function of the scene giving {field: (name, bytes)}
    prepare: object = None  # a function of the scene, run before each request
    expect: tuple = (200,)
    screen: bool = True
    results: dict = field(default_factory=dict)

    def path(self, scene):
        return self.url(scene) if callable(self.url) else self.url

    def form(self, scene):
        return self.data(scene) if callable(self.data) else (self.data or {})


# --- The scene: what staff work on ---------------------------------------------------------------


class Scene:
    """The objects the steps point at, read again from the database whenever asked."""

    def __init__(self):
        from wagtail.models import Locale

        from casepages.models import CaseIndexPage, MessageFormPage

        self.english = Locale.objects.get(language_code="en")
        self.chinese = Locale.objects.get(language_code="zh-hans")
        self.english_index = CaseIndexPage.objects.get(locale=self.english)
        self.chinese_index = CaseIndexPage.objects.get(locale=self.chinese)
        self.form = MessageFormPage.objects.get(locale=self.english)
        self.users = {}

    @property
    def story(self):
        from bench.staffgen import long_story_code
        from casepages.models import CasePage

        return CasePage.objects.get(locale=self.english, case_code=long_story_code(1))

    @property
    def translation(self):
        from wagtail_localize.models import Translation

        return Translation.objects.get(source__object_id=self.story.translation_key, target_locale=self.chinese)

    @property
    def chinese_story(self):
        return self.translation.get_target_instance()

    @property
    def source(self):
        return self.translation.source


def prepare_scene(cases):
    """Accounts, the long story and its translation, the messages: made once, kept for the next run."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from wagtail_localize.models import Translation

    from bench import staffgen
    from casepages.models import CasePage, PatientMessage
    from casepages.roles import group_names

    scene = Scene()
    role_groups = {
        "editor": ["editors"],
        "translator": ["translators:zh-hans"],
        "reviewer": ["reviewers"],
        "coordinator": ["coordinators"],
        "admin": [],
    }
    passwords, devices = {}, {}
    for role, groups in role_groups.items():
        user, _ = get_user_model().objects.get_or_create(
            username=f"bench-{role}",
            defaults={"email": f"bench-{role}@example.org", "first_name": "Bench", "last_name": role.title()},
        )
        user.is_superuser = user.is_staff = role == "admin"
        passwords[role] = secrets.token_urlsafe(16)
        user.set_password(passwords[role])
        user.save()
        user.groups.set([Group.objects.get(name=group_names()[name]) for name in groups])
        devices[role], _ = TOTPDevice.objects.update_or_create(
            user=user,
            name=DEVICE_NAME,
            defaults={"key": secrets.token_hex(20), "confirmed": True, "last_t": -1, "throttling_failure_count": 0},
        )
        scene.users[role] = user

    if not CasePage.objects.filter(locale=scene.english, case_code=staffgen.long_story_code(1)).exists():
        print("Adding the 40-block story and its translation …", file=sys.stderr)
        story = staffgen.add_long_story(scene.english_index, 1)
        translation = staffgen.start_translation(story, scene.chinese, scene.users["translator"])
        staffgen.fill_translation(translation)
    assert Translation.objects.filter(source__object_id=scene.story.translation_key).exists()

    missing = MESSAGES - PatientMessage.objects.count()
    if missing > 0:
        print(f"Adding {missing:,} messages …", file=sys.stderr)
        staffgen.add_messages(missing)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return scene, passwords, devices


# --- What each step needs set up first (in this process, not timed) ---------------------------


def _cancel_reviews(page, user):
    from wagtail.models import WorkflowState

    for state in WorkflowState.objects.for_instance(page).active():
        state.cancel(user=user)


def _in_review(page, user):
    """The page's review under way at the reviewer's task; started (the checks run) if there is none."""
    from wagtail.models import TaskState, WorkflowState

    state = WorkflowState.objects.for_instance(page).active().first()
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.cancel(user=user)
        state = None
    if state is None:
        page.save_revision(user=user)
        state = page.get_workflow().start(page, user)
    state.refresh_from_db()
    task = state.current_task_state
    assert task is not None and task.status == TaskState.STATUS_IN_PROGRESS, "the checks held the page back"
    return task


def _translation_in_review(scene):
    """The Chinese story submitted for review, as its translator submits it."""
    from wagtail.models import WorkflowState

    from bench import staffgen
    from casepages.translation.review import submit_translation_for_review

    chinese_story = scene.chinese_story
    state = WorkflowState.objects.for_instance(chinese_story).active().first()
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.cancel(user=scene.users["translator"])
        state = None
    if state is None:
        staffgen.fill_translation(scene.translation)
        submit_translation_for_review(scene.translation, scene.users["translator"])
        state = WorkflowState.objects.for_instance(chinese_story).active().get()
    return state.current_task_state


def _untranslated(scene):
    """No segment of the translation translated yet: what the machine translator gets to do."""
    from wagtail_localize.models import StringSegment, StringTranslation

    _cancel_reviews(scene.chinese_story, scene.users["translator"])
    contexts = StringSegment.objects.filter(source=scene.source).values("context_id")
    StringTranslation.objects.filter(locale=scene.chinese, context__in=contexts).delete()


def _ready_to_submit(scene):
    from bench import staffgen

    _cancel_reviews(scene.chinese_story, scene.users["translator"])
    staffgen.fill_translation(scene.translation)


def _po_file(scene):
    """The translator's PO file for the story, every entry translated."""
    import polib

    from bench import staffgen
    from casepages.translation import po

    texts = staffgen.chinese_texts(scene.translation)
    parsed = polib.pofile(po.export_po(scene.translation))
    for entry in parsed:
        entry.msgstr = texts.get(entry.msgid, entry.msgid)
    return {"file": ("story.po", str(parsed).encode())}


def steps():
    """Every screen each role uses, then every action, in an order in which each leaves the next its scene."""
    from bench import staffgen

    story_edit = lambda s: f"/admin/pages/{s.story.pk}/edit/"  # noqa: E731
    chinese_edit = lambda s: f"/admin/pages/{s.chinese_story.pk}/edit/"  # noqa: E731
    status = "/admin/casepages/translations/status/"
    screens = [Step(f"dashboard ({role})", role, "get", "/admin/") for role in ROLES] + [
        Step("explorer, English case index (editor)", "editor", "get", lambda s: f"/admin/pages/{s.english_index.pk}/"),
        # A page number past the end shows the last page: the deepest offset.
        Step(
            "explorer, English case index, last page (editor)",
            "editor",
            "get",
            lambda s: f"/admin/pages/{s.english_index.pk}/?p=99999",
        ),
        Step(
            "explorer, Chinese case index (translator)",
            "translator",
            "get",
            lambda s: f"/admin/pages/{s.chinese_index.pk}/",
        ),
        Step(
            "explorer, Chinese case index (reviewer)",
            "reviewer",
            "get",
            lambda s: f"/admin/pages/{s.chinese_index.pk}/",
        ),
        Step("page editor, 40-block story (editor)", "editor", "get", story_edit),
        Step("page editor, 40-block story (reviewer)", "reviewer", "get", story_edit),
        Step("translation editor, 40-block story (translator)", "translator", "get", chinese_edit),
        Step("translation editor, 40-block story (reviewer)", "reviewer", "get", chinese_edit),
        Step("translation status report (translator)", "translator", "get", status),
        Step("translation status report (reviewer)", "reviewer", "get", status),
        Step("translation status report (editor)", "editor", "get", status),
        Step("forms index (coordinator)", "coordinator", "get", "/admin/forms/"),
        Step(
            f"message list, {MESSAGES:,} messages (coordinator)",
            "coordinator",
            "get",
            lambda s: f"/admin/forms/submissions/{s.form.pk}/",
        ),
        Step(
            "message list, last page (coordinator)",
            "coordinator",
            "get",
            lambda s: f"/admin/forms/submissions/{s.form.pk}/?p=99999",
        ),
    ]

    def submit_data(scene):
        data = staffgen.edit_form_data(scene.story)
        data["action-submit"] = "Submit for review"
        return data

    def approve_url(page_of):
        def url(scene):
            return f"/admin/pages/workflow/action/{page_of(scene).pk}/approve/{scene.task.pk}/"

        return url

    def set_task(getter):
        def prepare(scene):
            scene.task = getter(scene)

        return prepare

    actions = [
        Step(
            "save draft, 40-block story (editor)",
            "editor",
            "post",
            story_edit,
            data=lambda s: staffgen.edit_form_data(s.story),
            prepare=lambda s: _cancel_reviews(s.story, s.users["editor"]),
            expect=(302,),
        ),
        Step(
            "submit for review, 40-block story (editor)",
            "editor",
            "post",
            story_edit,
            data=submit_data,
            prepare=lambda s: _cancel_reviews(s.story, s.users["editor"]),
            expect=(302,),
        ),
        Step(
            "approve, 40-block story (reviewer)",
            "reviewer",
            "post",
            approve_url(lambda s: s.story),
            data={"comment": "Checked."},
            prepare=set_task(lambda s: _in_review(s.story, s.users["editor"])),
            expect=(302,),
        ),
        Step(
            "sync, 40-block story (translator)",
            "translator",
            "post",
            lambda s: f"/admin/localize/update/{s.source.pk}/",
            data={},
            expect=(302,),
        ),
        Step(
            "machine translate, 40-block story (translator)",
            "translator",
            "post",
            lambda s: f"/admin/localize/translate/{s.translation.pk}/machine_translate/",
            data={"next": "/admin/"},
            prepare=_untranslated,
            expect=(302,),
        ),
        Step(
            "PO upload, 40-block story (translator)",
            "translator",
            "post",
            lambda s: f"/admin/localize/translate/{s.translation.pk}/pofile/upload/",
            data={"next": "/admin/"},
            files=_po_file,
            expect=(302,),
        ),
        Step(
            "submit translation, 40-block story (translator)",
            "translator",
            "post",
            lambda s: f"/admin/casepages/translations/{s.translation.pk}/submit/",
            data={"next": "/admin/"},
            prepare=_ready_to_submit,
            expect=(302,),
        ),
        Step(
            "side-by-side review, 40-block story (reviewer)",
            "reviewer",
            "get",
            lambda s: f"/admin/casepages/translations/compare/{s.chinese_story.pk}/",
            prepare=set_task(_translation_in_review),
        ),
        Step(
            "approve translation, 40-block story (reviewer)",
            "reviewer",
            "post",
            approve_url(lambda s: s.chinese_story),
            data={"comment": "Terminology checked."},
            prepare=set_task(_translation_in_review),
            expect=(302,),
        ),
    ]
    for action in actions:
        action.screen = action.method == "get"
    return screens, actions


SEARCHES = [
    ("search `?q=lupus` (visitor, uncached)", "/en/cases/?q=lupus"),
    ("search `?q=狼疮` (visitor, uncached)", "/zh-hans/cases/?q=%E7%8B%BC%E7%96%AE"),
]


# --- Counting queries, in this process ----------------------------------------------------------


def count_queries(scene, all_steps, repeat=2):
    """Each step's queries: the fewest over `repeat` requests after a warming one (screens), or of each request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    clients = {}
    for role, user in scene.users.items():
        client = Client(SERVER_NAME="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user, name=DEVICE_NAME).persistent_id
        session.save()
        clients[role] = client
    counts = {}
    for step in all_steps:
        client = clients[step.role]
        found = []
        for attempt in range(repeat + (1 if step.screen else 0)):
            if step.prepare:
                step.prepare(scene)
            path = step.path(scene)
            data = dict(step.form(scene))
            if step.files:
                from django.core.files.uploadedfile import SimpleUploadedFile

                for name, (filename, content) in step.files(scene).items():
                    data[name] = SimpleUploadedFile(filename, content)
            connection.queries_log.clear()  # it keeps 9,000 queries at most, and counts from its length
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path) if step.method == "get" else client.post(path, data)
            assert response.status_code in step.expect, (step.name, response.status_code, response.content[:300])
            if not (step.screen and attempt == 0):
                found.append(len(queries))
        counts[step.name] = min(found)
        print(f"  {counts[step.name]:5d} queries  {step.name}", file=sys.stderr)
    return counts


# --- Timing through gunicorn --------------------------------------------------------------------


class Browser:
    """A signed-in member of staff over HTTP, as behind the TLS proxy: one session, kept alive."""

    def __init__(self, base):
        import requests

        self.base = base
        self.http = requests.Session()
        self.http.headers.update({"X-Forwarded-Proto": "https", "Referer": base.replace("http:", "https:") + "/admin/"})

    def _unsecure_cookies(self):
        # The cookies are Secure (production settings); this client reaches the app in plain HTTP
        # behind the stand-in for the proxy, so it must send them back all the same.
        for cookie in self.http.cookies:
            cookie.secure = False

    def request(self, method, path, data=None, files=None):
        headers = {}
        if method == "post":
            headers["X-CSRFToken"] = self.http.cookies.get("csrftoken", "")
            headers["Origin"] = self.base.replace("http:", "https:")
        response = self.http.request(
            method.upper(), self.base + path, data=data, files=files, headers=headers, allow_redirects=False
        )
        response.content  # noqa: B018 (read it all: that is part of the time)
        self._unsecure_cookies()
        return response

    def sign_in(self, username, password, device):
        """The login screen, then the second-factor screen with the authenticator's current code."""
        from hospital.demo.second_factor import current_code

        self.request("get", "/admin/login/")
        answer = self.request("post", "/admin/login/", {"username": username, "password": password, "next": "/admin/"})
        assert answer.status_code == 302, f"password refused for {username}: {answer.status_code}"
        answer = self.request("get", "/admin/")
        assert "/two-factor/verify/" in answer.headers.get("Location", ""), "no second factor asked"
        device.refresh_from_db()
        answer = self.request("post", "/admin/two-factor/verify/", {"code": current_code(device), "next": "/admin/"})
        assert answer.status_code == 302 and answer.headers["Location"] == "/admin/", "second factor refused"
        assert self.request("get", "/admin/").status_code == 200


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_step(browser, scene, step, repeat):
    """Median and 95th percentile (ms) of `repeat` requests; screens after two warming ones."""
    timings = []
    for attempt in range(repeat + (2 if step.screen else 0)):
        if step.prepare:
            step.prepare(scene)
        path, data = step.path(scene), step.form(scene)
        files = step.files(scene) if step.files else None
        started = time.perf_counter()
        response = browser.request(step.method, path, data, files)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code in step.expect, (step.name, response.status_code, response.text[:300])
        if not (step.screen and attempt < 2):
            timings.append(elapsed)
    return {
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "requests": len(timings),
    }


def run(cases, repeat, action_repeat):
    common.setup_django(cases, CASEPAGES_PAGE_CACHE="off")
    from libretranslate_server import LibreTranslateServer

    from bench.casegen import CODE_PREFIX
    from casepages.models import CasePage, PatientMessage

    generated = CasePage.objects.filter(locale__language_code="en", case_code__startswith=CODE_PREFIX).count()
    scene, passwords, devices = prepare_scene(cases)
    screens, actions = steps()
    results = {
        "cases": generated,
        "messages": PatientMessage.objects.count(),
        "repeat": repeat,
        "action_repeat": action_repeat,
        "machine": common.machine(),
        "rows": [],
    }
    with LibreTranslateServer() as translator:
        from django.test import override_settings

        machine = {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {"LIBRETRANSLATE_URL": translator.url, "API_KEY": "", "TIMEOUT": 10},
        }
        print("Counting queries in this process …", file=sys.stderr)
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=machine):
            queries = count_queries(scene, screens + actions)

        port = common.free_port()
        server = common.gunicorn(port, cases, CASEPAGES_PAGE_CACHE="off", LIBRETRANSLATE_URL=translator.url)
        with server:
            base = f"http://127.0.0.1:{port}"
            browsers = {}
            for role in ROLES:
                browsers[role] = Browser(base)
                browsers[role].sign_in(f"bench-{role}", passwords[role], devices[role])
            print("Signed in as every role through the password and second-factor screens.", file=sys.stderr)
            for step in screens + actions:
                numbers = time_step(browsers[step.role], scene, step, repeat if step.screen else action_repeat)
                results["rows"].append({"step": step.name, "role": step.role, "queries": queries[step.name], **numbers})
                print(f"  {numbers['median_ms']:8.1f} ms median  {step.name}", file=sys.stderr)
            visitor = Browser(base)
            for label, path in SEARCHES:
                step = Step(label, "visitor", "get", path)
                numbers = time_step(visitor, scene, step, repeat)
                results["rows"].append({"step": label, "role": "visitor", "queries": None, **numbers})
                print(f"  {numbers['median_ms']:8.1f} ms median  {label}", file=sys.stderr)
    return results


def table(results):
    lines = [
        f"{results['cases']:,} generated cases per language, {results['messages']:,} messages; "
        f"{results['repeat']} requests per screen, {results['action_repeat']} per action, one at a time.",
        "",
        "| screen or action | role | median ms | p95 ms | queries |",
        "|---|---|---:|---:|---:|",
    ]
    for row in results["rows"]:
        queries = "" if row["queries"] is None else row["queries"]
        lines.append(f"| {row['step']} | {row['role']} | {row['median_ms']:.1f} | {row['p95_ms']:.1f} | {queries} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=int, help="the size of the bench database (bench/generate.py N)")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per screen")
    parser.add_argument("--action-repeat", type=int, default=10, help="timed requests per action")
    arguments = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        results = run(arguments.cases, arguments.repeat, arguments.action_repeat)
        print(table(results))
        common.save(f"staff-{arguments.cases}", results)


if __name__ == "__main__":
    main()
