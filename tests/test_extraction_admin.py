"""The statement admin's "Add from article" page: paste, review, keep three, find three drafts."""

import datetime
from pathlib import Path

import pytest
from django.db.models import Model
from django.urls import reverse

from tests import factories
from tracker.models import Statement

SAMPLE = Path(__file__).resolve().parent / "data" / "extraction" / "sample_article.txt"
URL = reverse("admin:tracker_statement_add_from_article")

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(actor):
    actor.title = "President of Ukraine"
    actor.save()
    trump = factories.ActorFactory(
        name="Donald Trump", slug="donald-trump", country="US", title="President of the United States"
    )
    factories.ActorAliasFactory(actor=trump, name="Trump")
    return {
        "zelenskyy": actor,
        "trump": trump,
        "ukrainska_pravda": factories.OutletFactory(name="Ukrainska Pravda", slug="ukrainska-pravda"),
        "european_pravda": factories.OutletFactory(name="European Pravda", slug="european-pravda"),
    }


def _post_data(form):
    """What the browser would send for an untouched form."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, Model):
            value = value.pk
        if value is True:
            value = "on"
        if value not in (None, False, ""):
            data[form[name].html_name] = value
    return data


def _extract(client, newsroom):
    return client.post(
        URL,
        {
            "text": SAMPLE.read_text(encoding="utf-8"),
            "url": "https://www.pravda.com.ua/eng/news/2025/09/24/7532000/",
            "outlet": newsroom["ukrainska_pravda"].pk,
            "published_on": "2025-09-24",
            "extract": "Find statements",
        },
    )


def test_anonymous_users_are_sent_to_the_login_page(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_an_article_the_extractor_fails_on_keeps_the_form_and_says_so(editor_client, newsroom, monkeypatch, caplog):
    from tracker.admin import articles

    def failing(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'start'")

    monkeypatch.setattr(articles, "extract", failing)

    response = _extract(editor_client, newsroom)

    assert response.status_code == 200
    page = response.content.decode()
    assert "could not read statements from this article" in page
    assert "Zelenskyy" in page  # the pasted text is still in the form
    assert Statement.objects.count() == 0
    assert "The extractor failed on an article" in caplog.text


def test_review_table_proposes_candidates_with_speakers_and_the_source_chain(editor_client, newsroom):
    response = _extract(editor_client, newsroom)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Zelenskyy in remarks to the press after meeting with Trump (original)" in page
    assert "European Pravda (reported_by)" in page
    assert "not only about Patriot systems" in page
    speakers = {form.initial["speaker"] for form in response.context["formset"].forms}
    assert {newsroom["zelenskyy"], newsroom["trump"]} <= speakers


def test_kept_candidates_are_saved_as_drafts_with_the_source_chain(editor_client, newsroom):
    review = _extract(editor_client, newsroom)
    forms = review.context["formset"].forms
    data = {**_post_data(review.context["review"]), **_post_data(review.context["formset"].management_form)}
    wanted = {
        "President Trump is ready to give Ukraine security guarantees",  # Zelenskyy's multi-paragraph quote
        "Our teams will work until the end of this month",
        "he was not yet ready to talk about US participation in security guarantees for Ukraine",  # Trump
    }
    kept = 0
    for form in forms:
        row = _post_data(form)
        row.pop(form["keep"].html_name, None)
        if any(text in form.initial["text"] for text in wanted):
            row[form["keep"].html_name] = "on"
            kept += 1
        data.update(row)
    assert kept == 3

    response = editor_client.post(URL, {**data, "save": "Save"})

    assert response.status_code == 302
    assert response["Location"].endswith("?status__exact=draft")
    drafts = Statement.objects.order_by("id")
    assert [(s.speaker.slug, s.kind, s.status) for s in drafts] == [
        ("volodymyr-zelenskyy", "direct_quote", "draft"),
        ("volodymyr-zelenskyy", "direct_quote", "draft"),
        ("donald-trump", "paraphrase", "draft"),
    ]
    first = drafts[0]
    assert first.said_on == datetime.date(2025, 9, 24)
    assert first.setting == "remarks to the press after meeting with Trump"
    assert "security-guarantees" not in [t.topic.slug for t in first.topic_stances.all()]  # no such topic here
    chain = [
        (link.role, link.source.outlet and link.source.outlet.name, link.source.title)
        for link in first.source_links.all()
    ]
    assert chain[0] == ("original", None, "Zelenskyy in remarks to the press after meeting with Trump")
    assert chain[1][:2] == ("reported_by", "European Pravda")
    assert chain[2][:2] == ("reported_by", "Ukrainska Pravda")
    assert first.source_links.all()[2].source.url == "https://www.pravda.com.ua/eng/news/2025/09/24/7532000/"
    assert all(
        [link.source_id for link in s.source_links.all()] == [link.source_id for link in first.source_links.all()]
        for s in drafts
    )


def test_an_existing_statement_is_flagged_as_a_duplicate_and_not_ticked(editor_client, newsroom):
    factories.StatementFactory(
        speaker=newsroom["zelenskyy"],
        said_on=datetime.date(2025, 9, 23),
        text="Our teams will work until the end of this month",
    )
    response = _extract(editor_client, newsroom)
    assert "Possible duplicate of" in response.content.decode()
    [duplicate] = [f for f in response.context["formset"].forms if f.initial["text"].startswith("Our teams will work")]
    assert duplicate.initial["keep"] is False


def test_an_unknown_speaker_kept_becomes_a_new_actor(editor_client, newsroom):
    review = editor_client.post(
        URL,
        {
            "text": '"The ball is in Israel\'s court," Egyptian Foreign Minister Badr Abdelatty said.',
            "title": "Cairo briefing",
            "published_on": "2025-08-18",
            "extract": "Find statements",
        },
    )
    [form] = review.context["formset"].forms
    assert form.initial["new_speaker"] == "Badr Abdelatty"
    data = {**_post_data(review.context["review"]), **_post_data(review.context["formset"].management_form)}
    data.update(_post_data(form))
    editor_client.post(URL, {**data, "save": "Save"})
    statement = Statement.objects.get()
    assert (statement.speaker.name, statement.speaker.kind, statement.status) == ("Badr Abdelatty", "person", "draft")
    assert [link.role for link in statement.source_links.all()] == ["original"]


def _review(client, text, published_on="2026-04-07"):
    return client.post(URL, {"text": text, "title": "Briefing", "published_on": published_on, "extract": "Find"})


def _save_rows(client, review, keep=None, **changes):
    """Post the review back, keeping the rows whose text contains `keep` (all when None)."""
    data = {**_post_data(review.context["review"]), **_post_data(review.context["formset"].management_form)}
    for form in review.context["formset"].forms:
        row = _post_data(form)
        row.pop(form["keep"].html_name, None)
        if keep is None or keep in form.initial["text"]:
            row[form["keep"].html_name] = "on"
            row.update({form[name].html_name: value for name, value in changes.items()})
        data.update(row)
    return client.post(URL, {**data, "save": "Save"})


def test_a_paraphrase_reads_as_a_sentence_but_its_clause_is_what_is_stored(editor_client, newsroom):
    review = _review(editor_client, "Zelenskyy underlined that Ukraine would not give up its land.")
    page = review.content.decode()
    assert "Reads as: Volodymyr Zelenskyy underlined that Ukraine would not give up its land." in page
    [form] = review.context["formset"].forms
    assert form.initial["text"] == "Ukraine would not give up its land"
    _save_rows(editor_client, review)
    assert Statement.objects.get().text == "Ukraine would not give up its land"


def test_a_low_confidence_candidate_is_shown_but_not_ticked(editor_client, newsroom):
    review = _review(editor_client, "Zelenskyy spoke to the press.\n\n“We will hold the line and we will win.”")
    [form] = review.context["formset"].forms
    assert form.initial["keep"] is False
    assert "low: not ticked" in review.content.decode()


def test_a_statement_is_saved_with_the_date_the_article_says_it_was_said(editor_client, newsroom):
    review = _review(
        editor_client, "Zelenskyy said on Monday that the talks had failed. Trump said last week that he was ready."
    )
    assert [form.initial["said_on"] for form in review.context["formset"].forms] == [
        datetime.date(2026, 4, 6),
        datetime.date(2026, 3, 1),
    ]
    _save_rows(editor_client, review)
    assert [(s.said_on, s.date_precision) for s in Statement.objects.order_by("id")] == [
        (datetime.date(2026, 4, 6), "day"),
        (datetime.date(2026, 3, 1), "month"),
    ]


def test_a_date_said_after_the_article_is_refused_and_nothing_is_saved(editor_client, newsroom):
    review = _review(editor_client, "Zelenskyy said on Monday that the talks had failed.")
    response = _save_rows(editor_client, review, said_on="2026-05-01")
    assert response.status_code == 200
    assert "cannot be said after the article reporting it" in response.content.decode()
    assert not Statement.objects.exists()


def test_a_news_agency_the_article_cites_joins_the_statements_sources(editor_client, newsroom):
    review = _review(
        editor_client, "Zelenskyy said on Monday that the talks had failed, according to the Ukrinform news agency."
    )
    [form] = review.context["formset"].forms
    assert form.initial["speaker"] == newsroom["zelenskyy"]
    assert "carried by Ukrinform" in review.content.decode()
    _save_rows(editor_client, review)
    statement = Statement.objects.get()
    chain = [(link.role, link.source.outlet and link.source.outlet.name) for link in statement.source_links.all()]
    assert chain == [("reported_by", "Ukrinform"), ("reported_by", None)]
