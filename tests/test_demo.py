import json
from pathlib import Path

import pytest
from django.core.management import call_command

from tracker import positions
from tracker.models import Actor, Event, Outlet, Source, Statement, StatementSource, Topic

pytestmark = pytest.mark.django_db

ARTICLES = Path(__file__).resolve().parent / "data" / "extraction-dev"


def history_rows():
    return sum(model.history.count() for model in (Actor, Source, Statement))


def labelled(kind):
    """(key, label) of every labelled statement of `kind` in the articles the demo is built from."""
    for path in sorted(ARTICLES.glob("*.json")):
        for index, label in enumerate(json.loads(path.read_text(encoding="utf-8"))["statements"]):
            if label["kind"] == kind:
                yield f"demo-{path.stem[:3]}-{index:02d}", label


def test_demo_holds_the_sample_article_as_the_editors_curated_it(demo):
    zelenskyy = Actor.objects.get(slug="volodymyr-zelenskyy")
    assert zelenskyy.wikidata_id == "Q3874799"
    assert {"Zelensky", "Zelenskiy"} <= set(zelenskyy.aliases.values_list("name", flat=True))
    quote = Statement.objects.get(text__contains="President Trump is ready to give Ukraine security guarantees")
    assert quote.speaker == zelenskyy
    assert quote.kind == Statement.Kind.DIRECT_QUOTE
    assert quote.condition == "after this war finishes"
    assert quote.topic_stances.get(topic__slug="security-guarantees").stance == "supports"
    paraphrase = Statement.objects.get(text__startswith="He was not yet prepared to discuss US involvement")
    assert paraphrase.speaker.slug == "donald-trump"
    assert paraphrase.kind == Statement.Kind.PARAPHRASE
    assert str(paraphrase.said_on) == "2025-09-23"


def test_demo_statements_carry_the_european_pravda_source_chain(demo):
    quote = Statement.objects.get(text="Our teams will work until the end of this month")
    chain = [(link.role, str(link.source.outlet or "")) for link in quote.source_links.select_related("source__outlet")]
    assert chain == [
        (StatementSource.Role.ORIGINAL, ""),
        (StatementSource.Role.REPORTED_BY, "European Pravda"),
        (StatementSource.Role.REPORTED_BY, "Ukrainska Pravda"),
    ]
    assert quote.first_reported_on.isoformat() == "2025-09-24"


def test_demo_is_big_enough_to_judge_the_product(demo):
    statuses = dict.fromkeys(Statement.Status.values, 0)
    for status in Statement.objects.values_list("status", flat=True):
        statuses[status] += 1
    assert sum(statuses.values()) >= 190
    assert statuses["published"] >= 170
    assert all(statuses.values()), statuses
    retracted = Statement.objects.get(status="retracted")
    assert retracted.correction_note.startswith("Retracted:")
    assert Actor.objects.count() >= 30
    assert Actor.objects.exclude(wikidata_id="").count() >= 10
    assert not Actor.objects.filter(kind="person", title="").exists()
    assert Event.objects.count() >= 8
    assert not Event.objects.filter(participants=None).exists()
    assert not Outlet.objects.filter(homepage="").exists()
    assert Source.objects.exclude(url="").count() >= 15
    assert Statement.objects.published().exclude(relayed_by=None).count() >= 3


def test_patriot_systems_sit_under_air_defence(demo):
    assert Topic.objects.get(slug="patriot-systems").parent.slug == "air-defence"
    assert Topic.objects.get(slug="ceasefire").parent.slug == "peace-negotiations"
    # A narrower topic shares its broader topic's sense of "supports": opposing China's drills is not
    # opposing Taiwan, so the drills stand beside Taiwan, not below it (README, "Positions over time").
    assert Topic.objects.get(slug="taiwan-military-drills").parent is None


def test_demo_keeps_the_labelled_kind_and_date_of_each_statement(demo):
    """A labelled paraphrase stays a paraphrase (never a quote); a labelled quote stays verbatim words."""
    rows = Statement.objects.values_list("key", "kind", "said_on")
    stored = {key: (kind, said_on.isoformat()) for key, kind, said_on in rows}
    paraphrases = {key: label for key, label in labelled("paraphrase") if key in stored}
    quotes = {key: label for key, label in labelled("direct_quote") if key in stored}
    assert len(paraphrases) > 100 and len(quotes) > 70
    assert {stored[key][0] for key in paraphrases} == {"paraphrase"}
    assert {stored[key][0] for key in quotes} == {"direct_quote", "written"}
    for key, label in (paraphrases | quotes).items():
        if label["date_said"]:
            assert stored[key][1].startswith(label["date_said"]), key
    putin = Statement.objects.get(key="demo-016-13")
    assert (putin.speaker.slug, putin.relayed_by.slug, putin.kind) == ("vladimir-putin", "donald-trump", "paraphrase")


def test_demo_shows_real_changes_of_position(demo):
    found = {str(shift) for shift in positions.shifts()}
    assert "Donald Trump on Security guarantees: opposes → supports, 23 Sep 2025" in found
    assert "Donald Trump on Territory: supports → opposes, 21 Nov 2025" in found
    assert not [shift for shift in found if "Taiwan" in shift], "a same-day stance on another subject is no change"


def test_a_speakers_title_is_the_one_held_when_they_spoke(demo):
    biden = Statement.objects.filter(speaker__slug="joe-biden").first()
    assert biden.speaker.title == "Former President of the United States"
    assert biden.speaker_title == "President of the United States"


def test_loading_the_demo_twice_changes_nothing(demo, capsys):
    counts = Statement.objects.count(), Source.objects.count(), history_rows()
    versions = list(Statement.objects.order_by("id").values_list("version", flat=True))
    call_command("load_demo")
    assert "0 change(s)" in capsys.readouterr().out
    assert (Statement.objects.count(), Source.objects.count(), history_rows()) == counts
    assert list(Statement.objects.order_by("id").values_list("version", flat=True)) == versions


def test_the_committed_demo_is_what_build_demo_makes(db, capsys):
    call_command("build_demo", "--check")
    out = capsys.readouterr().out
    assert "demo.json is up to date" in out
    assert Statement.objects.count() == Actor.objects.count() == 0  # the build leaves the database as it was
