"""What every check returns: one piece of text an editor has to look at, and why."""

from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Finding:
    """One problem in a scanned text.

    `start` and `end` are character offsets into the text that was scanned, so that an editor
    interface can highlight the exact words; `field` names where that text came from
    in the editor's words (for example "Story, patient quote 2: quote") and is filled in by the
    caller, which knows it.
    """

    kind: str
    text: str
    start: int
    end: int
    reason: str
    field: str = ""


def with_field(findings: Iterable[Finding], field: str) -> list[Finding]:
    """Return copies of `findings` that say they were found in `field`."""
    return [replace(finding, field=field) for finding in findings]
