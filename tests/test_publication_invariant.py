"""The publication rule as a state machine: random sequences of staff actions, the public site checked after each.

THE RULE: the public site (every page, the snippets pages show, the JSON-LD in the head, search
results, the sitemap, the page cache) shows only content that passed every automatic check on that
exact revision and was approved in the medical review by someone who authored no change in it.

Every edit an action makes writes a unique marker token (`MKE0001` in English pages, `标记MKZ0002`
in Chinese translations, `MKC0003` in a condition's description); some edits also plant text the
automatic checks must refuse (a mobile number, a person's name, "Lorem ipsum"). The machine keeps
its own record, independent of the code under test: who wrote each marker, and which approvals
happened after it was written, by whom. After every step it reads the public site over HTTP as an
anonymous visitor (through the page cache, which the test settings leave on) and checks:

1. a planted identifier never appears in any public response;
2. a marker appears in a language only if a reviewer who wrote no marker in the pending change
   (the markers of the newest revision that were not yet approved) approved that object after the
   marker was written — so a marker its own approver wrote never shows, nor one still in review.

Each example runs in a savepoint rolled back at its end, on the demo site the session fixture
loaded once; the cache is emptied at the start of each example.
"""

import functools
import itertools
import json
import os
import re
import time
from collections import Counter

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.utils import translation as django_translation
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from wagtail.models import Locale, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from casepages.blocks import PARAGRAPH_FEATURES
from casepages.models import CaseIndexPage, CasePage, Condition
from casepages.roles import REVIEWERS
from casepages.workflow.publication import PublicationRefused

pytestmark = pytest.mark.django_db

EN, ZH = "en", "zh-hans"
CASES = ("SLE-03", "RA-12", "NEW-01")  # NEW-01: a case an editor writes during the run
CASE_CHOICES = ("SLE-03", "RA-12", "SLE-03", "RA-12", "NEW-01")  # steps about NEW-01 before it exists do nothing
NEW_SLUG = "new-case"
# The objects whose content the machine changes: an English case, its Chinese translation, a condition.
PAGE_OBJECTS = tuple(("page", language, code) for code in CASES for language in (EN, ZH))
CONDITION = ("condition", EN, "SLE-03")  # the condition the English SLE-03 page shows
ZH_CONDITION = ("condition", ZH, "SLE-03")  # its Chinese translation, which the Chinese page shows
OBJECTS = PAGE_OBJECTS + (CONDITION, ZH_CONDITION)
TRANSLATED = "CONDITION"  # among case codes: the condition's translation, for the translator's rules
TRANSLATION_CHOICES = ("SLE-03", "RA-12", "NEW-01", TRANSLATED)
APPROVERS = ("reviewer", "reviewer2", "admin")

PLANTS = {
    "phone": " Call her daughter Li Na on 13800138000.",
    "lorem": " Lorem ipsum dolor sit amet.",
    "phone_zh": "电话13912345678。",
}
PLANTED_TOKENS = ("13800138000", "13912345678", "Li Na", "Lorem ipsum")
MARKER = re.compile(r"MK[EZC]\d{4,}")
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
CARD = "case-card__title"
# Segments the rules leave as they are: a slug and a patient alias have a format (validated on save)
# that a marker would break, and the submit then fails on that rather than on anything this test is about.
UNTYPED_FIELDS = ("slug", "patient_alias")

_numbers = itertools.count(1)
STATS = Counter()
SEARCHES_PER_STEP = 4
SERVER_ERRORS = {}


def new_marker(kind):
    return f"MK{kind}{next(_numbers):04d}"


# --- reading the database (to find URLs and ids the admin needs, and what a revision holds) ---------


def locale(language):
    return Locale.objects.get(language_code=language)


class Missing(Exception):
    """The step is about a page that does not exist (yet) in this run."""


def case_page(language, code):
    page = CasePage.objects.filter(case_code=code, locale=locale(language)).first()
    if page is None:
        raise Missing(code, language)
    return page


