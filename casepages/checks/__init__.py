"""Checks over plain text, shared by the workflow tasks, the admin and the commands.

Pure functions with no Django models inside: each takes text and returns a list of `Finding`s.
"""

from casepages.checks.deidentification import scan_identifiers
from casepages.checks.findings import Finding, with_field
from casepages.checks.glossary import GlossaryEntry, check_terminology
from casepages.checks.placeholders import find_empty_headings, find_placeholders, find_untranslated_text

__all__ = [
    "Finding",
    "GlossaryEntry",
    "check_terminology",
    "find_empty_headings",
    "find_placeholders",
    "find_untranslated_text",
    "scan_identifiers",
    "with_field",
]
