"""Turns a refusal by the publication gate into a message for the staff member, not an error page."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from ..http import safe_url
from .publication import PublicationRefused


class PublicationRefusedMiddleware:
    """A staff action the gate refused (its transaction already rolled back) goes back where it came from."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublicationRefused) or not request.user.is_authenticated:
            return None
        messages.error(request, str(exception))
        return redirect(safe_url(request, request.headers.get("Referer"), reverse("wagtailadmin_home")))
