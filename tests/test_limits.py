"""Every length limit holds alike in the model, the admin's forms and the importer."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests import factories
from tests.admin_forms import change_form_data
from tracker.interchange import ImportFailed, import_file
from tracker.models import Statement
from tracker.validators import SettingMaxLength

pytestmark = pytest.mark.django_db

# (field, setting or None for a fixed column length, default limit)
STATEMENT_LIMITS = [
    ("text", "PARLEY_MAX_TEXT_CHARS", 20_000),
    ("original_text", "PARLEY_MAX_TEXT_CHARS", 20_000),
    ("condition", "PARLEY_MAX_CONDITION_CHARS", 2_000),
    ("correction_note", "PARLEY_MAX_NOTE_CHARS", 5_000),
    ("setting", None, 500),
    ("speaker_title", None, 200),
    ("audience", None, 300),
]
LIMIT_IDS = [field for field, _setting, _limit in STATEMENT_LIMITS]


@pytest.mark.parametrize(("field", "setting", "limit"), STATEMENT_LIMITS, ids=LIMIT_IDS)
def test_the_documented_defaults_are_in_force(settings, field, setting, limit):
    model_field = Statement._meta.get_field(field)
    if setting:
        assert getattr(settings, setting) == limit
        assert SettingMaxLength(setting) in model_field.validators
    else:
        assert model_field.max_length == limit


@pytest.mark.parametrize(("field", "setting", "limit"), STATEMENT_LIMITS, ids=LIMIT_IDS)
def test_model_validation_refuses_one_character_over_the_limit(statement, field, setting, limit):
    setattr(statement, field, "x" * limit)
    statement.full_clean()
    setattr(statement, field, "x" * (limit + 1))
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert f"at most {limit} characters" in str(error.value.message_dict[field])


@pytest.mark.parametrize(("field", "setting", "limit"), STATEMENT_LIMITS, ids=LIMIT_IDS)
def test_the_admin_form_refuses_one_character_over_the_limit(editor_client, statement, field, setting, limit):
    url = reverse("admin:tracker_statement_change", args=[statement.pk])
    response = editor_client.post(url, change_form_data(editor_client.get(url), **{field: "y" * (limit + 1)}))
    assert response.status_code == 200
    assert f"at most {limit} characters" in response.content.decode()
    statement.refresh_from_db()
    assert getattr(statement, field) != "y" * (limit + 1)
    assert statement.version == 1


def import_statement(actor, **fields):
    record = {"key": "long-one", "speaker": actor.slug, "said_on": "2025-10-01", "text": "Short.", **fields}
    return import_file(json.dumps({"format": "parley/1", "statements": [record]}).encode(), name="f.json")


@pytest.mark.parametrize(("field", "setting", "limit"), STATEMENT_LIMITS, ids=LIMIT_IDS)
def test_the_importer_refuses_one_character_over_the_limit(actor, field, setting, limit):
    with pytest.raises(ImportFailed) as failure:
        import_statement(actor, **{field: "z" * (limit + 1)})
    (problem,) = failure.value.problems
    assert str(problem).startswith(f"statement 1 “long-one”, {field}: Ensure this value has at most {limit} characters")
    assert Statement.objects.count() == 0
    import_statement(actor, **{field: "z" * limit})
    assert Statement.objects.count() == 1


def test_a_limit_changed_in_settings_holds_everywhere(settings, editor_client, statement, actor):
    settings.PARLEY_MAX_TEXT_CHARS = 10
    statement.text = "x" * 11
    with pytest.raises(ValidationError):
        statement.full_clean()
    with pytest.raises(ImportFailed, match="at most 10 characters"):
        import_statement(actor, text="Eleven char")
    import_statement(actor, text="Ten chars.")
    assert Statement.objects.filter(key="long-one").exists()


@pytest.mark.parametrize(
    ("factory", "section", "field", "limit"),
    [
        (factories.ActorFactory, "actors", "description", 10_000),
        (factories.TopicFactory, "topics", "description", 10_000),
        (factories.EventFactory, "events", "description", 10_000),
        (factories.ActorFactory, "actors", "name", 200),
        (factories.EventFactory, "events", "name", 300),
    ],
)
def test_names_and_descriptions_are_limited_in_the_model_and_the_importer(factory, section, field, limit):
    obj = factory()
    setattr(obj, field, "d" * (limit + 1))
    with pytest.raises(ValidationError):
        obj.full_clean()
    record = {"slug": "too-long", "name": "Name", field: "d" * (limit + 1)}
    with pytest.raises(ImportFailed, match=f"at most {limit} characters"):
        import_file(json.dumps({"format": "parley/1", section: [record]}).encode(), name="f.json")


def test_a_source_url_over_its_column_is_refused_by_the_importer(actor):
    url = "https://example.org/" + "a" * 1000
    with pytest.raises(ImportFailed, match="at most 1000 characters"):
        import_statement(actor, sources=[{"url": url}])
    assert Statement.objects.count() == 0
