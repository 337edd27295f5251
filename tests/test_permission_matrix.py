"""Who may open which admin URL: every URL the resolver knows, for every role, against a written matrix.

The test walks the URL resolver, fills each admin URL's arguments with real objects (the demo
pages in English and in Chinese, a revision, an image, a document, a snippet of each kind, a
translation, a workflow in progress, users, groups, sites, locales…), opens it with GET as each
of six people, and compares the answer with `EXPECTED` below. A URL that `EXPECTED` does not list
fails the test, so a view added by Wagtail, a plugin or ourselves is reviewed here before it ships.

Staff sessions have passed the second factor (`force_verified_login`); what a password alone opens
is tested at the end (only the second-factor screens).

Answers, one per role, in the order of ROLES:
    ok     200: the page (or its JSON) is shown
    login  sent to the sign-in page (anonymous visitors)
    no     refused: 403, or Wagtail's "Sorry, you do not have permission" redirect to the dashboard
    404    not found for this person or this object
    405    the URL only takes POST (a GET changes nothing and shows nothing)
    moved  sent on to another admin page (e.g. a listing to its first page, a chooser to its result)
    400    a request missing the parameters the view needs
    500    an error page (only Wagtail's own deliberate test-error view)
"""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from security_support import force_verified_login
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    Locale,
    Site,
    Task,
    TaskState,
    UploadedFile,
    WorkflowState,
)
from wagtail_localize.models import OverridableSegment, StringSegment, Translation

from casepages.models import Condition, ConsentRecord, GlossaryTerm, Treatment
from casepages.roles import EDITORS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]

ROLES = ["anonymous", "editor", "translator", "reviewer", "coordinator", "admin"]
ADMIN_PREFIX = "admin/"

# Routes whose arguments name a page get two rows: the English page and its Chinese translation.
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id"}

# Routes that take any model of a kind in their URL get a row per model: wagtail-localize's snippet
# API answered every role for every model, consent records included, whatever the snippet views allowed.
SNIPPET_MODELS = ["condition", "treatment", "glossaryterm", "consentrecord"]
PAGE_MODELS = ["hospital.homepage", "hospital.informationpage", "caseindexpage", "casepage", "messageformpage"]
MODEL_ROUTES = {
    "localize/api/snippets/": SNIPPET_MODELS,
    "localize/submit/snippet/": SNIPPET_MODELS,
    "pages/usage/": PAGE_MODELS,
}


