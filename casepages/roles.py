"""The staff roles as Django groups, with their permissions, built from code.

Page permissions are granted on the top pages of each language's tree, so each tree has its own
editors: a translator group per language can edit that language's tree and nothing else, and
adding a language adds a group, not code. No group may publish a page directly; pages go live
when a reviewer approves them in the workflow.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale

from .languages import language_roots, source_language, target_languages
from .workflow.setup import ensure_review_workflow

EDITORS = "Editors"
REVIEWERS = "Medical reviewers"
COORDINATORS = "Patient coordinators"


def translators_group_name(language_code):
    return f"Translators ({language_code})"


def group_names() -> dict[str, str]:
    """Short names for the groups, as the demo users and the tests use them."""
    return {
        "editors": EDITORS,
        "reviewers": REVIEWERS,
        "coordinators": COORDINATORS,
        **{f"translators:{code}": translators_group_name(code) for code in target_languages()},
    }


ADMIN_ACCESS = ("wagtailadmin", "access_admin")
SNIPPET_EDITING = [
    ("casepages", "add_condition"),
    ("casepages", "change_condition"),
    ("casepages", "add_treatment"),
    ("casepages", "change_treatment"),
    ("casepages", "add_glossaryterm"),
    ("casepages", "change_glossaryterm"),
]
CONSENT_EDITING = [("casepages", "add_consentrecord"), ("casepages", "change_consentrecord")]
CONSENT_VIEWING = [("casepages", "view_consentrecord")]
# What makes a medical reviewer, checked by permission rather than by group name.
MEDICAL_REVIEWING = [("casepages_workflow", "add_medicalreview"), ("casepages_workflow", "add_checkoverride")]
TRANSLATION_SUBMITTING = [("wagtail_localize", "submit_translation")]
# Reading, exporting and deleting patients' messages (see casepages.messages.access).
MESSAGE_HANDLING = [("casepages", "view_patientmessage"), ("casepages", "delete_patientmessage")]
MEDIA_USE = ["add_image", "choose_image", "add_document", "choose_document"]


@dataclass
class RolesReport:
    groups: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _permissions(pairs):
    found = []
    for app_label, codename in pairs:
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _only_page_permissions(group, grants):
    """Give `group` exactly these page permissions, as {page: [permission types]}; remove any other.

    Wagtail's installer gives its own "Editors" group rights over the whole tree (every language),
    which would let English editors change Chinese pages; exact grants keep each tree to its role.
    """
    wanted = {(page.pk, f"{kind}_page") for page, kinds in grants.items() for kind in kinds}
    for grant in GroupPagePermission.objects.filter(group=group).select_related("permission"):
        if (grant.page_id, grant.permission.codename) not in wanted:
            grant.delete()
    for page, kinds in grants.items():
        _page_permissions(group, page, kinds)


def _page_permissions(group, page, permission_types):
    for permission_type in permission_types:
        if not GroupPagePermission.objects.filter(
            group=group, page=page, permission__codename=f"{permission_type}_page"
        ).exists():
            GroupPagePermission.objects.create(group=group, page=page, permission_type=permission_type)


def _collection_permissions(group, codenames):
    root = Collection.get_first_root_node()
    for codename in codenames:
        permission = Permission.objects.get(codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def _language_roots(language_code, permission_types):
    return {root: permission_types for root in language_roots(language_code)}


def setup_roles() -> RolesReport:
    """Create or complete every staff group; safe to run again after adding pages or languages."""
    report = RolesReport()
    source = source_language()
    with transaction.atomic():
        editors, _ = Group.objects.get_or_create(name=EDITORS)
        editors.permissions.add(
            *_permissions([ADMIN_ACCESS, *SNIPPET_EDITING, *CONSENT_EDITING, *TRANSLATION_SUBMITTING])
        )
        _collection_permissions(editors, MEDIA_USE)
        source_roots = _language_roots(source, ["add", "change", "lock", "unlock"])
        _only_page_permissions(editors, source_roots)
        if not source_roots:
            report.skipped.append(f"{EDITORS}: no page in {source} yet")
        report.groups.append(EDITORS)

        for code in target_languages():
            Locale.objects.get_or_create(language_code=code)
            name = translators_group_name(code)
            translators, _ = Group.objects.get_or_create(name=name)
            translators.permissions.add(*_permissions([ADMIN_ACCESS, *SNIPPET_EDITING, *TRANSLATION_SUBMITTING]))
            _collection_permissions(translators, ["choose_image", "choose_document"])
            roots = _language_roots(code, ["add", "change"])
            _only_page_permissions(translators, roots)
            if not roots:
                report.skipped.append(f"{name}: no page in {code} yet (translate the home page first)")
            report.groups.append(name)

        reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
        reviewers.permissions.add(*_permissions([ADMIN_ACCESS, *CONSENT_VIEWING, *MEDICAL_REVIEWING]))
        # Reviewers edit to correct a draft under review; approving, not a publish button, makes it live.
        every_root = {}
        for code in [source, *target_languages()]:
            every_root.update(_language_roots(code, ["change"]))
        _only_page_permissions(reviewers, every_root)
        ensure_review_workflow(reviewers)
        report.groups.append(REVIEWERS)

        coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
        coordinators.permissions.add(*_permissions([ADMIN_ACCESS, *MESSAGE_HANDLING]))
        _only_page_permissions(coordinators, {})
        report.groups.append(COORDINATORS)
    return report
