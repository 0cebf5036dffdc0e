"""A reader opens the positions view for security guarantees in the demo, sees Trump's shift and compares."""

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.wait import WebDriverWait

from tracker.models import StatementTopic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHIFT = "Donald Trump on Security guarantees: opposes → supports, 23 Sep 2025"
EARLIER_SHIFT = "Donald Trump on Security guarantees: supports → opposes, 23 Sep 2025"


@pytest.fixture
def demo_data(transactional_db):
    call_command("load_demo", verbosity=0)


def test_positions_view_shows_the_shift_and_opens_then_and_now(browser, live_server, demo_data):
    browser.get(live_server.url + "/positions/?topic=security-guarantees")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Security guarantees"
    standings = browser.find_element(By.CSS_SELECTOR, ".standings").text
    assert "Donald Trump" in standings and "Volodymyr Zelenskyy" in standings

    chart = browser.find_element(By.CSS_SELECTOR, ".stance-chart__svg")
    assert chart.is_displayed() and chart.size["height"] > 50
    rings = browser.find_elements(By.CSS_SELECTOR, ".stance-chart__shift-link")
    assert len(rings) == 2, "Trump's two changes of position marked on the chart"
    table_rows = browser.find_elements(By.CSS_SELECTOR, ".stance-table tbody tr")
    on_topic = StatementTopic.objects.filter(topic__slug="security-guarantees", statement__status="published")
    assert len(table_rows) == on_topic.count() > 30

    shifts = browser.find_elements(By.CSS_SELECTOR, ".shift-list__link")
    assert [shift.text for shift in shifts] == [SHIFT, EARLIER_SHIFT]
    shifts[0].click()
    WebDriverWait(browser, 10).until(EC.url_contains("/positions/shift/"))

    main = browser.find_element(By.TAG_NAME, "main")
    assert "Donald Trump on Security guarantees: opposes → supports" in browser.find_element(By.TAG_NAME, "h1").text
    sides = main.find_elements(By.CSS_SELECTOR, ".then-now__side")
    assert [side.find_element(By.TAG_NAME, "h2").text.split()[0] for side in sides] == ["Then", "Now"]
    assert "not yet prepared to discuss US involvement in security guarantees" in sides[0].text
    assert "ready to give Ukraine security guarantees" in sides[1].text
    # Side by side on a desktop window: the two accounts share a row.
    assert sides[0].location["y"] == sides[1].location["y"] and sides[0].location["x"] < sides[1].location["x"]
    assert sides[0].find_elements(By.CSS_SELECTOR, ".source-chain li")
    assert sides[1].find_elements(By.CSS_SELECTOR, ".source-chain li")

    browser.find_element(By.LINK_TEXT, "Positions on Security guarantees").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/positions/?topic=security-guarantees"))
