from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction

EDITOR_MODELS = (
    "actor",
    "actoralias",
    "topic",
    "outlet",
    "source",
    "event",
    "statement",
    "statementtopic",
    "statementsource",
    "statementlink",
)


class Command(BaseCommand):
    help = "Create the Editors and Exporters groups with their permissions. Safe to run again."

    @transaction.atomic
    def handle(self, *args, **options):
        editor_perms = Permission.objects.filter(
            content_type__app_label="tracker",
            content_type__model__in=EDITOR_MODELS,
            codename__regex=r"^(add|change|delete|view)_",
        )
        export = Permission.objects.get(content_type__app_label="tracker", codename="export_statement")
        view_statement = Permission.objects.get(content_type__app_label="tracker", codename="view_statement")

        editors, _ = Group.objects.get_or_create(name="Editors")
        editors.permissions.set(editor_perms)
        exporters, _ = Group.objects.get_or_create(name="Exporters")
        exporters.permissions.set([export, view_statement])

        self.stdout.write(f"Editors: {editor_perms.count()} permissions; Exporters: export and view statements.")
