"""The browser suite once more, through nginx → Varnish → gunicorn on the production settings.

Debian's Chromium sees what a resident sees: axe-core finds nothing, the Content-Security-Policy
the stack sends is strict, nothing trips it, and a published change shows on reload within a second.
"""

import time

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import browser  # noqa: F401 (one Chromium for the module, as in tests/browser/)
from tests.browser.test_accessibility import WCAG_21_AA
from tests.browser.test_content_security_policy import STRICT_POLICY
from tests.browser.test_demande import PIC_FORM

# The main page types, in French and in Arabic (right to left).
PATHS = [
    "/fr/",
    "/fr/participer/projet-initiative-citoyenne/",
    "/fr/quartiers/oliveaux/",
    "/fr/projets/",
    "/fr/projets/jardin-partage-olivettes/",
    "/fr/actualites/",
    "/fr/recherche/?q=jardin",
    PIC_FORM,
    "/fr/page-introuvable/",
    "/ar/",
    "/ar/participer/projet-initiative-citoyenne/",
    "/ar/participer/projet-initiative-citoyenne/fiche-projet/",
    "/ar/recherche/?q=PIC",
]
NOT_FOUND = {"/fr/page-introuvable/"}
# Set before any script of the page runs, and outside its policy: every violation Chromium reports.
VIOLATION_LISTENER = (
    "window.cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', event => "
    "window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));"
)

axe = Axe()


@pytest.fixture
def page(browser):  # noqa: F811 (the module's browser)
    context = browser.new_context(locale="fr-FR")
    context.add_init_script(VIOLATION_LISTENER)
    yield context.new_page()
    context.close()


def assert_clean(page, response):
    """The policy actually sent is strict, Chromium reports no violation of it, and axe finds nothing."""
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy  # no other origin
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == []
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", PATHS)
def test_each_page_type_is_accessible_and_within_the_policy_sent(stack, page, path):
    response = page.goto(stack.url + path)
    assert response.status == (404 if path in NOT_FOUND else 200)
    assert_clean(page, response)


def test_the_listener_hears_a_violation(stack, page):
    """The control of the tests above: an inline script under the strict policy is reported to the listener."""
    page.route(
        stack.url + "/controle-csp/",
        lambda route: route.fulfill(
            body="<!DOCTYPE html><title>Contrôle</title><script>document.title = 'exécuté';</script>",
            content_type="text/html; charset=utf-8",
            headers={"content-security-policy": STRICT_POLICY},
        ),
    )
    page.goto(stack.url + "/controle-csp/")
    assert page.title() == "Contrôle"
    assert page.evaluate("window.cspViolations") == ["script-src-elem inline"]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_form_s_error_state_is_accessible_and_within_the_policy(stack, page, language):
    page.goto(stack.url + PIC_FORM.replace("/fr/", f"/{language}/"))
    with page.expect_response(lambda response: response.request.method == "POST") as sent:
        page.locator("form.form button[type=submit]").click()
    response = sent.value
    assert response.status == 400  # the form again, with its errors
    assert page.locator(".error-summary").count() == 1
    assert_clean(page, response)


def test_a_published_change_shows_on_reload_within_a_second_then_is_cached(stack, page):
    page.goto(stack.url + "/fr/quartiers/")
    assert page.reload().headers["x-cache-status"] == "HIT"
    stack.shell(
        "from django.contrib.auth import get_user_model\n"
        "from home.models import QuartierIndexPage\n"
        "page = QuartierIndexPage.objects.get(locale__language_code='fr').get_latest_revision_as_object()\n"
        "page.title = 'Les quartiers, republiés'\n"
        "page.save_revision(user=get_user_model().objects.get(username='admin')).publish()\n"
    )
    deadline = time.monotonic() + 1
    while "Les quartiers, republiés" not in page.title() and time.monotonic() < deadline:
        page.reload()
    assert page.title().startswith("Les quartiers, republiés")
    assert page.reload().headers["x-cache-status"] == "HIT"
