"""One record on every surface: how a statement is named, where an actor stands, what a
retraction looks like, and which registry records readers may see."""

import datetime
import html
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.readers import build_world
from tracker.models import Statement, StatementTopic

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
D = datetime.date
QUOTE_MARKS = '“”"«»'


@pytest.fixture
def world(db):
    return build_world()


def meta(page, name):
    found = re.search(rf'<meta (?:property|name)="{name}" content="([^"]*)"', page)
    return html.unescape(found.group(1)) if found else None


def title(page):
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).strip()


def citation(page):
    return html.unescape(re.sub(r"<[^>]+>", "", re.search(r'<span id="citation">(.*?)</span>', page, re.S).group(1)))


def json_ld(page):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))


def atom_titles(client, query=""):
    feed = ET.fromstring(client.get(f"/feeds/statements.atom{query}").content)
    return {entry.findtext(f"{ATOM}id"): entry for entry in feed.iter(f"{ATOM}entry")}


def entry_for(client, statement):
    return next(entry for key, entry in atom_titles(client).items() if key.endswith(statement.get_absolute_url()))


# --- how a statement is named -------------------------------------------------------------------


def test_a_paraphrase_is_never_put_in_quotation_marks_on_its_page(client, world):
    page = client.get(world.patriot_paraphrase.get_absolute_url()).content.decode()
    for shown in (title(page), meta(page, "og:title"), meta(page, "twitter:title"), citation(page)):
        assert "Ukraine needs more Patriot batteries" in shown
        assert not any(mark in shown for mark in QUOTE_MARKS), shown
        assert "reported speech" in shown
    assert json_ld(page)["@type"] == "Claim"


def test_a_direct_quote_is_in_quotation_marks_on_its_page(client, world):
    page = client.get(world.guarantee_quote.get_absolute_url()).content.decode()
    words = "“President Trump is ready to give Ukraine"
    assert title(page).startswith(f"Volodymyr Zelenskyy: {words}")
    assert meta(page, "og:title").startswith(f"Volodymyr Zelenskyy: {words}")
    assert words in citation(page)
    assert json_ld(page)["@type"] == "Quotation"


def test_relayed_speech_names_the_relayer_and_stays_reported(client, world):
    page = client.get(world.trump_relay.get_absolute_url()).content.decode()
    assert title(page).startswith("Vladimir Putin, as relayed by Donald Trump: (reported speech) Putin told him")
    assert "as relayed by Donald Trump" in citation(page)
    assert json_ld(page)["@type"] == "Claim"


def test_atom_titles_quote_only_verbatim_words(client, world):
    assert (
        entry_for(client, world.guarantee_quote)
        .findtext(f"{ATOM}title")
        .startswith("Volodymyr Zelenskyy: “President Trump")
    )
    paraphrase = entry_for(client, world.patriot_paraphrase).findtext(f"{ATOM}title")
    assert not any(mark in paraphrase for mark in QUOTE_MARKS)
    relayed = entry_for(client, world.trump_relay).findtext(f"{ATOM}title")
    assert relayed.startswith("Vladimir Putin, as relayed by Donald Trump: (reported speech)")


def test_positions_table_quotes_only_verbatim_words(client, world):
    page = html.unescape(client.get("/positions/", {"topic": "territory"}).content.decode())
    assert "(reported speech) Putin told him the war would be over soon." in page
    assert "“Putin told him" not in page
    assert "“We will see about the territory question.”" in page


def test_timelinejs_slides_quote_only_verbatim_words(client, world):
    slides = {
        event["unique_id"]: html.unescape(event["text"]["headline"])
        for event in json.loads(b"".join(client.get("/timeline/data.json").streaming_content))["events"]
    }
    quote = slides[f"statement-{world.guarantee_quote.pk}"]
    assert quote.startswith("Volodymyr Zelenskyy: “President Trump")
    paraphrase = slides[f"statement-{world.patriot_paraphrase.pk}"]
    assert not any(mark in paraphrase for mark in QUOTE_MARKS)
    assert slides[f"statement-{world.trump_relay.pk}"].startswith("Vladimir Putin, as relayed by Donald Trump:")


