"""Security headers Django does not set itself: a Content Security Policy."""

from django.conf import settings

# No inline scripts anywhere: readers' pages and the admin load JavaScript from files.
# Styles: the admin and simple-history templates carry a few style attributes.
DEFAULT_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def content_security_policy():
    policy = {**DEFAULT_POLICY, **getattr(settings, "PARLEY_CSP", {})}
    return "; ".join(f"{directive} {value}".strip() for directive, value in policy.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
