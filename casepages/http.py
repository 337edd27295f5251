"""What casepages reads off a request, each in one place: the visitor's address, whether a path is
the admin's, and where it is safe to send someone next."""

from django.conf import settings
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def client_address(request) -> str:
    """The visitor's IP address, as far as it can be trusted ("" when there is none).

    Behind N reverse proxies (CASEPAGES_TRUSTED_PROXY_COUNT), it is the address the outermost
    trusted proxy saw, N places from the right of X-Forwarded-For; anything further left was
    written by the client, who could forge a new address for every attempt to dodge a limit.
    """
    proxies = getattr(settings, "CASEPAGES_TRUSTED_PROXY_COUNT", 0)
    if proxies:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def is_admin_path(path: str) -> bool:
    """Whether a path belongs to the Wagtail admin, wherever the host mounted it."""
    return path.startswith(reverse("wagtailadmin_home"))


def safe_url(request, candidate: str | None, default: str) -> str:
    """`candidate` if it stays on this site (and on HTTPS when the request is), else `default`."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default
