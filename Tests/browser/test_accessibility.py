"""axe-core (WCAG 2.2 A and AA) on one page of every kind, and what a phone reader needs:
large type, generous line height, big tap targets, nothing from other hosts."""
import urllib.parse

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By

from pages import PAGES

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_wcag_violations(site, browser, name):
    base, _ = site
    browser.get(base + PAGES[name])
    from conftest import axe_script
    axe = Axe(browser, script_url=axe_script())
    axe.inject()
    assert browser.execute_script("return axe.version").startswith("4.")
    results = axe.run(options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
    ]
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize("name", [
    "home", "village", "services", "three-lists", "disclosure", "disclosure-attachments", "project-decisions", "finance",
    "finance-period",
])
def test_phone_reading(site, name):
    from conftest import make_driver
    base, _ = site
    driver = make_driver(width=360, height=740)
    try:
        driver.get(base + PAGES[name])
        body = driver.find_element(By.TAG_NAME, "body")
        size = float(body.value_of_css_property("font-size").rstrip("px"))
        line = float(body.value_of_css_property("line-height").rstrip("px"))
        assert size >= 18, f"body text {size}px on a phone"
        assert line / size >= 1.5, f"line height {line / size:.2f}"
        page_width = driver.execute_script("return document.documentElement.scrollWidth")
        assert page_width <= 360, f"the page is {page_width}px wide at 360px: something breaks out"
        for link in driver.find_elements(By.CSS_SELECTOR, ".nav a, .breadcrumbs a, .section-links a, .downloads a"):
            if link.is_displayed():
                assert link.size["height"] >= 44, f"tap target “{link.text}” is {link.size['height']}px high"
        hosts = driver.execute_script(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        for url in hosts:
            assert urllib.parse.urlparse(url).hostname == "127.0.0.1", f"request to another host: {url}"
    finally:
        driver.quit()


def test_large_text_mode_works_without_javascript(site, browser_without_js):
    base, _ = site
    browser_without_js.get(base)
    root = browser_without_js.find_element(By.TAG_NAME, "html")
    before = float(root.value_of_css_property("font-size").rstrip("px"))
    browser_without_js.find_element(By.CSS_SELECTOR, "label[for=large-text]").click()
    after = float(root.value_of_css_property("font-size").rstrip("px"))
    assert after >= before * 1.2


def test_large_text_mode_is_remembered_with_javascript(site, browser):
    base, _ = site
    browser.get(base)
    browser.execute_script("localStorage.removeItem('gongkai-large-text')")
    browser.get(base)
    browser.find_element(By.CSS_SELECTOR, "label[for=large-text]").click()
    browser.get(base + PAGES["village"])
    assert browser.find_element(By.ID, "large-text").is_selected()
    browser.execute_script("localStorage.removeItem('gongkai-large-text')")
