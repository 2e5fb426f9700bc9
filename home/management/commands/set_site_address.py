"""Point the default Wagtail site at WAGTAILADMIN_BASE_URL, so that every link the site writes uses it.

Wagtail builds a page's full address (``page.full_url``, in its moderation e-mails) from the
Site's hostname and port, and the demandes' e-mails from WAGTAILADMIN_BASE_URL: with both
set from one value, ``make run PORT=8030`` sends no link to another port or to ``localhost``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from proxy_cache.signals import purge_after_commit


def site_address(base_url):
    """The hostname and port of an address such as ``http://127.0.0.1:8030``."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CommandError(f"WAGTAILADMIN_BASE_URL n’est pas une adresse http(s) : {base_url!r}")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


class Command(BaseCommand):
    help = "Donne au site par défaut l’adresse (nom d’hôte et port) de WAGTAILADMIN_BASE_URL."

    def handle(self, *args, **options):
        hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
        changed = Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port)
        if changed.update(hostname=hostname, port=port):
            Site.clear_site_root_paths_cache()
            purge_after_commit()  # an update sends no signal: the pages' addresses changed
        self.stdout.write(f"Adresse du site : {settings.WAGTAILADMIN_BASE_URL}")
