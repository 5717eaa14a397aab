"""With JavaScript off every page shows all its content, and search falls back to a list."""
import json

import pytest
from selenium.webdriver.common.by import By

from pages import PAGES


@pytest.mark.parametrize("name", sorted(set(PAGES) - {"search"}))
def test_page_shows_the_same_content_without_javascript(site, browser, browser_without_js, name):
    base, _ = site
    browser.get(base + PAGES[name])
    with_js = browser.find_element(By.TAG_NAME, "main").text
    browser_without_js.get(base + PAGES[name])
    without_js = browser_without_js.find_element(By.TAG_NAME, "main").text
    assert len(without_js) > 20
    assert without_js == with_js


def test_search_falls_back_to_the_full_list(site, browser_without_js):
    base, output = site
    browser_without_js.get(base + PAGES["search"])
    index = json.loads((output / "search" / "index.json").read_text(encoding="utf-8"))
    links = browser_without_js.find_elements(By.CSS_SELECTOR, "#search-directory .directory a")
    assert len(links) == len(index)
    assert all(link.is_displayed() for link in links[:20])
    first = links[0].get_attribute("href")
    browser_without_js.get(first)
    assert browser_without_js.find_element(By.TAG_NAME, "h1").text


def test_search_finds_with_javascript(site, browser):
    base, _ = site
    browser.get(base + PAGES["search"] + "?q=低保")
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results .directory a")
    assert results, "no results for 低保"
    assert all("低保" in r.text or "最低生活保障" in r.text or r.text for r in results)
    assert not browser.find_element(By.ID, "search-directory").is_displayed()
