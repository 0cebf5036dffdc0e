"""The public /timeline/ page: TimelineJS (served from static/vendor/) draws published statements as text."""

import datetime

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = '<b>bold</b> and <img src="https://evil.example/pixel.png" id="planted"> in a statement'


@pytest.fixture
def statements(transactional_db):
    speaker = factories.ActorFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy")
    other = factories.ActorFactory(name="Donald Trump", slug="donald-trump")
    outlet = factories.OutletFactory(name="Ukrainska Pravda", slug="ukrainska-pravda")
    hostile = factories.StatementFactory(speaker=speaker, text=HOSTILE, said_on=datetime.date(2025, 9, 23))
    factories.StatementSourceFactory(statement=hostile, source=factories.SourceFactory(outlet=outlet))
    factories.StatementFactory(speaker=other, text="Trump's published remark.", said_on=datetime.date(2025, 9, 20))
    factories.StatementFactory(speaker=speaker, text="A draft nobody may see.", status="draft")
    return hostile


def test_timelinejs_draws_the_filtered_statements_as_plain_text(browser, live_server, statements):
    browser.get(live_server.url + "/timeline/?actor=volodymyr-zelenskyy")
    wait = WebDriverWait(browser, 15)
    slide = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".tl-slide .parley-slide__text"))
    texts = [element.get_attribute("textContent") for element in slide]
    assert HOSTILE in texts
    # The markup shows as characters: no element was made from the statement's text.
    assert browser.find_elements(By.ID, "planted") == []
    assert browser.find_elements(By.CSS_SELECTOR, ".tl-slide .parley-slide__text b") == []
    page = browser.find_element(By.CSS_SELECTOR, ".tl-timeline").get_attribute("textContent")
    assert "Trump's published remark." not in page
    assert "A draft nobody may see." not in page
    assert "Ukrainska Pravda" in page
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".tl-slide .parley-slide__link a")]
    assert f"{live_server.url}/statements/{statements.pk}/" in links
    # TimelineJS came from our static files, not a CDN.
    scripts = [s.get_attribute("src") for s in browser.find_elements(By.TAG_NAME, "script")]
    assert any(src.startswith(live_server.url + "/static/vendor/timelinejs-") for src in scripts)
    assert all(src.startswith(live_server.url) for src in scripts if src)
