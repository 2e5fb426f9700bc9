"""Links in e-mails use the site's configured address (make run sets it from PORT), never :8000 or localhost."""

import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

from wagtail.models import GroupApprovalTask, Page, Site, Workflow, WorkflowTask

from demandes.models import Notification
from tests.demandes.factories import pic_answers

ADDRESS = "http://127.0.0.1:8030"


@pytest.fixture
def configured_address(settings, initial_content):
    settings.WAGTAILADMIN_BASE_URL = ADDRESS
    call_command("set_site_address", stdout=None)
    return ADDRESS


def test_the_default_site_takes_the_configured_host_and_port(configured_address):
    assert Site.objects.get(is_default_site=True).root_url == ADDRESS


def test_demande_emails_link_to_the_configured_address(configured_address, client, settings):
    settings.DEMANDES_MIN_FILL_SECONDS = 0
    from demandes.models import DemandeFormPage

    form_page = DemandeFormPage.objects.get(slug="fiche-projet", locale__language_code="fr")
    client.post(form_page.url, pic_answers(form_page))
    acknowledgement = Notification.objects.get(kind=Notification.Kind.ACKNOWLEDGEMENT)
    inbox = Notification.objects.get(kind=Notification.Kind.INBOX)
    assert f"{ADDRESS}/fr/demandes/suivi/" in acknowledgement.body
    assert f"{ADDRESS}/admin/demandes_recues/" in inbox.body
    assert ":8000" not in acknowledgement.body + inbox.body


def test_wagtail_moderation_emails_link_to_the_configured_address(configured_address, django_user_model):
    moderator = django_user_model.objects.create_superuser("moderatrice", "moderatrice@example.org", "x")
    editor = django_user_model.objects.create_superuser("redacteur", "redacteur@example.org", "x")
    relecture = Group.objects.create(name="Relecture")
    moderator.groups.add(relecture)
    task = GroupApprovalTask.objects.create(name="Relire")
    task.groups.set([relecture])
    workflow = Workflow.objects.create(name="Relecture")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page = Page.objects.get(slug="participer", locale__language_code="fr").specific
    page.save_revision(user=editor)
    state = workflow.start(page, editor)
    task.on_action(state.current_task_state, moderator, "approve")
    to_moderator = "".join(message.body for message in mail.outbox if moderator.email in message.to)
    to_editor = "".join(message.body for message in mail.outbox if editor.email in message.to)
    assert f"{ADDRESS}/admin/" in to_moderator
    # The page's own address (Wagtail's page.full_url) comes from the Site.
    assert f"{ADDRESS}/fr/participer/" in to_editor
    links = re.findall(r"https?://[^\s\"<]+", to_moderator + to_editor)
    assert links and all(link.startswith(ADDRESS + "/") for link in links)
