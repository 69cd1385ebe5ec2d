"""Two staff groups: viewers (read-only) and curators (may edit in the admin)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEWERS = "viewers"
CURATORS = "curators"


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.filter(content_type__app_label="diplomacy")
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    viewers.permissions.set(ours.filter(codename__startswith="view_"))
    curators, _ = Group.objects.get_or_create(name=CURATORS)
    curators.permissions.set(ours)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[VIEWERS, CURATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("diplomacy", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
