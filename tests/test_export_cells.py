"""The CSV file's bytes: cells rendered by the database, lines joined without the csv module."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import factories
from tracker.columns import COLUMNS, FORMULA_START, inert
from tracker.exports.cells import cell_chunks
from tracker.exports.csv import csv_lines, stream_csv
from tracker.models import Statement

pytestmark = pytest.mark.django_db


def written_by_csv_module(rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def body(response):
    return b"".join(response.streaming_content).decode("utf-8")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.text(alphabet=st.sampled_from(list("ab ,\"\r\n\t=+-@'\x00ЖéΩ;")), max_size=12),
            min_size=len(COLUMNS),
            max_size=len(COLUMNS),
        ),
        max_size=4,
    )
)
def test_csv_lines_are_what_the_csv_module_writes(rows):
    assert csv_lines(rows) == written_by_csv_module(rows)


@pytest.fixture
def awkward(db):
    """One statement whose every cell needs care: quotes, commas, line breaks, formulas, order."""
    relay = factories.ActorFactory(name="Relay", slug="-relay")
    speaker = factories.ActorFactory(name='Smith, "Jr."', slug="smith-jr")
    event = factories.EventFactory(name="Talks", slug="talks")
    statement = factories.StatementFactory(
        speaker=speaker,
        speaker_title="Minister, acting",
        relayed_by=relay,
        text='We said, "no".\nThen: yes.',
        condition="-5 tanks",
        original_text="Ми сказали «ні».",
        original_language="uk",
        setting="=1+1",
        audience="@reporters",
        event=event,
        said_on=datetime.date(2025, 9, 23),
    )
    zeta = factories.TopicFactory(name="Zeta", slug="zeta")
    alpha = factories.TopicFactory(name="Alpha", slug="alpha")
    factories.StatementTopicFactory(statement=statement, topic=zeta, stance="opposes")
    factories.StatementTopicFactory(statement=statement, topic=alpha, stance="supports")
    statement.mentions.add(factories.ActorFactory(name="Bob", slug="bob"))
    statement.mentions.add(factories.ActorFactory(name="Alice", slug="alice"))
    reuters, ap = factories.OutletFactory(slug="reuters"), factories.OutletFactory(slug="ap")
    for position, outlet, url in [
        (1, reuters, "https://r.example.org/a,b"),
        (0, ap, "https://ap.example.org/1"),
        (2, reuters, "https://r.example.org/2"),
        (3, None, ""),
    ]:
        source = factories.SourceFactory(outlet=outlet, url=url, title=f"Source {position}")
        factories.StatementSourceFactory(statement=statement, source=source, position=position)
    updated = datetime.datetime(2025, 9, 24, 10, 11, 12, tzinfo=datetime.UTC)
    Statement.objects.filter(pk=statement.pk).update(updated_at=updated)
    return statement


def test_csv_file_holds_each_cell_rendered_and_quoted(exporter_client, awkward):
    pk = awkward.pk
    expected = [
        COLUMNS,
        [
            str(pk),
            "2025-09-23",
            "day",
            "",
            'Smith, "Jr."',
            "smith-jr",
            "Minister, acting",
            "'-relay",
            "direct_quote",
            "claim",
            "on_record",
            'We said, "no".\nThen: yes.',
            "'-5 tanks",
            "Ми сказали «ні».",
            "uk",
            "'=1+1",
            "'@reporters",
            "alpha; zeta",
            "supports; opposes",
            "alice; bob",
            "talks",
            "ap; reuters",
            "https://ap.example.org/1; https://r.example.org/a,b; https://r.example.org/2",
            "published",
            f"http://testserver/statements/{pk}/",
            "2025-09-24T10:11:12+00:00",
            "",
        ],
    ]
    assert body(exporter_client.get(reverse("tracker:export-csv"))) == written_by_csv_module(expected)


@pytest.mark.parametrize("start", [*FORMULA_START, "'", "A", "Ж"])
def test_every_formula_start_is_neutralised_by_the_database_as_in_python(exporter_client, actor, start):
    text = f"{start}SUM(A1) and more"
    statement = factories.StatementFactory(speaker=actor, text=text, audience=text)
    factories.StatementTopicFactory(statement=statement, topic=factories.TopicFactory(slug="-tanks"))
    [row] = csv.DictReader(io.StringIO(body(exporter_client.get(reverse("tracker:export-csv")))))
    assert row["text"] == row["audience"] == inert(text)
    assert row["topics"] == "'-tanks"


def test_timestamps_keep_their_microseconds(exporter_client, awkward):
    updated = datetime.datetime(2025, 9, 24, 10, 11, 12, 5, tzinfo=datetime.UTC)
    Statement.objects.filter(pk=awkward.pk).update(updated_at=updated)
    [row] = csv.DictReader(io.StringIO(body(exporter_client.get(reverse("tracker:export-csv")))))
    assert row["updated_at"] == "2025-09-24T10:11:12.000005+00:00"


def test_rows_are_the_same_whatever_the_chunk_size(newsroom_of_forty):
    statements = Statement.objects.order_by("-said_on", "-id")
    one_chunk = [row for chunk in cell_chunks(statements) for row in chunk]
    assert len(one_chunk) == 40
    assert [row for chunk in cell_chunks(statements, chunk_size=3) for row in chunk] == one_chunk
    assert [row for chunk in cell_chunks(statements, chunk_size=3, read_size=7) for row in chunk] == one_chunk
    assert max(len(chunk) for chunk in cell_chunks(statements, chunk_size=3, read_size=7)) == 3
    assert [row[0] for row in one_chunk] == [str(pk) for pk in statements.values_list("pk", flat=True)]


@pytest.fixture
def newsroom_of_forty(db):
    for number in range(40):
        statement = factories.StatementFactory(said_on=datetime.date(2025, 1, 1 + number % 28))
        factories.StatementTopicFactory(statement=statement)
        factories.StatementSourceFactory(statement=statement)


def test_an_export_of_nothing_is_the_header_alone(newsroom_of_forty):
    assert "".join(stream_csv(Statement.objects.none())) == ",".join(COLUMNS) + "\r\n"
    assert "".join(stream_csv(Statement.objects.filter(text="no such statement"))) == ",".join(COLUMNS) + "\r\n"
