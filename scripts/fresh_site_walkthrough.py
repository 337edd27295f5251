"""The editorial path through casepages in a brand-new Wagtail site, as its staff would take it.

scripts/try_in_fresh_site.sh copies this file into the new site as a management command of the
site's own `home` app (it is the host's code, not the plugin's) and runs it after `migrate` and
`setup_roles`:

1. Languages: English (the site's own) and Simplified Chinese.
2. Staff: an editor, a medical reviewer and a Chinese translator, in the plugin's groups.
3. In English: a condition and a treatment (reviewed snippets), a consent record, a case index
   under the site's home page and a case page in it. The editor submits each to the review
   workflow; the plugin's automatic checks run first; the reviewer approves, which publishes.
4. In Chinese: the home page, the case index and the case page translated with the plugin's
   translation creator, their text filled in (with the condition and treatment the case shows),
   each submitted by the translator and approved by the reviewer.
5. Both public case pages fetched with Django's test client: 200, with the page's title.

Each step says what it did; the first that fails stops the command with its name and the reason.
"""

import datetime
import html
import traceback
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import BaseCommand, CommandError, call_command
from django.test import Client, override_settings
from wagtail.models import Locale, Page, Site, TaskState, WorkflowState

# The Chinese of every English text this walkthrough writes (slugs stay as they are).
CHINESE = {
    "Home": "首页",
    "Systemic lupus erythematosus": "系统性红斑狼疮",
    "An autoimmune disease that can affect the joints, skin and kidneys.": (
        "一种可累及关节、皮肤和肾脏的自身免疫性疾病。"
    ),
    "Immunosuppressive therapy": "免疫抑制治疗",
    "Medicines that calm an overactive immune system.": "使过度活跃的免疫系统平静下来的药物。",
    "Case stories": "病例故事",
    "Stories of patients treated at our hospital.": "在我院接受治疗的患者的故事。",
    "Lupus in a young teacher": "一位年轻教师的狼疮故事",
    "A teacher with lupus went back to work after treatment.": "一位患狼疮的教师在治疗后重返工作岗位。",
    "Ms. A": "A女士",
    "She is well and teaches again.": "她身体良好，已重新执教。",
    "Her joints ached every winter.": "她的关节每到冬天就疼痛。",
}


class StepFailed(Exception):
    pass


