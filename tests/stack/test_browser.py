"""The browser journeys once more, through the production stack (nginx → Varnish → gunicorn, production settings).

What the development server cannot show: the Content-Security-Policy and headers that the stack really
sends, pages that come from the proxy's cache, and an editor's change reaching a visitor's browser.
"""

import time

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import browser  # noqa: F401 (the same Chromium fixture as the browser suite)
from tests.browser.test_accessibility import WCAG_21_AA

PIC_FORM = "/fr/participer/projet-initiative-citoyenne/fiche-projet/"
PAGES = [
    "/fr/",
    "/fr/participer/projet-initiative-citoyenne/",
    "/fr/quartiers/oliveaux/",
    "/fr/projets/?dispositif=fonds-travaux-urbains",
    "/fr/projets/aire-de-jeux/",
    "/fr/actualites/le-jardin-est-ouvert/",
    "/fr/recherche/?q=jardin",
    PIC_FORM,
    "/fr/page-introuvable/",
    "/ar/",
    "/ar/participer/projet-initiative-citoyenne/",
    "/ar/participer/projet-initiative-citoyenne/fiche-projet/",
]
# Playwright's init scripts are not governed by the page's policy: this one records what the policy blocks.
LISTEN_FOR_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""

axe = Axe()


@pytest.fixture(scope="module")
def showcase(stack):
    """The browser suite's news item and project with an image, on the stack's database and media."""
    stack.shell("from tests.browser.showcase import create; create()")


@pytest.fixture
def visitor(browser, stack):  # noqa: F811
    """An anonymous visitor on a phone: a fresh context, no cookie."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 360, "height": 740})
    context.add_init_script(LISTEN_FOR_VIOLATIONS)
    requests_elsewhere = []
    context.on(
        "request", lambda request: None if request.url.startswith(stack.url) else requests_elsewhere.append(request.url)
    )
    page = context.new_page()
    yield page
    assert requests_elsewhere == []
    context.close()


def assert_strict_and_unbroken(page, response):
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == []
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", PAGES)
def test_each_page_type_is_accessible_under_the_policy_the_stack_sends(stack, showcase, visitor, path):
    response = visitor.goto(stack.url + path)
    assert response.status == (404 if "introuvable" in path else 200)
    assert_strict_and_unbroken(visitor, response)
    # The stylesheet came through nginx and applied.
    assert (
        visitor.evaluate("getComputedStyle(document.querySelector('.site-footer')).backgroundColor") == "rgb(0, 43, 92)"
    )


def test_the_form_s_error_state_through_the_stack(stack, visitor):
    visitor.goto(stack.url + PIC_FORM)
    with visitor.expect_navigation():
        visitor.locator("main form[method=post] button[type=submit]").click()
    assert visitor.title().startswith("Erreur")
    # The summary took the focus: the static script ran under the policy.
    assert visitor.evaluate("document.activeElement.classList.contains('error-summary')")
    response = visitor.goto(stack.url + PIC_FORM)
    assert response.headers["x-cache-status"] != "HIT"
    assert_strict_and_unbroken(visitor, response)


def test_an_editor_s_change_reaches_a_visitor_s_browser_within_a_second(stack, visitor):
    path = "/fr/quartiers/epi-de-soil/"
    visitor.goto(stack.url + path)
    assert visitor.goto(stack.url + path).headers["x-cache-status"] == "HIT"
    stack.shell(
        "from django.contrib.auth import get_user_model\n"
        "from wagtail.models import Page\n"
        "page = Page.objects.get(url_path__endswith='/quartiers/epi-de-soil/', locale__language_code='fr')\n"
        "page = page.specific.get_latest_revision_as_object()\n"
        "page.title = 'L’Épi de Soil, republié'\n"
        "page.save_revision(user=get_user_model().objects.get(username='admin')).publish()\n"
    )
    published = time.monotonic()
    while True:
        response = visitor.goto(stack.url + path)
        if visitor.locator("h1").inner_text() == "L’Épi de Soil, republié":
            break
        assert time.monotonic() - published < 1.0, "the change did not reach the visitor within a second"
        time.sleep(0.05)
    assert response.headers["x-cache-status"] != "HIT"
    assert visitor.goto(stack.url + path).headers["x-cache-status"] == "HIT"
