"""Checks over plain text, shared by the workflow tasks, the admin and the commands.

Pure functions with no Django models inside: each takes text and returns a list of `Finding`s.
"""

from casepages.checks.aliases import alias_findings, is_letter_alias
from casepages.checks.deidentification import scan_identifiers
from casepages.checks.findings import Finding, with_field
from casepages.checks.glossary import GlossaryEntry, check_terminology, check_terminology_by_field
from casepages.checks.languages import LATIN_SCRIPT, knows_names_in
from casepages.checks.placeholders import find_empty_headings, find_placeholders, find_untranslated_text
from casepages.checks.real_names import RealNameList, name_digests

__all__ = [
    "LATIN_SCRIPT",
    "Finding",
    "GlossaryEntry",
    "RealNameList",
    "alias_findings",
    "check_terminology",
    "check_terminology_by_field",
    "find_empty_headings",
    "find_placeholders",
    "find_untranslated_text",
    "is_letter_alias",
    "knows_names_in",
    "name_digests",
    "scan_identifiers",
    "with_field",
]
