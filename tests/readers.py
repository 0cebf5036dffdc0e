"""A small published world (plus drafts) shared by the reader-page tests."""

import datetime
import html
import re
from types import SimpleNamespace

from tests import factories
from tracker.models import Statement, StatementLink, StatementTopic


def build_world():
    zelenskyy = factories.ActorFactory(
        name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy", title="President of Ukraine", country="UA"
    )
    trump = factories.ActorFactory(name="Donald Trump", slug="donald-trump", title="President of the United States")
    putin = factories.ActorFactory(name="Vladimir Putin", slug="vladimir-putin", title="President of Russia")
    guarantees = factories.TopicFactory(name="Security guarantees", slug="security-guarantees")
    air_defence = factories.TopicFactory(name="Air defence", slug="air-defence")
    patriots = factories.TopicFactory(name="Patriot systems", slug="patriot-systems", parent=air_defence)
    territory = factories.TopicFactory(name="Territory", slug="territory")
    pravda = factories.OutletFactory(name="European Pravda", slug="european-pravda")
    reuters = factories.OutletFactory(name="Reuters", slug="reuters")
    meeting = factories.EventFactory(
        name="Zelenskyy–Trump meeting", slug="un-meeting", start_date=datetime.date(2025, 9, 23), place="New York"
    )
    meeting.participants.add(zelenskyy, trump)

    def say(speaker, text, said_on, topics=(), **kwargs):
        outlets = kwargs.pop("outlets", ())
        mentions = kwargs.pop("mentions", ())
        kwargs.setdefault("speaker_title", speaker.title)
        statement = factories.StatementFactory(speaker=speaker, text=text, said_on=said_on, **kwargs)
        for topic, stance in topics:
            factories.StatementTopicFactory(statement=statement, topic=topic, stance=stance)
        for position, outlet in enumerate(outlets):
            factories.StatementSourceFactory(
                statement=statement, source=factories.SourceFactory(outlet=outlet), position=position
            )
        statement.mentions.add(*mentions)
        return statement

    s = SimpleNamespace(**locals())
    s.guarantee_quote = say(
        zelenskyy,
        "President Trump is ready to give Ukraine security guarantees after this war finishes.",
        datetime.date(2025, 9, 23),
        topics=[(guarantees, StatementTopic.Stance.SUPPORTS)],
        outlets=[pravda, reuters],
        mentions=[trump],
        event=meeting,
        condition="after this war finishes",
        act=Statement.Act.CLAIM,
        setting="Remarks to the press after meeting Trump, New York",
    )
    s.patriot_paraphrase = say(
        zelenskyy,
        "Ukraine needs more Patriot batteries before winter.",
        datetime.date(2025, 9, 22),
        topics=[(patriots, StatementTopic.Stance.SUPPORTS)],
        outlets=[reuters],
        kind=Statement.Kind.PARAPHRASE,
        act=Statement.Act.DEMAND,
        attribution=Statement.Attribution.SINGLE_REPORT,
    )
    s.trump_relay = say(
        putin,
        "Putin told him the war would be over soon.",
        datetime.date(2025, 8, 15),
        topics=[(territory, StatementTopic.Stance.OPPOSES)],
        kind=Statement.Kind.PARAPHRASE,
        relayed_by=trump,
        attribution=Statement.Attribution.DISPUTED,
        outlets=[pravda],
    )
    s.trump_month = say(
        trump,
        "We will see about the territory question.",
        datetime.date(2025, 7, 10),
        topics=[(territory, StatementTopic.Stance.UNCLEAR)],
        date_precision=Statement.Precision.MONTH,
        act=Statement.Act.OTHER,
    )
    s.draft = say(
        zelenskyy,
        "Secret draft guarantees wording never to be shown.",
        datetime.date(2025, 9, 24),
        topics=[(guarantees, StatementTopic.Stance.OPPOSES)],
        outlets=[pravda],
        event=meeting,
        status=Statement.Status.DRAFT,
    )
    s.in_review = say(
        trump,
        "Review-stage guarantees remark awaiting an editor.",
        datetime.date(2025, 9, 24),
        topics=[(territory, StatementTopic.Stance.SUPPORTS)],
        status=Statement.Status.REVIEW,
    )
    s.retracted = say(
        putin,
        "A retracted remark about guarantees.",
        datetime.date(2025, 6, 1),
        status=Statement.Status.RETRACTED,
        correction_note="Misattributed: the words were a spokesman's.",
    )
    StatementLink.objects.create(
        from_statement=s.patriot_paraphrase, relation="reaffirms", to_statement=s.guarantee_quote
    )
    StatementLink.objects.create(from_statement=s.draft, relation="contradicts", to_statement=s.guarantee_quote)
    return s


HIDDEN_TEXTS = ("Secret draft guarantees wording", "Review-stage guarantees remark")
# The beginnings of build_world's four published statements.
ALL_TEXTS = (
    "President Trump is ready",
    "Ukraine needs more Patriot",
    "Putin told him",
    "We will see about the territory",
)


def chart_svg(client, response, name="months"):
    """The SVG of the page's chart `name` (months or speakers), fetched as a browser would: by
    the page's own <iframe src> or <img src>. None when the page has no such chart."""
    pattern = rf'<(?:iframe|img) class="chart__(?:frame|img)[^"]*" src="(/charts/{name}\.svg[^"]*)"'
    match = re.search(pattern, response.content.decode())
    if match is None:
        return None
    chart = client.get(html.unescape(match.group(1)))
    assert chart.status_code == 200 and chart["Content-Type"].startswith("image/svg+xml")
    return chart.content.decode()


def lengthen_registry(actors=45, topics=45, said_on=datetime.date(2024, 1, 10)):
    """Enough public actors and topics that the filter form offers them by type-ahead, not as <select>s
    (tracker/registry.py SELECT_LIMIT): one published statement each, said long before build_world's."""
    for number in range(actors):
        speaker = factories.ActorFactory(name=f"Registry Member {number:02d}", slug=f"registry-member-{number:02d}")
        factories.StatementFactory(speaker=speaker, text=f"Registry filler {number}.", said_on=said_on)
    speaker = factories.ActorFactory(name="Registry Topic Speaker", slug="registry-topic-speaker")
    for number in range(topics):
        topic = factories.TopicFactory(name=f"Registry Subject {number:02d}", slug=f"registry-subject-{number:02d}")
        statement = factories.StatementFactory(speaker=speaker, text=f"Topic filler {number}.", said_on=said_on)
        factories.StatementTopicFactory(statement=statement, topic=topic)
