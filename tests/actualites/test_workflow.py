"""The editors' workflow: what an editor changes goes live only once a moderator approves it."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Workflow, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from actualites.models import ProjetPage
from tests.actualites.factories import publish_actualite, publish_projet
from tests.utils import page_text

PASSWORD = "mot-de-passe-de-test"  # noqa: S105


@pytest.fixture
def member(client, django_user_model, initial_content):
    """Logs the client in as a new member of a group."""

    def log_in(group_name):
        user = django_user_model.objects.create_user(f"membre-{group_name}", password=PASSWORD)
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return user

    return log_in


def edit_form(page, **changes):
    """The admin edit form of a seed project, as the browser posts it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "dispositif": page.dispositif_id or "",
        "quartiers": [],
        "domaines": [domaine.pk for domaine in page.domaines.all()],
        "year": page.year or "",
        "end_year": "",
        "porteur_kind": page.porteur_kind,
        "porteur_name": "",
        "financements": inline_formset([]),
        "body": streamfield([]),
        "gallery_images": inline_formset([]),
        "bilan": rich_text(""),
        "participants": "",
        **changes,
    }
    return nested_form_data(data)


def test_the_relecture_workflow_covers_the_whole_tree_and_moderators_approve(db):
    workflow = Workflow.objects.get(name="Relecture")
    assert workflow.active
    assert workflow.workflow_pages.get().page == Page.get_first_root_node()
    (task,) = workflow.tasks.all()
    assert [group.name for group in task.specific.groups.all()] == ["Modérateurs"]


def test_an_editors_change_goes_live_only_once_a_moderator_approves_it(client, member):
    projet = ProjetPage.objects.get(slug="installation-bancs")
    member("Éditeurs")

    # An editor cannot publish by going around the workflow: the change stays a draft.
    client.post(
        f"/admin/pages/{projet.pk}/edit/", edit_form(projet, intro="Sans relecture.", **{"action-publish": "1"})
    )
    assert "Sans relecture." not in page_text(client.get(projet.url))

    response = client.post(
        f"/admin/pages/{projet.pk}/edit/", edit_form(projet, intro="Six bancs neufs.", **{"action-submit": "1"})
    )
    assert response.status_code == 302
    # Submitted, not published: residents still read the published text.
    assert "Six bancs neufs." not in page_text(client.get(projet.url))
    projet.refresh_from_db()
    assert projet.current_workflow_state.status == "in_progress"

    member("Modérateurs")
    task_state = projet.current_workflow_state.current_task_state
    response = client.post(f"/admin/pages/workflow/action/{projet.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code == 302
    text = page_text(client.get(projet.url))
    assert "Six bancs neufs." in text and "Sans relecture." not in text


def test_editors_cannot_publish_and_moderators_can(member, initial_content):
    projet = ProjetPage.objects.get(slug="installation-bancs")
    editor = member("Éditeurs")
    moderator = member("Modérateurs")
    assert projet.permissions_for_user(editor).can_edit()
    assert not projet.permissions_for_user(editor).can_publish()
    assert projet.permissions_for_user(moderator).can_publish()
    assert editor.has_perm("wagtailadmin.access_admin") and editor.has_perm("actualites.add_domaine")


def test_a_scheduled_page_appears_at_its_time_and_goes_at_its_expiry(client, monkeypatch, initial_content):
    go_live = timezone.now() + datetime.timedelta(days=2)
    projet = publish_projet("Projet programmé")  # published once, then unpublished with a schedule
    projet.unpublish()
    projet.go_live_at = go_live
    projet.expire_at = go_live + datetime.timedelta(days=7)
    projet.save_revision().publish()
    url = "/fr/projets/projet-programme/"
    assert client.get(url).status_code == 404

    def at(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        call_command("publish_scheduled")

    at(go_live - datetime.timedelta(minutes=1))
    assert client.get(url).status_code == 404
    at(go_live + datetime.timedelta(minutes=1))
    assert client.get(url).status_code == 200
    assert "Projet programmé" in page_text(client.get("/fr/projets/"))
    at(go_live + datetime.timedelta(days=8))
    assert client.get(url).status_code == 404


def test_every_page_type_previews(admin_client, initial_content):
    publish_actualite("Une actualité")
    types = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        types.setdefault(type(page), page)
    assert set(types) == set(get_page_models()) - {Page}  # every page type of the site
    for page in types.values():
        response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert response.status_code == 200, type(page)
        assert f"<h1>{page.title}</h1>" in response.content.decode()


def test_the_userbar_offers_the_accessibility_checker(admin_client, initial_content):
    content = admin_client.get("/fr/").content.decode()
    assert "data-wagtail-userbar" in content and 'id="checker-axe-configuration"' in content


def test_an_image_needs_its_alt_text_at_upload(admin_client, initial_content):
    def upload(description):
        png = SimpleUploadedFile("bancs.png", get_test_image_file().file.getvalue(), content_type="image/png")
        return admin_client.post(
            "/admin/images/add/",
            {
                "title": "Bancs",
                "file": png,
                "description": description,
                "collection": Collection.get_first_root_node().pk,
            },
        )

    assert "description" in upload("").context["form"].errors
    assert not Image.objects.exists()
    response = upload("Deux bancs sous un arbre")
    assert response.status_code == 302, response.context["form"].errors
    assert Image.objects.get().default_alt_text == "Deux bancs sous un arbre"