# --- one current stance -------------------------------------------------------------------------


@pytest.fixture
def same_day(db):
    """Ana on a parent topic and its child: on one day she first opposes (the child), then, entered
    later, supports (the parent). Her current stance on the parent is 'supports' everywhere."""
    ana = factories.ActorFactory(name="Ana Example", slug="ana-example")
    parent = factories.TopicFactory(name="Air defence", slug="air-defence")
    child = factories.TopicFactory(name="Patriot systems", slug="patriot-systems", parent=parent)
    earlier = factories.StatementFactory(speaker=ana, said_on=D(2025, 3, 1), text="Ana earlier.")
    factories.StatementTopicFactory(statement=earlier, topic=parent, stance=StatementTopic.Stance.NEUTRAL)
    first = factories.StatementFactory(speaker=ana, said_on=D(2025, 5, 5), text="Ana on Patriots: no.")
    factories.StatementTopicFactory(statement=first, topic=child, stance=StatementTopic.Stance.OPPOSES)
    second = factories.StatementFactory(speaker=ana, said_on=D(2025, 5, 5), text="Ana on air defence: yes.")
    factories.StatementTopicFactory(statement=second, topic=parent, stance=StatementTopic.Stance.SUPPORTS)
    return ana, parent, child, first, second


def section(page, heading_id):
    start = page.index(f'aria-labelledby="{heading_id}"')
    return page[start : page.index("</section>", start)]


def test_every_page_agrees_on_the_current_stance(client, same_day):
    ana, parent, child, first, second = same_day
    topic_page = html.unescape(client.get(parent.get_absolute_url()).content.decode())
    blocks = re.findall(r'aria-labelledby="([^"]+)"', topic_page)
    # "Where they stand now" and "Who holds which position" both say supports.
    for heading in blocks:
        block = section(topic_page, heading)
        if "Ana Example" in block and ("Supports" in block or "Opposes" in block):
            assert "Supports" in block, heading
            assert not re.search(r"Ana Example[^<]*</a>\s*</?[^>]*>\s*Opposes", block), heading
    positions_page = client.get("/positions/", {"topic": parent.slug}).context
    grouped = {stance: [s.actor.slug for s in found] for stance, _, found in positions_page["position_block"]["groups"]}
    assert grouped == {"supports": ["ana-example"]}
    actor_page = client.get(ana.get_absolute_url()).context
    current = {topic.slug: point.stance for topic, point in actor_page["position_summary"]["current"]}
    assert current == {"air-defence": "supports", "patriot-systems": "opposes"}
    entries = {entry["slug"]: entry["latest"][0] for entry in actor_page["topics"]}
    assert entries["air-defence"] == "supports"


def test_then_and_now_follows_the_same_track(client, same_day):
    ana, parent, child, first, second = same_day
    shift = client.get(reverse("tracker:shift-detail", args=[first.pk, second.pk]), {"topic": parent.slug})
    assert shift.status_code == 200
    assert shift.context["shift"].from_stance == "opposes" and shift.context["shift"].to_stance == "supports"
    # On the child topic alone the later statement is not part of the track: no such change.
    on_child = client.get(reverse("tracker:shift-detail", args=[first.pk, second.pk]), {"topic": child.slug})
    assert on_child.status_code == 404


# --- retraction ---------------------------------------------------------------------------------


