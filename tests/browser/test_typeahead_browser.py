"""A reader types part of a name into a long list's field, picks a suggestion with the keyboard and gets
the filtered timeline: on a phone and on a desktop, and without JavaScript by typing the whole name."""

from urllib.parse import parse_qs, urlparse

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.wait import WebDriverWait

from tests.browser.conftest import quit_driver
from tests.browser.test_readers_layout import DESKTOP, PHONE, overflow, sized_driver
from tests.readers import build_world, lengthen_registry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ZELENSKYY_TEXTS = {
    "President Trump is ready to give Ukraine security guarantees after this war finishes.",
    "Ukraine needs more Patriot batteries before winter.",
}


@pytest.fixture
def world(transactional_db):
    world = build_world()
    lengthen_registry()  # long enough for type-ahead fields instead of <select>s
    return world


def wait(driver):
    return WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))


def statement_texts(driver):
    return {element.text for element in driver.find_elements(By.CSS_SELECTOR, "#results .statement__text")}


def suggestions(driver):
    return [
        option.text.splitlines()[0]
        for option in driver.find_elements(By.CSS_SELECTOR, "#id_actor-listbox [role=option]")
        if option.is_displayed()
    ]


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_type_pick_with_the_keyboard_and_submit(browser_available, live_server, world, size):
    driver = sized_driver(size)
    try:
        driver.get(live_server.url + "/")
        assert not driver.find_elements(By.CSS_SELECTOR, "select#id_actor")
        toggle = driver.find_element(By.CSS_SELECTOR, ".filter-toggle")
        if toggle.is_displayed():  # a phone folds the form behind its switch
            toggle.click()
        field = driver.find_element(By.ID, "id_actor")
        wait(driver).until(lambda d: field.get_attribute("role") == "combobox")
        assert field.get_attribute("aria-expanded") == "false"
        assert field.get_attribute("aria-controls") == "id_actor-listbox"

        field.send_keys("zel")
        wait(driver).until(lambda d: suggestions(d) == ["Volodymyr Zelenskyy"])
        assert field.get_attribute("aria-expanded") == "true"
        scroll_width, inner_width, wide = overflow(driver)
        assert scroll_width <= inner_width, f"the open list is {scroll_width} px wide: {wide}"

        field.send_keys(Keys.ARROW_DOWN)
        option = driver.find_element(By.CSS_SELECTOR, "#id_actor-listbox [role=option]")
        assert field.get_attribute("aria-activedescendant") == option.get_attribute("id")
        assert option.get_attribute("aria-selected") == "true"
        field.send_keys(Keys.ENTER)
        wait(driver).until(lambda d: field.get_attribute("aria-expanded") == "false")
        assert field.get_attribute("value") == "Volodymyr Zelenskyy"

        field.send_keys(Keys.ENTER)  # the list is closed: Enter submits the form
        wait(driver).until(lambda d: parse_qs(urlparse(d.current_url).query).get("actor") == ["volodymyr-zelenskyy"])
        wait(driver).until(lambda d: statement_texts(d) == ZELENSKYY_TEXTS)
        chips = [chip.text for chip in driver.find_elements(By.CSS_SELECTOR, ".filter-chip")]
        assert any("Volodymyr Zelenskyy" in chip for chip in chips)
        scroll_width, inner_width, wide = overflow(driver)
        assert inner_width == size[0] and scroll_width <= inner_width, f"{scroll_width} px wide: {wide}"
    finally:
        quit_driver(driver)


def test_without_javascript_the_whole_name_typed_and_submitted_filters(browser_available, live_server, world):
    driver = sized_driver(DESKTOP, javascript=False)
    try:
        driver.get(live_server.url + "/")
        field = driver.find_element(By.ID, "id_actor")
        assert field.get_attribute("name") == "actor" and field.get_attribute("role") is None
        field.send_keys("volodymyr zelenskyy")
        driver.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
        wait(driver).until(lambda d: "actor=" in d.current_url)
        assert statement_texts(driver) == ZELENSKYY_TEXTS
        assert driver.find_element(By.ID, "id_actor").get_attribute("value") == "Volodymyr Zelenskyy"
    finally:
        quit_driver(driver)
