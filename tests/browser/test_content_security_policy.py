"""Production sends a strict Content-Security-Policy: every page must work under it, with nothing blocked."""

import pytest

from tests.browser.showcase import URLS as SHOWCASE_URLS
from tests.home.test_pages import FORM_URLS, INITIAL_URLS

STRICT_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"


@pytest.mark.parametrize("path", INITIAL_URLS + FORM_URLS + SHOWCASE_URLS)
def test_nothing_is_blocked_by_a_strict_policy(site_url, showcase, page, path):
    def add_policy(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": STRICT_POLICY})

    page.route("**/*", add_policy)
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    requests_elsewhere = []
    page.on(
        "request", lambda request: None if request.url.startswith(site_url) else requests_elsewhere.append(request.url)
    )
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert violations == []
    assert requests_elsewhere == []
    # Every page carries its schema.org JSON-LD in a data block, which script-src 'self' (from default-src)
    # does not govern: Chromium reads it and reports no violation, without 'unsafe-inline' nor a hash.
    graphs = page.evaluate(
        "[...document.querySelectorAll('script[type=\"application/ld+json\"]')]"
        ".map(block => JSON.parse(block.textContent)['@graph'].map(node => node['@type']))"
    )
    assert len(graphs) == 1 and "GovernmentOrganization" in graphs[0]
    # The stylesheet applied: the policy did not block it.
    assert page.evaluate("getComputedStyle(document.querySelector('.site-footer')).backgroundColor") == "rgb(0, 43, 92)"


def test_the_policy_blocks_an_inline_script_but_not_a_json_ld_data_block(site_url, page):
    """The control of the test above: under the same policy Chromium reports the inline script, and only it."""
    body = (
        '<!DOCTYPE html><html lang="fr"><head><title>Contrôle</title>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing"}</script>'
        "<script>document.title = 'exécuté';</script></head><body></body></html>"
    )
    page.route(
        site_url + "/controle-csp/",
        lambda route: route.fulfill(
            body=body, content_type="text/html; charset=utf-8", headers={"content-security-policy": STRICT_POLICY}
        ),
    )
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.goto(site_url + "/controle-csp/")
    assert page.title() == "Contrôle"  # the inline script did not run
    assert len(violations) == 1 and "inline script" in violations[0]
    assert (
        page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']")
        == "Thing"
    )