def test_a_retraction_reaches_feed_json_ld_opengraph_and_exports(exporter_client, world):
    client = Client()  # a reader
    retracted = world.retracted
    entry = entry_for(client, retracted)
    assert entry.findtext(f"{ATOM}title").startswith("[Retracted] Vladimir Putin")
    assert "Misattributed: the words were a spokesman" in html.unescape(entry.findtext(f"{ATOM}summary") or "")
    assert entry.findtext(f"{ATOM}updated") >= entry.findtext(f"{ATOM}published")

    page = client.get(retracted.get_absolute_url()).content.decode()
    data = json_ld(page)
    assert data["creativeWorkStatus"] == "Retracted"
    assert data["correction"]["text"] == "Misattributed: the words were a spokesman's."
    assert meta(page, "og:title").startswith("[Retracted]")
    assert "Misattributed" in meta(page, "og:description")

    export = exporter_client.get("/export/statements.csv", {"status": "retracted"})
    body = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Misattributed: the words were a spokesman's." in body
    assert ",retracted," in body


def test_a_statement_set_back_to_draft_leaves_every_reader_surface_at_once(client, world):
    quote = world.guarantee_quote
    urls = [
        "/",
        quote.get_absolute_url(),
        world.zelenskyy.get_absolute_url(),
        "/topics/security-guarantees/",
        "/positions/?topic=security-guarantees",
        "/feeds/statements.atom",
        "/api/statements/",
    ]
    for url in urls:  # warm every cache
        assert "President Trump is ready" in client.get(url).content.decode(), url
    quote.status = Statement.Status.DRAFT
    quote.save()
    for url in urls:
        assert "President Trump is ready" not in client.get(url).content.decode(), url


# --- registry records follow their statements ---------------------------------------------------


def test_an_actor_used_only_by_drafts_is_nowhere_public(admin_client, world):
    client = Client()  # a reader
    ghost = factories.ActorFactory(name="Ghost Minister", slug="ghost-minister")
    ghost_topic = factories.TopicFactory(name="Ghost topic", slug="ghost-topic")
    ghost_event = factories.EventFactory(name="Ghost summit", slug="ghost-summit")
    draft = factories.StatementFactory(
        speaker=ghost, status=Statement.Status.DRAFT, event=ghost_event, text="Only a draft."
    )
    factories.StatementTopicFactory(statement=draft, topic=ghost_topic)

    assert client.get(ghost.get_absolute_url()).status_code == 404
    assert client.get(ghost_topic.get_absolute_url()).status_code == 404
    assert client.get(ghost_event.get_absolute_url()).status_code == 404
    assert client.get("/api/actors/ghost-minister/").status_code == 404
    assert client.get("/api/topics/ghost-topic/").status_code == 404
    for listing in ("/api/actors/", "/api/topics/", "/api/events/", "/actors/", "/topics/", "/"):
        assert "ghost" not in client.get(listing).content.decode().lower(), listing
    refused = client.get("/", {"actor": "ghost-minister"})
    assert refused.status_code == 400
    assert client.get("/positions/", {"topic": "ghost-topic"}).status_code == 400
    assert client.get("/feeds/shifts.atom", {"actor": "ghost-minister"}).status_code == 400

    # Staff still find it, and once a statement is published, readers do too.
    assert "Ghost Minister" in admin_client.get("/admin/tracker/actor/").content.decode()
    draft.status = Statement.Status.PUBLISHED
    draft.save()
    assert client.get(ghost.get_absolute_url()).status_code == 200
    assert "Ghost Minister" in client.get("/").content.decode()


# --- an edit of wording, an edit of who said what when ----------------------------------------


def edit_through_a_fresh_load(statement, **changes):
    """Save `changes` the way the admin does: on an instance loaded from the database."""
    loaded = Statement.objects.get(pk=statement.pk)
    for name, value in changes.items():
        setattr(loaded, name, value)
    loaded.save()
    return loaded


