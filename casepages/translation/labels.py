"""Names a translator understands for wagtail-localize's segment paths.

wagtail-localize addresses each piece of text by a path such as `slug`, `body.2e2f…` or
`body.2e2f….quote`: a field, then a StreamField block's id, then a field inside the block. Staff
see "Story, block 3 (Patient quote), Quote" instead.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.fields import StreamField


def _stream_block(stream_value, block_id):
    for position, block in enumerate(stream_value, start=1):
        if block.id == block_id:
            return position, block
    return None, None


def segment_label(source_object, path: str) -> str:
    """The human name of the text at `path` in `source_object` (its field, block and sub-field)."""
    field_name, *rest = path.split(".")
    try:
        field = source_object._meta.get_field(field_name)
    except FieldDoesNotExist:
        return path
    label = capfirst(str(getattr(field, "verbose_name", field_name)))
    if not rest or not isinstance(field, StreamField):
        return label
    position, block = _stream_block(getattr(source_object, field_name), rest[0])
    if block is None:
        return label
    parts = [label, _("block %(number)s (%(kind)s)") % {"number": position, "kind": block.block.label}]
    if len(rest) > 1 and hasattr(block.block, "child_blocks") and rest[1] in block.block.child_blocks:
        parts.append(str(block.block.child_blocks[rest[1]].label))
    return ", ".join(parts)
