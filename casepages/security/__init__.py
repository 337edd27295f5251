"""What keeps staff accounts, patients' messages and the site itself safe (issue #9).

- `two_factor`: a second factor (TOTP with recovery codes, django-otp) before any admin page;
- `views`, `forms`: the admin's enrolment, verification and recovery-code screens;
- `lockout`: repeated wrong passwords lock an account-and-address pair (django-axes);
- `headers`: Content-Security-Policy, Permissions-Policy and frame protection on every response;
- `audit`: sign-ins, lockouts and second-factor events written to Wagtail's audit log;
- `checks`: deployment checks that refuse a production site without these protections.

The outage handling (503 pages and the message spool) lives beside it in `casepages.outage`.
"""
