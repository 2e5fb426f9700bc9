"""The "Maison du projet" group migration can run again, keeping admins' changes, and be reversed."""

import importlib

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

MIGRATION = ("demandes", "0002_maison_du_projet_group")
migration = importlib.import_module("demandes.migrations.0002_maison_du_projet_group")

WAGTAIL_CHOOSE = ("choose_document", "choose_image")

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def group_permissions():
    """The group's permissions from our migrations. Wagtail's own migrations give every admin group
    choose_document and choose_image when the group exists before they run, which depends on the plan."""
    permissions = Group.objects.get(name="Maison du projet").permissions.exclude(codename__in=WAGTAIL_CHOOSE)
    return sorted(permissions.values_list("content_type__app_label", "codename"))


def test_running_again_changes_nothing_and_keeps_an_admins_change():
    apps = MigrationExecutor(connection).loader.project_state(MIGRATION).apps
    # With the comité's sessions, members and envelopes (migration 0009).
    assert group_permissions() == [
        ("demandes", "add_demande"),
        ("demandes", "add_enveloppe"),
        ("demandes", "add_membre"),
        ("demandes", "add_seance"),
        ("demandes", "change_demande"),
        ("demandes", "change_enveloppe"),
        ("demandes", "change_membre"),
        ("demandes", "change_seance"),
        ("demandes", "delete_membre"),
        ("demandes", "view_demande"),
        ("demandes", "view_enveloppe"),
        ("demandes", "view_membre"),
        ("demandes", "view_seance"),
        ("wagtailadmin", "access_admin"),
    ]
    migration.create_group(apps, None)
    assert Group.objects.filter(name="Maison du projet").count() == 1

    # An admin decides the agents no longer record demandes themselves.
    Group.objects.get(name="Maison du projet").permissions.remove(
        Group.objects.get(name="Maison du projet").permissions.get(codename="add_demande")
    )
    migration.create_group(apps, None)
    assert ("demandes", "add_demande") not in group_permissions()


def test_reversing_removes_the_group_and_applying_again_restores_it():
    applied = group_permissions()
    executor = MigrationExecutor(connection)
    executor.migrate([("demandes", "0001_initial")])
    assert not Group.objects.filter(name="Maison du projet").exists()

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert group_permissions() == applied
