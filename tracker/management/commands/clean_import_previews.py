from django.conf import settings
from django.core.management.base import BaseCommand

from tracker.interchange import previews


class Command(BaseCommand):
    help = "Remove import uploads whose preview was never confirmed, once older than PARLEY_IMPORT_PREVIEW_SECONDS."

    def handle(self, *args, **options):
        removed = previews.clean_expired()
        self.stdout.write(f"Removed {removed} expired import preview(s) from {settings.PARLEY_IMPORT_PREVIEW_DIR}.")