def admin_routes():
    """Every admin route the resolver knows, as written in the URLconf, first definition only."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    seen = []
    for route in walk(get_resolver().url_patterns, ""):
        if route.startswith(ADMIN_PREFIX) and route[len(ADMIN_PREFIX) :] not in seen:
            seen.append(route[len(ADMIN_PREFIX) :])
    return seen


@dataclass
class Subjects:
    """The real objects whose ids go into the URLs, per language where pages are concerned."""

    pages: dict
    objects: dict


@pytest.fixture
def subjects(english, chinese, demo_users):
    admin = demo_users["admin"]
    image = get_image_model().objects.create(title="Ward photo", file=get_test_image_file())
    document = get_document_model().objects.create(title="Consent form", file=ContentFile(b"%PDF-1.4\n", "form.pdf"))
    upload = UploadedFile.objects.create(
        for_content_type=None, file=ContentFile(b"upload", "upload.txt"), uploaded_by_user=admin
    )
    workflow = english.sle03.get_workflow()
    for page in (english.sle03, chinese.sle03):
        page.save_revision(user=demo_users["editor"])
        workflow.start(page, demo_users["editor"])

    def language(pages):
        page = pages.sle03
        workflow_state = WorkflowState.objects.for_instance(page).active().get()
        return {
            "page": page,
            "parent": pages.case_index,
            "form": pages.form,
            "home": pages.home,
            "revision": page.latest_revision,
            "workflow_state": workflow_state,
            "task_state": TaskState.objects.get(workflow_state=workflow_state, status="in_progress"),
        }

    translation = Translation.objects.get(source__object_id=english.sle03.translation_key, target_locale=chinese.locale)
    # Conditions and treatments are reviewed like pages: each has a revision in review.
    snippets = {
        model._meta.model_name: model.objects.filter(locale=english.locale).first() for model in (Condition, Treatment)
    }
    for snippet in snippets.values():
        snippet.save_revision(user=demo_users["editor"])
        workflow.start(snippet, demo_users["editor"])
    return Subjects(
        pages={"en": language(english), "zh": language(chinese)},
        objects={
            "image": image,
            "document": document,
            "upload": upload,
            "collection": Collection.get_first_root_node().add_child(name="Ward photos"),
            "workflow": workflow,
            "task": Task.objects.get(name="Medical review"),
            "locale": chinese.locale,
            "site": Site.objects.get(is_default_site=True),
            "user": demo_users["editor"],
            "group": Group.objects.get(name=EDITORS),
            "redirect": Redirect.objects.create(old_path="/old-story", redirect_page=english.sle03),
            "session": EditingSession.objects.create(
                user=admin, content_object=english.sle03.page_ptr, last_seen_at=timezone.now()
            ),
            "translation": translation,
            "string_segment": StringSegment.objects.filter(source=translation.source).first(),
            "overridable_segment": OverridableSegment.objects.filter(source=translation.source).first(),
            **snippets,
            "glossaryterm": GlossaryTerm.objects.first(),
            "consentrecord": ConsentRecord.objects.first(),
            "locales": Locale.objects.all(),
        },
    )


def concrete_urls(route, subjects):
    """The URL(s) to open for one route: {row name: URL}. Two rows (en, zh) for page routes."""
    names = set(re.findall(r"<(?:\w+:)?(\w+)>", route)) | set(re.findall(r"\(\?P<(\w+)>", route))
    models = next((models for prefix, models in MODEL_ROUTES.items() if route.startswith(prefix)), None)
    if models:
        pages = subjects.pages["en"]
        return {f"{route} [{model}]": "/admin/" + fill(route, pages, subjects.objects, model) for model in models}
    languages = ["en", "zh"] if names & PAGE_ARGUMENTS or route.startswith("pages/^(?P<pk>") else [None]
    urls = {}
    for language in languages:
        pages = subjects.pages[language or "en"]
        url = fill(route, pages, subjects.objects)
        urls[f"{route} [{language}]" if language else route] = "/admin/" + url
    return urls


def fill(route, pages, objects, model=None):
    """Put real ids into a route; each argument's meaning depends on the part of the admin it is in.

    `model` names the model for routes that take any of a kind (MODEL_ROUTES).
    """
    if route == "^.*/$":
        return "no-such-admin-page/"
    if route.startswith("pages/^(?P<pk>"):
        return f"pages/{pages['page'].pk}/revisions/compare/earliest...latest/"
    reviewed_snippet_history = re.match(r"snippets/casepages/(\w+)/history/\(\?P<pk>", route)
    if reviewed_snippet_history:
        name = reviewed_snippet_history.group(1)
        return f"snippets/casepages/{name}/history/{objects[name].pk}/revisions/compare/earliest...latest/"
    route = route.replace("^", "")
    section = route.split("/")[0]
    model_of_section = {
        "collections": objects["collection"],
        "locales": objects["locale"],
        "sites": objects["site"],
        "users": objects["user"],
        "groups": objects["group"],
        "images": objects["image"],
        "documents": objects["document"],
    }
    snippet = re.search(r"snippets/(?:choose/)?casepages/(\w+)/", route)
    api = re.search(r"api/main/(\w+)/", route)

    def value(name):
        if snippet and snippet.group(1) in ("condition", "treatment"):
            reviewed = objects[snippet.group(1)]
            if name in ("revision_id", "revision_id_a", "revision_id_b"):
                return reviewed.latest_revision_id
            if name == "task_state_id":
                return reviewed.current_workflow_task_state.pk
            if name == "workflow_state_id":
                return reviewed.current_workflow_state.pk
        if name == "pk":
            if snippet:
                return objects[snippet.group(1)].pk
            if api:
                return {"pages": pages["page"], "documents": objects["document"], "images": objects["image"]}[
                    api.group(1)
                ].pk
            if route.startswith("workflows/tasks/"):
                return objects["task"].pk
            if section == "workflows":
                return objects["workflow"].pk
            if route.startswith("localize/"):
                return objects[model or "condition"].pk
            if section == "settings":
                return 1
            return model_of_section[section].pk
        if route.startswith("pages/add/") and name == "parent_page_id":
            return pages["parent"].pk
        if route.startswith("forms/") and name == "page_id":
            return pages["form"].pk
        if route.startswith("workflows/remove/") and name == "page_pk":
            return pages["home"].pk
        return {
            "page_id": pages["page"].pk,
            "parent_page_id": pages["page"].pk,
            "page_to_move_id": pages["page"].pk,
            "destination_id": pages["home"].pk,
            "revision_id": pages["revision"].pk,
            "task_state_id": pages["task_state"].pk,
            "workflow_state_id": pages["workflow_state"].pk,
            "task_id": objects["task"].pk,
            "workflow_pk": objects["workflow"].pk,
            "action_name": "approve",
            "action": "delete",
            "content_type_app_name": model.split(".")[0] if model and "." in model else "casepages",
            "content_type_model_name": (model or "casepage").split(".")[-1],
            "app_label": "wagtailcore" if route.startswith(("bulk/", "workflows/", "editing")) else "casepages",
            "model_name": model or model_name_for(route),
            "app_name": "wagtailimages" if section == "tag-autocomplete" else "casepages",
            "object_id": pages["page"].pk,
            "session_id": objects["session"].pk,
            "image_id": objects["image"].pk,
            "document_id": objects["document"].pk,
            "doc_id": objects["document"].pk,
            "uploaded_file_id": objects["upload"].pk,
            "collection_id": objects["collection"].pk,
            "redirect_id": objects["redirect"].pk,
            "translation_id": objects["translation"].pk,
            "translation_source_id": objects["translation"].source_id,
            "string_segment_id": objects["string_segment"].pk,
            "overridable_segment_id": objects["overridable_segment"].pk if objects["overridable_segment"] else 0,
            "filter_spec": "fill-100x100",
            "mode": "",
            "uidb64": "Mg",
            "token": "not-a-token",
        }[name]

    url = re.sub(r"<(?:\w+:)?(\w+)>", lambda match: str(value(match.group(1))), route)
    return url.replace("//", "/")


def model_name_for(route):
    if route.startswith("bulk/") or route.startswith("editing"):
        return "page"
    if route.startswith("workflows/tasks/add/"):
        return "groupapprovaltask"
    if route.startswith("tag-autocomplete/"):
        return "image"
    if route.startswith("settings/"):
        return "nosuchsetting"
    if route.startswith("localize/"):
        return "condition"
    return "casepage"


def outcome(response):
    """One word for what the person got (see the module's docstring)."""
    code = response.status_code
    if code in (301, 302, 303):
        location = response["Location"]
        if location.startswith("/admin/login/"):
            return "login"
        if location.startswith("/admin/two-factor/"):
            return "2fa"
        # Wagtail refuses by sending to the dashboard with this message, queued by this very request.
        queued = getattr(response.wsgi_request._messages, "_queued_messages", [])
        if location == "/admin/" and any("do not have permission" in str(message) for message in queued):
            return "no"
        return "moved"
    return {200: "ok", 403: "no"}.get(code, str(code))


def walk(client, role, subjects, demo_users):
    if role != "anonymous":
        force_verified_login(client, demo_users[role])
    client.raise_request_exception = False
    answers = {}
    # Signing out ends the session the other URLs are opened with: it goes last.
    for route in sorted(admin_routes(), key=lambda route: route == "logout/"):
        for row, url in concrete_urls(route, subjects).items():
            answers[row] = (outcome(client.get(url)), url)
    return answers


# fmt: off
# route [language]: anonymous, editor, translator (zh-hans), reviewer, coordinator, admin
EXPECTED = {
    # dashboard
    '': "login  ok     ok     ok     ok     ok",
    # test404
    'test404/': "login  ok     ok     ok     ok     ok",
    # api
    'api/main/^pages/': "login  ok     ok     ok     ok     ok",
    'api/main/^pages/<int:pk>/': "login  ok     moved  ok     moved  ok",
    'api/main/^pages/find/': "login  moved  moved  moved  moved  moved",
    'api/main/^pages/<int:pk>/action/<str:action_name>/': "login  405    405    405    405    405",
    'api/main/^documents/': "login  ok     ok     ok     ok     ok",
    'api/main/^documents/<int:pk>/': "login  ok     ok     ok     ok     ok",
    'api/main/^documents/find/': "login  moved  moved  moved  moved  moved",
    'api/main/^images/': "login  ok     ok     ok     ok     ok",
    'api/main/^images/<int:pk>/': "login  ok     ok     ok     ok     ok",
    'api/main/^images/find/': "login  moved  moved  moved  moved  moved",
    # failwhale
    # Wagtail's own page for testing error reports: it fails on purpose, for any staff member.
    'failwhale/': "login  500    500    500    500    500",
    # pages
    'pages/': "login  moved  moved  ok     no     ok",
    'pages/<int:parent_page_id>/ [en]': "login  ok     moved  ok     no     ok",
    'pages/<int:parent_page_id>/ [zh]': "login  moved  ok     ok     no     ok",
    'pages/<int:parent_page_id>/results/ [en]': "login  ok     moved  ok     no     ok",
    'pages/<int:parent_page_id>/results/ [zh]': "login  moved  ok     ok     no     ok",
    # bulk
    'bulk/<str:app_label>/<str:model_name>/<str:action>/': "login  moved  moved  moved  moved  moved",
    # pages
    'pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/ [en]':
        "login  ok     no     no     no     ok",
    'pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/ [zh]':
        "login  no     ok     no     no     ok",
    'pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/ [en]':
        "login  ok     no     no     no     ok",
    'pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/ [zh]':
        "login  no     ok     no     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/ [hospital.homepage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/ [hospital.informationpage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/ [caseindexpage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/ [casepage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/ [messageformpage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/ [hospital.homepage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/ [hospital.informationpage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/ [caseindexpage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/ [casepage]':
        "login  ok     ok     ok     no     ok",
    'pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/ [messageformpage]':
        "login  ok     ok     ok     no     ok",
    'pages/create/<slug:app_label>/<slug:model_name>': "login  moved  ok     ok     ok     moved",
    'pages/<int:page_id>/usage/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/usage/ [zh]': "login  no     ok     ok     no     ok",
    # Editors write English, translators Chinese, reviewers correct both, coordinators neither.
    'pages/<int:page_id>/edit/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/edit/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/edit/preview/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/edit/preview/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/view_draft/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/view_draft/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:parent_page_id>/add_subpage/ [en]': "login  no     no     no     no     no",
    'pages/<int:parent_page_id>/add_subpage/ [zh]': "login  no     no     no     no     no",
    'pages/<int:page_id>/delete/ [en]': "login  no     no     no     no     ok",
    'pages/<int:page_id>/delete/ [zh]': "login  no     no     no     no     ok",
    # Nobody but the superuser unpublishes, deletes or moves; publishing happens by approving the review.
    'pages/<int:page_id>/unpublish/ [en]': "login  no     no     no     no     ok",
    'pages/<int:page_id>/unpublish/ [zh]': "login  no     no     no     no     ok",
    'pages/<int:page_id>/convert_alias/ [en]': "login  moved  moved  moved  moved  moved",
    'pages/<int:page_id>/convert_alias/ [zh]': "login  moved  moved  moved  moved  moved",
    'pages/search/': "login  ok     ok     ok     no     ok",
    'pages/search/results/': "login  ok     ok     ok     no     ok",
    'pages/<int:page_to_move_id>/move/ [en]': "login  no     no     no     no     ok",
    'pages/<int:page_to_move_id>/move/ [zh]': "login  no     no     no     no     ok",
    # A case page can only live under a case index, so nobody may confirm a move to the home page;
    # Wagtail 8 showed this confirmation to anyone (casepages.security.wagtail_hooks refuses it).
    'pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/ [en]': "login  no     no     no     no     no",
    'pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/ [zh]': "login  no     no     no     no     no",
    'pages/<int:page_to_move_id>/set_position/ [en]': "login  405    405    405    405    405",
    'pages/<int:page_to_move_id>/set_position/ [zh]': "login  405    405    405    405    405",
    # A case story is never copied (it belongs to one patient's consent): sent back to its list with a message.
    'pages/<int:page_id>/copy/ [en]': "login  moved  no     moved  no     moved",
    'pages/<int:page_id>/copy/ [zh]': "login  no     moved  moved  no     moved",
    'pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/ [en]':
        "login  no     no     ok     no     ok",
    'pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/ [zh]':
        "login  no     no     ok     no     ok",
    'pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/ [en]':
        "login  no     no     ok     no     ok",
    'pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/ [zh]':
        "login  no     no     ok     no     ok",
    'pages/workflow/confirm_cancellation/<int:page_id>/ [en]': "login  ok     ok     ok     ok     ok",
    'pages/workflow/confirm_cancellation/<int:page_id>/ [zh]': "login  ok     ok     ok     ok     ok",
    'pages/workflow/preview/<int:page_id>/<int:task_id>/ [en]': "login  no     no     ok     no     ok",
    'pages/workflow/preview/<int:page_id>/<int:task_id>/ [zh]': "login  no     no     ok     no     ok",
    'pages/<int:page_id>/privacy/ [en]': "login  no     no     no     no     ok",
    'pages/<int:page_id>/privacy/ [zh]': "login  no     no     no     no     ok",
    'pages/<int:page_id>/lock/ [en]': "login  405    405    405    405    405",
    'pages/<int:page_id>/lock/ [zh]': "login  405    405    405    405    405",
    'pages/<int:page_id>/unlock/ [en]': "login  405    405    405    405    405",
    'pages/<int:page_id>/unlock/ [zh]': "login  405    405    405    405    405",
    'pages/<int:page_id>/revisions/ [en]': "login  moved  moved  moved  moved  moved",
    'pages/<int:page_id>/revisions/ [zh]': "login  moved  moved  moved  moved  moved",
    'pages/<int:page_id>/revisions/<int:revision_id>/view/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/revisions/<int:revision_id>/view/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/revisions/<int:revision_id>/revert/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/revisions/<int:revision_id>/revert/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/revisions/<int:revision_id>/unschedule/ [en]': "login  no     no     no     no     ok",
    'pages/<int:page_id>/revisions/<int:revision_id>/unschedule/ [zh]': "login  no     no     no     no     ok",
    r'pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$ [en]':  # noqa: E501
        "login  ok     no     ok     no     ok",
    r'pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$ [zh]':  # noqa: E501
        "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/workflow_history/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/workflow_history/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/ [en]':
        "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/ [zh]':
        "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/history/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/history/ [zh]': "login  no     ok     ok     no     ok",
    'pages/<int:page_id>/history/results/ [en]': "login  ok     no     ok     no     ok",
    'pages/<int:page_id>/history/results/ [zh]': "login  no     ok     ok     no     ok",
    # choose-page
    'choose-page/': "login  ok     ok     ok     ok     ok",
    'choose-page/<int:parent_page_id>/ [en]': "login  ok     ok     ok     ok     ok",
    'choose-page/<int:parent_page_id>/ [zh]': "login  ok     ok     ok     ok     ok",
    'choose-page/search/': "login  ok     ok     ok     ok     ok",
    'choose-page/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    # choose-external-link
    'choose-external-link/': "login  ok     ok     ok     ok     ok",
    # choose-email-link
    'choose-email-link/': "login  ok     ok     ok     ok     ok",
    # choose-phone-link
    'choose-phone-link/': "login  ok     ok     ok     ok     ok",
    # choose-anchor-link
    'choose-anchor-link/': "login  ok     ok     ok     ok     ok",
    # tag-autocomplete
    'tag-autocomplete/': "login  ok     ok     ok     ok     ok",
    'tag-autocomplete/<slug:app_name>/<slug:model_name>/': "login  moved  moved  moved  moved  moved",
    # collections
    'collections/': "login  no     no     no     no     ok",
    'collections/add/': "login  no     no     no     no     ok",
    'collections/<int:pk>/': "login  no     no     no     no     ok",
    'collections/<int:pk>/delete/': "login  moved  moved  moved  moved  ok",
    'collections/<int:collection_id>/privacy/': "login  no     no     no     no     ok",
    # workflows
    'workflows/list/': "login  no     no     no     no     ok",
    'workflows/list/results/': "login  no     no     no     no     ok",
    'workflows/add/': "login  no     no     no     no     ok",
    'workflows/enable/<int:pk>/': "login  405    405    405    405    405",
    'workflows/disable/<int:pk>/': "login  no     no     no     no     ok",
    'workflows/edit/<int:pk>/': "login  no     no     no     no     ok",
    'workflows/usage/<int:pk>/': "login  no     no     no     no     ok",
    'workflows/usage/<int:pk>/results/': "login  no     no     no     no     ok",
    'workflows/remove/<int:page_pk>/': "login  405    405    405    405    405",
    'workflows/remove/<int:page_pk>/<int:workflow_pk>/': "login  405    405    405    405    405",
    'workflows/tasks/add/<str:app_label>/<str:model_name>/': "login  no     no     no     no     ok",
    'workflows/tasks/select_type/': "login  no     no     no     no     ok",
    'workflows/tasks/index/': "login  no     no     no     no     ok",
    'workflows/tasks/index/results/': "login  no     no     no     no     ok",
    'workflows/tasks/edit/<int:pk>/': "login  no     no     no     no     ok",
    'workflows/tasks/disable/<int:pk>/': "login  no     no     no     no     ok",
    'workflows/tasks/enable/<int:pk>/': "login  405    405    405    405    405",
    'workflows/task_chooser/': "login  ok     ok     ok     ok     ok",
    'workflows/task_chooser/results/': "login  ok     ok     ok     ok     ok",
    'workflows/task_chooser/create/': "login  ok     ok     ok     ok     ok",
    'workflows/task_chooser/<int:task_id>/': "login  ok     ok     ok     ok     ok",
    # reports
    'reports/locked/': "login  ok     no     no     no     ok",
    'reports/locked/results/': "login  ok     no     no     no     ok",
    'reports/workflow/': "login  ok     ok     ok     no     ok",
    'reports/workflow/results/': "login  ok     ok     ok     no     ok",
    'reports/workflow_tasks/': "login  ok     ok     ok     no     ok",
    'reports/workflow_tasks/results/': "login  ok     ok     ok     no     ok",
    'reports/site-history/': "login  ok     ok     ok     ok     ok",
    'reports/site-history/results/': "login  ok     ok     ok     ok     ok",
    'reports/aging-pages/': "login  ok     ok     ok     no     ok",
    'reports/aging-pages/results/': "login  ok     ok     ok     no     ok",
    'reports/page-types-usage/': "login  ok     ok     ok     no     ok",
    'reports/page-types-usage/results/': "login  ok     ok     ok     no     ok",
    # account
    'account/': "login  ok     ok     ok     ok     ok",
    # dismissibles
    'dismissibles/': "login  ok     ok     ok     ok     ok",
    # editing-sessions
    'editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/':
        "login  405    405    405    405    405",
    'editing-sessions/release/<int:session_id>/': "login  405    405    405    405    405",
    # block-preview
    'block-preview/': "login  moved  moved  moved  moved  moved",
    # forms
    # Patients' messages: coordinators (and the superuser) only; one list per form, under the English page,
    # holding the messages of every language, so the Chinese page's own list is empty for everyone.
    'forms/': "login  no     no     no     ok     ok",
    'forms/results/': "login  no     no     no     ok     ok",
    'forms/submissions/<int:page_id>/delete/ [en]': "login  no     no     no     ok     ok",
    'forms/submissions/<int:page_id>/delete/ [zh]': "login  no     no     no     no     no",
    # casepages
    'casepages/checks/<int:page_id>/override/ [en]': "login  no     no     moved  no     moved",
    'casepages/checks/<int:page_id>/override/ [zh]': "login  no     no     moved  no     moved",
    # two-factor
    # Already verified: the second-factor screens send staff on to the dashboard.
    'two-factor/verify/': "login  moved  moved  moved  moved  moved",
    'two-factor/enrol/': "login  moved  moved  moved  moved  moved",
    'two-factor/recovery-codes/': "login  ok     ok     ok     ok     ok",
    # localize
    'localize/submit/page/<int:page_id>/ [en]': "login  ok     ok     no     no     ok",
    'localize/submit/page/<int:page_id>/ [zh]': "login  ok     ok     no     no     ok",
    'localize/update/<int:translation_source_id>/': "login  ok     ok     no     no     ok",
    'localize/translate/<int:translation_id>/pofile/download/': "login  no     ok     ok     no     ok",
    'localize/translate/<int:translation_id>/pofile/upload/': "login  405    405    405    405    405",
    'localize/translate/<int:translation_id>/machine_translate/': "login  405    405    405    405    405",
    'localize/page/<int:page_id>/convert_to_alias/ [en]': "login  no     no     no     no     moved",
    'localize/page/<int:page_id>/convert_to_alias/ [zh]': "login  no     no     no     no     ok",
    # casepages
    'casepages/translations/status/': "login  ok     ok     ok     no     ok",
    'casepages/translations/<int:translation_id>/submit/': "login  405    405    405    405    405",
    'casepages/translations/<int:translation_id>/po/': "login  no     ok     ok     no     ok",
    'casepages/translations/<int:translation_id>/po/upload/': "login  405    405    405    405    405",
    'casepages/translations/<int:translation_id>/machine/': "login  405    405    405    405    405",
    'casepages/translations/compare/<int:page_id>/ [en]': "login  ok     no     ok     no     ok",
    'casepages/translations/compare/<int:page_id>/ [zh]': "login  no     ok     ok     no     ok",
    # localize
    'localize/jsi18n/': "login  ok     ok     ok     ok     ok",
    'localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/ [condition]':
        "login  ok     ok     no     no     ok",
    'localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/ [treatment]':
        "login  ok     ok     no     no     ok",
    'localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/ [glossaryterm]':
        "login  ok     ok     no     no     ok",
    # Consent records are not translated: wagtail-localize sends everyone who may submit translations away.
    'localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/ [consentrecord]':
        "login  moved  moved  no     no     moved",
    'localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/':
        "login  405    405    405    405    405",
    'localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/':
        "login  405    405    405    405    405",
    'localize/translate/<int:translation_id>/preview/': "login  no     ok     ok     no     ok",
    'localize/translate/<int:translation_id>/preview/<str:mode>/': "login  no     ok     ok     no     ok",
    'localize/translate/<int:translation_id>/disable/': "login  405    405    405    405    405",
    'localize/reports/translations/': "login  ok     ok     ok     no     ok",
    # wagtail-localize's snippet API, per model: only for those who may see that model's snippets.
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/ [condition]':
        "login  ok     ok     no     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/ [treatment]':
        "login  ok     ok     no     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/ [glossaryterm]':
        "login  ok     ok     no     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/ [consentrecord]':
        "login  ok     no     ok     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/ [condition]':
        "login  ok     ok     no     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/ [treatment]':
        "login  ok     ok     no     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/ [glossaryterm]':
        "login  ok     ok     no     no     ok",
    'localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/ [consentrecord]':
        "login  ok     no     ok     no     ok",
    'localize/reports/translations/results/': "login  ok     ok     ok     no     ok",
    # forms
    'forms/submissions/<int:page_id>/ [en]': "login  no     no     no     ok     ok",
    'forms/submissions/<int:page_id>/ [zh]': "login  no     no     no     no     no",
    'forms/submissions/<int:page_id>/results/ [en]': "login  no     no     no     ok     ok",
    'forms/submissions/<int:page_id>/results/ [zh]': "login  no     no     no     no     no",
    # redirects
    'redirects/': "login  no     no     no     no     ok",
    'redirects/results/': "login  no     no     no     no     ok",
    'redirects/add/': "login  no     no     no     no     ok",
    'redirects/<int:redirect_id>/': "login  no     no     no     no     ok",
    'redirects/<int:redirect_id>/delete/': "login  no     no     no     no     ok",
    'redirects/import/': "login  no     no     no     no     ok",
    'redirects/import/process/': "login  no     no     no     no     405",
    # settings
    'settings/<slug:app_name>/<slug:model_name>/': "login  moved  moved  moved  moved  moved",
    'settings/<slug:app_name>/<slug:model_name>/<int:pk>/': "login  moved  moved  moved  moved  moved",
    'settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/': "login  moved  moved  moved  moved  moved",
    # embeds
    'embeds/chooser/': "login  ok     ok     ok     ok     ok",
    'embeds/chooser/upload/': "login  ok     ok     ok     ok     ok",
    # snippets
    'snippets/': "login  ok     ok     ok     no     ok",
    # documents
    'documents/': "login  ok     no     no     no     ok",
    'documents/results/': "login  ok     no     no     no     ok",
    'documents/add/': "login  ok     no     no     no     ok",
    'documents/edit/<int:document_id>/': "login  ok     no     no     no     ok",
    'documents/delete/<int:document_id>/': "login  ok     no     no     no     ok",
    'documents/multiple/add/': "login  ok     no     no     no     ok",
    'documents/multiple/<int:doc_id>/': "login  405    405    405    405    405",
    'documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/':
        "login  405    405    405    405    405",
    'documents/multiple/<int:doc_id>/delete/': "login  405    405    405    405    405",
    'documents/multiple/delete_upload/<int:uploaded_file_id>/': "login  405    405    405    405    405",
    'documents/usage/<int:document_id>/': "login  ok     no     no     no     ok",
    # images
    'images/': "login  ok     no     no     no     ok",
    'images/results/': "login  ok     no     no     no     ok",
    'images/<int:image_id>/': "login  ok     no     no     no     ok",
    'images/<int:image_id>/delete/': "login  ok     no     no     no     ok",
    'images/<int:image_id>/generate_url/': "login  moved  no     no     no     moved",
    'images/<int:image_id>/generate_url/output/': "login  moved  no     no     no     moved",
    'images/<int:image_id>/preview/<str:filter_spec>/': "login  ok     no     no     no     ok",
    'images/add/': "login  ok     no     no     no     ok",
    'images/usage/<int:image_id>/': "login  ok     no     no     no     ok",
    'images/multiple/add/': "login  ok     no     no     no     ok",
    'images/multiple/<int:image_id>/': "login  405    405    405    405    405",
    'images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/': "login  405    405    405    405    405",
    'images/multiple/<int:image_id>/delete/': "login  405    405    405    405    405",
    'images/multiple/delete_upload/<int:uploaded_file_id>/': "login  405    405    405    405    405",
    # snippets
    'snippets/casepages/condition/': "login  ok     ok     no     no     ok",
    'snippets/casepages/condition/results/': "login  ok     ok     no     no     ok",
    'snippets/casepages/condition/add/': "login  ok     ok     no     no     ok",
    # Reviewers open a condition while it waits for their review, as they do pages.
    'snippets/casepages/condition/edit/<int:pk>/': "login  ok     ok     ok     no     ok",
    'snippets/casepages/condition/delete/<int:pk>/': "login  no     no     no     no     ok",
    'snippets/casepages/condition/usage/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/condition/history/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/condition/history-results/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/condition/copy/<int:pk>/': "login  ok     ok     no     no     ok",
    # Conditions and treatments are reviewed like pages: revisions, workflow, publishing by approval.
    r'snippets/casepages/condition/history/(?P<pk>.+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$':  # noqa: E501
        "login  ok     ok     no     no     ok",
    r'snippets/casepages/condition/history/<int:pk>/revisions/<int:revision_id>/revert/':  # noqa: E501
        "login  ok     ok     ok     no     ok",
    r'snippets/casepages/condition/history/<int:pk>/revisions/<int:revision_id>/unschedule/':  # noqa: E501
        "login  no     no     no     no     ok",
    r'snippets/casepages/condition/lock/<int:pk>/': "login  no     no     405    no     405",
    r'snippets/casepages/condition/unlock/<int:pk>/': "login  no     no     no     no     405",
    r'snippets/casepages/condition/unpublish/<int:pk>/': "login  no     no     no     no     ok",
    r'snippets/casepages/condition/workflow/action/<int:pk>/<slug:action_name>/<int:task_state_id>/':  # noqa: E501
        "login  no     no     ok     no     ok",
    r'snippets/casepages/condition/workflow/collect_action_data/<int:pk>/<slug:action_name>/<int:task_state_id>/':  # noqa: E501
        "login  no     no     ok     no     ok",
    r'snippets/casepages/condition/workflow/confirm_cancellation/<int:pk>/': "login  ok     ok     ok     ok     ok",
    r'snippets/casepages/condition/workflow_history/<int:pk>/': "login  ok     ok     no     no     ok",
    r'snippets/casepages/condition/workflow_history/<int:pk>/detail/<int:workflow_state_id>/':  # noqa: E501
        "login  ok     ok     no     no     ok",
    'snippets/choose/casepages/condition/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/condition/results/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/condition/chosen/<str:pk>/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/condition/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/condition/create/': "login  ok     ok     no     no     ok",
    'snippets/casepages/treatment/': "login  ok     ok     no     no     ok",
    'snippets/casepages/treatment/results/': "login  ok     ok     no     no     ok",
    'snippets/casepages/treatment/add/': "login  ok     ok     no     no     ok",
    # Reviewers open a treatment while it waits for their review, as they do pages.
    'snippets/casepages/treatment/edit/<int:pk>/': "login  ok     ok     ok     no     ok",
    'snippets/casepages/treatment/delete/<int:pk>/': "login  no     no     no     no     ok",
    'snippets/casepages/treatment/usage/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/treatment/history/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/treatment/history-results/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/treatment/copy/<int:pk>/': "login  ok     ok     no     no     ok",
    r'snippets/casepages/treatment/history/(?P<pk>.+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$':  # noqa: E501
        "login  ok     ok     no     no     ok",
    r'snippets/casepages/treatment/history/<int:pk>/revisions/<int:revision_id>/revert/':  # noqa: E501
        "login  ok     ok     ok     no     ok",
    r'snippets/casepages/treatment/history/<int:pk>/revisions/<int:revision_id>/unschedule/':  # noqa: E501
        "login  no     no     no     no     ok",
    r'snippets/casepages/treatment/lock/<int:pk>/': "login  no     no     405    no     405",
    r'snippets/casepages/treatment/unlock/<int:pk>/': "login  no     no     no     no     405",
    r'snippets/casepages/treatment/unpublish/<int:pk>/': "login  no     no     no     no     ok",
    r'snippets/casepages/treatment/workflow/action/<int:pk>/<slug:action_name>/<int:task_state_id>/':  # noqa: E501
        "login  no     no     ok     no     ok",
    r'snippets/casepages/treatment/workflow/collect_action_data/<int:pk>/<slug:action_name>/<int:task_state_id>/':  # noqa: E501
        "login  no     no     ok     no     ok",
    r'snippets/casepages/treatment/workflow/confirm_cancellation/<int:pk>/': "login  ok     ok     ok     ok     ok",
    r'snippets/casepages/treatment/workflow_history/<int:pk>/': "login  ok     ok     no     no     ok",
    r'snippets/casepages/treatment/workflow_history/<int:pk>/detail/<int:workflow_state_id>/':  # noqa: E501
        "login  ok     ok     no     no     ok",
    'snippets/choose/casepages/treatment/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/treatment/results/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/treatment/chosen/<str:pk>/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/treatment/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/treatment/create/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/results/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/add/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/edit/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/delete/<int:pk>/': "login  no     no     no     no     ok",
    'snippets/casepages/glossaryterm/usage/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/history/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/history-results/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/casepages/glossaryterm/copy/<int:pk>/': "login  ok     ok     no     no     ok",
    'snippets/choose/casepages/glossaryterm/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/glossaryterm/results/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/glossaryterm/chosen/<str:pk>/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/glossaryterm/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/glossaryterm/create/': "login  ok     ok     no     no     ok",
    # Consent records: editors keep them, reviewers read them, translators and coordinators never see them.
    'snippets/casepages/consentrecord/': "login  ok     no     ok     no     ok",
    'snippets/casepages/consentrecord/results/': "login  ok     no     ok     no     ok",
    'snippets/casepages/consentrecord/add/': "login  ok     no     no     no     ok",
    'snippets/casepages/consentrecord/edit/<int:pk>/': "login  ok     no     no     no     ok",
    'snippets/casepages/consentrecord/delete/<int:pk>/': "login  no     no     no     no     ok",
    'snippets/casepages/consentrecord/usage/<int:pk>/': "login  ok     no     no     no     ok",
    'snippets/casepages/consentrecord/history/<int:pk>/': "login  ok     no     no     no     ok",
    'snippets/casepages/consentrecord/history-results/<int:pk>/': "login  ok     no     no     no     ok",
    'snippets/casepages/consentrecord/copy/<int:pk>/': "login  ok     no     no     no     ok",
    'snippets/choose/casepages/consentrecord/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/consentrecord/results/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/consentrecord/chosen/<str:pk>/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/consentrecord/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    'snippets/choose/casepages/consentrecord/create/': "login  ok     no     no     no     ok",
    # locales
    'locales/': "login  no     no     no     no     ok",
    'locales/results/': "login  no     no     no     no     ok",
    'locales/new/': "login  no     no     no     no     ok",
    'locales/edit/<int:pk>/': "login  no     no     no     no     ok",
    'locales/delete/<int:pk>/': "login  no     no     no     no     ok",
    'locales/history/<int:pk>/': "login  no     no     no     no     ok",
    'locales/history-results/<int:pk>/': "login  no     no     no     no     ok",
    'locales/usage/<int:pk>/': "login  no     no     no     no     ok",
    'locales/copy/<int:pk>/': "login  no     no     no     no     ok",
    # sites
    'sites/': "login  no     no     no     no     ok",
    'sites/results/': "login  no     no     no     no     ok",
    'sites/new/': "login  no     no     no     no     ok",
    'sites/edit/<int:pk>/': "login  no     no     no     no     ok",
    'sites/delete/<int:pk>/': "login  no     no     no     no     ok",
    'sites/history/<int:pk>/': "login  no     no     no     no     ok",
    'sites/history-results/<int:pk>/': "login  no     no     no     no     ok",
    'sites/usage/<int:pk>/': "login  no     no     no     no     ok",
    'sites/copy/<int:pk>/': "login  no     no     no     no     ok",
    # users
    'users/': "login  no     no     no     no     ok",
    'users/results/': "login  no     no     no     no     ok",
    'users/new/': "login  no     no     no     no     ok",
    'users/edit/<int:pk>/': "login  no     no     no     no     ok",
    'users/delete/<int:pk>/': "login  no     no     no     no     ok",
    'users/history/<int:pk>/': "login  no     no     no     no     ok",
    'users/history-results/<int:pk>/': "login  no     no     no     no     ok",
    'users/usage/<int:pk>/': "login  no     no     no     no     ok",
    'users/copy/<int:pk>/': "login  no     no     no     no     ok",
    # groups
    'groups/': "login  no     no     no     no     ok",
    'groups/results/': "login  no     no     no     no     ok",
    'groups/new/': "login  no     no     no     no     ok",
    'groups/edit/<int:pk>/': "login  no     no     no     no     ok",
    'groups/delete/<int:pk>/': "login  no     no     no     no     ok",
    'groups/history/<int:pk>/': "login  no     no     no     no     ok",
    'groups/history-results/<int:pk>/': "login  no     no     no     no     ok",
    'groups/usage/<int:pk>/': "login  no     no     no     no     ok",
    # documents
    'documents/chooser/': "login  ok     ok     ok     ok     ok",
    'documents/chooser/results/': "login  ok     ok     ok     ok     ok",
    'documents/chooser/chosen/<str:pk>/': "login  ok     ok     no     no     ok",
    'documents/chooser/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    'documents/chooser/create/': "login  ok     no     no     no     ok",
    # images
    'images/chooser/': "login  ok     ok     ok     ok     ok",
    'images/chooser/results/': "login  ok     ok     ok     ok     ok",
    'images/chooser/chosen/<str:pk>/': "login  ok     ok     no     no     ok",
    'images/chooser/chosen-multiple/': "login  ok     ok     ok     ok     ok",
    'images/chooser/create/': "login  ok     no     no     no     ok",
    'images/chooser/<int:image_id>/select_format/': "login  ok     ok     no     no     ok",
    # sprite
    'sprite/': "ok     ok     ok     ok     ok     ok",
    # login
    'login/': "ok     moved  moved  moved  moved  moved",
    # password_reset
    'password_reset/': "ok     ok     ok     ok     ok     ok",
    'password_reset/done/': "ok     ok     ok     ok     ok     ok",
    'password_reset/confirm/<uidb64>/<token>/': "ok     ok     ok     ok     ok     ok",
    'password_reset/complete/': "ok     ok     ok     ok     ok     ok",
    # jsi18n
    'jsi18n/': "ok     ok     ok     ok     ok     ok",
    # ^.*
    '^.*/$': "login  moved  moved  moved  moved  moved",
    # logout
    'logout/': "login  405    405    405    405    405",
}
# fmt: on


def expected_row(row):
    return EXPECTED[row].split()


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_answers_each_role_as_the_matrix_says(client, demo_users, subjects, role):
    answers = walk(client, role, subjects, demo_users)
    index = ROLES.index(role)
    unlisted = sorted(row for row in answers if row not in EXPECTED)
    wrong = [
        f"{row}: expected {expected_row(row)[index]}, got {got} ({url})"
        for row, (got, url) in answers.items()
        if row in EXPECTED and expected_row(row)[index] != got
    ]
    stale = sorted(row for row in EXPECTED if row not in answers)
    assert not unlisted, "Admin URLs missing from the matrix (review who may open them):\n" + "\n".join(
        f"{row}: {answers[row][0]}" for row in unlisted
    )
    assert not wrong, f"{role}:\n" + "\n".join(wrong)
    assert not stale, "Rows for URLs that no longer exist:\n" + "\n".join(stale)


# What a staff member who has given the password but not the second factor may open.
OPEN_WITHOUT_SECOND_FACTOR = {
    "login/": "moved",  # on to the dashboard, which asks for the code
    "logout/": "405",  # signing out is a POST
    "jsi18n/": "ok",
    "sprite/": "ok",
    "two-factor/verify/": "2fa",  # no authenticator yet: on to enrolment
    "two-factor/enrol/": "ok",
}


@pytest.mark.parametrize("role", ROLES[1:])
def test_a_password_alone_opens_only_the_second_factor_screens(client, demo_users, subjects, role):
    client.force_login(demo_users[role])
    client.raise_request_exception = False
    wrong = []
    for route in sorted(admin_routes(), key=lambda route: route == "logout/"):
        for row, url in concrete_urls(route, subjects).items():
            got = outcome(client.get(url))
            if got != OPEN_WITHOUT_SECOND_FACTOR.get(route, "2fa"):
                wrong.append(f"{row}: {got} ({url})")
    assert not wrong, "\n".join(wrong)


def test_a_consent_record_title_names_neither_the_patient_nor_the_signed_document(client, demo_users):
    force_verified_login(client, demo_users["editor"])
    record = ConsentRecord.objects.first()
    listing = client.get("/admin/localize/api/snippets/casepages/consentrecord/").json()
    titles = (
        [item["title"] for item in listing["results"]]
        if isinstance(listing, dict)
        else [item["title"] for item in listing]
    )
    assert titles
    assert all(record.patient_alias not in title and record.document_reference not in title for title in titles)
    assert str(record) == f"Consent record {record.pk}, given {record.date_given.isoformat()}"
