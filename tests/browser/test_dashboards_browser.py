"""The overview and the editors' desk on a phone and a desktop: nothing scrolls sideways but the stance matrix,
inside its own box, with the speaker column kept in view."""

import pytest
from django.core.management import call_command
from django.test import Client
from selenium.webdriver.common.by import By

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OVERVIEW = "/overview/?period=custom&date_after=2025-01-01&date_before=2025-12-31"
WIDTHS = (390, 1400)


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo", verbosity=0)
    call_command("bootstrap_roles", verbosity=0)


def show_at(browser, width, url):
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    browser.get(url)


def scrolls_sideways(browser):
    return browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth")


def log_in_as_editor(browser, live_server):
    from django.contrib.auth.models import Group

    user = factories.UserFactory(username="desk-editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    browser.get(live_server.url + "/admin/login/")
    browser.add_cookie({"name": "sessionid", "value": client.cookies["sessionid"].value, "path": "/"})


@pytest.mark.parametrize("width", WIDTHS)
def test_overview_does_not_scroll_sideways_and_the_matrix_scrolls_in_its_box(browser, live_server, demo_data, width):
    show_at(browser, width, live_server.url + OVERVIEW)
    assert browser.find_element(By.TAG_NAME, "h1").text == "From 1 Jan 2025 to 31 Dec 2025"
    assert not scrolls_sideways(browser)
    box = browser.find_element(By.CSS_SELECTOR, ".stance-matrix")
    rows = browser.find_elements(By.CSS_SELECTOR, ".stance-matrix tbody tr")
    topics = browser.find_elements(By.CSS_SELECTOR, ".stance-matrix thead th")[1:]
    assert 1 < len(rows) <= 15 and 1 < len(topics) <= 10
    assert len(browser.find_elements(By.CSS_SELECTOR, ".stance-cell")) == len(rows) * len(topics)
    sparklines = browser.find_elements(By.CSS_SELECTOR, ".sparkline polyline")
    assert sparklines and sparklines[0].size["width"] > 10
    if width < 500:
        assert browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", box)
        speaker = browser.find_element(By.CSS_SELECTOR, ".stance-matrix tbody th")
        left = speaker.location["x"]
        browser.execute_script("arguments[0].scrollLeft = 400", box)
        assert browser.execute_script("return arguments[0].scrollLeft", box) > 0
        assert speaker.location["x"] == left, "the speaker column stays in view"
        assert not scrolls_sideways(browser)


@pytest.mark.parametrize("width", WIDTHS)
def test_desk_does_not_scroll_sideways(browser, live_server, demo_data, width):
    log_in_as_editor(browser, live_server)
    show_at(browser, width, live_server.url + "/admin/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Editors' desk"
    assert browser.find_element(By.LINK_TEXT, "Add from article").is_displayed()
    counts = browser.find_elements(By.CSS_SELECTOR, ".desk-count")
    assert len(counts) == 7
    assert not browser.find_elements(By.ID, "desk-site"), "no site administration for an editor"
    assert not scrolls_sideways(browser)
