"""What staff work on, for the staff benchmark and the query-count tests: a long story and many messages.

- `add_long_story(case_index, number)`: an English case story of 40 blocks (the SLE-03 story's
  ten blocks four times over: paragraphs, timeline events and quotes, each with its Chinese text
  in the demo content), published as imported content. Its case code is LONG-<number>.
- `start_translation(page, locale, user)`: wagtail-localize's "Translate this page" for it (the
  Chinese draft, its translation source and segments), as a translator starts it in the admin.
- `fill_translation(translation)`: every segment given its Chinese text from the demo content,
  as a translator's PO upload leaves it (slugs stay as they are).
- `add_messages(count)`: patients' messages to the message form, inserted in one batch.

These go the way the admin goes (except the messages, which only need to exist), so the screens
and actions measured on them cost what they cost for real work.
"""

import datetime

from django.utils import timezone
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from bench.casegen import in_language
from casepages.workflow.publication import imported
from hospital.demo import content as demo_content
from hospital.demo.loader import DemoTranslator

SOURCE_LANGUAGE, TARGET_LANGUAGE = demo_content.LANGUAGES
LONG_STORY_BLOCKS = 40
# What the benchmark's editor adds to a text when they change it, in both languages.
EDIT_SUFFIX = {SOURCE_LANGUAGE: " Updated on review.", TARGET_LANGUAGE: "（复核后更新。）"}
TEMPLATE_CASE = demo_content.CASES[0]  # SLE-03: Ms. A, whose checks pass in both languages


def long_story_code(number=1):
    return f"LONG-{number:02d}"


def long_story_body(language):
    blocks = TEMPLATE_CASE["body"]
    repeated = (blocks * (LONG_STORY_BLOCKS // len(blocks) + 1))[:LONG_STORY_BLOCKS]
    return [(block_type, in_language(value, language)) for block_type, value in repeated]


def add_long_story(case_index, number=1):
    """A published English case story of 40 blocks under `case_index`."""
    from casepages.models import CasePage

    template = TEMPLATE_CASE
    demo_case = CasePage.objects.get(locale=case_index.locale, case_code=template["case_code"])
    page = CasePage(
        title=f"{template['title'][SOURCE_LANGUAGE]} – long story {number}",
        slug=f"long-story-{number}",
        case_code=long_story_code(number),
        summary=in_language(template["summary"], SOURCE_LANGUAGE),
        patient_alias=in_language(template["patient_alias"], SOURCE_LANGUAGE),
        gender=template["gender"],
        age_at_onset=template["age_at_onset"],
        nationality=template["nationality"],
        condition=demo_case.condition,
        treatment=demo_case.treatment,
        onset_date=template["onset_date"],
        treatment_date=template["treatment_date"],
        follow_up_visits=template["follow_up_visits"],
        outcome_summary=in_language(template["outcome_summary"], SOURCE_LANGUAGE),
        body=long_story_body(SOURCE_LANGUAGE),
        consent=demo_case.consent,
        locale=case_index.locale,
    )
    with imported("staff benchmark"):
        case_index.add_child(instance=page)
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def start_translation(page, locale, user):
    """wagtail-localize's "Translate this page" into `locale`: the draft translation, not yet translated."""
    from casepages.translation.views import ReviewedTranslationCreator

    ReviewedTranslationCreator(user, [locale]).create_translations(page)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def chinese_texts(translation):
    """{string id: Chinese} for the translation's source segments, from the demo content and the page's title."""
    texts = DemoTranslator(translation.target_locale).texts
    source = translation.source.as_instance()
    title = source.title
    texts[title] = title.replace(
        TEMPLATE_CASE["title"][SOURCE_LANGUAGE], TEMPLATE_CASE["title"][TARGET_LANGUAGE]
    ).replace("long story", "长篇")
    # An editor's change to a text (see EDIT_SUFFIX), as the translator renders it.
    for english, chinese in list(texts.items()):
        texts[english + EDIT_SUFFIX[SOURCE_LANGUAGE]] = chinese + EDIT_SUFFIX[TARGET_LANGUAGE]
    return texts


def fill_translation(translation):
    """Give every segment of `translation` its Chinese text (slugs and anything unknown kept as they are)."""
    texts = chinese_texts(translation)
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    StringTranslation.objects.filter(
        locale=translation.target_locale, context__in=[segment.context_id for segment in segments]
    ).delete()
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                data=texts.get(segment.string.data, segment.string.data),
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment in segments
        ]
    )


MESSAGE_TEXTS = [
    "Could CAR-T therapy help my mother? She has had lupus for twelve years.",
    "我父亲患有多发性骨髓瘤，想了解贵院的治疗方案和费用。",
    "How long would I need to stay in the hospital for a first consultation?",
]


def add_messages(count, batch_size=2000):
    """`count` patients' messages to the English and Chinese message forms, in batches; returns how many."""
    from casepages.models import MessageFormPage, PatientMessage

    forms = list(MessageFormPage.objects.select_related("locale").order_by("pk"))
    now = timezone.now()
    for start in range(0, count, batch_size):
        rows = []
        for number in range(start, min(count, start + batch_size)):
            form = forms[number % len(forms)]
            rows.append(
                PatientMessage(
                    page=form,
                    language=form.locale.language_code,
                    form_data={
                        "name": f"Patient {number}",
                        "email": f"patient{number}@example.org",
                        "phone": "",
                        "country": "Kazakhstan",
                        "preferred_language": "English",
                        "condition": "lupus",
                        "message": MESSAGE_TEXTS[number % len(MESSAGE_TEXTS)],
                        "consent": True,
                    },
                    notification_status=PatientMessage.NotificationStatus.SENT,
                    notified_at=now - datetime.timedelta(minutes=number),
                )
            )
        PatientMessage.objects.bulk_create(rows)
    return count


def edit_form_data(page, **changes):
    """What the page editor posts for an English case story as it stands, with `changes` (field: value)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    def block_value(block):
        if block.block_type == "paragraph":
            return rich_text(block.value.source)
        return {
            name: value.isoformat() if isinstance(value, datetime.date) else value
            for name, value in block.value.items()
        }

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
        "body": streamfield([(block.block_type, block_value(block)) for block in page.body]),
        "consent": page.consent_id,
        "comments": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data(fields)
