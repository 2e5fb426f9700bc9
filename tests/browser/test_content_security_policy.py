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
    # The stylesheet applied: the policy did not block it.
    assert page.evaluate("getComputedStyle(document.querySelector('.site-footer')).backgroundColor") == "rgb(0, 43, 92)"
