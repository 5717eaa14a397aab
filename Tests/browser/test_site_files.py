"""Files every static site needs, and page weight."""
import xml.etree.ElementTree as ElementTree

from pages import PAGES

ATOM = "{http://www.w3.org/2005/Atom}"


def test_sitemap_lists_every_page(site):
    base, output = site
    tree = ElementTree.parse(output / "sitemap.xml")
    locations = {loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    pages = {base + str(path.parent.relative_to(output)).replace(".", "") + "/" for path in output.rglob("index.html")}
    pages = {p.replace("//", "/").replace("http:/", "http://") for p in pages}
    assert locations == pages


def test_feeds_are_atom_with_disclosures(site):
    _, output = site
    feed = ElementTree.parse(output / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) >= 30
    dates = [entry.find(f"{ATOM}published").text for entry in entries]
    assert dates == sorted(dates, reverse=True)
    village = ElementTree.parse(output / "villages" / "220681100201" / "feed.xml").getroot()
    assert 0 < len(village.findall(f"{ATOM}entry")) < len(entries)


def test_every_feed_entry_leads_to_a_page_finance_data_included(site):
    base, output = site
    feed = ElementTree.parse(output / "feed.xml").getroot()
    links = [entry.find(f"{ATOM}link").get("href") for entry in feed.findall(f"{ATOM}entry")]
    assert all(link.startswith(base) for link in links)
    for link in links:
        assert (output / link[len(base):] / "index.html").exists(), link
    finance = [link for link in links if "/finance/" in link]
    assert base + "villages/220681100202/finance/2026-09/" in finance
    assert len(finance) >= 18, "红石村's 15 months and 六道沟村's 3 quarters"


def test_404_and_favicon(site, browser):
    base, output = site
    assert (output / "404.html").exists()
    assert (output / "assets" / "favicon.svg").exists()
    browser.get(base + "no/such/page/")
    # The test server answers 404 with its own page; the site's 404.html still renders from any path.
    browser.get(base + "404.html")
    assert "找不到" in browser.title


def test_village_pages_are_light(site):
    _, output = site
    css = (output / "assets" / "style.css").stat().st_size
    for name in ["village", "community", "services", "three-lists", "four-lists", "projects", "disclosures"]:
        html = (output / PAGES[name] / "index.html").stat().st_size
        assert html + css < 60 * 1024, f"{name}: {html} B of HTML + {css} B of CSS"