class Command(BaseCommand):
    help = "Write, review, translate and publish a case story in this site, then fetch it (casepages)."

    def handle(self, **options):
        # The staff's notification e-mails are kept in memory and counted, not printed.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            self.walk_through()
        self.say(f"{len(getattr(mail, 'outbox', []))} notification e-mails sent to the staff on the way")
        self.stdout.write(self.style.SUCCESS("casepages works in this site: written, reviewed, translated, published."))

    def walk_through(self):
        from casepages.models import CaseIndexPage, CasePage, Condition, ConsentRecord, Treatment
        from casepages.roles import EDITORS, REVIEWERS, translators_group_name

        with self.step("languages: English and Simplified Chinese"):
            english = Locale.objects.get(language_code="en")
            chinese, _ = Locale.objects.get_or_create(language_code="zh-hans")

        with self.step("staff: editor, medical reviewer, Chinese translator"):
            editor = self.user("editor", EDITORS)
            reviewer = self.user("reviewer", REVIEWERS)
            translator = self.user("translator", translators_group_name("zh-hans"))

        home = Site.objects.get(is_default_site=True).root_page.specific
        self.say(f"the site's home page: {home!r} ({type(home).__module__}.{type(home).__name__}), {home.url}")

        with self.step("English condition and treatment, through review"):
            condition = Condition(
                name="Systemic lupus erythematosus",
                slug="lupus",
                description="An autoimmune disease that can affect the joints, skin and kidneys.",
                locale=english,
                live=False,
            )
            treatment = Treatment(
                name="Immunosuppressive therapy",
                slug="immunosuppression",
                description="Medicines that calm an overactive immune system.",
                locale=english,
                live=False,
            )
            for snippet in (condition, treatment):
                snippet.save()
                snippet.save_revision(user=editor)
                self.review(snippet, editor, reviewer)

        with self.step("consent record for English and Chinese"):
            consent = ConsentRecord.objects.create(
                patient_alias="Ms. A",
                date_given=datetime.date(2024, 1, 10),
                document_reference="CONSENT-FRESH-01",
                covers_website=True,
            )
            consent.covered_locales.set([english, chinese])

        with self.step("English case index under the home page, through review"):
            case_index = home.add_child(
                instance=CaseIndexPage(
                    title="Case stories",
                    slug="cases",
                    introduction="Stories of patients treated at our hospital.",
                    live=False,
                )
            )
            case_index.save_revision(user=editor)
            self.review(case_index, editor, reviewer)

        with self.step("English case page, through review"):
            case_page = case_index.add_child(
                instance=CasePage(
                    title="Lupus in a young teacher",
                    slug="lupus-in-a-young-teacher",
                    case_code="FRESH-01",
                    summary="A teacher with lupus went back to work after treatment.",
                    patient_alias="Ms. A",
                    gender="female",
                    age_at_onset=28,
                    nationality="KZ",
                    condition=condition,
                    treatment=treatment,
                    onset_date=datetime.date(2019, 3, 1),
                    treatment_date=datetime.date(2021, 6, 1),
                    follow_up_visits=2,
                    outcome_summary="She is well and teaches again.",
                    body=[("paragraph", "<p>Her joints ached every winter.</p>")],
                    consent=consent,
                    live=False,
                )
            )
            case_page.save_revision(user=editor)
            self.review(case_page, editor, reviewer)

        # Parents first: a page whose parent has no translation would get a live alias of it.
        translated = {}
        for page in (home, case_index, case_page):
            with self.step(f"Chinese translation of “{page.title}”, through review"):
                to_review = self.translate(page, chinese, translator)
                if page.pk == home.pk:
                    # The Chinese tree is new: the plugin's setup is made to run again after a
                    # language or its pages are added, and gives that tree its roles and workflow.
                    call_command("setup_roles", stdout=self.stdout)
                for instance in to_review:
                    self.review(instance, translator, reviewer)
                translated[page.pk] = to_review[-1]

        with self.step("the public English and Chinese case pages"):
            client = Client()
            for page in (case_page, translated[case_page.pk]):
                page.refresh_from_db()
                url = page.get_url()
                response = client.get(url)
                if response.status_code != 200:
                    raise StepFailed(f"GET {url}: {response.status_code}")
                if page.title not in html.unescape(response.content.decode()):
                    raise StepFailed(f"GET {url}: 200, but the title “{page.title}” is not in the page")
                self.say(f"GET {url}: 200, “{page.title}”")

    # --- Steps -------------------------------------------------------------------------------------

    @contextmanager
    def step(self, name):
        self.stdout.write(f"- {name}")
        try:
            yield
        except StepFailed as problem:
            raise CommandError(f"step “{name}” failed: {problem}") from None
        except Exception as problem:
            self.stderr.write(traceback.format_exc())
            raise CommandError(f"step “{name}” failed: {type(problem).__name__}: {problem}") from None

    def say(self, text):
        self.stdout.write(f"    {text}")

    def user(self, username, group_name):
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            raise StepFailed(f"no group “{group_name}”: did `manage.py setup_roles` run?")
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.set_password("a long walkthrough password")
        user.save()
        user.groups.add(group)
        return user

    # --- The review workflow, as staff go through it -------------------------------------------------

    def review(self, obj, author, reviewer):
        """Submit `obj`'s latest revision as `author`; the automatic checks run; approve as `reviewer`."""
        workflow = obj.get_workflow()
        if workflow is None:
            raise StepFailed(f"no review workflow covers “{obj}”: `manage.py setup_roles` assigns it")
        workflow_state = workflow.start(obj, author)
        workflow_state.refresh_from_db()
        task_state = workflow_state.current_task_state
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES or task_state is None:
            sent_back = TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_REJECTED).last()
            raise StepFailed(f"the automatic checks sent “{obj}” back:\n{sent_back.comment if sent_back else '?'}")
        passed = TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_APPROVED)
        for check in passed:
            self.say(f"“{obj}”: {check.task.name}: {check.comment}")
        task = task_state.task.specific
        task.on_action(task_state.specific, reviewer, "approve")
        workflow_state.refresh_from_db()
        obj.refresh_from_db()
        if workflow_state.status != WorkflowState.STATUS_APPROVED or not obj.live:
            raise StepFailed(f"“{obj}” after {reviewer}'s approval: workflow {workflow_state.status}, live={obj.live}")
        self.say(f"“{obj}”: {task.name}: approved by {reviewer}, live")

    # --- Translation ----------------------------------------------------------------------------------

    def translate(self, page, locale, translator):
        """Translate `page` (and the snippets it shows) as the plugin's "Translate this page" does and
        fill in the Chinese; return the new drafts to review, snippets first, the page last (the
        plugin publishes no page that shows an unpublished snippet)."""
        from wagtail_localize.models import StringSegment, StringTranslation

        from casepages.translation.views import ReviewedTranslationCreator

        creator = ReviewedTranslationCreator(translator, [locale])
        creator.create_translations(page)
        drafts = []
        for source, translations in creator.mappings.items():
            for translation in translations:
                for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
                    text = segment.string.data
                    data = text if segment.context.path.endswith("slug") else CHINESE.get(text)
                    if data is None:
                        raise StepFailed(f"no Chinese for “{text}” ({segment.context.path})")
                    StringTranslation.objects.update_or_create(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        defaults={
                            "data": data,
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                            "last_translated_by": translator,
                        },
                    )
                translation.save_target(user=translator, publish=False)
                draft = source.get_translated_instance(locale)
                if not (draft.live and not draft.has_unpublished_changes):  # else reviewed already
                    drafts.append(draft)
        target = page.get_translation(locale).specific
        return [draft for draft in drafts if not isinstance(draft, Page)] + [target]
