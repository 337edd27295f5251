"""Admin wiring: snippets for conditions, treatments, glossary terms and consent records."""

from wagtail.snippets.models import register_snippet

from ..models import Condition, ConsentRecord, GlossaryTerm, Treatment

register_snippet(Condition)
register_snippet(Treatment)
register_snippet(GlossaryTerm)
register_snippet(ConsentRecord)
