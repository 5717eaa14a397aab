"""Screenshots at 360px and 1280px, a list page printed to A4 PDF, and the QR code on the
printed sheet decoded back to the page's address. Artefacts go to test-artifacts/."""
import base64
import pathlib
import re
import shutil
import subprocess

import pytest
from selenium.webdriver.common.print_page_options import PrintOptions

from pages import PAGES


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("name", ["home", "indicator", "village", "three-lists", "project", "disclosure"])
def test_screenshot(site, artifacts, name, width):
    from conftest import make_driver
    base, _ = site
    driver = make_driver(width=width, height=900)
    try:
        driver.get(base + PAGES[name])
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(height, 6000))
        folder = artifacts / "screenshots"
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}-{width}.png"
        assert driver.save_screenshot(str(path))
        assert path.stat().st_size > 5000
    finally:
        driver.quit()


def test_list_page_prints_on_a4(site, browser, artifacts):
    base, _ = site
    browser.get(base + PAGES["services"])
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    pdf = base64.b64decode(browser.print_page(options))
    folder = artifacts / "print"
    folder.mkdir(exist_ok=True)
    (folder / "services.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10000


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("rsvg-convert"), reason="needs zbar-tools and librsvg2-bin")
@pytest.mark.parametrize("name", ["village", "services", "disclosure"])
def test_qr_code_leads_back_to_the_page(site, artifacts, name):
    base, output = site
    html = (output / PAGES[name] / "index.html").read_text(encoding="utf-8")
    svg = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="qr-code".*?</svg>', html, re.S).group(0)
    folder = artifacts / "qr"
    folder.mkdir(exist_ok=True)
    svg_path = folder / f"{name}.svg"
    png_path = folder / f"{name}.png"
    svg_path.write_text(svg, encoding="utf-8")
    subprocess.run(["rsvg-convert", "--zoom", "8", "-o", str(png_path), str(svg_path)], check=True)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(png_path)], check=True, capture_output=True, text=True)
    assert decoded.stdout.strip() == base + PAGES[name]


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("rsvg-convert"), reason="needs zbar-tools and librsvg2-bin")
def test_every_pages_qr_code_leads_back_to_it(site, tmp_path):
    """Every code is drawn with one fixed mask (QRCodeSVG.maskPattern) rather than the best of
    eight: each page of the sample must still scan back to its own address."""
    base, output = site
    expected = {}
    for number, page in enumerate(sorted(output.rglob("*.html"))):
        html = page.read_text(encoding="utf-8")
        found = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="qr-code".*?</svg>', html, re.S)
        if not found:
            continue
        svg_path = tmp_path / f"{number:04d}.svg"
        png_path = tmp_path / f"{number:04d}.png"
        svg_path.write_text(found.group(0), encoding="utf-8")
        subprocess.run(["rsvg-convert", "--zoom", "4", "-o", str(png_path), str(svg_path)], check=True)
        relative = page.relative_to(output).as_posix()
        address = base + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
        expected[png_path.name] = address
    assert len(expected) > 100, "the sample site's pages carry QR codes"
    decoded = {}
    for name in sorted(expected):
        result = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / name)], capture_output=True, text=True)
        decoded[name] = result.stdout.strip()
    unreadable = {name: expected[name] for name in expected if decoded[name] != expected[name]}
    assert not unreadable, f"QR codes that do not scan back to their page: {unreadable}"
