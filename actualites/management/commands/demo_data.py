"""`manage.py demo_data`: the volume of a site in full use, on top of the seeded site."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from actualites.demo_data import AlreadyThere, DemoData
from actualites.models import ProjetIndexPage
from proxy_cache.signals import purge_after_commit


class Command(BaseCommand):
    help = (
        "Ajoute des projets et des actualités de démonstration, dans chaque langue, "
        "au site chargé par load_initial_content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=1000, help="Projets par langue (1 000 par défaut).")
        parser.add_argument("--news", type=int, default=300, help="Actualités par langue (300 par défaut).")
        parser.add_argument("--seed", type=int, default=14, help="Graine du tirage : mêmes données à chaque fois.")
        parser.add_argument("--no-index", action="store_true", help="Ne pas reconstruire l’index de recherche.")

    def handle(self, *, projects, news, seed, no_index, verbosity, **options):
        if not ProjetIndexPage.objects.exists():
            raise CommandError("Le site n’est pas chargé : lancez d’abord « manage.py load_initial_content ».")
        if projects < 0 or news < 0:
            raise CommandError("Les nombres de projets et d’actualités doivent être positifs.")
        start = time.monotonic()
        try:
            DemoData(projects=projects, news=news, seed=seed).build()
            purge_after_commit()  # bulk inserts send no signal: the proxy and the running processes are told here
        except AlreadyThere:
            raise CommandError(
                f"Les données de démonstration de la graine {seed} sont déjà chargées : choisissez une autre --seed."
            ) from None
        if not no_index:
            call_command("update_index", verbosity=0)
        self.stdout.write(
            f"{projects} projets et {news} actualités par langue ajoutés en {time.monotonic() - start:.1f} s."
        )
