"""Security headers on every response: a Content-Security-Policy and a Permissions-Policy.

Django's own SecurityMiddleware and XFrameOptionsMiddleware already send nosniff, the
Referrer-Policy, Cross-Origin-Opener-Policy, X-Frame-Options and (in production) HSTS; these
middlewares add the two headers Django does not have.

Two policies, chosen by path:

- the public site (`CONTENT_SECURITY_POLICY`): scripts only from our own origin or carrying the
  request's nonce (`{{ request.csp_nonce }}`), never inline; no framing by anyone;
- the Wagtail admin (`CASEPAGES_ADMIN_CONTENT_SECURITY_POLICY`): Wagtail 8's editor still writes
  inline scripts (inline panels, date choosers), so the admin allows them, and framing by itself
  for the live preview. Staff reach it only after two-factor sign-in.

A preview is the public page rendered for the admin: Wagtail runs a simulated request for the
page's public URL through the middleware (`make_preview_request`), so it gets the public policy,
whose `frame-ancestors 'none'` (and X-Frame-Options DENY) would blank the editor's preview panel.
Previews keep the public policy but may be framed by our own origin.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings

from ..http import is_admin_path


def is_admin_preview(request):
    """Whether this is Wagtail's simulated request rendering a preview for the admin."""
    return getattr(request, "is_preview", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy for admin paths and framing for previews."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.CASEPAGES_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        elif not report_only and is_admin_preview(request):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts

    def process_response(self, request, response):
        if is_admin_preview(request):
            # Django's XFrameOptionsMiddleware, further in, has already said DENY.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)


class PermissionsPolicyMiddleware:
    """Turns off browser features no page of ours uses (camera, microphone, location, payment…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CASEPAGES_PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response