def skips_missing(function):
    @functools.wraps(function)
    def step(self, *args, **kwargs):
        try:
            return function(self, *args, **kwargs)
        except Missing:
            STATS["steps about a case not written yet"] += 1

    return step


def condition_of(language):
    english = case_page(EN, "SLE-03")
    return Condition.objects.get(translation_key=english.condition.translation_key, locale=locale(language))


def instance_of(obj):
    kind, language, code = obj
    return case_page(language, code) if kind == "page" else condition_of(language)


def newest_revision(instance):
    return (
        Revision.objects.filter(base_content_type=instance.get_base_content_type(), object_id=str(instance.pk))
        .order_by("-created_at", "-id")
        .first()
    )


def markers_in_revision(instance):
    revision = newest_revision(instance)
    if revision is None:
        return set()
    return set(MARKER.findall(json.dumps(revision.content, ensure_ascii=False)))


def in_progress_review(instance):
    return TaskState.objects.filter(
        workflow_state__in=WorkflowState.objects.for_instance(instance).active(),
        status=TaskState.STATUS_IN_PROGRESS,
        task__name="Medical review",
    ).first()


def translated_object(code):
    return ZH_CONDITION if code == TRANSLATED else ("page", ZH, code)


def translation_for(code):
    english = condition_of(EN) if code == TRANSLATED else case_page(EN, code)
    translation = Translation.objects.filter(
        source__object_id=english.translation_key, source__locale=english.locale, target_locale=locale(ZH)
    ).first()
    if translation is None:
        raise Missing(code, ZH)
    return translation


# --- admin form data -----------------------------------------------------------------------------


def body_form(body):
    blocks = {}
    for index, child in enumerate(body):
        value = child.value
        if child.block_type == "paragraph":
            form_value = rich_text(value.source, features=PARAGRAPH_FEATURES)
        elif child.block_type in ("patient_quote", "clinician_quote"):
            form_value = {"quote": value["quote"], "speaker_role": value["speaker_role"]}
        elif child.block_type == "timeline_event":
            form_value = {"date": value["date"].isoformat(), "description": value["description"]}
        else:  # image
            image = value["image"]
            form_value = {
                "image": image.pk if image else "",
                "alt_text": value["alt_text"],
                "caption": value["caption"] or "",
            }
        blocks[str(index)] = {
            "type": child.block_type,
            "value": form_value,
            "deleted": "",
            "order": str(index),
            "id": child.id or "",
        }
    blocks["count"] = str(len(body))
    return blocks


