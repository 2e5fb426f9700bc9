"""Keeping the search index up to date in the background, patiently when the engine is down.

modelsearch updates the index from a task that logs and forgets an unreachable
engine, and removes deleted objects in the editor's own request. Here both go
through one task that, when the engine cannot be reached, tries again later with
a growing delay, so the index catches up once the engine is back.
"""

import logging

from django_tasks import task, task_backends
from modelsearch import index
from modelsearch.backends import get_search_backends

from django.apps import apps
from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


def retry_delay(attempt):
    return timezone.timedelta(seconds=settings.SEARCH_INDEX_RETRY_BASE_SECONDS * 2 ** (attempt - 1))


@task()
def update_index_entry(app_label, model_name, pk, attempt=1):
    """Index the object as it is now in the database, or remove it from the index if it is gone."""
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    try:
        for backend in get_search_backends(with_auto_update=True):
            if instance is None:
                backend.delete(model(pk=pk))
            else:
                indexed = index.get_indexed_instance(instance)
                if indexed is not None:
                    backend.add(indexed)
    except Exception as error:
        can_wait = task_backends[update_index_entry.backend].supports_defer
        if can_wait and attempt < settings.SEARCH_INDEX_ATTEMPTS:
            run_after = timezone.now() + retry_delay(attempt)
            update_index_entry.using(run_after=run_after).enqueue(app_label, model_name, pk, attempt + 1)
            logger.warning("Index not updated for %s.%s %s (attempt %s): %s", app_label, model_name, pk, attempt, error)
        else:
            raise


def queue_index_update(sender, instance, **kwargs):
    """post_save and post_delete: queued with the change, so a worker runs it once the change is committed."""
    if kwargs.get("raw", False):
        return
    update_index_entry.enqueue(instance._meta.app_label, instance._meta.model_name, str(instance.pk))
