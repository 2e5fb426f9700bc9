"""The editors' workflow: « Éditeurs » write, « Modérateurs » approve and publish, through the « Relecture » workflow.

Wagtail's own first migrations create "Editors" and "Moderators" groups and a
"Moderators approval" workflow on the root page: they are renamed (keeping the
image and document permissions Wagtail gave them) rather than duplicated, and
created when a site has deleted them. Every permission is then set explicitly.
"""

from django.db import migrations

WORKFLOW_NAME = "Relecture"
TASK_NAME = "Approbation par un modérateur"
EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"],
}
# (app_label, model, codename) shared by both groups.
COMMON_PERMISSIONS = [
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
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )[0]


def group(apps, name, wagtail_name):
    Group = apps.get_model("auth", "Group")
    if not Group.objects.filter(name=name).exists():
        Group.objects.filter(name=wagtail_name).update(name=name)
    return Group.objects.get_or_create(name=name)[0]


def create_groups_and_workflow(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {EDITORS: group(apps, EDITORS, "Editors"), MODERATORS: group(apps, MODERATORS, "Moderators")}
    for name, codenames in PAGE_PERMISSIONS.items():
        page_permissions = [permission(apps, "wagtailcore", "page", codename) for codename in codenames]
        GroupPagePermission.objects.filter(group=groups[name]).exclude(permission__in=page_permissions).delete()
        for page_permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=groups[name], page=root_page, permission=page_permission)
        groups[name].permissions.add(*(permission(apps, *key) for key in COMMON_PERMISSIONS))
        for key in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=permission(apps, *key)
            )

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
    task.groups.set([groups[MODERATORS]])


class Migration(migrations.Migration):
    dependencies = [
        ("actualites", "0002_projets_chiffres"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop)]
