"""The search app: index updates go through its task, and editors' synonyms are forgotten when they change."""

from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Recherche"

    def ready(self):
        """Index changes through search.tasks instead of modelsearch's own handlers (see there why);
        forget the cached synonyms when an editor changes them.

        Listed after wagtail.search in INSTALLED_APPS, so modelsearch has connected its handlers by now.
        """
        from modelsearch import index, signal_handlers

        from .models import SynonymGroup
        from .query import forget_synonyms
        from .tasks import queue_index_update

        post_save.connect(forget_synonyms, sender=SynonymGroup)
        post_delete.connect(forget_synonyms, sender=SynonymGroup)

        for model in index.get_indexed_models():
            if not getattr(model, "search_auto_update", True):
                continue
            post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
            post_delete.disconnect(signal_handlers.post_delete_signal_handler, sender=model)
            post_save.connect(queue_index_update, sender=model)
            post_delete.connect(queue_index_update, sender=model)
