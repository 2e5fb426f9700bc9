"""`manage.py purge_demandes`: anonymises closed demandes after the retention period, and deletes the files
kept from forms with errors after a day (run daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from demandes import pending
from demandes.privacy import purge


class Command(BaseCommand):
    help = (
        "Anonymise les demandes clôturées depuis plus de DEMANDES_RETENTION_MONTHS mois "
        "(24 par défaut) ; les chiffres (dispositif, quartier, année, montants) restent. Efface aussi les "
        "fichiers gardés depuis plus de 24 heures d’un formulaire jamais envoyé."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Affiche ce qui serait anonymisé, sans rien changer."
        )

    def handle(self, *args, dry_run=False, **options):
        if not dry_run:
            self.stdout.write(f"{pending.purge()} fichier(s) en attente depuis plus de 24 heures effacé(s).")
        references = purge(dry_run=dry_run)
        months = settings.DEMANDES_RETENTION_MONTHS
        if not references:
            self.stdout.write(f"Aucune demande clôturée depuis plus de {months} mois à anonymiser.")
            return
        verb = "seraient anonymisées" if dry_run else "anonymisées"
        self.stdout.write(f"{len(references)} demande(s) clôturée(s) depuis plus de {months} mois {verb} :")
        for reference in references:
            self.stdout.write(f"  {reference}")
