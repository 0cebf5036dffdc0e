"""Every public page at a phone's width (390 and 360 px) and a desktop's (1400 px): nothing scrolls sideways, the
phone's timeline shows its first statement on the first screen, the filters fold behind a button on a
phone, and the month chart's bars lead to their month."""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from tests import factories
from tests.browser.conftest import make_driver, quit_driver
from tests.readers import build_world
from tracker.models import StatementTopic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE, SMALL_PHONE, DESKTOP = (390, 844), (360, 740), (1400, 1000)


@pytest.fixture
def world(transactional_db):
    world = build_world()
    # A change of position, for the then/now page: Trump on territory, unclear in July, supports in September.
    world.trump_shift = world.say(
        world.trump,
        "Ukraine would be able to regain all its territories.",
        datetime.date(2025, 9, 23),
        topics=[(world.territory, StatementTopic.Stance.SUPPORTS)],
        outlets=[world.reuters],
        event=world.meeting,
    )
    for number in range(6):  # a page long enough to scroll
        world.say(world.zelenskyy, f"Statement number {number} on the guarantees.", datetime.date(2025, 9, 20))
    factories.ActorAliasFactory(actor=world.zelenskyy, name="Zelensky")
    return world


def public_pages(world):
    return {
        "timeline": "/",
        "filtered timeline": "/?actor=volodymyr-zelenskyy&topic=security-guarantees&date_after=2025-09-01&q=guarantees",
        "search by name": "/?q=zelensky",
        "statement": world.guarantee_quote.get_absolute_url(),
        "actor": "/actors/volodymyr-zelenskyy/",
        "actor with the table": "/actors/donald-trump/",
        "topic": "/topics/territory/",
        "event": "/events/un-meeting/",
        "events": "/events/",
        "positions": "/positions/?topic=territory",
        "then/now": f"/positions/shift/{world.trump_month.pk}/{world.trump_shift.pk}/?topic=territory",
        "about": "/about/",
        "actors": "/actors/",
        "topics": "/topics/",
    }


def sized_driver(size, *, javascript=True):
    width, height = size
    driver = make_driver(javascript=javascript, width=width, height=height)
    # The exact viewport, without a phone's zooming out to fit a too-wide page.
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    return driver


@pytest.fixture
def phone(browser_available):
    driver = sized_driver(PHONE)
    yield driver
    quit_driver(driver)


@pytest.fixture
def desktop(browser_available):
    driver = sized_driver(DESKTOP)
    yield driver
    quit_driver(driver)


def overflow(driver):
    return driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth,"
        " Array.from(document.querySelectorAll('body *')).filter(function (el) {"
        "   var box = el.getBoundingClientRect(); return box.right > window.innerWidth + 1 && box.width > 0"
        "   && !el.closest('.stance-chart__scroll, .stance-table-wrap');"
        " }).slice(0, 5).map(function (el) { return el.tagName + '.' + el.className; })];"
    )


@pytest.mark.parametrize("size", [PHONE, SMALL_PHONE, DESKTOP], ids=["phone", "small-phone", "desktop"])
def test_no_public_page_scrolls_sideways(browser_available, live_server, world, size):
    driver = sized_driver(size)
    try:
        for name, path in public_pages(world).items():
            driver.get(live_server.url + path)
            assert driver.find_element(By.TAG_NAME, "h1").text, name
            scroll_width, inner_width, wide = overflow(driver)
            assert inner_width == size[0], name
            assert scroll_width <= inner_width, f"{name} ({path}) is {scroll_width} px wide: {wide}"
    finally:
        quit_driver(driver)


def first_statement_top(driver):
    return driver.execute_script("return document.querySelector('#results .statement').getBoundingClientRect().top;")


