"""A reader filters the timeline by actor and topic, opens a statement and comes back: with and without JS."""

from urllib.parse import parse_qs, urlparse

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

from tests.readers import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    return build_world()


def query(driver):
    return parse_qs(urlparse(driver.current_url).query)


def statement_texts(driver):
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, "#results .statement__text")]


def wait(driver):
    # The results are swapped while we read them: a vanished element just means "look again".
    return WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))


def drawn_charts(driver):
    """[(chart address, what was drawn)]: the framed month chart's bars, the speaker chart image's width;
    0 when the browser could not draw the SVG."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('iframe.chart__frame, img.chart__img')).map(function (el) {"
        "  if (el.tagName === 'IFRAME') {"
        "    var doc = el.contentDocument;"
        "    return [el.getAttribute('src'), doc ? doc.querySelectorAll('rect.chart__bar').length : 0];"
        "  }"
        "  return [el.getAttribute('src'), el.complete ? el.naturalWidth : -1];"
        "});"
    )


def charts_drawn(driver):
    charts = drawn_charts(driver)
    return charts if charts and all(width > 0 for _, width in charts) else False


def test_filter_follow_and_come_back_with_javascript(browser, live_server, world):
    browser.get(live_server.url + "/")
    assert len(statement_texts(browser)) == 4
    charts = wait(browser).until(charts_drawn)
    assert [src for src, _ in charts] == ["/charts/months.svg", "/charts/speakers.svg"]
    # Live filtering: no full reload. A marker on window survives only if the page is not reloaded.
    browser.execute_script("window.parleyNoReload = true;")

    Select(browser.find_element(By.ID, "id_actor")).select_by_value("volodymyr-zelenskyy")
    wait(browser).until(lambda d: query(d).get("actor") == ["volodymyr-zelenskyy"])
    wait(browser).until(lambda d: len(statement_texts(d)) == 2)

    Select(browser.find_element(By.ID, "id_topic")).select_by_value("air-defence")
    wait(browser).until(lambda d: query(d).get("topic") == ["air-defence"])
    wait(browser).until(lambda d: len(statement_texts(d)) == 1)
    assert "Patriot batteries" in statement_texts(browser)[0]
    assert browser.execute_script("return window.parleyNoReload === true;")
    assert "1 statement" in browser.find_element(By.ID, "match-count").text
    charts = wait(browser).until(charts_drawn)
    assert [src for src, _ in charts] == ["/charts/months.svg?actor=volodymyr-zelenskyy&topic=air-defence"]

    browser.find_element(By.CSS_SELECTOR, "#results .permalink").click()
    wait(browser).until(EC.url_contains(world.patriot_paraphrase.get_absolute_url()))
    assert "Ukraine needs more Patriot batteries" in browser.find_element(By.TAG_NAME, "main").text

    browser.back()
    wait(browser).until(lambda d: query(d).get("topic") == ["air-defence"])
    wait(browser).until(lambda d: len(statement_texts(d)) == 1)
    assert Select(browser.find_element(By.ID, "id_actor")).first_selected_option.get_attribute("value") == (
        "volodymyr-zelenskyy"
    )

    browser.back()  # one more step back: the actor-only list, redrawn from the URL
    wait(browser).until(lambda d: "topic" not in query(d))
    wait(browser).until(lambda d: len(statement_texts(d)) == 2)


def test_filter_follow_and_come_back_without_javascript(browser_without_js, live_server, world):
    browser = browser_without_js
    browser.get(live_server.url + "/")
    assert len(statement_texts(browser)) == 4
    Select(browser.find_element(By.ID, "id_actor")).select_by_value("volodymyr-zelenskyy")
    Select(browser.find_element(By.ID, "id_topic")).select_by_value("air-defence")
    browser.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
    wait(browser).until(lambda d: query(d).get("topic") == ["air-defence"])
    assert query(browser)["actor"] == ["volodymyr-zelenskyy"]
    assert len(statement_texts(browser)) == 1
    assert wait(browser).until(charts_drawn), "the charts are images: no JavaScript needed"

    browser.find_element(By.CSS_SELECTOR, "#results .permalink").click()
    wait(browser).until(EC.url_contains(world.patriot_paraphrase.get_absolute_url()))
    browser.back()
    wait(browser).until(lambda d: query(d).get("topic") == ["air-defence"])
    assert len(statement_texts(browser)) == 1

    browser.find_element(By.LINK_TEXT, "Clear filters").click()
    wait(browser).until(lambda d: urlparse(d.current_url).query == "")
    assert len(statement_texts(browser)) == 4
