"""The editors' workflow migration can run again and be reversed without undoing what admins changed."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import GroupPagePermission, Page, Workflow

from home.permissions import EDITORS, MODERATORS, set_up_editors_and_relecture

MIGRATION = ("actualites", "0003_editors_moderators_relecture")

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def editorial_setup():
    """What an admin sees of the two groups and the workflow."""
    groups = {
        name: (
            sorted(GroupPagePermission.objects.filter(group__name=name).values_list("page_id", "permission__codename")),
            sorted(Group.objects.get(name=name).permissions.values_list("codename", flat=True)),
            sorted(Group.objects.get(name=name).collection_permissions.values_list("permission__codename", flat=True)),
        )
        for name in (EDITORS, MODERATORS)
    }
    workflows = sorted(Workflow.objects.values_list("name", "active"))
    return groups, workflows


def test_running_again_changes_nothing_and_keeps_an_admins_change():
    apps = MigrationExecutor(connection).loader.project_state(MIGRATION).apps
    applied = editorial_setup()
    root = Page.get_first_root_node().pk
    assert applied[0][EDITORS][0] == [(root, "add_page"), (root, "change_page"), (root, "lock_page")]
    assert applied[1] == [("Relecture", True)]

    set_up_editors_and_relecture(apps, None)
    assert editorial_setup() == applied

    # An admin lets editors publish, and takes their right to lock pages away.
    editors = Group.objects.get(name=EDITORS)
    GroupPagePermission.objects.filter(group=editors, permission__codename="lock_page").delete()
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission=Permission.objects.get(codename="publish_page")
    )
    changed = editorial_setup()
    set_up_editors_and_relecture(apps, None)
    assert editorial_setup() == changed
    assert (root, "publish_page") in changed[0][EDITORS][0]


def test_reversing_keeps_the_groups_and_the_workflow_and_applying_again_changes_nothing():
    """The reverse is a documented noop: the groups hold users and admins' work."""
    applied = editorial_setup()
    executor = MigrationExecutor(connection)
    executor.migrate([("actualites", "0002_projets_chiffres")])
    assert editorial_setup() == applied

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert editorial_setup() == applied
