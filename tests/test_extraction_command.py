import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests import factories

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Source: Zelenskyy in remarks to the press after meeting with Trump, as reported by European Pravda\n\n"
    '"President Trump is ready to give Ukraine security guarantees," the Ukrainian president said.\n\n'
    "Alar Karis said Estonia would send more air defence."
)
FIELDS = {
    "speaker",
    "speaker_slug",
    "kind",
    "text",
    "start",
    "end",
    "confidence",
    "topics",
    "mentions",
    "relayed_by",
    "date_said",
    "date_precision",
    "sentence",
    "carried_by",
    "source_chain",
    "setting",
}


@pytest.fixture
def directory_in_db(actor, topic):
    topic.keywords = ["security guarantees"]
    topic.save()
    actor.title = "President of Ukraine"
    actor.save()
    trump = factories.ActorFactory(name="Donald Trump", slug="donald-trump", country="US")
    factories.ActorAliasFactory(actor=trump, name="Trump")
    factories.OutletFactory(name="European Pravda", slug="european-pravda")


def run(*args):
    out = StringIO()
    call_command("extract_statements", *args, stdout=out)
    return out.getvalue()


def test_json_output_lists_candidates_with_exactly_the_documented_fields(directory_in_db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    candidates = json.loads(run(str(path), "--json"))
    assert [set(candidate) for candidate in candidates] == [FIELDS, FIELDS]
    quote, paraphrase = candidates
    assert (quote["speaker_slug"], quote["kind"]) == ("volodymyr-zelenskyy", "direct_quote")
    assert quote["text"] == "President Trump is ready to give Ukraine security guarantees,"
    assert quote["topics"] == ["security-guarantees"]
    assert quote["mentions"] == ["donald-trump"]
    assert quote["setting"] == "remarks to the press after meeting with Trump"
    assert quote["source_chain"][1] == {"outlet": "European Pravda", "role": "reported_by"}
    assert quote["date_said"] is None  # no publication date given
    assert (paraphrase["speaker"], paraphrase["speaker_slug"]) == ("Alar Karis", None)
    assert paraphrase["text"] == "Estonia would send more air defence"


def test_with_the_publication_date_candidates_carry_the_date_said(directory_in_db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Zelenskyy said on Monday that the talks had failed.", encoding="utf-8")
    [candidate] = json.loads(run(str(path), "--json", "--published", "2025-09-24"))
    assert (candidate["date_said"], candidate["date_precision"]) == ("2025-09-22", "day")
    assert candidate["sentence"] == "Volodymyr Zelenskyy said on Monday that the talks had failed."


def test_a_bad_publication_date_is_a_clear_error(directory_in_db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Zelenskyy said the talks had failed.", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run(str(path), "--published", "24/09/2025")


def test_html_is_converted_and_offsets_refer_to_the_text(directory_in_db, tmp_path):
    path = tmp_path / "article.html"
    path.write_text("<p>&ldquo;We are ready,&rdquo; <b>Zelenskyy</b> said.</p>", encoding="utf-8")
    [candidate] = json.loads(run(str(path), "--json"))
    assert (candidate["text"], candidate["start"], candidate["end"]) == ("We are ready,", 1, 14)


def test_table_output_is_readable(directory_in_db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    table = run(str(path))
    assert "2 candidate statements" in table
    assert "quote" in table and "Volodymyr Zelenskyy" in table
    assert "Alar Karis (new actor)" in table


def test_a_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "missing.txt"))


def test_an_alias_stored_in_the_registry_finds_its_actor(directory_in_db, tmp_path):
    crown_prince = factories.ActorFactory(name="Mohammed bin Salman", slug="mohammed-bin-salman", country="SA")
    factories.ActorAliasFactory(actor=crown_prince, name="MBS")
    path = tmp_path / "article.txt"
    path.write_text("MBS said the kingdom would host the next round of talks.", encoding="utf-8")
    [candidate] = json.loads(run(str(path), "--json"))
    assert (candidate["speaker"], candidate["speaker_slug"]) == ("Mohammed bin Salman", "mohammed-bin-salman")


def test_an_actor_added_between_two_extractions_is_found_by_the_second(directory_in_db, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("MBS said the kingdom would host the next round of talks.", encoding="utf-8")
    [before] = json.loads(run(str(path), "--json"))
    assert (before["speaker"], before["speaker_slug"]) == ("MBS", None)
    crown_prince = factories.ActorFactory(name="Mohammed bin Salman", slug="mohammed-bin-salman", country="SA")
    factories.ActorAliasFactory(actor=crown_prince, name="MBS")
    [after] = json.loads(run(str(path), "--json"))
    assert after["speaker_slug"] == "mohammed-bin-salman", "the directory kept for the first run is not reused"