def test_on_a_phone_the_first_statement_is_on_the_first_screen_and_filters_fold(phone, live_server, world):
    for path in ("/", "/?actor=volodymyr-zelenskyy&kind=direct_quote&date_after=2025-09-01"):
        phone.get(live_server.url + path)
        assert first_statement_top(phone) < PHONE[1] - 80, path
    form = phone.find_element(By.CSS_SELECTOR, "form.filters")
    toggle = phone.find_element(By.CSS_SELECTOR, ".filter-toggle")
    assert not form.is_displayed() and toggle.is_displayed()
    assert "(3)" in toggle.text
    chips = [chip.text for chip in phone.find_elements(By.CSS_SELECTOR, ".filter-chip")]
    assert len(chips) == 3 and any("Volodymyr Zelenskyy" in chip for chip in chips)
    toggle.click()
    WebDriverWait(phone, 5).until(lambda d: form.is_displayed())
    # A chip removes its filter.
    next(chip for chip in phone.find_elements(By.CSS_SELECTOR, ".filter-chip") if "Kind" in chip.text).click()
    WebDriverWait(phone, 10).until(lambda d: "kind" not in parse_qs(urlparse(d.current_url).query))
    assert parse_qs(urlparse(phone.current_url).query)["actor"] == ["volodymyr-zelenskyy"]


def test_on_a_desktop_the_filters_stand_open_with_and_without_javascript(desktop, live_server, world):
    desktop.get(live_server.url + "/")
    assert desktop.find_element(By.CSS_SELECTOR, "form.filters").is_displayed()
    assert not desktop.find_element(By.CSS_SELECTOR, ".filter-toggle").is_displayed()
    driver = sized_driver(DESKTOP, javascript=False)
    try:
        driver.get(live_server.url + "/")
        assert driver.find_element(By.CSS_SELECTOR, "form.filters").is_displayed()
    finally:
        quit_driver(driver)


def test_the_positions_chart_opens_at_its_latest_date_on_a_phone(phone, live_server, world):
    phone.get(live_server.url + "/positions/?topic=territory")
    scroller = phone.find_element(By.CSS_SELECTOR, ".stance-chart__scroll")
    assert phone.find_element(By.CSS_SELECTOR, ".stance-chart__hint").is_displayed()
    latest = phone.execute_script(
        "var marks = Array.from(document.querySelectorAll('.stance-mark'));"
        "return Math.max.apply(null, marks.map(function (m) { return m.getBoundingClientRect().right; }));"
    )
    box = scroller.rect
    assert box["x"] < latest <= box["x"] + box["width"], "the latest mark is in view"


def month_chart_bars(driver):
    """The month chart's bar links, read inside its frame: [(title, href)]."""
    frame = driver.find_element(By.CSS_SELECTOR, "iframe.chart__frame")
    driver.switch_to.frame(frame)
    try:
        return [
            (link.find_element(By.TAG_NAME, "title").get_attribute("textContent"), link)
            for link in driver.find_elements(By.CSS_SELECTOR, "a")
        ]
    finally:
        driver.switch_to.default_content()


def test_choosing_a_month_on_the_chart_narrows_the_timeline_to_it(desktop, live_server, world):
    desktop.get(live_server.url + "/?actor=donald-trump")
    WebDriverWait(desktop, 10).until(lambda d: len(month_chart_bars(d)) == 2)
    frame = desktop.find_element(By.CSS_SELECTOR, "iframe.chart__frame")
    desktop.switch_to.frame(frame)
    titles = [title.get_attribute("textContent") for title in desktop.find_elements(By.CSS_SELECTOR, "a > title")]
    assert titles == ["July 2025: 1", "September 2025: 1"]
    desktop.find_elements(By.CSS_SELECTOR, "a .chart__bar")[1].click()
    desktop.switch_to.default_content()
    WebDriverWait(desktop, 10).until(lambda d: "date_after" in d.current_url)
    assert parse_qs(urlparse(desktop.current_url).query) == {
        "actor": ["donald-trump"],
        "date_after": ["2025-09-01"],
        "date_before": ["2025-09-30"],
    }
    texts = [element.text for element in desktop.find_elements(By.CSS_SELECTOR, "#results .statement__text")]
    assert texts == ["Ukraine would be able to regain all its territories."]
