"""Response headers the application sends itself, and one log line per request."""

import logging
import time

from csp.middleware import CSPMiddleware

from django.conf import settings

request_log = logging.getLogger("config.requests")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy; the admin's pages get the looser additions of CONTENT_SECURITY_POLICY_ADMIN_UPDATE.

    Public pages keep the strict policy: only Wagtail's admin needs inline styles (see the README).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.update is None and request.path_info.startswith("/admin/"):
            parts.update = settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE
        return parts


class SecurityHeadersMiddleware:
    """The Permissions-Policy header, which Django does not send (it sends Referrer-Policy and COOP)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RequestLogMiddleware:
    """One line per request: method, path without query string, status, duration; nothing about who asked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.monotonic()
        response = self.get_response(request)
        fields = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round((time.monotonic() - start) * 1000, 1),
        }
        request_log.info("%(method)s %(path)s %(status)s", fields, extra=fields)
        return response
