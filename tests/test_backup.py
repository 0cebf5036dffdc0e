from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests import factories
from tracker.models import Statement

pytestmark = pytest.mark.django_db(transaction=True)


def timeline(client):
    response = client.get("/")
    assert response.status_code == 200
    return [statement.text for statement in response.context["page"]]


def test_a_restored_backup_serves_the_same_timeline(client, tmp_path):
    actor = factories.ActorFactory(name="Speaker", slug="speaker")
    for n in range(5):
        factories.StatementFactory(speaker=actor, text=f"Said before the backup, number {n}.")
    factories.StatementFactory(speaker=actor, text="A draft.", status=Statement.Status.DRAFT)
    before = timeline(client)
    backup = tmp_path / "parley.backup"

    call_command("backup_db", output=str(backup), stdout=StringIO())
    Statement.objects.filter(text__contains="number 3").delete()
    factories.StatementFactory(speaker=actor, text="Said after the backup.")
    assert timeline(client) != before
    call_command("restore_db", str(backup), stdout=StringIO())

    assert timeline(client) == before
    assert Statement.objects.count() == 6


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(tmp_path, db):
    factories.StatementFactory(text="Still here.")
    bogus = tmp_path / "not-a-backup"
    bogus.write_text("hello")
    with pytest.raises(CommandError):
        call_command("restore_db", str(bogus))
    with pytest.raises(CommandError):
        call_command("restore_db", str(tmp_path / "missing"))
    assert Statement.objects.filter(text="Still here.").exists()
