"""Add from article in a real browser: the review table fits a 1400 px screen, notes column included."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.wait import WebDriverWait

from .conftest import make_driver, quit_driver

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "extraction-unseen" / "209_taipeitimes_lai_defence_budget.json"


@pytest.fixture
def wide_browser(browser_available):
    driver = make_driver(javascript=True, width=1400, height=1000)
    yield driver
    quit_driver(driver)


def test_the_review_table_fits_1400_pixels_with_its_notes_column(wide_browser, live_server, client, editor):
    client.force_login(editor)
    wide_browser.get(live_server.url + "/admin/")
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    wide_browser.add_cookie({"name": settings.SESSION_COOKIE_NAME, "value": session})
    wide_browser.get(live_server.url + "/admin/tracker/statement/add-from-article/")
    text = json.loads(ARTICLE.read_text(encoding="utf-8"))["text"]
    wide_browser.execute_script("document.getElementById('id_text').value = arguments[0];", text)
    wide_browser.find_element(By.ID, "id_published_on").send_keys("2026-04-07")
    wide_browser.find_element(By.NAME, "extract").click()
    rows = (By.CSS_SELECTOR, "#candidates tbody tr td:last-child")
    WebDriverWait(wide_browser, 30).until(EC.presence_of_all_elements_located(rows))
    notes = wide_browser.find_elements(*rows)
    assert notes and "confidence" in notes[0].text
    viewport = wide_browser.execute_script("return document.documentElement.clientWidth")
    assert all(cell.rect["x"] + cell.rect["width"] <= viewport for cell in notes)
    assert wide_browser.execute_script("return document.documentElement.scrollWidth") <= viewport
    assert "Reads as:" in wide_browser.find_element(By.ID, "candidates").text
