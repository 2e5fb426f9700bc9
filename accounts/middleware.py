"""The admin stays closed to superusers and agents of TWO_FACTOR_GROUPS until they give their second factor."""

from django_otp import devices_for_user

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse


def needs_two_factors(user):
    return user.is_superuser or user.groups.filter(name__in=settings.TWO_FACTOR_GROUPS).exists()


class TwoFactorMiddleware:
    """After django_otp's OTPMiddleware: sends an unverified session to set up a device, or to give a code."""

    OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/deux-facteurs/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path_info.startswith("/admin/")
            and not request.path_info.startswith(self.OPEN_PATHS)
            and user.is_authenticated
            and not user.is_verified()
            and needs_two_factors(user)
        ):
            confirmed = any(devices_for_user(user, confirmed=True))
            return redirect(reverse("accounts_verify" if confirmed else "accounts_setup"))
        return self.get_response(request)