def test_a_speaker_changed_on_a_public_statement_moves_it_on_every_surface_at_once(client, world):
    lone = factories.ActorFactory(name="Andrii Sybiha", slug="andrii-sybiha", title="Foreign Minister")
    statement = factories.StatementFactory(speaker=lone, text="Sybiha's own words on guarantees.")
    factories.StatementTopicFactory(statement=statement, topic=world.guarantees, stance=StatementTopic.Stance.OPPOSES)
    listings = ("/actors/", "/", "/topics/security-guarantees/", "/positions/?topic=security-guarantees")
    for url in listings:  # warm the registry, the filter options and the stance blocks
        assert "Andrii Sybiha" in client.get(url).content.decode(), url

    edit_through_a_fresh_load(statement, speaker=world.putin)

    assert client.get(lone.get_absolute_url()).status_code == 404
    for url in listings:
        page = client.get(url).content.decode()
        assert "Andrii Sybiha" not in page, url
        assert "Vladimir Putin" in page, url
    assert client.get("/", {"actor": "andrii-sybiha"}).status_code == 400


def test_a_public_statement_moved_to_another_day_moves_its_stance_at_once(client, world):
    url = "/positions/?topic=security-guarantees&as_of=2025-09-01"
    standing = 'id="standing-volodymyr-zelenskyy"'
    assert standing not in client.get(url).content.decode()  # said on 23 September

    edit_through_a_fresh_load(world.guarantee_quote, said_on=datetime.date(2025, 8, 20))

    assert standing in client.get(url).content.decode()


def test_a_corrected_wording_is_on_every_surface_at_once(client, world):
    quote = world.guarantee_quote
    urls = ["/", quote.get_absolute_url(), "/feeds/statements.atom", "/api/statements/", "/?q=guarantees"]
    for url in urls:
        assert "President Trump is ready" in client.get(url).content.decode(), url

    edit_through_a_fresh_load(quote, text="President Trump is willing to give Ukraine security guarantees.")

    for url in urls:
        page = client.get(url).content.decode()
        assert "President Trump is ready" not in page, url
        assert "President Trump is willing" in page, url


@pytest.mark.parametrize(
    ("field", "value", "moves"),
    [
        ("text", "New words.", False),
        ("setting", "A corrected setting", False),
        ("condition", "", False),
        ("audience", "reporters", False),
        ("correction_note", "Typo fixed.", False),
        ("status", Statement.Status.RETRACTED, True),
        ("said_on", datetime.date(2025, 9, 24), True),
        ("date_precision", Statement.Precision.MONTH, True),
        ("kind", Statement.Kind.PARAPHRASE, True),
        ("act", Statement.Act.DEMAND, True),
        ("attribution", Statement.Attribution.SINGLE_REPORT, True),
    ],
)
def test_only_an_edit_of_wording_keeps_the_stance_and_registry_caches(world, field, value, moves):
    """Filter options, the public registry and stance blocks are kept under the membership stamp
    (tracker/versions.py): an edit of wording keeps them, anything about who, when, how or whether
    moves them (and every edit retires the rendered pages)."""
    from tracker import versions

    version, stamp = versions.number(), versions.membership_stamp()
    edit_through_a_fresh_load(world.guarantee_quote, **{field: value})
    assert versions.number() > version
    assert (versions.membership_stamp() != stamp) is moves


@pytest.mark.parametrize("change", ["speaker", "relayed_by", "event", "topic", "mention", "source"])
def test_who_and_what_about_move_the_membership_stamp(world, change):
    from tracker import versions

    stamp = versions.membership_stamp()
    quote = world.guarantee_quote
    if change in ("speaker", "relayed_by"):
        edit_through_a_fresh_load(quote, **{change: world.putin})
    elif change == "event":
        edit_through_a_fresh_load(quote, event=None)
    elif change == "topic":
        factories.StatementTopicFactory(statement=quote, topic=world.territory)
    elif change == "mention":
        quote.mentions.add(world.putin)
    else:
        factories.StatementSourceFactory(statement=quote, source=factories.SourceFactory(outlet=world.reuters))
    assert versions.membership_stamp() != stamp
