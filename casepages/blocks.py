"""StreamField blocks for the body of a case story."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    """Words of one person in the story, with their role rather than their name."""

    quote = blocks.TextBlock(label=_("Quote"))
    speaker_role = blocks.CharBlock(
        label=_("Speaker's role"),
        max_length=120,
        help_text=_("A role, never a name: for example “Patient” or “Attending rheumatologist”."),
    )


class PatientQuoteBlock(QuoteBlock):
    class Meta:
        icon = "openquote"
        label = _("Patient quote")
        template = "casepages/blocks/patient_quote.html"


class ClinicianQuoteBlock(QuoteBlock):
    class Meta:
        icon = "user"
        label = _("Clinician quote")
        template = "casepages/blocks/clinician_quote.html"


class TimelineEventBlock(blocks.StructBlock):
    """A dated step in the patient's course; shown as month and year only."""

    date = blocks.DateBlock(
        label=_("Month"),
        help_text=_("Only the month and year are shown, so any day of the month will do."),
    )
    description = blocks.TextBlock(label=_("What happened"))

    class Meta:
        icon = "date"
        label = _("Timeline event")
        template = "casepages/blocks/timeline_event.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for visitors who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "casepages/blocks/image.html"


class CaseStoryBlock(blocks.StreamBlock):
    """The story of a case: paragraphs, quotes, timeline events and images."""

    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="casepages/blocks/paragraph.html",
    )
    patient_quote = PatientQuoteBlock()
    clinician_quote = ClinicianQuoteBlock()
    timeline_event = TimelineEventBlock()
    image = CaptionedImageBlock()
