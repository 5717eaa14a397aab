"""With JavaScript off every page shows all its content, and search falls back to a directory."""
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


def test_search_falls_back_to_a_directory_of_townships_and_villages(site, browser_without_js):
    base, output = site
    browser_without_js.get(base + PAGES["search"])
    index = json.loads((output / "search" / "index.json").read_text(encoding="utf-8"))
    townships = [row for row in index if row[0] == "乡镇（街道）"]
    villages = [row for row in index if row[0] == "村（社区）"]
    headings = browser_without_js.find_elements(By.CSS_SELECTOR, "#search-directory h3 a")
    links = browser_without_js.find_elements(By.CSS_SELECTOR, "#search-directory .directory a")
    assert [h.text for h in headings] == [row[1] for row in townships]
    assert [link.text for link in links] == [row[1] for row in villages]
    assert [link.get_attribute("href") for link in links] == [base + row[3] for row in villages]
    assert all(link.is_displayed() for link in links)
    browser_without_js.get(links[0].get_attribute("href"))
    assert villages[0][1] in browser_without_js.find_element(By.TAG_NAME, "h1").text


def test_search_finds_with_javascript(site, browser):
    base, _ = site
    browser.get(base + PAGES["search"] + "?q=低保")
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results .directory a")
    assert results, "no results for 低保"
    assert all("低保" in r.text or "最低生活保障" in r.text or r.text for r in results)
    assert not browser.find_element(By.ID, "search-directory").is_displayed()
