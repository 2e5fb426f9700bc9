"""What a process keeps between two publications (proxy_cache/version.py): once per version inside a
request, never outside one (the task worker, commands), and read anew when the shared version moves on."""

from django.core.cache import cache
from django.test import RequestFactory

from proxy_cache import version
from proxy_cache.signals import purge_after_commit


def computed_in_a_request(compute, times=2):
    """``kept`` as a view would call it, ``times`` requests in a row."""
    results = []

    def view(request):
        results.append(version.kept("test-key", compute))

    middleware = version.ContentVersionMiddleware(view)
    for _ in range(times):
        middleware(RequestFactory().get("/"))
    return results


def counter():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    return compute, calls


def test_a_warm_process_computes_once_per_version():
    compute, calls = counter()
    assert computed_in_a_request(compute) == [1, 1]
    version.move_on()
    assert computed_in_a_request(compute) == [2, 2]
    assert len(calls) == 2


def test_outside_a_request_nothing_is_kept():
    """The task worker and the management commands always read the database."""
    compute, calls = counter()
    assert [version.kept("test-key", compute) for _ in range(3)] == [1, 2, 3]


def test_nothing_is_kept_about_an_unsaved_object():
    """A new page's preview has no id yet: two new pages must not share what is kept about them."""
    compute, calls = counter()
    results = []

    def view(request):
        results.append(version.kept(("ancestors", None), compute))

    middleware = version.ContentVersionMiddleware(view)
    middleware(RequestFactory().get("/"))
    middleware(RequestFactory().get("/"))
    assert results == [1, 2]


def test_a_crawler_reading_every_page_keeps_a_bounded_number_of_values(client, volume_content, monkeypatch):
    """What a process keeps is dropped whole when full, and every page still shows its own content."""
    from actualites.models import ProjetPage

    monkeypatch.setattr(version, "KEPT_LIMIT", 50)
    projets = list(ProjetPage.objects.live().filter(locale__language_code="fr").order_by("pk")[:60])
    for projet in projets:
        response = client.get(projet.url)
        assert response.status_code == 200 and projet.title in response.content.decode()
        assert len(version._kept[1]) <= 50
    assert projets[0].title in client.get(projets[0].url).content.decode()


def test_an_emptied_shared_cache_means_a_new_version():
    """A restarted Redis has lost the version: every process reads everything anew."""
    compute, calls = counter()
    computed_in_a_request(compute)
    cache.clear()
    assert computed_in_a_request(compute) == [2, 2]


def test_the_version_moves_on_at_once_and_again_after_the_commit(db, django_capture_on_commit_callbacks):
    """At once: this process's next request, in the same transaction, sees the change. After the commit:
    a visitor served between the two cannot have kept the old content under the new version."""
    before = version.read()
    with django_capture_on_commit_callbacks(execute=True):
        purge_after_commit()
        during = version.read()
        assert during != before
    assert version.read() not in (before, during)
