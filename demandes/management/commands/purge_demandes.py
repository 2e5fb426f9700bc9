"""`manage.py purge_demandes`: anonymises closed demandes after the retention period (run daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from demandes.privacy import purge


class Command(BaseCommand):
    help = (
        "Anonymise les demandes clôturées depuis plus de DEMANDES_RETENTION_MONTHS mois "
        "(24 par défaut) ; les chiffres (dispositif, quartier, année, montants) restent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Affiche ce qui serait anonymisé, sans rien changer."
        )

    def handle(self, *args, dry_run=False, **options):
        references = purge(dry_run=dry_run)
        months = settings.DEMANDES_RETENTION_MONTHS
        if not references:
            self.stdout.write(f"Aucune demande clôturée depuis plus de {months} mois à anonymiser.")
            return
        verb = "seraient anonymisées" if dry_run else "anonymisées"
        self.stdout.write(f"{len(references)} demande(s) clôturée(s) depuis plus de {months} mois {verb} :")
        for reference in references:
            self.stdout.write(f"  {reference}")
