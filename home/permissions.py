"""The site's groups, their permissions and the editors' « Relecture » workflow, as data migrations set them up.

Data migrations call these with `apps`, so they work on historical models. They are idempotent and
create only what is missing: a group is given its permissions when it is set up (created, or renamed
from Wagtail's own), never afterwards, so what an admin changed since is kept when a migration runs again.
"""

WORKFLOW_NAME = "Relecture"
TASK_NAME = "Approbation par un modérateur"
EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"

# (app_label, model, codename)
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"],
}
EDITORIAL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("actualites", "domaine", "add_domaine"),
    ("actualites", "domaine", "change_domaine"),
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]


def permission(apps, app_label, model, codename):
    """The permission, created if Django's post_migrate signal has not created it yet (it runs after migrations)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": permission_name(apps, app_label, model, codename)},
    )[0]


def permission_name(apps, app_label, model, codename):
    """The name Django gives a model's default permission ("Can view demande"), else the codename in words."""
    action = codename.removesuffix(f"_{model}")
    if action in ("add", "change", "delete", "view"):
        try:
            return f"Can {action} {apps.get_model(app_label, model)._meta.verbose_name_raw}"
        except LookupError:
            pass
    return codename.replace("_", " ")


def set_up_group(apps, name, permissions=(), *, wagtail_name=None):
    """The group, and whether it was set up now: created, or renamed from Wagtail's `wagtail_name` group.

    Only a group set up now receives `permissions` ((app_label, model, codename) triples);
    an existing one is an admin's to manage and is left as it is.
    """
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=name).first()
    if group:
        return group, False
    group = Group.objects.filter(name=wagtail_name).first() if wagtail_name else None
    if group:
        group.name = name
        group.save()
    else:
        group = Group.objects.create(name=name)
    group.permissions.add(*(permission(apps, *key) for key in permissions))
    return group, True


def set_up_editors_and_relecture(apps, schema_editor):
    """« Éditeurs » write, « Modérateurs » approve and publish, through the « Relecture » workflow.

    Wagtail's own first migrations create "Editors" and "Moderators" groups and a "Moderators approval"
    workflow on the root page: they are renamed (keeping what Wagtail gave them) rather than duplicated.
    """
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {}
    for name, wagtail_name in [(EDITORS, "Editors"), (MODERATORS, "Moderators")]:
        group, set_up_now = set_up_group(apps, name, EDITORIAL_PERMISSIONS, wagtail_name=wagtail_name)
        groups[name] = group
        if not set_up_now:
            continue
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
            )
        for key in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(apps, *key)
            )
    set_up_relecture(apps, root_page, groups[MODERATORS])


def set_up_relecture(apps, root_page, moderators):
    """The « Relecture » workflow on the whole tree, its one task approved by the moderators; once only."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    workflow_page = WorkflowPage.objects.filter(page=root_page).select_related("workflow").first()
    if workflow_page:
        workflow = workflow_page.workflow
        workflow.name, workflow.active = WORKFLOW_NAME, True
        workflow.save()
    else:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowPage.objects.create(workflow=workflow, page=root_page)
    workflow_task = WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order").first()
    task = workflow_task and GroupApprovalTask.objects.filter(pk=workflow_task.task_id).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.name, task.active = TASK_NAME, True
    task.save()
    task.groups.set([moderators])
