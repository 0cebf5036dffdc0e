import pytest
from django.urls import reverse

from tracker.converters import MAX_ID

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "url",
    [
        f"/statements/{HUGE}/",
        f"/positions/shift/1/{HUGE}/",
        f"/positions/shift/{HUGE}/1/",
        f"/statements/{MAX_ID + 1}/",
        "/statements/0/",
        "/positions/shift/0/0/",
        f"/statements/{'9' * 500}/",
    ],
)
def test_an_id_out_of_range_is_not_found(client, url):
    assert client.get(url).status_code == 404


def test_the_largest_id_is_looked_up_and_not_found(client, statement):
    assert client.get(f"/statements/{MAX_ID}/").status_code == 404
    assert client.get(f"/positions/shift/{statement.pk}/{MAX_ID}/").status_code == 404


def test_a_real_id_still_resolves(client, statement):
    statement.status = "published"
    statement.save()
    url = reverse("tracker:statement-detail", args=[statement.pk])
    assert url == f"/statements/{statement.pk}/"
    assert client.get(url).status_code == 200
