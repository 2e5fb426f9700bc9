"""Setting up the authenticator app (with recovery codes), and giving a code after the password."""

from base64 import b32encode

import segno
from django_otp import devices_for_user, login, match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

RECOVERY_CODES = 10


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code à usage unique"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def setup(request):
    """A new authenticator key, confirmed by its first code; the recovery codes are shown once, then."""
    if request.method == "GET":  # a fresh key each time the page is opened
        TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Application d’authentification"}
    )
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].strip()):
            device.confirmed = True
            device.save()
            StaticDevice.objects.filter(user=request.user).delete()
            recovery = StaticDevice.objects.create(user=request.user, name="Codes de secours")
            codes = [StaticToken.random_token() for _index in range(RECOVERY_CODES)]
            recovery.token_set.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
            login(request, device)
            return TemplateResponse(request, "accounts/recovery_codes.html", {"codes": codes})
        form.add_error("otp_token", _("Ce code ne correspond pas. Vérifiez l’heure du téléphone et réessayez."))
    qr = segno.make(device.config_url, error="m")
    context = {"form": form, "qr": qr.svg_data_uri(scale=5), "key": device_key(device)}
    return TemplateResponse(request, "accounts/setup.html", context)


def device_key(device):
    """The key in base32, in groups of four, for typing into the app when the QR code cannot be scanned."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[index : index + 4] for index in range(0, len(key), 4))


def verify(request):
    """The code of the authenticator app, or one of the recovery codes (each works once)."""
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["otp_token"].replace(" ", ""))
        if device is not None:
            login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(request, _("Code de secours utilisé : il vous en reste %(count)s.") % {"count": left})
            return redirect("wagtailadmin_home")
        form.add_error("otp_token", _("Ce code ne correspond pas."))
    has_devices = any(devices_for_user(request.user))
    return TemplateResponse(request, "accounts/verify.html", {"form": form, "has_devices": has_devices})
