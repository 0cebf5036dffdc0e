import pytest
from django.core.management import call_command

from tracker.models import Actor, Source, Statement, StatementSource

pytestmark = pytest.mark.django_db


def history_rows():
    return sum(model.history.count() for model in (Actor, Source, Statement))


def test_demo_holds_every_statement_of_the_sample_article(demo):
    zelenskyy = Actor.objects.get(slug="volodymyr-zelenskyy")
    assert zelenskyy.wikidata_id == "Q3874799"
    assert {"Zelensky", "Zelenskiy"} <= set(zelenskyy.aliases.values_list("name", flat=True))
    quote = Statement.objects.get(text__startswith="President Trump is ready to give Ukraine security guarantees")
    assert quote.speaker == zelenskyy
    assert quote.kind == Statement.Kind.DIRECT_QUOTE
    assert quote.condition == "after this war finishes"
    assert quote.topic_stances.get(topic__slug="security-guarantees").stance == "supports"
    paraphrase = Statement.objects.get(text__startswith="He was not yet ready to talk about US participation")
    assert paraphrase.speaker.slug == "donald-trump"
    assert paraphrase.kind == Statement.Kind.PARAPHRASE


def test_demo_statements_carry_the_european_pravda_source_chain(demo):
    quote = Statement.objects.get(text="Our teams will work until the end of this month")
    chain = [(link.role, str(link.source.outlet or "")) for link in quote.source_links.select_related("source__outlet")]
    assert chain == [
        (StatementSource.Role.ORIGINAL, ""),
        (StatementSource.Role.REPORTED_BY, "European Pravda"),
        (StatementSource.Role.REPORTED_BY, "Ukrainska Pravda"),
    ]
    assert quote.first_reported_on.isoformat() == "2025-09-23"


def test_patriot_systems_sit_under_air_defence(demo):
    from tracker.models import Topic

    assert Topic.objects.get(slug="patriot-systems").parent.slug == "air-defence"


def test_loading_the_demo_twice_changes_nothing(demo, capsys):
    counts = Statement.objects.count(), Source.objects.count(), history_rows()
    versions = list(Statement.objects.order_by("id").values_list("version", flat=True))
    call_command("load_demo")
    assert "0 change(s)" in capsys.readouterr().out
    assert (Statement.objects.count(), Source.objects.count(), history_rows()) == counts
    assert list(Statement.objects.order_by("id").values_list("version", flat=True)) == versions
