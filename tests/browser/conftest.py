"""Headless Debian Chromium through Selenium. Skipped when the browser is missing, unless REQUIRE_BROWSER=1."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
)


def make_driver(*, javascript=True, width=1280, height=900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="parley-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    driver.parley_profile = profile
    return driver


def quit_driver(driver):
    driver.quit()
    shutil.rmtree(driver.parley_profile, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_available():
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return True
    message = f"headless browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def browser(browser_available):
    driver = make_driver(javascript=True)
    yield driver
    quit_driver(driver)


@pytest.fixture
def browser_without_js(browser_available):
    driver = make_driver(javascript=False)
    yield driver
    quit_driver(driver)
