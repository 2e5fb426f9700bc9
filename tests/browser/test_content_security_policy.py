"""The site sends a strict Content-Security-Policy: every public page works under it, with nothing blocked."""

import re

import pytest
from django_otp.oath import totp

from tests.browser.conftest import ADMIN_PASSWORD
from tests.browser.showcase import URLS as SHOWCASE_URLS
from tests.home.test_pages import FORM_URLS, INITIAL_URLS
from tests.utils import manage

EDITOR_TOTP_KEY = "3132333435363738393031323334353637383931"
# The public pages' policy, for the control page that the site does not serve.
STRICT_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"


@pytest.mark.parametrize("path", INITIAL_URLS + FORM_URLS + SHOWCASE_URLS)
def test_nothing_is_blocked_by_the_policy_the_site_sends(site_url, showcase, page, path):
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    requests_elsewhere = []
    page.on(
        "request", lambda request: None if request.url.startswith(site_url) else requests_elsewhere.append(request.url)
    )
    response = page.goto(site_url + path)
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
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


def test_the_page_editor_works_under_the_admin_policy(server_env, site_url, browser):
    """Wagtail's editor loads and saves a draft with nothing it needs blocked (the admin allows inline styles)."""
    manage_code = (
        "from django.contrib.auth.models import User; from django_otp.plugins.otp_totp.models import TOTPDevice; "
        f"TOTPDevice.objects.get_or_create(user=User.objects.get(username='admin'), key='{EDITOR_TOTP_KEY}'); "
        "from wagtail.models import Page; print(Page.objects.filter(depth=2).first().pk)"
    )
    home_id = manage(server_env, "shell", "-c", manage_code).split()[-1]
    page = browser.new_context(locale="fr-FR").new_page()
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security" in message.text else None)
    page.goto(site_url + "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.keyboard.press("Enter")
    page.fill("input[name=otp_token]", f"{totp(bytes.fromhex(EDITOR_TOTP_KEY)):06d}")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{site_url}/admin/pages/{home_id}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("form[data-edit-form]").count() == 1
    assert violations == []
