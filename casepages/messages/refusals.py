"""The polite pages a visitor sees when a message cannot be accepted, in the page's language.

Three refusals happen before the form page's own code runs, so they are handled here: a request
body larger than DATA_UPLOAD_MAX_MEMORY_SIZE (Django would answer with a bare "Bad Request"), and
a failed CSRF check (Django's page is meant for developers). Both render the same template as the
refusals the form page makes itself.
"""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from casepages.i18n import format_number

from ..http import is_admin_path

REFUSAL_TEMPLATE = "casepages/message_refused.html"


def render_refusal(request, heading, explanation, status, page=None, back_url=None):
    """A refusal page: what happened, what to do next, and a link back to the form."""
    context = {
        "page": page,
        "heading": heading,
        "explanation": explanation,
        "back_url": back_url if back_url is not None else request.path,
    }
    response = TemplateResponse(request, REFUSAL_TEMPLATE, context, status=status)
    add_never_cache_headers(response)
    return response


def too_large(request):
    """The answer to a request body over Django's upload limits."""
    from .forms import message_max_length

    return render_refusal(
        request,
        _("Your message is too large to send"),
        _(
            "Messages can be at most %(limit)s characters long, and this form cannot take attachments. "
            "Please shorten your message and send it again; a coordinator will tell you how to send "
            "medical records safely."
        )
        % {"limit": format_number(message_max_length())},
        status=400,
    )


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form's security check failed, usually a stale page or blocked cookies."""
    return render_refusal(
        request,
        _("Your message could not be sent"),
        _(
            "The form had been open for too long, or your browser did not accept our cookie, which the form "
            "needs to check that the message really comes from you. Please open the form again, allow "
            "cookies for this site, and send your message once more."
        ),
        status=403,
    )


class RequestTooLargeMiddleware:
    """Turns an oversized public request into the polite refusal page instead of a bare 400.

    Django raises RequestDataTooBig when the body is first read, which for a POST is inside the
    CSRF middleware, before any view runs; reading it here first, where the exception can still
    be answered, is the earliest place it can be caught. The admin keeps Django's own handling.
    """

    LIMIT_ERRORS = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and not is_admin_path(request.path_info):
            try:
                request.POST  # noqa: B018  (parses the body, with Django's size limits)
            except self.LIMIT_ERRORS:
                # Responses from a middleware's own call are not rendered by Django's handler.
                return too_large(request).render()
        return self.get_response(request)
