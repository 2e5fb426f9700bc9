"""What editors meet in the admin: no third party called, their language's quartiers, choosers that start
where the pages are, errors they can see."""

import json
import re

from actualites.models import ProjetIndexPage, ProjetPage
from dispositifs.models import DispositifIndexPage
from home.models import Quartier
from tests.actualites.factories import publish_actualite
from tests.actualites.test_workflow import edit_form


def french(model):
    return model.objects.filter(locale__language_code="fr")


def checkboxes(response, name):
    body = response.content.decode()
    return re.findall(rf'<input[^>]*name="{name}"[^>]*>', body)


def chooser_options(response, name):
    """The options the page chooser of field ``name`` is built with in the browser."""
    body = response.content.decode()
    script = re.search(rf'new PageChooser\("id_{name}", (\{{.*?\}})\);', body)
    return json.loads(script.group(1))


def test_the_admin_loads_nothing_from_a_third_party(client, django_user_model, db):
    staff = django_user_model.objects.create_superuser("marie", "marie.dupont@ville-loos.fr", "secret")
    client.force_login(staff)
    body = client.get("/admin/").content.decode()
    assert "Marie" in body or "marie" in body
    assert "gravatar.com" not in body
    assert "data-w-upgrade" not in body  # the dashboard's script would ask wagtail.org for the latest version
    loaded = re.findall(r'(?:src|srcset|data|action)="((?:https?:)?//[^"]+)"', body)
    loaded += re.findall(r'<link[^>]*href="((?:https?:)?//[^"]+)"', body)
    assert loaded == []


def test_a_french_project_offers_each_quartier_once(admin_client, translated_content):
    quartiers = french(Quartier).count()
    assert Quartier.objects.count() == 3 * quartiers
    index = french(ProjetIndexPage).get()
    created = admin_client.get(f"/admin/pages/add/actualites/projetpage/{index.pk}/")
    projet = french(ProjetPage).first()
    edited = admin_client.get(f"/admin/pages/{projet.pk}/edit/")
    actualite = publish_actualite("Fête de quartier")
    news = admin_client.get(f"/admin/pages/{actualite.pk}/edit/")
    for response in (created, edited, news):
        assert len(checkboxes(response, "quartiers")) == quartiers
    domaines = projet.domaines.model
    assert len(checkboxes(edited, "domaines")) == french(domaines).count()


def test_the_dispositif_chooser_opens_on_participer(admin_client, translated_content):
    index = french(ProjetIndexPage).get()
    response = admin_client.get(f"/admin/pages/add/actualites/projetpage/{index.pk}/")
    assert chooser_options(response, "dispositif").get("parentId") == french(DispositifIndexPage).get().pk


def test_a_slug_clash_is_reported_at_the_top(admin_client, initial_content):
    projet, other = french(ProjetPage)[:2]
    response = admin_client.post(f"/admin/pages/{projet.pk}/edit/", edit_form(projet, slug=other.slug))
    assert response.status_code == 200
    body = response.content.decode()
    top = body.split('class="messages')[1].split("<template")[0]
    assert f"Le slug &#x27;{other.slug}&#x27; est déjà utilisé" in top
