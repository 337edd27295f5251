"""What visitors read of a translated page or snippet now, segment by segment."""

from ..upstream import StringSegmentValue, extract_segments


def published_texts(translated_object):
    """{segment path: text} of what visitors read now; empty if it is not live.

    A live row holds its published content (the publication gate keeps it so), so the segments
    extracted from the row are what was last approved.
    """
    if not getattr(translated_object, "live", True):
        return {}
    row = type(translated_object).objects.get(pk=translated_object.pk)
    return {
        segment.path: segment.string.data
        for segment in extract_segments(row)
        if isinstance(segment, StringSegmentValue)
    }
