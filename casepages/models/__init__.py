"""The plugin's models, one module per concern."""

from .cases import CaseIndexPage, CasePage
from .consent import ConsentRecord
from .messages import MessageFormField, MessageFormPage, PatientMessage
from .snippets import Condition, GlossaryTerm, Treatment

__all__ = [
    "CaseIndexPage",
    "CasePage",
    "Condition",
    "ConsentRecord",
    "GlossaryTerm",
    "MessageFormField",
    "MessageFormPage",
    "PatientMessage",
    "Treatment",
]
