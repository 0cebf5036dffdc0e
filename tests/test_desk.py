"""The editors' desk at /admin/: each queue's count is the database's, and its link lists exactly those."""

import datetime
import html as html_lib
import re

import pytest
from django.utils import timezone

from tests import factories
from tests.admin_forms import change_form_data
from tracker.duplicates import likely_duplicate_pairs, pairs_to_decide
from tracker.models import Statement, StatementTopic

pytestmark = pytest.mark.django_db

DRAFT, REVIEW, PUBLISHED = Statement.Status.DRAFT, Statement.Status.REVIEW, Statement.Status.PUBLISHED


def backdate(statement, days, **fields):
    """Move a statement (and its recorded history) `days` into the past."""
    moment = timezone.now() - datetime.timedelta(days=days)
    values = {"created_at": moment, **dict.fromkeys(fields, moment)}
    Statement.objects.filter(pk=statement.pk).update(**values)
    Statement.history.model.objects.filter(id=statement.pk).update(history_date=moment)


@pytest.fixture
def newsroom(editor):
    """Work in every queue: mine and others', fresh and stale drafts, reviews, a duplicate pair, publications."""
    other = factories.UserFactory(username="colleague", is_staff=True)
    zelenskyy = factories.ActorFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy")
    trump = factories.ActorFactory(name="Donald Trump", slug="donald-trump")
    guarantees = factories.TopicFactory(name="Security guarantees", slug="security-guarantees")
    texts = iter(
        [
            "Negotiations in Istanbul will resume next month.",
            "We need more air defence systems before winter arrives here.",
            "Sanctions must stay until every occupied village is returned.",
            "The grain corridor remains open for every ship under our flag.",
            "Our partners promised artillery shells and we expect delivery soon.",
            "There can be no talks while missiles fall on our cities.",
            "Europe should pay for its own security from now on.",
            "Tariffs on steel will double unless the deal is signed this week.",
            "A ceasefire along the current line would freeze the conflict forever.",
            "We thank Poland for hosting the reconstruction conference this spring.",
        ]
    )

    def write(speaker, status, **fields):
        if "text" not in fields:
            fields["text"] = next(texts)
        return factories.StatementFactory(speaker=speaker, status=status, **fields)

    words = "President Trump is ready to give Ukraine security guarantees after this war finishes."
    made = {
        "mine_draft": write(zelenskyy, DRAFT, created_by=editor),
        "mine_review": write(trump, REVIEW, created_by=other, updated_by=editor),
        "other_draft": write(trump, DRAFT, created_by=other),
        "stale_draft": write(trump, DRAFT, created_by=other),
        "other_review": write(zelenskyy, REVIEW, created_by=other),
        "mine_published": write(zelenskyy, PUBLISHED, created_by=editor),
        "duplicate": write(zelenskyy, DRAFT, text=words),
        "original": write(zelenskyy, PUBLISHED, text=words),
        # Two published statements that repeat each other: a pair for the full list, nothing to decide.
        "published_twice": write(trump, PUBLISHED, text="We will meet in Alaska next week to talk about peace."),
        "published_again": write(trump, PUBLISHED, text="We will meet in Alaska next week to talk about peace!"),
        "last_week": write(trump, PUBLISHED),
        "last_month": write(trump, PUBLISHED),
    }
    backdate(made["stale_draft"], 10)
    backdate(made["last_week"], 3, published_at=True)
    backdate(made["last_month"], 30, published_at=True)
    first = factories.StatementFactory(speaker=trump, said_on=datetime.date(2025, 9, 1))
    second = factories.StatementFactory(speaker=trump, said_on=datetime.date(2025, 9, 23))
    factories.StatementTopicFactory(statement=first, topic=guarantees, stance=StatementTopic.Stance.OPPOSES)
    factories.StatementTopicFactory(statement=second, topic=guarantees, stance=StatementTopic.Stance.SUPPORTS)
    made["shift_after"] = second
    return made


def desk_rows(html):
    """{label: (count, url)} of the desk's queues and publications."""
    rows = re.findall(r'<li><a href="([^"]+)">([^<]+)</a> <span class="desk-count">(\d+)</span></li>', html)
    return {label: (int(count), html_lib.unescape(url)) for url, label, count in rows}


def listed_rows(client, url):
    html = client.get(url).content.decode()
    if "/duplicates/" in url:
        return html.split("<tbody>")[1].split("</tbody>")[0].count("<tr>") if "<tbody>" in html else 0
    return len(re.findall(r'name="_selected_action" value="(\d+)"', html))


