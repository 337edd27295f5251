"""The plugin's models, one module per concern."""

from .cases import CaseIndexPage, CasePage
from .consent import ConsentRecord
from .messages import MessageFormField, MessageFormPage, PatientMessage
from .pages import HomePage, InformationPage
from .snippets import Condition, GlossaryTerm, Treatment

__all__ = [
    "CaseIndexPage",
    "CasePage",
    "Condition",
    "ConsentRecord",
    "GlossaryTerm",
    "HomePage",
    "InformationPage",
    "MessageFormField",
    "MessageFormPage",
    "PatientMessage",
    "Treatment",
]
