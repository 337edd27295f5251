"""Everything around the "Leave your message" form that is not the page model itself.

- `forms`: the public form (field validation, the limits, the hidden spam fields);
- `spam`: honeypot, minimum fill time and the per-address rate limit;
- `refusals`: the polite pages shown when a message is refused, CSRF and too-large requests included;
- `notifications`: the coordinators' e-mail, sent after the message is stored, and resending;
- `access`: who may read messages (patient coordinators and superusers) and which form pages they see;
- `admin_views`: the submissions list, export and delete views with CSV-safe cells and an audit trail;
- `retention`: deleting messages older than the retention period.
"""