def test_each_queue_counts_what_the_database_holds_and_links_to_exactly_those(editor_client, editor, newsroom):
    now = timezone.now()
    today = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time.min))
    statements = Statement.objects
    mine = statements.filter(created_by=editor) | statements.filter(updated_by=editor)
    expected = {
        "Drafts": statements.filter(status=DRAFT).count(),
        "In review": statements.filter(status=REVIEW).count(),
        "Mine, not yet published": mine.filter(status__in=[DRAFT, REVIEW]).count(),
        "Drafts older than a week": statements.filter(
            status=DRAFT, created_at__lt=now - datetime.timedelta(days=7)
        ).count(),
        "Likely duplicates to decide": len(pairs_to_decide()),
        "Published today": statements.filter(status=PUBLISHED, published_at__gte=today).count(),
        "Published in the last 7 days": statements.filter(
            status=PUBLISHED, published_at__gte=today - datetime.timedelta(days=6)
        ).count(),
    }
    assert expected == {
        "Drafts": 4,
        "In review": 2,
        "Mine, not yet published": 2,
        "Drafts older than a week": 1,
        "Likely duplicates to decide": 1,
        "Published today": 6,
        "Published in the last 7 days": 7,
    }
    assert len(likely_duplicate_pairs()) == 2  # the full list also holds the published pair
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    rows = desk_rows(response.content.decode())
    assert {label: count for label, (count, _) in rows.items()} == expected
    for label, (count, url) in rows.items():
        assert listed_rows(editor_client, url) == count, label


def test_mine_follows_the_editor_who_looks(client, newsroom):
    colleague = Statement.objects.get(pk=newsroom["other_draft"].pk).created_by
    client.force_login(colleague)
    rows = desk_rows(client.get("/admin/").content.decode())
    assert rows["Mine, not yet published"][0] == 4  # other_draft, stale_draft, other_review, mine_review


def test_a_new_draft_shows_at_once(editor_client, editor, newsroom):
    assert desk_rows(editor_client.get("/admin/").content.decode())["Drafts"][0] == 4
    factories.StatementFactory(status=DRAFT, created_by=editor)
    rows = desk_rows(editor_client.get("/admin/").content.decode())
    assert rows["Drafts"][0] == 5 and rows["Mine, not yet published"][0] == 3


def test_a_new_duplicate_draft_is_counted_at_once(editor_client, newsroom):
    assert desk_rows(editor_client.get("/admin/").content.decode())["Likely duplicates to decide"][0] == 1
    original = newsroom["last_week"]
    factories.StatementFactory(speaker=original.speaker, said_on=original.said_on, text=original.text, status=DRAFT)
    assert desk_rows(editor_client.get("/admin/").content.decode())["Likely duplicates to decide"][0] == 2


def test_the_desk_offers_add_from_article_and_import(editor_client, newsroom):
    html = editor_client.get("/admin/").content.decode()
    for label in ("Add from article", "Import"):
        url = re.search(rf'<a class="button[^"]*" href="([^"]+)">{label}</a>', html).group(1)
        assert editor_client.get(url).status_code == 200, label


def test_latest_changes_of_position_open_their_then_and_now_page(editor_client, newsroom):
    html = editor_client.get("/admin/").content.decode()
    block = html.split('id="desk-shifts"')[1].split("</section>")[0]
    assert "Donald Trump on Security guarantees: opposes → supports, 23 Sep 2025" in block
    url = html_lib.unescape(re.search(r'<a href="(/positions/shift/[^"]+)"', block).group(1))
    assert editor_client.get(url).status_code == 200


def test_changes_of_position_published_before_this_week_are_not_listed(editor_client, newsroom):
    backdate(newsroom["shift_after"], 10, published_at=True)
    html = editor_client.get("/admin/").content.decode()
    block = html.split('id="desk-shifts"')[1].split("</section>")[0]
    assert "Donald Trump on Security guarantees" not in block
    assert "No change of position published in the last 7 days." in block


def test_activity_names_the_editor_of_each_change(editor_client, newsroom):
    statement = newsroom["other_draft"]
    change_url = f"/admin/tracker/statement/{statement.pk}/change/"
    data = change_form_data(editor_client.get(change_url), text="We will keep talking.", save_anyway="on")
    assert editor_client.post(change_url, data).status_code == 302
    html = editor_client.get("/admin/").content.decode()
    editors = html.split('data-desk="editors"')[1].split("</table>")[0]
    assert re.search(r"<td>editor</td><td>1</td>", editors)
    latest = html.split('data-desk="latest"')[1].split("</ol>")[0]
    assert "<strong>editor</strong> changed" in latest and "We will keep talking." in latest


def test_an_editor_sees_the_desk_but_not_the_site_administration(editor_client, newsroom):
    html = editor_client.get("/admin/").content.decode()
    assert "Editors&#x27; desk" in html or "Editors' desk" in html
    assert "/admin/tracker/statement/" in html
    assert "Site administration" not in html
    assert "/admin/auth/" not in html and "/admin/axes/" not in html


def test_a_superuser_finds_auth_and_axes_under_site_administration(admin_client, newsroom):
    html = admin_client.get("/admin/").content.decode()
    site = html.split('id="desk-site"')[1]
    assert "/admin/auth/user/" in site and "/admin/axes/" in site
    assert "/admin/auth/" not in html.split('id="desk-site"')[0]


def test_the_desk_is_for_staff_only(client, newsroom):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_paraphrase_is_never_quoted_in_the_activity_list(editor_client, newsroom):
    factories.StatementFactory(status=DRAFT, kind=Statement.Kind.PARAPHRASE, text="He said talks could resume soon.")
    latest = editor_client.get("/admin/").content.decode().split('data-desk="latest"')[1].split("</ol>")[0]
    assert "(reported speech) He said talks could resume soon." in latest
    assert "“He said talks could resume soon." not in latest