def case_form(page, **changes):
    """The edit form of `page` (an English case as of some revision) as the admin would post it."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "summary": page.summary,
        "case_code": page.case_code,
        "patient_alias": page.patient_alias,
        "gender": page.gender,
        "age_at_onset": str(page.age_at_onset),
        "nationality": page.nationality,
        "condition": page.condition_id,
        "treatment": page.treatment_id,
        "onset_date": page.onset_date.isoformat(),
        "treatment_date": page.treatment_date.isoformat(),
        "follow_up_visits": str(page.follow_up_visits),
        "outcome_summary": page.outcome_summary,
        "body": body_form(page.body),
        "consent": page.consent_id or "",
        "comments": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)


def with_marker(page, field, text):
    """Form changes putting `text` into `field` of the English case `page`."""
    if field in ("summary", "outcome_summary", "title"):
        return {field: text}
    body = body_form(page.body)
    wanted = "paragraph" if field == "paragraph" else "patient_quote"
    for key, block in body.items():
        if key != "count" and block["type"] == wanted:
            if wanted == "paragraph":
                block["value"] = rich_text(f"<p>{text}</p>", features=PARAGRAPH_FEATURES)
            else:
                block["value"]["quote"] = text
            break
    else:
        return {"summary": text}
    return {"body": body}


FIELD_TEXT = {
    "summary": "Update {marker}.",
    "outcome_summary": "She is well, {marker}.",
    "title": "Case story {marker}",
    "paragraph": "A new paragraph, {marker}.",
    "quote": "I feel better, {marker}.",
}


# --- the state machine ---------------------------------------------------------------------------


class PublicationMachine(RuleBasedStateMachine):
    """Staff act through the admin in random order; after each step the public site keeps the rule."""

    def __init__(self):
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        for cache in caches.all():
            cache.clear()
        django_translation.activate("en")
        User = get_user_model()
        reviewer2 = User.objects.create_user("reviewer2", "reviewer2@example.org", "reviewer2-demo")
        reviewer2.groups.add(Group.objects.get(name=REVIEWERS))
        self.users = {user.username: user for user in User.objects.all()}
        self.clients = {}
        self.public = Client()
        # The machine's own record: marker -> (author, object, step); (marker, object) pairs approved.
        self.written = {}
        self.allowed = set()
        self.step = 0
        self.hidden_paths = []
        self.urls = self._public_urls()
        STATS["examples"] += 1

    def teardown(self):
        try:
            self.check_search(self.hidden_markers())
        finally:
            self.rollback()

    def rollback(self):
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)
        django_translation.activate("en")

    def staff(self, username):
        if username not in self.clients:
            client = Client()
            client.force_login(self.users[username])
            self.clients[username] = client
        return self.clients[username]

    def request(self, username, method, url, *args, **kwargs):
        """A staff request; a server error is counted and reported (it is not a leak), and the run goes on."""
        try:
            return getattr(self.staff(username), method)(url, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 (the test client re-raises the view's exception)
            STATS["staff requests that failed with a server error"] += 1
            SERVER_ERRORS.setdefault(f"{type(error).__name__}: {error}"[:200], f"{method.upper()} {url} as {username}")
            return None

    def post(self, username, url, *args, **kwargs):
        return self.request(username, "post", url, *args, **kwargs)

    def _public_urls(self):
        urls = []
        for language in (EN, ZH):
            prefix = f"/{language}/"
            urls.append((language, prefix))
            urls.append((language, CaseIndexPage.objects.get(locale=locale(language)).url))
            for page in CasePage.objects.filter(locale=locale(language)):
                urls.append((language, page.url))
            urls.append((language, f"/{language}/cases/{NEW_SLUG}/"))
        urls.append((None, "/sitemap.xml"))
        return urls

    def note(self, rule_name):
        self.step += 1
        STATS["steps"] += 1
        STATS[f"rule:{rule_name}"] += 1

    def record(self, marker, author, obj, instance=None):
        """Record `marker` as written by `author` into `obj`, if it reached a revision (or the row)."""
        instance = instance or instance_of(obj)
        if marker in markers_in_revision(instance) or marker in json.dumps(
            instance.serializable_data(), ensure_ascii=False, default=str
        ):
            self.written[marker] = (author, obj, self.step)
            STATS["markers written"] += 1
            return True
        return False

    # --- the model's verdict -------------------------------------------------------------------

    def approve_in_model(self, approver, obj):
        """An approval by `approver` of what `obj` holds now: allowed unless they wrote part of the pending change."""
        instance = instance_of(obj)
        draft = {marker for marker in markers_in_revision(instance) if marker in self.written}
        pending = {marker for marker in draft if (marker, obj) not in self.allowed}
        # A marker carried over from another object (an English change synced into the translation)
        # is, in this object, the change of the translator who synced it.
        authors = {self.written[marker][0] if self.written[marker][1] == obj else "translator" for marker in pending}
        if approver in authors:
            STATS["approvals by an author (model refuses)"] += 1
            return
        for marker in draft:
            self.allowed.add((marker, obj))

    def may_show(self, marker, language):
        return any((marker, obj) in self.allowed for obj in OBJECTS if obj[1] == language)

    # --- rules ---------------------------------------------------------------------------------

    @initialize()
    def baseline(self):
        self.check_public()

    @rule(
        user=st.sampled_from(["editor", "reviewer", "reviewer2", "admin"]),
        code=st.sampled_from(CASE_CHOICES),
        field=st.sampled_from(sorted(FIELD_TEXT)),
        plant=st.sampled_from([None, None, "phone", "lorem"]),
        action=st.sampled_from([None, "action-submit"]),
    )
    @skips_missing
    def edit_english_case(self, user, code, field, plant, action):
        """Save a draft (or submit / resubmit after changes were requested) with a marker in one field."""
        self.note("edit English case" + (" and submit" if action else ""))
        page = case_page(EN, code)
        draft = newest_revision(page).as_object()
        marker = new_marker("E")
        text = FIELD_TEXT[field].format(marker=marker) + (PLANTS[plant] if plant else "")
        data = case_form(draft, **with_marker(draft, field, text))
        if action:
            data[action] = "yes"
        self.post(user, f"/admin/pages/{page.pk}/edit/", data)
        self.record(marker, user, ("page", EN, code))

    @rule(user=st.sampled_from(["editor", "admin"]), code=st.sampled_from(CASE_CHOICES))
    @skips_missing
    def submit_unchanged(self, user, code):
        """Submit (or "Resubmit") the newest revision as it stands."""
        self.note("submit unchanged")
        page = case_page(EN, code)
        data = case_form(newest_revision(page).as_object())
        data["action-submit"] = "yes"
        self.post(user, f"/admin/pages/{page.pk}/edit/", data)

    @rule(
        user=st.sampled_from(["editor", "translator", "reviewer", "admin"]),
        code=st.sampled_from(CASE_CHOICES),
        language=st.sampled_from([EN, ZH]),
    )
    @skips_missing
    def press_publish(self, user, code, language):
        """The Publish button, in the page editor or wagtail-localize's editor: must publish nothing unapproved."""
        self.note("press publish")
        page = case_page(language, code)
        if language == EN:
            draft = newest_revision(page).as_object()
            marker = new_marker("E")
            data = case_form(draft, summary=f"Published at once {marker}.")
            data["action-publish"] = "yes"
            self.post(user, f"/admin/pages/{page.pk}/edit/", data)
            self.record(marker, user, ("page", EN, code))
        else:
            self.post(user, f"/admin/pages/{page.pk}/edit/", {"action": "publish"})

    @rule(code=st.sampled_from(CASE_CHOICES), language=st.sampled_from([EN, ZH]))
    @skips_missing
    def bulk_publish(self, code, language):
        self.note("bulk publish")
        page = case_page(language, code)
        self.post("admin", f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {})

    def in_review(self, pick):
        """One of the objects waiting for a medical review (`pick` chooses which), with its task state."""
        waiting = [(obj, review) for obj in self.existing() if (review := in_progress_review(instance_of(obj)))]
        return waiting[pick % len(waiting)] if waiting else (None, None)

    @staticmethod
    def action_url(obj, review, action):
        instance = instance_of(obj)
        if obj[0] == "page":
            return f"/admin/pages/workflow/action/{instance.pk}/{action}/{review.pk}/"
        return f"/admin/snippets/casepages/condition/workflow/action/{instance.pk}/{action}/{review.pk}/"

    def something_in_review(self):
        return any(in_progress_review(instance_of(obj)) is not None for obj in self.existing())

    @staticmethod
    def existing():
        for obj in OBJECTS:
            try:
                instance_of(obj)
            except Missing:
                continue
            yield obj

    @precondition(something_in_review)
    @rule(approver=st.sampled_from(APPROVERS), pick=st.integers(min_value=0, max_value=4))
    @skips_missing
    def approve(self, approver, pick=0, obj=None):
        """Approve a medical review in progress, through the workflow action URL."""
        if obj is None:
            obj, review = self.in_review(pick)
        else:
            review = in_progress_review(instance_of(obj))
        if review is None:
            self.note("approve (nothing in review)")
            return
        self.note("approve")
        self.approve_in_model(approver, obj)
        self.post(approver, self.action_url(obj, review, "approve"), {"comment": "Medically accurate."})

    @precondition(something_in_review)
    @rule(pick=st.integers(min_value=0, max_value=4))
    @skips_missing
    def second_reviewer_approves(self, pick):
        """Approval by the second reviewer (a rule of its own, so that approvals come often)."""
        self.approve("reviewer2", pick)

    @precondition(something_in_review)
    @rule(reviewer=st.sampled_from(["reviewer", "reviewer2"]), pick=st.integers(min_value=0, max_value=4))
    @skips_missing
    def request_changes(self, reviewer, pick):
        obj, review = self.in_review(pick)
        if review is None:
            self.note("request changes (nothing in review)")
            return
        self.note("request changes")
        self.post(reviewer, self.action_url(obj, review, "reject"), {"comment": "Please say more about the outcome."})

    @rule(code=st.sampled_from(CASE_CHOICES))
    @skips_missing
    def sync_translation(self, code):
        """The translator's "Sync translated pages" (asking to publish at once, which must be ignored)."""
        self.note("sync translation")
        english = case_page(EN, code)
        source = TranslationSource.objects.filter(object_id=english.translation_key, locale=english.locale).first()
        if source is None:
            return
        self.post("translator", f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    def not_created(self):
        return not CasePage.objects.filter(case_code="NEW-01").exists()

    @precondition(not_created)
    @rule(plant=st.sampled_from([None, None, "phone"]), action=st.sampled_from([None, "action-submit"]))
    @skips_missing
    def write_new_case(self, plant, action):
        """The editor writes a new case story (from SLE-03's facts) with markers in its title and summary."""
        self.note("write a new case")
        template = case_page(EN, "SLE-03")
        marker = new_marker("E")
        data = case_form(
            template,
            title=f"A new story {marker}",
            slug=NEW_SLUG,
            case_code="NEW-01",
            summary=f"New summary {marker}." + (PLANTS[plant] if plant else ""),
        )
        if action:
            data[action] = "yes"
        index = CaseIndexPage.objects.get(locale=locale(EN))
        self.post("editor", f"/admin/pages/add/casepages/casepage/{index.pk}/", data)
        self.record(marker, "editor", ("page", EN, "NEW-01"))

    @rule(user=st.sampled_from(["translator", "editor"]))
    @skips_missing
    def translate_new_case(self, user):
        """Translate this page (the new case): the Chinese page is created, and never goes live by itself."""
        english = case_page(EN, "NEW-01")
        self.note("translate this page")
        self.post(user, f"/admin/localize/submit/page/{english.pk}/", {"locales": [locale(ZH).pk]})

    @rule()
    @skips_missing
    def sync_condition_translation(self):
        """The translator's "Sync translated snippets" for the condition SLE-03 shows (asks to publish at once)."""
        self.note("sync condition translation")
        condition = condition_of(EN)
        source = TranslationSource.objects.get(object_id=condition.translation_key, locale=condition.locale)
        self.post("translator", f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    @rule(
        user=st.sampled_from(["translator", "reviewer"]),
        code=st.sampled_from(TRANSLATION_CHOICES),
        pick=st.integers(min_value=0, max_value=40),
        plant=st.booleans(),
    )
    @skips_missing
    def translate_segments(self, user, code, pick, plant):
        """Type in wagtail-localize's editor (its string API): every untranslated segment, or one of the others."""
        self.note("translate segments")
        translation = translation_for(code)
        segments = [
            segment
            for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context")
            if not segment.context.path.endswith(UNTYPED_FIELDS)
        ]
        translated = {
            (row.translation_of_id, row.context_id): row
            for row in StringTranslation.objects.filter(locale=translation.target_locale)
        }
        untranslated = [s for s in segments if (s.string_id, s.context_id) not in translated]
        chosen = untranslated or [segments[pick % len(segments)]]
        marker = "标记" + new_marker("Z")
        for segment in chosen:
            existing = translated.get((segment.string_id, segment.context_id))
            rest = MARKER.sub("", existing.data).replace("标记", "").lstrip("。") if existing else ""
            text = f"更新{marker}。" + (PLANTS["phone_zh"] if plant else "") + rest
            if segment.string.data.startswith("<") or len(text) > 250:
                text = f"更新{marker}。" + (PLANTS["phone_zh"] if plant else "")
            self.request(
                user,
                "put",
                f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                data=f"value={text}",
                content_type="application/x-www-form-urlencoded; charset=utf-8",
            )
        token = marker.removeprefix("标记")
        if StringTranslation.objects.filter(locale=translation.target_locale, data__contains=token).exists():
            # Typed, not yet in a revision: it enters the page when the translation is submitted.
            self.written[token] = (user, translated_object(code), self.step)
            STATS["markers written"] += 1

    @rule(user=st.sampled_from(["translator", "reviewer"]), code=st.sampled_from(TRANSLATION_CHOICES))
    @skips_missing
    def upload_po_file(self, user, code):
        """Download the translation's PO file, translate its first entries with a marker, upload it again."""
        translation = translation_for(code)
        self.note("upload PO file")
        response = self.request(user, "get", f"/admin/casepages/translations/{translation.pk}/po/")
        if response is None or response.status_code != 200:
            return
        catalogue = polib.pofile(response.content.decode())
        marker = "标记" + new_marker("Z")
        texts = [e for e in catalogue if not e.msgid.startswith("<") and not (e.msgctxt or "").endswith(UNTYPED_FIELDS)]
        for entry in texts[:2]:
            entry.msgstr = f"文件{marker}。" + MARKER.sub("", entry.msgstr).replace("标记", "")[:100]
        upload = SimpleUploadedFile(
            "translation.po", str(catalogue).encode(), content_type="text/x-gettext-translation"
        )
        self.post(user, f"/admin/casepages/translations/{translation.pk}/po/upload/", {"file": upload})
        token = marker.removeprefix("标记")
        if StringTranslation.objects.filter(locale=translation.target_locale, data__contains=token).exists():
            self.written[token] = (user, translated_object(code), self.step)
            STATS["markers written"] += 1

    @rule(code=st.sampled_from(TRANSLATION_CHOICES))
    @skips_missing
    def submit_translation(self, code):
        self.note("submit translation")
        translation = translation_for(code)
        self.post("translator", f"/admin/casepages/translations/{translation.pk}/submit/")

    @rule(
        user=st.sampled_from(["editor", "reviewer", "admin"]),
        plant=st.sampled_from([None, None, "phone"]),
        action=st.sampled_from([None, "action-submit", "action-publish"]),
    )
    @skips_missing
    def edit_condition(self, user, plant, action):
        """Edit the condition the SLE-03 page shows (a reviewed snippet): draft, submit or press Publish."""
        self.note("edit condition")
        condition = condition_of(EN)
        revision = newest_revision(condition)
        current = revision.as_object() if revision else condition
        marker = new_marker("C")
        data = {
            "name": current.name,
            "slug": current.slug,
            "description": f"Description {marker}." + (PLANTS[plant] if plant else ""),
        }
        if action:
            data[action] = "yes"
        self.post(user, f"/admin/snippets/casepages/condition/edit/{condition.pk}/", data)
        self.record(marker, user, CONDITION, condition)

    @rule(obj=st.sampled_from(OBJECTS), plant=st.booleans())
    @skips_missing
    def shell_save(self, obj, plant):
        """`save()` of a live row from a shell, bypassing the admin: must raise PublicationRefused."""
        self.note("shell save")
        instance = instance_of(obj)
        if not getattr(instance, "live", True):
            return
        marker = new_marker("E" if obj[0] == "page" else "C")
        text = f"Changed in the shell {marker}." + (PLANTS["phone"] if plant else "")
        if obj[0] == "page":
            instance.summary = text
        else:
            instance.description = text
        refused = False
        try:
            with transaction.atomic():
                instance.save()
        except PublicationRefused:
            refused = True
        self.written[marker] = ("shell", obj, self.step)
        assert refused, f"{obj}: a live row was saved from the shell without review"

    @rule(code=st.sampled_from(CASE_CHOICES), back=st.integers(min_value=1, max_value=6))
    @skips_missing
    def revert_and_submit(self, code, back):
        """Revert to an older revision (the history's "Revert" loads it into the editor), then submit."""
        page = case_page(EN, code)
        revisions = list(
            Revision.objects.filter(base_content_type=page.get_base_content_type(), object_id=str(page.pk)).order_by(
                "-created_at", "-id"
            )
        )
        if len(revisions) < 2:
            self.note("revert (no older revision)")
            return
        self.note("revert and submit")
        old = revisions[min(back, len(revisions) - 1)]
        data = case_form(old.as_object())
        data["action-submit"] = "yes"
        self.post("editor", f"/admin/pages/{page.pk}/revisions/{old.pk}/revert/", data)

    @rule(code=st.sampled_from(["RA-12"]), language=st.sampled_from([EN, ZH]))
    @skips_missing
    def unpublish(self, code, language):
        self.note("unpublish")
        page = case_page(language, code)
        if page.live:
            self.post("admin", f"/admin/pages/{page.pk}/unpublish/", {})

    # --- the invariant -------------------------------------------------------------------------

    def unapproved_paths(self):
        """The new case's address in each language where nothing of it was approved: linked from nowhere."""
        return [
            f"/{language}/cases/{NEW_SLUG}/"
            for language in (EN, ZH)
            if not any(obj == ("page", language, "NEW-01") for _marker, obj in self.allowed)
        ]

    def check_text(self, where, language, text):
        for path in self.hidden_paths:
            assert path not in text, f"{where}: links {path}, a case nobody approved (step {self.step})"
        for token in PLANTED_TOKENS:
            assert token not in text, f"{where}: planted identifier {token!r} is public (step {self.step})"
        for marker in set(MARKER.findall(text)):
            assert marker in self.written, f"{where}: {marker} is public but nobody wrote it in this run"
            languages = [language] if language else [EN, ZH]
            assert any(self.may_show(marker, lang) for lang in languages), (
                f"{where}: {marker} (written by {self.written[marker][0]} into {self.written[marker][1]} "
                f"at step {self.written[marker][2]}) is public without an approval by a reviewer who wrote "
                f"no part of the change (step {self.step})"
            )

    def hidden_markers(self):
        """(marker, language) pairs the record says may not be shown, in the order they were written."""
        return [
            (marker, language)
            for marker in sorted(self.written)
            for language in (EN, ZH)
            if not self.may_show(marker, language)
        ]

    def check_search(self, pairs):
        for marker, language in pairs:
            index = CaseIndexPage.objects.get(locale=locale(language)).url
            response = self.public.get(index, {"q": marker})
            # The page repeats what was searched (the search box, "results for"): the visitor's own
            # input, so that marker is judged by whether any case is listed.
            text = response.content.decode().replace(marker, "")
            self.check_text(f"{index}?q={marker}", language, text)
            STATS["public responses checked"] += 1
            assert CARD not in text, f"searching {marker} in {language} finds a case, but it was never approved there"

    def check_response(self, where, language, response):
        text = response.content.decode()
        self.check_text(where, language, text)
        for block in LD_JSON.findall(text):
            data = json.loads(block)
            self.check_text(f"{where} JSON-LD", language, json.dumps(data, ensure_ascii=False))
        STATS["public responses checked"] += 1

    @invariant()
    def check_public(self):
        self.hidden_paths = self.unapproved_paths()
        for _round in range(2):  # the second round reads the page cache the first one filled
            for language, url in self.urls:
                response = self.public.get(url)
                assert response.status_code in (200, 404), (url, response.status_code)
                assert url not in self.hidden_paths or response.status_code == 404, f"{url} is public, unapproved"
                if response.status_code == 200:
                    self.check_response(url, language, response)
        # Every step searches a few markers in turn (each search is a page made afresh); the end of a
        # sequence searches them all.
        hidden = self.hidden_markers()
        if hidden:
            start = self.step * SEARCHES_PER_STEP % len(hidden)
            self.check_search((hidden + hidden)[start : start + min(SEARCHES_PER_STEP, len(hidden))])
        django_translation.activate("en")


def test_the_public_site_shows_only_approved_content(db, capsys):
    started = time.monotonic()
    STATS.clear()
    SERVER_ERRORS.clear()
    run_state_machine_as_test(
        PublicationMachine,
        settings=settings(
            max_examples=int(os.environ.get("CASEPAGES_INVARIANT_EXAMPLES", 10)),
            stateful_step_count=int(os.environ.get("CASEPAGES_INVARIANT_STEPS", 12)),
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            # Shrinking a failure replays hundreds of sequences (minutes); ask for it when looking into one.
            phases=list(Phase) if os.environ.get("CASEPAGES_INVARIANT_SHRINK") else [Phase.explicit, Phase.generate],
        ),
    )
    with capsys.disabled():
        print(
            f"\npublication state machine: {STATS['examples']} sequences, {STATS['steps']} steps, "
            f"{STATS['public responses checked']} public responses checked, {time.monotonic() - started:.1f} s"
        )
        for name, count in sorted(STATS.items()):
            if name not in ("examples", "steps", "public responses checked"):
                print(f"  {name}: {count}")
        for error, where in SERVER_ERRORS.items():
            print(f"  server error: {where}: {error}")


def run_steps(*steps):
    """Run a fixed sequence of the machine's rules, checking the public site after each (a shrunk example)."""
    machine = PublicationMachine()
    try:
        machine.baseline()
        for name, kwargs in steps:
            getattr(machine, name)(**kwargs)
            machine.check_public()
    finally:
        machine.teardown()


def test_a_reviewer_who_translated_a_segment_cannot_approve_it(db):
    run_steps(
        ("translate_segments", {"user": "reviewer", "code": "SLE-03", "pick": 3, "plant": False}),
        ("submit_translation", {"code": "SLE-03"}),
        ("approve", {"approver": "reviewer", "obj": ("page", ZH, "SLE-03")}),
    )


def test_a_revert_to_a_reviewers_unapproved_draft_cannot_be_approved_by_that_reviewer(db):
    run_steps(
        (
            "edit_english_case",
            {"user": "reviewer", "code": "SLE-03", "field": "summary", "plant": None, "action": None},
        ),
        (
            "edit_english_case",
            {"user": "editor", "code": "SLE-03", "field": "summary", "plant": None, "action": "action-submit"},
        ),
        ("approve", {"approver": "reviewer2", "obj": ("page", EN, "SLE-03")}),
        ("revert_and_submit", {"code": "SLE-03", "back": 1}),
        ("approve", {"approver": "reviewer", "obj": ("page", EN, "SLE-03")}),
    )


def test_a_revert_to_an_editors_revision_carrying_a_reviewers_unapproved_text_cannot_be_approved_by_that_reviewer(db):
    run_steps(
        (
            "edit_english_case",
            {"user": "reviewer", "code": "SLE-03", "field": "summary", "plant": None, "action": None},
        ),
        (
            "edit_english_case",
            {"user": "editor", "code": "SLE-03", "field": "outcome_summary", "plant": None, "action": None},
        ),
        (
            "edit_english_case",
            {"user": "editor", "code": "SLE-03", "field": "summary", "plant": None, "action": "action-submit"},
        ),
        ("approve", {"approver": "reviewer2", "obj": ("page", EN, "SLE-03")}),
        ("revert_and_submit", {"code": "SLE-03", "back": 1}),
        ("approve", {"approver": "reviewer", "obj": ("page", EN, "SLE-03")}),
    )


def test_a_condition_description_with_a_phone_number_never_goes_public(db):
    run_steps(
        ("edit_condition", {"user": "editor", "plant": "phone", "action": "action-submit"}),
        ("approve", {"approver": "reviewer2", "obj": CONDITION}),
    )


def test_a_reviewer_who_typed_a_segment_during_the_review_cannot_approve_its_next_submission(db):
    run_steps(
        ("translate_segments", {"user": "translator", "code": "SLE-03", "pick": 0, "plant": False}),
        ("submit_translation", {"code": "SLE-03"}),
        ("translate_segments", {"user": "reviewer", "code": "SLE-03", "pick": 3, "plant": False}),
        ("approve", {"approver": "reviewer2", "obj": ("page", ZH, "SLE-03")}),
        ("submit_translation", {"code": "SLE-03"}),
        ("approve", {"approver": "reviewer", "obj": ("page", ZH, "SLE-03")}),
    )
