"""Builds the sample site, serves it on a loopback port and opens it in headless Chromium.

The site is built by the `gongkai` binary that `swift build` left in .build/debug; the
address it is served on is also its base URL, so canonical links and QR codes point at it.
"""
import functools
import http.server
import os
import pathlib
import socket
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
# The day the sample's disclosure catalogue is checked against, as in scripts/build-site.sh.
SAMPLE_AS_OF = "2026-10-31"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site():
    """(base URL, output folder) of the sample site, served until the session ends."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    output = pathlib.Path(tempfile.mkdtemp(prefix="gongkai-browser-")) / "public"
    binary = ROOT / ".build" / "debug" / "gongkai"
    subprocess.run(
        [str(binary), "build", "--content", str(ROOT / "content"), "--templates", str(ROOT / "templates"),
         "--output", str(output), "--base-url", base, "--as-of", SAMPLE_AS_OF],
        check=True, capture_output=True)
    handler = functools.partial(QuietHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, output
    server.shutdown()


def make_driver(javascript=True, width=1280, height=900):
    """Headless Chromium; widths under 500px are a phone, emulated (a window cannot be that narrow)."""
    options = webdriver.ChromeOptions()
    if width < 500:
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": True}})
        width, height = 500, height
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=zh-CN", "--hide-scrollbars"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


@pytest.fixture(scope="session")
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_without_js():
    driver = make_driver(javascript=False)
    yield driver
    driver.quit()


def axe_script():
    """axe-core 4.x. axe-selenium-python drives it, but the axe-core it bundles (3.1) predates
    WCAG 2.1 and 2.2 rules; axe-playwright-python, installed without its dependencies, ships a
    current axe.min.js. Located without importing the package (which would need Playwright)."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("pip install --no-deps axe-playwright-python (for axe-core 4.x)")
    return str(pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js")


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
